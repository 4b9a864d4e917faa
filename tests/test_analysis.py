"""Signed-graph analytics on real builds, through the API and the command line."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.analysis.measures import analyze, balance, camps, timeline
from kg.analysis.projection import filter_events, focus_events, signed_graph
from kg.errors import OptionError
from kg.graph.readback import events_from_graph

from .test_cli import kg


@pytest.fixture(scope="module")
def seed_only(seeds, tmp_path_factory, nlp):
    import kg as api

    out = tmp_path_factory.mktemp("seeds")
    api.build([seeds], api.Settings(out=out))
    return out


def test_seed_camps_separate_the_us_side_from_north_korea_and_russia(seed_only):
    report = analyze(events_from_graph(seed_only))
    bloc = {k: i for i, b in enumerate(report["blocs"]) for k in b}
    west, east = {"USA", "NATO", "JPN", "KOR"}, {"PRK", "RUS"}
    assert len({bloc[k] for k in west}) == 1 and len({bloc[k] for k in east}) == 1
    assert bloc["USA"] != bloc["PRK"]
    assert report["balance"] == 1.0


def test_events_read_back_from_the_graph_equal_events_jsonl(seed_build):
    from kg.model import Event

    out, _ = seed_build
    records = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    written = [Event(**{k: v for k, v in r.items() if k not in ("event", "copies")}) for r in records]
    key = lambda e: tuple(str(v) for v in vars(e).values())  # noqa: E731
    assert sorted(events_from_graph(out), key=key) == sorted(written, key=key)


def test_allies_antagonists_and_centrality(seed_only):
    report = analyze(events_from_graph(seed_only))
    prk = report["actors"]["PRK"]
    assert prk["antagonists"][0]["actor"] == "USA"
    assert "RUS" in [r["actor"] for r in prk["allies"]]
    assert abs(sum(a["centrality"] for a in report["actors"].values()) - 1) < 0.01
    usa = report["actors"]["USA"]
    assert usa["centrality"] == max(a["centrality"] for a in report["actors"].values())


def test_reported_events_count_half():
    from kg.model import Event

    def ev(modality):
        return Event("PRK", "attack", "JPN", "", "", "", "", "", 0, 0, "a", "2024-01-01", 1.0, "", "", "hostile", -10.0, modality)

    assert signed_graph([ev("asserted")])["PRK"]["JPN"]["score"] == -10.0
    assert signed_graph([ev("reported")])["PRK"]["JPN"]["score"] == -5.0


def test_the_projector_walks_its_edges_again_only_when_the_evidence_kept_per_edge_falls(monkeypatch):
    """Past its budget the page's projection keeps one event per edge; it used to walk every edge again for each
    new edge from then on (905 s for a 5,000-actor page)."""
    from kg.analysis.projection import Projector
    from kg.model import Event

    walks = []
    lower = Projector._lower_keep
    monkeypatch.setattr(Projector, "_lower_keep", lambda self, keep: (walks.append(keep), lower(self, keep)))
    projector = Projector(keep=5, budget=100)
    for i in range(400):  # 400 pairs, three events each
        for _ in range(3):
            projector.add(Event(f"A{i}", "accuse", f"B{i}", "", "", "", "", "", 0, 0, "a", None, 0.5, "", "", "hostile", -2.0))
    assert walks == sorted(set(walks), reverse=True) and walks[-1] == 1  # each share once, down to one
    assert all(len(d["events"]) == 1 for _, _, d in projector.graph().edges(data=True))


def test_camps_split_an_unbalanced_triangle_and_count_balance():
    g = nx.Graph()
    for u, v, s in [("A", "B", 1), ("B", "C", 1), ("A", "C", -1), ("C", "D", 1)]:
        g.add_edge(u, v, sign=s)
    assert balance(g) == 0.0
    assert sorted(map(len, camps(g))) in ([1, 3], [2, 2])


def test_filters_focus_and_timeline(seed_build):
    out, _ = seed_build
    events = events_from_graph(out)
    assert all(e.date >= "2024-01-01" for e in filter_events(events, since="2024-01-01"))
    assert {e.relation for e in filter_events(events, relations=["meet"])} == {"meet"}
    assert all(e.confidence >= 0.85 for e in filter_events(events, min_confidence=0.85))
    ego = focus_events(events, "IND")
    partners = {k for e in events if "IND" in (e.source, e.target) for k in (e.source, e.target)}
    assert "PAK" in partners and {k for e in ego for k in (e.source, e.target)} <= partners
    assert any("IND" in (e.source, e.target) for e in ego)
    with pytest.raises(OptionError, match="--focus ATA: no event involves this actor"):
        focus_events(events, "ATA")
    series = timeline(events, "year")
    assert set(series[("PRK", "USA")]) == {"2022", "2023", "2024"} and series[("PRK", "USA")]["2022"] < 0


@pytest.mark.slow
def test_analyze_command_table_json_csv_and_by_month(seed_build):
    out, _ = seed_build
    table = kg("analyze", "--data", out)
    assert table.returncode == 0 and "share of balanced triads" in table.stdout and "bloc 1:" in table.stdout
    data = json.loads(kg("analyze", "--data", out, "--format", "json").stdout)
    assert {"blocs", "balance", "actors"} <= set(data)
    assert {"allies", "antagonists", "centrality"} <= set(data["actors"]["PRK"])
    csv = kg("analyze", "--data", out, "--format", "csv", "--relations", "accuse,threaten", "--since", "2024-01-01").stdout
    assert csv.startswith("actor,bloc,centrality")
    by = kg("analyze", "--data", out, "--by", "month", "--focus", "PRK").stdout.splitlines()
    assert by[0].split() == ["a", "b", "period", "score"] and any("2022-07" in line for line in by)
    bad = kg("analyze", "--data", out, "--focus", "ATA")
    assert bad.returncode == 1 and "ATA" in bad.stderr


@pytest.mark.parametrize("fmt", ["png", "svg", "html"])
def test_viz_command_writes_each_format(seed_build, tmp_path, fmt):
    out, _ = seed_build
    target = tmp_path / f"g.{fmt}"
    proc = kg("viz", "--data", out, "--format", fmt, "-o", target, "--focus", "PRK")
    assert proc.returncode == 0, proc.stderr
    head = target.read_bytes()[:200]
    assert (
        head.startswith(b"\x89PNG")
        if fmt == "png"
        else (b"<svg" in target.read_bytes()[:2000] if fmt == "svg" else b"<!doctype html>" in head)
    )


def test_a_focus_view_is_written_beside_the_builds_page_never_over_it(seed_build, tmp_path):
    import shutil

    out = tmp_path / "build"
    shutil.copytree(seed_build[0], out)
    page = (out / "graph.html").read_bytes()
    proc = kg("viz", "--data", out, "--focus", "PRK")
    assert proc.returncode == 0, proc.stderr
    assert (out / "graph.html").read_bytes() == page and (out / "graph-PRK.html").stat().st_size > 10_000
    assert str(out / "graph-PRK.html") in proc.stdout


def test_undated_articles_are_counted_by_the_build_and_named_by_time_analyses(tmp_path):
    import kg as public

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "dated.txt").write_text("date 2024-03-01\nJapan and South Korea met in Seoul.", encoding="utf-8")
    (tmp_path / "in" / "undated.txt").write_text(
        "North Korea accused the United States of plotting an invasion.", encoding="utf-8"
    )
    report = public.build(tmp_path / "in", public.Settings(out=tmp_path / "out", workers=0))
    assert report.undated == 1 and "1 article(s) without a date" in report.summary()
    proc = kg("analyze", "--data", tmp_path / "out", "--by", "month")
    assert proc.returncode == 0 and "2024-03" in proc.stdout
    assert "note: 1 undated event(s) left out" in proc.stderr
    assert "undated" not in kg("analyze", "--data", tmp_path / "out").stderr  # no time filter, nothing left out
