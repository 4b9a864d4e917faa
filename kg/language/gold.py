"""Labelled text -> :class:`GoldArticle`: the gold sets the classifier learns from and is scored on.

Two line formats are read:

- a whole labelled story (the VOA set, ``tests/gold/voa.jsonl``): ``{"id", "split", "date",
  "sentences": [{"i", "start", "text", "events": [...]}]}``; the story text is rebuilt from its
  sentences and their character offsets;
- one labelled snippet (the older sets): ``{"id", "text", "date", "events": [...]}``, or
  ``{"id", "file", ...}`` naming an article file.

An event is ``{"source", "relation", "target"}`` with polity keys.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Article, load_relations

__all__ = ["GoldArticle", "GoldSentence", "Triple", "normalise", "read_gold", "split_of"]

Triple = tuple[str, str, str]
#: Share of labelled stories held out as the test part (by a hash of the story id, so it never moves).
TEST_SHARE = 0.4


@dataclass(frozen=True)
class GoldSentence:
    """A labelled stretch of an article: character span and the events it states."""

    start: int
    end: int
    events: frozenset[Triple]


@dataclass(frozen=True)
class GoldArticle:
    """An article with its labelled sentences; ``split`` is ``train`` or ``test`` (or ``None``: unsplit)."""

    article: Article
    sentences: tuple[GoldSentence, ...]
    split: str | None = None
    snippet: bool = False  # a labelled passage of the older sets, not a whole story

    @property
    def events(self) -> frozenset[Triple]:
        """The edges the article supports: what a reader of the graph should see."""
        return frozenset().union(*(s.events for s in self.sentences))

    def events_in(self, start: int, end: int) -> frozenset[Triple]:
        """The gold events of every labelled sentence overlapping the character span [start, end)."""
        return frozenset().union(*(s.events for s in self.sentences if s.start < end and start < s.end))


def split_of(story_id: str) -> str:
    """``test`` for a fixed 40% of story ids, ``train`` for the rest."""
    h = int(hashlib.sha256(story_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < TEST_SHARE else "train"


def normalise(source: str, relation: str, target: str) -> Triple:
    """Symmetric relations are unordered: list their ends in sorted order."""
    if load_relations()[relation].symmetric and target < source:
        source, target = target, source
    return source, relation, target


def _events(raw: list, where: str) -> frozenset[Triple]:
    relations = load_relations()
    out = set()
    for e in raw:
        if e["relation"] not in relations:
            raise InputError(f"{where}: unknown relation {e['relation']!r} (valid: {', '.join(relations)})")
        out.add(normalise(e["source"], e["relation"], e["target"]))
    return frozenset(out)


def _story(rec: dict, where: str) -> GoldArticle:
    text = ""
    sentences = []
    for s in rec["sentences"]:
        start = int(s["start"])
        if start < len(text):
            raise InputError(f"{where}: sentence {s.get('i')} starts at {start}, inside the sentence before it")
        text += " " * (start - len(text)) + s["text"]
        sentences.append(
            GoldSentence(start, start + len(s["text"]), _events(s.get("events", []), f"{where} sentence {s.get('i')}"))
        )
    article = Article(id=str(rec["id"]), text=text, title=rec.get("title"), date=rec.get("date"), url=rec.get("url"))
    return GoldArticle(article, tuple(sentences), rec.get("split") or split_of(str(rec["id"])))


def _snippet(rec: dict, lineno: int, path: Path, articles_dir: Path | None, names) -> GoldArticle:
    from ..ingest.readers import (
        make_article,  # the snippets are cleaned as any input is, so boilerplate traps meet the real filter
    )

    item_id = str(rec.get("id", lineno))
    if "text" in rec:
        raw, name = rec["text"], item_id
    else:
        file = (articles_dir or path.parent) / rec["file"]
        raw, name = file.read_text(encoding="utf-8"), file.name
    try:
        article = make_article(raw, name, date=rec.get("date"), names=names)
    except InputError:  # all boilerplate: the item rightly gives nothing
        article = Article(id=name, text=" ", date=rec.get("date"))
    events = _events(rec["events"], f"{path}:{lineno}")
    return GoldArticle(article, (GoldSentence(0, len(article.text), events),), rec.get("split"), snippet=True)


def read_gold(path: Path | str, articles_dir: Path | str | None = None) -> list[GoldArticle]:
    """Read one gold file of either format.

    Raises:
        InputError: naming the file and line of an item that cannot be read.
    """
    from .gazetteer import load_gazetteer

    path = Path(path)
    names = load_gazetteer().names
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold file: {getattr(exc, 'strerror', None) or exc}") from None
    items = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
            if "sentences" in rec:
                items.append(_story(rec, where))
            else:
                items.append(_snippet(rec, lineno, path, Path(articles_dir) if articles_dir else None, names))
        except (KeyError, TypeError, ValueError, OSError) as exc:
            hint = " (pass --articles DIR for items that name a file)" if isinstance(exc, OSError) else ""
            raise InputError(f"{where}: not a gold item ({type(exc).__name__}: {exc}){hint}") from None
    return items
