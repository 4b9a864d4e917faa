"""page/render.py without a browser: which labels show at which zoom, the bloc layout, one edge per pair."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import networkx as nx

from benchmarks.page_open import synthetic
from kg.page.labels import TIER_ZOOMS, label_box, label_tiers, tier_font
from kg.page.layout import FILL, VIEW, layout
from kg.page.render import AGGREGATE_ABOVE, page_data


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_labels_go_to_the_most_active_first_and_never_overlap_at_any_tier():
    # a tight grid: at the initial zoom only every few nodes' labels fit, zoomed in all of them
    nodes = [
        {"id": f"n{i}", "label": f"Actor number {i}", "x": 60.0 * (i % 10), "y": 40.0 * (i // 10), "size": 5} for i in range(60)
    ]
    placed = label_tiers(nodes)
    tiers = [t for t, _ in placed]
    assert tiers[0] == 0 and 1 < tiers.count(0) < len(nodes)  # the first (most active) always; not all at once
    assert max(tiers) > 0 and any(above for _, above in placed)
    for step in range(44):  # zoom 1x to 20x (vis-network's limit), between the tiers too
        zoom = 2 ** (step / 10)
        tier = sum(zoom >= z for z in TIER_ZOOMS) - 1
        font = tier_font(0) / zoom
        boxes = [label_box(n, font, above) for n, (t, above) in zip(nodes, placed) if t <= tier]
        assert not any(_overlap(a, b) for a, b in itertools.combinations(boxes, 2)), zoom
    assert label_tiers(nodes) == placed  # deterministic
    # two actors on one spot: the second label can only show on hover
    # three actors on one spot: one label below, one above, the third shows on hover only
    triplets = [{"id": k, "label": "Same place", "x": 0.0, "y": 0.0, "size": 5} for k in "abc"]
    assert [t for t, _ in label_tiers(triplets)] == [0, 0, len(TIER_ZOOMS)]


def test_layout_puts_each_bloc_in_a_disc_of_its_own_with_lone_actors_around():
    g = nx.Graph()
    blocs = [[f"{c}{i}" for i in range(n)] for c, n in (("a", 30), ("b", 12), ("c", 5))]
    for bloc in blocs:
        g.add_edges_from(itertools.combinations(bloc, 2))
    g.add_edges_from([("a0", "b0"), ("b1", "c1")])
    g.add_nodes_from(["lone1", "lone2"])
    pos = layout(g, blocs)
    assert pos == layout(g, blocs) and set(pos) == set(g)
    spread = [max(math.dist(pos[p], pos[q]) for p, q in itertools.combinations(b, 2)) for b in blocs]
    for (i, a), (j, b) in itertools.combinations(enumerate(blocs), 2):  # no bloc reaches into another
        assert min(math.dist(pos[p], pos[q]) for p in a for q in b) > 0.1 * max(spread[i], spread[j])
    centre = [sum(pos[k][d] for k in blocs[0]) / len(blocs[0]) for d in (0, 1)]
    assert all(math.dist(pos[k], centre) > spread[0] / 2 for k in ("lone1", "lone2"))  # outside the largest bloc
    assert all(abs(x) <= VIEW[0] * FILL / 2 + 1 and abs(y) <= VIEW[1] * FILL / 2 + 1 for x, y in pos.values())


def test_a_large_page_has_one_edge_per_pair_with_its_counts_and_all_its_evidence():
    events, actors = synthetic(AGGREGATE_ABOVE + 50, 600)
    data = page_data(events, actors)
    pairs = [tuple(sorted((e["from"], e["to"]))) for e in data["edges"]]
    assert len(pairs) == len(set(pairs)) == len({tuple(sorted((e.source, e.target))) for e in events})
    for edge in data["edges"]:
        assert (
            edge["count"]
            == sum(edge["relations"].values())
            == len([e for e in events if {e.source, e.target} == {edge["from"], edge["to"]}])
        )
        assert {data["events"][i]["relation"] for i in edge["events"]} == set(edge["relations"])
        assert edge["label"] == str(edge["count"]) if edge["count"] > 1 else "label" not in edge
    mixed = [e for e in data["edges"] if len(e["relations"]) > 1]
    assert mixed and all(e["family"] in e["families"] for e in mixed)
    labelled = [n for n in data["nodes"] if n["tier"] == 0]
    top = sorted(data["nodes"], key=lambda n: -n["activity"])[:10]
    assert all(n["tier"] == 0 for n in top) and len(labelled) < len(data["nodes"])
    small = page_data(*synthetic(20, 60))
    assert all(e["id"].count("|") == 2 for e in small["edges"])  # small graphs keep one edge per relation


def test_the_layout_and_labels_are_the_same_whatever_the_hash_seed():
    import os
    import subprocess
    import sys

    script = (
        "from benchmarks.page_open import synthetic; from kg.page.render import page_data; "
        "print([(n['id'], n['x'], n['y'], n['tier']) for n in page_data(*synthetic(120, 400))['nodes']])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parents[1],
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1
