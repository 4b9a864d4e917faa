"""Sentence -> candidates: every ordered pair of actors a sentence mentions, for the learnt decision.

An actor is found wherever the resolver places a phrase: a gazetteer mention ("Iraq", "Iraqi",
"NATO"), an office holder ("Sudani", "the Japanese prime minister"), an anaphor ("the two
leaders", "he") or an organ of a polity. Actors inside noun phrases count ("Russia's decision",
"the deployment of Russian troops"), so a relation whose target is the owner or agent of a
nominal event still has a candidate. Each ordered pair of distinct polities is one
:class:`Candidate`, anchored at the two phrases closest in the parse.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .refs import Ref
from .resolve import Resolver

__all__ = ["ActorMention", "Candidate", "candidates", "sentence_mentions", "sentence_start", "tree_path"]

#: Nouns and pronouns may stand for an actor through these moves; a mention token needs none.
INDIRECT = ("office", "anaphora", "force", "owner")
#: More actor pairs than this in one sentence (a list of 20 countries) keeps the closest pairs only.
MAX_PAIRS = 60
#: Pairs further apart in the parse than this many tokens (both ends counted) are not candidates: on the
#: training part, cross-validated, longer paths held a relation too rarely to pay for their false alarms.
MAX_PATH = 9


@dataclass(frozen=True)
class ActorMention:
    """One phrase of a sentence that stands for an actor: its head token and how it was resolved."""

    key: str
    token: int
    text: str
    via: str
    person: str | None = None

    def ref(self) -> Ref:
        return Ref(self.key, self.text, self.via, self.person)


@dataclass(frozen=True)
class Candidate:
    """An ordered pair of actors in one sentence: does ``source`` do a relation to ``target``?"""

    sentence_start: int  # token index of the sentence start in the Doc
    source: ActorMention
    target: ActorMention
    path: tuple[int, ...]  # token indices from the source's head to the target's head through their common ancestor
    lca: int  # the token where the two paths meet


def sentence_start(sent: Span) -> int:
    """The character offset where a sentence's text begins, past leading whitespace (an event's ``char_start``);
    read from the tokens, without building the sentence's text."""
    return next((t.idx for t in sent if not t.is_space), sent.start_char)


def sentence_mentions(res: Resolver, sent: Span) -> list[ActorMention]:
    """Every phrase of ``sent`` that stands for an actor, one per (head token, actor)."""
    out: list[ActorMention] = []
    doc = sent.doc
    for i in range(sent.start, sent.end):
        mention = res.mentions.get(i)
        if mention is not None:
            tok = doc[i]
            head = tok.head
            if head.i != i and sent.start <= head.i < sent.end and res.mentions.get(head.i) == mention:
                continue  # not the head of its span: "North" of "North Korea"
            refs = res.ref(tok)
        elif i in res.nominal and _may_stand(res, doc[i]):  # a noun or pronoun
            tok = doc[i]
            refs = [r for r in res.ref(tok) if r.via in INDIRECT]
        else:
            continue
        out += [ActorMention(r.key, tok.i, r.text, r.via, r.person) for r in refs if r.key]
    return out


def _may_stand(res: Resolver, tok: Token) -> bool:
    """Whether a word may stand for an actor as ``res.ref(tok)`` reads it: a quick no for most common nouns, which
    stand for no one unless the resolver's lexicon names them (``Rules.actor_nouns``)."""
    if tok.pos_ != "NOUN" or tok.i in res.places or tok.ent_type_ == "PERSON":
        return True
    return tok.lemma_.lower() in res.actor_nouns or tok.lower_ in res.actor_nouns


def tree_path(a: Token, b: Token) -> tuple[tuple[int, ...], int]:
    """The dependency path from ``a`` to ``b`` (token indices, both ends included) and its top token."""
    return _path(_chain(a), _chain(b))


def _chain(tok: Token) -> list[int]:
    """``tok`` and its ancestors, bottom up."""
    return [tok.i, *(t.i for t in tok.ancestors)]


def _path(up: list[int], other: list[int]) -> tuple[tuple[int, ...], int]:
    seen = {i: n for n, i in enumerate(up)}
    for n, i in enumerate(other):
        if i in seen:
            return (*up[: seen[i] + 1], *reversed(other[:n])), i
    return (*up, *reversed(other)), up[-1]  # different sentences of one parse: no common ancestor


def candidates(res: Resolver, sent: Span) -> list[Candidate]:
    """All ordered pairs of distinct actors of ``sent``, each anchored at its closest two phrases."""
    mentions = sentence_mentions(res, sent)
    best: dict[tuple[str, str], Candidate] = {}
    doc = sent.doc
    chains = {m.token: _chain(doc[m.token]) for m in mentions}  # each phrase's way up, walked once, not once per pair
    for a in mentions:
        for b in mentions:
            if a.key == b.key or a.token == b.token:
                continue
            path, lca = _path(chains[a.token], chains[b.token])
            if len(path) > MAX_PATH:
                continue
            old = best.get((a.key, b.key))
            if old is None or len(path) < len(old.path):
                best[(a.key, b.key)] = Candidate(sent.start, a, b, path, lca)
    found = sorted(best.values(), key=lambda c: (len(c.path), c.source.token, c.target.token))
    return found[:MAX_PAIRS]
