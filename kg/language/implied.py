"""Events a sentence implies without a trigger between the two actors: backing ("the Iran-backed
group"), meeting to sign ("A and B signed a pact in Colombo"; brokering, "talks in Beijing brokered by China", is
:meth:`kg.language.occasions.Occasions.mediators`), acting jointly ("a joint U.K.-U.S. base", "U.S. and Iraqi forces in
a joint operation"), ultimatums ("will buy Russian jets if the U.S. does not lift the freeze"), the charges a denial
shows were made, taking part in another's armed act ("Cuban troops are taking part in Ethiopia's counteroffensive") and
forces acting at a government's request ("at the request of the Afghan government")."""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from .clauses import Clauses
from .refs import GROUND_PREPS, NOBODY, SUBJECTS, Found, Ref
from .resolve import Resolver

__all__ = ["Implied"]

#: Where an act happened, and how deep the places that hold it are searched ("at a hall on the outskirts of Moscow").
SITE_PREPS = (*GROUND_PREPS, "at", "near", "outside")
SITE_DEPTH = 3


class Implied:
    """The implied-event moves of :class:`kg.language.parse_rules.RuleExtractor`."""

    def __init__(self, lex: dict[str, frozenset[str]], clauses: Clauses, triggers: frozenset[str] = frozenset()):
        self.lex, self.clauses, self.triggers = lex, clauses, triggers  # (the lemmas of trigger verbs)

    def backed(self, res: Resolver, participle: Token, relation: str = "support", cameo: str = "070") -> list[Found]:
        """ "the Iran-backed group", "soldiers backed by African Union troops": the backer supports the backed; "a
        U.S.-designated terrorist group": the designator sanctions the designated."""
        backers = [r for c in participle.children if c.dep_ in ("npadvmod", "compound", "nmod") for r in res.refs(c, "source")]
        if participle.dep_ == "acl":  # "Somali soldiers backed by African Union troops"
            backers += [r for a in participle.children if a.dep_ == "agent" for p in a.children for r in res.refs(p, "source")]
        if participle.head.lemma_.lower() in self.lex["tabled_nouns"] | self.lex["agreement_nouns"]:
            return []  # "a U.S.-sponsored U.N. resolution" is the sponsor's text, no aid to the U.N.
        own = {b.key for b in backers}  # "the plan, backed by Egypt, Qatar and the US": not one backer of another
        backed = [t for t in res.ref(participle.head, "target") if t.key not in own]
        if not backed and participle.head.lemma_.lower() in self.lex["project_nouns"]:
            backed = [t for t in self._built_for(res, participle.head) if t.key not in own]
        return [Found(relation, participle, cameo, "noun", b, t, "asserted") for b in backers for t in backed]

    def _built_for(self, res: Resolver, project: Token) -> list[Ref]:
        """The state a funded project is for: where it is ("a China-funded port in Balochistan"), else who acts on it
        ("Mahathir's government froze a Chinese-funded pipeline", "use local labour for Chinese-funded projects")."""
        found = [r for p in self.clauses.pobjs(project, ("in",)) for r in res.refs(p, "place")]
        gov, _ = self.clauses.governor(project)
        found = found or (self.clauses.subjects(res, gov) if gov is not None else [])
        return [r for r in found if res.types.get(r.key) == "state"]

    def ultimatum(self, res: Resolver, mark: Token) -> list[Found]:
        """An act one will take if another does not act is an ultimatum to it (139): "will buy Russian aircraft if the U.S.
        does not lift the freeze", "would cut gas supplies unless Kyiv paid"; measures one will take if another acts
        threaten it (138: "would take measures if Finland joined NATO", or an inverted "should Seoul go ahead")."""
        cond, verb = mark.head, mark.head.head
        marked = mark.dep_ == "mark" or any(c.dep_ == "nsubj" and c.i > mark.i for c in cond.children)
        if not marked or cond.dep_ != "advcl" or verb.pos_ != "VERB" or cond.lemma_ in self.lex["objection_verbs"]:
            return []
        failed = mark.lower_ == "unless" or any(c.dep_ == "neg" for c in cond.children)
        chain = [verb, *itertools.takewhile(lambda v: v.pos_ in ("VERB", "AUX"), (verb.head,) if verb.dep_ == "xcomp" else ())]
        future = any(c.dep_ == "aux" and c.lower_ in self.lex["future_aux"] for v in chain for c in v.children)
        # "NATO authorised air strikes against Yugoslavia unless Milosevic withdraws": force licensed on a condition
        # ("authorised member states to use all necessary means against Iraq unless it pulls out": the clause licensed)
        infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        licensing = [v for v in [*chain, *([verb.head] if infinitive else [])] if v.lemma_.lower() in self.lex["licensing_verbs"]]
        licensed = failed and bool(licensing)
        # "threatened to stop the flow of oil if the United States and the EU imposed sanctions": any act vowed on a condition
        vowed = any(v.lemma_.lower() in self.lex["threat_verbs"] for v in chain[1:])
        # "would be forced to take military-technical measures if Finland joined NATO": a measure promised for an act
        taken = [c for c in verb.children if c.dep_ == "dobj"]
        measures = any(c.lemma_.lower() in self.lex["response_nouns"] for c in taken) or any(
            c.lemma_.lower() in self.lex["qualified_responses"] and any(a.dep_ == "amod" for a in c.children) for c in taken
        )
        if not (failed or measures or vowed) or not (future or licensed or vowed) or any(c.dep_ == "neg" for c in verb.children):
            return []
        others = [c for c in cond.children if c.dep_ == "nsubj"]
        others += [p for a in cond.children if a.dep_ == "agent" for p in a.children]
        sources = self.clauses.subjects(res, verb) or (self.clauses.subjects(res, licensing[-1]) if licensed else [])
        targets = [r for c in others for r in res.refs(c, "target") if r.via in ("mention", "office", "anaphora", "force")]
        if licensed and {t.key for t in targets} <= {s.key for s in sources}:  # "... against Iraq unless it pulls out": whom
            aimed = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # the force licensed is aimed at
            targets = [r for h in aimed for p in self.clauses.pobjs(h, ("against",)) for r in res.refs(p, "target")]
        if len(sources) > 1 and {t.key for t in targets} == {s.key for s in sources}:
            return []  # "Uganda and Burundi would suffer attacks unless they withdrew": a condition on the group itself
        cameo = "139" if failed else "138"
        return [Found("threaten", verb, cameo, "verb", a, b, "asserted") for a in sources for b in targets if a.key != b.key]

    def deterred(self, res: Resolver, verb: Token) -> list[Found]:
        """Measures one will take to keep another from an act threaten it (CAMEO 138): "Britain will take any diplomatic
        measures necessary to prevent Iran from acquiring a nuclear weapon", "will take steps to deter China from"."""
        if not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
            return []
        held = verb.head.head if verb.head.dep_ == "amod" else verb.head  # "measures necessary to prevent"
        measures = self.lex["response_nouns"] | self.lex["qualified_responses"]
        take = held.head if held.dep_ == "dobj" and held.lemma_.lower() in measures else None
        if take is None or not any(c.dep_ == "aux" and c.lower_ in self.lex["future_aux"] for c in take.children):
            return []
        targets = [r for c in verb.children if c.dep_ == "dobj" for r in res.refs(c, "target")]
        sources = self.clauses.subjects(res, take)
        return [Found("threaten", take, "138", "verb", a, b, "asserted") for a in sources for b in targets if a.key != b.key]

    def rebutted(self, res: Resolver, raw: list[Found]) -> list[Found]:
        """A charge denied was made, against the one who denies it: "Afghanistan called Pakistan's assertions baseless",
        "rejected allegations by Pakistani army spokesperson linking the attack with Afghanistan" (CAMEO 112; the words
        are ``charge_nouns``, and a "claim" only with its content: "China's claims over the sea" are no charge)."""
        found = []
        for item in raw:
            if item.relation != "reject" or item.target is NOBODY or item.modality != "asserted":
                continue
            verb = item.trigger if item.trigger.pos_ in ("VERB", "AUX") else item.trigger.head  # "called X baseless"
            # (also after its label: "dismissed as “meaningless” U.S. accusations that it was behind the attacks")
            nouns = [c for c in verb.children if c.dep_ in ("dobj", "oprd")] + self.clauses.pobjs(verb, ("as",))
            for noun in (c for c in nouns if c is not item.trigger):
                lemma = noun.lemma_.lower()
                told = lemma in self.lex["charge_nouns"] or (lemma == "claim" and any(c.dep_ == "acl" for c in noun.children))
                if told and not any(c.lower_ == "against" for c in noun.children):
                    makers = {r.key for r in res.refs(noun, "target", owner=True) if r.via != "anaphora"}
                    if item.target.key in makers:
                        found.append(Found("accuse", noun, "112", "noun", item.target, item.source, "asserted"))
        return raw + found

    def joint(self, res: Resolver, adjective: Token) -> list[Found]:
        """ "a joint Kenya-U.S. base", "U.S. and Iraqi forces killed him in a joint operation": the partners cooperate (062),
        the actors in the noun's modifiers, else after its "of", "by" or "between", else the clause's subjects (and those
        "with" them). Done "jointly", an act no rule reads is its subjects' material cooperation (060)."""
        noun = adjective.head
        while adjective.dep_ == "amod" and noun.dep_ in ("compound", "nmod", "conj") and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "the joint military drills" parsed as a joint military ("a joint analysis and training centre")
        if adjective.dep_ == "advmod" and noun.pos_ == "VERB" and noun.lemma_.lower() not in self.triggers:
            named = self.clauses.subjects(res, noun) + [r for p in self.clauses.pobjs(noun, ("with",)) for r in res.refs(p)]
            partners = list({r.key: r for r in named}.values())
            modality = self.clauses.modality(noun, res.year) if len(partners) > 1 else None
            pairs = itertools.combinations(partners, 2) if modality else ()
            return [Found("cooperate", adjective, "060", "verb", a, b, modality) for a, b in pairs]
        if adjective.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
            return []
        if noun.lemma_.lower() in self.lex["voice_nouns"]:
            return []  # "said in a joint statement": words said together, neither a meeting nor a pact
        if adjective.lemma_.lower().startswith("coordinat") and noun.lemma_.lower() in self.lex["resolve_nouns"]:
            return []  # "a coordinated move" of three states is each one's act, not a pact ("coordinated patrols" are)
        mods = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree if t.i in res.mentions]
        partners = {r.key: r for t in mods for r in res.ref(t)}
        if len(partners) < 2:  # "Pakistan and China reject claims that their joint ventures ...": whose they are
            partners = {r.key: r for c in noun.children if c.dep_ == "poss" for r in res.ref(c)}
        if len(partners) < 2:  # "the combined forces of France and Britain", "joint patrols by A and B"
            named = self.clauses.pobjs(noun, ("of", "between")) + res.doers_by(noun)  # "by" may hang on the verb
            partners = {r.key: r for p in named for r in res.refs(p)}
        # "the security of a joint U.S.-U.K. base", "denounced the joint drills by South Korea and the United States": a joint
        # thing named by its partners and told in passing or judged is there (not "a joint U.S.-Chinese project would be")
        judged = noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex["label_verbs"]
        passing = len(partners) > 1 and (noun.dep_ == "pobj" or judged)
        occurs = noun.dep_ in SUBJECTS and noun.head.lemma_.lower() in self.lex["occurrence_verbs"]  # ("drills would be held")
        told = noun.head if occurs else noun
        modality = self.clauses.stated(noun, res.year) if passing else self.clauses.modality(told, res.year)
        if modality is None:
            return []
        doers, apart = {}, any(c.lower_ in self.lex["separate_words"] for c in noun.children)
        if len(partners) < 2:  # (and those it is done "with": "launched strikes in a joint operation with the Congolese army")
            gov = self.clauses.governor(noun)[0]
            doers = {r.key: r for r in self.clauses.subjects(res, gov)} if gov is not None else {}
            partners = {**doers, **{r.key: r for p in self.clauses.pobjs(noun, ("with",)) for r in res.refs(p) if doers}}
        if len(partners) < 2:
            return []
        pairs = itertools.combinations(partners.values(), 2)  # ("a joint news conference" is held together: they met)
        if apart and doers:  # "held separate joint sailings with A, B and C": each with the doer, not with each other
            pairs = [(a, b) for a in doers.values() for b in partners.values() if b.key not in doers]
        relation, cameo = ("meet", "040") if noun.lemma_.lower() in self.lex["venue_nouns"] else ("cooperate", "062")
        return [Found(relation, adjective, cameo, "noun", a, b, modality) for a, b in pairs]

    def blamed(self, res: Resolver, raw: list[Found], armed: frozenset[str]) -> list[Found]:
        """An armed group blamed for an armed act did it ("blamed al Shabaab for two car bombs that killed 100 people in
        Mogadishu", "a bomb attack that Ankara blamed on the PKK"); where it fell is read as for its own acts (``ground``,
        ``home_front``). States blamed are only charged: the labels of real news code no attack from a blame alone."""
        out = []
        for item in raw:
            verb = item.trigger
            if item.relation != "accuse" or verb.lemma_.lower() not in self.lex["blame_verbs"]:
                continue
            if res.types.get(item.target.key) != "armed_group":
                continue
            acts = self.clauses.pobjs(verb, ("for",)) + ([verb.head] if verb.dep_ == "relcl" else [])
            for act in (a for a in acts if a.lemma_.lower() in armed):
                aimed = [r for p in self.clauses.pobjs(act, ("on", "against")) for r in res.refs(p, "target", owner=True)]
                aimed = [r for r in aimed if r.key != item.target.key] or [NOBODY]
                out += [Found("attack", act, "190", "noun", item.target, r, item.modality) for r in aimed]
        return out

    @staticmethod
    def home_front(res: Resolver, raw: list[Found]) -> list[Found]:
        """An armed group's attack that names no one, nor where it fell, falls on the state it wages its war on ("the BLA
        claimed responsibility for the attack": Pakistan; ``fights`` in ``data/organizations.yaml``)."""
        return [
            item._replace(target=Ref(res.fights[item.source.key], "", "home", None))
            if item.relation == "attack" and item.target is NOBODY and item.source.key in res.fights
            else item
            for item in raw
        ]

    def ground(self, res: Resolver, raw: list[Found]) -> list[Found]:
        """An armed group's attack that names no one falls on the state where it happened ("claimed responsibility for
        the attack in Kabul": Afghanistan; "3R launched attacks in Chad", though it wages its war on the Central African
        Republic). A state's strikes abroad aim at someone there ("Russian air strikes in
        Syria" were for its government), so theirs name no one still."""
        out = []
        for item in raw:
            if item.relation != "attack" or item.target is not NOBODY or res.types.get(item.source.key) != "armed_group":
                out.append(item)
                continue
            found = {r.key: r for r in self._site(res, item.trigger)}
            found.pop(item.source.key, None)
            out += [item._replace(target=Ref(r.key, r.text, "site", None)) for r in found.values()] or [item]
        return out

    def _site(self, res: Resolver, trig: Token) -> list[Ref]:
        """The states where an act happened, searched through the places that hold it: "in Kabul", "blasts that killed
        100 people at a ceremony in the Iranian city of Kerman", "a massacre at a concert hall on the outskirts of
        Moscow"."""
        gov = None if trig.pos_ in ("VERB", "AUX") else self.clauses.governor(trig)[0]
        answers = self.lex["retaliation_words"]
        answered = gov is not None and any(a.lemma_.lower() in answers for a in trig.ancestors if a.i > gov.i)
        heads = [trig] if gov is None or answered else [trig, gov]  # (not where the answer to it struck: "in response to")
        heads += [c for c in trig.children if c.dep_ == "relcl"]
        places = [p for h in heads if h is not None for p in self.clauses.pobjs(h, SITE_PREPS)]
        for depth in range(SITE_DEPTH):
            found = [r for p in places for r in res.refs(p, "place") if res.types.get(r.key) == "state"]
            found = [r for r in found if depth == 0 or r.via in ("site", "mention")]  # not "the home of a Russian official"
            if found:
                return found
            places = [
                q
                for p in places
                for c in p.children
                if c.dep_ == "prep" and c.lower_ in (*SITE_PREPS, "of", "on")
                for q in c.children
                if q.dep_ == "pobj"
            ]
        return []

    def present(self, res: Resolver, verb: Token) -> list[Found]:
        """An official of one state who is in another's capital or land visits it (CAMEO 042): "The Iranian foreign
        minister is in Moscow for talks"; "is expected (or due) in Moscow on Monday", "is on his way to Beijing" are
        planned; an envoy posted there is not ("the Chinese ambassador in Washington")."""
        due = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "due"]  # "is due in Beijing next week"
        expected = (verb.lemma_ == "expect" and verb.tag_ == "VBN") or bool(due)
        ways = [w for w in self.clauses.pobjs(verb, ("on",)) if w.lemma_.lower() == "way"]  # "are on their way to Moscow"
        had = verb.lemma_ == "have" and bool(ways)  # "he had representatives on their way to Moscow": his
        if not (verb.lemma_ == "be" or expected or had) or any(
            c.dep_ in ("attr", "acomp") and c not in due for c in verb.children
        ):
            return []
        people = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") or (had and c.dep_ == "dobj")]
        people = [c for c in people if ways or c.lemma_.lower() not in self.lex["resident_nouns"]]  # (envoys travel too)
        kinds = ("office", "mention") if had else ("office",)  # ("Iran had its envoys on their way")
        sources = [r for c in people for r in res.refs(c) if r.person or r.via in kinds]
        places = [p for h in (verb, *due) for p in self.clauses.pobjs(h, ("in",)) if p.i in res.mentions]
        places += [p for w in ways for p in self.clauses.pobjs(w, ("to",)) if p.i in res.mentions]
        targets = [r for p in places for r in res.refs(p, "place") if res.types.get(r.key) == "state"]
        modality = ("planned" if expected or ways else self.clauses.modality(verb, res.year)) if sources and targets else None
        if modality is None:
            return []
        return [Found("meet", verb, "042", "verb", a, b, modality) for a in sources for b in targets if a.key != b.key]

    def abroad(self, res: Resolver, prep: Token) -> list[Found]:
        """An official told as in another state's capital while speaking or acting there visits it (CAMEO 042): "Macron
        in Berlin called ...", "Marcos, in Hanoi, signs a pact", "Blinken said in Tokyo"; an envoy posted there does
        not, and a place that is no capital ("Netanyahu in Gaza") says nothing of a visit."""
        head = prep.head
        if head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX"):
            verb, people = head.head, [head]
        elif head.pos_ == "VERB" and head.lemma_.lower() in self.lex["speech_verbs"] | self.lex["copresence_verbs"] | {"speak"}:
            verb, people = head, [c for c in head.children if c.dep_ == "nsubj"]
            if not people and head.dep_ == "advcl" and head.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in head.children):
                # "Speaking in Tokyo, the Australian minister said" (not "..., accusing the junta in Bamako")
                verb, people = head.head, [c for c in head.head.children if c.dep_ == "nsubj"]
        else:
            return []
        people = [c for c in people if c.lemma_.lower() not in self.lex["resident_nouns"]]
        # "officials in Beijing and Washington said": the capitals' own (not "U.S. officials in Beijing")
        own = [c for c in people if c is head and c.lemma_.lower() in self.lex["seated_nouns"]]
        people = [c for c in people if c not in own or any(m.i in res.mentions for m in c.children if m.dep_ != "prep")]
        sources = [r for c in people for r in res.refs(c) if r.person or r.via == "office"]
        sides = {r.key for c in people for r in res.refs(c)} | {
            r.key for p in self.clauses.pobjs(verb, ("with",)) for r in res.refs(p)
        }
        if len(sides) > 1 and verb.lemma_.lower() in self.lex["copresence_verbs"]:
            return []  # "dos Santos and Savimbi signed a peace accord in Lisbon": two sides at a venue, not its guests
        capitals = [p for p in prep.children if p.dep_ == "pobj" and p.i in res.mentions and res.mentions[p.i].label == "CAPITAL"]
        targets = [r for p in capitals for r in res.refs(p, "place") if res.types.get(r.key) == "state"]
        modality = self.clauses.modality(verb, res.year) if sources and targets else None
        if modality is None:
            return []
        # (not the body's seat, nor the state an armed group fights: "al-Shabaab's spokesman told reporters in Mogadishu")
        pairs = [(a, b) for a in sources for b in targets if b.key not in (a.key, res.homes.get(a.key), res.fights.get(a.key))]
        return [Found("meet", prep, "042", "verb", a, b, modality) for a, b in pairs]

    def visiting(self, res: Resolver, word: Token) -> list[Found]:
        """An official called "visiting" meets the subject of the clause that receives them (CAMEO 042): "Xi told the
        visiting Brazilian president ...", "Blinken assured visiting Australian Foreign Minister Marise Payne ..."."""
        if word.tag_ != "VBG" or word.dep_ != "amod":
            return []
        guests = [r for r in res.refs(word.head) if r.person or r.via == "office"]
        verb, _ = self.clauses.governor(word.head)
        hosts = self.clauses.subjects(res, verb) if guests and verb is not None else []
        modality = self.clauses.modality(verb, res.year) if hosts else None
        if modality is None:
            return []
        return [Found("meet", word, "042", "verb", a, b, modality) for a in guests for b in hosts if a.key != b.key]

    def addressed(self, res: Resolver, verb: Token) -> list[Found]:
        """An official who tells, urges or assures another in person meets them (CAMEO 040): "Blinken told Chinese
        President Xi Jinping in Beijing ...", "Macron presses Xi on Ukraine during Beijing talks"; the place is named or
        a gathering ("told reporters in Beijing" and "urged Xi in a letter" are no meeting)."""
        people = [o for o in verb.children if o.dep_ == "dobj"]
        guests = [r for o in people for r in res.refs(o) if r.person or r.via == "office"]
        gatherings = self.lex["venue_nouns"] | self.lex["meeting_places"]
        places = [
            p
            for h in (verb, *people)
            for p in self.clauses.pobjs(h, ("in", "at", "during", "on"))
            if (p.i in res.mentions and res.types.get(res.mentions[p.i].key) == "state") or p.lemma_.lower() in gatherings
        ]
        # "urged Beijing to release him during talks in Beijing": a gathering hung on what is urged (not "to act in Gaza")
        acts = [c for c in verb.children if c.dep_ == "xcomp"]
        places += [p for a in acts for p in self.clauses.pobjs(a, ("during", "at")) if p.lemma_.lower() in gatherings]
        hosts = [r for r in self.clauses.subjects(res, verb) if r.person or r.via == "office"] if guests and places else []
        modality = self.clauses.modality(verb, res.year) if hosts else None
        if modality is None:
            return []
        return [Found("meet", verb, "040", "verb", a, b, modality) for a in hosts for b in guests if a.key != b.key]

    def copresence(self, res: Resolver, raw: list[Found], mutual: frozenset[str] = frozenset()) -> list[Found]:
        """ "A and B signed a pact in Colombo" (or "on Lake Prespa"): signing or agreeing at a named place is also a
        meeting; so is a clash of words between two people at a seat ("the Oval Office clash between Trump and Zelenskyy")."""
        out = []
        for item in raw:
            trig = item.trigger
            people = item.source.person and item.target.person and item.relation == "accuse"
            if people and trig.lemma_.lower() in mutual:
                seats = [c for c in trig.children if c.dep_ == "compound" and c.i in res.mentions]
                seats += [p for p in self.clauses.pobjs(trig, ("in", "at")) if p.i in res.mentions]
                if any(res.types.get(res.mentions[p.i].key) == "state" for p in seats):
                    out.append(item._replace(relation="meet", cameo="040"))
                continue
            leaders = [r for r in (item.source, item.target) if r.person or r.via == "office"]  # (leaders meet to sign;
            if item.relation != "cooperate" or item.target is NOBODY or not leaders:  # "Ukraine and Germany signed an
                continue  # agreement in Berlin" need not tell a meeting)
            verb = trig if trig.pos_ in ("VERB", "AUX") else self.clauses.governor(trig)[0]
            if verb is None or verb.lemma_.lower() not in self.lex["copresence_verbs"]:
                continue
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            if trig.head.head != verb:  # "a declaration of friendly relations in Athens", not "agreed to a truce in Gaza"
                holders.append(trig)
            rooms = self.lex["venue_nouns"] | self.lex["venue_buildings"]  # "at Hillsborough Castle", "at a ceremony"
            named = [p for h in holders for p in self.clauses.pobjs(h, ("in", "at", "on"))]
            places = [
                p
                for p in named
                if p.ent_type_ in ("GPE", "FAC", "LOC")
                or (p.head.lower_ != "on" and p.i in res.mentions)
                or (p.head.lower_ == "at" and p.lemma_.lower() in rooms)
                or (p.head.lower_ in ("at", "in") and p.pos_ == "PROPN" and p.ent_type_ not in ("DATE", "TIME", "PERSON"))
                or (p.lemma_.lower() in self.lex["place_nouns"] and any(q.ent_type_ for q in self.clauses.pobjs(p, ("of",))))
            ]  # ("in the border town of Foz do Iguacu", "on the shores of Lake Prespa", "in Cartagena" taken for a body)
            if places:
                out.append(item._replace(relation="meet", cameo="040"))
        return out

    def joined(self, res: Resolver, raw: list[Found]) -> list[Found]:
        """ "Some 11,000 Cuban troops are taking part in Ethiopia's offensive against Somali positions": who takes part
        in another's armed act does it too, and backs the one whose act it is (CAMEO 074)."""
        out = []
        for item in raw:
            noun = item.trigger
            if item.relation != "attack" or item.kind != "noun" or item.target is NOBODY or noun.dep_ != "pobj":
                continue
            verb = noun.head.head if noun.head.lower_ == "in" else None
            verb = verb.head if verb is not None and verb.lower_ == "part" else verb  # ("taking part in")
            if verb is None or verb.lemma_.lower() not in self.lex["participation_verbs"] or verb.pos_ != "VERB":
                continue
            joiners = [r for r in self.clauses.subjects(res, verb) if r.key not in (item.source.key, item.target.key)]
            out += [item._replace(source=j) for j in joiners]
            out += [Found("support", verb, "074", "verb", j, item.source, item.modality) for j in joiners]
        return out

    def requested(self, res: Resolver, prep: Token) -> list[Found]:
        """ "Soviet troops ... are fulfilling their duty at the request of the Afghan government", "Senegalese troops flew
        into Banjul at the request of Gambian President Jawara": forces that act at a government's request or invitation
        (``request_nouns``) back it (CAMEO 074)."""
        asked = [p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex["request_nouns"]]
        askers = [o for a in asked for o in [*(c for c in a.children if c.dep_ == "poss"), *self.clauses.pobjs(a, ("of",))]]
        verb = prep.head  # (not forces that leave at a request: "pulled out at the junta's request")
        if not askers or verb.pos_ not in ("VERB", "AUX") or self.clauses.phrasal(verb) & self.lex["departure_verbs"]:
            return []
        forces = [r for r in self.clauses.subjects(res, verb) if r.via == "force"]
        modality = self.clauses.modality(verb, res.year) if forces else None
        pairs = [(f, r) for f in forces for a in askers for r in res.refs(a, "target") if r.key != f.key]
        return [Found("support", verb, "074", "verb", f, r, modality) for f, r in pairs] if modality else []
