"""Files -> :class:`Article`: read .txt, .html, .jsonl(.gz), .csv, .parquet and .warc(.gz) lazily, strip page furniture.

Line, row and record formats are streamed (a ``.jsonl`` line, a ``.csv`` row, a batch of ``.parquet``
rows, a WARC record at a time), so an input never has to fit in memory. A ``.parquet`` file has the
columns of a ``.csv`` one (:data:`CSV_FIELDS`, renamed the same way); a WARC file gives one article per
HTML page fetched with status 200, extracted like an ``.html`` file. :func:`count_articles` counts
the articles of the inputs without reading their text, for a progress bar.

Every reader yields either an :class:`Article` or an :class:`InputError` naming the file, so
one bad input never stops the others.
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
import json
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from .errors import InputError
from .model import Article
from .rules import Rules, load_rules

if TYPE_CHECKING:  # imported when used: only their formats need them
    from pyarrow.parquet import ParquetFile
    from warcio.recordloader import ArcWarcRecord

__all__ = ["CSV_FIELDS", "SUFFIXES", "clean_text", "count_articles", "make_article", "parse_csv_columns", "read_articles",
           "read_path"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".csv", ".parquet", ".warc", ".warc.gz")
#: The article fields a ``.csv`` or ``.parquet`` row gives; each is read from the column of the same name unless renamed.
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
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_PARQUET_BATCH = 256  # rows decoded at a time: a few MB of article text


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


_GLUED_WORD = re.compile(r"\b([A-Z]\w{3,}?)(" + _GLUE_WORDS + r")\b")


@functools.lru_cache(maxsize=4)
def _glue_names(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n for n in names if len(n) >= 4 and n[0].isupper() and " " not in n)


def _unglue(text: str, names: frozenset[str]) -> str:
    """Restore the space lost between an actor name and the next word: "Koreawhich" -> "Korea which"."""
    def split(m: re.Match) -> str:
        word = m.group(0)
        for glue in _GLUE_WORDS.split("|"):
            if word.endswith(glue) and word[:-len(glue)] in names:
                return f"{word[:-len(glue)]} {glue}"
        return word
    return _GLUED_WORD.sub(split, text)


_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


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
        if len(line.split()) > rules.max_furniture_words:  # prose: drop only the sentences that are furniture
            line = " ".join(s for s in _SENTENCE_END.split(line) if not any(p.search(s) for p in rules.boilerplate))
        elif any(p.search(line) for p in rules.boilerplate) or _is_label(line, rules.max_label_words):
            continue
        if line:
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


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _read_html(text: str, path: str, names: Iterable[str], *, id: str | None = None, url: str | None = None,
               date: str | None = None) -> Article:
    """Extract the main text of an HTML page; ``id``, ``url`` and ``date`` are used when the page gives none."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    # Given a fallback date (a WARC record's), take only a date the page states, not a guess such as a copyright year.
    dates = None if date is None else {"original_date": True, "extensive_search": False}
    doc = trafilatura.bare_extraction(text, url=url, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True, date_extraction_params=dates)
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{path}: no article text found in the HTML")
    return make_article(doc.text, id or Path(path).name, date=doc.date or date, title=doc.title, url=url or doc.url, path=path,
                        names=names)


#: JSON Lines date fields, tried in order: ``date``, or the ``published`` of news archives (VOA's "2025-03-14 20:30:26Z").
DATE_FIELDS = ("date", "published")


def _record_date(record: dict) -> str | None:
    value = next((record[f] for f in DATE_FIELDS if isinstance(record.get(f), str) and record[f].strip()), None)
    return value.strip()[:10] if value else None


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
            yield make_article(record["text"], str(record.get("id") or f"{Path(path).name}:{lineno}"), date=_record_date(record),
                               title=record.get("title"), url=record.get("url"), path=where, names=names)
        except InputError as exc:
            yield exc


