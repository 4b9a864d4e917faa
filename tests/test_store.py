"""The on-disk store: idempotent and incremental builds, a killed build, a store held by another process."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

import kg
from kg.errors import StoreBusyError
from kg.graph.rdf import article_iri
from kg.graph.store import open_store, store_path
from kg.graph.vocab import KG

from .conftest import EXAMPLES, ROOT, repeated_feed

CAMP_DAVID = EXAMPLES / "2023-08-camp-david.txt"
PUTIN_XI = EXAMPLES / "2024-05-putin-xi.txt"


def graphs(out) -> dict[str, set]:
    """Named graph IRI -> its triples (terms in N-Triples syntax), read from the store."""
    with open_store(store_path(out)) as store:
        found: dict[str, set] = {}
        for q in store.store:
            found.setdefault(q.graph_name.value, set()).add((str(q.subject), str(q.predicate), str(q.object)))
    return found


def test_building_twice_adds_nothing(tmp_path):
    out = tmp_path / "out"
    first = kg.build([EXAMPLES], kg.Settings(out=out))
    before = Graph().parse(out / "graph.ttl")
    with open_store(store_path(out)) as store:
        count = store.count()
    second = kg.build([EXAMPLES], kg.Settings(out=out))
    assert first.unchanged == 0 and second.unchanged == second.articles == first.articles
    with open_store(store_path(out)) as store:
        assert store.count() == count
    after = Graph().parse(out / "graph.ttl")
    assert len(after) == len(before) and isomorphic(after, before)


def test_adding_an_article_keeps_the_others_and_matches_a_clean_build(tmp_path):
    out, clean = tmp_path / "out", tmp_path / "clean"
    kg.build([CAMP_DAVID], kg.Settings(out=out))
    report = kg.build([CAMP_DAVID, PUTIN_XI], kg.Settings(out=out))
    assert (report.articles, report.unchanged) == (2, 1)
    kg.build([CAMP_DAVID, PUTIN_XI], kg.Settings(out=clean))
    assert isomorphic(Graph().parse(out / "graph.ttl"), Graph().parse(clean / "graph.ttl"))
    assert graphs(out) == graphs(clean)


def test_a_changed_article_replaces_its_named_graph(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("date 2024-07-13\nNorth Korea accused the United States of inciting a new cold war.", encoding="utf-8")
    out = tmp_path / "out"
    kg.build([article], kg.Settings(out=out))
    old = graphs(out)[str(article_iri("a.txt"))]
    article.write_text("date 2024-07-14\nJapan and South Korea held talks in Seoul.", encoding="utf-8")
    kg.build([article], kg.Settings(out=out))
    new = graphs(out)[str(article_iri("a.txt"))]
    assert old != new and not any(p == f"<{KG.accuses}>" for _, p, _ in new)
    assert any(p == f"<{KG.meets}>" for _, p, _ in new)
    with open_store(store_path(out)) as store:
        hashes = list(store.query(f"SELECT ?h WHERE {{ ?a <{KG.contentHash}> ?h }}"))
    assert len(hashes) == 1


@pytest.mark.slow
def test_a_killed_build_keeps_whole_articles_and_the_next_run_completes(tmp_path):
    feed = tmp_path / "feed.jsonl"
    total = repeated_feed(feed)
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "kg",
        "-v",
        "build",
        str(feed),
        "--out",
        str(out),
        "--keep-duplicates",
    ]  # the feed repeats its stories
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 120
    for line in proc.stderr:  # kill as soon as the first article is committed
        if "stored article" in line or time.monotonic() > deadline:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert not (out / "graph.ttl").exists()
    partial = graphs(out)
    articles = {g for g in partial if "/article/" in g}
    assert 0 < len(articles) < total, "the build was not killed midway"

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.count("unchanged article") == len(articles)
    complete = graphs(out)
    assert sum("/article/" in g for g in complete) == total
    for g in articles:  # every article the killed run stored was whole: the rerun left it as it was
        assert partial[g] == complete[g]
        assert (f"<{g}>", f"<{KG.contentHash}>") in {(s, p) for s, p, _ in partial[g]}


@pytest.mark.slow
def test_a_store_held_by_another_process_gives_one_line_to_a_build_and_readers_read_the_last_generation(seed_build):
    out, _ = seed_build
    with open_store(store_path(out)):
        with pytest.raises(StoreBusyError, match="the store is in use by another process"):
            kg.build([CAMP_DAVID], kg.Settings(out=out))
        # readers open the last published generation, not the store: no lock, no error
        proc = subprocess.run(
            [sys.executable, "-m", "kg", "validate", "--data", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, proc.stderr
        proc = subprocess.run(
            [sys.executable, "-m", "kg", "query", "who-accuses-whom", "--data", str(out)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0 and proc.stderr == "" and "PRK" in proc.stdout


def test_query_reads_the_store_and_binds_values_as_terms(seed_build):
    out, _ = seed_build
    text = "PREFIX kg: <https://w3id.org/kgnews/ontology#> SELECT ?e WHERE { ?e kg:source ?s . ?s kg:key ?key }"
    assert list(kg.query(text, out, {"key": Literal("PRK")}))
    with open_store(store_path(out)) as store:
        before = store.count()
    evil = Literal('PRK" } } ; DROP ALL ; SELECT * WHERE { { ?e ?p "')
    assert list(kg.query(text, out, {"key": evil})) == []
    with open_store(store_path(out)) as store:
        assert store.count() == before


def test_actor_timeline_binds_the_actor(seed_build):
    out, _ = seed_build
    rows = list(kg.query("actor-timeline", out, {"actor": Literal("PRK")}))
    assert rows and {str(r.actor) for r in rows} == {"PRK"}
    assert {str(r.role) for r in rows} <= {"source", "target"}
    dates = [str(r.date) for r in rows if r.date is not None]
    assert dates == sorted(dates)
