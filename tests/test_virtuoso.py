"""kg build and kg query through a real Virtuoso (Debian's virtuoso-opensource-7, the server behind DBpedia),
started privately on free loopback ports, compared with a local build of the same VOA stories."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import Dataset, Literal

import kg
from kg.graph.remote import RemoteStore
from kg.graph.store import python_value

from .conftest import ROOT
from .test_serve import free_port

VIRTUOSO, ISQL = shutil.which("virtuoso-t"), shutil.which("isql-vt")
VOA = ROOT / "examples" / "voa" / "voa_stories.jsonl"
# A private database in a temporary folder; ResultSetMaxRows above Virtuoso's default 10,000, which would cut
# longer answers short without an error.
INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = {db}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 1000000
"""


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """The SPARQL endpoint of a Virtuoso started once for the session, with updates granted to SPARQL."""
    if not (VIRTUOSO and ISQL):
        if os.environ.get("CI"):
            pytest.fail("virtuoso-t or isql-vt missing: the Makefile's test target runs scripts/install-test-tools.sh")
        pytest.skip("Debian's Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin)")
    db = tmp_path_factory.mktemp("virtuoso")
    http, sql = free_port(), free_port()
    (db / "virtuoso.ini").write_text(INI.format(db=db, sql=sql, http=http), encoding="utf-8")
    with (db / "server.log").open("wb") as log:
        proc = subprocess.Popen(
            [VIRTUOSO, "+foreground", "+configfile", str(db / "virtuoso.ini")], cwd=db, stdout=log, stderr=log
        )
    endpoint = f"http://127.0.0.1:{http}/sparql"
    try:
        granted, deadline = None, time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"virtuoso-t exited: {(db / 'server.log').read_text(errors='replace')[-500:]}")
            granted = subprocess.run(
                [ISQL, f"127.0.0.1:{sql}", "dba", "dba", 'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                capture_output=True, text=True, timeout=30, check=False,
            )  # fmt: skip
            if granted.returncode == 0 and _answers(endpoint):
                break
            time.sleep(0.3)
        else:
            pytest.fail(f"Virtuoso did not start in 60 s: {granted and granted.stderr[-300:]}")
        yield endpoint
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _answers(endpoint: str) -> bool:
    with contextlib.suppress(OSError):
        with urllib.request.urlopen(f"{endpoint}?query=SELECT%20*%20WHERE%20%7B%7D", timeout=2) as reply:
            return reply.status == 200
    return False


def kg_build(*args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "kg", "build", *args], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def rows(result) -> list[tuple]:
    """Rows by value: Virtuoso writes 0.80 as 0.8 and lowercases language tags, as RDF allows."""
    return sorted((tuple(str(python_value(v)) for v in row) for row in result), key=str)


def graphs(path: Path) -> dict[str, set]:
    """The named graphs of a graph.trig, each as triples with literals by value."""
    ds = Dataset()
    ds.parse(path, format="trig")

    def term(t):
        return (python_value(t), t.datatype) if isinstance(t, Literal) else t

    return {str(g.identifier): {tuple(map(term, t)) for t in g} for g in ds.graphs() if len(g)}


EVENTS = "PREFIX kg: <https://w3id.org/kgnews/ontology#> SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Event }"


@pytest.mark.slow
def test_build_into_virtuoso_matches_a_local_build(virtuoso, tmp_path):
    stories = tmp_path / "voa.jsonl"
    stories.write_text("".join(VOA.read_text(encoding="utf-8").splitlines(keepends=True)[:2]), encoding="utf-8")
    remote, local = tmp_path / "remote", tmp_path / "local"
    summary = kg_build(str(stories), "--out", str(remote), "--endpoint", virtuoso)
    report = kg.build([stories], kg.Settings(out=local))
    # "2 articles, 6 actors, 12 relations, 0 input(s) failed; wrote ...": the same counts as a local build
    assert summary.split(";")[0] == report.summary().split(";")[0] and report.relations > 0

    for name in kg.named_queries():
        assert rows(kg.query(name, endpoint=virtuoso)) == rows(kg.query(name, local)), name
    cli = [sys.executable, "-m", "kg", "query", "who-accuses-whom", "--format", "csv"]
    answer = subprocess.run([*cli, "--endpoint", virtuoso], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert answer.returncode == 0 and answer.stdout == subprocess.check_output([*cli, "--data", str(local)], cwd=ROOT, text=True)

    trig = graphs(remote / "graph.trig")
    assert trig == graphs(local / "graph.trig")  # the articles, their actors and the ontology, whole

    store = RemoteStore(virtuoso)
    events, triples = int(next(iter(store.query(EVENTS)))[0]), store.count()
    assert events == int(next(iter(kg.query(EVENTS, local)))[0]) > 0
    again = kg.build([stories], kg.Settings(out=remote, endpoint=virtuoso))
    assert (again.unchanged, again.actors, again.relations) == (2, report.actors, report.relations)
    assert (int(next(iter(store.query(EVENTS)))[0]), store.count()) == (events, triples)  # nothing added twice
    assert graphs(remote / "graph.trig") == trig  # the unchanged articles come from the server


@pytest.mark.slow
def test_virtuoso_errors_are_one_line(virtuoso):
    bad = subprocess.run(
        [sys.executable, "-m", "kg", "query", "SELECT ?x WHERE {", "--endpoint", virtuoso],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert bad.returncode == 1 and bad.stderr.startswith("error: ") and bad.stderr.count("\n") == 1
    assert f"{virtuoso}: the server answered 400: Virtuoso 37000 Error SP030: SPARQL compiler" in bad.stderr


@pytest.mark.slow
def test_an_article_of_thousands_of_triples_is_one_update_virtuoso_takes(virtuoso):
    import pyoxigraph as ox

    store, name = RemoteStore(virtuoso), "https://w3id.org/kgnews/id/article/big"
    graph, p = ox.NamedNode(name), ox.NamedNode("https://w3id.org/kgnews/ontology#evidence")
    text = [ox.Literal(f"sentence {i} " * 20, language="en") for i in range(6000)]
    quads = [ox.Quad(ox.NamedNode(f"{name}/{i}"), p, t, graph) for i, t in enumerate(text)]
    store.put_article(name, quads)  # one request: over 5,000 triples in one GRAPH block, Virtuoso's parser fails
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}"
    assert int(next(iter(store.query(count)))[0]) == 6000
    store.update(f"DROP SILENT GRAPH <{name}>")  # Virtuoso refuses DROP GRAPH of a graph made by INSERT DATA
