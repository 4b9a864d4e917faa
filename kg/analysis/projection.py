"""Events -> networkx graphs: the projection every view of a build starts from.

``project`` streams events onto a ``MultiDiGraph`` of actors (one edge per pair and relation, with
counts, weights and a bounded sample of evidence), ``signed_graph`` folds it into one signed edge per
pair, and ``focus`` keeps an actor's neighbourhood. Every function takes ``Event`` values, so it works
the same on a fresh extraction and on events read back from a built graph
(:func:`kg.graph.readback.events_from_graph`).
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable

import networkx as nx

from ..errors import OptionError
from ..model import Actor, Event, load_relations, relation_name

__all__ = ["Projector", "event_score", "filter_events", "focus", "focus_events", "project", "signed_graph", "signed_of"]

#: How much less an event counts when only another actor reports it.
REPORTED_WEIGHT = 0.5


def project(
    events: Iterable[Event], actors: Iterable[Actor] = (), keep: int | None = None, budget: int | None = None
) -> nx.MultiDiGraph:
    """Aggregate events into a graph of actors.

    Args:
        events: extracted events.
        actors: actor descriptions for node labels and types (keys without one get their key).
        keep: at most this many events per edge in ``events`` (the most confident, in input
            order); counts, weights and dates still cover every event. ``None``: all.
        budget: with ``keep``, at most about this many events kept over all edges: the per-edge
            limit falls as edges appear (never below one per edge), so memory stays bounded.

    Returns:
        A ``MultiDiGraph`` keyed by relation name. Each edge has ``relation``, ``family``,
        ``symmetric``, ``count``, ``weight`` (sum of Goldstein weights), ``score`` (as in
        :func:`signed_graph`), ``first``/``last`` dates, ``dates`` (the set of event dates),
        ``order`` (the index of its first event) and ``events`` (the :class:`Event` values
        behind it). Symmetric relations are stored once per unordered pair.

    Examples:
        >>> from kg.model import Event
        >>> e = Event("PRK", "accuse", "USA", "North Korea", "United States", "Pyongyang", "US",
        ...           "Pyongyang slammed the US.", 0, 25, "a.txt", "2024-07-13", 0.9, "111",
        ...           "ACCUSE", "hostile", -2.0)
        >>> g = project([e, e])
        >>> g["PRK"]["USA"]["accuse"]["count"], g["PRK"]["USA"]["accuse"]["weight"]
        (2, -4.0)
    """
    projector = Projector(actors, keep, budget)
    for e in events:
        projector.add(e)
    return projector.graph()


class Projector:
    """:func:`project`, one event at a time: for a stream that is also going elsewhere (a build's event files)."""

    def __init__(self, actors: Iterable[Actor] = (), keep: int | None = None, budget: int | None = None):
        self.relations, self.keep, self.budget, self.seen = load_relations(), keep, budget, 0
        self.edges = 0  # g.number_of_edges() counts them one by one: once per new edge would be quadratic
        self.g = nx.MultiDiGraph()
        for actor in actors:
            self.g.add_node(actor.key, label=actor.label, type=actor.type, wikidata=actor.wikidata)

    def add(self, e: Event) -> None:
        """Count one event into its edge."""
        g, rel, seq = self.g, self.relations[e.relation], self.seen
        self.seen += 1
        u, v = (e.source, e.target)
        if rel.symmetric and u > v:
            u, v = v, u
        for key, label in ((e.source, e.source_label), (e.target, e.target_label)):
            if key not in g:
                g.add_node(key, label=label, type="group", wikidata=None)
        if not g.has_edge(u, v, e.relation):
            g.add_edge(
                u,
                v,
                e.relation,
                relation=e.relation,
                family=rel.family,
                symmetric=rel.symmetric,
                count=0,
                weight=0.0,
                score=0.0,
                first=e.date,
                last=e.date,
                dates=set(),
                events=[],
                order=seq,
            )
            self.edges += 1
            # fewer events per edge as edges come, down to one: only a smaller share walks the edges again
            if self.keep and self.budget and max(1, self.budget // self.edges) < self.keep:
                self._lower_keep(max(1, self.budget // self.edges))
        data = g[u][v][e.relation]
        data["count"] += 1
        data["weight"] += rel.goldstein
        data["score"] += event_score(e)
        if e.date:
            data["first"] = min(filter(None, (data["first"], e.date)))
            data["last"] = max(filter(None, (data["last"], e.date)))
            data["dates"].add(e.date)
        if self.keep is None:
            data["events"].append(e)
        elif self.keep:  # a heap of the most confident, earliest first among equals
            push = heapq.heappush if len(data["events"]) < self.keep else heapq.heappushpop
            push(data["events"], (e.confidence, -seq, e))

    def _lower_keep(self, keep: int) -> None:
        """Keep fewer events per edge from now on, dropping the least confident of those kept."""
        self.keep = keep
        for _, _, data in self.g.edges(data=True):
            while len(data["events"]) > keep:
                heapq.heappop(data["events"])

    def graph(self) -> nx.MultiDiGraph:
        """The projection of the events added so far (call once: kept events are put back in input order)."""
        if self.keep is not None:
            for _, _, data in self.g.edges(data=True):
                data["events"] = [e for _, _, e in sorted(data["events"], key=lambda item: -item[1])]
        return self.g


def filter_events(
    events: Iterable[Event],
    *,
    since: str | None = None,
    until: str | None = None,
    relations: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    actor_types: Iterable[str] | None = None,
    actors: dict[str, Actor] | None = None,
) -> list[Event]:
    """Keep the events inside a date window, of given relations, confident enough, between given actor types.

    Events without a date are kept only when no window is given. A relation is named as in
    ``events.jsonl`` (``meet``) or as its property (``meets``); an unknown name is an :class:`OptionError`.

    Examples:
        >>> from kg.model import Event
        >>> e = Event("PRK", "accuse", "USA", "", "", "", "", "", 0, 0, "a", "2024-07-13", 0.9, "", "", "", -2.0)
        >>> len(filter_events([e], since="2024-08-01")), len(filter_events([e], relations=["accuse"]))
        (0, 1)
    """
    wanted = {relation_name(r) for r in relations} if relations else None
    types = set(actor_types) if actor_types else None
    actors = actors or {}
    out = []
    for e in events:
        if (since or until) and not e.date:
            continue
        if (since and e.date < since) or (until and e.date > until):
            continue
        if wanted is not None and e.relation not in wanted:
            continue
        if e.confidence < min_confidence:
            continue
        if types is not None and any((actors[k].type if k in actors else "group") not in types for k in (e.source, e.target)):
            continue
        out.append(e)
    return out


def event_score(e: Event) -> float:
    return e.goldstein * e.confidence * (REPORTED_WEIGHT if e.modality == "reported" else 1.0)


def signed_graph(events: Iterable[Event], actors: Iterable[Actor] = ()) -> nx.Graph:
    """One undirected edge per actor pair with a signed score.

    ``score`` sums each event's Goldstein weight times its confidence, halved for events only
    another actor reports; ``sign`` is its sign. ``counts`` holds events per relation.

    Examples:
        >>> from kg.model import Event
        >>> ev = lambda s, r, t, w: Event(s, r, t, s, t, s, t, "", 0, 0, "a", None, 1.0, "", "", "", w)
        >>> g = signed_graph([ev("PRK", "accuse", "USA", -2.0), ev("USA", "meet", "KOR", 1.0)])
        >>> g["PRK"]["USA"]["score"], g["KOR"]["USA"]["sign"], dict(g["PRK"]["USA"]["counts"])
        (-2.0, 1, {'accuse': 1})
    """
    return signed_of(project(events, actors, keep=0))


def _date_of(a: str | None, b: str | None, pick=min) -> str | None:
    """The earlier (``pick=min``) or later (``max``) of two optional dates."""
    return pick(filter(None, (a, b)), default=None)


def signed_of(multi: nx.MultiDiGraph) -> nx.Graph:
    """The signed graph (see :func:`signed_graph`) of a projection made by :func:`project`."""
    g = nx.Graph()
    g.add_nodes_from(multi.nodes(data=True))
    for u, v, rel, d in sorted(multi.edges(keys=True, data=True), key=lambda edge: edge[3]["order"]):
        if not g.has_edge(u, v):
            g.add_edge(u, v, score=0.0, counts=Counter(), events=0, first=d["first"], last=d["last"])
        pair = g[u][v]
        pair["score"] += d["score"]
        pair["counts"][rel] += d["count"]
        pair["events"] += d["count"]
        pair["first"], pair["last"] = _date_of(pair["first"], d["first"]), _date_of(pair["last"], d["last"], max)
    for _, _, d in g.edges(data=True):
        d["score"] = round(d["score"], 3)
        d["sign"] = (d["score"] > 0) - (d["score"] < 0)
    return g


def focus(graph: nx.Graph, key: str, depth: int = 1) -> nx.Graph:
    """The ego view: the actors within ``depth`` steps of ``key`` and the edges among them.

    Raises:
        OptionError: ``key`` is not in the graph.
    """
    if key not in graph:
        raise OptionError(f"--focus {key}: no event involves this actor after filtering")
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    keep = nx.single_source_shortest_path_length(undirected, key, cutoff=depth)
    return graph.subgraph(keep).copy()


def focus_events(events: Iterable[Event], key: str, depth: int = 1) -> list[Event]:
    """The events among the actors within ``depth`` steps of ``key`` (the page's and the table's focus view).

    Raises:
        OptionError: no event involves ``key``.
    """
    events = list(events)
    keep = set(focus(signed_graph(events), key, depth))
    return [e for e in events if e.source in keep and e.target in keep]