def _lines(fh: BinaryIO, where: str) -> Iterator[tuple[int, str | InputError]]:
    """Numbered lines of an open binary file, decoded as they are read; a line that is not UTF-8 is an error.

    Raises:
        InputError: the file is binary, or empty.
    """
    if b"\x00" in fh.peek(8192)[:8192]:  # type: ignore[attr-defined]  # buffered files and gzip files have peek
        raise InputError(f"{where}: binary file, not text")
    blank = True
    for lineno, raw in enumerate(fh, 1):
        blank = blank and not raw.strip()
        try:
            yield lineno, raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield lineno, InputError(f"{where}:{lineno}: not UTF-8 text (invalid byte 0x{raw[exc.start]:02x})")
    if blank:
        raise InputError(f"{where}: empty file")


def _gzip_lines(path: Path, where: str) -> Iterator[tuple[int, str | InputError]]:
    """Numbered lines of a gzip file, decompressed as they are read; a line that is not UTF-8 is an error."""
    lineno = 0
    try:
        with gzip.open(path, "rb") as fh:
            for lineno, line in _lines(fh, where):
                yield lineno, line
    except (OSError, EOFError, zlib.error) as exc:  # not gzip, or cut short: the lines before it were read
        yield lineno + 1, InputError(f"{where}:{lineno + 1}: not a readable gzip file: {exc}")


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


def _row_article(row: Mapping[str, object], cols: Mapping[str, str], default_id: str, where: str,
                 names: Iterable[str]) -> Article:
    """Build the article of one ``.csv`` or ``.parquet`` row; a null or empty value is a missing one."""
    def value(field: str) -> str | None:
        found = row.get(cols[field])
        return None if found is None or found == "" else str(found)

    text = row.get(cols["text"])
    if text is not None and not isinstance(text, str):
        raise InputError(f"{where}: the {cols['text']!r} value is a {type(text).__name__}, not text")
    return make_article(text or "", (value("id") or "").strip() or default_id, date=row.get(cols["date"]), title=value("title"),
                        url=value("url"), path=where, names=names)


def _read_csv(path: Path, where: str, names: Iterable[str], columns: Mapping[str, str]) -> Iterator[Article | InputError]:
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
                if row.get(cols["text"]) is None:
                    yield InputError(f"{where}:{lineno}: the row has {len(row)} of the header's {len(header)} columns")
                    continue
                try:
                    yield _row_article(row, cols, f"{path.name}:{lineno}", f"{where}:{lineno}", names)
                except InputError as exc:
                    yield exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}:{start}: not UTF-8 text (invalid byte 0x{exc.object[exc.start]:02x})") from None


def _parquet_file(path: Path, where: str) -> ParquetFile:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except pa.ArrowInvalid as exc:
        raise InputError(f"{where}: not a Parquet file ({_one_line(exc)})") from None


def _read_parquet(path: Path, where: str, names: Iterable[str], columns: Mapping[str, str]) -> Iterator[Article | InputError]:
    """One article per row, read a batch of rows at a time and only the columns of :data:`CSV_FIELDS`; rows count from 1."""
    import pyarrow as pa

    cols = {f: columns.get(f, f) for f in CSV_FIELDS}
    table = _parquet_file(path, where)
    header = table.schema_arrow.names
    if cols["text"] not in header:
        raise InputError(f"{where}: no {cols['text']!r} column for the article text (columns: {', '.join(header)})")
    row_number = 0
    try:
        for batch in table.iter_batches(batch_size=_PARQUET_BATCH, columns=[c for c in dict.fromkeys(cols.values()) if c in header]):
            for row in batch.to_pylist():
                row_number += 1
                try:
                    yield _row_article(row, cols, f"{path.name}:{row_number}", f"{where}:{row_number}", names)
                except InputError as exc:
                    yield exc
    except (pa.ArrowException, OSError) as exc:  # a corrupt row group: the rows before it were read
        raise InputError(f"{where}:{row_number + 1}: corrupt Parquet data: {_one_line(exc)}") from None


class _WarcPage(NamedTuple):
    """An HTML page of a WARC file."""

    id: str  #: the target URI, else the WARC record id
    url: str | None
    date: str | None  #: the date of WARC-Date
    html: str | None  #: None when only counting


