"""Clause-level moves shared by the extractor and the claim finder: who the subject is, which
prepositional objects hang off a word, which verb governs a noun, (from :mod:`kg.language.modality`)
whether a clause is asserted, planned, threatened or not real at all, and (from :mod:`kg.language.occasions`) what
an act answers or is done for."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Token

from .modality import Modality
from .occasions import Occasions
from .refs import GROUND_PREPS, OCCASION_PREPS, PARTICLES, SUBJECTS, SUBORDINATE, Ref
from .resolve import Resolver

__all__ = ["Clauses"]


class Clauses(Modality, Occasions):
    """Parse-tree moves over one clause, driven by the word lists of ``data/lexicon.yaml``."""

    def __init__(self, lexicon: dict[str, frozenset[str]]):
        self.lex = lexicon
        self._doc: Doc | None = None  # the document whose clauses are memoised: the rules and features ask again
        self._memo: dict[tuple[int, int | None, bool], str | None] = {}

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
        said = self.speech(pred, res.quoted) if pred.i in res.quoted else None  # "“We know that Putin is the aggressor,”
        return self.subjects(res, said) if said is not None else []  # Blinken said": all of a quotation is what was said

    def subjects(self, res: Resolver, verb: Token, depth: int = 0) -> list[Ref]:
        # "Egypt and Qatar are mediating": the parser sometimes hangs the subject on the auxiliary
        hung = [s for a in verb.children if a.dep_ == "aux" and a.i > 0 for s in a.children if s.dep_ == "nsubj"]
        children = list(verb.children)
        # "Vietnam contests China's claims": a name the parser made a compound (or "nmod") of the verb is its subject
        named = [c for c in children if c.dep_ in ("compound", "nmod")]
        compound = [] if any(c.dep_ in SUBJECTS for c in children) else named
        for c in [*children, *hung]:
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and depth > 0) or (c in compound and c.i < verb.i):
                # headlines: "Philippines, Vietnam sign pact" (the first name loose), "Saudi Arabia, Iran agree" (a second)
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
                # "Marking two years since Russia's invasion, the leaders of Italy and Canada travelled": an apposition
                apart = [a for a in c.children if a.dep_ == "appos"]  # (and "Presidents X of A, Y of B and Z of C")
                apart += [b for a in apart for b in a.children if b.dep_ == "appos"]
                own = res.refs(c, "source") or [r for a in apart for r in res.refs(a, "source")]
                # "EU foreign ministers meeting in Brussels imposed ...": the participle read as a noun the people modify
                met = c.lemma_.lower() in self.lex["joint_nouns"] and c.tag_ == "NN"
                met = met and not any(a.dep_ == "det" for a in c.children)
                own = own or [r for a in c.children if met and a.dep_ in ("compound", "nsubj") for r in res.refs(a, "source")]
                # "U.S. President Donald Trump and Russian President Vladimir Putin met": the first of two names buried
                # among the modifiers of the second (one who acts: not "Polish and Ukrainian farmers' unions")
                buried = [
                    d
                    for d in c.subtree
                    if d.i < c.i and d.i in res.mentions and any(k.dep_ == "cc" and k.lower_ == "and" for k in d.children)
                ]
                loose += [r for d in buried for r in res.refs(d, "source")] if own else []
                # "Presidents Levon Ter-Petrosyan of Armenia and Heydar Aliyev of Azerbaijan met": hung on the country
                countries = [p for h in (c, *apart) for p in self.pobjs(h, ("of",))]
                loose += [r for p in countries for d in p.conjuncts if d.ent_type_ == "PERSON" for r in res.refs(d)]
                return loose + own + res.companions(c, verb)
            if c.dep_ == "agent" and (found := [r for p in c.children if p.dep_ == "pobj" for r in res.refs(p, "source")]):
                return found
        reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "Palestinians injured in confrontations with Israeli police"
        if reduced or any(c.dep_ == "auxpass" for c in verb.children):  # the parser hung "by Russia" on a nearby noun
            nouns = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            nouns += [c for c in verb.children if c.dep_ == "oprd"]  # "were declared persona non grata by Norway"
            by = [r for t in (verb, *nouns) for p in self.pobjs(t, ("by",)) for r in res.refs(p, "source")]
            # "were wounded by a landmine that had been planted by Cambodian troops": whoever placed the weapon
            arms = [c for p in self.agents(verb) if p.lemma_.lower() in self.lex["weapon_nouns"] for c in p.children]
            by = by or [r for c in arms if c.dep_ in ("relcl", "acl") for a in self.agents(c) for r in res.refs(a, "source")]
            # "was carried out on the orders of Russian intelligence", "at the behest of Tehran": who commanded it
            orders = [p for p in self.pobjs(verb, ("on", "at", "under")) if p.lemma_.lower() in self.lex["command_nouns"]]
            by = by or [r for p in orders for q in self.pobjs(p, ("of", "from")) for r in res.refs(q, "source")]
            # "were killed in an Israeli airstrike": an act of force the victims fell in is done by its force
            by = by or [
                r
                for p in self.pobjs(verb, ("in",))
                if p.lemma_.lower() in self.lex["agentive_nouns"]
                for r in res.refs(p, "source")
            ]
            # "were killed in clashes with Israeli troops": the other side of the fight they fell in
            by = by or [
                r
                for p in self.pobjs(verb, ("in", "during"))
                if p.lemma_.lower() in self.lex["fight_nouns"]
                for w in self.pobjs(p, ("with",))
                for r in res.refs(w, "source")
            ]
            # "49 soldiers were killed when Azerbaijani forces shelled positions": the doers of the act they fell in
            by = by or [
                r
                for c in verb.children
                if c.dep_ == "advcl" and c.lemma_.lower() in self.lex["harm_verbs"] and depth < 3
                if any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children)
                for r in self.subjects(res, c, depth + 1)
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
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.lex["refusal_nouns"] | self.lex["resolve_nouns"]:
            # "its reluctance to endorse ...": the owner of the noun is who does not ("Sweden's bid to join" is no joining)
            # "the latter’s refusal" parsed as an amod; "the EU move to tax U.S. spirits", "a Chinese plan to build"
            owners = [
                c
                for c in verb.head.children
                if c.dep_ == "poss"
                or any(d.dep_ == "case" for d in c.children)
                or (c.dep_ in ("compound", "amod", "nmod") and c.i in res.mentions)
            ]
            owner = [r for c in owners for r in res.refs(c, "source")]
            if owner:
                return owner
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and depth < 3:  # "passed a resolution criticising Iran"
            owner = res.refs(verb.head, "source", owner=True)
            armed = verb.head.lemma_.lower() in self.lex["armed_nouns"] | self.lex["agentive_nouns"]
            held = verb.head  # "agreed a package of sanctions targeting Russian banks": as the package
            if held.dep_ == "pobj" and held.head.lower_ == "of" and self.counted(held.head.head) == held:
                held = held.head.head
            if owner or held.dep_ != "dobj" or armed:  # "aiding rebels fighting Gbagbo": the rebels fight
                return owner
            return self.subjects(res, held.head, depth + 1)
        judge = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else verb  # "condemned the deal as
        if judge != verb and judge.lemma_.lower() in self.lex["label_verbs"] and any(c.dep_ == "nsubj" for c in judge.children):
            judged = [c for c in judge.children if c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP")] or [judge.head]
            return [r for c in judged for r in res.refs(c, "source", owner=True)]  # propping up Havana": the deal acts
        above = verb.head.lemma_.lower()
        control = verb.dep_ == "xcomp" and (above in self.lex["control_verbs"] or above in self.lex["appeal_verbs"])
        controllers = [c for c in verb.head.children if c.dep_ == "dobj"] + self.pobjs(verb.head, ("on",)) if control else []
        if controllers:  # "prompting Israel to order ...", "called on Moscow to end ...": the object of the verb above acts
            return [r for c in controllers for r in res.refs(c, "source")]
        forced = verb.dep_ == "pcomp" and verb.head.lower_ == "but" and verb.head.head.lemma_ in self.lex["compulsion_nouns"]
        # ("had no choice but to impose sanctions")
        if depth < 3 and (forced or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex["readiness_adjectives"])):
            return self.subjects(res, verb.head.head.head if forced else verb.head.head, depth + 1)  # "is ready to accept"
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # an infinitive describing an object
        held = verb.head if verb.head.dep_ == "dobj" and to else None
        signed = held is not None and verb.dep_ == "acl" and held.lemma_.lower() in self.lex["agreement_nouns"]
        # "pledged $500 million to rebuild Syria", "gave 100 million pounds to help Sudan" (the parser's relative clause)
        given = held is not None and (held.ent_type_ == "MONEY" or held.lemma_.lower() in self.lex["relief_nouns"])
        given = given and verb.dep_ in ("acl", "relcl") and not any(c.dep_ in SUBJECTS for c in verb.children)
        if depth < 3 and (signed or given):
            return self.subjects(res, verb.head.head, depth + 1)  # "France signed a contract to supply Armenia with ..."
        listed = verb.dep_ == "ccomp" and verb.tag_ == verb.head.tag_ == "VBD" and verb.doc[verb.i - 1].text == ","  # "said
        listed = listed and not any(c.dep_ in SUBJECTS for c in verb.children)  # the drone had violated it, rejected ..."
        if depth < 3 and (verb.dep_ in ("conj", "xcomp", "advcl") or listed) and verb.head.pos_ in ("VERB", "AUX"):
            if verb.dep_ in ("advcl", "conj") and any(c.dep_ == "nsubjpass" for c in verb.children):
                return []  # "..., after dozens of Palestinians were killed", "but almost all were shot down": no doer
            doers = self.agents(verb.head) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else []
            doers = [p for p in doers if p.lemma_.lower() not in res.acts]  # (not "appalled by Israel's raid, calling")
            if doers:  # "officials were expelled by Norway, ..., describing them as spies": the doer goes on
                return [r for p in doers for r in res.refs(p, "source")]
            # "Manila said Chinese ships rammed its boats, calling the move illegal": the speaker's words go on; so does
            # the speaker's act after what is said to be ("said Greenland was not for sale, rebuffing Trump")
            # (not words told before their speaker: "X cut ties with Qatar, accusing Doha of ..., officials said")
            spoken = verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in self.lex["speech_verbs"]
            spoken = spoken and verb.head.head.i < verb.head.i
            words = verb.lemma_.lower() in self.lex["speech_verbs"] | self.lex["label_verbs"] or verb.head.lemma_ == "be"
            words = words and verb.tag_ == "VBG"
            if spoken and words and verb.dep_ == "advcl" and verb.doc[verb.i - 1].text == ",":
                return self.subjects(res, verb.head.head, depth + 1)
            # "... clashed, Djibouti's government said, accusing Asmara": words after the attribution are its speaker's
            told = [c for c in verb.head.children if c.dep_ == "parataxis" and c.lemma_.lower() in self.lex["speech_verbs"]]
            if words and told and told[-1].i < verb.i and verb.doc[verb.i - 1].text == ",":
                return self.subjects(res, told[-1], depth + 1)
            found = self.subjects(res, self._misattached(verb) or verb.head, depth + 1)
            # "revoked an accord that allowed U.S. troops ..., accusing Washington": a participle after a comma the
            # parser hung on a clause describing a thing is the clause's above, when the thing does nothing
            described = verb.head.dep_ == "relcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == ","
            above = verb.head.head.head
            if not found and described and above.pos_ in ("VERB", "AUX") and verb.head.head.dep_ == "dobj":
                return self.subjects(res, above, depth + 1)
            return found
        outer = verb.head.head
        if outer.dep_ == "npadvmod" and outer.pos_ == "NOUN":  # "met Putin, a day after holding talks with Zelenskiy"
            outer = outer.head
        if depth < 3 and verb.dep_ == "pcomp" and outer.pos_ in ("VERB", "AUX"):
            objects = [c for c in outer.children if c.dep_ == "dobj"]
            if not objects and outer.dep_ == "relcl" and verb.head.lower_ in ("of", "for"):
                objects = [outer.head]  # "a drone maker it accused of supplying Russia": the noun described
            if verb.head.lower_ in ("of", "for") or (objects and verb.head.lower_ == "to"):
                # "reprimanded Russia for invading", "commits Turkey to supplying Iraq": the object acts; "is best known
                # for wreaking", "was accused of supplying": the passive subject
                passive = not objects and any(c.dep_ == "nsubjpass" for c in outer.children)
                return self.subjects(res, outer, depth + 1) if passive else [r for c in objects for r in res.refs(c, "source")]
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
        if head.tag_ == "VBN" and verb.lower_.endswith("ed") and any(c.lemma_ == "have" for c in head.children):
            return None  # "said Chinese ships had rammed and fired water cannon at its boats": "had" holds both
        return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ == verb.tag_), None)

    def together(self, verb: Token) -> bool:
        """Whether a verb's subjects do it among themselves, not as an aim set out towards others: "called a meeting
        to discuss Iran's program", "offered to discuss arms control" (but "agreed to restore ties")."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True
        aims = self.lex["offer_verbs"] | self.lex["proposer_verbs"]
        return verb.dep_ != "advcl" and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in aims)

    @staticmethod
    def agents(verb: Token) -> list[Token]:
        """The objects of a passive verb's "by" phrase: "a resolution drafted [by the US]"."""
        return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]

    def mutual(self, objects: list[Token]) -> bool:
        """Whether the objects are each the other's: "accused each other", "expelled each other's ambassadors"."""
        for o in map(self.counted, objects):
            words = [" ".join(x.lower_ for x in o.subtree if x.i <= o.i), " ".join(x.lower_ for x in o.subtree)]  # "one another"
            words += [" ".join(t.lower_ for t in c.subtree if t.tag_ != "POS") for c in o.children if c.dep_ == "poss"]
            if any(w in self.lex["reciprocals"] for w in words):
                return True
        return False

    def counted(self, tok: Token) -> Token:
        """What a quantity counts: "thousands of Ukrainian soldiers" -> "soldiers", "a loan rollover" -> "loan"."""
        while tok.lemma_.lower() in self.lex["quantity_nouns"] or tok.pos_ == "NUM":  # "billions of dollars of Russian assets"
            money = tok.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in tok.children)  # ("300 billion euros")
            preps = ("of", "in") if money else ("of",)  # "$6 billion in Iranian funds"
            counted = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
            counted = counted or [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and tok.pos_ == "NOUN"]
            if not counted and money and tok.dep_ == "dobj":  # "suspended $100 million in aid": hung
                after = [c for c in tok.head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1 and c.lower_ == "in"]
                counted = [p for c in after for p in c.children if p.dep_ == "pobj"]  # on the verb
            if not counted:
                break
            tok = counted[0]
        return tok

    @staticmethod
    def holder(noun: Token) -> Token:
        """The outermost object a noun is held in through "of": "linked to a campaign of violence" -> campaign."""
        while noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj":
            noun = noun.head.head
        return noun

    def pobjs(self, tok: Token, preps: Iterable[str]) -> list[Token]:
        """Objects of ``tok``'s prepositions in ``preps``, also past a channel: "spoke by phone with X"."""
        preps = set(preps)
        out = []
        # "tariffs on German vehicles and on French brandy": a conjoined preposition; "sent an envoy to Beijing": a dative
        heads = [c for c in tok.children if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")]
        heads += [d for c in heads for d in c.children if d.dep_ == "conj" and d.pos_ == "ADP"]
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok  # "walked out in protest at Pakistan's remarks":
        heads += [after] * (tok.dep_ == "pobj" and after.dep_ == "prep" and after.head in tok.ancestors)  # on the verb
        shared = tok.dep_ == "conj" and tok.head.pos_ == "NOUN"  # "an asset freeze and travel ban on six settlers"
        heads += [c for c in tok.head.children if shared and c.dep_ == "prep" and c.i > tok.i]
        # "out of the talks", "away from the border": a particle parsed as a preposition holds the next ("according to": not)
        bare = [c for c in heads if c.lower_ in PARTICLES and not any(p.dep_ == "pobj" for p in c.children)]
        heads += [d for c in bare for d in c.children if d.dep_ == "prep"]
        heads += [d for c in tok.children if c.dep_ == "prt" for d in c.children if d.dep_ == "prep"]  # "pulled out of"
        for c in heads:
            # "for visiting French President Emmanuel Macron": a guest's participle parsed as a clause
            visiting = [p for p in c.children if p.dep_ == "pcomp" and p.lower_ == "visiting"]
            guests = [o for p in visiting for o in p.children if o.dep_ == "dobj"]
            for p in [*map(self.called, c.children), *guests]:  # "about Indian shelling": a noun parsed as a clause with its
                shaped = p.dep_ == "pcomp" and p.tag_ == "VBG" and p.i > 0 and p.nbor(-1).dep_ == "nsubj"  # demonym for subject
                shaped = shaped and p.nbor(-1).ent_type_ == "NORP" and p.nbor(-1).head == p
                if p.dep_ not in ("pobj", "oprd") and not shaped and p not in guests:
                    continue
                if c.lower_ in preps:
                    out.append(p)
                elif c.lower_ in ("by", "via", "over") and p.lemma_.lower() in self.lex["channel_nouns"]:
                    out += self.pobjs(p, preps)
                elif c.lower_ == "by" and tok.pos_ == "NOUN":  # "an attack by Russian forces on Ukraine": hung on the doer
                    aimed = [d for d in p.children if d.dep_ == "prep" and d.lower_ in preps - set(GROUND_PREPS)]
                    out += [q for d in aimed for q in d.children if q.dep_ == "pobj"]  # (not where they are)
        return out

    def called(self, tok: Token) -> Token:
        """The thing a free relative names: "at what it called Britain's hostile act" -> act, "over what it described as
        Beijing's coercion" -> coercion, "what it said were militant bases" -> bases; else the word itself."""
        if tok.dep_ not in ("pcomp", "ccomp", "conj"):  # (or joined: "citing the sacking of its embassy and what it called
            return tok  # Iranian subversion")
        what = [d for d in tok.children if d.lower_ == "what"]  # (or on "were")
        were = [c for c in tok.children if c.dep_ == "ccomp" and (what or any(d.lower_ == "what" for d in c.children))]
        said = [a for c in were for a in c.children if a.dep_ == "attr"]  # "struck what it said were militant bases"
        # (or the noun the parser hangs on "said": "targeted what the military said were Hezbollah weapons depots")
        said += [c for c in tok.children if c.dep_ in ("ccomp", "dobj") and c.pos_ == "NOUN" and were and c.i > were[0].i]
        if said and tok.lemma_.lower() in self.lex["speech_verbs"]:
            return said[0]
        if tok.lemma_.lower() not in self.lex["label_verbs"]:
            return tok
        if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children):
            return tok
        named = [c for c in tok.children if c.dep_ in ("oprd", "dobj") and c.lower_ != "what"] + self.pobjs(tok, ("as",))
        return named[0] if named else tok

    def according(self, res: Resolver, trig: Token) -> tuple[Token | None, list[Ref]]:
        """The source an act is told "according to", on its clause or one above it."""
        for t in (trig, *trig.ancestors):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "according":
                    return c, [r for p in self.pobjs(c, ("to",)) for r in res.refs(p, "source")]
        return None, []

    def governor(self, noun: Token) -> tuple[Token | None, str]:
        """The verb a nominal trigger hangs from, and how: "held [four hours of] talks" -> (held, dobj); what a clause
        on it takes it ("the sanctions (that) the U.N. imposed on Yugoslavia": ``taking_verbs``) -> (imposed, dobj)."""
        taken = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in self.lex["taking_verbs"]]
        if taken := [c for c in taken if all(d.dep_ == "dobj" for d in c.subtree if d.tag_ in ("WDT", "WP"))]:  # (its object)
            return taken[0], "dobj"
        t, dep, deep = noun, noun.dep_, False
        for _ in range(4):
            if t.dep_ == "conj" and t.head.pos_ == "NOUN":  # "launched a missile and drone attack": as its first conjunct
                t = t.head
                continue
            # "announced a tariff hike", "agreed a new Russia sanctions package": as what holds it
            if t.dep_ == "compound" and t.head.lemma_.lower() in self.lex["change_nouns"] | self.lex["enactment_nouns"]:
                t, dep = t.head, t.head.dep_
                continue
            if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and t.head.pos_ in ("VERB", "AUX"):
                named = t.head.dep_ == "ccomp" and t.head.head.pos_ == "VERB" and self.called(t.head) == t  # "lodged what it
                return (t.head.head, "dobj") if named else (t.head, "pobj" if deep else "dobj")  # called a protest"; also
                # "carried out [hundreds of] strikes" (not "pledged support for those behind the attacks")
            if t.dep_ == "pobj" and t.head.dep_ == "prep":
                if t.head.pos_ == "VERB" and t.head.head.pos_ in ("VERB", "AUX"):  # "following talks": a preposition
                    # "announced tariffs, including a levy on China": one of the verb's objects
                    return t.head.head, "dobj" if t.head.lower_ == "including" else "pobj"
                if t.head.head.pos_ in ("VERB", "AUX"):
                    return t.head.head, "pobj" if t is noun else dep
                if t.head.lower_ in OCCASION_PREPS:  # "ordered the expulsion of diplomats after the killing": not what
                    return self.governor(t.head.head)[0], "pobj"  # is ordered, but when
                t, deep = t.head.head, deep or t.head.lower_ not in ("of", "for")
                continue
            if t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"):  # "walked out [of the meeting in protest]": a particle
                return t.head, dep  # parsed as a preposition
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
            # "said in a statement that the allies were rehearsing an invasion", "issued a statement that": the text's
            text = t.head if t.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children) else None
            text = text if text is not None and text.lemma_.lower() in self.lex["voice_nouns"] else None
            gov = (text.head.head if text.dep_ == "pobj" else text.head) if text is not None else None
            if (
                gov is not None
                and gov.pos_ == "VERB"
                and gov.lemma_.lower() in self.lex["speech_verbs"] | self.lex["authoring_verbs"]
            ):
                return gov
            claim = t.head if t.dep_ == "acl" and t.head.lemma_.lower() in self.lex["claim_nouns"] else None
            if claim is not None and claim.dep_ == "dobj" and claim.head.lemma_.lower() in self.lex["voicing_verbs"]:
                return claim.head  # "reiterated the claim that the attack was orchestrated by X"
            if t.head == t or (t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in self.lex["control_verbs"]):
                break  # "X said ..., prompting Israel to expel ...": the narrator's consequence, not the speaker's claim
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in t.children):
                break  # "X warned ..., as Tehran rejected its offer": the narrator's circumstance
            second = t.dep_ == "conj" and t.i not in quoted and t.lemma_.lower() in self.lex["speech_verbs"]
            if second and any(c.dep_ in SUBJECTS for c in t.children):
                break  # "Tokyo said it had bought the islands, and China's Foreign Ministry warned ...": a second teller
            if quoted and t.dep_ == "conj" and t.head.i in quoted and t.i not in quoted:
                break  # 'China says "We respect sovereignty," and here, Russia has violated ...': the narrator goes on
            t = t.head
        return None
