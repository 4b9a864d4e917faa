"""Project events onto a networkx graph of actors: one edge per actor pair and relation."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from .model import Actor, Event
from .rules import load_rules

__all__ = ["project"]


def project(events: Iterable[Event], actors: Iterable[Actor] = ()) -> nx.MultiDiGraph:
    """Aggregate events into a graph of actors.

    Args:
        events: extracted events.
        actors: actor descriptions for node labels and types (keys without one get their key).

    Returns:
        A ``MultiDiGraph`` keyed by relation name. Each edge has ``relation``, ``family``,
        ``symmetric``, ``count``, ``weight`` (sum of Goldstein weights), ``first``/``last``
        dates and ``evidence`` (a list of dicts with sentence, article, date, confidence).
        Symmetric relations are stored once per unordered pair.

    Examples:
        >>> from kg.model import Event
        >>> e = Event("PRK", "accuse", "USA", "North Korea", "United States", "Pyongyang", "US",
        ...           "Pyongyang slammed the US.", 0, 25, "a.txt", "2024-07-13", 0.9, "111",
        ...           "ACCUSE", "hostile", -2.0)
        >>> g = project([e, e])
        >>> g["PRK"]["USA"]["accuse"]["count"], g["PRK"]["USA"]["accuse"]["weight"]
        (2, -4.0)
    """
    relations = load_rules().relations
    g = nx.MultiDiGraph()
    for actor in actors:
        g.add_node(actor.key, label=actor.label, type=actor.type, wikidata=actor.wikidata)
    for e in events:
        rel = relations[e.relation]
        u, v = (e.source, e.target)
        if rel.symmetric and u > v:
            u, v = v, u
        for key, label in ((e.source, e.source_label), (e.target, e.target_label)):
            if key not in g:
                g.add_node(key, label=label, type="group", wikidata=None)
        if not g.has_edge(u, v, e.relation):
            g.add_edge(u, v, e.relation, relation=e.relation, family=rel.family, symmetric=rel.symmetric,
                       count=0, weight=0.0, first=e.date, last=e.date, evidence=[])
        data = g[u][v][e.relation]
        data["count"] += 1
        data["weight"] += rel.goldstein
        if e.date:
            data["first"] = min(filter(None, (data["first"], e.date)))
            data["last"] = max(filter(None, (data["last"], e.date)))
        data["evidence"].append({"sentence": e.sentence, "article": e.article, "date": e.date,
                                 "confidence": e.confidence, "source_text": e.source_text, "target_text": e.target_text})
    return g
