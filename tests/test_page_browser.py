"""graph.html in a real browser: Debian's chromium driven by Playwright, every outside request blocked."""

from __future__ import annotations

import json
import os

import pytest

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("chromium missing: the Makefile's test target should have installed it")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
        )
        yield b
        b.close()


class Page:
    """One opened graph.html with its console errors, blocked outside requests and dialogs."""

    def __init__(self, browser, path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors, self.outside, self.dialogs = [], [], []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kg && window.kg.ready", timeout=20000)

    def _route(self, r):
        if r.request.url.startswith("file://"):
            return r.continue_()
        self.outside.append(r.request.url)
        return r.abort()

    def eval(self, js, arg=None):
        return self.page.evaluate(js, arg)

    def click_edge(self, edge_id):
        """Click an edge on the canvas, as a person would: near its middle, and a little further along if another edge
        or its label lies there (edges of a dense graph cross)."""
        for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8):
            point = self.eval(
                "([id, t]) => { const n = kg.network; return n.canvasToDOM(n.body.edges[id].edgeType.getPoint(t)); }",
                [edge_id, t],
            )
            self.page.mouse.click(point["x"], point["y"])
            if self.eval("id => kg.network.getSelectedEdges().includes(id)", edge_id):
                return
        raise AssertionError(f"no point of edge {edge_id} selects it")

    def visible(self):
        return self.eval(
            "({nodes: kg.nodes.get({filter: n => !n.hidden}).map(n => n.id).sort(),"
            " edges: kg.edges.get({filter: e => !e.hidden}).length})"
        )


@pytest.fixture(scope="module")
def seed_page(browser, seed_build):
    out, _ = seed_build
    p = Page(browser, out / "graph.html")
    yield p, out
    p.page.close()


def test_page_draws_every_actor_and_edge_offline(seed_page):
    page, out = seed_page
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    actors = {k for e in events for k in (e["source"], e["target"])}
    pairs = {(e["source"], e["target"], e["relation"]) for e in events}
    assert set(page.eval("kg.nodes.getIds()")) == actors
    assert set(page.eval("Object.keys(kg.network.getPositions())")) == actors
    drawn = {tuple(i.split("|")) for i in page.eval("kg.edges.getIds()")}
    assert {(s, t, r) if (s, t, r) in drawn else (t, s, r) for s, t, r in pairs} == drawn
    assert page.errors == [] and page.outside == []


def test_clicking_an_edge_shows_its_evidence_with_actor_words_marked(seed_page):
    page, _ = seed_page
    page.eval("kg.network.fit()")
    page.click_edge("PRK|USA|accuse")
    details = page.page.locator("#details")
    assert details.locator("h2").inner_text().startswith("North Korea → United States: accuse")
    sentences = details.locator(".ev .sentence").all_inner_texts()
    assert len(sentences) == page.eval("kg.edges.get('PRK|USA|accuse').events.length") >= 2
    assert any("accuses US of trying" in s for s in sentences)
    marked = set(details.locator("mark").all_inner_texts())
    assert {"North Korea", "US"} <= marked
    assert "2022-07-03" in details.inner_text()


def test_clicking_an_actor_lists_allies_antagonists_and_wikidata(seed_page):
    page, _ = seed_page
    page.eval("kg.network.fit()")
    x, y = page.eval("(() => { const p = kg.network.canvasToDOM(kg.network.getPosition('PRK')); return [p.x, p.y]; })()")
    page.page.mouse.click(x, y)
    details = page.page.locator("#details")
    text = details.inner_text()
    assert text.startswith("North Korea (PRK)") and "Antagonists" in text and "United States" in text
    assert details.locator("a").get_attribute("href") == "https://www.wikidata.org/wiki/Q423"


