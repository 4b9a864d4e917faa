"""The hostile set (``tests/hostile/``): inputs and queries that must fail in one line, call nothing, and stop nothing else."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

import kg
from kg.errors import QueryError

from .conftest import ROOT
from .hostile import GOOD, NESTED_QUERY, SKIPPED, TOO_LONG, service_query, write_inputs
from .test_serve import free_port, running

SERVICE_OFF = "SERVICE is off: a federated query makes kg call other servers (allow it with --allow-service)"


@contextlib.contextmanager
def listener():
    """A TCP listener on loopback that counts the connections it is sent."""
    calls = []
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            with contextlib.suppress(OSError):
                conn, _ = server.accept()
                calls.append(conn.recv(1024))
                conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], calls
    finally:
        stop.set()
        thread.join(2)
        server.close()


@pytest.mark.slow
def test_hostile_inputs_each_fail_alone_in_one_line(tmp_path):
    inputs = write_inputs(tmp_path / "hostile")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(inputs), "--out", str(out), "-w", "0", "--keep-duplicates"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith(f"error: {inputs / TOO_LONG}: ")
    assert errors[0].endswith("characters of text, more than kg reads in one article (1,000,000); split it")
    assert f"{len(GOOD)} articles" in proc.stdout and f"{len(SKIPPED)} file(s) skipped: unsupported type" in proc.stdout
    events = {(e.source, e.relation, e.target, e.article) for e in kg.events_from_graph(out)}
    assert {a for *_, a in events} == set(GOOD)  # every decoded file gave its meeting
    assert ("JPN", "accuse", "CHN", "wrapped.txt") in events  # the sentence the wrapped lines broke


def test_kg_query_refuses_service_and_calls_nothing(seed_build):
    out, _ = seed_build
    with listener() as (port, calls):
        for data in (out, kg.load_graph(out)):  # the store, and rdflib (which also speaks SERVICE)
            with pytest.raises(QueryError, match="SERVICE is off"):
                kg.query(service_query(port), data)
        with pytest.raises(QueryError, match="nested more than 64 deep"):
            kg.query(NESTED_QUERY, out)
        time.sleep(0.5)
    assert calls == []


@pytest.mark.slow
def test_kg_serve_refuses_service_deep_and_big_requests_stops_slow_queries_and_stays_up(seed_build):
    out, _ = seed_build
    port = free_port()
    command = [sys.executable, "-m", "kg", "serve", "--data", str(out), "--port", str(port), "--timeout", "2"]
    with running(command, port) as url, listener() as (spy, calls):
        endpoint = f"{url}/query"

        def ask(query: str, timeout: float = 60) -> tuple[int, str]:
            data = urllib.parse.urlencode({"query": query}).encode()
            try:
                with urllib.request.urlopen(urllib.request.Request(endpoint, data=data), timeout=timeout) as reply:
                    return reply.status, reply.read().decode()
            except urllib.error.HTTPError as exc:
                return exc.code, exc.read().decode()

        ok = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        assert ask(ok)[0] == 200
        assert ask(service_query(spy)) == (
            400,
            "SERVICE is off: a federated query makes kg call other servers (allow it with --allow-service)\n",
        )
        assert ask(NESTED_QUERY)[0] == 400 and ask(ok)[0] == 200
        started = time.monotonic()
        status, body = ask("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
        assert (status, body) == (503, "query stopped after 2 s (the server's --timeout)\n")
        assert time.monotonic() - started < 15
        assert ask(ok)[0] == 200  # the server is up again
        big = urllib.request.Request(endpoint, data=b"query=" + b"x" * 2_000_000)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(big, timeout=30)
        assert refused.value.code == 413
        time.sleep(0.5)
    assert calls == []
