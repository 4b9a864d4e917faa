"""Inputs -> how many articles they hold, cheaply and without their text: a progress bar's total."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from .readers import Paths, _expand, _kind, _parquet_file
from .warc import warc_pages

__all__ = ["count_articles"]


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
    return warc_pages(path, str(path), payload=False)


_COUNTERS: dict[str, Callable[[Path, str], Iterable[object]]] = {
    ".jsonl": _count_lines,
    ".jsonl.gz": _count_lines,
    ".csv": _count_csv_rows,
    ".parquet": _count_parquet_rows,
    ".warc": _count_warc_pages,
    ".warc.gz": _count_warc_pages,
}


def _count_path(path: Path, text_column: str) -> int:
    if str(path) == "-":
        return 1
    count = 0
    try:
        for _ in _COUNTERS.get(_kind(path) or "", lambda p, _: (p,))(path, text_column):
            count += 1
    except Exception:
        return count
    return count


def count_articles(paths: Paths, csv_columns: Iterable[tuple[str, str]] = ()) -> int:
    """Count the articles under ``paths`` cheaply, without extracting any text: for a progress bar's total.

    One per ``.txt`` or ``.html`` file and for standard input, one per non-blank line of a ``.jsonl(.gz)`` file,
    one per row of a ``.csv`` or ``.parquet`` file (none if it lacks the text column named by ``csv_columns``),
    one per HTML page (status 200) of a WARC file. An unreadable input counts what could be read of it; this
    never raises.
    """
    text_column = dict(csv_columns).get("text", "text")
    return sum(_count_path(item, text_column) for item in _expand(paths) if not isinstance(item, InputError))
