"""The actor network as a file for Gephi, Cytoscape and networkx (GraphML, GEXF): the one projection of
:mod:`kg.analysis.projection`, fed from the store a stream of events at a time; and ``export``, which writes
every format (RDF and CSV through :mod:`kg.graph.export`)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

import networkx as nx

from ..errors import OptionError
from ..graph import export as graph_export
from ..graph.events import iter_events
from ..graph.readback import actors_from_store
from ..graph.store import open_data
from ..model import Actor, Event
from .projection import project

__all__ = ["FORMATS", "NETWORK_FORMATS", "actor_network", "export"]

NETWORK_FORMATS = ("graphml", "gexf")
FORMATS = (*graph_export.FORMATS, *NETWORK_FORMATS)


def actor_network(events: Iterable[Event], actors: Iterable[Actor] = ()) -> nx.MultiDiGraph:
    """The events projected onto actors (:func:`kg.analysis.projection.project`), with only what a file carries.

    Returns:
        A ``MultiDiGraph`` keyed ``SOURCE|TARGET|relation`` (unique edge ids in GraphML and GEXF); nodes carry
        ``label``, ``type`` and ``wikidata`` when known, edges ``relation`` (named as in ``events.jsonl``),
        ``count`` and ``weight`` (summed Goldstein weight). Symmetric relations are one edge per pair.
    """
    projected = project(events, actors, keep=0)  # counts and weights only: no evidence kept
    g = nx.MultiDiGraph()
    for key, data in projected.nodes(data=True):
        g.add_node(key, **{k: data[k] for k in ("label", "type", "wikidata") if data.get(k) is not None})
    for u, v, relation, data in projected.edges(keys=True, data=True):
        g.add_edge(u, v, f"{u}|{v}|{relation}", relation=relation, count=data["count"], weight=float(data["weight"]))
    return g


def export(data: Path | str, fmt: str, output: IO[bytes]) -> None:
    """Write a build's graph (its store, else ``graph.trig``) or an RDF file in ``fmt``, one of :data:`FORMATS`.

    Raises:
        OptionError: an unknown format.
        StoreError: the data cannot be read.
    """
    if fmt not in FORMATS:
        raise OptionError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if fmt not in NETWORK_FORMATS:
        return graph_export.export(data, fmt, output)
    with open_data(data) as store:
        network = actor_network(iter_events(store), actors_from_store(store).values())
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(network, output)
