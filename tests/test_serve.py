"""kg serve queried by a real client; build and query through a real SPARQL server on loopback."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from rdflib import Literal
from SPARQLWrapper import JSON, SPARQLWrapper

import kg
from kg.errors import StoreError
from kg.graph.remote import RemoteStore

from .conftest import EXAMPLES, ROOT

OXIGRAPH = str(Path(sys.executable).parent / "oxigraph")
WHO = "PREFIX kg: <https://w3id.org/kgnews/ontology#> SELECT ?e WHERE { ?e kg:source ?s . ?s kg:key ?key }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running(command: list[str], port: int):
    """Start a server, wait (at most 30 s) until it answers on loopback, stop it afterwards."""
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(300):
            if proc.poll() is not None:
                pytest.fail(f"server exited: {proc.stderr.read().decode()[-500:]}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            time.sleep(0.1)
        else:
            pytest.fail("server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_kg_serve_answers_sparqlwrapper_and_refuses_updates(seed_build):
    out, _ = seed_build
    port = free_port()
    with running([sys.executable, "-m", "kg", "serve", "--data", str(out), "--port", str(port)], port) as url:
        client = SPARQLWrapper(f"{url}/query")
        client.setQuery(kg.named_queries()["who-accuses-whom"])
        client.setReturnFormat(JSON)
        rows = client.queryAndConvert()["results"]["bindings"]
        assert {(r["source"]["value"], r["target"]["value"]) for r in rows} >= {("PRK", "USA")}
        expected = {(str(r.source), str(r.target), int(r.events)) for r in kg.query("who-accuses-whom", out)}
        assert {(r["source"]["value"], r["target"]["value"], int(r["events"]["value"])) for r in rows} == expected
        request = urllib.request.Request(f"{url}/update", data=b"update=DROP+ALL", method="POST")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(request, timeout=10)
    assert kg.query(WHO, out, {"key": Literal("PRK")}).bindings  # the store is intact


@pytest.mark.slow
def test_build_and_query_through_a_sparql_server(tmp_path):
    port = free_port()
    command = [OXIGRAPH, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    with running(command, port) as url:
        endpoint = f"{url}/query"
        report = kg.build([EXAMPLES / "wire.jsonl"], kg.Settings(out=tmp_path / "out", endpoint=endpoint))
        assert report.articles == 3 and not (tmp_path / "out" / "store").exists()
        kg.build([EXAMPLES / "wire.jsonl"], kg.Settings(out=tmp_path / "local"))
        remote_rows = sorted(tuple(map(str, r)) for r in kg.query("evidence", endpoint=endpoint))
        assert remote_rows == sorted(tuple(map(str, r)) for r in kg.query("evidence", tmp_path / "local"))
        assert kg.build([EXAMPLES / "wire.jsonl"], kg.Settings(out=tmp_path / "out", endpoint=endpoint)).unchanged == 3
        store = RemoteStore(endpoint)
        before = store.count()
        assert before > 100
        # a value built to break out of the query stays one literal
        evil = Literal('IND" } } ; DROP ALL ; SELECT * WHERE { { ?e ?p "')
        assert list(kg.query(WHO, bindings={"key": evil}, endpoint=endpoint)) == []
        assert list(kg.query(WHO, bindings={"key": Literal("IND")}, endpoint=endpoint))
        assert store.count() == before
        proc = subprocess.run(
            [sys.executable, "-m", "kg", "query", WHO, "--endpoint", endpoint, "--bind", 'key=IND" } DROP ALL #'],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0 and proc.stdout.strip() == "e\n-"
        bad = subprocess.run(
            [sys.executable, "-m", "kg", "query", "SELECT ?x WHERE {", "--endpoint", endpoint],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert bad.returncode == 1 and bad.stderr.startswith("error: ") and bad.stderr.count("\n") == 1


def test_an_endpoint_that_is_down_is_one_line():
    endpoint = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError, match="cannot reach the SPARQL endpoint"):
        kg.query("who-accuses-whom", endpoint=endpoint)
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "query", "who-accuses-whom", "--endpoint", endpoint],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "cannot reach" in proc.stderr


@pytest.mark.slow
def test_a_server_without_a_union_default_graph_is_one_clear_error_and_copy_links_reach_a_remote_builds_files(tmp_path):
    from .test_parallel import PUTIN_XI, _reprint

    port = free_port()
    plain = [OXIGRAPH, "serve", "--location", str(tmp_path / "plain"), "--bind", f"127.0.0.1:{port}"]
    with running(plain, port) as url:
        with pytest.raises(StoreError, match=r"default graph is not the union of its named graphs.*--union-default-graph"):
            kg.build([EXAMPLES / "wire.jsonl"], kg.Settings(out=tmp_path / "out", endpoint=f"{url}/query"))
        proc = subprocess.run(
            [sys.executable, "-m", "kg", "query", "who-accuses-whom", "--endpoint", f"{url}/query"],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "--union-default-graph" in proc.stderr
    port = free_port()
    union = [OXIGRAPH, "serve", "--location", str(tmp_path / "union"), "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    story = PUTIN_XI.read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-story.txt").write_text(story, encoding="utf-8")
    (tmp_path / "in" / "b-reprint.txt").write_text(_reprint(story), encoding="utf-8")
    with running(union, port) as url:
        report = kg.build([tmp_path / "in"], kg.Settings(out=tmp_path / "remote", endpoint=f"{url}/query"))
    assert report.duplicates == 1
    trig = (tmp_path / "remote" / "graph.trig").read_text(encoding="utf-8")
    assert "hasCopy" in trig and "b-reprint.txt" in trig
