"""graph.html in a real browser: Debian's chromium driven by Playwright, every outside request blocked."""

from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium missing: scripts/install-chromium.sh should have installed it")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def open_page(browser, path):
    page = browser.new_page()
    errors, outside, dialogs = [], [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    def route(r):
        if r.request.url.startswith("file://"):
            return r.continue_()
        outside.append(r.request.url)
        return r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("typeof network !== 'undefined' && network.body && Object.keys(network.body.nodes).length > 0", timeout=20000)
    return page, errors, outside, dialogs


def test_page_draws_every_actor_and_edge_offline(browser, seed_build):
    import json

    out, report = seed_build
    page, errors, outside, _ = open_page(browser, out / "graph.html")
    events = [json.loads(l) for l in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    actors = {k for e in events for k in (e["source"], e["target"])}
    drawn = set(page.evaluate("nodes.getIds()"))
    assert drawn == actors
    assert page.evaluate("edges.length") > 0
    # every drawn node has a position on the canvas
    positions = page.evaluate("network.getPositions()")
    assert set(positions) == actors
    assert errors == [] and outside == []
    page.close()


def test_tooltip_shows_evidence_sentence(browser, seed_build):
    out, _ = seed_build
    page, *_ = open_page(browser, out / "graph.html")
    title = page.evaluate("""() => { const e = edges.get().find(e => e.from === 'PRK' && e.to === 'USA' && e.label === 'accuse');
                                    return e.title.textContent; }""")
    assert "North Korea" in title and "accuse" in title and "“" in title
    page.close()


def test_article_text_is_escaped_and_runs_nothing(browser, tmp_path):
    import kg

    src = tmp_path / "in"
    src.mkdir()
    (src / "evil.txt").write_text(
        "date 2024-07-13\nNorth Korea accused the United States of <script>alert('x')</script> plotting "
        "<img src=x onerror=alert('y')> an invasion, said <b>href</b> officials.", encoding="utf-8")
    out = tmp_path / "out"
    report = kg.build([src], kg.Settings(out=out))
    assert report.relations >= 1
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    page, errors, outside, dialogs = open_page(browser, out / "graph.html")
    text = page.evaluate("edges.get()[0].title.textContent")
    assert "<script>alert('x')</script>" in text and "<img src=x onerror=alert('y')>" in text
    assert page.evaluate("edges.get()[0].title.querySelectorAll('script, img').length") == 0
    page.mouse.move(10, 10)
    assert dialogs == [] and errors == [] and outside == []
    page.close()
