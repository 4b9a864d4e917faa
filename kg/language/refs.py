"""The values the language stage passes between its moves: an actor reference, a found relation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Token

__all__ = [
    "ARGUMENTS",
    "GROUND_PREPS",
    "MODIFIERS",
    "MODIFIER_DEPTH",
    "NOBODY",
    "SUBJECTS",
    "SUBORDINATE",
    "Found",
    "Mention",
    "Ref",
    "in_words",
]

SUBJECTS = ("nsubj", "nsubjpass")
#: What a clause's verb takes as its object: a noun or a clause ("the deal it signed" has none).
OBJECTS = ("dobj", "ccomp", "xcomp")
#: Clauses under another clause.
SUBORDINATE = frozenset({"advcl", "relcl", "acl", "xcomp", "pcomp", "ccomp"})
ARGUMENTS = (*SUBJECTS, "dobj", "pobj", "conj", "appos", "attr", "dative")
MODIFIERS = ("compound", "amod", "poss", "nmod", "npadvmod", "nummod")
#: Modifiers nested deeper than this ("the [[[Japanese] defence] ministry] spokesman") are not searched for a polity.
MODIFIER_DEPTH = 3
#: The prepositions of the place where an act happened ("an offensive in northeast Syria", "along the border with").
GROUND_PREPS = ("in", "across", "inside", "along")
#: The prepositions of an occasion: what an act came after or amid, told as the time of another.
OCCASION_PREPS = ("after", "before", "since", "following", "amid", "despite")
#: The prepositions of an act's grounds, told as already done: "banned Chinese apps over a clash", "after the coup".
REASON_PREPS = ("over", "after", "since", "following", "amid")
#: Particles the parser may hang as adverbs or prepositions: "walked out of", "pushed back".
PARTICLES = ("out", "away", "off", "back", "up", "down", "aside")


@dataclass(frozen=True)
class Ref:
    """An actor a phrase stands for. ``via`` records the move that found it."""

    key: str
    text: str
    via: str  # mention | office | term (a person outside their term) | anaphora | owner | site ("regions in Ukraine") |
    # force (troops) | home (the state an armed group fights) | harbour (where unnamed militants are)
    person: str | None = None


class Found(NamedTuple):
    """A relation a rule found in a sentence, before it becomes an :class:`~kg.model.Event`."""

    relation: str
    trigger: Token
    cameo: str
    kind: str  # verb | noun | claim | learned: the shape that found it, which sets its base confidence
    source: Ref
    target: Ref
    modality: str


#: The target of a hostile act against no actor ("waging a hybrid war against Europe"): it makes no
#: event itself, but reporting it still makes the speaker an accuser of its source.
NOBODY = Ref("", "", "none")


@dataclass(frozen=True)
class Mention:
    """A gazetteer match (or a person the article places by title), by token: its actor, label and words."""

    key: str
    label: str
    text: str
    person: str | None


def in_words(relation: str, sides: list[Ref]) -> str:
    """The relation of a clash between these sides: leaders who clash ("Trump and Zelenskyy clashed in the Oval Office")
    trade words, not fire."""
    return "accuse" if relation == "attack" and sides and all(r.person for r in sides) else relation
