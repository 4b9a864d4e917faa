"""The command line as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict

import pytest
from typer.testing import CliRunner

from kg.cli import app

from .conftest import EXAMPLES, ROOT


def kg(*args, input=None):
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)], input=input, capture_output=True, text=True, cwd=ROOT, timeout=300
    )


CHOICES = [
    (["build", "x.txt"], "--engine", ["processes", "dask"]),
    (["build", "x.txt"], "--relations", ["both", "learned", "rules"]),
    (["extract", "-"], "--relations", ["both", "learned", "rules"]),
    (["query", "events"], "--format", ["table", "csv", "tsv", "json", "xml"]),
    (["evaluate", "gold.jsonl"], "--relations", ["compare", "both", "learned", "rules"]),
    (["evaluate", "gold.jsonl"], "--split", ["test", "train", "all"]),
    (["evaluate", "gold.jsonl"], "--format", ["table", "json"]),
    (["export"], "--format", ["ttl", "trig", "nt", "nq", "jsonld", "graphml", "gexf", "csv"]),
    (["analyze"], "--format", ["table", "csv", "json"]),
    (["analyze"], "--by", ["month", "year"]),
    (["viz"], "--format", ["html", "png", "svg"]),
]


@pytest.mark.parametrize(("command", "option", "choices"), CHOICES)
def test_a_wrong_choice_is_a_one_line_usage_error_naming_the_choices(command, option, choices):
    result = CliRunner().invoke(app, [*command, option, "nope"])
    assert result.exit_code == 2
    (error,) = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    valid = ", ".join(f"'{c}'" for c in choices)
    assert error.startswith(f"Error: Invalid value for '{option}'") and error.endswith(f"'nope' is not one of {valid}.")


@pytest.mark.parametrize(("command", "option", "choices"), CHOICES)
def test_help_lists_the_choices(command, option, choices):
    result = CliRunner().invoke(app, [command[0], "--help"], terminal_width=200)
    assert result.exit_code == 0
    (line,) = [line for line in result.stdout.splitlines() if f"{option} <" in line]
    assert f"<{'|'.join(choices)}>" in line


@pytest.mark.parametrize(("command", "option"), [(["extract", "-"], "--date"), (["analyze"], "--since"), (["viz"], "--until")])
def test_a_date_option_takes_yyyy_mm_dd_only(command, option):
    for wrong in ("11/07/2024", "2024-02-30", "yesterday"):
        result = CliRunner().invoke(app, [*command, option, wrong])
        assert result.exit_code == 2
        assert f"Invalid value for '{option}': Value error, '{wrong}' does not match the formats '%Y-%m-%d'." in result.stderr
    assert f"{option} YYYY-MM-DD" in CliRunner().invoke(app, [command[0], "--help"]).stdout


def test_an_unknown_relation_in_the_filter_is_a_usage_error_listing_the_relations():
    result = CliRunner().invoke(app, ["analyze", "--relations", "accuse,meetz"])
    assert result.exit_code == 2
    assert "Invalid value for '--relations': unknown relation 'meetz' (valid: accuse, threaten," in result.stderr


def test_query_prints_each_w3c_format_from_a_file(tmp_path):
    data = tmp_path / "g.ttl"
    data.write_text('<http://example.org/a> <http://example.org/p> "x\ty"@en .\n', encoding="utf-8")
    query = "SELECT ?s ?o WHERE { ?s ?p ?o }"
    out = {f: CliRunner().invoke(app, ["query", query, "--data", str(data), "--format", f]) for f in ("tsv", "xml", "csv")}
    assert all(r.exit_code == 0 for r in out.values())
    assert out["tsv"].stdout == '?s\t?o\n<http://example.org/a>\t"x\\ty"@en\n'
    assert out["xml"].stdout.startswith('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">')
    assert out["csv"].stdout_bytes == b"s,o\r\nhttp://example.org/a,x\ty\r\n"  # W3C CSV ends lines with CRLF


def test_relations_dates_and_choices_filter_a_real_build(seed_build, tmp_path):
    import kg as api

    out, _ = seed_build
    events = api.events_from_graph(out)
    for relations in ("meet", "MEETS", "accuse,meets"):
        proc = kg("viz", "--data", out, "--relations", relations, "--since", "2024-01-01", "-o", tmp_path / "g.html")
        expected = api.filter_events(events, since="2024-01-01", relations=relations.split(","))
        assert proc.returncode == 0 and proc.stdout.startswith(f"{len(expected)} events,"), proc.stderr
        assert 0 < len(expected) < len(events)


def test_build_with_bad_inputs_reports_each_keeps_going_and_exits_1(tmp_path):
    bad_dir = tmp_path / "in"
    bad_dir.mkdir()
    (bad_dir / "empty.txt").write_bytes(b"")
    (bad_dir / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (bad_dir / "latin1.txt").write_bytes("Réunion".encode("latin-1"))
    (bad_dir / "feed.jsonl").write_text(
        '{"id": "ok", "text": "Japan and South Korea held talks in Seoul."}\n{broken\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    proc = kg("build", bad_dir, EXAMPLES / "wire.jsonl", tmp_path / "missing.txt", "--out", out)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 5
    for name in ("empty.txt", "binary.txt", "latin1.txt", "feed.jsonl:2", "missing.txt"):
        assert sum(name in line for line in errors) == 1, name
    assert "4 articles" in proc.stdout and "5 input(s) failed" in proc.stdout
    for name in ("graph.ttl", "graph.trig", "events.jsonl", "graph.html"):
        assert (out / name).stat().st_size > 0
    assert not list(out.glob(".*.tmp"))
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(e["article"] == "ok" and e["relation"] == "meet" for e in events)


def test_a_build_that_reads_nothing_keeps_the_previous_outputs(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("# previous\n", encoding="utf-8")
    proc = kg("build", tmp_path / "nothing-here.txt", "--out", out)
    assert proc.returncode == 1
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "# previous\n"


def test_extract_reads_stdin_prints_json_lines_and_writes_nothing(tmp_path):
    text = "date 2024-07-13\nNorth Korea accused the United States of inciting a new cold war."
    proc = kg("extract", "-", input=text)
    assert proc.returncode == 0, proc.stderr
    (event,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert (event["source"], event["relation"], event["target"], event["date"]) == ("PRK", "accuse", "USA", "2024-07-13")
    for key in (
        "source_label",
        "target_label",
        "source_text",
        "target_text",
        "sentence",
        "char_start",
        "char_end",
        "article",
        "confidence",
        "cameo",
        "source_person",
        "target_person",
    ):
        assert key in event


@pytest.mark.slow
def test_extract_date_option_and_bad_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Jens Stoltenberg met Japanese Prime Minister Fumio Kishida.", encoding="utf-8")
    proc = kg("extract", f, "--date", "2024-07-11")
    assert {(e["source"], e["target"]) for e in map(json.loads, proc.stdout.splitlines())} == {("NATO", "JPN")}
    proc = kg("extract", f, "--date", "11/07/2024")
    assert proc.returncode == 2 and "'11/07/2024' does not match the formats '%Y-%m-%d'" in proc.stderr


@pytest.mark.slow
def test_query_formats_and_errors(seed_build, tmp_path):
    out, _ = seed_build
    table = kg("query", "who-accuses-whom", "--data", out)
    assert table.returncode == 0 and table.stdout.splitlines()[0].split() == ["source", "target", "events"]
    as_json = json.loads(kg("query", "who-accuses-whom", "--data", out, "--format", "json").stdout)
    assert as_json["head"]["vars"] == ["source", "target", "events"] and as_json["results"]["bindings"]
    csv = kg("query", ROOT / "queries" / "meetings.rq", "--data", out / "graph.ttl", "--format", "csv")
    assert csv.stdout.startswith("a,b,date,evidence")
    bad = kg("query", "SELECT ?x WHERE { ?x ", "--data", out)
    assert bad.returncode == 1 and bad.stderr.startswith("error: ") and "malformed" in bad.stderr
    missing = kg("query", "who-accuses-whom", "--data", tmp_path / "nowhere")
    assert missing.returncode == 1 and "no graph found" in missing.stderr


def test_model_option_names_a_missing_pipeline_clearly(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Japan met Korea.", encoding="utf-8")
    proc = kg("extract", f, "--model", "xx_no_such_model")
    assert proc.returncode == 1 and "xx_no_such_model" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_train_then_extract_and_evaluate_with_the_trained_model(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join((ROOT / "tests" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[:60]),
        encoding="utf-8",
    )
    model = tmp_path / "model.json.gz"
    proc = kg("train", gold, "--out", model, "--seed", "3")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("trained on 60 articles") and model.stat().st_size > 1000
    text = "date 2024-07-13\n\nNorth Korea accused the United States of inciting a new cold war.\n"
    for mode in ("learned", "rules", "both"):
        proc = kg("extract", "-", "--relations", mode, "--relation-model", model, input=text)
        assert proc.returncode == 0, proc.stderr
        assert any(json.loads(line)["relation"] == "accuse" for line in proc.stdout.splitlines()), mode
    proc = kg("evaluate", gold, "--relation-model", model)
    assert proc.returncode == 0 and proc.stdout.splitlines()[1].split()[:3] == ["relation", "rules", "P/R/F1"]
    # the command's defaults are the library's, so that scripts/crossval.py judges the model `make train` ships
    from kg.language.classifier import RelationModel, TrainConfig

    assert RelationModel.load(model).meta["config"] == {**asdict(TrainConfig()), "seed": 3}
    (tmp_path / "file").write_text("x", encoding="utf-8")
    proc = kg("train", gold, "--out", tmp_path / "file" / "model.json.gz")  # under a file: cannot be written
    assert proc.returncode == 1 and proc.stderr.startswith("error: ") and "cannot write the relation model" in proc.stderr
    proc = kg("extract", "-", "--relation-model", tmp_path / "missing.json.gz", input=text)
    assert (
        proc.returncode == 1
        and proc.stderr.strip()
        == f"error: {tmp_path / 'missing.json.gz'}: cannot read the relation model: No such file or directory"
    )


def test_other_libraries_log_lines_stay_out_of_the_output(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body></body></html>", encoding="utf-8")
    proc = kg("extract", str(page))
    assert proc.returncode == 1 and proc.stderr == f"error: {page}: no article text found in the HTML\n"
    verbose = kg("-v", "extract", str(page))
    assert "trafilatura" in verbose.stderr  # with -v they are shown
