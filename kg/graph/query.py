"""SPARQL over a built graph: named queries from ``kg/queries/*.rq``, results in W3C formats."""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import get_args

import pyoxigraph as ox
from rdflib import XSD, Dataset, Graph, Literal
from rdflib.query import Result
from rdflib.term import Identifier

from ..config import QueryFormat
from ..errors import QueryError, StoreBusyError, StoreError
from ..queries import named_queries
from ..text import table
from .generation import open_committed
from .guard import check_query
from .rdf import bind
from .remote import RemoteStore
from .store import GraphStore, python_value, store_path
from .vocab import ID, KG

__all__ = ["FORMATS", "format_result", "load_graph", "named_queries", "parse_binding", "query"]

FORMATS: tuple[str, ...] = get_args(QueryFormat)
_W3C = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
log = logging.getLogger(__name__)
_RDF_FORMATS = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}


def load_graph(data: Path | str = "output") -> Graph:
    """Load a build's output folder (its ``graph.trig``) or one RDF file into rdflib.

    Raises:
        StoreError: nothing to load, or the file does not parse.
    """
    path = Path(data)
    if path.is_dir():
        path = next((path / n for n in ("graph.trig", "graph.ttl") if (path / n).exists()), path / "graph.trig")
    if not path.exists():
        raise StoreError(f"{path}: no graph found (run 'kg build' first, or pass --data)")
    fmt = _RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF file type {path.suffix!r} (expected one of {', '.join(_RDF_FORMATS)})")
    graph = Dataset(default_union=True) if fmt in ("trig", "nquads") else Graph()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises parser-specific types
        raise StoreError(
            f"{path}: cannot be parsed as {fmt}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
        ) from exc
    return bind(graph)


def _query_text(query_or_file: str) -> str:
    path = Path(query_or_file)
    if path.suffix == ".rq" and path.is_file():
        return path.read_text(encoding="utf-8")
    named = named_queries()
    if query_or_file in named or (path.stem in named and not path.exists()):
        return named.get(query_or_file) or named[path.stem]
    if path.suffix == ".rq" or (query_or_file.replace("-", "").replace("_", "").isalnum() and "{" not in query_or_file):
        raise QueryError(f"{query_or_file}: no such query file or packaged query (packaged queries: {', '.join(sorted(named))})")
    return query_or_file


def query(
    query_or_file: str,
    data: Path | str | Graph = "output",
    bindings: Mapping[str, Identifier] | None = None,
    endpoint: str | None = None,
    allow_service: bool = False,
    timeout: float | None = None,
) -> Result:
    """Run SPARQL (text, a ``.rq`` file, or a packaged query's name) over a graph.

    The data is, in this order: ``endpoint`` (a SPARQL 1.1 query URL) when given; a build folder's last
    published generation (:mod:`kg.graph.generation`: never the store a build may be writing, and never
    its lock), else its ``graph.trig``; an RDF file; or an rdflib ``Graph``.

    Args:
        query_or_file: SPARQL text, a ``.rq`` file or a packaged query name.
        data: a build's output folder, an RDF file or a graph.
        bindings: variable name -> RDF term, bound by the engine itself (for an endpoint, with a ``VALUES``
            block of escaped terms): a value never becomes query text.
        endpoint: a SPARQL endpoint to query instead of ``data``.
        allow_service: let ``SERVICE`` send requests to other endpoints (off: a query could make kg call any address).
        timeout: seconds the query may run, in a child process that is killed at the limit (an engine cannot
            stop a query it is computing, and Ctrl-C cannot interrupt it); 0: no limit, but still in a child
            process, so Ctrl-C stops it at once; ``None``: no limit, in this process.

    Raises:
        QueryError: the query does not parse, fails, is too long or too deep (:mod:`kg.graph.guard`), uses
            ``SERVICE`` without ``allow_service``, or runs past ``timeout``.
        StoreError: the data cannot be loaded.
    """
    text = _query_text(query_or_file)
    check_query(text, allow_service)
    label = query_or_file if len(query_or_file) < 60 else "query"
    if timeout is not None:
        import rdflib.plugins.sparql.results.jsonresults  # noqa: F401  (imported once, before the fork, not in both)

        from .child import run_with_timeout

        def answer() -> tuple[str, bytes]:
            return _serialised(_query(text, label, data, bindings, endpoint))

        kind, payload = run_with_timeout(answer, timeout or None, label)
        return _deserialised(kind, payload)
    return _query(text, label, data, bindings, endpoint)