def test_family_and_date_filters_and_focus_and_search(seed_page):
    page, _ = seed_page
    everything = page.visible()
    page.page.uncheck("#family-hostile")
    no_hostile = page.visible()
    assert 0 < no_hostile["edges"] < everything["edges"]
    assert page.eval("kg.edges.get({filter: e => !e.hidden && e.family === 'hostile'}).length") == 0
    page.page.check("#family-hostile")
    assert page.visible() == everything
    # the date range: from 2024-07-01 on, the 2022 seed is gone
    index = page.eval("kg.data.dates.findIndex(d => d >= '2024-07-01')")
    page.page.fill("#from", str(index))
    page.page.dispatch_event("#from", "input")
    later = page.visible()
    assert later["edges"] < everything["edges"]
    assert page.eval(
        "kg.edges.get({filter: e => !e.hidden}).every(e => e.events.some(i => kg.data.events[i].date >= '2024-07-01'))"
    )
    page.page.fill("#from", "0")
    page.page.dispatch_event("#from", "input")
    # search selects and focus keeps only the neighbourhood
    page.page.fill("#search", "India")
    page.page.dispatch_event("#search", "change")
    assert page.eval("kg.network.getSelectedNodes()") == ["IND"]
    page.page.click("#focus")
    near = page.eval(
        "[...new Set(kg.edges.get().filter(e => e.from === 'IND' || e.to === 'IND').flatMap(e => [e.from, e.to]))].sort()"
    )
    assert "PAK" in near and page.visible()["nodes"] == near and len(near) < len(everything["nodes"])
    page.page.click("#reset")
    assert page.visible() == everything
    assert page.errors == []


