"""The two real articles the product was conceived from, end to end through the public API."""

from __future__ import annotations

import json

import pytest

from .conftest import EXAMPLES

REQUIRED = {
    "000": {("PRK", "accuse", "USA"), ("PRK", "accuse", "NATO"), ("JPN", "meet", "NATO")},
    "001": {("PRK", "accuse", "USA"), ("KOR", "meet", "USA"), ("JPN", "meet", "USA"), ("JPN", "meet", "KOR")},
}
SYMMETRIC = {"meet", "cooperate"}


@pytest.fixture(scope="module")
def seed_events(seed_build):
    out, _ = seed_build
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    by_article: dict[str, set] = {"000": set(), "001": set()}
    for e in events:
        art = e["article"][:3]
        if art in by_article:
            s, t = sorted((e["source"], e["target"])) if e["relation"] in SYMMETRIC else (e["source"], e["target"])
            by_article[art].add((s, e["relation"], t))
    return events, by_article


@pytest.mark.parametrize("article", sorted(REQUIRED))
def test_seed_core_edges_come_out(seed_events, article):
    _, found = seed_events
    assert REQUIRED[article] <= found[article]


@pytest.mark.parametrize("article", sorted(REQUIRED))
def test_no_contradicting_direction(seed_events, article):
    _, found = seed_events
    for s, r, t in REQUIRED[article]:
        if r not in SYMMETRIC:
            assert (t, r, s) not in found


def test_boilerplate_and_media_make_no_actors(seed_events):
    events, _ = seed_events
    seen = {
        v
        for e in events
        for v in (e["source"], e["target"], e["source_text"], e["target_text"], e["source_person"], e["target_person"])
        if v
    }
    for word in ("Musk", "Trump", "Independent", "Kyodo", "elon_musk", "donald_trump"):
        assert not any(word.lower() in v.lower() for v in seen), word
    # a state news agency is no actor of its own: it speaks for its state ("Pyongyang's state news agency KCNA accused")
    assert all(e["source"] == "PRK" for e in events if "KCNA" in (e["source_text"], e["target_text"]))
    seed_sentences = " ".join(e["sentence"] for e in events if e["article"].startswith("001"))
    assert "donation" not in seed_sentences and "commenting" not in seed_sentences


def test_people_roll_up_to_their_polity_on_the_article_date(seed_events):
    events, _ = seed_events
    kishida = [e for e in events if e["source_person"] == "fumio_kishida" or e["target_person"] == "fumio_kishida"]
    assert kishida and all("JPN" in (e["source"], e["target"]) for e in kishida)


def test_every_event_points_at_its_sentence(seed_events, seeds):
    from kg.ingest.readers import read_articles
    from kg.language.gazetteer import load_gazetteer

    texts = {a.id: a.text for a in read_articles([seeds, EXAMPLES], names=load_gazetteer().names)}
    events, _ = seed_events
    assert events and {e["article"] for e in events} <= set(texts)
    for e in events:
        assert texts[e["article"]][e["char_start"] : e["char_end"]] == e["sentence"]