def _decode_payload(data: bytes, content_type: str) -> str:
    """Decode with the charset of the Content-Type header, else as UTF-8; bad bytes become U+FFFD."""
    charset = _CHARSET.search(content_type)
    try:
        return data.decode(charset.group(1) if charset else "utf-8", errors="replace")
    except LookupError:  # an unknown charset name
        return data.decode("utf-8", errors="replace")


def _warc_page(record: ArcWarcRecord, payload: bool) -> _WarcPage | None:
    """The page of a ``response`` record of an HTML page with HTTP status 200, else None."""
    http = record.http_headers
    if record.rec_type != "response" or http is None or http.get_statuscode() != "200":
        return None
    content_type = http.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    html = _decode_payload(record.content_stream().read(), content_type) if payload else None
    return _WarcPage(uri or record_id, uri, (record.rec_headers.get_header("WARC-Date") or "")[:10] or None, html)


def _warc_pages(path: Path, where: str, payload: bool = True) -> Iterator[_WarcPage]:
    """The HTML pages of a ``.warc`` or ``.warc.gz`` file, a record at a time; other records are skipped.

    Raises:
        InputError: the file is not a WARC file, or is corrupt or cut short (the pages before that were yielded).
    """
    from warcio.archiveiterator import ArchiveIterator  # imported here: only WARC input needs it
    from warcio.exceptions import ArchiveLoadFailed

    class CutShort:
        """A file that raises on a gzip member cut short, where warcio would take the EOFError for the end of the file.

        It reads no further ahead than the gzip reader has to, so the records before the cut are all read.
        """

        def __init__(self, fh: BinaryIO) -> None:
            self.fh = fh

        def read(self, size: int = -1) -> bytes:
            try:
                return self.fh.read1(size)  # type: ignore[attr-defined]
            except EOFError as exc:
                raise ArchiveLoadFailed(exc) from None

    records = pages = 0
    try:
        with (gzip.open if path.name.lower().endswith(".gz") else open)(path, "rb") as fh:
            for records, record in enumerate(ArchiveIterator(CutShort(fh)), 1):
                if not record.rec_type or record.length is None:  # every WARC record has a Content-Length
                    raise ArchiveLoadFailed("a record header is cut short")
                page = _warc_page(record, payload)
                while record.raw_stream.read(1 << 16):  # the rest of the record, to see whether it is all there
                    pass
                if getattr(record.raw_stream, "limit", 0):  # fewer bytes than its Content-Length
                    raise ArchiveLoadFailed("the last record is cut short")
                if page:
                    pages += 1
                    yield page
    # warcio raises AttributeError or ValueError on some headers cut short
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, AttributeError) as exc:
        kept = f"cut short or corrupt after {pages} HTML page(s)" if records > 1 else "not a readable WARC file"
        raise InputError(f"{where}: {kept}: {_one_line(exc)}") from None
    if not records:
        raise InputError(f"{where}: empty file")


def _read_warc(path: Path, where: str, names: Iterable[str], columns: Mapping[str, str]) -> Iterator[Article | InputError]:
    """One article per HTML page fetched with status 200; a page without text is one error naming its URI."""
    for page in _warc_pages(path, where):
        try:
            yield _read_html(page.html or "", f"{where}:{page.id}", names, id=page.id, url=page.url, date=page.date)
        except InputError as exc:
            yield exc


def _read_text(path: Path, where: str, names: Iterable[str], columns: Mapping[str, str]) -> Iterator[Article | InputError]:
    """A plain text file, or standard input (``-``), as one article."""
    data = sys.stdin.buffer.read() if where == "-" else path.read_bytes()
    yield make_article(_decode(data, where), "stdin" if where == "-" else path.name, path=where, names=names)


def _read_html_file(path: Path, where: str, names: Iterable[str], columns: Mapping[str, str]) -> Iterator[Article | InputError]:
    yield _read_html(_decode(path.read_bytes(), where), where, names)


def _read_jsonl_file(path: Path, where: str, names: Iterable[str], columns: Mapping[str, str]) -> Iterator[Article | InputError]:
    """One article per line of a ``.jsonl`` or ``.jsonl.gz`` file, read as the lines come."""
    if path.name.lower().endswith(".gz"):
        yield from _read_jsonl(_gzip_lines(path, where), where, names)
        return
    with path.open("rb") as fh:
        yield from _read_jsonl(_lines(fh, where), where, names)


