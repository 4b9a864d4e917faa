"""The event files of a build: ``events.jsonl`` and ``events.parquet``, the same rows and columns.

Both show every event the store holds, streamed article by article (a build's own from its spool,
:class:`EventJournal`, the others from the store), so a build's memory does not grow with the number
of events.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path

from rdflib import Literal

from ..io import atomic_open
from ..model import ArticleResult, Event, load_relations
from ..queries import internal
from .rdf import event_iri

__all__ = ["EventJournal", "event_from_values", "event_records", "iter_events", "stored_copies", "write_events"]

_ARROW_TYPES = {"int": "int64", "float": "float64", "str": "string", "str | None": "string"}
#: Articles per events query, and rows per Parquet row group.
ARTICLE_CHUNK = 256
ROW_GROUP = 4096


def event_from_values(values: dict) -> Event:
    """The :class:`Event` of one row of the packaged ``events`` query (values as Python values)."""
    v = dict(values)
    rel = _by_property()[str(v.pop("property")).rsplit("#", 1)[-1]]
    return Event(relation=rel.name, plover=rel.plover, family=rel.family, **v)


@functools.cache
def _by_property() -> dict:
    return {r.property: r for r in load_relations().values()}


def _sort_key(e: Event) -> tuple:
    return e.article, e.char_start, e.source, e.relation, e.target


def iter_events(store, ids: Sequence[str] | None = None) -> Iterator[Event]:
    """The events in ``store`` (a :class:`kg.graph.store.GraphStore`) of the articles ``ids`` (default: all, by id),
    article by article and by offset within one, read :data:`ARTICLE_CHUNK` articles at a time."""
    from .query import named_queries

    text = named_queries()["events"]
    ids = [row["article"] for row in store.select(internal("article-ids.rq"))] if ids is None else ids
    for start in range(0, len(ids), ARTICLE_CHUNK):
        chunk = ids[start : start + ARTICLE_CHUNK]
        found = sorted(
            (event_from_values(row) for row in store.select(store.bind_rows(text, "article", [Literal(i) for i in chunk]))),
            key=_sort_key,
        )
        place = {article: n for n, article in enumerate(chunk)}
        yield from sorted(found, key=lambda e: place[e.article])  # stable: the chunk's order, offsets within each


class EventJournal:
    """A build's events, spooled to a temporary file as articles are extracted, so that the event files
    need not read them back from the store.

    :meth:`events` gives every event the store holds: the articles this build read in their input
    order (the extracted ones from the spool, the unchanged ones from the store), then the store's
    other articles by id.
    """

    def __init__(self, folder: Path):
        self._spool = tempfile.TemporaryFile("w+", encoding="utf-8", dir=folder, prefix=".events.", suffix=".tmp")
        self._order: list[tuple[str, int | None]] = []  # article id, events spooled (None: in the store)

    def add(self, result: ArticleResult) -> None:
        events = sorted(result.events, key=_sort_key)
        self._spool.writelines(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events)
        self._order.append((result.article.id, len(events)))

    def unchanged(self, article_id: str) -> None:
        self._order.append((article_id, None))

    def events(self, store) -> Iterator[Event]:
        self._spool.flush()
        self._spool.seek(0)
        for spooled, group in itertools.groupby(self._order, key=lambda item: item[1] is not None):
            items = list(group)
            if spooled:
                for _ in range(sum(n for _, n in items)):
                    yield Event(**json.loads(self._spool.readline()))
            else:
                yield from iter_events(store, [article for article, _ in items])
        read = {article for article, _ in self._order}
        yield from iter_events(
            store, [row["article"] for row in store.select(internal("article-ids.rq")) if row["article"] not in read]
        )

    def close(self) -> None:
        self._spool.close()


def stored_copies(store) -> dict[str, list[str]]:
    """Story article id -> ids of its wire copies, as recorded in ``store`` (``kg:hasCopy``)."""
    out: dict[str, list[str]] = {}
    for row in store.select(internal("copies.rq")):
        out.setdefault(row["story"], []).append(row["copy"])
    return out


def event_records(events: Iterable[Event], copies: Mapping[str, Sequence[str]] = {}) -> Iterator[dict]:
    """The ``events.jsonl`` records: ``event`` (the id in the event's IRI, as in the CSV export and SPARQL),
    then the :class:`Event` fields; an event whose article has wire copies gets their ids as ``copies``."""
    for e in events:
        record = {"event": str(event_iri(e)).rsplit("/", 1)[-1], **e.to_dict()}
        if copies.get(e.article):
            record["copies"] = list(copies[e.article])
        yield record


def _schema():
    import pyarrow as pa

    fields = [pa.field(f.name, pa.date32() if f.name == "date" else _ARROW_TYPES[f.type]) for f in dataclasses.fields(Event)]
    return pa.schema([pa.field("event", pa.string()), *fields, pa.field("copies", pa.list_(pa.string()))])


def _row(record: dict) -> dict:
    """A record as Parquet stores it: a typed date (``date32``, null when unknown), and ``copies`` always a list."""
    day = record["date"]
    return {**record, "date": date.fromisoformat(day) if day else None, "copies": record.get("copies", [])}


def write_events(out: Path, events: Iterable[Event], copies: Mapping[str, Sequence[str]] = {}) -> int:
    """Stream ``events`` into ``out/events.jsonl`` and ``out/events.parquet`` (``copies`` is an empty list there when none).

    Returns:
        The number of events written.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema, count = _schema(), 0
    with atomic_open(out / "events.jsonl") as fh, atomic_open(out / "events.parquet", "wb") as ph:
        with pq.ParquetWriter(ph, schema) as writer:
            records = event_records(events, copies)
            while batch := list(itertools.islice(records, ROW_GROUP)):
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in batch)
                writer.write_table(pa.Table.from_pylist([_row(r) for r in batch], schema=schema))
                count += len(batch)
            if not count:  # an empty file still gets the schema
                writer.write_table(schema.empty_table())
    return count
