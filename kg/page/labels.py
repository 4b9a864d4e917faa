"""Which actor labels the page shows at which zoom: the most active first, no two boxes overlapping at any zoom."""

from __future__ import annotations

import math
import unicodedata

from .layout import INITIAL_SCALE

__all__ = ["HIDDEN_FONT", "LABEL_PX", "LINE_EM", "TIER_ZOOMS", "label_box", "label_lift", "label_tiers", "tier_font"]

#: Labels keep LABEL_PX on screen whatever the zoom (the page resizes them on each zoom; below the initial
#: scale they shrink with the graph). A label of tier t is shown from TIER_ZOOMS[t] times the initial scale
#: on, and no shown label's box overlaps another's; a label that fits at no tier shows on hover only.
LABEL_PX = 13
TIER_ZOOMS = (1, 2, 4, 8, 16)
#: vis-network draws no label smaller than DRAW_THRESHOLD - 1 px and zooms in to scale 10 at most: a hidden
#: label's canvas font, HIDDEN_FONT, stays below that at any zoom.
DRAW_THRESHOLD = 8
MAX_SCALE = 10
HIDDEN_FONT = 0.1
#: The smallest canvas font a shown label gets (LABEL_PX at MAX_SCALE).
MIN_FONT = LABEL_PX / MAX_SCALE
#: Estimated label box, in font sizes: width of a narrow and of a wide (CJK) character, line height.
CHAR_EM, WIDE_EM, LINE_EM = 0.62, 1.05, 1.25


def _text_width(text: str) -> float:
    """The width of ``text`` in font sizes, wide (CJK) characters counting about twice."""
    return sum(WIDE_EM if unicodedata.east_asian_width(c) in "WF" else CHAR_EM for c in text)


def _edges(node: dict, above: bool) -> tuple[float, float, float, float, float]:
    """A label box's edges as lines in the font size f: x, half-width per f, and (top, bottom) = t0 + t1 f, b0 + b1 f.

    Below the node (vis-network's place for these shapes) the box starts 4 units and half a line under
    it; above (moved by :func:`label_lift`) it ends 2 units over it.
    """
    if above:
        edge = node["y"] - node["size"] - 2
        return node["x"], _text_width(node["label"]) / 2, edge, -LINE_EM, edge, 0.0
    edge = node["y"] + node["size"] + 4
    return node["x"], _text_width(node["label"]) / 2, edge, 0.5, edge, 0.5 + LINE_EM


def label_box(node: dict, font: float, above: bool = False) -> tuple[float, float, float, float]:
    """Where vis-network draws ``node``'s label at ``font``: (left, top, right, bottom), centred below the node,
    or above it when moved up by :func:`label_lift`."""
    return _box(_edges(node, above), font)


def _box(edges: tuple, font: float) -> tuple[float, float, float, float]:
    x, half, t0, t1, b0, b1 = edges
    return x - half * font - 1, t0 + t1 * font, x + half * font + 1, b0 + b1 * font


def label_lift(size: float, font: float) -> float:
    """The ``font.vadjust`` that moves a label from below a node of ``size`` to just above it (the page's is the same)."""
    return -(2 * size + 6 + (0.5 + LINE_EM) * font)


def _clash(a: tuple, b: tuple, low: float, high: float) -> bool:
    """Whether label boxes ``a`` and ``b`` (:func:`_edges`) overlap at some font size in [low, high].

    Each of the four overlap conditions is linear in the font size, ``p + q f < 0``: each bounds f on one side.
    """
    (xa, ha, ta0, ta1, ba0, ba1), (xb, hb, tb0, tb1, bb0, bb1) = a, b
    conditions = ((xa - xb - 2, -(ha + hb)), (xb - xa - 2, -(ha + hb)), (ta0 - bb0, ta1 - bb1), (tb0 - ba0, tb1 - ba1))
    for p, q in conditions:
        if q > 0:
            high = min(high, -p / q)
        elif q < 0:
            low = max(low, -p / q)
        elif p >= 0:
            return False
    return low < high


class _Boxes:
    """Labels on a grid of buckets by the box they can take over a range of font sizes, to find their neighbours."""

    def __init__(self, low: float, high: float):
        self.low, self.high, self.grid = low, high, {}

    def _cells(self, edges: tuple):
        small, big = _box(edges, self.low), _box(edges, self.high)
        x0, y0, x1, y1 = (math.floor(v / (8 * self.high)) for v in (big[0], min(small[1], big[1]), big[2], max(small[3], big[3])))
        return ((i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1))

    def free(self, edges: tuple) -> bool:
        return not any(_clash(edges, other, self.low, self.high) for c in self._cells(edges) for other in self.grid.get(c, ()))

    def add(self, edges: tuple) -> None:
        for c in self._cells(edges):
            self.grid.setdefault(c, []).append(edges)


def tier_font(tier: int) -> float:
    """The canvas font size of labels when the view shows tier ``tier`` (LABEL_PX at that zoom)."""
    return LABEL_PX / (INITIAL_SCALE * TIER_ZOOMS[tier])


def label_tiers(nodes: list[dict]) -> list[tuple[int, bool]]:
    """The tier of each node's label (0: shown from the start) and whether it sits above the node, nodes
    given most important first.

    Greedy, tier by tier: a node not yet labelled takes the tier if its label box, below the node or else
    above it, overlaps none of the labels already taken at any zoom from the tier's on (font sizes from
    :func:`tier_font` down to :data:`MIN_FONT`), so the labels shown never overlap. A node left over gets
    ``len(TIER_ZOOMS)``: its label shows on hover.
    """
    placed: list[tuple[int, bool]] = [(len(TIER_ZOOMS), False)] * len(nodes)
    for tier in range(len(TIER_ZOOMS)):
        boxes = _Boxes(MIN_FONT, tier_font(tier))
        for node, (t, above) in zip(nodes, placed):
            if t < tier:
                boxes.add(_edges(node, above))
        for i, node in enumerate(nodes):
            if placed[i][0] < tier:
                continue
            for above in (False, True):
                if boxes.free(edges := _edges(node, above)):
                    boxes.add(edges)
                    placed[i] = (tier, above)
                    break
    return placed
