"""Events of a trigger verb: its subject and object (active or passive, with conjuncts, reciprocals, datives and the acts
it governs), the act its object names ("cut ties with Qatar"), and the clause frame that negates or turns it."""

from __future__ import annotations

import dataclasses
import itertools

from spacy.tokens import Token

from .claims import Claims
from .clauses import Clauses
from .labels import label_first, labelled_objects
from .nominal import NominalRules
from .refs import GROUND_PREPS, NOBODY, SUBJECTS, Found, Ref, in_words
from .resolve import Resolver
from .rules import Rules, Trigger, fits_verb, fits_words, sporting

__all__ = ["DIRECT", "VerbRules"]

#: How an actor is named when it is named outright: by name, by office, or by a person outside their term.
DIRECT = ("mention", "office", "term")


class VerbRules:
    """The verb moves of the rules, driven by ``data/relations.yaml`` (``verbs``) and ``data/lexicon.yaml``."""

    def __init__(self, rules: Rules, clauses: Clauses, claims: Claims, nominal: NominalRules):
        self.rules, self.lex, self.clauses, self.claims, self.nominal = rules, rules.lexicon, clauses, claims, nominal

    def events(self, res: Resolver, verb: Token, trig: Trigger) -> list[Found]:
        """The events of one verb sense: the sense's gates, its frame, its objects, then its sources and targets."""
        children = list(verb.children)
        if not fits_verb(verb, trig, children) or sporting(children, self.lex["sport_words"]):
            return []
        trig, modality = self.frame(res, verb, trig)
        if modality is None:
            return []
        owner = trig.owner_target or trig.relation in ("attack", "sanction", "reject")
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        passive = passive or (verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children))
        objects = [c for c in children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        shared = passive and verb.dep_ == "conj"  # "Russia invaded Ukraine and was condemned by the UN": the subject above
        objects = objects or [c for c in verb.head.children if c.dep_ == "nsubj" and shared]
        bare = [c for c in children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and not any(s.dep_ in SUBJECTS for s in c.children)]
        objects += [] if passive else bare  # "rejected Putin's offer" made a clause
        # "condemned what it called U.S. interference", "struck what New Delhi called a camp inside Pakistan"
        naming = [c for c in children if c.dep_ == "ccomp" and self.clauses.called(c) is not c and not objects and not passive]
        objects = [self.clauses.called(c) for c in naming] or objects  # "... what it described as Japan's provocations"
        joined = [c for o in objects for c in o.conjuncts] + [c for c in children if c.dep_ == "conj"]  # "and what it called X"
        objects += [n for c in joined if (n := self.clauses.called(c)) is not c]
        if not objects and not passive:  # "condemned as 'cowardly' an Israeli strike": the object after its label
            objects = labelled_objects(children, self.lex["hostile_labels"])
        subjects = [c for c in children if c.dep_ == "nsubj"]  # "a claim Asmara denied": the thing described made a
        if not objects and not passive and len(subjects) > 1 and subjects[0].pos_ == "NOUN":  # second subject
            objects = subjects[:1]
        if not objects and not passive:  # ... or a compound of the subject: "a charge Phnom Penh denied"
            objects = [
                c for s in subjects for c in s.lefts if c.dep_ == "compound" and c.lemma_.lower() in self.lex["blame_nouns"]
            ]
        if not passive and not trig.dative:  # "designated the Houthis a terrorist group", "targeting Hamas military chief
            objects += [c for c in children if c.dep_ == "dative" and c.pos_ != "ADP"]  # Mohammed Deif": a dative
            objects += [c for c in children if c.dep_ == "appos" and c.pos_ == "PROPN"] if not objects else []  # "hosts Xi"
        meeting = passive and self.rules.relations[trig.relation].family == "meeting" and not self.clauses.hosting(verb)
        withs = [c for c in children if c.lower_ == "with"] if meeting else []  # "would be met with fire and fury"
        answered = [p for c in withs for p in c.children if p.dep_ in ("pobj", "pcomp") and not res.refs(p)]
        if meeting and (answered or not any(res.refs(o) for o in objects)):
            return []  # "any intervention would be met with a response": met, but by no one
        objects, reduced = self._objects(verb, trig, children, objects, passive)
        if trig.among_objects:  # "the talks brought together ministers from Britain, Canada and Japan": people meet (not states)
            people = objects + self.clauses.hosts(verb)  # (and "the summit, hosted by X, brought together ...": X)
            group = list({r.key: r for o in people for r in res.refs(o) if r.via == "office" or r.person}.values())
            return [Found(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a, b in itertools.combinations(group, 2)]
        # "a charge Kabul rejected", "the truce that Russia violated", "the weapons Russia used": the noun described
        relative = all(o.tag_ in ("WDT", "WP") or o.lower_ == "that" for o in objects) and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children
        )
        # "accused Russia of an attack on Kyiv, which Moscow denied": after a comma, what is denied is the charge
        sentential = verb.dep_ == "relcl" and relative and trig.object_must_not_be_actor and bool(res.ref(verb.head))
        sentential = sentential and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","
        if verb.dep_ in ("acl", "relcl") and ((passive and not objects) or (verb.dep_ == "relcl" and relative)):
            objects = [] if sentential else [verb.head]
        said = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ in ("relcl", "acl") and not objects else None  # "a move that
        if said is not None and said.lemma_ in self.lex["speech_verbs"] and any(c.lower_ == "that" for c in said.children):
            objects = [said.head]  # Britain said it condemned": what is said to be done to is the noun described
        if passive and not objects and verb.dep_ in ("advcl", "pcomp"):  # "fled when attacked by", "after being attacked by":
            outer = verb.head.head if verb.dep_ == "pcomp" else verb.head  # the subject of the clause it tells of
            objects = [c for c in outer.children if c.dep_ == "nsubj"]
        if trig.object_lemmas:
            return self._named_act(res, verb, trig, objects, modality)
        sources = self.clauses.subjects(res, verb)
        told = [c.head.head if c.tag_ == "WDT" else c for c in children if c.dep_ == "nsubj"]  # ("a move that threatened")
        if trig.relation == "threaten" and any(t.lemma_.lower() in self.lex["event_nouns"] for t in told):
            return []  # an act that "threatened to upend the trading system" risks it: no one threatens
        # "said most of Beijing's claims were unlawful, and accused China of bullying": an act hung on a clause of
        # speech whose subject is the act's own target is the speaker's
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and self.clauses.speech(verb.head, res.quoted) is not None:
            objected = {r.key for o in objects for r in res.refs(o, "target") if r.via != "force"}  # (not its weapons)
            if objected and objected >= {s.key for s in sources}:
                sources = self.clauses.subjects(res, verb.head.head)
        arms = self.lex["weapon_nouns"] | (self.lex["agentive_nouns"] if trig.dative else set())  # "troops were sent to"
        weapons = [w for w in map(self.clauses.counted, objects) if passive and w.lemma_.lower() in arms]
        if weapons and not sources:  # "a Houthi missile was fired toward the U.S. destroyer": the weapon's, at what it aims
            sources, objects = [r for w in weapons for r in res.refs(w, "source")], []
            # "rockets were fired from Gaza toward Israel": from the ground they were fired from
            sources = sources or [r for p in self.clauses.pobjs(verb, ("from",)) for r in res.refs(p, "place")]
        sources = sources or (self.clauses.launched_from(res, verb) if passive else [])  # "attacked by drones launched from"
        if not sources and passive and trig.cameo == "043":  # "was welcomed at the White House": by whom it is there
            sources = [r for p in self.clauses.pobjs(verb, ("at", "in")) for r in res.refs(p, "place") if r.via == "mention"]
        if not sources and passive and modality != "asserted" and self.rules.relations[trig.relation].family == "hostile":
            sources = self.clauses.speaker(res, verb)  # "Trump said Mexico would be punished": the speaker's own act
        sources = [s for s in sources if s.person or s.via == "office"] if trig.official_source else sources
        sources = [s for s in sources if not (s.person or s.via == "office")] if trig.unofficial_source else sources
        given = [c for c in children if c.dep_ == "dobj" and not sentential]
        with_prep = any(c.dep_ == "prep" and c.lower_ == "with" for c in children)
        if trig.dative:  # "sent tanks to Ukraine", "gave Ukraine tanks", "provided Kyiv with aid"
            objects, given = self.clauses.receivers(verb, children, given, with_prep, trig.target_preps)
        # "the Oval Office clash between Trump and Zelenskyy", "fighting between Armenia and Azerbaijan": read as a verb
        between = [r for p in self.clauses.pobjs(verb, ("between",)) for r in res.refs(p)]
        sides = (trig.reciprocal or trig.mutual) and len({r.key for r in between}) > 1
        between = between if sides and not any(c.dep_ in SUBJECTS for c in children) else []
        sources = between or sources
        if trig.reciprocal or between or self.clauses.mutual(objects):
            if not sources and verb.head != verb:  # "..., with each side accusing the other"
                sources = self.clauses.subjects(res, verb.head.head if verb.head.dep_ == "prep" else verb.head)
            others = [r for p in self.clauses.pobjs(verb, ("with",)) for r in res.refs(p)]
            group = list({r.key: r for r in sources + others}.values())
            relation = in_words(trig.relation, group)
            cameo = trig.cameo if relation == trig.relation else "111"
            pairs = self.nominal.parties.dashed_sides(res, verb)  # ("Iran and six world powers - the United States, ...")
            pairs = [p for a, b in pairs for p in ((a, b), (b, a))] or list(itertools.permutations(group, 2))
            return [Found(relation, verb, cameo, "verb", a, b, modality) for a, b in pairs]
        targets: list[Ref] = []
        actor = any(g.ent_type_ == "PERSON" or any(r.via in DIRECT or r.person for r in res.refs(g)) for g in given)
        if trig.object_must_not_be_actor and not with_prep and actor:
            return []  # "sent troops", not "sent Ukraine" (nor "will send Minister Ryosei Akazawa to Washington")
        parties = self.nominal.parties  # "tariffs targeting Canada": sanctions that act
        sanctioning = trig.relation == "attack" and bool(parties.acting_sanctions(verb))
        if (sanctioning or trig.relation == "sanction") and not sources:  # "US sanctions hit Russian banks", "the sanctions
            # announced by Washington", "were hit with EU sanctions"
            sources = parties.imposers(res, verb)
        armed = sanctioning or any(s.via == "force" for s in sources)  # "Russian missiles targeted Ukrainian power plants"
        # "targeted an Israeli base with rockets": an act done with weapons is armed, whoever its doer
        withs = [p for h in (verb, *objects) for p in self.clauses.pobjs(h, ("with",))]
        armed = armed or any(p.lemma_.lower() in self.lex["weapon_nouns"] for p in withs)
        kinds = (*DIRECT, "force", "owner", "site") if armed else (*DIRECT, "force")  # "targeted American warships"
        kinds += ("owner",) * trig.owner_target  # "praised Qatar's role in the talks"
        kinds += ("site",) * (trig.relation == "sanction")  # "placed Huawei on a trade blacklist": a state's company
        kinds = tuple(k for k in kinds if k != "force" or trig.relation != "meet")  # "received F-16s from Denmark": no one met
        for obj in [] if trig.preps_only else objects:  # "warned both sides", not "them", nor "called the tariffs unfair"
            refs = res.refs(obj, "target", owner=owner)
            noun = obj.pos_ == "NOUN" and obj.lemma_.lower() not in self.lex["event_nouns"]  # (or a person: "praised him")
            told = (*kinds, "anaphora") if noun or obj.lower_ in ("him", "her") else kinds
            targets += [r for r in refs if not trig.object_must_be_actor or r.via in told]
        if trig.object_must_be_actor and not targets:
            return []
        aimed = list(objects)
        if not trig.dative:
            role = "place" if trig.place_target else "target"
            held = [self.clauses.counted(d) for c in children if c.dep_ == "dobj" for d in (c, *c.conjuncts)]  # "buys most of
            # its weapons from Russia", "fired tear gas and stun grenades at protesters"
            holders = ([verb, *held, *reduced] if trig.object_preps else [verb]) + naming  # (the label's: "inside Pakistan")
            named = bool(targets) and trig.relation != "attack"  # "fired missiles at Ukraine"
            pointed = [p for h in holders for p in self.clauses.pobjs(h, trig.target_preps) if not self._venue(p, named)]
            # "criticised Blair over the Iraq war": what it is over is its grounds, once whom it is aimed at is named; and
            pointed = [p for p in pointed if not (named and p.head.lower_ in ("over", "about"))]  # "struck Houthi targets
            bounds = self.lex["boundary_nouns"]  # across Yemen": where, no one; nor "the town of Bunagana on the Ugandan border"
            pointed = [p for p in pointed if not (targets and (p.head.lower_ in GROUND_PREPS or p.lemma_.lower() in bounds))]
            aimed += pointed
            targets += [r for p in pointed for r in res.refs(p, role, owner=owner or trig.place_target)]  # ("Israel's capital")
        if trig.relation == "attack":  # "fired missiles at Iraqi air bases housing US troops": the troops' state is hit,
            housed = [r for t in aimed for o in self.clauses.housed(t) for r in res.refs(o, "target", owner=True)]
            targets = housed or targets  # not the bases' host
            # "fired missiles at U.S. forces at air bases in Iraq": where the forces named are, no one
            hit = {r.key for r in targets if r.via == "force"} - {s.key for s in sources}
            targets = [r for r in targets if r.via != "site" or r.key in hit] if hit else targets
        targets = targets or (self._xcomp_targets(res, trig, children) if trig.through_xcomp else [])  # "refused X's bid"
        if not targets and trig.relation == "cooperate" and trig.collective:  # "agreed ... after talks with the US"
            targets = self.clauses.negotiated_with(res, verb)
        if not targets and trig.relation in ("support", "meet"):  # "backed the operation", "hosted the talks": its doers; else
            met = self.clauses.done_for(res, verb) + parties.met(res, verb) if trig.relation == "support" else []  # "thanked
            targets = res.acts_named(objects, sources, trig.relation) or met or self.clauses.gathered(res, verb)  # X for
            # aiding", "met X and pledged help"; "signed at a ceremony hosted by X": the signers
        named = [p for c in children if c.lower_ in trig.target_preps for p in c.children if p.dep_ == "pcomp"]
        if trig.addressee_preps and all(t.via == "site" for t in targets) and not named:  # "protested to Beijing about the
            # incursion" (not where it is about: "over arms sales to Taiwan"; nor "about what it called a criminal act")
            targets = [r for p in self.clauses.pobjs(verb, trig.addressee_preps) for r in res.refs(p, "target")] or targets
        trig = dataclasses.replace(trig, relation="sanction", cameo="163") if sanctioning else trig
        relation = trig.relation
        if relation == "attack" and verb.dep_ == "acl" and verb.head.lemma_.lower() in self.lex["exercise_nouns"]:
            relation, trig = "threaten", dataclasses.replace(trig, relation="threaten", cameo="138")  # "drills encircling"
        targets, relation = self._other_targets(res, verb, trig, relation, targets, objects, sources)
        cameo = trig.cameo if relation == trig.relation else self.rules.relations[relation].cameo
        if {t.key for t in targets} <= {s.key for s in sources} and trig.collective and self.clauses.together(verb):
            pairs = self.nominal.parties.dashed_sides(res, verb) or list(itertools.combinations(sources, 2))
            return [Found(relation, verb, cameo, "verb", a, b, modality) for a, b in pairs]
        if not targets and trig.implied_target and not objects:
            targets = res.state_before(verb, {s.key for s in sources})
        if not targets and self.rules.relations[relation].family == "hostile":
            told = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")] if relation == "threaten" else []  # "threatened to
            targets = self.clauses.answered(res, [verb, *told], objects)  # deploy missiles in response to NATO's expansion"
            targets = targets or (self.clauses.occasioned(res, [verb]) if relation in ("accuse", "reject") else [])
            # '"We condemn this provocation," Seoul said of North Korea's missile test': what the words are said of
            shown = not targets and any(d.lower_ in ("this", "that", "these", "those") for o in objects for d in o.children)
            of = self.clauses.pobjs(said, ("of",)) if shown and (said := self.clauses.speech(verb, res.quoted)) else []
            targets = targets or [r for p in of for r in res.refs(p, "target", owner=True)]
            answered = self.clauses.pobjs(verb, ("to",))  # ("responded with missiles"; "to any threats" names no one)
            if not targets and not answered and verb.lemma_.lower() in self.lex["retaliation_words"]:
                targets = res.event_antecedent(verb, exclude={s.key for s in sources})
            # "jets struck Syrian army positions, and Russia denounced the raid" ("rejected the move"): the act's doer
            words = {"accuse": "label_verbs", "reject": "answer_verbs"}.get(relation)
            judged = [o for o in objects if o.pos_ == "NOUN"] if words and verb.lemma_.lower() in self.lex[words] else []
            targets = targets or [r for o in judged for r in self.claims.evaluated(res, o, verb)] or [NOBODY]
        if trig.target_types:
            targets = [t for t in targets if res.types.get(t.key) in trig.target_types]
        own = {s.key for s in sources}  # "the leaders criticised each of them": no edges inside the group
        pairs = [(s, t) for s in sources for t in targets if t.key not in own]
        # "has been fighting the army": the army fights back; "sent troops to fight X": X has not (yet)
        purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if trig.mutual and modality == "asserted" and not purpose:
            pairs += [(t, s) for s, t in pairs if t.via in (*DIRECT, "force")]
        pairs += self.nominal.parties.guests(verb, trig, targets)  # "welcomed Albanese and Sunak for talks"
        apart = any(c.lower_ in self.lex["separate_words"] for c in verb.children)  # "A and B met C": A and B too, not "apart"
        if pairs and trig.collective and self.rules.relations[relation].family == "meeting" and not apart:
            pairs += itertools.combinations({r.key: r for r in sources}.values(), 2)
        return [Found(relation, verb, cameo, "verb", s, t, modality) for s, t in pairs]

    def _objects(self, verb: Token, trig: Trigger, children: list[Token], objects: list[Token], passive: bool):
        """What a verb acts on, past the parser's slips; and the agreement of a reduced clause ("breached the
        ceasefire agreed with Israel" parsed as a clause), whose prepositions name a target too."""
        if not objects and trig.raised_object:  # "helped Mauritius build an airstrip", "declared [X's envoy] persona ..."
            objects = [s for c in children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in ("nsubj", "compound")]
        held = [c for c in children if c.lower_ == trig.particle and c.dep_ == "prep"]  # "called in the Japanese envoy":
        objects = objects or [p for c in held for p in c.children if p.dep_ == "pobj"]  # a particle parsed as a preposition
        if not objects and not passive:  # "dismissed as “meaningless” US accusations": the object follows its label
            labels = [c for c in children if c.dep_ == "prep" and c.lower_ == "as" and label_first(c)]
            objects = [p for c in labels for p in c.children if p.dep_ == "pobj"]
        agreeing, agreed = self.lex["agreement_verbs"], self.lex["agreement_nouns"]
        reduced = [
            c for c in children if not objects and c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in agreeing
        ]
        objects = objects + [s for c in reduced for s in c.children if s.dep_ == "nsubj" and s.lemma_.lower() in agreed]
        if not objects and not passive:  # "killed and injured 1,000 Taliban fighters": the next verb's object is shared
            objects = [
                o
                for c in children
                if c.dep_ == "conj" and c.i - verb.i <= 3 and not any(s.dep_ in SUBJECTS for s in c.children)
                for o in c.children
                if o.dep_ == "dobj"
            ]
            # "rammed and boarded Philippine navy boats", parsed with the boats conjoined to the first verb
            objects = objects or [c for c in children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i - verb.i <= 6]
        return objects, reduced

    def _named_act(self, res: Resolver, verb: Token, trig: Trigger, objects: list[Token], modality: str) -> list[Found]:
        """ "cut ties with Qatar": the object names the act (``object_lemmas``), a preposition the target."""
        objects = [self.clauses.counted(o) for o in objects]  # "expelled dozens of Russian diplomats"
        titled = [c for o in objects if o.ent_type_ == "PERSON" for c in o.lefts if c.dep_ == "compound"]  # "Ambassador X"
        named = [*objects, *titled, *(c for o in objects for c in o.conjuncts)]  # ("all transport and postal links")
        if not any(o.lemma_.lower() in trig.object_lemmas for o in named):
            return []
        sources = self.clauses.subjects(res, verb)
        owner, venues, doers = trig.owner_target or trig.relation == "attack", self.lex["venue_nouns"], {s.key for s in sources}
        if self.clauses.mutual([*objects, *self.clauses.pobjs(verb, trig.target_preps)]):  # "six of the other's diplomats"
            return [Found(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a, b in itertools.permutations(sources, 2)]
        # "exports of gallium and germanium to the US", "the export of arms to Turkey", "missiles manned by crews to Israel"
        held = [*objects, *(c for o in objects for c in (*o.conjuncts, *self.clauses.pobjs(o, ("of",))))]
        held += [a for o in held for a in o.children if a.dep_ == "acl"] if trig.dative else []
        targets = [  # "froze the assets of Russia's central bank", "suspended imports of Australian beef"
            r
            for h in [verb, *held]
            for p in self.clauses.pobjs(h, trig.target_preps)  # "its ambassadors in Oslo": the capital where they serve
            # "opened fire on Pakistani posts": the owner's ("took part in the NATO summit": a gathering's holder's)
            for r in res.refs(p, "place" if p.head.lower_ == "in" and p.lemma_.lower() not in venues else "target", owner=owner)
        ]
        if not targets and trig.through_xcomp:  # "never ruled out using force to bring Taiwan under its control"
            targets = self._xcomp_targets(res, trig, list(verb.children))
        if not targets and trig.dative:  # "offered Sri Lanka a credit line"
            targets = [r for c in verb.children if c.dep_ == "dative" for r in res.refs(c, "target")]
        if not targets and trig.owner_target:  # "ordered the French ambassador to leave" (not "their own troops")
            own = [o for o in objects for c in o.children if c.dep_ == "poss" and {r.key for r in res.refs(c)} <= doers]
            targets = [r for o in objects if o not in own for r in res.refs(o, "target", owner=True)]
        if not targets and trig.owner_target and trig.relation == "accuse":  # "Tokyo regrets the tests": the act told before
            targets = [r for o in objects for r in self.claims.evaluated(res, o, verb)]
        if not targets and trig.collective and len(sources) > 1:  # "Bahrain and Qatar restored relations", "both withdrew"
            mutual = itertools.combinations if self.rules.relations[trig.relation].symmetric else itertools.permutations
            return [Found(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a, b in mutual(sources, 2)]
        if not targets and trig.relation == "sanction":  # "Japan, India's largest aid donor, froze grant aid": its recipient
            doers = [c for v in (verb, verb.head) for c in v.children if c.dep_ == "nsubj"]
            givers = [a for c in doers for a in c.children if a.dep_ == "appos" and a.lemma_ in self.lex["giver_nouns"]]
            targets = [r for a in givers for c in a.children if c.dep_ == "poss" for r in res.refs(c, "target")]
        if not targets and self.rules.relations[trig.relation].family == "hostile":  # "prompting France to recall its
            targets = self.clauses.occasioned(res, [verb])  # ambassador": it answers the prompter
        return [
            Found(trig.relation, verb, trig.cameo, "verb", a, b, modality) for a in sources for b in targets if a.key != b.key
        ]

    def _xcomp_targets(self, res: Resolver, trig: Trigger, children: list[Token]) -> list[Ref]:
        """The target of the act a verb governs: "threatened to shoot down US planes", "refused to ratify Sweden's bid"."""
        targets: list[Ref] = []
        for x in (c for c in children if c.dep_ == "xcomp"):
            senses = [t for t in self.rules.verbs.get(x.lemma_.lower(), ()) if fits_words(t, x)]
            done = [o.lemma_.lower() for o in x.children if o.dep_ == "dobj"]  # ("took part", not "took issue")
            hostile = [t for t in senses if self.rules.relations[t.relation].family == "hostile"]
            # "refused to condemn Russia's invasion": not acting against someone is no rejection of them, nor is not
            # naming their act ("declined to describe Russia's actions as an invasion")
            labelled = self.clauses.labelling(x)
            against = any(not t.object_lemmas or set(done) & set(t.object_lemmas) for t in hostile)
            if trig.relation == "reject" and (labelled or against):
                continue
            # "threatened to send Syrian refugees to Europe", "refused to extradite X to the US": sent to the threatened
            sent = any(t.dative or t.object_must_not_be_actor for t in senses)
            # ("opposed giving Georgia a NATO membership action plan": the dative too)
            dative = [o for o in x.children if o.dep_ == "dative" and o.pos_ != "ADP"]
            objects = self.clauses.pobjs(x, ("to",)) + dative if sent else [o for o in x.children if o.dep_ == "dobj"]
            let = x.lemma_.lower() in self.lex["control_verbs"] | {"let"}  # "refused to let IAEA inspectors visit": whom
            objects = objects or [s for c in x.children if c.dep_ == "ccomp" and let for s in c.children if s.dep_ == "nsubj"]
            targets += [r for o in objects for r in res.refs(o, "target", owner=True)]
            if not targets:  # "declined to extradite the suspects to Britain", "refused to hold talks with the US",
                # "threatened to take action against the South" (the relation's own prepositions)
                heads = [x, *(o for o in x.children if o.dep_ == "dobj")]
                joined = x.lemma_.lower() in self.lex["participation_verbs"] | self.lex["compliance_verbs"]  # "take part in"
                preps = ("to", "with", *self.rules.relations[trig.relation].target_preps, *("in",) * joined)
                found = [r for h in heads for p in self.clauses.pobjs(h, preps) for r in res.refs(p, "target", owner=joined)]
                targets += [r for r in found if r.via in DIRECT or (joined and r.via in ("owner", "force"))]  # ("U.S.-led")
        return targets

    def _other_targets(self, res, verb, trig, relation, targets, objects, sources) -> tuple[list[Ref], str]:
        """Targets a verb's own words do not name: where an attack struck, whom a threat or a speech is about, whose
        proposal a refusal answers, who made the charge a denial answers."""
        if not targets and relation == "attack" and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            targets = [t for i, _, t in res.events if i == verb.head.i and t.key]  # "stormed a Kenyan base in Somalia,
            # killing dozens of soldiers": those the act it goes on from struck, not the ground
        if not targets and relation == "attack":  # "struck targets in Gaza", "killed 30 people in Balochistan", "hit a
            # refinery in Russia's Ryazan region" (the place hung on what was hit)
            armed = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and self._armed(c)]  # "airstrikes in Gaza killed"
            targets = self.clauses.struck_ground(res, verb, objects + armed, armed)
        if not targets and relation == "threaten":  # "vowed to respond ... after North Korean artillery shelled an
            answers = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in self.lex["retaliation_words"]]
            targets = self.clauses.occasioned(res, [verb, *answers]) if answers else []  # island"
            targets = targets or self.claims.threatened(res, verb, sources)
        if not targets and (trig.speech or trig.speech_relation) and not objects:
            targets = self.claims.speech_targets(res, verb)
            relation = trig.speech_relation or relation
        if not targets and not objects and relation == "reject":  # "the Chinese side proposed ..., but the EU refused"
            targets = res.last_proposer(verb, {s.key for s in sources})
        if not targets and relation == "reject":  # "turned down an invitation to join BRICS": the body one is asked into
            invited = [c for o in objects if o.lemma_.lower() in self.lex["invitation_nouns"] for c in o.children]
            joining = self.lex["joining_verbs"] | self.lex["participation_verbs"]  # ... or to attend the SCO summit
            joined = [d for c in invited if c.dep_ == "acl" and c.lemma_.lower() in joining for d in c.children]
            joined = [d for d in joined if d.dep_ == "dobj"]
            targets = [r for d in joined for r in res.refs(d, "target", owner=True)]
        # "dismissed accusations ...", "denied involvement", "deny providing sanctuary to militants": a charge denied
        gerunds = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")] + [a for o in objects for a in o.lefts]
        denied = verb.lemma_.lower() == "deny" and any(c.tag_ == "VBG" for c in gerunds)  # ("supplying" made an adjective)
        denied = denied or any(o.lemma_.lower() in self.lex["blame_nouns"] for o in objects)
        # "accused Beijing of cyberattacks, which China denied": the act charged, denied
        charged = verb.dep_ == "relcl" and any(
            t.relation == "accuse" and fits_words(t, a)
            for a in verb.head.ancestors
            for t in self.rules.verbs.get(a.lemma_.lower(), ())
        )
        denied = denied or charged
        if not targets and relation == "reject" and denied:
            targets = res.accusers({s.key for s in sources})
        return targets, relation

    def frame(self, res: Resolver, verb: Token, trig: Trigger) -> tuple[Trigger, str | None]:
        """The trigger and modality of a verb's clause; negated, a trigger with a ``negated`` relation takes it
        ("did not support the plan" rejects it) and is otherwise judged as asserted."""
        stop = self.clauses.ceased(verb) if trig.relation == "support" else None
        if stop is not None:  # "stopped sending weapons to Ukraine", "would no longer supply arms": aid cut (CAMEO 162)
            cut = dataclasses.replace(trig, relation="sanction", cameo="162", negated=None)
            modality = self.clauses.modality(stop, res.year, negation=stop is not verb)
            if stop is not verb and any(c.dep_ == "advcl" and self.clauses.condition(c) for c in verb.children):
                modality = "threatened" if modality == "planned" else None  # "would stop supplying Israel if it ..."
            return cut, modality
        modality = self.clauses.modality(verb, res.year)
        if trig.only_negated and modality is not None:
            return trig, None
        # "would not negotiate with the US": a meeting or tie refused from now on is a rejection ("will not help Russia
        # get around sanctions" refuses no one)
        refused = trig.relation in ("meet", "cooperate") and self.clauses.refused_ahead(verb)
        if modality is not None or not (trig.negated or refused) or not self.clauses.negated(verb):
            return trig, modality
        relation = self.rules.relations[trig.negated or "reject"]
        negated = dataclasses.replace(trig, relation=relation.name, cameo=relation.cameo, negated=None)
        modality = self.clauses.modality(verb, res.year, negation=False)
        # "will not establish relations with Israel unless ...": refused on a condition is refused all the same
        return negated, "asserted" if (refused or trig.only_negated) and modality in ("planned", "threatened") else modality

    def _armed(self, tok: Token) -> bool:
        """Whether a word names a weapon or an armed act ("airstrikes", "shelling")."""
        word = tok.lemma_.lower()
        return word in self.lex["weapon_nouns"] or any(t.relation == "attack" for t in self.rules.nouns.get(word, ()))

    def _venue(self, pobj: Token, named: bool) -> bool:
        """Whether an "at" phrase is where an act was done, not whom at: "criticised Japan at the U.N. General Assembly"
        (a target is named already), "lashed out at a Security Council meeting" (a gathering)."""
        return pobj.head.lower_ == "at" and (named or pobj.lemma_.lower() in self.lex["venue_nouns"])
