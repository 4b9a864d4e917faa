"""Pointers: words that stand for an actor named just before them: "the latter", "the former", "the island", ", which"
hung on a phrase before the name, "the bloc" after another bloc (or in the object of a bloc's act), "the regime" for the
state the article names most, "them" for a thing named nearer than any actor, an office that speaks after its words
for their doer, "the launch", "the operation" for an act told before, an act summed up after a comma ("..., a move
Israel denounced") for the doers of the clause it sums up, and the state named last for what an act with no object is
done to ("the first visit since Russia invaded").

A mixin of :class:`kg.language.resolve.Resolver` (which provides ``doc``, ``lex``, ``mentions``, ``types``, ``events``,
``kin``, ``refs`` and ``_antecedent``).
"""

from __future__ import annotations

import functools
from collections import Counter

from spacy.tokens import Span, Token

from .anaphora import ANTECEDENT_WINDOW, GROUP_WINDOW
from .refs import SUBJECTS, Mention, Ref

__all__ = ["Pointers"]


class Pointers:
    """The moves from a pointing word to the actor named just before it."""

    def _of_two(self, tok: Token) -> list[Ref]:
        """ "the latter" and "the former": the last or the one before of the actors named just before (within a
        sentence or two): "China's measures against Australia for the latter's refusal" is Australia's."""
        named: list[Ref] = []
        for i in range(tok.i - 1, max(-1, tok.i - GROUP_WINDOW), -1):
            m = self.mentions.get(i)
            if m is not None and m.key and all(r.key != m.key for r in named):
                named.append(Ref(m.key, m.text, "anaphora", m.person))
                if len(named) == 2:
                    break
        which = 0 if tok.lower_ == "latter" else 1
        return named[which : which + 1] if len(named) == 2 else []

    def _other_body_nearer(self, span: Span, spans: list[Span]) -> bool:
        """Whether a common name a body is also called ("the bloc", "the regional bloc": contextual, lower case, no
        number) follows another body of its kind named after the body itself: "ECOWAS imposed sanctions ... the junta
        accused the bloc" is ECOWAS, though the EU is named further on."""
        if any(t.like_num or t.is_upper or t.is_title for t in span[1:]):
            return False  # ("the 27-nation bloc", "the Commission": the body's own)
        kind, doers = self.types.get(span.id_), self._doers_of(span.root)
        if span.id_ in doers:
            return True  # "The European Union said it backed the bloc's measures": another bloc than the one that acts
        before = [s for s in spans if s.end <= span.start and s.label_ == "ORG" and s.id_ not in doers]
        last = max((s.start for s in before if s.id_ == span.id_), default=-1)
        return any(s.start > last and s.id_ != span.id_ and self.types.get(s.id_) == kind for s in before)

    def _doers_of(self, tok: Token) -> set[str]:
        """Who does the act a word is the object (or the owner of the object) of, as the mention table has them so far:
        the subject of its verb, or for "it" or "they" the subject of the verb that reports it ("The EU said it backed")."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if tok.dep_ in SUBJECTS or verb is None:
            return set()
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and not c.is_ancestor(tok)]  # (not its own phrase)
        if any(c.lower_ in ("it", "they") for c in subjects) and verb.dep_ == "ccomp":
            subjects += [c for c in verb.head.children if c.dep_ in SUBJECTS]
        return {self.mentions[t.i].key for c in subjects for t in (c, *c.conjuncts, *c.lefts) if t.i in self.mentions}

    def _thing_before(self, tok: Token) -> Token | None:
        """The plural thing "them" stands for, when one is named nearer before it in its sentence than any actor but the
        subject of its own clause: "the bloc's measures ... denounced them" (not "sanctions on Iran and Syria, calling
        them rogue states")."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        own = {t.i for c in (verb.children if verb is not None else ()) if c.dep_ in SUBJECTS for t in c.subtree}
        actors = self.lex["agentive_nouns"] | self.lex["office_nouns"] | self.lex["polity_nouns"] | self.lex["armed_nouns"]
        for t in reversed(self.doc[tok.sent.start : tok.i]):
            if t.i in self.mentions and t.i not in own:
                return None
            if t.tag_ == "NNS" and t.pos_ == "NOUN" and t.lemma_.lower() not in actors and t.i not in own:
                return t
        return None

    def _island(self, tok: Token) -> list[Ref]:
        """ "the island": the island state named last before it (``island_states``)."""
        before = (self.mentions.get(i) for i in range(tok.i - 1, max(-1, tok.i - ANTECEDENT_WINDOW), -1))
        found = next((m for m in before if m is not None and m.key.lower() in self.lex["island_states"]), None)
        return [Ref(found.key, found.text, "anaphora", None)] if found else []

    def _named_before(self, tok: Token, role: str) -> list[Ref]:
        """The actor named just before ", which": "the backing of India, which has close ties" (hung on "backing")."""
        before = self.doc[tok.i - 2] if tok.i >= 2 and self.doc[tok.i - 1].lower_ == "," else None
        return self.refs(before, role) if before is not None and before.i in self.mentions else []

    def _ruled(self, tok: Token) -> list[Ref]:
        """ "the regime", "the junta": the states it is said to rule ("the juntas ruling Mali, Burkina Faso and Niger"),
        for "the juntas" the group named before, else the state named nearest before in any role, unless another state
        named in the sentences before has been named more often in the article ("Pompeo said Washington would act to
        restore democracy in Venezuela. Almagro denounced the regime's repression" is Maduro's Venezuela)."""
        ruling = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex["ruling_verbs"]]
        ruled = [o for c in ruling for o in c.children if o.dep_ == "dobj"]  # "the juntas ruling Mali, Burkina Faso and
        ruled += [p for c in tok.children if c.dep_ in ("relcl", "acl", "prep") for p in self.places_in(c)]  # Niger", "the
        if ruled:  # junta that seized power in Niger": the states named
            return [r for o in ruled for r in self.refs(o)]
        if tok.tag_ == "NNS" and len(group := self._antecedents(tok, 0)) > 1:
            return group
        nearest = self._antecedent(tok, subject=False)
        if len(nearest) != 1:
            return nearest
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subjects = [c for c in (verb.children if verb is not None else ()) if c.dep_ in SUBJECTS and c != tok]
        own = {r.key for c in subjects if not c.is_ancestor(tok) for r in self.refs(c)}
        told = [(i, m.key) for i, m in self._state_names if i < tok.i and m.key not in own]
        near = {key for i, key in told if i > tok.i - ANTECEDENT_WINDOW}
        counts = Counter(key for _, key in told)
        best = max(near, key=counts.__getitem__, default=nearest[0].key)
        if counts[best] <= counts[nearest[0].key]:
            return nearest
        found = next(m for i, m in reversed(self._state_names) if i < tok.i and m.key == best)
        return [Ref(best, found.text, "anaphora", found.person)]

    def places_in(self, phrase: Token) -> list[Token]:
        """The states a phrase holds "in": "that seized power in Niger", "in Myanmar"."""
        ins = [phrase] if phrase.lower_ == "in" else [t for t in phrase.subtree if t.dep_ == "prep" and t.lower_ == "in"]
        held = [p for i in ins for p in i.children if p.dep_ == "pobj" and p.i in self.mentions]
        return [p for p in held if self.types.get(self.mentions[p.i].key) == "state"]

    def _reported_doer(self, tok: Token) -> list[Ref]:
        """The state an office speaks for when it speaks after its words: the doer of their main clause, not one named
        inside it ("Somalia severed ties with Kenya, charging that Nairobi was interfering, the ministry said")."""
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in self.lex["speech_verbs"]:
            return []
        told = [s for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i for s in c.children if s.dep_ == "nsubj"]
        refs = [r for s in told for r in self.refs(s) if self.types.get(r.key, "state") == "state"]
        return [Ref(r.key, r.text, "anaphora", r.person) for r in refs]

    @functools.cached_property
    def _state_names(self) -> list[tuple[int, Mention]]:
        """Where each name of a state (or of one who acts for it) begins, in order."""
        starts = [(i, m) for i, m in sorted(self.mentions.items()) if self.mentions.get(i - 1) is not m]
        return [(i, m) for i, m in starts if self.types.get(m.key, "state") == "state"]

    def acts_named(self, objects: list[Token], sources: list[Ref], relation: str) -> list[Ref]:
        """Those an act named again by a definite noun was done by, but for ``sources``: "The United States and Britain
        launched strikes ... Australia and Canada backed the operation" backs the two; for a meeting, all who met at the
        gathering named again ("Russian and Ukrainian delegations met in Istanbul. Fidan, who hosted the talks")."""
        own, found = {s.key for s in sources}, []
        named = [o for o in objects if o.i and self.doc[o.i - 1].lower_ == "the"]
        for o in named if relation == "support" else []:
            found += self.event_antecedent(o) if o.lemma_.lower() in self.lex["event_nouns"] else []
        gathered = relation == "meet" and any(o.lemma_.lower() in self.lex["venue_nouns"] for o in named)
        before = min((o.i for o in named), default=0) if gathered else 0
        met = [e for e in self.events if e[0] < before and self.doc[e[0]].lemma_.lower() in self.lex["venue_nouns"] | {"meet"}]
        found += [r for e in met if e[0] == met[-1][0] for r in e[1:]]
        return list({r.key: r for r in found if r.key and r.key not in own}.values())

    @functools.cached_property
    def _groups(self) -> frozenset[int]:
        """The plural nouns that name a group told before ("the two Nordic countries"), for "them" and "their"."""
        return frozenset(t.i for t in self.doc if t.tag_ in ("NNS", "NNPS") and self._group_size(t) > 1)

    def event_antecedent(self, tok: Token, exclude: set[str] = frozenset()) -> list[Ref]:
        """The actors of the latest event before ``tok``: "the move", "it" in "called it reckless"; for "the strike", an
        armed act or a charge of one (one retaliates for any act). With ``exclude`` (the speaker), an event of the
        speaker's own points at its target ("Pyongyang denounced NATO ..., warning of a response"); not one told inside the
        judging clause ("Iran, Hezbollah's main backer, condemned the strike"), nor one named again and aimed at no one."""
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
        inside = range(verb.left_edge.i, verb.i) if verb is not None else range(0)
        told = [e for e in self.events if e[0] < tok.i and e[0] not in inside]
        before = [e for e in told if e[2].key or not any(c.lower_ in ("the", "this") for c in self.doc[e[0]].lefts)]
        armed = tok.lemma_.lower() in self.armed_words and tok.lemma_.lower() not in self.lex["retaliation_words"]
        if armed:
            before = [e for e in before if self._armed(self.doc[e[0]]) and e[0] not in self.unreal]
        main = [e for e in before if not any(a.dep_ == "relcl" for a in (self.doc[e[0]], *self.doc[e[0]].ancestors))]
        before = main or before  # not one told as background: "near Pristina, where Serbian forces have been fighting"
        if (fired := self._kin_act(tok, inside, exclude)) is not None:
            return fired
        if not before:  # "Japan began releasing treated water. The move drew criticism from China": the doer told before
            return self._previous_doer(tok, exclude) if tok.lemma_.lower() not in self.armed_words else []
        # the latest sentence's main event first: "imposed a tariff on India as a penalty for its purchases" (the tariff)
        sent = self.doc[before[-1][0]].sent
        last = sorted((e for e in before if self.doc[e[0]].sent == sent), key=lambda e: (_depth(self.doc[e[0]]), -e[0]))
        word = self.kin.get(tok.lemma_.lower(), tok.lemma_.lower())  # an act named again by its word or its kin's first:
        kind = (self.kin.get(w, w) for w in (self.doc[e[0]].lemma_.lower() for e in before))  # "the raids" after strikes
        named = [e for e, k in reversed(list(zip(before, kind))) if k == word]
        # "the attack" told sentences after the last armed act: the story's first, its lede's ("North Korea shelled ...
        # the South had fired first, Pyongyang said ... the United States condemned the attack")
        far = armed and not named and before[-1][0] < self.doc[max(tok.sent.start - 1, 0)].sent.start
        lede = [e for e in before if e[2].key][:1] if far else []  # (one aimed at someone)
        for at, src, dst in [*named, *lede, *last, *reversed(before)]:
            if not src.key:
                return []  # "condemned the rebel attack": a doer the story cannot name, not the one attacked
            # "France regretted the action ... Putin called it a mistake": "it" is the act judged, its doer the target
            judged = tok.pos_ == "PRON" and dst.key not in exclude and self._judges_act(self.doc[at])
            role = 1 if src.key in exclude or judged else 0  # every doer of that act: "X and Y carried out strikes"
            found = {e[1 + role].key: e[1 + role] for e in before if e[0] == at and e[1 + role].key not in exclude}
            if found := [Ref(r.key, r.text, "anaphora", r.person) for r in found.values() if r.key]:
                return found
        return []

    def _judges_act(self, trigger: Token) -> bool:
        """Whether an event judges an act named by its object: "regretted the action", "condemned the strikes"."""
        acts = (c for c in trigger.children if c.dep_ == "dobj" and c.i not in self.mentions)
        return trigger.i not in self.attacks and any(c.lemma_.lower() in self.lex["event_nouns"] for c in acts)

    def _armed(self, trigger: Token) -> bool:
        """Whether an event is an armed act, or a charge of one: "blamed Israel for the killing"."""
        charged = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children]
        return trigger.i in self.attacks or any(t.lemma_.lower() in self.armed_words for t in charged)

    def _previous_doer(self, tok: Token, exclude: set[str]) -> list[Ref]:
        """The subject of the sentence before, when its main verb is an act, not words; or of the act a speaker's words
        tell, which a participle goes on from ("Taiwan said Chinese warplanes had crossed ..., calling the move a ruse")."""
        if tok.lower_ != "it" and not any(c.lower_ in ("the", "this", "that") for c in tok.children):
            return []
        told = tok.head.head if tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG" else None
        if told is not None and told.dep_ == "ccomp" and told.head.lemma_.lower() in self.lex["speech_verbs"]:
            root = told
        elif (owned := self._owned_conduct(tok, exclude)) or tok.sent.start == 0:
            return owned
        else:
            root = self.doc[tok.sent.start - 1].sent.root
        if root.pos_ != "VERB" or root.lemma_.lower() in self.lex["speech_verbs"]:
            return []
        doers = {r.key: r for c in root.children if c.dep_ == "nsubj" for r in self.refs(c) if r.key not in exclude}
        return [Ref(r.key, r.text, "anaphora", r.person) for r in doers.values()]

    def _kin_act(self, tok: Token, inside: range, exclude: set[str]) -> list[Ref] | None:
        """The doers of the act a word of its kin told last, when that act was aimed at no one and so is no event: "North
        Korea fired a missile over Japan ... Seoul condemned the launch", "India conducted nuclear tests ... the tests" (None
        when there is none, or an event of the kin was told since)."""
        word = self.kin.get(tok.lemma_.lower())
        kin = [
            e[0]
            for e in self.events
            if e[0] < tok.i and e[0] not in inside and self.kin.get(self.doc[e[0]].lemma_.lower()) == word
        ]
        start = max(kin, default=max(-1, tok.i - ANTECEDENT_WINDOW))
        acts = (t for t in reversed(self.doc[start + 1 : tok.i]) if t.pos_ == "VERB" and t.i not in inside)
        # (or its object: "India conducted three nuclear tests ... Pakistan condemned the tests", or the noun its relative
        # clause tells of: "the nuclear tests which India has conducted"; not the object of one who names it: "Lopez
        # Obrador called the raid an authoritarian act"; one told with no doer is passed over: "the missile was launched
        # from near Pyongyang")
        judging = self.lex["label_verbs"]
        told = (
            lambda t: [t],
            lambda t: [c for c in t.children if c.dep_ == "dobj" and c.i != tok.i and t.lemma_ not in judging],
            lambda t: [t.head] if t.dep_ == "relcl" and t.lemma_ not in judging else [],
        )
        named = (t for t in acts if word and any(self.kin.get(w.lemma_.lower()) == word for f in told for w in f(t)))
        doers = next((d for t in named if (d := [r for c in t.children if c.dep_ in SUBJECTS for r in self.refs(c)])), [])
        # ... or a noun of the kin that names its owner: "imposed sanctions on North Korea for its nuclear test ... Bolton
        # condemned the test"
        owned = (t for t in reversed(self.doc[start + 1 : tok.i]) if t.pos_ == "NOUN" and t.i not in inside and word)
        owned = (t for t in owned if self.kin.get(t.lemma_.lower()) == word)
        doers = doers or next((d for t in owned if (d := [r for c in t.children if c.dep_ == "poss" for r in self.refs(c)])), [])
        return [Ref(r.key, r.text, "anaphora", r.person) for r in doers if r.key not in exclude] or None

    def kin_targets(self, tok: Token) -> list[Ref]:
        """Whom the last act told before ``tok`` by a word of its kin was aimed at: "launched air strikes against
        Islamic State ..., with Jordan joining the raids" (the strikes' target)."""
        word = self.kin.get(tok.lemma_.lower(), tok.lemma_.lower())
        kin = [e for e in self.events if e[0] < tok.i and e[2].key and self.kin.get(self.doc[e[0]].lemma_.lower()) == word]
        last = max((e[0] for e in kin), default=None)
        return [Ref(t.key, t.text, "anaphora", t.person) for at, _, t in kin if at == last]

    @staticmethod
    def _people_before(place: Token) -> Token:
        """Who "who" after a place stands for: the people named before it ("Soviet troops in Afghanistan, who invaded
        the country"), none past a verb; else the place."""
        before = reversed(place.doc[place.sent.start : place.i])
        people = (t for t in before if t.pos_ in ("VERB", "AUX") or t.tag_ in ("NNS", "NNPS") or t.ent_type_ == "PERSON")
        return next(people, place)

    def _appended_act(self, tok: Token) -> list[Ref]:
        """The doers of the clause an event told after a comma sums up ("Spain recognised a Palestinian state, a move
        Israel denounced", "in what Turkey called a war crime"); an attribution ("Manila's task force said") is not."""
        anchor = tok.head.head if tok.lower_ == "what" and tok.head.dep_ == "pcomp" else tok
        anchor = anchor.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "in" else anchor
        start = anchor.left_edge.i
        told = tok.lower_ == "what" and anchor.lower_ == "in"  # ("pummelled by Russian missiles in what Kyiv called")
        if (tok.lower_ == "what" and anchor is tok) or start == 0 or (self.doc[start - 1].text != "," and not told):
            return []
        # (a passive's doer too: "the tanker was seized by Iran, in what London called a hostile act")
        done = [c for a in anchor.ancestors if a.pos_ == "VERB" and a.dep_ != "parataxis" for c in a.children]
        done = [c for c in done if c.dep_ in ("nsubj", "agent")]
        done = [c for c in done if c.head == done[0].head]  # (the nearest clause with a doer)
        if not done or done[0].head.i > tok.i:
            return []
        refs = [r for c in done for p in ([c] if c.dep_ == "nsubj" else c.children) for r in self.refs(p)]
        return [Ref(r.key, r.text, "owner", r.person) for r in refs]  # the act's, as "Japan's decision" is (no guest)

    def state_before(self, tok: Token, exclude: set[str]) -> list[Ref]:
        """The state named last before ``tok`` in its sentence, not one of ``exclude``: what an act with no object is
        done to ("the first visit since Russia invaded")."""
        before = [self.mentions[i] for i in range(tok.i - 1, tok.sent.start - 1, -1) if i in self.mentions]
        states = [m for m in before if m.key not in exclude and self.types.get(m.key) == "state"]
        return [Ref(m.key, m.text, "site", None) for m in states[:1]]


def _depth(tok: Token) -> int:
    """How deep a word sits in its sentence's tree: the main verb is 0."""
    return sum(1 for _ in tok.ancestors)
