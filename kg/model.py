"""Plain values passed between stages, and the relation schema they share.

No spaCy or rdflib objects cross a stage boundary. The relation schema (names, RDF properties,
CAMEO and PLOVER codes, Goldstein weights) is read from ``kg/data/relations.yaml`` once per process;
the words that trigger each relation, in the same file, belong to the language stage
(:mod:`kg.language.rules`).
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any

from .errors import RuleDataError


@dataclass(frozen=True)
class Article:
    """One news article after ingestion: boilerplate removed, text normalised.

    ``text`` is the text that extraction sees; event offsets point into it.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Actor:
    """A political actor: a state (ISO alpha-3 key), an organisation or a group."""

    key: str
    label: str
    type: str  # state | organization | alliance | armed_group | person | group
    wikidata: str | None = None


#: The version of the event record (``events.jsonl``, ``events.parquet``): 2 renamed ``polarity`` to ``family`` and
#: ``source_actor``/``target_actor`` to ``source_person``/``target_person``.
SCHEMA_VERSION = 2


@dataclass(frozen=True)
class Event:
    """One relation between two actors, with the evidence that supports it.

    ``family`` is the relation's family (hostile, cooperative, meeting); ``source_person`` and
    ``target_person`` name the person who acted for each polity, when one did.
    """

    source: str
    relation: str
    target: str
    source_label: str
    target_label: str
    source_text: str
    target_text: str
    sentence: str
    char_start: int
    char_end: int
    article: str
    date: str | None
    confidence: float
    cameo: str
    plover: str
    family: str
    goldstein: float
    modality: str = "asserted"
    trigger: str = ""
    source_person: str | None = None
    target_person: str | None = None
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict:
        """Return the ``events.jsonl`` record of this event."""
        return asdict(self)


@dataclass
class ArticleResult:
    """What extraction produced for one article (``error``: why it produced nothing, when its extraction failed)."""

    article: Article
    events: list[Event] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    error: str | None = None


# -- the relation schema -------------------------------------------------------------
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


@functools.cache
def _strict_loader(yaml: Any) -> type:
    """A safe YAML loader (libyaml's parser when built with it) that refuses a key given twice in one mapping: YAML
    would keep the last silently, and a rule written twice is a rule lost."""

    class Strict(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        def construct_mapping(self, node: Any, deep: bool = False) -> dict:
            seen: set = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":  # "<<: *anchor"
                    continue
                key = self.construct_object(key_node, deep=True)
                if key in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep)

    return Strict


def read_data(name: str) -> Any:
    """Parse ``kg/data/<name>`` as YAML.

    Raises:
        RuleDataError: the file is missing or is not valid YAML.
    """
    import yaml  # imported here: ``import kg`` should not pay for it

    try:
        text = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
        return yaml.load(text, Loader=_strict_loader(yaml))
    except OSError as exc:
        raise RuleDataError(f"kg/data/{name}: cannot be read: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise RuleDataError(f"kg/data/{name}: not valid YAML: {where}{getattr(exc, 'problem', None) or exc}") from exc


def relation_name(name: str) -> str:
    """The relation a name stands for: its own name (``meet``) or its RDF property's (``meets``, as SPARQL,
    CSV and GraphML show it), in any case.

    Raises:
        OptionError: no relation has that name; the message lists them.
    """
    from .errors import OptionError

    relations = load_relations()
    by_any = {**{r.property.lower(): r.name for r in relations.values()}, **{r.lower(): r for r in relations}}
    found = by_any.get(name.strip().lower())
    if found is None:
        raise OptionError(f"unknown relation {name!r} (valid: {', '.join(relations)}; or their properties, e.g. meets)")
    return found


@functools.cache
def load_relations() -> dict[str, Relation]:
    """The relations of ``relations.yaml``, by name, validated.

    Raises:
        RuleDataError: naming the file, the relation and the key at fault.
    """
    relations = {}
    for name, spec in read_data("relations.yaml")["relations"].items():
        try:
            relations[name] = Relation(name=name, **{**spec, "target_preps": tuple(spec.get("target_preps", ()))})
        except TypeError as exc:
            raise RuleDataError(f"kg/data/relations.yaml: relation {name!r}: {exc}") from exc
        if not all(isinstance(w, str) for w in relations[name].target_preps):
            raise RuleDataError(
                f"kg/data/relations.yaml: relation {name!r}: every word in 'target_preps' must be a string (quote yes/no/on/off)"
            )
        if spec["family"] not in FAMILIES:
            raise RuleDataError(
                f"kg/data/relations.yaml: relation {name!r}: family must be one of {FAMILIES}, got: {spec['family']!r}"
            )
    return relations
