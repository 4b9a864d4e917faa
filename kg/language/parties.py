"""Who a trigger noun joins, where its own phrase does not say: the sides named in its hyphenated modifiers ("the
Mexico-Canada talks"), who an act received comes from and falls on ("Israel drew criticism from Turkey"), whom a
relationship noun describes ("Saudi Arabia, a close ally of Egypt"), who imposes sanctions that act ("US sanctions
targeting Iran"), and who threatens what one is told to face ("accept a ceasefire or face sanctions"). Used by
:class:`kg.language.nominal.NominalRules`."""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from ..model import Relation
from .clauses import Clauses
from .refs import SUBJECTS, Found, Ref
from .resolve import Resolver
from .rules import Rules, Trigger, fits_modifiers

__all__ = ["NounParties"]

DASHES = ("-", "--", "\u2013", "\u2014", ":")


class NounParties:
    """The party moves of the noun rules, driven by ``data/lexicon.yaml``."""

    def __init__(self, rules: Rules, clauses: Clauses):
        self.rules, self.lex, self.clauses = rules, rules.lexicon, clauses

    def met(self, res: Resolver, gov: Token) -> list[Ref]:
        """Whom support pledged, or a pact signed, in a clause joined to a meeting goes to: the one met ("hosted his Somali
        counterpart and pledged military support", "met Zelensky and pledged more aid", "met Shevardnadze and signed a
        friendship treaty")."""
        first = gov.head if gov.dep_ == "conj" else None
        if first is None or not any(t.relation == "meet" for t in self.rules.verbs.get(first.lemma_.lower(), ())):
            return []
        return [r for c in first.children if c.dep_ == "dobj" for r in res.refs(c, "target")]

    def group_pairs(self, res: Resolver, held: list[Token], group: list[Ref], sides: bool, gov: Token | None = None):
        """Those who do a mutual act together, each with each ("talks between A, B and C"), but one with each of a list
        named after "and" ("the agreement between Iran and the United States, Britain, France, Russia and China") or
        after a dash (:meth:`dashed_sides`); ``sides``: one name only, as "the Chinese side" and "the U.S. side"."""
        first = next((p for h in held for p in self.clauses.pobjs(h, ("between",))), None)
        rest = [c for c in first.conjuncts if c.i > first.i] if first is not None else []
        doc = first.doc if first is not None else None
        if len(rest) > 2 and doc[rest[0].left_edge.i - 1].lower_ == "and" and doc[rest[1].left_edge.i - 1].text == ",":
            one = {r.key: r for r in res.ref(first)}
            return [(a, b) for a in one.values() for b in {r.key: r for c in rest for r in res.ref(c)}.values() if a.key != b.key]
        sides_named = [{r.key: r for r in res.ref(t)} for t in (first, *rest)] if len(rest) == 1 else []
        if any(len(side) > 1 for side in sides_named):  # "between Iran and the six powers": each side with the other's
            return [(a, b) for a in sides_named[0].values() for b in sides_named[1].values() if a.key != b.key]
        dashed = self.dashed_sides(res, gov) if gov is not None else []
        if dashed:
            return dashed
        unique = {r.key: r for r in group}
        return [(a, b) for a, b in itertools.combinations(unique.values(), 2) if a.text != b.text or sides]

    @staticmethod
    def dashed_sides(res: Resolver, verb: Token) -> list[tuple[Ref, Ref]]:
        """The pairs of a subject whose group is spelt out after a dash, one side with each of the list: "Iran and six
        world powers - the United States, Britain, France, Germany, Russia and China - reached an agreement"."""
        subject = next((s for s in verb.children if s.dep_ in SUBJECTS), None)
        for head in (subject, *subject.conjuncts) if subject is not None else ():
            if head.tag_ == "NNS" and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text in DASHES:
                listed = [c for c in head.conjuncts if c.i > head.i]
                one = {r.key: r for t in (subject, *subject.conjuncts) if t.i < head.i for r in res.ref(t)}
                rest = {r.key: r for c in listed for r in res.ref(c)}
                return [(a, b) for a in one.values() for b in rest.values() if a.key != b.key]
        return []

    def teller(self, res: Resolver, noun: Token) -> list[Ref]:
        """Who tells of talks they are in: "Pakistan said talks with the IMF are going well" (a party; not "said talks with
        Washington would not lift ...", which tells of none)."""
        told_as = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "the round of talks"
        said = told_as.head if told_as.dep_ in SUBJECTS and told_as.head.dep_ == "ccomp" else None
        if said is None or said.head.lemma_.lower() not in self.lex["speech_verbs"]:
            return []
        return self.clauses.subjects(res, said.head) if self.clauses.modality(said, res.year) is not None else []

    @staticmethod
    def not_themselves(targets: list[Ref], sources: list[Ref]) -> list[Ref]:
        """No targets when all are the doers themselves, pointed back to: "Both countries sent delegations to Niamey to
        show their solidarity with the new authorities" (the authorities are not the two)."""
        doers = {s.key for s in sources}
        return [] if targets and all(t.via == "anaphora" and t.key in doers for t in targets) else targets

    def modifiers(self, res: Resolver, noun: Token) -> list[Ref]:
        """Actors named in the modifiers of a noun: "a Russian attack", "the NATO summit"; and who leads it: "the U.S.-led
        invasion of Iraq"."""
        led = [c for c in noun.children if c.tag_ == "VBN" and c.lemma_.lower() in self.lex["leading_verbs"]]
        mods = [c for c in [*noun.children, *(m for c in led for m in c.children)] if c.dep_ in ("amod", "compound", "nmod")]
        mods += [m for c in led for m in c.children if m.dep_ == "npadvmod"]
        return [r for c in mods if c.i in res.mentions for r in res.refs(c)]

    @staticmethod
    def paired_modifiers(res: Resolver, noun: Token) -> list[Ref]:
        """Actors joined by a hyphen in the modifiers of a noun: "the Mexico-Canada talks", "a U.S.-Ukraine deal"."""
        mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
        tokens = [t for c in mods for t in c.subtree if t.i in res.mentions]
        if len(tokens) < 2 or not any(t.text == "-" for c in mods for t in c.subtree):
            return []
        return list({r.key: r for t in tokens for r in res.ref(t)}.values())

    def received(self, res: Resolver, noun: Token, gov: Token | None, trig: Trigger) -> list[tuple[Ref, Ref]]:
        """ "Israel drew criticism from Turkey", "came under fire from", "won backing from": the act comes from the
        ``from`` phrase (or the trigger's ``given_by``) and falls on the subject of the receiving verb."""
        rel = self.rules.relations[trig.relation]
        if gov is not None and rel.name == "support" and noun.dep_ == "pobj" and noun.head.lower_ == "with":
            # "seized Goma with the backing of Rwandan troops", "with support from the UK": the doer receives it
            givers = [r for p in self.clauses.pobjs(noun, ("of", "from")) for r in res.refs(p, "source")]
            givers += [r for c in noun.children if c.dep_ in ("poss", "amod", "compound") for r in res.refs(c, "source")]
            return [(a, b) for a in givers for b in self._receivers(res, gov) if a.key != b.key]
        defied = gov is not None and noun.dep_ == "pobj" and noun.head.lower_ in self.lex["defiance_preps"]
        if defied and rel.family == "hostile" and not self.clauses.pobjs(noun, trig.target_preps or rel.target_preps):
            # "tested the system despite U.S. threats", "despite criticism from France": it falls on who acts regardless
            givers = [r for p in self.clauses.pobjs(noun, ("from", "by", "of")) for r in res.refs(p, "source", owner=True)]
            givers += [r for c in noun.children if c.dep_ in ("poss", "amod", "compound") for r in res.refs(c, "source")]
            return [(a, b) for a in givers for b in self._receivers(res, gov) if a.key != b.key]
        passive = gov is not None and any(c.dep_ == "auxpass" for c in gov.children)
        struck = passive and noun.head.lower_ == "with" and gov.lemma_.lower() in self.lex["struck_with_verbs"]
        if struck or (passive and noun.dep_ == "dobj" and gov.lemma_.lower() in self.lex["given_verbs"]):
            # "Iran was hit with new European Union sanctions": the act falls on the passive subject
            givers = [r for c in noun.children if c.dep_ in ("poss", "amod", "compound") for r in res.refs(c, "source")]
            givers += [r for p in [*self.clauses.agents(gov), *self.clauses.pobjs(noun, ("by",))] for r in res.refs(p, "source")]
            receivers = [r for c in gov.children if c.dep_ == "nsubjpass" for r in res.refs(c, "target")]
            return [(a, b) for a in givers for b in receivers if a.key != b.key]
        if gov is None or (rel.symmetric and not trig.given_by) or gov.lemma_.lower() not in self.lex["receiving_verbs"]:
            return []
        if rel.name == "attack" and self.clauses.pobjs(noun, trig.target_preps):
            return []  # "prompting Israeli strikes on southern Lebanon": where the strikes fall is told
        # "received $100 billion in aid from the US", "dozens of tanks": the sum received is the aid
        held = noun.head.head
        unit = held.lemma_.lower() in self.lex["quantity_nouns"] or held.pos_ == "NUM"
        counted = (noun.head.lower_ == "in" or (noun.head.lower_ == "of" and unit)) and held.dep_ == "dobj" and held.head == gov
        sums = [c for c in gov.children if c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.pos_ == "NUM")]
        counted = counted or (noun.head.lower_ == "in" and held == gov and bool(sums))  # "billions of dollars [in aid]"
        if (
            noun.head.i != gov.i
            and not counted
            and not (noun.head.lower_ in ("under", "with", "on", "from") and noun.head.head.i == gov.i)
        ):
            return []  # "drew criticism from Turkey over the raid": the raid is not what Israel drew; "came under fire",
            # "met with criticism from", "relies on U.S. aid" are
        preps = trig.given_by or (("from", "of") if rel.name == "support" else ("from", "by"))  # ("faced a boycott by")
        holders = [noun, gov, *self.clauses.pobjs(noun, ("of",))]  # "a threat of countermeasures from Beijing"
        givers = [r for h in holders for p in self.clauses.pobjs(h, preps) for r in res.refs(p, "source")]
        if rel.name == "accuse":  # troops do not speak: "came under fire from Russian forces" is no charge
            givers = [r for r in givers if r.via != "force"]
        summed = counted and (unit or held.ent_type_ == "MONEY" or held == gov)  # not "a ceasefire in the Russia-Ukraine war"
        if not givers and (summed or noun.head.i == gov.i or noun.head.lower_ in ("on", "from")):  # "accepted Chinese
            # funding", "received Germany's backing", "relies on U.S. aid", "benefits from Russia's protection", "accepted $2
            # billion in Chinese funding"
            givers = [r for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") for r in res.refs(c, "source")]
        receivers = self._receivers(res, gov) if givers else []
        return [(a, b) for a in givers for b in receivers if a.key != b.key]

    def arrived(self, res: Resolver, noun: Token, gov: Token, trig: Trigger) -> list[tuple[Ref, Ref]]:
        """ "Condemnation poured in from Jordan and Egypt after Israel's minister toured the compound": a reaction that
        arrives (``arrival_verbs``) comes from the ``from`` phrase and falls on the doer of what it came after."""
        givers = [r for h in (noun, gov) for p in self.clauses.pobjs(h, ("from",)) for r in res.refs(p, "source")]
        targets = [r for p in self.clauses.pobjs(noun, trig.target_preps) for r in res.refs(p, "target")]
        after = [c for c in gov.children if c.dep_ == "advcl" and any(m.lower_ in ("after", "when") for m in c.children)]
        targets = targets or [r for c in after for r in self.clauses.subjects(res, c)]
        return [(a, b) for a in givers if a.via != "force" for b in targets if a.key != b.key]

    def _receivers(self, res: Resolver, gov: Token) -> list[Ref]:
        """The subject of a receiving verb, or the doer of the act or the maker of the thing that is its subject: "Israel's
        strike drew condemnation from France", "the move sparked criticism from", "the measure passed with support from";
        after a comma, a participle the parser hung in a relative clause goes on from the main one ("vetoed a resolution
        that would have referred the conflict to the ICC, drawing a rebuke from Washington": the veto draws it)."""
        told = gov.head.head.head if gov.dep_ == "advcl" and gov.head.dep_ == "relcl" and gov.doc[gov.i - 1].is_punct else None
        gov = told if told is not None and told.pos_ in ("VERB", "AUX") else gov
        receivers = self.clauses.subjects(res, gov)
        if not receivers:
            acts = [c for c in gov.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
            receivers = [r for c in acts for r in res.refs(c, "target", owner=True)]
            receivers += [r for c in acts if c.lemma_.lower() in self.lex["event_nouns"] for r in res.event_antecedent(c)]
            # ("the strikes were carried out with support from Australia": the doers of the strikes told before)
            done = [c for c in gov.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in res.acts]
            receivers += [r for c in done if not receivers for r in res.event_antecedent(c)]
        return receivers

    def bearers(self, res: Resolver, noun: Token, trig: Trigger) -> list[tuple[Ref, Ref]]:
        """Who a relationship noun describes, and with whom: "Saudi Arabia, a close ally of Egypt", "its longtime ally
        Australia", "Canada and Mexico are long-time U.S. allies", "China and Malaysia, old friends"."""
        if any(t.lower_ in self.lex["former_words"] for c in noun.lefts for t in c.subtree):
            return []  # "Rwanda and Uganda, once close allies": no more
        bearers, first = [], noun
        while first.dep_ == "conj" and first.head != first:  # "a staunch ally and the U.S.'s biggest trading partner"
            first = first.head
        counted = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else None
        if counted is not None and (counted.pos_ == "NUM" or counted.lemma_.lower() in self.lex["quantity_nouns"]):
            first = counted  # "Poland, one of Ukraine's staunchest allies"
        if first.dep_ == "appos":
            bearers = res.refs(first.head)
        elif first.dep_ == "attr" and first.head.lemma_.lower() in self.lex["bridge_verbs"]:
            bearers = self.clauses.subjects(res, first.head)
        elif first.dep_ == "pobj" and first.head.lower_ == "as" and first.head.head.lemma_.lower() in self.lex["role_verbs"]:
            bearers = self.clauses.subjects(res, first.head.head)  # "India has emerged as a major buyer of Russian crude"
        viewers = []  # "Ivory Coast considers France a key partner": a partner of the one who considers it so
        if first.dep_ in ("ccomp", "oprd") and first.head.lemma_.lower() in self.lex["label_verbs"]:
            called = [c for c in first.children if c.dep_ == "nsubj"] + [c for c in first.head.children if c.dep_ == "dobj"]
            bearers, viewers = [r for c in called for r in res.refs(c)], self.clauses.subjects(res, first.head)
        bearers += [r for c in noun.children if c.dep_ == "appos" for r in res.refs(c)]
        # "a staunch ally and the U.S.'s biggest trading partner": one party for the listed relationships
        parties = [r for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") for r in res.refs(c)]
        listed = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        parties += [
            r
            for n in listed
            for c in n.children
            if c.dep_ in ("poss", "amod", "compound")
            for r in res.refs(c)
            if r.via != "anaphora"
        ]
        named = [r for p in self.clauses.pobjs(noun, trig.target_preps) for r in res.refs(p, "target", owner=trig.owner_target)]
        parties += named or viewers
        if not parties and noun.tag_ in ("NNS", "NNPS"):
            return list(itertools.combinations({r.key: r for r in bearers}.values(), 2))
        return [(a, b) for a in bearers for b in {r.key: r for r in parties}.values() if a.key != b.key]

    def senders(self, res: Resolver, noun: Token, halted: list[Token]) -> list[Ref]:
        """Whose goods a transfer sends ("the transfer of Iran's drones to Russia", "transfers of munitions from North
        Korea"), or whose a pause stops ("the pause in U.S. aid to Ukraine"; ``halted``: what it pauses)."""
        if noun.lemma_.lower() not in self.lex["transfer_nouns"] and not halted:
            return []
        if any(c.lemma_.lower() in self.lex["holding_nouns"] for c in noun.children):
            return []  # "an asset freeze on Russia's central bank": what is held still is the holder's, not what it sends
        goods = [c for p in halted or self.clauses.pobjs(noun, ("of",)) for c in p.children]
        origins = [q for t in (noun, *self.clauses.pobjs(noun, ("of",))) for q in self.clauses.pobjs(t, ("from",))]
        found = [r for p in origins if not halted for r in res.refs(p, "source")]
        return found + [
            r
            for c in goods
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i in res.mentions)
            for r in res.refs(c, "source")
        ]

    def between(self, noun: Token, gov: Token, relation: str) -> list[Token]:
        """The nouns between a trigger noun and its light verb, whose prepositions may name its target ("defending plans
        for joint drills with Russia"); not another event of its kind, which holds its own ("held talks with his
        Chinese counterpart at the SCO meeting": the Chinese minister is no party to the SCO's meeting)."""
        return [
            t
            for t in noun.ancestors
            if t.i != gov.i
            and t.pos_ == "NOUN"
            and gov.i in {a.i for a in t.ancestors}
            and not any(s.relation == relation for s in self.rules.nouns.get(t.lemma_.lower(), ()))
        ]

    def told_targets(self, res: Resolver, noun: Token, trig: Trigger) -> list[Ref]:
        """Whom a charge or a threat its clause tells of is aimed at: "the accusation that Russia ...", "the claim that
        the attack was orchestrated by militants", "Trump's threat to impose tariffs on Mexico"."""
        targets: list[Ref] = []
        if trig.relation == "accuse":
            for c in noun.children:
                if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
                    targets += [r for s in c.children if s.dep_ in SUBJECTS for r in res.refs(s, "target") if r.via != "anaphora"]
                    # "the claim that the attack was orchestrated by militants with bases in Afghanistan": its doers
                    targets += [r for a in self.clauses.agents(c) for r in res.refs(a, "target")]
                    targets += [r for p in self.clauses.pobjs(c, trig.target_preps) for r in res.refs(p, "target")]
                    # "the allegation that the attack was planned and directed from Afghan soil": where it came from
                    acts = [c, *(v for v in c.children if v.dep_ == "conj" and v.pos_ == "VERB")]
                    targets += [
                        r for v in acts for p in self.clauses.pobjs(v, ("from",)) for r in res.refs(p, "place", owner=True)
                    ]
        if trig.relation == "threaten":  # "Trump's threat to impose tariffs on Mexico", "a threat to invade Taiwan"
            for c in (c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"):
                heads = [c, *(o for o in c.children if o.dep_ == "dobj")]
                targets += [r for o in heads[1:] for r in res.refs(o, "target", owner=True)]
                targets += [
                    r for h in heads for p in self.clauses.pobjs(h, ("on", "against")) for r in res.refs(p, "target", owner=True)
                ]
        return targets

    def joined(self, res: Resolver, noun: Token, gov: Token | None, rel: Relation, sides: tuple[list[Ref], ...], own: bool):
        """A noun's doers (its own, else with ``own`` its clause's) and targets; a hostile act joined (``joining_verbs``)
        is the joiners' too, on whom it is aimed or, named again ("joining the raids"), its kin told before was."""
        clause, sources, targets = sides
        sources = sources or (clause if own else [])
        if rel.family != "hostile" or gov is None or noun.dep_ != "dobj" or gov.lemma_.lower() not in self.lex["joining_verbs"]:
            return sources, targets
        return [*clause, *sources], targets or (res.kin_targets(noun) if noun.doc[noun.left_edge.i].lower_ == "the" else [])

    def light(self, noun: Token, dep: str, gov: Token) -> bool:
        """Whether a noun is what its verb does: its object, or "of"/"with" it ("warned of retaliation against Seoul",
        "threatened Iran with retaliation"), what an appeal is "for" ("called for a total war against al-Shabab"), what
        one says "in" ("said in a warning to India"), what one comes "to" ("rushed to the defence of Kyiv"), or what one
        is "at" ("was at war with Hamas"); not what a phrase under its object names ("a ceasefire in its war with Iraq")."""
        preps = ("of", "with", "for") if gov.lemma_.lower() in self.lex["appeal_verbs"] else ("of", "with")
        said, labelled = gov.lemma_.lower() in self.lex["speech_verbs"], gov.lemma_.lower() in self.lex["label_verbs"]
        preps += ("in",) * said + ("as",) * labelled  # "said in a warning to India", "described the drills as a warning to"
        preps += ("to",) * (gov.lemma_.lower() in self.lex["rescue_verbs"])  # "leapt to the defence of Damascus"
        if gov.lemma_.lower() in ("be", "remain"):  # "was at war with Hamas" (not "an ally in the war against")
            return dep == "pobj" and noun.head.lower_ == "at"
        return dep == "dobj" or (dep == "pobj" and noun.head.lower_ in preps and noun.head.head == gov)

    def named_work(self, noun: Token, dep: str, gov: Token | None) -> bool:
        """Whether a trigger word is only part of a name: "Organisation of Islamic Cooperation", "violated the Minsk
        Agreements" (its place no party); but those who signed the Abraham Accords agreed."""
        if noun.ent_type_ not in ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART"):
            return False
        signed = gov is not None and dep == "dobj" and gov.lemma_.lower() in self.lex["copresence_verbs"]
        return not (signed and noun.lemma_.lower() in self.lex["agreement_nouns"])

    def asked(self, noun: Token, dep: str, gov: Token | None, trig: Trigger, presupposed: bool) -> bool:
        """Whether an act is only asked of its owner: "called for tough U.N. sanctions against Pyongyang", "urged U.N.
        sanctions" (``appeal_verbs``; not "called out China for its support", nor "called the invasion a crime")."""
        if gov is None or gov.lemma_.lower() not in self.lex["appeal_verbs"] - set(trig.requires_verb):
            return False
        bare = not any(c.dep_ in ("dobj", "prt") for c in gov.children)
        return (noun.head.lower_ == "for" and bare) or (dep == "dobj" and presupposed and gov.lemma_.lower() != "call")

    def negotiated(self, noun: Token, relation: str) -> bool:
        """Whether a deal or a supply is only what talks are about: "launched talks on a free trade agreement",
        "negotiations over a peace deal", "talks on electricity supplies" (the talks meet; nothing is agreed or given yet)."""
        about = noun.dep_ == "pobj" and noun.head.lower_ in ("on", "over", "about", "toward", "towards", "for")
        if relation not in ("cooperate", "support") or not about:
            return False
        talks = noun.head.head  # (support talked of is named by talks: not "called out China for its support")
        if relation == "support" and talks.pos_ not in ("NOUN", "PROPN"):
            return False
        if talks.lemma_.lower() in self.lex["idea_nouns"]:  # "talks on a proposal for a ceasefire": only proposed
            return True
        table = self.rules.nouns if talks.pos_ in ("NOUN", "PROPN") else self.rules.verbs
        return any(t.relation == "meet" for t in table.get(talks.lemma_.lower(), ()))

    def acting_sanctions(self, verb: Token) -> list[Token]:
        """The sanctions that act: the verb's subject, the noun a participle describes, or a passive's doer ("Chinese
        goods were hit by US tariffs", "hit with EU sanctions"), or what the act is done in or with ("target Russian
        banks and oil in toughest sanctions yet", "hit Russia with sanctions")."""
        agents = [c for c in verb.children if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ in ("acl", "relcl") else [])
        agents += self.clauses.pobjs(verb, ("with", "in"))
        if any(c.dep_ == "auxpass" for c in verb.children):
            agents += self.clauses.agents(verb)
        return [
            a
            for a in agents
            if any(t.relation == "sanction" and fits_modifiers(t, a) for t in self.rules.nouns.get(a.lemma_.lower(), ()))
        ]

    def imposers(self, res: Resolver, verb: Token) -> list[Ref]:
        """Who imposes the sanctions that act: their owner ("US sanctions", "Washington's tariffs") or the agent of
        a participle or clause on them ("the sanctions announced by Washington", ", which were announced by"), or of the
        clause they are the passive subject of ("the sanctions, which target Russia's oil revenue, were agreed by the G7")."""
        nouns = self.acting_sanctions(verb)
        owners = [r for n in nouns for c in n.children if c.dep_ in ("poss", "compound", "amod") for r in res.refs(c, "source")]
        return (
            owners
            + [
                r
                for n in nouns
                for c in n.children
                if c.dep_ in ("acl", "relcl")
                for p in self.clauses.agents(c)
                for r in res.refs(p)
            ]
            + [r for n in nouns if n.dep_ == "nsubjpass" for p in self.clauses.agents(n.head) for r in res.refs(p)]
        )

    def compounded(self, res: Resolver, noun: Token, gov: Token | None, clause: list[Ref]) -> list[Ref]:
        """Whom a measure the clause's subject takes (``taking_verbs``) is aimed at, named as a compound: "imposed new
        Russia sanctions", "passed a Ukraine aid package" (not "would violate U.N. sanctions")."""
        if gov is None or gov.lemma_.lower() not in self.lex["taking_verbs"]:
            return []
        named = [r for c in noun.children if c.dep_ == "compound" and c.i in res.mentions for r in res.refs(c)]
        return [r for r in named if r.key not in {c.key for c in clause}]

    def ultimatum(self, res: Resolver, noun: Token, face: Token, trig: Trigger) -> list[Found]:
        """A hostile act someone is told they will face, as the other course of what they are told to do, is a threat
        from who told them: "urged Russia to accept a ceasefire or face additional sanctions"."""
        if self.rules.relations[trig.relation].family != "hostile":
            return []
        teller = face
        while teller.dep_ in ("conj", "xcomp") and teller.head != teller:
            teller = teller.head
        if teller is face or self.clauses.modality(teller, res.year) is None:
            return []
        told = [r for c in teller.children if c.dep_ == "dobj" for r in res.refs(c, "target")]
        cameo = self.rules.relations["threaten"].cameo
        return [
            Found("threaten", noun, cameo, "noun", s, t, "asserted")
            for s in self.clauses.subjects(res, teller)
            for t in told
            if s.key != t.key
        ]

    def guests(self, verb: Token, trig: Trigger, targets: list[Ref]) -> list[tuple[Ref, Ref]]:
        """ "Biden welcomed Albanese and Sunak to a naval base for talks": guests hosted together for talks (a hosting
        sense, CAMEO 043, with "for" a joint noun, however deep in the verb's phrases) meet each other too; so do
        those met at once ("huddles with Kishida and Marcos in first trilateral summit", ``multilateral_words``), and
        those a host gathers ("hosted Aliyev and Pashinyan at the White House", ``gathering_verbs``)."""
        phrases = [t for t in verb.subtree if all(a.dep_ in ("prep", "pobj") for a in t.ancestors if verb in a.ancestors)]
        joint = self.lex["joint_nouns"]
        talks = [t for t in phrases if t.dep_ == "pobj" and t.head.lower_ == "for" and t.lemma_.lower() in joint]
        together = trig.relation == "meet" and any(t.lower_ in self.lex["multilateral_words"] for t in phrases)
        hosted = trig.cameo == "043" and (bool(talks) or verb.lemma_.lower() in self.lex["gathering_verbs"])
        guests = list({t.key: t for t in targets}.values()) if hosted or together else []
        return list(itertools.combinations(guests, 2))
