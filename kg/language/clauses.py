"""Clause-level moves shared by the extractor and the claim finder: who the subject is, which
prepositional objects hang off a word, which verb governs a noun, and whether a clause is asserted,
planned, threatened or not real at all (negated, denied, hypothetical, historical)."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Token

from .refs import SUBJECTS, SUBORDINATE, Ref
from .resolve import Resolver

__all__ = ["Clauses"]


PARTICLES = ("out", "away", "off", "back", "up", "down")
#: An act dated more than this many years before the article is history, not news ("invaded Cyprus in 1974"); a recent
#: one told in passing still counts, as the VOA labels code it ("the 2004 bombing of a French base", told in 2021).
HISTORY_YEARS = 20


class Clauses:
    """Parse-tree moves over one clause, driven by the word lists of ``data/lexicon.yaml``."""

    def __init__(self, lexicon: dict[str, frozenset[str]]):
        self.lex = lexicon
        self._doc: Doc | None = None  # the document whose clauses are memoised: the rules and features ask again
        self._memo: dict[tuple[int, int | None, bool], str | None] = {}

    def modality(self, tok: Token, year: int | None = None, negation: bool = True) -> str | None:
        """``asserted``, ``planned``, ``threatened`` (under "vow", "threaten", "consider", or a future act on a
        condition), ``hinted`` (a possible act, said: "said it could retaliate"), or None for negated, denied or
        hypothetical. Without ``negation`` the word's own negation (:meth:`negated`) is passed over."""
        if tok.doc is not self._doc:
            self._doc, self._memo = tok.doc, {}
        key = (tok.i, year, negation)
        if key not in self._memo:
            self._memo[key] = self._modality(tok, year, negation)
        return self._memo[key]

    def negated(self, tok: Token) -> bool:
        """Whether a word itself is negated: "did not support", "its reluctance to endorse", "refused to cave"."""
        refusals = self.lex["refusal_nouns"] | self.lex["refusal_verbs"]
        refused = tok.dep_ in ("acl", "xcomp") and tok.head.lemma_.lower() in refusals
        return refused or self.no_longer(tok) or any(c.dep_ == "neg" for c in tok.children)

    def no_longer(self, verb: Token) -> bool:
        """Whether a verb is negated by a negated adverb of time: "would no longer send weapons", "will no more talk"."""
        return any(
            c.dep_ == "advmod" and c.lower_ in self.lex["negating_adverbs"] and any(g.dep_ == "neg" for g in c.children)
            for c in verb.children
        )

    @staticmethod
    def condition(clause: Token) -> bool:
        """Whether a clause is a condition: "if Europe keeps its levy", "unless Kyiv pays"."""
        return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children)

    def ceased(self, verb: Token) -> Token | None:
        """The word that stops a verb's act from now on: "stopped sending weapons" (stopped), "would no longer supply
        arms" (the verb itself); None when nothing stops it (a refusal or a denial is no stop)."""
        if self.no_longer(verb):
            return verb
        stops = self.lex["cessation_verbs"] - self.lex["refusal_verbs"] - self.lex["gainsay_verbs"]
        return verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in stops else None

    def refused_ahead(self, verb: Token) -> bool:
        """Whether a verb is negated from now on: "will not resume talks", "would not negotiate"."""
        children = list(verb.children)
        future = any(c.dep_ == "aux" and c.lower_ in self.lex["future_aux"] for c in children)
        return self.no_longer(verb) or (future and any(c.dep_ == "neg" for c in children))

    @staticmethod
    def onward(verb: Token) -> bool:
        """Whether a verb goes on with something: "pressed on with its offensive" (not "pressed Iran to stop")."""
        return any(c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "ahead", "forward") for c in verb.children)

    def weighs(self, verb: Token) -> bool:
        """Whether a verb weighs an act ("is considering sanctions"), not judges a thing ("considers Russia a threat")."""
        return verb.lemma_.lower() in self.lex["deliberation_verbs"] and not any(
            c.dep_ in ("oprd", "ccomp", "attr") for c in verb.children
        )

    def _modality(self, tok: Token, year: int | None, negation: bool = True) -> str | None:
        modality, t, clausal, came_by_conj = "asserted", tok, True, False
        threat = any(a.lemma_.lower() in self.lex["threat_verbs"] for a in (tok, *tok.ancestors))  # threats are often conditional
        if self.prospect(tok):
            return None
        for _ in range(6):
            if self.no_longer(t) and (negation or t.i != tok.i):
                return None
            for c in t.children:
                if (c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "never"))) and (negation or t.i != tok.i):
                    return None
                if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                    return None
                if c.dep_ == "aux":
                    if c.lower_ in self.lex["future_aux"]:
                        modality = "planned"
                    elif c.lemma_.lower() in self.lex["hypothetical_aux"]:
                        # "Beijing hinted that it could retaliate": what may come, said; a threat if the actor says it
                        said = t.dep_ == "ccomp" and t.head.lemma_.lower() in self.lex["speech_verbs"]
                        return "hinted" if said and c.lower_ in self.lex["hinting_aux"] else None
            for c in t.children:  # "invaded Poland in September 1939", "the 1982 war": history ("since 1947" runs to now)
                if (
                    (c.dep_ == "prep" and c.lower_ in ("in", "during")) or c.dep_ in ("nummod", "compound", "npadvmod")
                ) and self.old(c, year):
                    return None
                if c.lower_ == "ago" and any(y.lemma_.lower() in ("year", "decade", "century") for y in c.subtree):
                    return None  # "Twenty years ago on Monday, ... invaded Iraq": an anniversary
                if c.dep_ == "advcl" and not threat and self.condition(c):
                    # "if Europe keeps its levy, we will impose tariffs": a future act on a condition is a threat
                    # (only a hostile one counts: "if elected, he would restore relations" is no event)
                    future = any(a.dep_ == "aux" and a.lower_ in self.lex["future_aux"] for a in t.children)
                    return "threatened" if future else None
            if t.dep_ in ("relcl", "acl") and any(
                c.dep_ in ("nummod", "compound") and self.old(c, year) for c in t.head.children
            ):
                return None  # "the 1982 war, in which Argentina invaded ..."
            if any(
                c.dep_ in SUBJECTS and any(d.dep_ == "det" and d.lower_ in ("no", "none") for d in c.children) for c in t.children
            ):
                return None  # "no date has been set for a meeting"
            subject_at = min((c.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), default=t.i)
            inverted = t.pos_ == "AUX" and t.lower_ in ("were", "had", "should") and t.i < subject_at
            if inverted or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "had", "should") and c.i < subject_at for c in t.children
            ):
                return None  # "Were Israel to hit Iran's oil facilities, ...": an inverted condition
            auxes = [c.lower_ for c in t.children if c.dep_ == "aux"]
            if "have" in auxes and ("would" in auxes or ("to" in auxes and t.head.lemma_ == "be")):
                return None  # "a resolution that would have deplored ...", "a summit that was to have brought together"
            if t is not tok and not came_by_conj:
                if t.lemma_.lower() in self.lex["threat_verbs"]:
                    # "vowed to annihilate South Korea" is a threat; "vowed ... in response to US strikes" is not
                    return "threatened" if clausal else None
                if self.weighs(t):  # "is considering sanctions against Somalia": a threat, like "vowed"
                    return "threatened" if clausal else None
                refused = not negation and t.i == tok.head.i and t.lemma_.lower() in self.lex["refusal_verbs"]
                exempt = refused or self.onward(t)  # "pressed on with its offensive": no appeal
                if t.lemma_.lower() in self.lex["denial_verbs"] | self.lex["irrealis_verbs"] and not exempt:
                    return None
                if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex["irrealis_nouns"]:
                    return None  # "little chance that another summit will take place": a prospect, not an event
                if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex["refusal_nouns"] and (negation or t.i != tok.head.i):
                    return None  # "its reluctance to endorse the plan": no endorsement
                if t.lemma_.lower() in self.lex["intent_verbs"]:
                    modality = "planned"
            if (
                t.dep_ == "advcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                and t.head.lemma_.lower() in self.lex["denial_verbs"]
            ):
                return None  # "vetoed a US push to impose sanctions", the infinitive parsed as a purpose
            bare_gerund = (
                t.dep_ == "advcl"
                and t.tag_ == "VBG"
                and not any(c.dep_ in ("nsubj", "mark") for c in t.children)
                and not any(x.is_punct for x in t.doc[min(t.i, t.head.i) : max(t.i, t.head.i)])
            )
            # "Russia denied that its forces had killed civilians in Bucha"; not "X accused Y ..., a charge Y denies",
            # which the parser makes a clause of the denial
            charged = any(c.dep_ == "dobj" and c.i > t.i and c.lemma_.lower() in self.lex["blame_nouns"] for c in t.head.children)
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.lex["gainsay_verbs"] and not charged:
                return None
            if t.dep_ == "ccomp" and modality == "planned" and t.head.lemma_.lower() in self.lex["belief_verbs"]:
                return None  # "he believes leaders from the U.S. and China will meet at some point": a guess
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in self.lex["wish_verbs"]:
                return None  # "she hopes the U.S. and Britain can work together": a wish
            # "no plans for Putin to meet Zelensky": an infinitive the parser hung on a noun as an adverbial clause
            noun_clause = t.dep_ == "advcl" and t.head.pos_ == "NOUN"
            # 'threatened on Tuesday to "totally destroy" North Korea': an infinitive the parser made an adverbial clause
            infinitive = (
                t.dep_ == "advcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                and t.head.lemma_.lower() in self.lex["threat_verbs"] | self.lex["irrealis_verbs"] | self.lex["intent_verbs"]
            )
            if (
                t.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "dobj", "acl", "conj")
                and not bare_gerund
                and not noun_clause
                and not infinitive
            ) or t.head == t:
                break  # "has not ruled out sending weapons": a bare gerund is the verb's complement
            if t.dep_ == "conj" and t.head.pos_ != t.pos_:
                break
            # "vowed to strike", "vowed retaliation", "warned of retaliation": what the threat says
            clausal = clausal and (
                t.dep_ in ("xcomp", "dobj") or infinitive or (t.dep_ in ("pobj", "prep") and "of" in (t.lower_, t.head.lower_))
            )
            came_by_conj = t.dep_ == "conj"  # "withdraw from the deal and reimpose sanctions": parallel, not under
            t = self._misattached(t) or t.head
        return modality

    def stated(self, noun: Token, year: int | None = None) -> str | None:
        """The modality of a noun by its own words alone: "no war", "any future war", "the 1982 war" are none."""
        children = list(noun.children)
        if self.prospect(noun) or any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "never")) for c in children):
            return None
        own = [c for c in children if c.dep_ in ("nummod", "compound", "npadvmod") or (c.dep_ == "prep" and c.lower_ == "in")]
        return None if any(self.old(c, year) for c in own) else "asserted"

    def prospect(self, tok: Token) -> bool:
        """Whether a word's modifiers make it a prospect: "any future meetings", "a possible summit"."""
        return any(c.dep_ in ("amod", "det") and c.lower_ in self.lex["prospect_modifiers"] for c in tok.children)

    def old(self, prep: Token, year: int | None) -> bool:
        """Whether a phrase dates its act to history: a year more than ``HISTORY_YEARS`` before the article's."""
        years = [int(t.text) for t in prep.subtree if t.like_num and len(t.text) == 4 and t.text.isdigit()]
        return bool(years) and year is not None and max(years) < year - HISTORY_YEARS

    def speaker(self, res: Resolver, pred: Token) -> list[Ref]:
        """Who makes the claim in the clause headed by ``pred``."""
        speech = self.lex["speech_verbs"]
        if pred.dep_ in ("ccomp", "parataxis") and pred.head.lemma_.lower() in speech:
            return self.subjects(res, pred.head)
        for c in pred.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl") and c.lemma_.lower() in speech:
                return self.subjects(res, c)
            if c.dep_ == "prep" and c.lower_ == "according":
                return [r for p in self.pobjs(c, ("to",)) for r in res.refs(p, "source")]
        return []

    def subjects(self, res: Resolver, verb: Token, depth: int = 0) -> list[Ref]:
        # "Egypt and Qatar are mediating": the parser sometimes hangs the subject on the auxiliary
        hung = [s for a in verb.children if a.dep_ == "aux" and a.i > 0 for s in a.children if s.dep_ == "nsubj"]
        for c in [*verb.children, *hung]:
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and depth > 0):  # "X is expected to meet Y"
                # headlines: "Philippines, Vietnam sign pact" leaves the first name unattached, "Modi, Putin hold talks"
                # makes it a clause, "Saudi Arabia, Iran agree" a second subject
                loose = [
                    r
                    for d in verb.children
                    if d.i in res.mentions
                    and (
                        (d.dep_ in ("dep", "npadvmod") and d.i < c.i)
                        or (d.dep_ == "advcl" and d.i < c.i and d.pos_ == "PROPN")
                        or (d.dep_ == "nsubj" and d.i != c.i)
                    )
                    for r in res.refs(d, "source")
                ]
                return loose + res.refs(c, "source") + res.companions(c, verb)
            if c.dep_ == "agent":
                return [r for p in c.children if p.dep_ == "pobj" for r in res.refs(p, "source")]
        if any(c.dep_ == "auxpass" for c in verb.children):  # the parser hung "by Russia" on a nearby noun
            nouns = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            by = [r for t in (verb, *nouns) for p in self.pobjs(t, ("by",)) for r in res.refs(p, "source")]
            # "were killed in an Israeli airstrike": an act of force the victims fell in is done by its force
            by = by or [
                r
                for p in self.pobjs(verb, ("in",))
                if p.lemma_.lower() in self.lex["agentive_nouns"]
                for r in res.refs(p, "source")
            ]
            if by:
                return by
            if depth < 3 and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex["threat_verbs"]:
                return self.subjects(res, verb.head, depth + 1)  # "warned that Hezbollah would be destroyed"
        if (
            depth < 3
            and verb.dep_ in ("relcl", "acl")
            and verb.head.dep_ == "attr"
            and verb.head.head.lemma_.lower() in self.lex["bridge_verbs"]
        ):
            return self.subjects(res, verb.head.head, depth + 1)  # "Russia became the first country to recognise ..."
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.lex["refusal_nouns"]:
            # "its reluctance to endorse ...": the owner of the noun is who does not ("Sweden's bid to join" is no joining)
            owners = [c for c in verb.head.children if c.dep_ == "poss" or any(d.dep_ == "case" for d in c.children)]
            owner = [r for c in owners for r in res.refs(c, "source")]  # "the latter’s refusal" parsed as an amod
            if owner:
                return owner
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and depth < 3:  # "passed a resolution criticising Iran"
            owner = res.refs(verb.head, "source", owner=True)
            if owner or verb.head.dep_ != "dobj":
                return owner
            return self.subjects(res, verb.head.head, depth + 1)
        control = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex["control_verbs"]
        controllers = [c for c in verb.head.children if c.dep_ == "dobj"] if control else []
        if controllers:  # "prompting Israel to order ...": the object of the verb above acts
            return [r for c in controllers for r in res.refs(c, "source")]
        if depth < 3 and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex["readiness_adjectives"]:
            return self.subjects(res, verb.head.head, depth + 1)  # "Ukraine is ready to accept the proposal"
        signed = verb.head.dep_ == "dobj" and verb.head.lemma_.lower() in self.lex["agreement_nouns"]
        if depth < 3 and verb.dep_ == "acl" and signed and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return self.subjects(res, verb.head.head, depth + 1)  # "France signed a contract to supply Armenia with ..."
        if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            return self.subjects(res, self._misattached(verb) or verb.head, depth + 1)
        if depth < 3 and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            outer = verb.head.head
            objects = [c for c in outer.children if c.dep_ == "dobj"]
            if not objects and outer.dep_ == "relcl" and verb.head.lower_ in ("of", "for"):
                objects = [outer.head]  # "a drone maker it accused of supplying Russia": the noun described
            if verb.head.lower_ in ("of", "for") or (objects and verb.head.lower_ == "to"):
                # "reprimanded Russia for invading", "commits Turkey to supplying Iraq": the object acts
                return [r for c in objects for r in res.refs(c, "source")]
            joined = objects if verb.head.lower_ == "in" and outer.lemma_.lower() in self.lex["joining_verbs"] else []
            # "told reporters after meeting Lavrov"; "Canada joined Britain in condemning ...": Britain condemns too
            return self.subjects(res, outer, depth + 1) + [r for c in joined for r in res.refs(c, "source")]
        return []

    @staticmethod
    def _misattached(verb: Token) -> Token | None:
        """The verb a conjoined verb belongs with when the parser hung it on a subordinate clause of another tense:
        "Ethiopia rejected Egypt's claims that the dam threatens its supply and accused Cairo ..." (the rejecter
        accused)."""
        head = verb.head
        if verb.dep_ != "conj" or head.dep_ not in SUBORDINATE or head.tag_ == verb.tag_ or not verb.tag_.startswith("VB"):
            return None
        return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ == verb.tag_), None)

    @staticmethod
    def agents(verb: Token) -> list[Token]:
        """The objects of a passive verb's "by" phrase: "a resolution drafted [by the US]"."""
        return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]

    def answered(self, res: Resolver, heads: Iterable[Token], aimed: Iterable[Token] = ()) -> list[Ref]:
        """Whom an act with no actor as target answers: the author of what it retaliates for ("imposed export controls
        in retaliation for U.S. chip curbs", "in response to Israel's strikes"); not when it is aimed at someone named
        who is no actor ("would sanction Lockheed Martin in retaliation for the U.S. arms sale")."""
        if any(t.ent_type_ in ("ORG", "PERSON") for t in aimed):
            return []
        answers = [p for h in heads for p in self.pobjs(h, ("in", "as")) if p.lemma_.lower() in self.lex["retaliation_words"]]
        answers += [h for h in heads if h.pos_ == "VERB" and h.lemma_.lower() in self.lex["retaliation_words"]]  # "respond to"
        acts = [p for a in answers for p in self.pobjs(a, ("for", "to", "against"))]
        # the act's own author only ("U.S. chip curbs", "Israel's strikes"), not where it went ("arms sales to Taiwan")
        authors = [c for p in acts for c in p.children if c.dep_ in ("poss", "amod", "compound", "nmod")] + [
            b for p in acts for b in self.pobjs(p, ("by",))
        ]
        return [r for a in authors for r in res.refs(a)]

    def occasioned(self, res: Resolver, heads: Iterable[Token]) -> list[Ref]:
        """Whom a charge with no named target answers: the doer of the clause that occasioned it ("Japan protested after
        Chinese ships entered its waters"; not the one the clause's act befell: "after it was attacked")."""
        marked = [
            c
            for h in heads
            for c in h.children
            if c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ in self.lex["occasion_marks"] for m in c.children)
        ]
        return [r for c in marked for s in c.children if s.dep_ == "nsubj" for r in res.refs(s)]

    def pobjs(self, tok: Token, preps: Iterable[str]) -> list[Token]:
        """Objects of ``tok``'s prepositions in ``preps``, also past a channel: "spoke by phone with X"."""
        preps = set(preps)
        out = []
        # "tariffs on German vehicles and on French brandy": a preposition conjoined to another counts too
        heads = [c for c in tok.children if c.dep_ == "prep"]
        heads += [d for c in heads for d in c.children if d.dep_ == "conj" and d.pos_ == "ADP"]
        # "out of the talks", "away from the border": a particle parsed as a preposition holds the next one (not
        # "according to", "along with")
        bare = [c for c in heads if c.lower_ in PARTICLES and not any(p.dep_ == "pobj" for p in c.children)]
        heads += [d for c in bare for d in c.children if d.dep_ == "prep"]
        heads += [d for c in tok.children if c.dep_ == "prt" for d in c.children if d.dep_ == "prep"]  # "pulled out of"
        for c in heads:
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if c.lower_ in preps:
                    out.append(p)
                elif c.lower_ in ("by", "via", "over") and p.lemma_.lower() in self.lex["channel_nouns"]:
                    out += self.pobjs(p, preps)
        return out

    @staticmethod
    def governor(noun: Token) -> tuple[Token | None, str]:
        """The verb a nominal trigger hangs from, and how: "held [four hours of] talks" -> (held, dobj)."""
        t, dep = noun, noun.dep_
        for _ in range(4):
            if t.dep_ == "conj" and t.head.pos_ == "NOUN":  # "launched a missile and drone attack": as its first conjunct
                t = t.head
                continue
            if t.dep_ in ("dobj", "nsubjpass", "attr") and t.head.pos_ in ("VERB", "AUX"):
                return t.head, "dobj"  # also "carried out [hundreds of] strikes"
            if t.dep_ == "pobj" and t.head.dep_ == "prep":
                if t.head.pos_ == "VERB" and t.head.head.pos_ in ("VERB", "AUX"):  # "following talks": a preposition
                    return t.head.head, "pobj"
                if t.head.head.pos_ in ("VERB", "AUX"):
                    return t.head.head, "pobj" if t is noun else dep
                t = t.head.head
                continue
            break
        return None, dep

    def speech(self, trig: Token, quoted: Collection[int] = ()) -> Token | None:
        """The speech verb that reports the clause ``trig`` stands in: "X said [Y attacked Z]" -> said. Up to six steps
        up the tree, and any number inside the speaker's own words (``quoted``): all of a quotation is what was said."""
        t, steps = trig, 0
        while steps < 6:
            steps += t.i not in quoted
            if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in self.lex["speech_verbs"]:
                return t.head
            if t.head == t or (t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in self.lex["control_verbs"]):
                break  # "X said ..., prompting Israel to expel ...": the narrator's consequence, not the speaker's claim
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in t.children):
                break  # "X warned ..., as Tehran rejected its offer": the narrator's circumstance
            t = t.head
        return None
