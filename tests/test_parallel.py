"""Scale: worker processes, Ctrl-C, .jsonl.gz and .csv inputs, events.parquet, wire copies."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kg
from kg.errors import InputError
from kg.ingest.dedup import DuplicateFilter
from kg.ingest.readers import parse_csv_columns, read_articles
from kg.model import Article

from .conftest import EXAMPLES, ROOT, repeated_feed

PUTIN_XI = EXAMPLES / "2024-05-putin-xi.txt"


def _read(paths, **kw):
    items = list(read_articles(paths, **kw))
    return [i for i in items if not isinstance(i, InputError)], [str(i) for i in items if isinstance(i, InputError)]


# --- workers ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_in_process_one_worker_two_workers_and_a_local_dask_cluster_write_the_same_events_and_graph(tmp_path):
    feed = tmp_path / "feed.jsonl"
    repeated_feed(feed, copies=3)
    engines = {
        "in process": {"workers": 0},
        "1 worker": {"workers": 1},
        "2 workers": {"workers": 2},
        "dask, 2 workers": {"workers": 2, "engine": "dask"},
    }
    outs = {}
    for name, options in engines.items():  # small batches: results of many batches must come back in input order
        outs[name] = tmp_path / name.replace(" ", "_").replace(",", "")
        report = kg.build([EXAMPLES, feed], kg.Settings(out=outs[name], batch_size=4, keep_duplicates=True, **options))
        assert report.articles > 12 and report.relations > 30 and not report.failed, name
    one = outs["in process"]
    for name, out in outs.items():
        assert (out / "events.jsonl").read_bytes() == (one / "events.jsonl").read_bytes(), name
        assert isomorphic(Graph().parse(out / "graph.trig", format="trig"), Graph().parse(one / "graph.trig", format="trig")), (
            name
        )


@pytest.mark.slow
def test_an_unreachable_dask_scheduler_is_one_error(tmp_path):
    settings = kg.Settings(out=tmp_path, engine="dask", scheduler="tcp://127.0.0.1:9", batch_size=1)
    with pytest.raises(kg.KgError, match=r"^tcp://127.0.0.1:9: cannot reach the Dask scheduler"):
        kg.build([PUTIN_XI, EXAMPLES / "2023-08-camp-david.txt"], settings)
    assert not (tmp_path / "graph.ttl").exists()


def test_cli_scheduler_needs_the_dask_engine(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(PUTIN_XI), "--out", str(tmp_path), "--scheduler", "tcp://x:1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "needs --engine dask" in done.stderr


def test_input_of_one_batch_is_extracted_without_starting_workers(tmp_path, monkeypatch):
    import kg.parallel

    def no_workers(*args, **kwargs):
        raise AssertionError("workers started for one batch")

    monkeypatch.setattr(kg.parallel, "extract_parallel", no_workers)
    report = kg.build([PUTIN_XI], kg.Settings(out=tmp_path, workers=2))
    assert report.articles == 1 and report.relations > 0


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        for task in os.listdir(f"/proc/{p}/task") if os.path.isdir(f"/proc/{p}/task") else ():
            with open(f"/proc/{p}/task/{task}/children") as fh:
                kids = {int(k) for k in fh.read().split()}
            todo += kids - found
            found |= kids
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.slow
def test_ctrl_c_stops_the_workers_keeps_finished_articles_and_the_next_run_finishes(tmp_path):
    feed = tmp_path / "feed.jsonl"
    total = repeated_feed(feed)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "kg", "-v", "build", str(feed), "--out", str(out), "--workers", "2", "--keep-duplicates"]
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.monotonic() + 120
    for line in proc.stderr:  # interrupt as soon as the first article is committed
        if "stored article" in line or time.monotonic() > deadline:
            break
    workers = _descendants(proc.pid)
    assert len(workers) >= 2
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == 130
    assert "error: interrupted:" in rest and "Traceback" not in rest
    assert "stopped 2 worker process(es)" in rest
    time.sleep(1)
    assert not [p for p in workers if _alive(p)], "worker processes outlived the build"
    assert not (out / "graph.ttl").exists() and not (out / "events.jsonl").exists()

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    kept = rerun.stderr.count("unchanged article")
    assert 0 < kept < total
    said = int(re.search(r"error: interrupted: (\d+) finished article\(s\) kept in the store", rest).group(1))
    assert said == kept  # counted in the store when interrupted
    assert rerun.stderr.count("stored article") == total - kept  # only the rest is extracted
    assert rerun.stdout.startswith(f"{total} articles ({kept} unchanged")


def _sent_slowly(marker):
    """A result big enough that sending it back takes a good part of a second; the marker tells when it is sent."""
    result = [b"x" * 300_000_000]
    Path(marker).touch()
    return result


def test_a_worker_stopped_while_sending_its_result_does_not_hang_the_build(tmp_path):
    # the pool's reader thread would wait forever for the rest of a half-sent result (CPython keeps the pipe open)
    import threading

    from kg.parallel import _process_pool

    marker, stopped = tmp_path / "sending", threading.Event()

    def interrupt():
        try:
            with _process_pool(kg.Settings(workers=1, relations="rules"), work=_sent_slowly) as (submit, _):
                submit(str(marker))
                while not marker.exists():
                    time.sleep(0.01)
                time.sleep(0.2)  # the worker is writing its result to the pipe now
                raise KeyboardInterrupt
        except KeyboardInterrupt:
            stopped.set()

    thread = threading.Thread(target=interrupt, daemon=True)
    thread.start()
    thread.join(120)
    assert stopped.is_set(), "the pool's shutdown hung on a half-sent result"


# --- inputs ----------------------------------------------------------------------------------------


def test_jsonl_gz_is_read_line_by_line_with_one_error_per_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(json.dumps({"id": "a", "text": "Japan met Korea.", "date": "2024-01-02"}).encode() + b"\n")
        fh.write(b"{not json\n")
        fh.write("Réunion".encode("latin-1") + b"\n")
        fh.write(json.dumps({"id": "d", "text": "China met Russia."}).encode() + b"\n")
    articles, errors = _read([tmp_path])  # found in a folder too
    assert [(a.id, a.date) for a in articles] == [("a", "2024-01-02"), ("d", None)]
    assert errors[0].startswith(f"{path}:2: malformed JSON line")
    assert errors[1].startswith(f"{path}:3: not UTF-8 text")


def test_a_truncated_or_fake_gzip_file_gives_one_error_after_the_lines_it_could_read(tmp_path):
    data = gzip.compress(
        b"".join(json.dumps({"id": str(i), "text": f"Japan met Korea {i} times."}).encode() + b"\n" for i in range(2000))
    )
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_bytes(b"plain text")
    articles, errors = _read([cut, fake])
    assert 0 < len(articles) < 2000
    assert len(errors) == 2 and "not a readable gzip file" in errors[0] and str(cut) in errors[0]
    assert errors[1].startswith(f"{fake}:1: not a readable gzip file")


def test_csv_rows_are_articles_and_bad_rows_name_their_line(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        "id,title,date,url,text\n"
        'a,Talks,2024-01-02,https://example.org/a,"Japan met\nSouth Korea."\n'  # a quoted line break
        "b,,,,\n"
        "c,,13/01/2024,,China met Russia.\n"
        ",,,,Iran met Iraq.\n",
        encoding="utf-8",
    )
    articles, errors = _read([path])
    assert [(a.id, a.title, a.date, a.url) for a in articles] == [
        ("a", "Talks", "2024-01-02", "https://example.org/a"),
        ("feed.csv:6", None, None, None),
    ]
    assert "South Korea" in articles[0].text
    assert errors[0].startswith(f"{path}:4: no article text")
    assert errors[1].startswith(f"{path}:5: date must be YYYY-MM-DD")


def test_csv_columns_can_be_renamed_and_a_missing_text_column_is_one_error(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text("body,published\nJapan met Korea.,2024-03-04\n", encoding="utf-8")
    articles, errors = _read([path], csv_columns=parse_csv_columns("text=body,date=published"))
    assert [(a.text, a.date) for a in articles] == [("Japan met Korea.", "2024-03-04")] and not errors
    articles, errors = _read([path])
    assert not articles and errors == [f"{path}: no 'text' column for the article text (columns: body, published)"]
    with pytest.raises(InputError, match=r"--csv-columns: expected FIELD=COLUMN .* got: 'body'"):
        parse_csv_columns("body")
    with pytest.raises(InputError, match="got: 'texte=body'"):
        parse_csv_columns("texte=body")


def test_cli_reports_a_bad_csv_columns_option_in_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(PUTIN_XI), "--out", str(tmp_path), "--csv-columns", "x"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    expected = "error: --csv-columns: expected FIELD=COLUMN with FIELD one of text, id, title, date, url, got: 'x'"
    assert result.stderr.strip().splitlines() == [expected]


# --- events.parquet and wire copies ---------------------------------------------------------------


def _reprint(text: str) -> str:
    """A lightly edited wire copy: an outlet's credit line, two words changed."""
    return "By our correspondent (Reuters)\n\n" + text.replace("vowed on Thursday", "pledged on Thursday").replace(
        "took aim at", "criticised"
    )


