"""The gazetteer and its actor ruler, tested without the parser."""

from __future__ import annotations

import spacy

from kg.language import nlp as _pipeline  # noqa: F401  (registers kg.longest_spans.v1, which the ruler below names)
from kg.language.gazetteer import load_gazetteer


def test_gazetteer_covers_every_un_member_with_wikidata():
    g = load_gazetteer()
    states = [a for a in g.actors.values() if a.type == "state"]
    assert len(states) >= 197
    assert all(a.wikidata and a.wikidata.startswith("Q") for a in states)
    assert g.actors["NATO"].wikidata == "Q7184"


def test_ruler_patterns_find_names_aliases_demonyms_and_capitals_longest_first():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "a", "spans_filter": {"@misc": "kg.longest_spans.v1"}})
    ruler.add_patterns([p for p in load_gazetteer().patterns if p["id"] in ("PRK", "KOR", "NATO", "USA")])
    doc = nlp("Pyongyang said the North Korean army and Nato would meet South Korea and the U.S. in Seoul.")
    assert [(s.text, s.id_) for s in doc.spans["a"]] == [
        ("Pyongyang", "PRK"),
        ("North Korean", "PRK"),
        ("Nato", "NATO"),
        ("South Korea", "KOR"),
        ("U.S.", "USA"),
        ("Seoul", "KOR"),
    ]


def test_officials_resolve_by_date():
    g = load_gazetteer()
    assert g.office_on("person:kaja_kallas", "2024-01-10").actor == "EST"
    assert g.office_on("person:kaja_kallas", "2025-01-10").actor == "EU"
    assert g.office_on("person:jens_stoltenberg", "2024-07-13").actor == "NATO"
    # earlier office-holders: the same person acts for another body in another year
    assert g.office_on("person:javier_solana", "1997-05-01").actor == "NATO"
    assert g.office_on("person:javier_solana", "2005-05-01").actor == "EU"


def test_no_name_points_at_two_actors():
    from collections import defaultdict

    ids = defaultdict(set)
    for p in load_gazetteer().patterns:
        ids[p["pattern"]].add(p["id"])
    assert {name: keys for name, keys in ids.items() if len(keys) > 1} == {}
    assert ids["Congo"] == {"COD"}


def _bad_organization(monkeypatch, key: str, field: str, value, message: str) -> None:
    """An organisation whose ``field`` is set to ``value`` fails to load with one error naming entry and field."""
    import pytest

    from kg.errors import RuleDataError
    from kg.language import gazetteer

    real = gazetteer.read_data

    def fake(name):
        data = real(name)
        return {**data, key: {**data[key], field: value}} if name == "organizations.yaml" else data

    monkeypatch.setattr(gazetteer, "read_data", fake)
    with pytest.raises(RuleDataError, match=f"entry '{key}': '{field}' {message}"):
        gazetteer.load_gazetteer.__wrapped__()


def test_armed_groups_name_the_state_they_fight_and_bad_data_is_one_error(monkeypatch):
    assert load_gazetteer().fights["bla"] == "PAK"
    assert "isis" not in load_gazetteer().fights  # no one home front
    _bad_organization(monkeypatch, "NATO", "fights", "RUS", "is for an armed group")


def test_bodies_list_their_members_by_date_and_a_member_that_is_no_state_is_one_error(monkeypatch):
    g = load_gazetteer()
    assert g.member_of("FIN", "NATO", "2023-04-04") and not g.member_of("FIN", "NATO", "2023-04-03")
    assert g.member_of("GBR", "EU", "2020-01-31") and not g.member_of("GBR", "EU", "2020-02-01")
    assert g.member_of("USA", "G7", None) and not g.member_of("CHN", "G7", None)
    _bad_organization(monkeypatch, "G7", "members", ["USA", "taliban"], "names states")


def test_a_body_seated_in_a_state_names_it_and_a_seat_that_is_no_state_is_one_error(monkeypatch):
    assert load_gazetteer().seats["EU"] == "BEL"  # "Brussels" is Belgium's beside Belgium's name
    _bad_organization(monkeypatch, "NATO", "seat", "hezbollah", "names a state")


def test_the_island_states_of_the_lexicon_are_states():
    from kg.language.rules import load_rules

    states = {key.lower() for key, actor in load_gazetteer().actors.items() if actor.type == "state"}
    islands = load_rules().lexicon["island_states"]
    assert "twn" in islands and not islands - states
