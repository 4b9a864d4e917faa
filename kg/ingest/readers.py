"""Files -> :class:`Article`: read .txt, .html, .jsonl(.gz), .csv, .parquet and .warc(.gz) lazily.

The text is cleaned by :mod:`kg.ingest.cleaning`.

Line, row and record formats are streamed (a ``.jsonl`` line, a ``.csv`` row, a batch of ``.parquet``
rows, a WARC record at a time), so an input never has to fit in memory. A ``.parquet`` file has the
columns of a ``.csv`` one (:data:`CSV_FIELDS`, renamed the same way); a WARC file gives one article per
HTML page fetched with status 200, extracted like an ``.html`` file. :func:`kg.ingest.counting.count_articles` counts
the articles of the inputs without reading their text, for a progress bar.

Every reader yields either an :class:`Article` or an :class:`InputError` naming the file, so
one bad input never stops the others.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..errors import InputError, one_line
from ..model import Article
from .cleaning import clean_text, make_article
from .decoding import decode as _decode
from .warc import warc_pages

if TYPE_CHECKING:  # imported when used: only their formats need them
    from pyarrow.parquet import ParquetFile

__all__ = ["CSV_FIELDS", "SUFFIXES", "clean_text", "make_article", "parse_csv_columns", "read_articles", "read_path"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz", ".csv", ".parquet", ".warc", ".warc.gz")
#: The article fields a ``.csv`` or ``.parquet`` row gives; each is read from the column of the same name unless renamed.
CSV_FIELDS = ("text", "id", "title", "date", "url")

_PARQUET_BATCH = 256  # rows decoded at a time: a few MB of article text


def _read_html(
    text: str, path: str, names: Iterable[str], *, id: str | None = None, url: str | None = None, date: str | None = None
) -> Article:
    """Extract the main text of an HTML page; ``id``, ``url`` and ``date`` are used when the page gives none."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    # Given a fallback date (a WARC record's), take only a date the page states, not a guess such as a copyright year.
    dates = None if date is None else {"original_date": True, "extensive_search": False}
    doc = trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params=dates,
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{path}: no article text found in the HTML")
    return make_article(
        doc.text, id or Path(path).name, date=doc.date or date, title=doc.title, url=url or doc.url, path=path, names=names
    )


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
            yield make_article(
                record["text"],
                str(record.get("id") or f"{Path(path).name}:{lineno}"),
                date=_record_date(record),
                title=record.get("title"),
                url=record.get("url"),
                path=where,
                names=names,
            )
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


def _row_article(
    row: Mapping[str, object], cols: Mapping[str, str], default_id: str, where: str, names: Iterable[str]
) -> Article:
    """Build the article of one ``.csv`` or ``.parquet`` row; a null or empty value is a missing one."""

    def value(field: str) -> str | None:
        found = row.get(cols[field])
        return None if found is None or found == "" else str(found)

    text = row.get(cols["text"])
    if text is not None and not isinstance(text, str):
        raise InputError(f"{where}: the {cols['text']!r} value is a {type(text).__name__}, not text")
    return make_article(
        text or "",
        (value("id") or "").strip() or default_id,
        date=row.get(cols["date"]),
        title=value("title"),
        url=value("url"),
        path=where,
        names=names,
    )


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
        raise InputError(f"{where}: not a Parquet file ({one_line(exc)})") from None


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
        for batch in table.iter_batches(
            batch_size=_PARQUET_BATCH, columns=[c for c in dict.fromkeys(cols.values()) if c in header]
        ):
            for row in batch.to_pylist():
                row_number += 1
                try:
                    yield _row_article(row, cols, f"{path.name}:{row_number}", f"{where}:{row_number}", names)
                except InputError as exc:
                    yield exc
    except (pa.ArrowException, OSError) as exc:  # a corrupt row group: the rows before it were read
        raise InputError(f"{where}:{row_number + 1}: corrupt Parquet data: {one_line(exc)}") from None


def _read_warc(path: Path, where: str, names: Iterable[str], columns: Mapping[str, str]) -> Iterator[Article | InputError]:
    """One article per HTML page fetched with status 200; a page without text is one error naming its URI."""
    for page in warc_pages(path, where):
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
_READERS: dict[str, _Reader] = {
    ".txt": _read_text,
    ".html": _read_html_file,
    ".htm": _read_html_file,
    ".jsonl": _read_jsonl_file,
    ".jsonl.gz": _read_jsonl_file,
    ".csv": _read_csv,
    ".parquet": _read_parquet,
    ".warc": _read_warc,
    ".warc.gz": _read_warc,
}


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in sorted(SUFFIXES, key=len, reverse=True) if name.endswith(s)), None)


def read_path(
    path: Path, names: Iterable[str] = (), csv_columns: Iterable[tuple[str, str]] = ()
) -> Iterator[Article | InputError]:
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


#: One input, or several: ``"folder"`` and ``["a.txt", "folder"]`` both work.
Paths = Path | str | Iterable[Path | str]


def _expand(paths: Paths, skipped: Callable[[Path], None] | None = None) -> Iterator[Path | InputError]:
    """Every input file under ``paths``, in order; a path given as one string or ``Path`` is one input, not its letters."""
    for p in map(Path, [paths] if isinstance(paths, (str, os.PathLike)) else paths):
        if str(p) == "-":
            yield p
        elif p.is_dir():
            for f in sorted(f for f in p.rglob("*") if f.is_file()):
                if _kind(f):
                    yield f
                elif skipped is not None and not f.name.startswith("."):  # hidden files (.gitkeep) are not inputs
                    skipped(f)
        elif p.is_file():
            yield (
                p if _kind(p) else InputError(f"{p}: unsupported file type {p.suffix!r} (expected one of {', '.join(SUFFIXES)})")
            )
        else:
            yield InputError(f"{p}: no such file or directory")


def read_articles(
    paths: Paths,
    names: Iterable[str] = (),
    csv_columns: Iterable[tuple[str, str]] = (),
    skipped: Callable[[Path], None] | None = None,
) -> Iterator[Article | InputError]:
    """Lazily yield every article under ``paths`` (files and folders, any mix), or an error per bad input.

    ``csv_columns`` renames the ``.csv`` and ``.parquet`` columns read as :data:`CSV_FIELDS`, e.g. ``(("text", "body"),)``.
    A file of a type kg does not read, inside a folder, is passed to ``skipped`` (named on its own, it is an error).
    """
    names, csv_columns = frozenset(names), tuple(csv_columns)
    for item in _expand(paths, skipped):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, names, csv_columns)


# Counting: each counter yields one item per article, so a file cut short still counts what came before the cut.
