"""Where the page puts each actor: every bloc a disc of its own, the discs apart, computed once in Python so the
browser runs no physics."""

from __future__ import annotations

import math
from collections.abc import Iterable

import networkx as nx

__all__ = ["FILL", "INITIAL_SCALE", "NODE_SPACING", "VIEW", "fit", "layout", "placed"]

#: The page opens showing at most VIEW canvas units at INITIAL_SCALE, about a 1000 x 860 px canvas.
VIEW = (2000.0, 1720.0)
INITIAL_SCALE = 0.5
#: Canvas units between neighbouring actors where there is room; a large graph is shrunk to FILL of VIEW.
FILL = 0.9
NODE_SPACING = 220.0
#: Room between two blocs' discs, and a disc's radius per sqrt(member), both in node spacings.
BLOC_GAP = 1.0
DISC_LOOSENESS = 0.7


def _weighted(graph: nx.Graph) -> nx.Graph:
    """The undirected simple graph of ``graph``, edges weighted by their reports."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    for u, v, d in graph.edges(data=True):
        w = d.get("count", d.get("events", 1))
        simple.add_edge(u, v, weight=simple.get_edge_data(u, v, {"weight": 0})["weight"] + w)
    return simple


#: Below this many actors a group gets a full force-directed layout (networkx's dense solver); larger ones
#: get LARGE_ROUNDS rounds.
DENSE_LAYOUT = 500
LARGE_ROUNDS = 8


def _spring(g: nx.Graph, seed: int) -> dict:
    n = len(g)
    if n < DENSE_LAYOUT:
        return nx.spring_layout(g, seed=seed, iterations=50, k=1.5 / math.sqrt(n))
    # large groups: a few rounds (each takes networkx's sparse solver about a quarter of a second per 1,000 actors;
    # a spectral start took ARPACK seconds on a bloc of many small components); the disc evens out the rest
    return nx.spring_layout(g, seed=seed, iterations=LARGE_ROUNDS, k=1.5 / math.sqrt(n))


def _disc(g: nx.Graph, seed: int) -> tuple[dict[str, tuple[float, float]], float]:
    """One group laid out on its own, in node spacings around (0, 0), and the radius of its disc.

    Force-directed, then evened out: each node keeps its angle and rank of distance from the centre, and
    takes the radius that spreads the disc evenly (no dense core, no ring of loosely tied members).
    """
    if len(g) == 1:
        return {next(iter(g)): (0.0, 0.0)}, 0.5
    pos = _spring(g, seed)
    cx, cy = (sum(p[i] for p in pos.values()) / len(pos) for i in (0, 1))
    radius = DISC_LOOSENESS * math.sqrt(len(g))
    ranked = sorted(pos, key=lambda k: (math.hypot(pos[k][0] - cx, pos[k][1] - cy), k))
    out = {}
    for rank, k in enumerate(ranked):
        r, angle = radius * math.sqrt((rank + 0.5) / len(g)), math.atan2(pos[k][1] - cy, pos[k][0] - cx)
        out[k] = (r * math.cos(angle), r * math.sin(angle))
    return out, radius + 0.5


def _rings(radii: list[float]) -> list[tuple[float, float]]:
    """Centres for discs (largest first): the first in the middle, the others on rings around it, none overlapping."""
    centres, outer, i = [(0.0, 0.0)], radii[0], 1
    while i < len(radii):
        ring = outer + BLOC_GAP + radii[i]
        widths = []  # the angle each disc takes on this ring
        while i + len(widths) < len(radii):
            width = 2 * math.asin(min(1.0, (radii[i + len(widths)] + BLOC_GAP / 2) / ring))
            if widths and sum(widths) + width > math.tau:
                break
            widths.append(width)
        slack, angle = (math.tau - sum(widths)) / len(widths), 0.0
        for width in widths:
            angle += width / 2
            centres.append((ring * math.cos(angle), ring * math.sin(angle)))
            angle += width / 2 + slack
        outer, i = ring + radii[i], i + len(widths)
    return centres


def _induced(graph: nx.Graph, members: list[str]) -> nx.Graph:
    """The subgraph on ``members`` with its nodes in that order (``graph.subgraph`` iterates a set: its order,
    and so a seeded layout, would change with the hash seed)."""
    sub = nx.Graph()
    sub.add_nodes_from(members)
    sub.add_edges_from(graph.subgraph(members).edges(data=True))
    return sub


def placed(graph: nx.Graph, blocs: Iterable[Iterable[str]], seed: int) -> dict[str, tuple[float, float]]:
    """Positions in node spacings: each bloc a disc of its own, the largest in the middle, the rest around."""
    simple = _weighted(graph)
    groups = [sorted(b) for b in blocs if b]
    placed = {k for g in groups for k in g}
    activity = dict(simple.degree(weight="weight"))
    groups += [[k] for k in sorted(set(simple) - placed, key=lambda k: (-activity[k], k))]
    if not groups:
        return {}
    groups.sort(key=len, reverse=True)  # stable: blocs keep their order, lone actors by activity
    discs = [_disc(_induced(simple, g), seed) for g in groups]
    centres = _rings([r for _, r in discs])
    return {k: (cx + x, cy + y) for (local, _), (cx, cy) in zip(discs, centres) for k, (x, y) in local.items()}


def fit(pos: dict[str, tuple[float, float]]) -> tuple[dict[str, tuple[float, float]], float]:
    """Canvas positions centred on (0, 0): NODE_SPACING apart where VIEW has room, shrunk to fit it otherwise."""
    if not pos:
        return {}, NODE_SPACING
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    unit = min(NODE_SPACING, FILL * VIEW[0] / (max(xs) - min(xs) + 1), FILL * VIEW[1] / (max(ys) - min(ys) + 1))
    return {k: (round((x - mx) * unit, 1), round((y - my) * unit, 1)) for k, (x, y) in pos.items()}, unit


def layout(graph: nx.Graph, blocs: Iterable[Iterable[str]] = (), seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions in canvas units, computed once here so the browser runs no physics.

    Each bloc is laid out on its own (force-directed, seeded) in a disc; the discs sit on rings around the
    largest one without overlapping, and actors in no bloc take the outer rings, the most active first.
    """
    return fit(placed(graph, blocs, seed))[0]
