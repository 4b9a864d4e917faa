"""The interactive page and the static picture of who stands with whom.

The page is one self-contained HTML file: vis-network (the copy that ships inside pyvis) is
inlined, the layout is computed here so the page opens without physics, and every piece of
article text travels as JSON inside a ``<script type="application/json">`` block and is put on
screen with ``textContent``, never as HTML.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import networkx as nx

from ..analysis.measures import allies_and_antagonists, camps
from ..analysis.projection import project, signed_of
from ..model import Actor, Event

__all__ = ["BLOC_COLORS", "FAMILY_COLORS", "TYPE_SHAPES", "layout", "page_data", "render_html", "render_image"]

FAMILY_COLORS = {"hostile": "#d62728", "cooperative": "#2ca02c", "meeting": "#1f77b4"}
BLOC_COLORS = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac"]
NO_BLOC_COLOR = "#cccccc"
LABEL_LIMIT = 1500
#: Evidence sentences the page carries per edge: the most confident ones (the count covers them all) ...
PAGE_EVIDENCE = 50
#: ... and about this many in all: with many edges, fewer per edge (at least one).
PAGE_BUDGET = 10_000
TYPE_SHAPES = {"state": "dot", "person": "star", "group": "triangle", "armed_group": "triangle", "party": "triangle"}
ORG_SHAPE = "diamond"
_MARKERS = {"dot": "o", "diamond": "D", "triangle": "^", "star": "*"}


def layout(graph: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions in screen units, computed once here so the browser runs no physics."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    for u, v, d in graph.edges(data=True):
        w = d.get("count", d.get("events", 1))
        simple.add_edge(u, v, weight=simple.get_edge_data(u, v, {"weight": 0})["weight"] + w)
    n = max(1, len(simple))
    if n <= 1000:
        pos = nx.spring_layout(simple, seed=seed, iterations=50, k=1.5 / math.sqrt(n))
    else:  # large graphs: a spectral start needs only a few force-directed rounds
        start = nx.spectral_layout(simple) if simple.number_of_edges() else None
        pos = nx.spring_layout(simple, pos=start, seed=seed, iterations=5, k=1.5 / math.sqrt(n))
    scale = 250 * math.sqrt(n)
    return {k: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for k, (x, y) in pos.items()}


def page_data(
    events: Iterable[Event] | None,
    actors: dict[str, Actor] | None = None,
    articles: dict[str, dict] | None = None,
    title: str = "kg: who stands with whom",
    projection: nx.MultiDiGraph | None = None,
) -> dict:
    """Everything the page shows, as JSON-ready data: nodes, edges, events, articles, blocs, actors.

    ``events`` is read once and may be a stream (see :func:`kg.graph.events.iter_events`): each edge
    keeps up to :data:`PAGE_EVIDENCE` evidence sentences (fewer when there are more than
    :data:`PAGE_BUDGET` in all) and the dates of all its events. ``projection``, a
    :class:`kg.analysis.measures.Projector`'s graph with those limits, stands in for ``events``.
    """
    actors = actors or {}
    multi = projection if projection is not None else project(events or (), actors.values(), PAGE_EVIDENCE, PAGE_BUDGET)
    signed = signed_of(multi)
    blocs = [b for b in camps(signed) if len(b) > 1]
    bloc_of = {k: i for i, b in enumerate(blocs) for k in b}
    pos = layout(multi)
    shown = [e for _, _, d in multi.edges(data=True) for e in d["events"]]
    index = {id(e): i for i, e in enumerate(shown)}
    cited = {e.article for e in shown}
    activity = dict(multi.degree(weight="count"))
    nodes = []
    for key, d in multi.nodes(data=True):
        kind = d.get("type") or "group"
        bloc = bloc_of.get(key)
        x, y = pos[key]
        nodes.append(
            {
                "id": key,
                "label": d.get("label") or key,
                "x": x,
                "y": y,
                "kind": kind,
                "bloc": bloc,
                "wikidata": d.get("wikidata"),
                "shape": TYPE_SHAPES.get(kind, ORG_SHAPE),
                "color": BLOC_COLORS[bloc % len(BLOC_COLORS)] if bloc is not None else NO_BLOC_COLOR,
                "size": round(10 + 4 * math.log2(1 + activity.get(key, 0)), 1),
                "title": f"{d.get('label') or key} ({key}), {kind}" + (f", bloc {bloc + 1}" if bloc is not None else ""),
            }
        )
    labels = {n["id"]: n["label"] for n in nodes}
    edges = []
    seen_pairs: dict[frozenset, int] = {}
    big = multi.number_of_edges() > LABEL_LIMIT  # edge labels only where they can be read
    for u, v, rel, d in multi.edges(keys=True, data=True):
        # parallel edges of one pair (both directions, several relations) curve apart instead of overlapping
        n = seen_pairs[frozenset((u, v))] = seen_pairs.get(frozenset((u, v)), -1) + 1
        arrow = "—" if d["symmetric"] else "→"
        heading = f"{labels[u]} {arrow} {labels[v]}: {rel} ({d['count']} report{'s' if d['count'] != 1 else ''})"
        edges.append(
            {
                "id": f"{u}|{v}|{rel}",
                "from": u,
                "to": v,
                **({} if big else {"label": rel}),
                "family": d["family"],
                "title": heading,
                "color": FAMILY_COLORS[d["family"]],
                "width": round(1 + 1.5 * math.log2(d["count"] + 1), 1),
                "arrows": "" if d["symmetric"] else "to",
                "events": [index[id(e)] for e in d["events"]],
                "count": d["count"],
                "dates": sorted(d["dates"]),
                "smooth": {"enabled": n > 0 or multi.has_edge(v, u), "type": "curvedCW", "roundness": 0.12 + 0.12 * n},
            }
        )
    return {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "events": [
            {
                k: getattr(e, k)
                for k in ("relation", "sentence", "source_text", "target_text", "article", "date", "confidence", "modality")
            }
            for e in shown
        ],
        "articles": {k: v for k, v in (articles or {}).items() if k in cited},
        "dates": sorted({day for _, _, d in multi.edges(data=True) for day in d["dates"]}),
        "families": FAMILY_COLORS,
        "blocs": blocs,
        "blocColors": BLOC_COLORS,
        "labels": labels,
        "actors": {k: allies_and_antagonists(signed, k) for k in signed},
    }


def _script_json(data: dict) -> str:
    """JSON that cannot end its ``<script>`` block or open a comment, whatever the articles say."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_html(
    events: Iterable[Event] | None,
    actors: dict[str, Actor] | None = None,
    articles: dict[str, dict] | None = None,
    title: str = "kg: who stands with whom",
    projection: nx.MultiDiGraph | None = None,
) -> str:
    """The self-contained interactive page (works offline) for ``events``.

    Nodes are actors coloured by bloc (:func:`kg.analysis.measures.camps`), shaped by type and sized by
    activity; edges are coloured by relation family, as wide as their evidence count and
    arrowed when directed. Clicking an edge lists its evidence sentences with the actors'
    words marked, their article, date and link; clicking an actor lists its allies and
    antagonists and links Wikidata. A legend, an actor search, relation-family and date-range
    filters and a focus view sit beside the graph.
    """
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    page = resources.files("kg.page").joinpath("page.html").read_text(encoding="utf-8")
    data = page_data(events, actors, articles, title, projection)
    page = page.replace("/*VIS_CSS*/", (lib / "vis-network.css").read_text(encoding="utf-8"), 1)
    page = page.replace("__TITLE__", html.escape(title), 1).replace("__DATA__", _script_json(data), 1)
    return page.replace(
        "/*VIS_JS*/", (lib / "vis-network.min.js").read_text(encoding="utf-8").replace("</script", "<\\/script"), 1
    )


