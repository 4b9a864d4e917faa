"""Plain values passed between stages. No spaCy or rdflib objects cross a stage boundary."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article after ingestion: boilerplate removed, text normalised.

    ``text`` is the text that extraction sees; event offsets point into it.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Actor:
    """A political actor: a state (ISO alpha-3 key), an organisation or a group."""

    key: str
    label: str
    type: str  # state | organization | alliance | armed_group | person | group
    wikidata: str | None = None


@dataclass(frozen=True)
class Event:
    """One relation between two actors, with the evidence that supports it."""

    source: str
    relation: str
    target: str
    source_label: str
    target_label: str
    source_text: str
    target_text: str
    sentence: str
    char_start: int
    char_end: int
    article: str
    date: str | None
    confidence: float
    cameo: str
    plover: str
    polarity: str
    goldstein: float
    modality: str = "asserted"
    trigger: str = ""
    source_actor: str | None = None
    target_actor: str | None = None

    def to_dict(self) -> dict:
        """Return the ``events.jsonl`` record of this event."""
        return asdict(self)


@dataclass
class ArticleResult:
    """What extraction produced for one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
