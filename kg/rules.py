"""Load and validate the rule data files in ``kg/data/`` once per process."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from .errors import RuleDataError

__all__ = ["Relation", "Trigger", "Rules", "load_rules", "read_data"]

FAMILIES = ("hostile", "cooperative", "meeting")


@dataclass(frozen=True)
class Relation:
    """One relation type with its codes and weights."""

    name: str
    property: str
    cameo: str
    plover: str
    family: str
    goldstein: float
    symmetric: bool
    target_preps: tuple[str, ...]


@dataclass(frozen=True)
class Trigger:
    """A word that triggers a relation, with the options of its entry in relations.yaml."""

    lemma: str
    relation: str
    cameo: str
    speech: bool = False
    speech_relation: str | None = None
    forbid_particle: bool = False
    forbid_prep: tuple[str, ...] = ()
    particle: str | None = None
    requires_prep: tuple[str, ...] = ()
    dative: bool = False
    collective: bool = False
    object_must_be_actor: bool = False
    object_must_not_be_actor: bool = False
    owner_target: bool = False
    no_oprd: bool = False
    place_target: bool = False
    object_preps: bool = False
    subject_party: bool = False
    multilateral: bool = False
    requires_words: tuple[str, ...] = ()
    forbid_words: tuple[str, ...] = ()
    through_xcomp: bool = False
    reciprocal: bool = False
    object_lemmas: tuple[str, ...] = ()
    target_preps: tuple[str, ...] = ()
    requires_modifier: tuple[str, ...] = ()
    requires_verb: tuple[str, ...] = ()
    addressee_preps: tuple[str, ...] = ()
    owned: bool = False
    pair_modifiers: bool = False
    own_preps: bool = False  # the relation's target prepositions do not apply ("a case against X at the ICJ")


@dataclass(frozen=True)
class Rules:
    """Everything the extractor reads from data files."""

    relations: dict[str, Relation]
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, Trigger]
    lexicon: dict[str, frozenset[str]]
    confidence: dict[str, Any]
    boilerplate: tuple[re.Pattern, ...]
    max_label_words: int
    max_furniture_words: int = 80


def read_data(name: str) -> Any:
    """Parse ``kg/data/<name>`` as YAML.

    Raises:
        RuleDataError: the file is missing or is not valid YAML.
    """
    try:
        text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
        return yaml.safe_load(text)
    except OSError as exc:
        raise RuleDataError(f"kg/data/{name}: cannot be read: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise RuleDataError(f"kg/data/{name}: not valid YAML: {where}{getattr(exc, 'problem', None) or exc}") from exc


def _trigger(file: str, lemma: str, spec: Any, relations: dict[str, Relation]) -> Trigger:
    if isinstance(spec, str):
        spec = {"relation": spec}
    if not isinstance(spec, dict) or spec.get("relation") not in relations:
        got = spec.get("relation") if isinstance(spec, dict) else spec
        raise RuleDataError(f"kg/data/{file}: entry {lemma!r}: 'relation' must be one of {sorted(relations)}, got: {got!r}")
    fields = set(Trigger.__dataclass_fields__) - {"lemma"}
    unknown = set(spec) - fields
    if unknown:
        raise RuleDataError(f"kg/data/{file}: entry {lemma!r}: unknown key(s) {sorted(unknown)}")
    for key in ("target_preps", "addressee_preps", "requires_modifier", "requires_verb", "requires_prep", "object_lemmas", "forbid_prep", "requires_words", "forbid_words"):
        if not all(isinstance(w, str) for w in spec.get(key, [])):
            raise RuleDataError(f"kg/data/{file}: entry {lemma!r}: every word in {key!r} must be a string (quote yes/no/on/off), got: {spec[key]!r}")
    rel = relations[spec["relation"]]
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in spec.items()}
    values.setdefault("cameo", rel.cameo)
    values.setdefault("target_preps", ())
    values["target_preps"] = tuple(values["target_preps"]) + (() if values.get("own_preps") else rel.target_preps)
    return Trigger(lemma=lemma, **values)


@functools.cache
def load_rules() -> Rules:
    """Read relations.yaml, lexicon.yaml and boilerplate.yaml, validated.

    Raises:
        RuleDataError: naming the file, the entry and the key at fault.
    """
    data = read_data("relations.yaml")
    relations = {}
    for name, spec in data["relations"].items():
        try:
            relations[name] = Relation(name=name, **{**spec, "target_preps": tuple(spec.get("target_preps", ()))})
        except TypeError as exc:
            raise RuleDataError(f"kg/data/relations.yaml: relation {name!r}: {exc}") from exc
        if not all(isinstance(w, str) for w in relations[name].target_preps):
            raise RuleDataError(f"kg/data/relations.yaml: relation {name!r}: every word in 'target_preps' must be a string (quote yes/no/on/off)")
        if spec["family"] not in FAMILIES:
            raise RuleDataError(f"kg/data/relations.yaml: relation {name!r}: family must be one of {FAMILIES}, got: {spec['family']!r}")
    # a verb may carry several senses, told apart by particle or preposition ("hit" / "hit out at")
    verbs = {lemma: tuple(_trigger("relations.yaml", lemma, s, relations) for s in (spec if isinstance(spec, list) else [spec]))
             for lemma, spec in data["verbs"].items()}
    nouns = {lemma: _trigger("relations.yaml", lemma, spec, relations) for lemma, spec in data["nouns"].items()}
    lexicon = {key: frozenset(str(w).lower() for w in words) for key, words in read_data("lexicon.yaml").items()}
    boiler = read_data("boilerplate.yaml")
    patterns = []
    for i, pattern in enumerate(boiler["line_patterns"]):
        try:
            patterns.append(re.compile(pattern, re.IGNORECASE))
        except re.error as exc:
            raise RuleDataError(f"kg/data/boilerplate.yaml: line_patterns[{i}] {pattern!r}: {exc}") from exc
    return Rules(relations, verbs, nouns, lexicon, data["confidence"], tuple(patterns), int(boiler["max_label_words"]),
                 int(boiler.get("max_furniture_words", 80)))