def render_image(events: Iterable[Event], actors: dict[str, Actor] | None, path: Path | str, fmt: str | None = None) -> Path:
    """Draw the same graph with matplotlib as PNG or SVG (for reports), with the page's colours and shapes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    data = page_data(events, actors)
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".") or "png"
    pos = {n["id"]: (n["x"], -n["y"]) for n in data["nodes"]}
    fig, ax = plt.subplots(figsize=(12, 9))
    for e in data["edges"]:
        (x1, y1), (x2, y2) = pos[e["from"]], pos[e["to"]]
        ax.annotate(
            "",
            xy=(x2, y2),
            xytext=(x1, y1),
            arrowprops={
                "arrowstyle": "-|>" if e["arrows"] else "-",
                "color": e["color"],
                "lw": e["width"] * 0.6,
                "alpha": 0.7,
                "shrinkA": 8,
                "shrinkB": 8,
                "connectionstyle": "arc3,rad=0.08",
            },
        )
    for n in data["nodes"]:
        x, y = pos[n["id"]]
        ax.scatter(
            [x], [y], s=n["size"] * 12, c=n["color"], marker=_MARKERS[n["shape"]], edgecolors="#333", linewidths=0.5, zorder=3
        )
        ax.annotate(n["label"], (x, y), xytext=(0, -14), textcoords="offset points", ha="center", fontsize=8, zorder=4)
    handles = [Line2D([0], [0], color=c, lw=2, label=f) for f, c in FAMILY_COLORS.items()]
    handles += [
        Line2D([0], [0], marker="o", ls="", color=BLOC_COLORS[i % len(BLOC_COLORS)], label=f"bloc {i + 1}")
        for i in range(len(data["blocs"]))
    ]
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False
    )  # beside the graph, never on it
    ax.set_axis_off()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fig.savefig(tmp, format=fmt, dpi=120)
    plt.close(fig)
    tmp.replace(path)
    return path
