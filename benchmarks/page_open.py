"""How fast a large graph.html opens: 5,000 actors and 20,000 edges in headless Chromium.

Generates random events (seeded), renders the page with kg.render_html (layout computed in
Python, physics off), opens it in Debian's chromium through Playwright with every outside request
blocked, and prints the page size, the Python render time and the time until the network is
drawn.

    python benchmarks/page_open.py [--nodes 5000] [--edges 20000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.model import Actor, Event, load_relations
from kg.page.render import render_html

CHROMIUM = "/usr/bin/chromium"


def synthetic(nodes: int, edges: int, seed: int = 7) -> tuple[list[Event], dict[str, Actor]]:
    rng = random.Random(seed)
    relations = list(load_relations().values())
    keys = [f"A{i:05d}" for i in range(nodes)]
    actors = {k: Actor(k, f"Actor {k}", rng.choice(["state", "alliance", "group"])) for k in keys}
    events = []
    for i in range(edges):
        a, b = rng.sample(keys, 2)
        rel = rng.choice(relations)
        day = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentence = f"Actor {a} and Actor {b} event number {i} <b>with markup</b>."
        events.append(
            Event(
                a,
                rel.name,
                b,
                f"Actor {a}",
                f"Actor {b}",
                f"Actor {a}",
                f"Actor {b}",
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=20000)
    args = ap.parse_args()
    events, actors = synthetic(args.nodes, args.edges)
    t = time.perf_counter()
    page = render_html(events, actors)
    render = time.perf_counter() - t
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        path = Path(tmp) / "graph.html"
        path.write_text(page, encoding="utf-8")
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        outside = []
        tab.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file://") else (outside.append(r.request.url), r.abort())
        )
        t = time.perf_counter()
        tab.goto(path.as_uri())
        tab.wait_for_function("window.kg && window.kg.ready", timeout=120000)
        opened = time.perf_counter() - t
        drawn = tab.evaluate("kg.nodes.length"), tab.evaluate("kg.edges.length")
        browser.close()
    print(f"{args.nodes} actors, {args.edges} events -> {drawn[0]} nodes, {drawn[1]} edges drawn")
    print(f"page size       : {len(page.encode()) / 1e6:.1f} MB")
    print(f"render (Python) : {render:.1f} s (layout, analysis, HTML)")
    print(f"open (Chromium) : {opened:.2f} s until first drawing; outside requests: {len(outside)}")


if __name__ == "__main__":
    main()
