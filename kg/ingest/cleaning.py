"""Raw text -> clean :class:`Article` text: headers and front matter, datelines (dates and wire datelines), lost
spaces, page furniture.

Every reader of :mod:`kg.ingest.readers` hands its raw text to :func:`make_article`; the boilerplate
patterns and limits come from ``data/boilerplate.yaml``.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime

import yaml

from ..config import MAX_ARTICLE_CHARS
from ..errors import InputError
from ..model import Article
from .boilerplate import Boilerplate, load_boilerplate

__all__ = ["clean_text", "make_article", "parse_date", "unwrap"]

log = logging.getLogger(__name__)
# "date 2024-07-13" (article text may go on after an ISO date, as in the seed files), or a line that holds
# only a date in words: "date: 3 March 2024", "date March 3, 2024 10:02 GMT".
_HEADER_DATE = re.compile(r"\A\s*date:?[ \t]+(?:(\d{4}-\d{2}-\d{2})\b|([^\n]{1,60})$)[ \t]*\n?", re.MULTILINE)
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
#: dateparser kept strict and independent of the clock: English, day, month and year all written, no
#: relative dates ("yesterday", "3 days ago"), which would be counted from the day kg runs.
_DATEPARSER = {"STRICT_PARSING": True, "PARSERS": ["absolute-time"], "RELATIVE_BASE": datetime(2000, 1, 1)}
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


def parse_date(value: str | None, where: str) -> str | None:
    """The ``YYYY-MM-DD`` of a header or front-matter date: ISO text (a time may follow), or a date in English
    words read by dateparser ("3 March 2024", "March 3, 2024 10:02 GMT"). One that cannot be read is logged as
    a warning naming ``where``, and the article stays undated.

    Examples:
        >>> parse_date("Sunday 3 March 2024 10:02 GMT", "a.txt"), parse_date("2024-03-03T10:02:00Z", "a.txt")
        ('2024-03-03', '2024-03-03')
    """
    text = (value or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
        try:
            return datetime.strptime(text[:10], "%Y-%m-%d").date().isoformat()
        except ValueError:
            pass
    elif text:
        import dateparser  # a second to load its language data: only for dates in words

        when = dateparser.parse(text, languages=["en"], settings=_DATEPARSER)
        if when is not None:
            return when.date().isoformat()
    if text:
        log.warning("%s: cannot read the date %r; the article is left undated", where, text)
    return None


def _front_matter(block: str, where: str) -> dict:
    """The keys of a front-matter block (lower case) -> their values as text.

    ``BaseLoader`` is ``safe_load``'s loader without its type resolution: every value stays text, so a
    ``date: 2024-02-30`` is one bad date (a warning in :func:`parse_date`) instead of a ``ValueError`` from
    YAML's own date type that would lose the title and url with it.
    """
    try:
        meta = yaml.load(block, Loader=yaml.BaseLoader)  # builds only str, list and dict
    except yaml.YAMLError as exc:  # e.g. an unquoted title with ": " in it
        log.warning("%s: the front matter is not YAML, so it is skipped: %s", where, " ".join(str(exc).split()))
        return {}
    if not isinstance(meta, dict):
        return {}
    return {k.lower(): v.strip() for k, v in meta.items() if isinstance(v, str)}


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
#: Hard-wrapped text (wire archives, e-mail, plain-text dumps) breaks lines at about this many characters
#: or fewer; a paragraph whose lines (but its last) all come close to one width no longer than this is wrapped.
MAX_WRAP_WIDTH = 100
#: ... and no narrower than this: shorter lines of one length are a menu or a list, not wrapped prose.
MIN_WRAP_WIDTH = 40
#: A paragraph of two lines is judged wrapped only when its first line is at least this wide.
MIN_TWO_LINE_WRAP = 60
#: A wrapped line is at least this share of the paragraph's widest line.
WRAP_FILL = 0.6
_OPEN_LINE = re.compile(r"[^.!?:;\"”’)\]]$")  # a line that does not end a sentence or a quotation


def _wrapped(lines: list[str]) -> bool:
    """All lines but the last come close to one width, and the last is no wider (two lines: the first is open)."""
    body = [len(line.strip()) for line in lines[:-1]]
    width = max(body)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH or len(lines[-1].strip()) > width + 5:
        return False
    if len(lines) == 2:  # one width to judge by: a wrap is wide and open, a headline is usually shorter
        return width >= MIN_TWO_LINE_WRAP and bool(_OPEN_LINE.search(lines[0].rstrip()))
    return sum(n >= WRAP_FILL * width for n in body) >= 0.8 * len(body)


def unwrap(text: str) -> str:
    r"""Join the lines of a paragraph that a hard wrap broke, so a line break does not end a sentence.

    A blank line or an indented line starts a new paragraph. The lines of a paragraph are joined when
    they are wrapped at one width (all but the last come close to it), and any line is joined to the
    next when it stops mid-sentence and the next goes on in lower case ("Japan" / "met South Korea").
    Lines of differing lengths that each end a sentence stay apart: one paragraph per line, or a
    headline over its story.

    Examples:
        >>> unwrap("Japan\nmet South Korea in Seoul.")
        'Japan met South Korea in Seoul.'
        >>> unwrap("North Korea slams US\nPyongyang accused Washington of plotting.")
        'North Korea slams US\nPyongyang accused Washington of plotting.'
    """
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        paragraphs: list[list[str]] = []
        for line in block.split("\n"):
            if not paragraphs or line[:1] in (" ", "\t"):
                paragraphs.append([line])
            else:
                paragraphs[-1].append(line)
        for lines in paragraphs:
            if len(lines) > 1 and _wrapped(lines):
                out.append(" ".join(line.strip() for line in lines))
                continue
            joined = [lines[0]]
            for line in lines[1:]:
                if _OPEN_LINE.search(joined[-1].rstrip()) and line.strip()[:1].islower():
                    joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
                else:
                    joined.append(line)
            out.append("\n".join(joined))
        out.append("")
    return "\n".join(out[:-1])


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
    text = _GLUED_SENTENCE.sub(" ", unwrap(text))
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
        if furniture.dateline is not None and len(kept) < 2 and line.endswith((".", "!", "?", '"', "”")):
            line = furniture.dateline.sub("", line, count=1)  # "KYIV, Ukraine — Russia fired ...": no subject "KYIV"
        if line:
            kept.append(line)
    if kept and len(kept) > 1 and not kept[0].endswith((".", "!", "?", '"', "”")) and len(kept[0].split()) <= 25:
        title = kept[0]
    return "\n\n".join(kept), date, title


def _too_long(where: str, n: int) -> str:
    return f"{where}: {n:,} characters of text, more than kg reads in one article ({MAX_ARTICLE_CHARS:,}); split it"


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
        date = date or parse_date(match.group(1) or match.group(2), where)
        raw = raw[match.end() :]
    match = _FRONT_MATTER.match(raw)
    if match:
        meta = _front_matter(match.group(1), where)
        date = date or parse_date(meta.get("date"), where)
        title, url = title or meta.get("title"), url or meta.get("url")
        raw = raw[match.end() :]
    if len(raw) > 4 * MAX_ARTICLE_CHARS:  # not worth cleaning: no furniture is that long
        raise InputError(_too_long(where, len(raw)))
    text, dateline, first_line = clean_text(raw, names=names)
    if not text.strip():
        raise InputError(f"{where}: no article text (empty, or only boilerplate)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(_too_long(where, len(text)))
    return Article(id=id, text=text, title=title or first_line, date=_valid_date(date or dateline, where), url=url, path=path)
