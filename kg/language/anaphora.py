"""Anaphora: what "he", "it", "we", "the ministry", "the militants" and "the two leaders" stand for.

A mixin of :class:`kg.language.resolve.Resolver`: it reads the resolver's mention table, quotation marks and events
found so far, and resolves an anaphor to the actors of its antecedent (recorded with ``via="anaphora"``)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from .refs import ARGUMENTS, OBJECTS, SUBJECTS, SUBORDINATE, Ref

__all__ = ["Anaphora"]

NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "pair": 2, "trio": 3}
#: Tokens after a closing quotation mark searched for its speech verb ("...,” Lavrov told reporters").
ATTRIBUTION_WINDOW = 8
#: Pronouns that stand for a person.
PERSONAL = frozenset({"he", "she", "his", "her", "him"})
#: Named entity types of a place or body that "its" may stand for.
PLACES = ("GPE", "LOC", "ORG", "NORP")
#: The prepositions that aim an act at what they hold: "opened fire on its posts" (not "hit over its supply of drones")
AIMED = frozenset({"on", "at", "against", "upon"})
#: Tokens searched back for an anaphor's antecedent (about ten sentences of news prose).
ANTECEDENT_WINDOW = 250
#: Tokens searched back for the actors a counted anaphor ("the two leaders") stands for when no list names them.
GROUP_WINDOW = 120


@functools.cache
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.rsplit(" ", 1)[-1] for p in phrases)


class Anaphora:
    """The anaphora moves of the resolver (which provides ``doc``, ``lex``, ``mentions``, ``quoted``, ``deps``,
    ``subject_deps``, ``types``, ``events``, ``unreal``, ``attacks``, ``armed_words``, ``kin``, ``made``, ``ref``, ``refs``,
    ``lemma_positions``, ``is_venue``, ``_modifier_refs`` and the moves of :class:`kg.language.control.Control`)."""

    def _speaker(self, tok: Token, addressed: bool = False) -> list[Ref]:
        """Who says "we": the subject of the speech verb the clause is reported under, or for a quotation
        of several sentences the one it is attributed to ("“We ... . We ...,” the minister said"); with ``addressed``,
        whom it is told to ("“... your country,” Biden told Zelenskyy")."""
        for verb in tok.ancestors:
            if verb.lemma_.lower() in self.lex["speech_verbs"] and not any(c.i == tok.i for c in verb.children):
                return self._says(verb, addressed)
        if tok.i not in self.quoted:
            return []
        end = tok.i
        while end + 1 < len(self.doc) and (end + 1 in self.quoted or self.doc[end + 1].is_punct):
            end += 1  # the end of the quotation and its closing marks
        for t in self.doc[end + 1 : end + 1 + ATTRIBUTION_WINDOW]:
            if t.lemma_.lower() in self.lex["speech_verbs"] and t.pos_ == "VERB":
                return self._says(t, addressed)
        return []

    def _says(self, verb: Token, addressed: bool = False) -> list[Ref]:
        if addressed and verb.lemma_.lower() not in self.lex["address_verbs"]:
            return []  # "“You can't trust them,” he said": no one addressed
        subjects = [c for c in verb.children if c.dep_ in (("dobj", "dative") if addressed else SUBJECTS)]
        return [Ref(r.key, r.text, "anaphora", r.person) for s in subjects for r in self.refs(s) if r.via != "anaphora"]

    def _group_size(self, tok: Token) -> int:
        lemma = tok.lemma_.lower()
        plural_polity = tok.tag_ in ("NNS", "NNPS") and (
            lemma in self.lex["polity_nouns"] or lemma in self.lex["office_nouns"] or lemma == "side"
        )
        if not plural_polity and tok.lower_ not in _last_words(self.lex["group_anaphors"]):
            return 0  # most nouns: neither a counted plural nor the end of a listed phrase
        if tok.lower_ == "both" and tok.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
            return 0  # ("both countries", "both Cuba and Moscow": a determiner, not the pair told before)
        words = [c.lower_ for c in tok.lefts if c.dep_ not in ("det", "punct") or c.lower_ == "each"] + [tok.lower_]
        phrase = " ".join(words)
        # "the pair", "the countries" only after "the", and not "the countries that border Russia"
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in tok.children)
        bare = not any(c.dep_ in ("relcl", "acl", "prep") for c in tok.children)
        if phrase in self.lex["group_anaphors"] or (definite and bare and ("the " + phrase) in self.lex["group_anaphors"]):
            return next((NUMBERS[w] for w in words if w in NUMBERS), 2)
        counted = [
            NUMBERS[c.lower_] for c in tok.children if c.lower_ in NUMBERS and c.dep_ in ("det", "nummod", "predet", "amod")
        ]
        # "two Israeli ministers" are named, not anaphoric ("the two Southeast Asian neighbours" are: a region's word), nor
        # are "two separatist republics" without "the", "both" or an owner
        pointed = definite or any(c.lower_ == "both" or c.dep_ == "poss" for c in tok.children)
        if not (counted and plural_polity and pointed) or any(self.types.get(r.key) == "state" for r in self._modifier_refs(tok)):
            return 0
        return counted[0]  # "both Nordic countries", "the two neighbours"

    def _antecedent(self, tok: Token, subject: bool, main: bool = False, personal: bool | None = None) -> list[Ref]:
        """The nearest earlier actor outside quotes: a subject for subject-like anaphors, else any mention that is not the
        subject of the anaphor's own clause; with ``main``, only a subject of a main clause ("China recalled its envoy
        after the Baltic state allowed Taiwan to open an office. The foreign ministry called ..." is China's);
        ``personal`` (default: a personal pronoun) takes a person only."""
        controller = self._controller(tok) or self._fronted(tok) or self._group_before(tok) or self._backed(tok)
        controller = controller or self._grounds(tok) or self._reproached(tok)
        controller = controller or self._pair_before(tok)
        if controller:
            return controller
        if tok.dep_ == "poss" and tok.head.dep_ == "conj" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            # "seized three Ukrainian navy ships and their crews", "Russia and its allies": the one conjoined before
            return [Ref(r.key, r.text, "anaphora", r.person) for r in self.refs(tok.head.head)]
        # "The group fought the Pakistani state, accusing it of ...": not the subject of the clause (or the one above)
        own = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None) if tok.lower_ in ("its", "their") else None
        subjects = [s for c in (own.children if own is not None else ()) if c.dep_ in SUBJECTS for s in (c, *c.conjuncts)]
        subjects = [s for s in subjects if tok not in s.subtree]  # (not "said its missiles had struck the Moskva")
        forces = self.lex["agentive_nouns"] | self.lex["armed_nouns"]  # (a force described: not "the army", which is named)
        force = [s for s in subjects if s.lemma_.lower() in forces and any(c.dep_ in ("amod", "compound") for c in s.children)]
        if (force or any(s.ent_type_ in PLACES for s in subjects)) and not any(self.refs(s) for s in subjects):
            return []  # "if Europe follows through on its tariff", "the federal army kept up its siege": its is the subject
            # we do not hold as an actor
        object_of = tok.dep_ == "pobj" and not any(c.dep_ == "poss" for c in tok.children)  # ("pledged aid to the country")
        clause, clause_subjects = tok.head.head if object_of else tok.head, set()
        while object_of and clause.pos_ in ("NOUN", "PROPN", "ADP") and clause.head != clause:
            clause = clause.head  # ("imposed travel bans on members of the regime": the clause the phrase is in)
        for _ in range(1 if object_of else 3):
            agents = [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            doers = agents if tok.dep_ not in SUBJECTS else []  # (a passive's, for its object: "expelled by Norway, ...
            doers = doers or [c for c in clause.children if c.dep_ in SUBJECTS and c.i != tok.i]  # describing them")
            clause_subjects = {r.key for c in doers for r in self.refs(c)}
            if clause_subjects or clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head.i == clause.i:
                break
            clause = clause.head
        deps, subjects = self.deps, self.subject_deps
        personal = tok.lower_ in PERSONAL if personal is None else personal
        plural = tok.lower_ in ("they", "them", "their")
        country = tok.lemma_.lower() in self.lex["polity_nouns"] | self.lex["state_offices"]
        former = any(c.lower_ == "former" for c in tok.children)  # "the former Soviet republic": once the named one's
        thing, verb = tok.head, tok.head.head
        if thing.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "dobj":  # "killed one of its commanders"
            thing, verb = verb.head, verb.head.head
        aimed = thing.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in AIMED  # "opened fire on its posts"
        verb = verb.head if aimed else verb
        owned = tok.dep_ == "poss" and (thing.dep_ == "dobj" or aimed)
        answered = owned and thing.lemma_.lower() in self.made and verb.lemma_.lower() in self.lex["answer_verbs"]
        acts = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.i != thing.i)]  # "opened fire", not "stop its attacks"
        harmed = owned and any(a.lemma_.lower() in self.lex["harm_verbs"] for a in acts)
        # "Tehran rejected its offer": one does not answer one's own offer; "said Azerbaijani troops shelled its
        # villages" or "opened fire on its posts": nor attack one's own
        doer = verb.head if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else verb  # ("ordered sanctions against his regime")
        doer = doer.head if doer.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in doer.children) else doer
        answerers = {r.key for c in doer.children if c.dep_ in SUBJECTS for r in self.refs(c)} if answered or harmed else set()
        # "fired missiles in retaliation for American strikes on its nuclear sites": the retaliator's own
        retaliations = (a for a in tok.ancestors if a.lemma_.lower() in self.lex["retaliation_words"])
        retaliation = next(retaliations, None) if harmed else None
        if retaliation is not None and retaliation.dep_ == "pobj" and retaliation.head.head.pos_ == "VERB":
            return self._says(retaliation.head.head)
        # "participated in the meeting, but criticized it": a thing named nearer in the sentence is what "it" is
        # (not past "a drone attack" in "said it reserved the right to retaliate": one who says acts, not a thing)
        told = subject and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in self.lex["speech_verbs"]
        # "condemned the strikes and said they had killed 21 people": the act named just before does the harm it tells of
        harm = told and tok.head.lemma_.lower() in self.lex["harm_verbs"]
        said = self.doc[tok.sent.start : tok.i] if harm else ()
        acts = [t for t in said if t.dep_ == "dobj" and t.lemma_.lower() in self.lex["event_nouns"]]
        if acts and (acts[-1].tag_ == "NNS") == (tok.lower_ == "they"):
            return self.event_antecedent(acts[-1])
        # (not "the deal it signed", "the attack, which it blamed": what a clause without its own object describes)
        gap = tok.head.dep_ == "relcl" and not any(c.dep_ in OBJECTS and c.tag_ not in ("WDT", "WP") for c in tok.head.children)
        # (nor past a thing to one who calls: "in response to what it called hostile drills")
        labelling = tok.head.lemma_.lower() in self.lex["label_verbs"] and any(c.lower_ == "what" for c in tok.head.children)
        it = tok.lower_ == "it" and not told and not gap and not labelling
        # (a thing "it" can be: "said all claims were settled under a treaty, and it has rejected": not those)
        things = [t.i for t in self.doc[tok.sent.start : tok.i] if self._thing(t) and t.tag_ != "NNS"] if it else []
        joined = subject and tok.head.dep_ == "conj"  # (the subject of a clause joined to another)
        nearest_thing = max((i for i in things if not joined or self.doc[i].dep_ in SUBJECTS), default=-1)
        for i in range(tok.i - 1, max(nearest_thing, tok.i - ANTECEDENT_WINDOW), -1):
            if not subject and personal and i not in self.mentions:  # a person named by office, or one we cannot place
                t = self.doc[i]
                office = (
                    t.tag_ == "NN" and t.dep_ in ARGUMENTS and t.dep_ != "attr" and t.lemma_.lower() in self.lex["office_nouns"]
                )
                if office and (held := [r for r in self.refs(t) if r.key not in clause_subjects]):
                    return [Ref(r.key, r.text, "anaphora", r.person) for r in held]  # "expelled Washington's envoy, accusing him"
                if self._unplaced(t):
                    return []  # "Masih Alinejad inspires others ... they want to kill her"
            inside = i in self.quoted and (tok.i not in self.quoted or i < tok.sent.start)  # (not "X must stop their ...")
            grouped = plural and not subject and not inside and i in self._groups
            unnamed = i not in self.mentions and not grouped
            if inside or ((deps[i] not in subjects and i not in self.inverted) if subject else unnamed):
                continue  # read from the DEP column: most words are neither
            t = self.doc[i]
            if grouped:  # "blocked the two Nordic countries' applications, accusing them": the group named again
                return [Ref(r.key, r.text, "anaphora", r.person) for r in self.refs(t)]
            if main and any(a.dep_ in SUBORDINATE for a in (t.head, *t.head.ancestors)):
                continue
            if tok.lower_ in PERSONAL and (t.lower_ in ("they", "them") or t.tag_ == "NNS"):
                continue  # "Huawei has shown that they can ..., she said", "EU officials criticised ...": she is one
            if subject and tok.lower_ == "it" and t.conjuncts and (t.dep_ in SUBJECTS or i in self.inverted):
                continue  # "with Cuba and Yemen abstaining. It bars ...": "it" is one, not a list
            if subject and (t.dep_ in SUBJECTS or i in self.inverted) and t.head.i != tok.head.i:
                refs = [Ref(r.key, r.text, "anaphora", r.person) for r in self.refs(t)]
                # "the U.N. Human Rights Office" is a body, not an office holder
                office = t.lemma_.lower() in self.lex["office_nouns"] and t.ent_type_ != "ORG"
                named = t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.text in self._surnames)  # "Bobi Wine ... Wine"
                named = named and not (refs and all(r.person is None and r.via == "mention" for r in self.refs(t)))  # ("Mali")
                person = named or t.lower_ in PERSONAL or office
                if personal and not (person or any(r.person for r in refs)):
                    continue  # "China playing a role ... He and other U.S. officials": he is a person, not a country
                said = tok.lower_ in ("it", "they") and tok.head.dep_ == "ccomp"
                said = said and any(c.i == i for c in tok.head.head.children if c.dep_ in SUBJECTS)
                if said and named and tok.lower_ == "it":
                    continue  # "Iran fired missiles. Netanyahu said it had made a big mistake": not the speaker
                if said and told and not refs and t.pos_ in ("NOUN", "PROPN"):
                    return []  # "Qatar Airways said it had suspended all flights": the speaker, who is no actor
                if (
                    plural
                    and not person
                    and t.tag_ in ("NN", "NNP")
                    and len(refs) == 1
                    and all(self.types.get(r.key) == "state" for r in refs)
                ):
                    continue  # "Malawi's High Court ordered ... what they regard": "they" are many, a court one
                if country and refs and all(self.types.get(r.key) != "state" for r in refs):
                    # "ECOWAS suspended trade with Niger. The junta rejected ...": a junta is a state's, the one named
                    # in any role (found by the caller), not one that acted before the body
                    if tok.lemma_.lower() in self.lex["state_offices"]:
                        return []
                    continue
                if refs and not {r.key for r in refs} & answerers:
                    return refs
                if named and personal and not refs:
                    return []  # the nearest person is someone we cannot place: do not guess past them
            # "expelled Russian diplomats, calling them ...": people named by their polity's adjective
            # and "the Pakistani state", "the Afghan government" by their polity's adjective
            polity = t.head.lemma_.lower() in self.lex["polity_nouns"] | self.lex["seated_nouns"]
            held = t.head.head if t.head.dep_ == "compound" else t.head  # ("Russian embassy officials")
            named = t.dep_ in ARGUMENTS or ((tok.lower_ == "them" or polity) and t.dep_ == "amod" and held.dep_ in ARGUMENTS)
            named = named and i not in self._venues and not (t.head.i == tok.i and former)  # (not "the ICJ" in "filed a case
            # against Israel at the ICJ, accusing it", nor the anaphor's own word: "the former Soviet republic")
            named = named or (country and t.dep_ == "poss" and t.head.dep_ in ARGUMENTS)  # "Kenya's president said the country"
            if not subject and i in self.mentions and self.mentions[i].key not in clause_subjects and named:
                m = self.mentions[i]
                if country and self.types.get(m.key) != "state":
                    continue  # "the EU warned that ... would divide the country": a country is a state
                if plural and t.tag_ == "NNP" and not t.conjuncts and m.person is None and self.types.get(m.key) == "state":
                    continue  # "leaders meeting in Accra froze the assets of members ... and imposed a ban on them"
                if personal and not (m.person or t.ent_type_ == "PERSON"):
                    continue  # "Lula said the US should stop the war in Ukraine ... accusing him": him is a person
                if plural and t.conjuncts and t.sent == tok.sent:  # "expelled the envoys of A and B, accusing them": both
                    return [Ref(r.key, r.text, "anaphora", r.person) for r in self.refs(min(t, *t.conjuncts, key=lambda c: c.i))]
                return [Ref(m.key, m.text, "anaphora", m.person)]
        return []

    @functools.cached_property
    def _venues(self) -> frozenset[int]:
        """The words of names told as where something was done: "at the ICJ", "before the Security Council"."""
        at = [e for e in self.doc.ents if e.root.dep_ == "pobj" and e.root.head.lower_ in ("at", "before")]
        return frozenset(i for e in at for i in range(e.start, e.end))

    def _unplaced(self, t: Token) -> bool:
        """Whether a word names a person, by the tagger or a surname it tagged elsewhere ("Navalny, 44, fell ill")."""
        return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.text in self._surnames)

    @functools.cached_property
    def _surnames(self) -> frozenset[str]:
        """The last words of the people the tagger found in the article (not a state's name it took for one)."""
        people = [e[-1] for e in self.doc.ents if e.label_ == "PERSON"]
        return frozenset(t.text for t in people if t.i not in self.mentions or self.mentions[t.i].person)

    def _thing(self, t: Token) -> bool:
        """A singular common noun in an argument slot that names no actor, by itself or its modifiers: "the meeting"."""
        return (
            t.tag_ == "NN"
            and t.dep_ in ("dobj", "pobj")
            and t.i not in self.mentions
            and t.lemma_.lower() not in self.lex["polity_nouns"] | self.lex["seated_nouns"] | self.lex["office_nouns"]
            and t.lemma_.lower() not in self.lex["time_nouns"]  # "said for the first time that it had ...": not the time
            and t.ent_type_ not in ("DATE", "TIME")
            and not any(c.i in self.mentions for c in t.children)
        )

    def _group_antecedent(self, tok: Token, types: set[str] | None = None) -> list[Ref]:
        """The nearest earlier organisation or armed group (of ``types``, if given), in any position ("the group"), but the
        doer of the act on it ("The EU backed the bloc's measures"); of those in its sentence, the one it is about ("3R
        rebels claim they protect herders from attacks by anti-Balaka militias. ... accuses the rebel group": 3R)."""
        doers = self._doers_of(tok)

        def fits(i: int) -> bool:
            m = self.mentions.get(i)
            if m is None or i in self.quoted or m.person:
                return False
            kind, patron = self.types.get(m.key, "group"), self.lex["affiliation_participles"]  # (not al Qaeda in "the al
            linked = any(a.dep_ == "amod" and a.lemma_.lower() in patron for a in self.doc[i].ancestors)  # Qaeda-linked group")
            return kind not in ("state", "collective") and (types is None or kind in types) and not linked and m.key not in doers

        nearest = next((i for i in range(tok.i - 1, max(-1, tok.i - ANTECEDENT_WINDOW), -1) if fits(i)), None)
        if nearest is not None:
            start = self.doc[nearest].sent.start
            about = [i for i in range(start, nearest) if fits(i) and self._subject_head(self.doc[i])]
            # (not the one whose own words the phrase is in: "Hezbollah said ..., describing the group's assault")
            about = [i for i in about if not any(self.doc[i].head == a for a in tok.ancestors)]
            m = self.mentions[about[-1] if about and not self._subject_head(self.doc[nearest]) else nearest]
            return [Ref(m.key, m.text, "anaphora", None)]
        # "killed 30 terrorists ... The BLA claimed responsibility": the one armed group the article names, told later or
        kinds = types or self.lex["armed_types"]  # long before ("the rebel group")
        later = {m.key: m for m in self.mentions.values() if self.types.get(m.key) in kinds and not m.person}
        return [Ref(m.key, m.text, "anaphora", None) for m in later.values()] if len(later) == 1 else []

    @staticmethod
    def _subject_head(tok: Token) -> bool:
        """Whether a word is, or names, a clause's subject ("3R" in "3R rebels claim")."""
        while tok.dep_ in ("compound", "amod", "nmod") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ in SUBJECTS

    def _antecedents(self, tok: Token, n: int) -> list[Ref]:
        """The last group of ``n`` coordinated actors before ``tok`` ("A and B ... the two leaders"); "the two
        presidents" and "both countries" count states and people only."""
        states = tok.lemma_.lower() in self.lex["state_group_nouns"]

        def fits(r: Ref) -> bool:
            return not states or r.person is not None or self.types.get(r.key) == "state"

        if tok.lemma_.lower() == "side" and n:  # "the Chinese side ..., the European side ... the two sides"
            named = {
                r.key: r
                for t in self.doc[max(0, tok.i - GROUP_WINDOW) : tok.i]
                if t.lemma_.lower() == "side"
                for r in self.ref(t)
            }
            if len(named) >= n:
                return [Ref(r.key, r.text, "anaphora", r.person) for r in list(named.values())[-n:]]
        # "China retaliated against U.S. tariffs, but the two countries signed a deal": the n named before it in its sentence
        before = range(tok.sent.start, tok.i) if n and tok.lemma_.lower() not in ("side", "party") else ()
        same = {r.key: r for i in before if i in self.mentions for r in self.ref(self.doc[i]) if fits(r) and r.via != "anaphora"}
        if n and len(same) == n:
            return [Ref(r.key, r.text, "anaphora", r.person) for r in same.values()]
        sides = tok.lemma_.lower() in ("side", "party")
        for i in range(tok.i - 1, max(-1, tok.i - ANTECEDENT_WINDOW), -1):
            t = self.doc[i]
            if i in self.quoted or not t.conjuncts or t.dep_ == "conj":
                continue
            if (sides or not n) and t.dep_ == "pobj" and t.head.lower_ == "by":
                continue  # "a truce after talks brokered by Saudi Arabia and the United States ... both sides": not who acts by
            refs = [Ref(r.key, r.text, "anaphora", r.person) for r in self.refs(t) if fits(r)]
            if len(refs) == n or (not n and len(refs) > 1):  # n = 0: a group of any size
                return refs
        if not n:
            return []  # no coordinated group: the last n distinct actors in argument positions; the sides of a fight do
        # not include who speaks of them ("the United Nations says both sides have committed violations")
        # "Lee met both leaders ... the two leaders traded insults": the same count of the same noun again
        window = reversed(self.doc[max(0, tok.i - ANTECEDENT_WINDOW) : tok.i])
        again = next((t for t in window if t.lemma_ == tok.lemma_ and t.dep_ in ARGUMENTS and self._group_size(t) == n), None)
        if again is not None and len({r.key for r in self.refs(again)}) == n:
            return [Ref(r.key, r.text, "anaphora", r.person) for r in self.refs(again)]
        told = next((a.head for a in tok.ancestors if a.dep_ == "ccomp"), None) if sides else None
        speakers = {c.i for c in told.children if c.dep_ in ("nsubj", "nsubjpass")} if told is not None else set()
        out: dict[str, Ref] = {}
        for i in range(tok.i - 1, max(-1, tok.i - GROUP_WINDOW), -1):
            t = self.doc[i]
            if t.dep_ not in (*ARGUMENTS, "poss") or i in self.quoted or self.is_venue(t) or i in speakers:
                continue
            # "Thai jets struck Cambodian targets as the two neighbours ...": a target is named by its demonym
            named = [c for c in t.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP"] if t.dep_ in ("dobj", "pobj") else []
            for r in self.ref(t) or [r for c in named for r in self.ref(c)]:
                if r.via != "anaphora" and r.key not in out and fits(r):
                    out[r.key] = Ref(r.key, r.text, "anaphora", r.person)
            if len(out) >= n:
                return list(out.values())[:n]
        return []
