"""``kg build --infer``: the edges the ontology implies, materialised in a named graph; checked against owlrl."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Graph

import kg
from kg.graph.infer import materialise
from kg.graph.rdf import INFERRED_GRAPH, actor_iri, ontology
from kg.graph.store import LocalStore, open_store, store_path
from kg.graph.vocab import KG

from .conftest import EXAMPLES, ROOT

CAMP_DAVID = EXAMPLES / "2023-08-camp-david.txt"
USA, KOR = actor_iri("USA").n3(), actor_iri("KOR").n3()
PREFIX = "PREFIX kg: <https://w3id.org/kgnews/ontology#>\n"
HOSTILE = PREFIX + "SELECT ?x ?y WHERE { ?x kg:hostileTo ?y }"


def ask(text: str, data) -> bool:
    return kg.query(PREFIX + f"ASK {{ {text} }}", data).askAnswer


def test_infer_materialises_symmetric_and_super_property_edges(tmp_path, nlp):
    out = tmp_path / "out"
    plain = kg.build([CAMP_DAVID], kg.Settings(out=out))
    assert plain.inferred == 0 and not list(kg.query(HOSTILE, out))
    assert ask(f"{USA} kg:meets {KOR}", out) != ask(f"{KOR} kg:meets {USA}", out)  # stated one way only

    report = kg.build([CAMP_DAVID], kg.Settings(out=out, infer=True))
    assert report.unchanged == 1 and report.inferred > 0
    for data in (out, out / "graph.trig"):  # the store and the exported files
        assert ask(f"{USA} kg:meets {KOR}", data) and ask(f"{KOR} kg:meets {USA}", data)
        assert ask(f"{USA} kg:interactsWith {KOR} . {KOR} kg:interactsWith {USA}", data)
        assert list(kg.query(HOSTILE, data))
    assert ask(f"GRAPH {INFERRED_GRAPH.n3()} {{ ?x kg:hostileTo ?y }}", out)
    # only edges not already stated go into the inferred graph
    assert not ask(f"GRAPH {INFERRED_GRAPH.n3()} {{ ?x ?p ?y }} GRAPH ?g {{ ?x ?p ?y }} FILTER(?g != {INFERRED_GRAPH.n3()})", out)
    with open_store(store_path(out)) as store:
        assert materialise(store) == report.inferred  # running it again derives the same edges

    kg.build([CAMP_DAVID], kg.Settings(out=out))  # a build without --infer drops the stale inferred graph
    assert not list(kg.query(HOSTILE, out)) and not list(kg.query(HOSTILE, out / "graph.trig"))


def test_infer_gives_the_edges_owlrl_derives_from_the_ontology():
    owlrl = pytest.importorskip("owlrl")
    a, b, c, d = (actor_iri(k) for k in ("AAA", "BBB", "CCC", "DDD"))
    stated = [(a, KG.accuses, b), (a, KG.meets, c), (c, KG.cooperatesWith, d), (d, KG.supports, a), (b, KG.attacks, a)]
    store = LocalStore()
    store.put_ontology()
    store.update(
        "INSERT DATA { GRAPH <https://w3id.org/kgnews/id/article/x> { "
        + " ".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in stated)
        + " } }"
    )
    materialise(store)
    ours = {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in store.store.quads_for_pattern(None, None, None, None)
        if q.graph_name.value == str(INFERRED_GRAPH)
    }

    graph = Graph()
    for t in ontology():
        graph.add(t)
    for t in stated:
        graph.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    actors = {a, b, c, d}
    theirs = {(str(s), str(p), str(o)) for s, p, o in graph if s in actors and o in actors and str(p).startswith(str(KG._NS))} - {
        tuple(map(str, t)) for t in stated
    }
    assert ours == theirs
    assert (str(c), str(KG.meets), str(a)) in ours and (str(a), str(KG.hostileTo), str(b)) in ours
    assert (str(d), str(KG.friendlyTo), str(c)) in ours  # symmetric, then super-property
    assert (str(b), str(KG.interactsWith), str(a)) in ours


@pytest.mark.slow
def test_build_cli_takes_infer(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(CAMP_DAVID), "--out", str(out), "--infer", "-w", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    assert "inferred edges" in proc.stdout
    assert ask(f"{KOR} kg:meets {USA} . {USA} kg:meets {KOR}", out)
