"""Pointers: words that stand for an actor named just before them: "the latter", "the former", "the island", ", which"
hung on a phrase before the name, "the bloc" after another bloc, and "the launch", "the operation" for an act told
before.

A mixin of :class:`kg.language.resolve.Resolver` (which provides ``doc``, ``lex``, ``mentions``, ``types``, ``events``,
``kin`` and ``refs``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from .anaphora import ANTECEDENT_WINDOW, GROUP_WINDOW
from .refs import SUBJECTS, Ref

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
        kind = self.types.get(span.id_)
        before = [s for s in spans if s.end <= span.start and s.label_ == "ORG"]
        last = max((s.start for s in before if s.id_ == span.id_), default=-1)
        return any(s.start > last and s.id_ != span.id_ and self.types.get(s.id_) == kind for s in before)

    def _island(self, tok: Token) -> list[Ref]:
        """ "the island": the island state named last before it (``island_states``)."""
        before = (self.mentions.get(i) for i in range(tok.i - 1, max(-1, tok.i - ANTECEDENT_WINDOW), -1))
        found = next((m for m in before if m is not None and m.key.lower() in self.lex["island_states"]), None)
        return [Ref(found.key, found.text, "anaphora", None)] if found else []

    def _named_before(self, tok: Token, role: str) -> list[Ref]:
        """The actor named just before ", which": "the backing of India, which has close ties" (hung on "backing")."""
        before = self.doc[tok.i - 2] if tok.i >= 2 and self.doc[tok.i - 1].lower_ == "," else None
        return self.refs(before, role) if before is not None and before.i in self.mentions else []

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
        # (or its object: "India conducted three nuclear tests ... Pakistan condemned the tests")
        told = [lambda t: [t], lambda t: [c for c in t.children if c.dep_ == "dobj" and c.i != tok.i]]
        act = next((t for t in acts if word and any(self.kin.get(w.lemma_.lower()) == word for f in told for w in f(t))), None)
        doers = [r for c in act.children if c.dep_ in SUBJECTS for r in self.refs(c)] if act is not None else []
        return [Ref(r.key, r.text, "anaphora", r.person) for r in doers if r.key not in exclude] or None
