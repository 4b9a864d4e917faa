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
from .labels import DRAW_THRESHOLD, HIDDEN_FONT, LABEL_PX, LINE_EM, TIER_ZOOMS, label_box, label_lift, label_tiers, tier_font
from .layout import INITIAL_SCALE, NODE_SPACING, VIEW, fit, placed

__all__ = [
    "BLOC_COLORS",
    "FAMILY_COLORS",
    "TYPE_SHAPES",
    "page_data",
    "render_html",
    "render_image",
]

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

#: The smallest node, where a large graph is shrunk to fit the view.
MIN_NODE_SIZE = 4.0
#: Opacity of the one-per-pair edges: many cross, the nodes and labels stay readable.
PAIR_EDGE_OPACITY = 0.35
#: Edge counts: canvas font size, read (11 px) from twice the initial scale on.
EDGE_FONT = 11 / (INITIAL_SCALE * TIER_ZOOMS[1])
#: The static picture: figure inches, the graph's axes in it (the legend to their right), dpi, and its
#: labels' size against the page's (matplotlib's default face runs a little wider than the page's).
IMAGE_SIZE, IMAGE_AXES, IMAGE_DPI, IMAGE_TEXT = (12, 9), (0.01, 0.01, 0.85, 0.98), 120, 0.85
#: Above this many actors the page draws one edge per pair of actors (with its counts), not one per relation.
AGGREGATE_ABOVE = 100


def _reports(count: int) -> str:
    return f"{count} report{'s' if count != 1 else ''}"


def _relation_edges(multi: nx.MultiDiGraph, labels: dict[str, str], index: dict[int, int]) -> list[dict]:
    """One edge per pair and relation; parallel edges of one pair curve apart."""
    edges, seen_pairs = [], {}
    big = multi.number_of_edges() > LABEL_LIMIT  # edge labels only where they can be read
    for u, v, rel, d in multi.edges(keys=True, data=True):
        n = seen_pairs[frozenset((u, v))] = seen_pairs.get(frozenset((u, v)), -1) + 1
        arrow = "—" if d["symmetric"] else "→"
        edges.append(
            {
                "id": f"{u}|{v}|{rel}",
                "from": u,
                "to": v,
                **({} if big else {"label": rel}),
                "family": d["family"],
                "families": [d["family"]],
                "title": f"{labels[u]} {arrow} {labels[v]}: {rel} ({_reports(d['count'])})",
                "color": {"color": FAMILY_COLORS[d["family"]], "opacity": 1},
                "width": round(1 + 1.5 * math.log2(d["count"] + 1), 1),
                "arrows": {"to": {"enabled": not d["symmetric"], "scaleFactor": 1}},
                "events": [index[id(e)] for e in d["events"]],
                "count": d["count"],
                "dates": sorted(d["dates"]),
                "smooth": {"enabled": n > 0 or multi.has_edge(v, u), "type": "curvedCW", "roundness": 0.12 + 0.12 * n},
            }
        )
    return edges


