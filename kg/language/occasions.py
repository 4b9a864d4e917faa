"""What an act answers, is done for, or stands against: the author of what it retaliates for, the clause that
occasioned it, the one thanked for it, whether its doer fends off or fights back an act, where its weapons came from,
where it struck and whom what it struck houses, who receives what it gives, and who brokered or hosted the talks or deal
it was made in. A mixin of :class:`kg.language.clauses.Clauses`, which provides ``lex``, ``pobjs``, ``subjects``,
``speaker``, ``agents`` and ``modality``."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .refs import NOBODY, Found, Ref
from .resolve import Resolver
from .rules import names_when

__all__ = ["Occasions"]


class Occasions:
    """The moves that find whom an act is aimed at through another act, driven by ``data/lexicon.yaml``."""

    def launched_from(self, res: Resolver, verb: Token) -> list[Ref]:
        """Where the weapons a passive act is done by were launched from: "Ukraine was attacked by 120 drones launched
        from Russia"."""
        weapons = [w for w in self.agents(verb) if w.lemma_.lower() in self.lex["weapon_nouns"]]
        launched = [a for w in weapons for a in w.children if a.dep_ == "acl"]
        return [r for a in launched for p in self.pobjs(a, ("from",)) for r in res.refs(p, "place")]

    def negotiated_with(self, res: Resolver, verb: Token) -> list[Ref]:
        """With whom an agreement was reached in the talks it came after: "Libya agreed to dismantle its weapons after nine
        months of secret talks with the United States and Britain" (``joint_nouns``; the talks may close its infinitive)."""
        done = [verb, *(x for c in verb.children if c.dep_ == "xcomp" for x in (c, *c.conjuncts))]  # "agreed to suspend"
        held = [q for v in done for p in self.pobjs(v, ("after", "following")) for q in (p, *self.pobjs(p, ("of",)))]
        talks = [t for t in held if t.lemma_.lower() in self.lex["joint_nouns"]]
        return [r for t in talks for p in self.pobjs(t, ("with",)) for r in res.refs(p, "target")]

    def done_for(self, res: Resolver, verb: Token) -> list[Ref]:
        """Whom an act of help that names no one is for: the one who thanks or praises for it ("Taiwan thanked Japan for
        donating vaccines"), or the doers of the clause it goes along with ("U.S. and British warships struck Houthi
        targets, with Australia and Canada providing logistical support")."""
        above = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "with") else None
        if above is not None and verb.head.lower_ == "with" and above.pos_ == "VERB" and verb.tag_ == "VBG":
            # (not help to do an act of one's own: "with U.S. and Jordanian forces helping to shoot down most of them")
            return [] if any(c.dep_ == "xcomp" for c in verb.children) else self.subjects(res, above)
        if above is not None and above.lemma_.lower() in self.lex["praise_verbs"]:
            return self.subjects(res, above)
        # or whoever uses what is given: "Russia attacked Kyiv with drones supplied by Iran", "used drones that Iran supplied"
        goods = verb.head if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" else None
        goods = goods.head.head if goods is not None and goods.head.lower_ == "of" else goods  # ("swarms of drones")
        kinds = self.lex["arms_nouns"] | self.lex["weapon_nouns"] | self.lex["goods_nouns"]
        goods = goods if goods is not None and (goods.lemma_.lower() in kinds or verb.head.lemma_.lower() in kinds) else None
        used = goods is not None and goods.dep_ == "dobj" and goods.head.lemma_.lower() in self.lex["use_verbs"]
        armed = goods is not None and goods.dep_ == "pobj" and goods.head.lower_ == "with" and goods.head.head.pos_ == "VERB"
        return self.subjects(res, goods.head if used else goods.head.head) if used or armed else []

    def hosting(self, verb: Token) -> bool:
        """Whether a participle tells who held a gathering: "a ceremony hosted by X" (met by whoever did what it saw done),
        "the talks were hosted by Turkey"."""
        hosted = verb.lemma_.lower() in self.lex["host_verbs"] and any(c.dep_ == "agent" for c in verb.children)
        return hosted or (verb.dep_ == "acl" and verb.head.lemma_.lower() in self.lex["venue_nouns"])

    def hosts(self, verb: Token) -> list[Token]:
        """Who held the gathering that is a verb's subject: "the summit, hosted by Lourenco, brought together ..."."""
        held = [a for c in verb.children if c.dep_ == "nsubj" for a in c.children if self.hosting(a)]
        return [p for a in held for g in a.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"]

    def gathered(self, res: Resolver, verb: Token) -> list[Ref]:
        """Who did what a gathering hosted saw done: "signed a treaty in Brasilia, at a ceremony hosted by Cardoso" (the
        host meets the signers)."""
        venue = verb.head if self.hosting(verb) and verb.head.dep_ == "pobj" else None
        acts = [venue.head.head] if venue is not None and venue.head.lower_ in ("at", "during", "in") else []
        acts = [a for a in acts if a.pos_ == "VERB"]
        return [r for a in acts for r in (*self.subjects(res, a), *(r for p in self.pobjs(a, ("with",)) for r in res.refs(p)))]

    def witnessed(self, res: Resolver, prep: Token) -> list[Found]:
        """Who is present at an act meets its doers (CAMEO 043): "signed a peace accord in the Kremlin in the presence of
        Russian President Boris Yeltsin" (a person or an office; not "the presence of Russian troops")."""
        seen = [p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex["presence_nouns"]]
        witnesses = [r for p in seen for o in self.pobjs(p, ("of",)) for r in res.refs(o) if r.person or r.via == "office"]
        verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)  # ("in the Kremlin in the presence")
        modality = self.modality(verb, res.year) if witnesses and verb is not None else None
        if modality is None:
            return []
        doers = self.subjects(res, verb) + [r for p in self.pobjs(verb, ("with",)) for r in res.refs(p)]
        return [Found("meet", seen[0], "043", "noun", w, d, modality) for w in witnesses for d in doers if w.key != d.key]

    def answered(self, res: Resolver, heads: Iterable[Token], aimed: Iterable[Token] = ()) -> list[Ref]:
        """Whom an act with no actor as target answers: the author of what it retaliates for ("imposed export controls
        in retaliation for U.S. chip curbs", "in response to Israel's strikes"); not when it is aimed at someone named
        who is no actor ("would sanction Lockheed Martin in retaliation for the U.S. arms sale")."""
        if any(t.ent_type_ in ("ORG", "PERSON") for t in aimed):
            return []
        if meant := self.meant(res, heads):
            return meant
        answers = [p for h in heads for p in self.pobjs(h, ("in", "as")) if p.lemma_.lower() in self.lex["retaliation_words"]]
        answers += [h for h in heads if h.pos_ == "VERB" and h.lemma_.lower() in self.lex["retaliation_words"]]  # "respond to"
        acts = [p for a in answers for p in self.pobjs(a, ("for", "to", "against"))]
        acts += [c for a in answers if a.pos_ == "VERB" for c in a.children if c.dep_ == "dobj"]  # "avenge the killing by"
        # the act's own author only ("U.S. chip curbs", "Israel's strikes"), not where it went ("arms sales to Taiwan")
        authors = [c for p in acts for c in p.children if c.dep_ in ("poss", "amod", "compound", "nmod")] + [
            b for p in acts for b in self.pobjs(p, ("by",))
        ]
        return [r for a in authors for r in res.refs(a)]

    def retaliated(self, res: Resolver, heads: Iterable[Token], sources: list[Ref]) -> list[Ref]:
        """Whom an act done "in retaliation against" someone is aimed at ("air strikes across Yemen in retaliation against
        Houthi forces"): them, rather than where it fell."""
        answers = [p for h in heads for p in self.pobjs(h, ("in",)) if p.lemma_.lower() in self.lex["retaliation_words"]]
        own = {s.key for s in sources}
        return [r for a in answers for p in self.pobjs(a, ("against",)) for r in res.refs(p, "target") if r.key not in own]

    def meant(self, res: Resolver, heads: Iterable[Token]) -> list[Ref]:
        """Whom the move an act is told as is aimed at: "imposed export controls on gallium, in a move seen as targeting
        the United States", "expelled ten diplomats, a step aimed at Washington" (``conduct_nouns``, ``aiming_verbs``)."""
        moves = [p for h in heads for p in self.pobjs(h, ("in", "as"))]
        moves += [c for h in heads for c in h.children if c.dep_ in ("appos", "npadvmod")]
        moves += [a for h in heads for o in h.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "appos"]
        moves = [m for m in moves if m.lemma_.lower() in self.lex["conduct_nouns"]]
        aims = [t for m in moves for t in m.subtree if t.pos_ == "VERB" and t.lemma_.lower() in self.lex["aiming_verbs"]]
        aimed = [c for a in aims for c in a.children if c.dep_ == "dobj"]
        aimed += [p for a in aims for p in self.pobjs(a, ("at", "against"))]
        return [r for c in aimed for r in res.refs(c, "target")]

    def retorted(self, res: Resolver, noun: Token, gov: Token | None, sources: list[Ref]) -> list[Ref]:
        """Whom an act named as what is answered fell on, when it names no target: the one who answers it ("struck Iran
        in response to Iran's missile attack")."""
        if gov is None or noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "for"):
            return []
        if noun.head.head.lemma_.lower() not in self.lex["retaliation_words"]:
            return []
        return [r for r in self.subjects(res, gov) if r.key not in {s.key for s in sources}]

    def occasioned(self, res: Resolver, heads: Iterable[Token], owner: bool = False) -> list[Ref]:
        """Whom a charge with no named target answers: the doer of the clause that occasioned it ("Japan protested after
        Chinese ships entered its waters"; not the one the clause's act befell: "after it was attacked"); with ``owner``,
        also the author of an act that is the clause's subject ("after U.S. duties took effect")."""
        marked = [
            c
            for h in heads
            for c in h.children
            if c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ in self.lex["occasion_marks"] for m in c.children)
        ]
        found = [r for c in marked for s in c.children if s.dep_ == "nsubj" for r in res.refs(s, owner=owner)]
        # "Erdogan mocked Macron, prompting France to protest": the one whose act prompted it (the nearest clause up
        # that names another: "Erdogan said Macron needed treatment, prompting France to ...")
        moved = [h.head for h in heads if h.dep_ == "xcomp" and h.head.lemma_.lower() in self.lex["occasion_verbs"]]
        own = {r.key for h in heads for r in self.subjects(res, h)}
        for v in (moved[0], *moved[0].ancestors) if moved else ():
            if others := [r for r in self.subjects(res, v) if r.key not in own]:
                return found + others
        return found

    def punished(self, res: Resolver, noun: Token, sources: list[Ref]) -> list[Ref]:
        """Whom sanctions a clause takes (``taking_verbs``) with no target punish: the doer of the last armed act told
        before them by another ("Russia invaded Ukraine ... Biden said the United States would impose severe sanctions";
        not "would violate U.N. sanctions", nor "Trump's tariffs"); and whoever is under them ("Iran has been under U.S.
        sanctions since 1979", "Russia remains under Western sanctions")."""
        borne = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "under" else None
        if borne is not None and borne.pos_ in ("VERB", "AUX") and borne.lemma_.lower() in self.lex["state_verbs"]:
            return [r for r in self.subjects(res, borne) if r.key not in {s.key for s in sources}]
        taken = noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex["taking_verbs"]
        if not taken or any(c.dep_ == "poss" for c in noun.children):
            return []
        own = {s.key for s in sources}
        # "gave Niger's junta one week to reinstate Bazoum ..., and imposed sanctions": whom the clause joined before aimed at
        joined = [t for i, _, t in res.events if noun.head.dep_ == "conj" and i == noun.head.head.i and t.key not in own]
        return joined[:1] or [s for i, s, _ in res.events if i in res.attacks and i < noun.i and s.key and s.key not in own][-1:]

    def withstood(self, res: Resolver, noun: Token, gov: Token, doers: list[Ref]) -> list[Ref]:
        """Whom an armed act told with no target is aimed at, by one who stands against it (``shield_verbs``): the one
        defended or backed ("help Ukraine defend itself against Russian aggression", "support Ukraine in the face of
        Russia's aggression"), else the defender ("Kyiv is fighting against Russia's invasion"); not in a victim's own
        word ("Moscow said it was defending itself against NATO aggression")."""
        faced = noun.head.lower_ == "of" and noun.head.head.lemma_.lower() == "face"
        if gov.lemma_.lower() not in self.lex["shield_verbs"] or not (faced or noun.head.lower_ == "against"):
            return []
        guarded = [c for c in gov.children if c.dep_ == "dobj" and not c.lower_.endswith(("self", "selves"))]  # not "itself"
        found = [r for c in guarded for r in res.refs(c, "target")] or ([] if faced else self.subjects(res, gov))
        own = {r.key for r in doers} | {r.key for r in self.speaker(res, gov)}
        return [r for r in found if r.key not in own]

    def fought_back(self, res: Resolver, verb: Token) -> bool:
        """Whether a verb that fends off an act fights its doer back, told as done ("Angolan and Cuban forces repelled a
        South African assault"; ``repulse_verbs``): not "withstood", nor a purpose ("deployed to help Moscow push back")."""
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children)
        return self.fends(verb, "repulse_verbs") and not purpose and self.modality(verb, res.year) == "asserted"

    def fends(self, verb: Token | None, kinds: str = "victim_verbs") -> bool:
        """Whether a verb fends off the act it takes ("repelled", "pushed back", "beat back"; ``victim_verbs``, or the
        list ``kinds`` names) for its own subject (not "airlifted arms to Ethiopia to help repel the Somali offensive":
        ``helping_verbs`` with no one helped named, as in "to help Moscow push back a Ukrainian incursion")."""
        if verb is None:  # (a noun held by no verb)
            return False
        helped = [c for c in verb.children if c.dep_ == "nsubj"] + [c for c in verb.head.children if c.dep_ == "dobj"]
        if verb.head.lemma_.lower() in self.lex["helping_verbs"] and verb.dep_ in ("xcomp", "ccomp") and not helped:
            return False
        lemma = verb.lemma_.lower()
        words = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod"))}
        return bool(words & self.lex[kinds])

    def asked(self, res: Resolver, heads: Iterable[Token]) -> list[Ref]:
        """Whom a demand told with an act is made of: "issued warnings demanding that Washington change its stance",
        "an ultimatum urging Kyiv to withdraw", "a warning calling on NATO to halt" (``appeal_verbs``); and who answers a
        threat by rebuffing it ("dismissed Cairo's threats", "defied Moscow's threats")."""
        appeals = [
            c for h in heads for c in h.children if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in self.lex["appeal_verbs"]
        ]
        asked = [c for a in appeals for c in a.children if c.dep_ == "dobj"] + [
            p for a in appeals for p in self.pobjs(a, ("on",))
        ]
        asked += [s for a in appeals for c in a.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
        # "dismissed Cairo's threats", "defied Moscow's threats": a threat is aimed at whom it is said to answer it
        rebuffs = self.lex["answer_verbs"] & self.lex["denial_verbs"] | {"defy", "rebuff"}
        answering = [h for h in heads if h.pos_ == "VERB" and h.lemma_.lower() in rebuffs]
        return [r for c in asked for r in res.refs(c, "target")] + [r for h in answering for r in self.subjects(res, h)]

    def struck_ground(self, res: Resolver, act: Token, hit: list[Token], armed: Iterable[Token] = ()) -> list[Ref]:
        """Where an armed act struck, hung on the act or on what it hit: "struck targets in Gaza", "launched strikes on
        terrorist camps in Pakistan", "struck what it called camps in Pakistan"; or anywhere in an armed subject's
        words: "air strikes on a school sheltering families in Gaza City killed ..."."""
        hit = [*hit, *(h.head for h in hit if h.dep_ == "oprd")]  # (the place hung on the label verb)
        hit += [o for h in hit for o in self.pobjs(h, ("of",))]  # "hideouts of Baloch militants inside Iran"
        ground = [p for h in (act, *hit) for p in self.pobjs(h, ("in", "across", "inside"))]
        ground += [t for a in armed for t in a.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "inside")]
        # "raided the Jenin refugee camp" (what a verb hits; a noun's is told in passing: "condemned the raid on the Jenin camp")
        named = [c for h in hit for c in h.lefts if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")]
        ground += named if act.pos_ == "VERB" else []
        # ("Pakistan-administered Kashmir", "Houthi-controlled areas of Yemen": whose hold a participle names)
        held = [p for p in ground if p.pos_ == "PROPN" or any(c.dep_ == "amod" and c.tag_ == "VBN" for c in p.children)]
        held += [p for p in ground if p.lemma_.lower() in self.lex["held_nouns"]]  # ("in the Syrian capital")
        return [r for p in ground for r in res.refs(p, "place", owner=p in held)]

    def housed(self, place: Token) -> list[Token]:
        """Who a place houses: "bases housing US troops", "a base that hosts American forces", "the air base in Qatar,
        which hosts U.S. troops" (the clause hung on the place's place)."""
        places = [place, *self.pobjs(place, ("in",))]
        clauses = [
            c for p in places for c in p.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lex["host_verbs"]
        ]
        return [o for c in clauses for o in c.children if o.dep_ == "dobj"]

    def receivers(self, verb: Token, children: list[Token], given: list[Token], with_prep: bool, preps: tuple[str, ...]):
        """Who receives what is given, and what is given: a dative, a "to" whose object is ("send tanks to Ukraine,
        Scholz said"), the first of two objects ("send Ukraine 14 tanks"), what "with" provides, or the sense's own
        prepositions ("pledged $100 million for Turkey")."""
        # (not an apposition the parser made a second object: "granted Moldova candidate status, a symbolic boost")
        # ("gave French Ambassador Sylvain Itte 48 hours to leave": the second object made a time adverb; not "last week")
        seconds = given + [c for c in children if c.dep_ == "npadvmod" and c.ent_type_ in ("TIME", "DATE") and not names_when(c)]
        seconds.sort(key=lambda t: t.i)
        # (also past a place between them: "gave the military junta in Niger one week")
        between = verb.doc[seconds[0].right_edge.i + 1 : seconds[1].left_edge.i] if len(seconds) > 1 else None
        placed = between is not None and len(between) < 5 and all(t.pos_ in ("ADP", "PROPN", "DET") for t in between)
        receivers = given[:1] if placed and (not between or between[0].pos_ == "ADP") else []
        timed = [a for g in given[:1] for a in g.children if a.dep_ == "appos" and a.ent_type_ in ("TIME", "DATE")]
        receivers = receivers or (given[:1] if timed and not names_when(timed[0]) else [])  # ("Kricke 48 hours": appos)
        given = given[len(receivers) :]
        datives = [c for c in children if c.dep_ == "dative" and c.pos_ != "ADP"]
        datives += [p for c in children if c.dep_ == "dative" and c.pos_ == "ADP" for p in c.children if p.dep_ == "pobj"]
        bounds = self.lex["boundary_nouns"]  # ("sent troops to Ukraine's border": to where, not to whom)
        objects = receivers + datives + [p for p in self.pobjs(verb, ("to", *preps)) if p.lemma_ not in bounds]
        held = given + [p for g in given for p in self.pobjs(g, ("of",))]  # ("batteries of missiles manned by crews to Israel")
        carried = [h for g in held for h in (g, *(a for a in g.children if a.dep_ == "acl"))]  # "ships carrying aid to Tonga"
        objects += [p for h in carried for p in self.pobjs(h, ("to", *preps))] + (given if with_prep else [])
        # "providing military instructors at the government's request": whoever asked for them
        asked = [p for p in self.pobjs(verb, ("at",)) if p.lemma_.lower() in self.lex["request_nouns"]]
        askers = [c for a in asked for c in (*a.children, *self.pobjs(a, ("of",))) if c.dep_ in ("poss", "pobj")]
        objects = objects or askers
        # "gave Ukraine tanks" parsed as "Ukraine tanks", "granted Moldova candidate status" (whatever entity the tagger
        # takes the name for): a state leading the object receives it
        lead = [c for g in given for c in g.lefts if c.dep_ in ("compound", "nmod") and c.i == g.left_edge.i]
        return objects or [c for c in lead if c.ent_type_ in ("GPE", "ORG")], given

    def labelling(self, verb: Token | None) -> bool:
        """Whether a verb gives what it is said of a name: "called the raid an authoritarian act", "described Russia's
        actions as an invasion", 'called the raid "an authoritarian act"' (the name parsed as an apposition): the one who
        names an act neither does it nor refuses it."""
        if verb is None:
            return False
        named = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
        named = named or any(a.dep_ == "appos" for o in verb.children if o.dep_ == "dobj" for a in o.children)
        return named and verb.lemma_.lower() in self.lex["label_verbs"]

    def mediators(self, res: Resolver, raw: list[Found]) -> list[Found]:
        """ "talks in Beijing brokered by China", "Egypt brokered talks between Israel and Hamas", "restored ties in a
        deal brokered by China": the go-between meets each party."""
        out = []
        mediation = self.lex["mediation_verbs"]
        for item in raw:
            trig = item.trigger
            if item.relation not in ("meet", "cooperate") or item.target is NOBODY:
                continue
            # "restored ties in a deal brokered by China", "agreed ... in talks mediated by Turkey": where it was made
            made_in = self.lex["agreement_nouns"] | self.lex["joint_nouns"]
            noun = trig.pos_ == "NOUN" and (item.relation == "meet" or trig.lemma_.lower() in made_in)
            held = [trig] if noun else []  # "signed a deal brokered by Turkey"
            counted = noun and trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.dep_ == "dobj"
            held += [trig.head.head] if counted else []  # "held a round of talks on Friday, hosted by Kazakhstan"
            # "agreed to a truce brokered by Qatar", "agree to normalise ties in U.S.-brokered deal", "swapped prisoners
            # in a UAE-mediated exchange", "initialled a peace agreement in a ceremony hosted by Trump"
            tops = [trig, *(c for c in trig.children if c.dep_ == "xcomp")]
            tops += [o for t in tops[1:] for o in t.children if o.dep_ == "dobj"] + [trig.head] * (noun and trig.dep_ == "dobj")
            held += [p for t in tops for p in self.pobjs(t, ("in", "under", "through", "to", "on"))]
            brokers = [  # (also on the day: "held talks in Brussels on Monday hosted by Borrell")
                c
                for h in held
                if h is trig or h.lemma_.lower() in made_in or h.head.lower_ == "in" or h.ent_type_ == "DATE"
                for c in h.children
                if c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in mediation
            ]
            # "talks between the two ministers, hosted by Kazakhstan": the participle hung on the parties
            brokers += [
                c
                for p in self.pobjs(trig, ("between", "with"))
                if noun
                for c in p.children
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in mediation
            ]
            # "signed a deal on Friday brokered by Turkey": the participle hung on the verb
            brokers += [
                c
                for h in held
                if h.dep_ == "dobj"
                for c in h.head.children
                if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > h.i and c.lemma_.lower() in mediation
            ]
            agents = [r for c in brokers for p in self.agents(c) for r in res.refs(p, "source")]
            agents += [r for c in brokers if c.dep_ == "relcl" for r in self.subjects(res, c)]  # "after talks he hosted"
            names = [n for c in brokers for n in c.lefts if n.dep_ in ("npadvmod", "compound") and n.i in res.mentions]
            agents += [r for n in names for r in res.refs(n, "source")]  # "a China-brokered deal", "EU-mediated talks"
            if trig.dep_ == "dobj" and trig.pos_ == "NOUN" and item.relation == "meet" and trig.head.lemma_.lower() in mediation:
                agents += self.subjects(res, trig.head)
            out += [
                item._replace(relation="meet", cameo="040", source=m, target=party)
                for m in agents
                for party in (item.source, item.target)
                if m.key != party.key
            ]
        return out
