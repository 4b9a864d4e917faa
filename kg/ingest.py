"""Files -> :class:`Article`: read .txt, .html, .jsonl, .jsonl.gz and .csv lazily, strip page furniture.

Every reader yields either an :class:`Article` or an :class:`InputError` naming the file, so
one bad input never stops the others.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from .errors import InputError
from .model import Article
from .rules import Rules, load_rules

__all__ = ["CSV_FIELDS", "SUFFIXES", "clean_text", "make_article", "parse_csv_columns", "read_articles", "read_path"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".csv")
#: The article fields a ``.csv`` row gives; each is read from the column of the same name unless renamed.
CSV_FIELDS = ("text", "id", "title", "date", "url")

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
    return 0 < len(words) <= max_words and not _SENTENCE_PUNCT.search(line) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def clean_text(raw: str, rules: Rules | None = None, names: Iterable[str] = ()) -> tuple[str, str | None, str | None]:
    """Normalise article text and drop page furniture.

    Args:
        raw: the text as read, after any header or front matter.
        rules: boilerplate rules; the packaged ones by default.
        names: actor name words; a lost space after one of them is restored ("Koreawhich").

    Returns:
        ``(text, dateline_date, title)``: paragraphs joined by blank lines, the date of a
        dateline if one was found, and the first line if it reads as a headline.
    """
    rules = rules or load_rules()
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _GLUED_SENTENCE.sub(" ", text)
    long_names = sorted({n for n in names if len(n) >= 4 and n[0].isupper() and " " not in n}, key=len, reverse=True)
    if long_names:
        glued = re.compile(r"\b(" + "|".join(map(re.escape, long_names)) + r")(" + _GLUE_WORDS + r")\b")
        text = glued.sub(r"\1 \2", text)
    kept, date, title = [], None, None
    for line in text.split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        when = _parse_dateline(line)
        if when:
            date = date or when
            continue
        if any(p.search(line) for p in rules.boilerplate) or _is_label(line, rules.max_label_words):
            continue
        kept.append(line)
    if kept and len(kept) > 1 and not kept[0].endswith((".", "!", "?", '"', "”")) and len(kept[0].split()) <= 25:
        title = kept[0]
    return "\n\n".join(kept), date, title


def make_article(raw: str, id: str, *, date: str | None = None, title: str | None = None, url: str | None = None,
                 path: str | None = None, names: Iterable[str] = ()) -> Article:
    """Build an :class:`Article` from raw text, reading a ``date`` header or front matter.

    Raises:
        InputError: the text is empty after cleaning, or a date is malformed.
    """
    where = path or id
    match = _HEADER_DATE.match(raw)
    if match:
        date = date or match.group(1)
        raw = raw[match.end():]
    match = _FRONT_MATTER.match(raw)
    if match:
        meta = {}
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        date, title, url = date or meta.get("date"), title or meta.get("title"), url or meta.get("url")
        raw = raw[match.end():]
    text, dateline, first_line = clean_text(raw, names=names)
    if not text.strip():
        raise InputError(f"{where}: no article text (empty, or only boilerplate)")
    return Article(id=id, text=text, title=title or first_line, date=_valid_date(date or dateline, where), url=url, path=path)


def _decode(data: bytes, where: str) -> str:
    if not data.strip():
        raise InputError(f"{where}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def _read_html(text: str, path: str, names: Iterable[str]) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{path}: no article text found in the HTML")
    return make_article(doc.text, Path(path).name, date=doc.date, title=doc.title, url=doc.url, path=path, names=names)


def _read_jsonl(lines: Iterable[tuple[int, str | InputError]], path: str, names: Iterable[str]) -> Iterator[Article | InputError]:
    for lineno, line in lines:
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: malformed JSON line: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputError(f"{where}: a JSON line must be an object with a string 'text'")
            continue
        try:
            yield make_article(record["text"], str(record.get("id") or f"{Path(path).name}:{lineno}"), date=record.get("date"),
                               title=record.get("title"), url=record.get("url"), path=where, names=names)
        except InputError as exc:
            yield exc


def _gzip_lines(path: Path, where: str) -> Iterator[tuple[int, str | InputError]]:
    """Numbered lines of a gzip file, decompressed as they are read; a line that is not UTF-8 is an error."""
    lineno = 0
    try:
        with gzip.open(path, "rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                try:
                    yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    yield lineno, InputError(f"{where}:{lineno}: not UTF-8 text (invalid byte 0x{raw[exc.start]:02x})")
    except (OSError, EOFError, zlib.error) as exc:  # not gzip, or cut short: the lines before it were read
        yield lineno + 1, InputError(f"{where}:{lineno + 1}: not a readable gzip file: {exc}")
        return
    if lineno == 0:
        yield 0, InputError(f"{where}: empty file")


def parse_csv_columns(spec: str | None) -> tuple[tuple[str, str], ...]:
    """Parse ``text=body,date=published`` into ``(("text", "body"), ("date", "published"))``.

    Raises:
        InputError: an item is not ``FIELD=COLUMN`` or names a field other than :data:`CSV_FIELDS`.

    Examples:
        >>> parse_csv_columns("text=body, date=published")
        (('text', 'body'), ('date', 'published'))
    """
    pairs = []
    for item in filter(None, (i.strip() for i in (spec or "").split(","))):
        field, sep, column = (p.strip() for p in item.partition("="))
        if not sep or not column or field not in CSV_FIELDS:
            raise InputError(f"--csv-columns: expected FIELD=COLUMN with FIELD one of {', '.join(CSV_FIELDS)}, got: {item!r}")
        pairs.append((field, column))
    return tuple(pairs)


def _read_csv(path: Path, where: str, names: Iterable[str], columns: dict[str, str]) -> Iterator[Article | InputError]:
    """One article per row, read lazily; a bad row is one error naming its first line."""
    cols = {f: columns.get(f, f) for f in CSV_FIELDS}
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 26))  # the default (128 KiB) is shorter than some articles
    with path.open("rb") as raw:
        head = raw.peek(8192)[:8192]
        if not head.strip():
            raise InputError(f"{where}: empty file")
        if b"\x00" in head:
            raise InputError(f"{where}: binary file, not text")
        reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
        start = 1
        try:
            header = reader.fieldnames or []
            if cols["text"] not in header:
                raise InputError(f"{where}: no {cols['text']!r} column for the article text (columns: {', '.join(header)})")
            start = reader.line_num + 1
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield InputError(f"{where}:{start}: malformed CSV row: {exc}")
                    start = reader.line_num + 1
                    continue
                lineno, start = start, reader.line_num + 1
                text = row.get(cols["text"])
                if text is None:
                    yield InputError(f"{where}:{lineno}: the row has {len(row)} of the header's {len(header)} columns")
                    continue
                try:
                    yield make_article(text, (row.get(cols["id"]) or "").strip() or f"{path.name}:{lineno}",
                                       date=row.get(cols["date"]), title=row.get(cols["title"]) or None,
                                       url=row.get(cols["url"]) or None, path=f"{where}:{lineno}", names=names)
                except InputError as exc:
                    yield exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}:{start}: not UTF-8 text (invalid byte 0x{exc.object[exc.start]:02x})") from None


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in sorted(SUFFIXES, key=len, reverse=True) if name.endswith(s)), None)


def read_path(path: Path, names: Iterable[str] = (), csv_columns: Iterable[tuple[str, str]] = ()) -> Iterator[Article | InputError]:
    """Yield the articles of one file (``-`` is standard input), or the error that stops it."""
    where = str(path)
    try:
        kind = _kind(path)
        if kind == ".jsonl.gz":
            yield from _read_jsonl(_gzip_lines(path, where), where, names)
            return
        if kind == ".csv":
            yield from _read_csv(path, where, names, dict(csv_columns))
            return
        data = sys.stdin.buffer.read() if where == "-" else path.read_bytes()
        text = _decode(data, where)
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from _read_jsonl(enumerate(text.splitlines(), 1), where, names)
        elif suffix in (".html", ".htm"):
            yield _read_html(text, where, names)
        else:
            yield make_article(text, "stdin" if where == "-" else path.name, path=where, names=names)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"{where}: cannot be read: {exc.strerror or exc}")


def _expand(paths: Iterable[Path | str]) -> Iterator[Path | InputError]:
    for p in map(Path, paths):
        if str(p) == "-":
            yield p
        elif p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and _kind(f))
        elif p.is_file():
            yield p if _kind(p) else InputError(f"{p}: unsupported file type {p.suffix!r} (expected one of {', '.join(SUFFIXES)})")
        else:
            yield InputError(f"{p}: no such file or directory")


def read_articles(paths: Iterable[Path | str], names: Iterable[str] = (),
                  csv_columns: Iterable[tuple[str, str]] = ()) -> Iterator[Article | InputError]:
    """Lazily yield every article under ``paths`` (files and folders, any mix), or an error per bad input.

    ``csv_columns`` renames the ``.csv`` columns read as :data:`CSV_FIELDS`, e.g. ``(("text", "body"),)``.
    """
    names, csv_columns = tuple(names), tuple(csv_columns)
    for item in _expand(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, names, csv_columns)