def _pair_edges(multi: nx.MultiDiGraph, labels: dict[str, str], index: dict[int, int]) -> list[dict]:
    """One straight edge per pair of actors, whatever its relations: coloured by the family with most reports,
    labelled with the count; its evidence is that of all its relations."""
    pairs: dict[tuple[str, str], list] = {}
    for u, v, rel, d in multi.edges(keys=True, data=True):
        pairs.setdefault(tuple(sorted((u, v))), []).append((u, v, rel, d))
    edges = []
    for (a, b), rels in pairs.items():
        rels.sort(key=lambda r: (-r[3]["count"], r[2]))
        count = sum(d["count"] for *_, d in rels)
        by_family: dict[str, int] = {}
        for *_, d in rels:
            by_family[d["family"]] = by_family.get(d["family"], 0) + d["count"]
        directions = {(u, v) for u, v, _, d in rels if not d["symmetric"]}
        one_way = len(directions) == 1 and all(not d["symmetric"] for *_, d in rels)
        (u, v) = next(iter(directions)) if one_way else (a, b)
        family = max(by_family, key=lambda f: (by_family[f], f == "hostile"))
        relations: dict[str, int] = {}  # both directions of a relation together
        for _, _, rel, d in rels:
            relations[rel] = relations.get(rel, 0) + d["count"]
        detail = ", ".join(f"{rel} {n}" for rel, n in relations.items())
        edges.append(
            {
                "id": f"{a}|{b}",
                "from": u,
                "to": v,
                **({"label": str(count)} if count > 1 else {}),  # a "1" on most lines would only be noise
                "family": family,
                "families": sorted(by_family),
                "title": f"{labels[u]} {'→' if one_way else '—'} {labels[v]}: {_reports(count)} ({detail})",
                "color": {"color": FAMILY_COLORS[family], "opacity": PAIR_EDGE_OPACITY},
                "width": round(0.5 + math.log2(count + 1), 1),
                "arrows": {"to": {"enabled": one_way, "scaleFactor": 0.5}},
                "events": [index[id(e)] for *_, d in rels for e in d["events"]],
                "count": count,
                "relations": relations,
                "dates": sorted({day for *_, d in rels for day in d["dates"]}),
            }
        )
    return edges


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

    Each node carries its label ``tier`` (:func:`label_tiers`) and the matching ``font`` size; with more
    than :data:`AGGREGATE_ABOVE` actors there is one edge per pair of actors (:func:`_pair_edges`).
    """
    actors = actors or {}
    multi = projection if projection is not None else project(events or (), actors.values(), PAGE_EVIDENCE, PAGE_BUDGET)
    signed = signed_of(multi)
    blocs = [b for b in camps(signed) if len(b) > 1]
    bloc_of = {k: i for i, b in enumerate(blocs) for k in b}
    pos, unit = fit(placed(multi, blocs, seed=7))
    shrink = math.sqrt(min(1.0, unit / NODE_SPACING))  # smaller nodes where there is less room
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
                "size": round(max(MIN_NODE_SIZE, shrink * (10 + 4 * math.log2(1 + activity.get(key, 0)))), 1),
                "activity": activity.get(key, 0),
                "title": f"{d.get('label') or key} ({key}), {kind}" + (f", bloc {bloc + 1}" if bloc is not None else ""),
            }
        )
    ranked = sorted(nodes, key=lambda n: (-n["activity"], n["id"]))
    for node, (tier, above) in zip(ranked, label_tiers(ranked)):
        font = LABEL_PX / INITIAL_SCALE if tier == 0 else HIDDEN_FONT
        node |= {"tier": tier, "above": above, "font": {"size": font, "vadjust": label_lift(node["size"], font) if above else 0}}
    labels = {n["id"]: n["label"] for n in nodes}
    edges = (_pair_edges if len(nodes) > AGGREGATE_ABOVE else _relation_edges)(multi, labels, index)
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
        "view": {
            "width": VIEW[0],
            "height": VIEW[1],
            "scale": INITIAL_SCALE,
            "labelPx": LABEL_PX,
            "hiddenFont": HIDDEN_FONT,
            "tierZooms": TIER_ZOOMS,
            "drawThreshold": DRAW_THRESHOLD,
            "lineEm": LINE_EM,
            "edgeFont": EDGE_FONT,
        },
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
    """Draw the same graph with matplotlib as PNG or SVG (for reports): the page's layout, colours and shapes,
    and the labels the page shows at its initial view, at the same size relative to the graph (so none overlap)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    data = page_data(events, actors)
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".") or "png"
    nodes = data["nodes"]
    pos = {n["id"]: (n["x"], -n["y"]) for n in nodes}
    size = {n["id"]: n["size"] for n in nodes}
    font = tier_font(0)
    labelled = [(n, label_box(n, font, n["above"])) for n in nodes if n["tier"] == 0]
    fig = plt.figure(figsize=IMAGE_SIZE)
    ax = fig.add_axes(IMAGE_AXES)  # the legend goes beside it, never on the graph
    xs = [v for n in nodes for v in (n["x"] - n["size"], n["x"] + n["size"])] + [v for _, b in labelled for v in (b[0], b[2])]
    ys = [v for n in nodes for v in (n["y"] - n["size"], n["y"] + n["size"])] + [v for _, b in labelled for v in (b[1], b[3])]
    if not nodes:
        xs = ys = [0.0]
    width, height = IMAGE_SIZE[0] * IMAGE_AXES[2] * IMAGE_DPI, IMAGE_SIZE[1] * IMAGE_AXES[3] * IMAGE_DPI  # the axes in px
    px = min(width / (max(xs) - min(xs) + 2 * font), height / (max(ys) - min(ys) + 2 * font))  # px per canvas unit
    cx, cy = (min(xs) + max(xs)) / 2, -(min(ys) + max(ys)) / 2
    ax.set_xlim(cx - width / px / 2, cx + width / px / 2)
    ax.set_ylim(cy - height / px / 2, cy + height / px / 2)
    pt = px * 72 / IMAGE_DPI  # points per canvas unit
    for e in data["edges"]:
        (x1, y1), (x2, y2) = pos[e["from"]], pos[e["to"]]
        ax.annotate(
            "",
            xy=(x2, y2),
            xytext=(x1, y1),
            arrowprops={
                "arrowstyle": "-|>" if e["arrows"]["to"]["enabled"] else "-",
                "color": e["color"]["color"],
                "lw": e["width"] * pt,
                "alpha": 0.7 * e["color"]["opacity"],
                "shrinkA": size[e["from"]] * pt,
                "shrinkB": size[e["to"]] * pt,
                "connectionstyle": f"arc3,rad={e['smooth']['roundness'] if e.get('smooth', {}).get('enabled') else 0}",
            },
        )
    for n in nodes:
        (x, y), marker = pos[n["id"]], _MARKERS[n["shape"]]
        ax.scatter([x], [y], s=(2 * n["size"] * pt) ** 2, c=n["color"], marker=marker, edgecolors="#333", lw=0.4, zorder=3)
    for n, (_, top, _, _) in labelled:
        ax.text(n["x"], -top, n["label"], ha="center", va="top", fontsize=IMAGE_TEXT * font * pt, zorder=4)
    handles = [Line2D([0], [0], color=c, lw=2, label=f) for f, c in FAMILY_COLORS.items()]
    handles += [
        Line2D([0], [0], marker="o", ls="", color=BLOC_COLORS[i % len(BLOC_COLORS)], label=f"bloc {i + 1}")
        for i in range(len(data["blocs"]))
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    ax.set_axis_off()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fig.savefig(tmp, format=fmt, dpi=IMAGE_DPI)
    plt.close(fig)
    tmp.replace(path)
    return path
