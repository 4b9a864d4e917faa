"""Who stands with whom: signed-graph measures of the projected actor graph.

A graph in, plain data out, one measure per function (as in networkx): camps, structural balance,
allies and antagonists, centrality, and scores over time; ``analyze`` gathers them for a build.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
import numpy as np
from scipy import sparse
from scipy.sparse.linalg import eigsh

from ..errors import OptionError
from ..model import Actor, Event
from .projection import event_score, filter_events, focus, signed_graph

__all__ = ["allies_and_antagonists", "analyze", "balance", "camps", "centrality", "timeline"]

#: Bisections per connected component: at most 2**MAX_SPLITS blocs each.
MAX_SPLITS = 3


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
        start = np.random.default_rng(0).uniform(-1, 1, len(nodes))  # ARPACK's own start is random: camps would vary by run
        x = eigsh(lap, k=1, which="SA", tol=1e-6, v0=start)[1][:, 0]
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
        raise OptionError(f"--by must be month or year, got: {by!r}")
    width = 7 if by == "month" else 4
    out: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for e in events:
        if e.date:
            out[tuple(sorted((e.source, e.target)))][e.date[:width]] += event_score(e)
    return {pair: {p: round(s, 3) for p, s in sorted(periods.items())} for pair, periods in sorted(out.items())}


def analyze(
    events: Iterable[Event],
    actors: dict[str, Actor] | None = None,
    *,
    focus_on: str | None = None,
    depth: int = 1,
    top: int = 5,
    **filters,
) -> dict:
    """The whole analysis as plain data: ``blocs``, ``balance``, ``actors`` (each with its ``bloc`` number,
    from 1: the actor is in ``blocs[bloc - 1]``) and ``pairs``.

    Args:
        events: the events to analyse.
        actors: actor descriptions by key.
        focus_on: an actor key for the ego view, with ``depth``.
        top: how many allies and antagonists to list per actor.
        **filters: passed to :func:`filter_events` (since, until, relations, min_confidence, actor_types).

    Raises:
        OptionError: ``focus_on`` is not an actor of the filtered graph.
    """
    actors = actors or {}
    kept = filter_events(events, actors=actors, **filters)
    g = signed_graph(kept, (actors[k] for k in {k for e in kept for k in (e.source, e.target)} if k in actors))
    if focus_on:
        g = focus(g, focus_on, depth)
    cent = centrality(g)
    blocs = camps(g)
    bloc_of = {k: i for i, b in enumerate(blocs, 1) for k in b}  # numbered from 1, as the table and the page show them
    return {
        "events": sum(d["events"] for _, _, d in g.edges(data=True)),
        "blocs": blocs,
        "balance": balance(g),
        "actors": {
            k: {
                "label": g.nodes[k].get("label", k),
                "type": g.nodes[k].get("type"),
                "bloc": bloc_of[k],
                "centrality": cent[k],
                **allies_and_antagonists(g, k, top),
            }
            for k in sorted(g)
        },
        "pairs": [
            {
                "a": u,
                "b": v,
                "score": d["score"],
                "events": d["events"],
                "counts": dict(d["counts"]),
                "first": d["first"],
                "last": d["last"],
            }
            for u, v, d in sorted(g.edges(data=True), key=lambda x: x[2]["score"])
        ],
    }
