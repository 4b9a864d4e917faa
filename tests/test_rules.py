"""Rule data and the actor ruler, tested without the parser."""

from __future__ import annotations

import pytest
import spacy

from kg.errors import RuleDataError
from kg.io import atomic_open
from kg.language import rules
from kg.language.gazetteer import load_gazetteer


def test_every_data_file_loads_and_every_trigger_names_a_relation():
    r = rules.load_rules()
    assert {"accuse", "meet", "cooperate", "threaten", "reject", "support", "sanction", "attack"} <= set(r.relations)
    verbs = [t for senses in r.verbs.values() for t in senses]
    assert all(t.relation in r.relations for t in [*verbs, *r.nouns.values()])
    assert all(isinstance(p, str) for t in verbs for p in t.target_preps)
    assert [t.relation for t in r.verbs["hit"]] == ["accuse", "attack", "sanction"]


def test_a_bad_trigger_entry_names_file_entry_and_key():
    r = rules.load_rules()
    with pytest.raises(RuleDataError, match=r"kg/data/relations.yaml: entry 'scold': 'relation' must be one of .* got: 'shout'"):
        rules._trigger("relations.yaml", "scold", {"relation": "shout"}, r.relations)
    with pytest.raises(RuleDataError, match=r"entry 'meet': unknown key\(s\) \['colective'\]"):
        rules._trigger("relations.yaml", "meet", {"relation": "meet", "colective": True}, r.relations)
    with pytest.raises(RuleDataError, match="quote yes/no/on/off"):
        rules._trigger("relations.yaml", "impose", {"relation": "sanction", "target_preps": [True]}, r.relations)


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


def test_atomic_write_leaves_the_old_file_whole_on_failure(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as fh:
        fh.write("half")
        raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_no_name_points_at_two_actors():
    from collections import defaultdict

    ids = defaultdict(set)
    for p in load_gazetteer().patterns:
        ids[p["pattern"]].add(p["id"])
    assert {name: keys for name, keys in ids.items() if len(keys) > 1} == {}
    assert ids["Congo"] == {"COD"}
