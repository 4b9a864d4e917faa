"""A built graph -> events, actors and article metadata again, read with the packaged SPARQL queries."""

from __future__ import annotations

from ..model import Actor, Event
from .store import python_value

__all__ = [
    "actors_from_graph",
    "actors_from_store",
    "articles_from_graph",
    "articles_from_store",
    "events_from_graph",
    "from_build",
]


def events_from_graph(data) -> list[Event]:
    """Read the events back from a built graph (a folder, an RDF file or a loaded graph) with one SPARQL SELECT."""
    from .events import event_from_values
    from .query import query

    result = query("events", data)
    out = [event_from_values({str(name): python_value(row[name]) for name in result.vars}) for row in result]
    return sorted(out, key=lambda e: (e.article, e.char_start, e.source, e.relation, e.target))


def actors_from_graph(data) -> dict[str, Actor]:
    """Actor descriptions (label, type, Wikidata id) from a built graph."""
    from .query import query

    return {
        str(r.key): Actor(str(r.key), str(r.label), str(r.type), str(r.wikidata).rsplit("/", 1)[-1] if r.wikidata else None)
        for r in query("actors", data)
    }


def actors_from_store(store) -> dict[str, Actor]:
    """Actor descriptions from an open :class:`kg.graph.store.GraphStore` (see :func:`actors_from_graph`)."""
    from .query import named_queries

    return {
        r["key"]: Actor(r["key"], r["label"], r["type"], r["wikidata"].rsplit("/", 1)[-1] if r["wikidata"] else None)
        for r in store.select(named_queries()["actors"])
    }


def articles_from_store(store) -> dict[str, dict]:
    """Article metadata (title, date, url) by article id from an open :class:`kg.graph.store.GraphStore`."""
    from .query import named_queries

    return {r.pop("article"): r for r in store.select(named_queries()["articles"])}


def articles_from_graph(data) -> dict[str, dict]:
    """Article metadata (title, date, url) by article id, from a built graph."""
    from .query import query

    return {str(r.article): {k: python_value(r[k]) for k in ("title", "date", "url")} for r in query("articles", data)}


def from_build(data) -> tuple[list[Event], dict[str, Actor], dict[str, dict]]:
    """Events, actors and article metadata of a built graph (folder, RDF file or endpoint data)."""
    return events_from_graph(data), actors_from_graph(data), articles_from_graph(data)
