"""Generations: readers (kg query, kg serve, the Python API) answer from what the last build published, take no
lock and never block a build; a query stops at its time limit."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import kg
from kg.errors import QueryError
from kg.graph.generation import GENERATIONS, POINTER, current
from kg.graph.store import open_store, store_path

from .conftest import EXAMPLES, ROOT, repeated_feed
from .test_serve import free_port

CAMP_DAVID = EXAMPLES / "2023-08-camp-david.txt"
PUTIN_XI = EXAMPLES / "2024-05-putin-xi.txt"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
#: A cross product of every triple with itself, twice: minutes on a store of a few thousand triples.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
HOLD = "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('holding', flush=True); sys.stdin.read()"


def kg_cli(*args, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)  # fmt: skip


def count(out) -> int:
    return int(next(iter(kg.query(COUNT, out))).n)


@contextlib.contextmanager
def holding(store):
    """Another process that holds ``store`` open read-write (its lock), as a build does."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "holding"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def test_a_build_publishes_a_generation_of_hard_links_and_readers_open_it(seed_build):
    out, report = seed_build
    gen = current(out)
    assert gen is not None and gen.complete and gen.articles == report.articles and gen.events > 0
    assert json.loads((out / GENERATIONS / POINTER).read_text(encoding="utf-8"))["id"] == gen.id
    tables = [p for p in gen.path.iterdir() if p.suffix == ".sst"]
    assert tables and all(p.stat().st_nlink >= 2 for p in tables)  # the same files as the store's, not copies
    live = {p.stat().st_ino for p in store_path(out).iterdir()}
    assert {p.stat().st_ino for p in tables} <= live
    with kg.open_data(out) as store:
        assert store.read_only and store.generation == gen


def test_a_query_with_a_time_limit_answers_as_without_and_stops_at_the_limit(seed_build):
    out, _ = seed_build
    for text in ("who-accuses-whom", "ASK { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"):
        plain, limited = kg.query(text, out), kg.query(text, out, timeout=30)
        assert plain.type == limited.type
        if plain.type == "SELECT":
            assert [tuple(r) for r in plain] == [tuple(r) for r in limited]
        elif plain.type == "ASK":
            assert plain.askAnswer is limited.askAnswer is True
        else:
            assert len(plain.graph) == len(limited.graph) == 5
    started = time.monotonic()
    with pytest.raises(QueryError, match="stopped after 1 s"):
        kg.query(SLOW, out, timeout=1)
    assert time.monotonic() - started < 4


@pytest.mark.slow
def test_kg_query_past_its_timeout_is_one_line_and_exit_1(seed_build):
    out, _ = seed_build
    started = time.monotonic()
    proc = kg_cli("query", SLOW, "--data", out, "--timeout", 2)
    elapsed = time.monotonic() - started
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == "error: query: stopped after 2 s (the time limit; --timeout 0 lifts it)\n"
    assert elapsed < 2 + 10  # the limit, plus starting Python and kg
    # Ctrl-C stops a query at once, and its child process with it; a killed kg query leaves no child computing
    for sig in (signal.SIGINT, signal.SIGKILL):
        proc = subprocess.Popen([sys.executable, "-m", "kg", "-v", "query", SLOW, "--data", str(out), "--timeout", "0"],
                                cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True)  # fmt: skip
        try:
            assert "answering from" in proc.stderr.readline()  # the query is about to start, in its child
            deadline = time.monotonic() + 60  # wait for a state, not a moment: the child is computing
            while len(_running_in_group(proc.pid)) < 2 and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.5)
            started = time.monotonic()
            os.kill(proc.pid, signal.SIGKILL) if sig == signal.SIGKILL else os.killpg(proc.pid, sig)
            assert proc.wait(timeout=10) == (130 if sig == signal.SIGINT else -signal.SIGKILL)
            assert time.monotonic() - started < 3
            time.sleep(0.5)
            assert not _running_in_group(proc.pid)  # no query left computing
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)


