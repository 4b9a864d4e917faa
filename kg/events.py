"""The event files of a build: ``events.jsonl`` and ``events.parquet``, the same rows and columns."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from .io import atomic_open, atomic_write_parquet
from .model import Event

__all__ = ["event_records", "write_events"]

_ARROW_TYPES = {"int": "int64", "float": "float64", "str": "string", "str | None": "string"}


def event_records(events: Sequence[Event], copies: Mapping[str, Sequence[str]] = {}) -> list[dict]:
    """The ``events.jsonl`` records; an event whose article has wire copies gets their ids as ``copies``."""
    records = []
    for e in events:
        record = e.to_dict()
        if copies.get(e.article):
            record["copies"] = list(copies[e.article])
        records.append(record)
    return records


def _schema():
    import pyarrow as pa

    fields = [pa.field(f.name, _ARROW_TYPES[f.type]) for f in dataclasses.fields(Event)]
    return pa.schema([*fields, pa.field("copies", pa.list_(pa.string()))])


def write_events(out: Path, events: Sequence[Event], copies: Mapping[str, Sequence[str]] = {}) -> dict[str, Path]:
    """Write ``out/events.jsonl`` and ``out/events.parquet`` (``copies`` is an empty list there when none)."""
    import pyarrow as pa

    records = event_records(events, copies)
    with atomic_open(out / "events.jsonl") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    rows = [{**r, "copies": r.get("copies", [])} for r in records]
    atomic_write_parquet(out / "events.parquet", pa.Table.from_pylist(rows, schema=_schema()))
    return {"events.jsonl": out / "events.jsonl", "events.parquet": out / "events.parquet"}
