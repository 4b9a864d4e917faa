"""Raw text -> clean :class:`Article` text: headers and front matter, datelines, lost spaces, page furniture.

Every reader of :mod:`kg.ingest.readers` hands its raw text to :func:`make_article`; the boilerplate
patterns and limits come from ``data/boilerplate.yaml``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime

from ..errors import InputError
from ..model import Article
from .boilerplate import Boilerplate, load_boilerplate

__all__ = ["clean_text", "make_article"]

_HEADER_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Sentence glued to the next one by a lost space: "information.North Korea".
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
_GLUE_WORDS = "which|who|whose|that|and|said|says|has|had|was|were|is|are|will|would|on|in|to"
_DATELINE_FORMATS = ("%A %d %B %Y", "%d %B %Y", "%B %d, %Y", "%A, %B %d, %Y", "%A, %d %B %Y", "%b %d, %Y", "%d %b %Y")
_TIME_TAIL = re.compile(r"\s*(,|at)?\s*\d{1,2}[:.]\d{2}\s*(am|pm)?\s*([A-Z]{2,5}|GMT[+-]\d+)?\s*$", re.IGNORECASE)
_SENTENCE_PUNCT = re.compile(r"[.!?:;\"“”‘’]")


def _parse_dateline(line: str) -> str | None:
    """Return the ISO date of a line that holds only a date (and maybe a time), else None."""
    text = _TIME_TAIL.sub("", line.strip()).strip().rstrip(",")
    if not 6 <= len(text) <= 40 or not any(c.isdigit() for c in text):
        return None
    for fmt in _DATELINE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _valid_date(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip()[:10]
    try:
        return datetime.strptime(text, "%Y-%m-%d").date().isoformat()
    except ValueError:
        raise InputError(f"{where}: date must be YYYY-MM-DD, got: {value!r}") from None


def _is_label(line: str, max_words: int) -> bool:
    words = line.split()
    return (
        0 < len(words) <= max_words
        and not _SENTENCE_PUNCT.search(line)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    )


_GLUED_WORD = re.compile(r"\b([A-Z]\w{3,}?)(" + _GLUE_WORDS + r")\b")


@functools.lru_cache(maxsize=4)
def _glue_names(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n for n in names if len(n) >= 4 and n[0].isupper() and " " not in n)


def _unglue(text: str, names: frozenset[str]) -> str:
    """Restore the space lost between an actor name and the next word: "Koreawhich" -> "Korea which"."""

    def split(m: re.Match) -> str:
        word = m.group(0)
        for glue in _GLUE_WORDS.split("|"):
            if word.endswith(glue) and word[: -len(glue)] in names:
                return f"{word[: -len(glue)]} {glue}"
        return word

    return _GLUED_WORD.sub(split, text)


_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def clean_text(raw: str, boilerplate: Boilerplate | None = None, names: Iterable[str] = ()) -> tuple[str, str | None, str | None]:
    """Normalise article text and drop page furniture.

    Args:
        raw: the text as read, after any header or front matter.
        boilerplate: the furniture patterns; the packaged ones by default.
        names: actor name words; a lost space after one of them is restored ("Koreawhich").

    Returns:
        ``(text, dateline_date, title)``: paragraphs joined by blank lines, the date of a
        dateline if one was found, and the first line if it reads as a headline.
    """
    furniture = boilerplate or load_boilerplate()
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _GLUED_SENTENCE.sub(" ", text)
    if names:
        text = _unglue(text, _glue_names(names if isinstance(names, frozenset) else frozenset(names)))
    kept, date, title = [], None, None
    for line in text.split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        when = _parse_dateline(line)
        if when:
            date = date or when
            continue
        if len(line.split()) > furniture.max_furniture_words:  # prose: drop only the sentences that are furniture
            line = " ".join(s for s in _SENTENCE_END.split(line) if not any(p.search(s) for p in furniture.patterns))
        elif any(p.search(line) for p in furniture.patterns) or _is_label(line, furniture.max_label_words):
            continue
        if line:
            kept.append(line)
    if kept and len(kept) > 1 and not kept[0].endswith((".", "!", "?", '"', "”")) and len(kept[0].split()) <= 25:
        title = kept[0]
    return "\n\n".join(kept), date, title


def make_article(
    raw: str,
    id: str,
    *,
    date: str | None = None,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
    names: Iterable[str] = (),
) -> Article:
    """Build an :class:`Article` from raw text, reading a ``date`` header or front matter.

    Raises:
        InputError: the text is empty after cleaning, or a date is malformed.
    """
    where = path or id
    match = _HEADER_DATE.match(raw)
    if match:
        date = date or match.group(1)
        raw = raw[match.end() :]
    match = _FRONT_MATTER.match(raw)
    if match:
        meta = {}
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        date, title, url = date or meta.get("date"), title or meta.get("title"), url or meta.get("url")
        raw = raw[match.end() :]
    text, dateline, first_line = clean_text(raw, names=names)
    if not text.strip():
        raise InputError(f"{where}: no article text (empty, or only boilerplate)")
    return Article(id=id, text=text, title=title or first_line, date=_valid_date(date or dateline, where), url=url, path=path)
