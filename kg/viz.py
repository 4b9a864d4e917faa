"""The interactive page: pyvis/vis-network, fully offline, article text escaped."""

from __future__ import annotations

import html
import re

import networkx as nx
from pyvis.network import Network

__all__ = ["render_html", "FAMILY_COLORS", "TYPE_COLORS"]

FAMILY_COLORS = {"hostile": "#d62728", "cooperative": "#2ca02c", "meeting": "#1f77b4"}
TYPE_COLORS = {"state": "#9ecae1", "person": "#fdd0a2", "group": "#c7c7c7"}
ORG_COLOR = "#dadaeb"
MAX_EVIDENCE = 5
# vis-network shows a string title as plain text; ours are built from escaped text and a few
# tags of our own, so they are turned into elements before the network is drawn.
_TITLES_TO_ELEMENTS = """
                  function kgTitle(item) {
                    if (typeof item.title === "string") {
                      var div = document.createElement("div");
                      div.className = "kg-tooltip";
                      div.innerHTML = item.title;
                      item.title = div;
                    }
                    return item;
                  }
                  nodes.update(nodes.get().map(kgTitle));
                  edges.update(edges.get().map(kgTitle));
                  network = new vis.Network(container, data, options);
                  network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); });"""
_STYLE = "<style>.kg-tooltip{max-width:480px;white-space:normal;font:13px sans-serif}</style>"
_CDN_TAG = re.compile(r'<(link|script)\b[^>]*(href|src)="https?://[^"]*"[^>]*>(\s*</script>)?', re.IGNORECASE)


def _edge_title(u_label: str, v_label: str, data: dict) -> str:
    arrow = "—" if data["symmetric"] else "→"
    lines = [f"<b>{html.escape(u_label)} {arrow} {html.escape(v_label)}: {html.escape(data['relation'])}</b> "
             f"({data['count']} report{'s' if data['count'] != 1 else ''})"]
    for ev in data["evidence"][:MAX_EVIDENCE]:
        meta = " · ".join(html.escape(str(x)) for x in (ev["article"], ev["date"]) if x)
        lines.append(f"“{html.escape(ev['sentence'])}” <i>({meta})</i>")
    if len(data["evidence"]) > MAX_EVIDENCE:
        lines.append(f"… and {len(data['evidence']) - MAX_EVIDENCE} more")
    return "<br><br>".join(lines)


def render_html(graph: nx.MultiDiGraph, height: str = "760px") -> str:
    """Render the projected graph as one self-contained HTML page (no network access needed).

    Nodes are actors, sized by how many relations they take part in; edges are coloured by
    relation family (hostile red, cooperative green, meeting blue), arrowed when directed,
    and carry their evidence sentences as tooltips.
    """
    net = Network(height=height, width="100%", directed=True, cdn_resources="in_line")
    degree = dict(graph.degree())
    for node, data in graph.nodes(data=True):
        label = data.get("label") or node
        title = f"<b>{html.escape(label)}</b> ({html.escape(node)})<br>{html.escape(data.get('type') or '')}"
        if data.get("wikidata"):
            title += f"<br>Wikidata: {html.escape(data['wikidata'])}"
        net.nodes.append({"id": node, "label": label, "title": title, "shape": "dot", "size": 10 + 4 * min(degree.get(node, 0), 10),
                          "color": TYPE_COLORS.get(data.get("type"), ORG_COLOR)})
    labels = {n: d.get("label") or n for n, d in graph.nodes(data=True)}
    for u, v, data in graph.edges(data=True):
        net.edges.append({"from": u, "to": v, "label": data["relation"], "title": _edge_title(labels[u], labels[v], data),
                          "color": FAMILY_COLORS[data["family"]], "width": 1 + min(data["count"], 8),
                          "arrows": "" if data["symmetric"] else "to", "font": {"size": 10, "align": "middle"}})
    net.set_options('{"physics": {"stabilization": {"iterations": 300}, "barnesHut": {"springLength": 180}},'
                    ' "edges": {"smooth": {"type": "dynamic"}}, "interaction": {"hover": true, "tooltipDelay": 120}}')
    page = net.generate_html()
    page = _CDN_TAG.sub("", page)
    page = page.replace("network = new vis.Network(container, data, options);", _TITLES_TO_ELEMENTS, 1)
    return page.replace("</head>", _STYLE + "\n</head>", 1)