def exported_csv(out) -> str:
    import io

    buf = io.BytesIO()
    kg.export(out, "csv", buf)
    return buf.getvalue().decode("utf-8")


def test_events_parquet_holds_the_rows_and_columns_of_events_jsonl(tmp_path):
    import pyarrow.parquet as pq

    story = PUTIN_XI.read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-story.txt").write_text(story, encoding="utf-8")
    (tmp_path / "in" / "b-reprint.txt").write_text(_reprint(story), encoding="utf-8")
    out = tmp_path / "out"
    report = kg.build([tmp_path / "in", EXAMPLES / "2023-08-camp-david.txt"], kg.Settings(out=out))
    assert report.outputs["events.parquet"] == out / "events.parquet"
    jsonl = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = pq.read_table(out / "events.parquet").to_pylist()
    assert len(rows) == len(jsonl) > 0
    import datetime

    dated = [{**r, "date": datetime.date.fromisoformat(r["date"]) if r["date"] else None} for r in jsonl]
    assert rows == [{**r, "copies": r.get("copies", [])} for r in dated]
    assert {r["copies"][0] if r["copies"] else None for r in rows} == {"b-reprint.txt", None}
    table = pq.read_table(out / "events.parquet")
    assert str(table.schema.field("date").type) == "date32[day]" and str(table.schema.field("cameo").type) == "string"
    # the event id is the one in the CSV export and in SPARQL
    csv_ids = {line.split(",")[0] for line in exported_csv(out).splitlines()[1:]}
    assert {r["event"] for r in rows} == csv_ids and len(csv_ids) == len(rows)