def test_article_text_is_escaped_and_runs_nothing(browser, tmp_path):
    import kg

    src = tmp_path / "in"
    src.mkdir()
    (src / "evil.txt").write_text(
        "---\ntitle: <img src=x onerror=alert('t')>\nurl: javascript:alert('u')\ndate: 2024-07-13\n---\n"
        "North Korea accused the United States of <script>alert('x')</script> plotting "
        "<img src=x onerror=alert('y')> an invasion, said <b>href</b> officials </script><!-- .",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    report = kg.build([src], kg.Settings(out=out))
    assert report.relations >= 1
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "</script><!--" not in html
    page = Page(browser, out / "graph.html")
    page.eval("kg.network.fit()")
    page.click_edge("PRK|USA|accuse")
    details = page.page.locator("#details")
    text = details.inner_text()
    assert "<script>alert('x')</script>" in text and "<img src=x onerror=alert('y')>" in text
    assert "<img src=x onerror=alert('t')>" in text  # the title, as text
    assert details.locator("script, img, b").count() == 0 and details.locator("a").count() == 0
    page.page.mouse.move(5, 5)
    assert page.dialogs == [] and page.errors == [] and page.outside == []
    page.page.close()


def test_bidi_controls_in_article_text_cannot_reorder_what_follows(browser, tmp_path):
    """U+202E in a title or sentence stays inside its own text: the date and confidence after it read left to right."""
    import kg

    src = tmp_path / "in"
    src.mkdir()
    (src / "bidi.txt").write_text(
        "---\ntitle: Invoice \u202egnp.exe\ndate: 2024-07-13\n---\n"
        "North Korea accused the United States \u202eof plotting\u202c an invasion.",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert kg.build([src], kg.Settings(out=out)).relations >= 1
    page = Page(browser, out / "graph.html")
    page.eval("kg.network.fit()")
    page.click_edge("PRK|USA|accuse")
    meta = page.page.locator("#details .ev .meta")
    assert "Invoice \u202egnp.exe · 2024-07-13" in meta.inner_text()
    # the date after the title is drawn left to right: its first digit left of its last
    xs = page.eval(
        """(() => { const meta = document.querySelector('#details .ev .meta');
        const walker = document.createTreeWalker(meta, NodeFilter.SHOW_TEXT); let node;
        while ((node = walker.nextNode())) { const i = node.data.indexOf('2024-07-13'); if (i >= 0) {
          const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); const first = r.getBoundingClientRect().x;
          r.setStart(node, i + 9); r.setEnd(node, i + 10); return [first, r.getBoundingClientRect().x]; } } return null; })()"""
    )
    assert xs is not None and xs[0] < xs[1]
    # every piece of article text sits in its own <bdi>, isolated
    assert page.eval(
        "[...document.querySelectorAll('#details .ev bdi')].every(b => getComputedStyle(b).unicodeBidi === 'isolate')"
    )
    assert page.eval("document.querySelector('#details .ev .meta a, #details .ev .meta bdi').closest('bdi') !== null")
    assert page.dialogs == [] and page.errors == [] and page.outside == []
    page.page.close()


@pytest.fixture(scope="module")
def big_page(browser, tmp_path_factory):
    """A 500-actor synthetic graph (actors in hidden camps, a few in most of the news), as the benchmark makes it."""
    from benchmarks.page_open import synthetic
    from kg.page.render import render_html

    path = tmp_path_factory.mktemp("big") / "graph.html"
    path.write_text(render_html(*synthetic(500, 2000)), encoding="utf-8")
    p = Page(browser, path)
    yield p
    p.page.close()


def test_a_500_actor_page_opens_with_the_top_actors_labelled_and_no_label_overlapping(big_page):
    from benchmarks.page_open import overlapping

    page = big_page
    labels = page.eval("kg.drawnLabels()")
    top = page.eval("kg.data.nodes.slice().sort((a, b) => b.activity - a.activity).slice(0, 10).map(n => n.id)")
    assert set(top) <= {b["id"] for b in labels} and 20 <= len(labels) < 500
    assert overlapping(labels) == 0
    assert all(b["bottom"] - b["top"] >= 11 for b in labels)  # readable: about 13 px high
    # zoomed in, more labels on a smaller part, still none overlapping; hovering shows a hidden one
    hidden = page.eval("kg.data.nodes.find(n => n.tier > 2).id")  # shown from 8x zoom on
    page.eval("id => kg.network.moveTo({position: kg.network.getPosition(id), scale: 4 * kg.data.view.scale})", hidden)
    page.page.wait_for_timeout(300)
    zoomed = page.eval("kg.drawnLabels()")
    assert overlapping(zoomed) == 0 and hidden not in {b["id"] for b in zoomed}
    x, y = page.eval("id => { const p = kg.network.canvasToDOM(kg.network.getPosition(id)); return [p.x, p.y]; }", hidden)
    page.page.mouse.move(x, y)
    page.page.wait_for_function("id => kg.drawnLabels().some(b => b.id === id)", arg=hidden, timeout=5000)
    page.page.mouse.move(5, 5)
    page.eval("kg.network.moveTo({position: {x: 0, y: 0}, scale: kg.data.view.scale})")
    assert page.errors == [] and page.outside == []


def test_a_500_actor_page_draws_one_edge_per_pair_and_keeps_blocs_apart(big_page):
    from benchmarks.page_open import PAIRS, bloc_spread

    page = big_page
    drawn, pairs = page.eval(PAIRS)
    assert drawn == pairs == page.eval("Object.keys(kg.network.body.edges).length")
    assert page.eval("kg.data.edges.every(e => e.count === Object.values(e.relations).reduce((a, b) => a + b, 0))")
    within, between = bloc_spread(page.eval("kg.data.nodes"), page.eval("kg.network.getPositions()"))
    assert between > 2 * within


def test_clicking_a_pair_edge_lists_the_evidence_of_all_its_relations(big_page):
    page = big_page
    edge = page.eval("kg.data.edges.filter(e => Object.keys(e.relations).length > 2).sort((a, b) => b.count - a.count)[0]")
    page.eval(
        """id => { const n = kg.network, p = n.body.edges[id].edgeType.getPoint(0.5);
        n.moveTo({position: p, scale: 10}); }""",
        edge["id"],
    )
    page.page.wait_for_timeout(200)
    page.click_edge(edge["id"])
    details = page.page.locator("#details")
    assert details.locator("h2").inner_text() == edge["title"]
    metas = details.locator(".ev .meta").all_inner_texts()
    assert len(metas) == len(edge["events"])
    assert {rel for rel in edge["relations"] if any(f" · {rel} · " in m for m in metas)} == set(edge["relations"])
    page.eval("kg.network.moveTo({position: {x: 0, y: 0}, scale: kg.data.view.scale})")
    assert page.errors == []