def _query(text: str, label: str, data, bindings, endpoint: str | None) -> Result:
    store: GraphStore | None = RemoteStore(endpoint) if endpoint else None
    if store is None and not isinstance(data, Graph) and Path(data).is_dir():
        store = open_committed(data)
        if store is not None:
            log.info("%s: answering from %s (%s)", data, store.path, store.generation.describe())
        elif (store_path(data) / "CURRENT").exists():
            if not (Path(data) / "graph.trig").exists():
                raise StoreBusyError(f"{store_path(data)}: the store is in use by another process")
            log.warning("%s: in use by a build and no generation published yet; answering from %s/graph.trig",
                        store_path(data), data)  # fmt: skip
    if store is not None:
        with store:
            try:
                return store.query(text, bindings)
            except QueryError as exc:
                raise QueryError(f"{label}: {exc}") from None
    graph = data if isinstance(data, Graph) else load_graph(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return graph.query(text, initBindings=dict(bindings or {}))
    except QueryError:
        raise
    except Exception as exc:  # pyparsing and rdflib errors
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"{label}: malformed or failing SPARQL: {first}") from exc


def _serialised(result: Result) -> tuple[str, bytes]:
    """A result as bytes a child process sends back: N-Triples for a graph, SPARQL JSON results otherwise."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.type, result.graph.serialize(format="nt", encoding="utf-8")
    return result.type, result.serialize(format="json")


def _deserialised(kind: str, payload: bytes) -> Result:
    if kind in ("CONSTRUCT", "DESCRIBE"):
        result = Result(kind)
        result.graph = Graph().parse(data=payload.decode("utf-8"), format="nt")
        return result
    return Result.parse(io.BytesIO(payload), format="json")


def parse_binding(text: str) -> tuple[str, Literal]:
    """``NAME=VALUE`` -> the variable name and an RDF literal: ``xsd:date`` for YYYY-MM-DD, else a string.

    Examples:
        >>> parse_binding("from=2024-01-01")
        ('from', rdflib.term.Literal('2024-01-01', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date')))
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"--bind {_shown(text)}: a binding is NAME=VALUE with a SPARQL variable name")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not UTF-8 on the command line
        raise QueryError(f"--bind {_shown(text)}: the value is not UTF-8 text") from None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"--bind {_shown(text)}: not a calendar date (YYYY-MM-DD)") from None
        return name, Literal(value, datatype=XSD.date)
    return name, Literal(value)


def _shown(text: str) -> str:
    return "'" + text.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace") + "'"


def format_result(result: Result, fmt: str = "table") -> str:
    """Serialise a result: SELECT and ASK as an aligned table or in a W3C SPARQL 1.1 results format (CSV, TSV,
    JSON, XML, written by Oxigraph's serializers), CONSTRUCT as Turtle. An ASK table is ``true`` or ``false``."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return bind(result.graph).serialize(format="turtle")
    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if fmt == "table":
        if result.type == "ASK":
            return "true" if result.askAnswer else "false"
        return table([str(v) for v in result.vars], [[_cell(v) for v in row] for row in result])
    answer = ox.parse_query_results(result.serialize(format="json"), format=ox.QueryResultsFormat.JSON)
    return answer.serialize(format=_W3C[fmt]).decode("utf-8")


def _cell(term) -> str:
    """A table cell: the term's value, kg's actor and vocabulary IRIs without their namespace."""
    value = python_value(term)
    text = "" if value is None else str(value)
    for prefix in (str(ID["actor/"]), str(KG._NS)):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text