_Reader = Callable[[Path, str, Iterable[str], Mapping[str, str]], Iterator[Article | InputError]]
_READERS: dict[str, _Reader] = {".txt": _read_text, ".html": _read_html_file, ".htm": _read_html_file, ".jsonl": _read_jsonl_file,
                               ".jsonl.gz": _read_jsonl_file, ".csv": _read_csv, ".parquet": _read_parquet, ".warc": _read_warc,
                               ".warc.gz": _read_warc}


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in sorted(SUFFIXES, key=len, reverse=True) if name.endswith(s)), None)


def read_path(path: Path, names: Iterable[str] = (), csv_columns: Iterable[tuple[str, str]] = ()) -> Iterator[Article | InputError]:
    """Yield the articles of one file (``-`` is standard input), or the error that stops it.

    A file of another type is read as plain text.
    """
    where = str(path)
    reader = _read_text if where == "-" else _READERS.get(_kind(path) or "", _read_text)
    try:
        yield from reader(path, where, names if isinstance(names, frozenset) else frozenset(names), dict(csv_columns))
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

    ``csv_columns`` renames the ``.csv`` and ``.parquet`` columns read as :data:`CSV_FIELDS`, e.g. ``(("text", "body"),)``.
    """
    names, csv_columns = frozenset(names), tuple(csv_columns)
    for item in _expand(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, names, csv_columns)


# Counting: each counter yields one item per article, so a file cut short still counts what came before the cut.

def _count_lines(path: Path, text_column: str) -> Iterator[bytes]:
    """The non-blank lines of a ``.jsonl`` or ``.jsonl.gz`` file."""
    with (gzip.open if path.name.lower().endswith(".gz") else open)(path, "rb") as fh:
        yield from (line for line in fh if line.strip())


def _count_csv_rows(path: Path, text_column: str) -> Iterator[object]:
    """The rows that :func:`_read_csv` reads, as articles or errors; none without the text column."""
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 26))  # as in _read_csv
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as fh:
        reader = csv.reader(fh)
        if text_column not in next(reader, []):
            return
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error:  # _read_csv reports the row as an error
                row = [""]
            if row:  # csv.DictReader skips blank lines
                yield row


def _count_parquet_rows(path: Path, text_column: str) -> Iterator[object]:
    """The rows of a ``.parquet`` file, from its footer; none without the text column."""
    table = _parquet_file(path, str(path))
    return iter(range(table.metadata.num_rows if text_column in table.schema_arrow.names else 0))


def _count_warc_pages(path: Path, text_column: str) -> Iterator[object]:
    """The HTML pages of a WARC file, read without their payloads."""
    return _warc_pages(path, str(path), payload=False)


_COUNTERS: dict[str, Callable[[Path, str], Iterable[object]]] = {
    ".jsonl": _count_lines, ".jsonl.gz": _count_lines, ".csv": _count_csv_rows, ".parquet": _count_parquet_rows,
    ".warc": _count_warc_pages, ".warc.gz": _count_warc_pages}


def _count_path(path: Path, text_column: str) -> int:
    if str(path) == "-":
        return 1
    count = 0
    try:
        for _ in _COUNTERS.get(_kind(path) or "", lambda p, _: (p,))(path, text_column):
            count += 1
    except Exception:  # noqa: BLE001 -- a count for a progress bar never stops a build; reading reports the error
        return count
    return count


def count_articles(paths: Iterable[Path | str], csv_columns: Iterable[tuple[str, str]] = ()) -> int:
    """Count the articles under ``paths`` cheaply, without extracting any text: for a progress bar's total.

    One per ``.txt`` or ``.html`` file and for standard input, one per non-blank line of a ``.jsonl(.gz)`` file,
    one per row of a ``.csv`` or ``.parquet`` file (none if it lacks the text column named by ``csv_columns``),
    one per HTML page (status 200) of a WARC file. An unreadable input counts what could be read of it; this
    never raises.
    """
    text_column = dict(csv_columns).get("text", "text")
    return sum(_count_path(item, text_column) for item in _expand(paths) if not isinstance(item, InputError))
