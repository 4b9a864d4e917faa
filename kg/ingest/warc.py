"""WARC files -> their HTML pages (status 200), a record at a time, for :mod:`kg.ingest.readers` and :mod:`kg.ingest.counting`."""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from ..errors import InputError, one_line

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

__all__ = ["warc_pages"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


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


def warc_pages(path: Path, where: str, payload: bool = True) -> Iterator[_WarcPage]:
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
            for records, record in enumerate(ArchiveIterator(CutShort(fh)), 1):  # noqa: B007 - the count is reported after the loop
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
        raise InputError(f"{where}: {kept}: {one_line(exc)}") from None
    if not records:
        raise InputError(f"{where}: empty file")
