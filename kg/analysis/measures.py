"""Who stands with whom: networkx projections of events and signed-graph analytics.

A graph in, plain data out, one measure per function (as in networkx). Every function takes
``Event`` values, or the graphs made from them, so it works the same on a fresh extraction and on
events read back from a built graph (:func:`kg.graph.readback.events_from_graph`).
"""

from __future__ import annotations

import csv
import heapq
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx
import numpy as np
from scipy import sparse
from scipy.sparse.linalg import eigsh

from ..model import Actor, Event
from ..graph.readback import actors_from_graph, articles_from_graph, events_from_graph, from_build  # re-exported
from ..model import load_relations

__all__ = ["Projector", "project", "filter_events", "signed_graph", "signed_of", "focus", "camps", "balance", "allies_and_antagonists",
           "centrality", "timeline", "analyze", "focus_events", "format_analysis", "format_timeline",
           "events_from_graph", "articles_from_graph", "actors_from_graph", "from_build"]

#: How much less an event counts when only another actor reports it.
REPORTED_WEIGHT = 0.5
#: Bisections per connected component: at most 2**MAX_SPLITS blocs each.
MAX_SPLITS = 3


def project(events: Iterable[Event], actors: Iterable[Actor] = (), keep: int | None = None,
            budget: int | None = None) -> nx.MultiDiGraph:
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
            g.add_edge(u, v, e.relation, relation=e.relation, family=rel.family, symmetric=rel.symmetric,
                       count=0, weight=0.0, score=0.0, first=e.date, last=e.date, dates=set(), events=[], order=seq)
            if self.keep and self.budget and self.budget // g.number_of_edges() < self.keep:
                self._lower_keep(max(1, self.budget // g.number_of_edges()))
        data = g[u][v][e.relation]
        data["count"] += 1
        data["weight"] += rel.goldstein
        data["score"] += _event_score(e)
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


def filter_events(events: Iterable[Event], *, since: str | None = None, until: str | None = None,
                  relations: Iterable[str] | None = None, min_confidence: float = 0.0,
                  actor_types: Iterable[str] | None = None, actors: dict[str, Actor] | None = None) -> list[Event]:
    """Keep the events inside a date window, of given relations, confident enough, between given actor types.

    Events without a date are kept only when no window is given.

    Examples:
        >>> from kg.model import Event
        >>> e = Event("PRK", "accuse", "USA", "", "", "", "", "", 0, 0, "a", "2024-07-13", 0.9, "", "", "", -2.0)
        >>> len(filter_events([e], since="2024-08-01")), len(filter_events([e], relations=["accuse"]))
        (0, 1)
    """
    wanted = set(relations) if relations else None
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


def _event_score(e: Event) -> float:
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
        KeyError: ``key`` is not in the graph.
    """
    if key not in graph:
        raise KeyError(key)
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    keep = nx.single_source_shortest_path_length(undirected, key, cutoff=depth)
    return graph.subgraph(keep).copy()


def camps(graph: nx.Graph) -> list[list[str]]:
    """Split actors into blocs by the signs of their relations.

    Spectral partition of each connected component by the signed Laplacian
    ``L = D - A`` (``D`` the diagonal of absolute degrees), after Kunegis et al., "Spectral
    Analysis of Signed Graphs for Clustering, Prediction and Visualization" (SDM 2010): the
    eigenvector of the smallest eigenvalue splits a component into its two most
    antagonistic camps; a component without hostile edges stays one bloc. Bisection repeats
    inside each camp while that camp still holds a hostile edge, at most ``MAX_SPLITS`` deep.

    Returns:
        Blocs as sorted lists of actor keys, largest first.

    Examples:
        >>> g = nx.Graph()
        >>> g.add_edge("USA", "KOR", sign=1); g.add_edge("USA", "JPN", sign=1); g.add_edge("RUS", "PRK", sign=1)
        >>> g.add_edge("PRK", "USA", sign=-1); g.add_edge("PRK", "JPN", sign=-1)
        >>> camps(g)
        [['JPN', 'KOR', 'USA'], ['PRK', 'RUS']]
    """
    blocs: list[list[str]] = []
    for component in nx.connected_components(graph):
        blocs.extend(_bisect(graph.subgraph(component)))
    return sorted((sorted(b) for b in blocs), key=lambda b: (-len(b), b))


def _bisect(g: nx.Graph, depth: int = 0) -> list[set]:
    nodes = sorted(g)
    if len(nodes) < 2 or depth >= MAX_SPLITS or not any(d.get("sign", 0) < 0 for _, _, d in g.edges(data=True)):
        return [set(nodes)]
    index = {n: i for i, n in enumerate(nodes)}
    rows, cols, signs = [], [], []
    for u, v, d in g.edges(data=True):
        rows += [index[u], index[v]]
        cols += [index[v], index[u]]
        signs += [float(d.get("sign", 0))] * 2
    a = sparse.csr_matrix((signs, (rows, cols)), shape=(len(nodes), len(nodes)))
    lap = sparse.diags(np.asarray(abs(a).sum(axis=1), dtype=float).ravel()) - a
    # a balanced component has eigenvalue 0 and an eigenvector of +-1 by camp; tension only blurs it
    if len(nodes) <= 64:
        x = np.linalg.eigh(lap.toarray())[1][:, 0]
    else:
        x = eigsh(lap, k=1, which="SA", tol=1e-6)[1][:, 0]
    left = {n for n in nodes if x[index[n]] >= 0}
    right = set(nodes) - left
    if not left or not right:
        return [set(nodes)]
    out = []
    for part in (left, right):
        out.extend(_bisect(g.subgraph(part), depth + 1))
    return out


def balance(graph: nx.Graph) -> float | None:
    """Share of balanced triads: triangles whose three signs multiply to a positive number.

    Structural balance after Cartwright and Harary, "Structural balance: a generalization of
    Heider's theory" (Psychological Review, 1956). ``None`` when the graph has no triangle
    of signed edges.

    Examples:
        >>> g = nx.Graph()
        >>> g.add_edge("A", "B", sign=1); g.add_edge("B", "C", sign=-1); g.add_edge("A", "C", sign=-1)
        >>> balance(g)
        1.0
    """
    balanced = total = 0
    for u, v, w in (t for c in nx.enumerate_all_cliques(graph) if len(c) == 3 for t in [c]):
        signs = (graph[u][v].get("sign", 0), graph[v][w].get("sign", 0), graph[u][w].get("sign", 0))
        if 0 in signs:
            continue
        total += 1
        balanced += signs[0] * signs[1] * signs[2] > 0
    return round(balanced / total, 3) if total else None


def allies_and_antagonists(graph: nx.Graph, key: str, top: int = 5) -> dict[str, list[dict]]:
    """An actor's strongest allies (highest positive score) and antagonists (lowest negative score)."""
    rows = [{"actor": other, "score": d["score"], "events": d["events"]} for other, d in graph[key].items()]
    allies = sorted((r for r in rows if r["score"] > 0), key=lambda r: (-r["score"], r["actor"]))[:top]
    antagonists = sorted((r for r in rows if r["score"] < 0), key=lambda r: (r["score"], r["actor"]))[:top]
    return {"allies": allies, "antagonists": antagonists}


def centrality(graph: nx.Graph) -> dict[str, float]:
    """Degree centrality weighted by the number of events, normalised to sum to 1."""
    strength = {n: sum(d["events"] for _, _, d in graph.edges(n, data=True)) for n in graph}
    total = sum(strength.values()) or 1
    return {n: round(s / total, 4) for n, s in strength.items()}


def timeline(events: Iterable[Event], by: str = "month") -> dict[tuple[str, str], dict[str, float]]:
    """How each pair's signed score moves: ``{(a, b): {period: score}}`` with ``by`` month or year.

    Examples:
        >>> from kg.model import Event
        >>> ev = lambda d: Event("PRK", "accuse", "USA", "", "", "", "", "", 0, 0, "a", d, 1.0, "", "", "", -2.0)
        >>> timeline([ev("2024-07-13"), ev("2024-07-20"), ev("2024-08-01")])
        {('PRK', 'USA'): {'2024-07': -4.0, '2024-08': -2.0}}
    """
    if by not in ("month", "year"):
        raise ValueError(f"by must be month or year, got: {by!r}")
    width = 7 if by == "month" else 4
    out: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for e in events:
        if e.date:
            out[tuple(sorted((e.source, e.target)))][e.date[:width]] += _event_score(e)
    return {pair: {p: round(s, 3) for p, s in sorted(periods.items())} for pair, periods in sorted(out.items())}


def analyze(events: Iterable[Event], actors: dict[str, Actor] | None = None, *, focus_on: str | None = None,
            depth: int = 1, top: int = 5, **filters) -> dict:
    """The whole analysis as plain data: ``blocs``, ``balance``, ``actors`` and ``pairs``.

    Args:
        events: the events to analyse.
        actors: actor descriptions by key.
        focus_on: an actor key for the ego view, with ``depth``.
        top: how many allies and antagonists to list per actor.
        **filters: passed to :func:`filter_events` (since, until, relations, min_confidence, actor_types).

    Raises:
        KeyError: ``focus_on`` is not an actor of the filtered graph.
    """
    actors = actors or {}
    kept = filter_events(events, actors=actors, **filters)
    g = signed_graph(kept, (actors[k] for k in {k for e in kept for k in (e.source, e.target)} if k in actors))
    if focus_on:
        g = focus(g, focus_on, depth)
    cent = centrality(g)
    blocs = camps(g)
    bloc_of = {k: i for i, b in enumerate(blocs) for k in b}
    return {
        "events": sum(d["events"] for _, _, d in g.edges(data=True)),
        "blocs": blocs,
        "balance": balance(g),
        "actors": {k: {"label": g.nodes[k].get("label", k), "type": g.nodes[k].get("type"), "bloc": bloc_of[k],
                       "centrality": cent[k], **allies_and_antagonists(g, k, top)} for k in sorted(g)},
        "pairs": [{"a": u, "b": v, "score": d["score"], "events": d["events"], "counts": dict(d["counts"]),
                   "first": d["first"], "last": d["last"]} for u, v, d in sorted(g.edges(data=True), key=lambda x: x[2]["score"])],
    }


def focus_events(events: Iterable[Event], key: str, depth: int = 1) -> list[Event]:
    """The events among the actors within ``depth`` steps of ``key`` (the page's and the table's focus view).

    Raises:
        KeyError: no event involves ``key``.
    """
    events = list(events)
    keep = set(focus(signed_graph(events), key, depth))
    return [e for e in events if e.source in keep and e.target in keep]


def format_analysis(report: dict, fmt: str = "table") -> str:
    """The analysis as an aligned table (blocs, balance, one row per actor), CSV or JSON."""
    if fmt == "json":
        return json.dumps(report, indent=1, ensure_ascii=False)
    rows = [[k, str(a["bloc"] + 1), f"{a['centrality']:.3f}",
             ", ".join(f"{r['actor']} ({r['events']})" for r in a["allies"]),
             ", ".join(f"{r['actor']} ({r['events']})" for r in a["antagonists"])]
            for k, a in sorted(report["actors"].items(), key=lambda kv: (kv[1]["bloc"], -kv[1]["centrality"]))]
    header = ["actor", "bloc", "centrality", "allies (events)", "antagonists (events)"]
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([header, *rows])
        return buf.getvalue()
    if fmt != "table":
        raise ValueError(f"format must be table, csv or json, got: {fmt!r}")
    lines = [f"{report['events']} events; balance {report['balance'] if report['balance'] is not None else 'n/a'} (share of balanced triads)"]
    lines += [f"bloc {i + 1}: {' '.join(b)}" for i, b in enumerate(report["blocs"])]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines.append("")
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [header, ["-" * w for w in widths], *rows]]
    return "\n".join(lines)


def format_timeline(series: dict[tuple[str, str], dict[str, float]], fmt: str = "table") -> str:
    """:func:`timeline` as a table, CSV or JSON: one row per pair and period."""
    rows = [[a, b, period, f"{score:g}"] for (a, b), periods in series.items() for period, score in periods.items()]
    if fmt == "json":
        return json.dumps([{"a": a, "b": b, "period": p, "score": float(s)} for a, b, p, s in rows], indent=1)
    header = ["a", "b", "period", "score"]
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([header, *rows])
        return buf.getvalue()
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [header, ["-" * w for w in widths], *rows])
