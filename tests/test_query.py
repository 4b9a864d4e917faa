"""The packaged SPARQL queries on a real build: each runs, each format, and what the bound ones answer."""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib

from kg.graph.query import format_result, named_queries, query


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_packaged_query_runs_and_answers(seed_build, name):
    out, _ = seed_build
    result = query(name, out)
    rows = list(result)
    assert rows, name
    names = [str(v) for v in result.vars]
    table = format_result(query(name, out), "table").splitlines()
    assert table[0].split() == names and set(table[1]) <= {"-", " "} and len(table) >= len(rows) + 2
    header, *lines = csv.reader(io.StringIO(format_result(query(name, out), "csv")))
    assert header == names and len(lines) == len(rows)
    assert format_result(query(name, out), "tsv").splitlines()[0].split("\t") == [f"?{n}" for n in names]
    assert len(json.loads(format_result(query(name, out), "json"))["results"]["bindings"]) == len(rows)


def test_who_accuses_whom_counts_match_events_jsonl(seed_build):
    out, _ = seed_build
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    expected = sum(1 for e in events if e["relation"] == "accuse" and e["source"] == "PRK" and e["target"] == "USA")
    rows = {(str(r.source), str(r.target)): int(r.events) for r in query("who-accuses-whom", out)}
    assert rows[("PRK", "USA")] == expected


def test_allies_and_antagonists_sums_goldstein_per_pair_for_the_bound_actor(seed_build):
    from decimal import Decimal

    out, _ = seed_build
    rows = list(query("allies-and-antagonists", out, {"actor": rdflib.Literal("USA")}))
    assert rows and {str(r.actor) for r in rows} == {"USA"}
    expected: dict[str, Decimal] = {}
    for e in _events(out):
        if "USA" in (e["source"], e["target"]) and e["source"] != e["target"]:
            other = e["target"] if e["source"] == "USA" else e["source"]
            expected[other] = expected.get(other, Decimal(0)) + Decimal(str(e["goldstein"]))
    assert {str(r.other): Decimal(str(r.weight)) for r in rows} == expected
    for r in rows:
        weight = Decimal(str(r.weight))
        assert str(r.stance) == ("ally" if weight > 0 else "antagonist" if weight < 0 else "neutral")
    assert {"JPN", "KOR"} <= {str(r.other) for r in rows if str(r.stance) == "ally"}
    assert "PRK" in {str(r.other) for r in rows if str(r.stance) == "antagonist"}


def test_most_hostile_pairs_keeps_to_the_bound_date_range(seed_build):
    from kg.graph.query import parse_binding

    out, _ = seed_build
    everything = {(str(r.source), str(r.target)): int(r.events) for r in query("most-hostile-pairs", out)}
    bindings = dict(parse_binding(b) for b in ("since=2024-01-01", "until=2024-12-31"))
    rows = list(query("most-hostile-pairs", out, bindings))
    assert rows and len(rows) < len(everything)
    hostile = {"accuse", "threaten", "reject", "sanction", "attack"}
    expected: dict[tuple[str, str], int] = {}
    for e in _events(out):
        if e["relation"] in hostile and e["date"] and "2024-01-01" <= e["date"] <= "2024-12-31":
            expected[(e["source"], e["target"])] = expected.get((e["source"], e["target"]), 0) + 1
    assert {(str(r.source), str(r.target)): int(r.events) for r in rows} == expected
    assert all("2024-01-01" <= str(r.first) <= str(r.last) <= "2024-12-31" for r in rows)
    weights = [float(r.weight) for r in rows]
    assert weights == sorted(weights)  # most hostile first


def test_actor_meetings_lists_every_meeting_of_the_bound_actor(seed_build):
    out, _ = seed_build
    rows = list(query("actor-meetings", out, {"actor": rdflib.Literal("KOR")}))
    assert rows and {str(r.actor) for r in rows} == {"KOR"}
    expected = sorted(
        e["target"] if e["source"] == "KOR" else e["source"]
        for e in _events(out)
        if e["relation"] == "meet" and "KOR" in (e["source"], e["target"])
    )
    assert sorted(str(r.other) for r in rows) == expected
    assert {"USA", "JPN"} <= set(expected)


def _events(out) -> list[dict]:
    """The build's events, one per event IRI (article, offset, source, relation, target)."""
    rows = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    return list({(e["article"], e["char_start"], e["source"], e["relation"], e["target"]): e for e in rows}.values())