def _running_in_group(pgid: int) -> list[int]:
    """The processes of a process group that are not zombies (an orphan killed with its parent stays one where
    PID 1 does not reap, as in some containers)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            state, _, group = stat.read_text().rsplit(")", 1)[1].split()[:3]
            if int(group) == pgid and state != "Z":
                found.append(int(stat.parent.name))
    return found


@pytest.mark.slow
def test_readers_answer_from_the_last_generation_while_a_build_holds_the_store_and_never_block_it(tmp_path, nlp):
    out = tmp_path / "out"
    kg.build([CAMP_DAVID], kg.Settings(out=out))
    before = count(out)
    with holding(store_path(out)):  # a build in progress holds the store
        proc = kg_cli("query", COUNT, "--data", out, "--format", "csv")
        assert proc.returncode == 0 and proc.stdout.split() == ["n", str(before)] and proc.stderr == ""
        verbose = kg_cli("-v", "query", COUNT, "--data", out)
        assert f"answering from {current(out).path} (build of {current(out).built}: 1 articles" in verbose.stderr
        assert kg_cli("validate", "--data", out).returncode == 0
        assert count(out) == before
    # a long query runs while a build of the same folder starts, finishes and publishes
    query = subprocess.Popen([sys.executable, "-m", "kg", "query", SLOW, "--data", str(out), "--timeout", "90"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        time.sleep(4)
        assert query.poll() is None
        report = kg.build([CAMP_DAVID, PUTIN_XI], kg.Settings(out=out))
        assert report.articles == 2 and query.poll() is None  # the build neither failed nor waited for the query
    finally:
        query.kill()
        query.wait()
    assert count(out) > before and current(out).articles == 2


@pytest.mark.slow
def test_a_store_an_older_kg_built_gets_a_generation_on_first_read(tmp_path, nlp):
    out = tmp_path / "out"
    kg.build([CAMP_DAVID], kg.Settings(out=out))
    before = count(out)
    for gen in (out / GENERATIONS).iterdir():  # as an older kg left it: a store and no generation
        subprocess.run(["rm", "-rf", str(gen)], check=True)
    with holding(store_path(out)):  # a build holds it: the last finished build's graph.trig answers, with a note
        proc = kg_cli("query", COUNT, "--data", out, "--format", "csv")
        assert proc.returncode == 0 and "graph.trig" in proc.stderr and proc.stderr.count("\n") == 1
    assert count(out) == before and current(out).articles == 1  # published by that read


@pytest.mark.slow
def test_serve_keeps_its_generation_through_a_rebuild_and_a_new_serve_answers_the_new_data(tmp_path, nlp):
    out = tmp_path / "out"
    kg.build([CAMP_DAVID], kg.Settings(out=out))
    first = current(out)

    def serving():
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--data", str(out), "--port", str(port)], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
        line = proc.stderr.readline()
        assert line.startswith("serving "), line
        return proc, line, f"http://127.0.0.1:{port}/query"

    def served(url) -> int:
        body = urllib.parse.urlencode({"query": COUNT}).encode()
        request = urllib.request.Request(url, data=body, headers={"Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=30) as reply:
            return int(reply.read().decode().split()[1])

    old, line, url = serving()
    try:
        assert f"{first.path} (build of {first.built}: 1 articles" in line
        before = served(url)
        answers, done = [], threading.Event()

        def ask() -> None:
            while not done.is_set():
                answers.append(served(url))

        asker = threading.Thread(target=ask)
        asker.start()
        try:
            report = kg.build([CAMP_DAVID, PUTIN_XI], kg.Settings(out=out))  # no lock error: the server holds no lock
        finally:
            done.set()
            asker.join()
        assert report.articles == 2 and answers and set(answers) == {before}
        assert served(url) == before
        second = current(out)
        assert second.id != first.id
        new, line, new_url = serving()
        try:
            assert f"{second.path} (build of {second.built}: 2 articles" in line and served(new_url) > before
        finally:
            new.terminate()
            new.wait(timeout=10)
        kg.build([CAMP_DAVID, PUTIN_XI], kg.Settings(out=out))  # unchanged articles, a third generation
        # kept: the current, the previous, and the first, which the old server still reads
        assert first.path.is_dir() and len([p for p in (out / GENERATIONS).iterdir() if p.is_dir()]) == 3
        assert served(url) == before
    finally:
        old.terminate()
        old.wait(timeout=10)
    kg.build([CAMP_DAVID, PUTIN_XI], kg.Settings(out=out))
    assert not first.path.exists() and len([p for p in (out / GENERATIONS).iterdir() if p.is_dir()]) == 2


@pytest.mark.slow
def test_a_killed_build_leaves_the_previous_generation_and_an_interrupted_one_publishes_its_articles(tmp_path, nlp):
    feed = tmp_path / "feed.jsonl"
    repeated_feed(feed, copies=400)  # long enough that a loaded machine still stops it in the middle
    out = tmp_path / "out"
    kg.build([CAMP_DAVID], kg.Settings(out=out))
    first, before = current(out), count(out)
    pointer = out / GENERATIONS / POINTER
    seen, done = set(), threading.Event()

    def read_pointer() -> None:  # the pointer is always whole: it is renamed into place, never written in place
        while not done.is_set():
            seen.add(json.loads(pointer.read_text(encoding="utf-8"))["id"])

    reader = threading.Thread(target=read_pointer)
    reader.start()
    command = [sys.executable, "-m", "kg", "-v", "build", str(feed), "--out", str(out), "--keep-duplicates", "--workers", "0"]
    try:
        for sig in (signal.SIGKILL, signal.SIGINT):
            proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
            deadline = time.monotonic() + 120
            for line in proc.stderr:  # stop it as soon as an article is stored
                if "stored article" in line or time.monotonic() > deadline:
                    break
            assert proc.poll() is None, "the build ended before it could be stopped in the middle"
            proc.send_signal(sig)
            proc.communicate(timeout=60)
            if sig == signal.SIGKILL:
                assert proc.returncode == -signal.SIGKILL
                assert current(out) == first and count(out) == before  # the previous generation, whole
    finally:
        done.set()
        reader.join()
    assert proc.returncode == 130
    interrupted = current(out)
    assert not interrupted.complete and interrupted.articles > 1 and count(out) > before
    assert seen <= {first.id, interrupted.id}
    with open_store(store_path(out)) as store:  # the generation holds what the store kept
        assert interrupted.articles == len(store.article_hashes())
    assert not [p for p in (out / GENERATIONS).iterdir() if p.name.startswith(".")]


def test_serve_refuses_a_folder_without_a_store_in_one_line(tmp_path):
    with pytest.raises(kg.StoreError, match="no store found"):
        kg.server_command(tmp_path)
