"""Write a built graph in another format: RDF serialisations and an events table (CSV).

The actor network (GraphML, GEXF) is the analysis projection's: :mod:`kg.analysis.network`, whose ``export``
writes every format.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from ..errors import OptionError
from ..model import load_relations
from ..queries import internal
from .store import PREFIXES, GraphStore, open_data

__all__ = ["FORMATS", "events_table", "export"]

_RDF = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
FORMATS = (*_RDF, "csv")


def events_table(store: GraphStore, output: IO[str]) -> None:
    """Write one CSV row per event (the events.jsonl fields that the graph holds)."""
    result = store.query(internal("events-table.rq"))
    names = [str(v) for v in result.vars]
    at, by_property = names.index("relation"), _relation_names()
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow(names)
    for row in result:
        cells = ["" if v is None else str(v) for v in row]
        cells[at] = by_property.get(cells[at], cells[at])
        writer.writerow(cells)


def _relation_names() -> dict[str, str]:
    """RDF property local name (``meets``) -> relation name (``meet``): one vocabulary in every table."""
    return {r.property: r.name for r in load_relations().values()}


def _compact_jsonld(store: GraphStore, output: IO[bytes]) -> None:
    """JSON-LD in compact form with the ontology's context (``kg:``, ``kgid:``, ``schema:`` ...), one ``@graph`` per
    named graph, instead of the expanded form with every IRI in full."""
    from rdflib import Dataset

    buf = io.BytesIO()
    store.dump(buf, ox.RdfFormat.N_QUADS)
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    output.write(ds.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True).encode("utf-8"))


def export(data: Path | str, fmt: str, output: IO[bytes]) -> None:
    """Write a build's graph (its store, else ``graph.trig``) or an RDF file in ``fmt`` (RDF or CSV).

    Args:
        data: a build's output folder or an RDF file.
        fmt: one of :data:`FORMATS`.
        output: a binary stream.

    Raises:
        OptionError: an unknown format.
        StoreError: the data cannot be read.
    """
    if fmt not in FORMATS:
        raise OptionError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
    with open_data(data) as store:
        if fmt == "jsonld":
            _compact_jsonld(store, output)
        elif fmt in _RDF:
            store.dump(output, _RDF[fmt])
        else:
            text = io.StringIO()
            events_table(store, text)
            output.write(text.getvalue().encode("utf-8"))
