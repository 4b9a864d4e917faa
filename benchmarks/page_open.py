"""How large graph.html pages open and read: 45, 500 and 5,000 actors in headless Chromium.

Generates random events (seeded): actors in hidden camps (hostile across camps, friendly within, mostly),
a few actors in most of the news. Renders each page with kg.render_html (layout computed in Python,
physics off), opens it in Debian's chromium through Playwright with every outside request blocked, and
prints per size: page size, Python render time, time until the network is drawn, the labels drawn at the
initial view and at 4x zoom with how many pairs of their boxes overlap (as the browser drew them), the
drawn edges against the pairs of actors, and how far apart the blocs sit. Saves a screenshot of the
500-actor page.

    python benchmarks/page_open.py [--sizes 45 500 5000] [--edges-per-actor 4] [--screenshot docs/page-500.png]
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import statistics
import tempfile
import time
from pathlib import Path

from kg.model import Actor, Event, load_relations
from kg.page.render import render_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1400, "height": 900}
CAMPS = 4
#: How often a relation follows the camps (friendly within, hostile across).
LOYALTY = 0.85
#: Activity falls with rank as 1 / rank ** SKEW: a few actors are in most of the news.
SKEW = 0.7
SYLLABLES = ("ka", "lo", "mi", "ra", "sen", "tor", "vul", "an", "dre", "bel", "gor", "is", "na", "pet", "sul", "ur", "za")
SCREENSHOT_SIZE = 500
PAIRS = "[kg.edges.length, new Set(kg.data.edges.map(e => [e.from, e.to].sort().join('|'))).size]"


def synthetic(nodes: int, edges: int, seed: int = 7) -> tuple[list[Event], dict[str, Actor]]:
    """``edges`` events among ``nodes`` actors (names of varied length) in :data:`CAMPS` hidden camps."""
    rng = random.Random(seed)
    families: dict[str, list] = {}
    for rel in load_relations().values():
        families.setdefault(rel.family, []).append(rel)
    keys = [f"A{i:05d}" for i in range(nodes)]
    names = {
        k: " ".join("".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).title() for _ in range(rng.choice([1, 1, 2])))
        for k in keys
    }
    actors = {k: Actor(k, names[k], rng.choice(["state", "alliance", "group"])) for k in keys}
    weights = [1 / (rank + 1) ** SKEW for rank in range(nodes)]
    events = []
    for i in range(edges):
        a, b = rng.choices(keys, weights, k=2)
        while a == b:
            b = rng.choice(keys)
        friendly = (int(a[1:]) % CAMPS == int(b[1:]) % CAMPS) == (rng.random() < LOYALTY)
        rel = rng.choice(families[rng.choice(["cooperative", "meeting"])] if friendly else families["hostile"])
        day = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentence = f"{names[a]} and {names[b]} event number {i} <b>with markup</b>."
        events.append(
            Event(
                a,
                rel.name,
                b,
                names[a],
                names[b],
                names[a],
                names[b],
                sentence,
                0,
                len(sentence),
                f"art-{i % 3000}",
                day,
                0.8,
                rel.cameo,
                rel.plover,
                rel.family,
                rel.goldstein,
            )
        )
    return events, actors


def overlapping(boxes: list[dict], slack: float = 0.5) -> int:
    """Pairs of label boxes (page pixels) that overlap by more than ``slack`` px both ways."""
    return sum(
        min(a["right"], b["right"]) - max(a["left"], b["left"]) > slack
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > slack
        for a, b in itertools.combinations(boxes, 2)
    )


def bloc_spread(nodes: list[dict], positions: dict) -> tuple[float, float]:
    """Mean distance between two actors of one bloc, and between actors of different blocs."""
    placed = [(n["bloc"], positions[n["id"]]) for n in nodes if n["bloc"] is not None]
    rng = random.Random(1)
    pairs = [rng.sample(placed, 2) for _ in range(20000)] if len(placed) > 1 else []
    within = [math.dist((p["x"], p["y"]), (q["x"], q["y"])) for (a, p), (b, q) in pairs if a == b]
    between = [math.dist((p["x"], p["y"]), (q["x"], q["y"])) for (a, p), (b, q) in pairs if a != b]
    return statistics.fmean(within or [0]), statistics.fmean(between or [0])


def measure(browser, page: str, screenshot: Path | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.html"
        path.write_text(page, encoding="utf-8")
        tab = browser.new_page(viewport=VIEWPORT)
        outside = []
        tab.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else (outside.append(r.request.url), r.abort())
        )
        t = time.perf_counter()
        tab.goto(path.as_uri())
        tab.wait_for_function("window.kg && window.kg.ready", timeout=120000)
        out = {"open": time.perf_counter() - t, "outside": len(outside)}
        labels = tab.evaluate("kg.drawnLabels()")
        if screenshot:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            tab.screenshot(path=str(screenshot))
        nodes = tab.evaluate("kg.data.nodes")
        top = [n["id"] for n in sorted(nodes, key=lambda n: -n["activity"])[:10]]
        out |= {"labels": len(labels), "overlaps": overlapping(labels), "top10": len({b["id"] for b in labels} & set(top))}
        out["edges"], out["pairs"] = tab.evaluate(PAIRS)
        out["within"], out["between"] = bloc_spread(nodes, tab.evaluate("kg.network.getPositions()"))
        tab.evaluate("kg.network.moveTo({position: {x: 0, y: 0}, scale: 4 * kg.data.view.scale})")
        tab.wait_for_timeout(300)  # the zoom's relabelling and redraw
        zoomed = tab.evaluate("kg.drawnLabels()")
        out |= {"zoom_labels": len(zoomed), "zoom_overlaps": overlapping(zoomed)}
        tab.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[45, 500, 5000])
    ap.add_argument("--edges-per-actor", type=int, default=4)
    ap.add_argument("--screenshot", type=Path, default=Path("docs/page-500.png"))
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in args.sizes:
            events, actors = synthetic(n, n * args.edges_per_actor)
            t = time.perf_counter()
            page = render_html(events, actors)
            render = time.perf_counter() - t
            r = measure(browser, page, args.screenshot if n == SCREENSHOT_SIZE else None)
            print(f"{n} actors, {len(events)} events: page {len(page.encode()) / 1e6:.1f} MB")
            print(f"  render (Python) {render:.1f} s, open (Chromium) {r['open']:.2f} s, outside requests {r['outside']}")
            print(
                f"  labels at the initial view {r['labels']} ({r['top10']} of the 10 most active), "
                f"overlapping pairs {r['overlaps']}; at 4x zoom {r['zoom_labels']}, overlapping {r['zoom_overlaps']}"
            )
            print(f"  edges drawn {r['edges']} for {r['pairs']} pairs of actors")
            print(
                f"  mean distance within a bloc {r['within']:.0f}, between blocs {r['between']:.0f} "
                f"(ratio {r['between'] / max(r['within'], 1e-9):.2f})"
            )
        browser.close()
    if args.screenshot.exists() and SCREENSHOT_SIZE in args.sizes:
        from PIL import Image

        Image.open(args.screenshot).convert("RGB").quantize(colors=256).save(args.screenshot, optimize=True)
        print(f"screenshot: {args.screenshot} ({args.screenshot.stat().st_size // 1000} KB)")


if __name__ == "__main__":
    main()