def test_a_wire_copy_adds_no_events_and_is_listed_as_provenance_of_the_story(tmp_path):
    story = PUTIN_XI.read_text(encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    items = [
        {"id": "story", "text": story},
        {"id": "reprint", "text": _reprint(story)},
        {"id": "other", "text": (EXAMPLES / "2023-08-camp-david.txt").read_text(encoding="utf-8")},
    ]
    feed.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")

    report = kg.build([feed], kg.Settings(out=tmp_path / "dedup"))
    events = [json.loads(line) for line in (tmp_path / "dedup" / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["article"] for e in events} == {"story", "other"}
    assert all(e["copies"] == ["reprint"] for e in events if e["article"] == "story")
    assert all("copies" not in e for e in events if e["article"] == "other")
    assert (report.articles, report.duplicates) == (2, 1)
    assert report.summary().endswith(", 1 duplicate articles skipped")

    kept = kg.build([feed], kg.Settings(out=tmp_path / "all", keep_duplicates=True))
    assert (kept.articles, kept.duplicates) == (3, 0) and kept.relations > report.relations
    assert "duplicate" not in kept.summary()


def test_duplicate_filter_keeps_different_stories_apart():
    text = PUTIN_XI.read_text(encoding="utf-8")
    other = (EXAMPLES / "2024-07-nato-summit.txt").read_text(encoding="utf-8")
    dups = DuplicateFilter()
    arts = [Article("a", text), Article("b", other), Article("c", _reprint(text)), Article("d", text[: len(text) // 3])]
    assert [a.id for a in dups.filter(arts)] == ["a", "b", "d"]  # a third of a story is not a copy of it
    assert dups.copies == {"a": ["c"]} and dups.skipped == 1


@pytest.mark.slow
def test_workers_of_a_killed_build_exit(tmp_path):
    feed = tmp_path / "feed.jsonl"
    repeated_feed(feed)
    command = [
        sys.executable,
        "-m",
        "kg",
        "-v",
        "build",
        str(feed),
        "--out",
        str(tmp_path / "out"),
        "--workers",
        "2",
        "--keep-duplicates",
    ]
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    for line in proc.stderr:
        if "stored article" in line:
            break
    workers = _descendants(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert workers and not [p for p in workers if _alive(p)], "worker processes outlived the killed build"


@pytest.mark.parametrize("workers", [1, 2])  # one worker parses and this process extracts; two extract as well
def test_a_model_that_cannot_load_in_the_workers_is_the_same_error_as_in_process(tmp_path, workers):
    settings = kg.Settings(out=tmp_path, workers=workers, batch_size=1, model="xx_no_such_model")  # two batches: workers start
    with pytest.raises(kg.ModelError, match="cannot load spaCy pipeline 'xx_no_such_model'"):
        kg.build([PUTIN_XI, EXAMPLES / "2023-08-camp-david.txt"], settings)
