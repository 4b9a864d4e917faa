"""The gold development set as a regression floor, and the evaluate command's report."""

from __future__ import annotations

import json

import pytest

from kg.language.scoring import evaluate, format_comparison, format_report

from .conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def report(nlp):
    return evaluate(GOLD, mode="rules")


def test_gold_set_is_large_and_a_third_traps():
    items = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) >= 200
    assert sum(not i["events"] for i in items) >= len(items) / 3


def test_precision_floor_on_every_relation_and_overall_f1(report):
    # the rules' floors, under today's figures: a change that loses precision or recall fails here
    assert report["overall"]["precision"] >= 0.95
    assert report["overall"]["f1"] >= 0.84
    for name, s in report["relations"].items():
        assert s["precision"] >= 0.9, (name, s)
    assert report["relations"]["accuse"]["f1"] >= 0.9
    assert report["relations"]["meet"]["f1"] >= 0.9


def test_report_lists_misses_and_false_alarms_with_their_text(report):
    assert len(report["misses"]) == report["overall"]["fn"]
    assert len(report["false_alarms"]) == report["overall"]["fp"]
    text = format_report(report, show=3)
    assert text.splitlines()[1].split() == ["relation", "P", "R", "F1", "tp", "fp", "fn"]
    assert "misses (" in text


def test_seed_gold_scores_through_the_file_form(seeds):
    r = evaluate(ROOT / "tests" / "gold" / "seeds.jsonl", seeds)
    assert r["items"] == 2
    assert r["relations"]["meet"]["recall"] == 1.0


def test_second_gold_set_written_apart_keeps_its_floors(nlp):
    # tests/gold/test.jsonl was written by another author who saw neither the code nor dev.jsonl
    report = evaluate(ROOT / "tests" / "gold" / "test.jsonl", mode="rules")
    assert report["overall"]["precision"] >= 0.93
    assert report["overall"]["f1"] >= 0.75


VOA = ROOT / "tests" / "gold" / "voa.jsonl"


@pytest.fixture(scope="module")
def voa_reports(nlp):
    return {mode: evaluate(VOA, mode=mode) for mode in ("rules", "learned", "both")}


@pytest.mark.slow
def test_the_learnt_decision_earns_its_place_on_real_news(voa_reports):
    # the VOA test part: 29 whole stories, never trained on; floors under today's figures
    rules, learned, both = voa_reports["rules"], voa_reports["learned"], voa_reports["both"]
    assert both["items"] == rules["items"] == 29
    # the model alone learnt most of what the rules know (release 17: recall 0.33 and precision 0.69, against the rules'
    # 0.37 and 0.75); beside the rules it adds only what it scores over the joint thresholds, chosen by cross-validation
    # on the training stories, where its lower-scored additions were mostly false (releases 9-15 added them: recall
    # +0.05, precision -0.07)
    assert learned["overall"]["recall"] >= 0.3 and learned["overall"]["precision"] >= 0.6
    assert both["overall"]["recall"] >= rules["overall"]["recall"]
    assert both["overall"]["precision"] >= rules["overall"]["precision"] - 0.03
    assert both["overall"]["f1"] >= 0.47 and both["overall"]["precision"] >= 0.72 and both["overall"]["recall"] >= 0.35
    assert both["sentences"]["f1"] >= 0.33  # the right edge from the right sentence


@pytest.mark.slow
def test_evaluate_compares_the_three_modes_in_one_table(voa_reports):
    text = format_comparison(voa_reports)
    lines = text.splitlines()
    assert lines[0].startswith("29 gold items (test part)")
    assert lines[1].split() == ["relation", "rules", "P/R/F1", "learned", "P/R/F1", "both", "P/R/F1"]
    overall = next(line for line in lines if line.startswith("overall")).split()
    assert overall[3] == "{precision:.2f}/{recall:.2f}/{f1:.2f}".format(**voa_reports["both"]["overall"])


def test_training_split_is_never_scored_as_test():
    from kg.language.gold import read_gold, split_of

    items = read_gold(VOA)
    assert len(items) == 89 and sum(g.split == "test" for g in items) == 29
    assert all(g.split == split_of(g.article.id) for g in items)
    from kg.language.scoring import _select

    assert {g.article.id for g in _select(items, "train")}.isdisjoint(g.article.id for g in _select(items, "test"))
    assert len(_select(items, "all")) == 89
