"""Rule data and the actor ruler, tested without the parser."""

from __future__ import annotations

import pytest

from kg.errors import RuleDataError
from kg.language import rules


def test_every_data_file_loads_and_every_trigger_names_a_relation():
    r = rules.load_rules()
    assert {"accuse", "meet", "cooperate", "threaten", "reject", "support", "sanction", "attack"} <= set(r.relations)
    verbs = [t for senses in r.verbs.values() for t in senses]
    nouns = [t for senses in r.nouns.values() for t in senses]
    nouns += [t for senses in r.adjectives.values() for t in senses]
    assert all(t.relation in r.relations for t in [*verbs, *nouns])
    assert all(isinstance(p, str) for t in [*verbs, *nouns] for p in t.target_preps)
    assert [t.relation for t in r.verbs["hit"]] == ["accuse", "accuse", "attack", "sanction"]
    assert [t.relation for t in r.nouns["war"]] == ["attack", "sanction", "attack", "threaten"]  # a noun may carry senses too
    assert r.verbs["support"][0].negated == "reject" and r.adjectives["concerned"][0].relation == "accuse"


def test_a_bad_trigger_entry_names_file_entry_and_key():
    r = rules.load_rules()
    with pytest.raises(RuleDataError, match=r"kg/data/relations.yaml: entry 'scold': 'relation' must be one of .* got: 'shout'"):
        rules._trigger("relations.yaml", "scold", {"relation": "shout"}, r.relations)
    with pytest.raises(RuleDataError, match=r"entry 'meet': unknown key\(s\) \['colective'\]"):
        rules._trigger("relations.yaml", "meet", {"relation": "meet", "colective": True}, r.relations)
    with pytest.raises(RuleDataError, match=r"entry 'back': 'negated' must be one of .* got: 'oppose'"):
        rules._trigger("relations.yaml", "back", {"relation": "support", "negated": "oppose"}, r.relations)
    with pytest.raises(RuleDataError, match=r"entry 'allow': 'only_negated' needs 'negated'"):
        rules._trigger("relations.yaml", "allow", {"relation": "reject", "only_negated": True}, r.relations)
    with pytest.raises(RuleDataError, match="quote yes/no/on/off"):
        rules._trigger("relations.yaml", "impose", {"relation": "sanction", "target_preps": [True]}, r.relations)


def test_a_key_given_twice_in_a_data_file_is_refused_with_its_line(tmp_path, monkeypatch):
    from kg import model

    (tmp_path / "relations.yaml").write_text(
        "base: &b {cameo: '190'}\nverbs:\n  crush: {<<: *b, relation: attack}\n  ram: {}\n  crush: {}\n"
    )
    monkeypatch.setattr(model.resources, "files", lambda package: tmp_path)
    with pytest.raises(RuleDataError, match=r"kg/data/relations.yaml: not valid YAML: line 5, column 3: duplicate key 'crush'"):
        model.read_data("relations.yaml")
    (tmp_path / "relations.yaml").write_text("base: &b {cameo: '190'}\nverbs:\n  crush: {<<: *b, relation: attack}\n")
    assert model.read_data("relations.yaml")["verbs"]["crush"] == {"cameo": "190", "relation": "attack"}
