"""The words of extraction: the triggers of each relation and the lexicon of the general moves.

Read from ``kg/data/relations.yaml`` (its ``verbs``, ``nouns``, ``adjectives`` and ``confidence``; the relations
themselves are the shared schema, :mod:`kg.model`) and ``kg/data/lexicon.yaml``, once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import RuleDataError
from ..model import Relation, load_relations, read_data
from .refs import PARTICLES, SUBJECTS

DEICTIC = ("last", "next", "this", "that", "every", "each", "past", "coming", "previous", "same")  # "last week": when

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Rules", "Trigger", "dated", "fits_modifiers", "fits_verb", "load_rules"]


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
    among_objects: bool = False  # the object's actors do it together: "brought together ministers from A, B and C"
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
    forbid_object: tuple[str, ...] = ()  # objects that are no such act: "hosts a U.S. base" is no meeting
    target_preps: tuple[str, ...] = ()
    requires_modifier: tuple[str, ...] = ()
    forbid_modifier: tuple[str, ...] = ()
    requires_verb: tuple[str, ...] = ()
    forbid_verb: tuple[str, ...] = ()
    addressee_preps: tuple[str, ...] = ()
    owned: bool = False
    pair_modifiers: bool = False
    official_source: bool = False  # only those who hold office act: "Modi flew to Paris", not "Syrians flew to Turkey"
    unofficial_source: bool = False  # no one who holds office does it: "Vajpayee crossed into Pakistan" is no incursion
    state: bool = False  # an owned state or claim holds whatever its clause says ("fears of X's ties", "denied X's allegation")
    own_preps: bool = False  # the relation's target prepositions do not apply ("a case against X at the ICJ")
    bearer_party: bool = False  # a relationship noun: "Saudi Arabia, a close ally of Egypt"
    bearer_receives: bool = False  # ... said of the one it falls on: "Hezbollah, Iran's most powerful proxy"
    target_types: tuple[str, ...] = ()  # the kinds of actor a target must be ("withdrew from ECOWAS": an organisation)
    negated: str | None = None  # the relation of the word negated: "did not support the plan" rejects it
    only_negated: bool = False  # counts only negated: "would not allow Sweden to join NATO" rejects Sweden
    preps_only: bool = False  # only its prepositions name the target: "discussed China's role with Japan"
    raised_object: bool = False  # the parser makes the object the next verb's subject: "helped Mauritius build"
    mutual: bool = False  # each side does it to the other: "the RSF has been fighting the army"
    intransitive: bool = False  # only done, with no object: "Peruvian and Ecuadorean troops fought" (not "fought
    # insurgents", "vowed to fight what they called discrimination")
    given_by: tuple[str, ...] = ()  # only ever received, from these: "came under fire from X", "drew the ire of X"
    under_preps: tuple[str, ...] = ()  # only as the object of these: "walked out in protest at Pakistan's remarks"
    implied_target: bool = False  # with no object, the state named before it: "the first visit since Russia invaded"


@dataclass(frozen=True)
class Rules:
    """Everything the extractor reads from data files."""

    relations: dict[str, Relation]
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    adjectives: dict[str, tuple[Trigger, ...]]
    lexicon: dict[str, frozenset[str]]
    confidence: dict[str, Any]

    @functools.cached_property
    def act_nouns(self) -> frozenset[str]:
        """Nouns that name an act: the trigger nouns and the lexicon's ``event_nouns``."""
        return frozenset(self.nouns) | self.lexicon["event_nouns"]

    @functools.cached_property
    def act_kin(self) -> dict[str, str]:
        """Each word of ``act_kin`` to its group's first word: "raid" and "airstrike" name a strike again."""
        return {w: g.split()[0] for g in self.lexicon["act_kin"] for w in g.split()}

    @functools.cached_property
    def armed_words(self) -> frozenset[str]:
        """Nouns and verbs with a sense of armed attack ("strike", "shell"): "the strike" is an armed act told before."""
        triggers = (*self.nouns.items(), *self.verbs.items())
        return frozenset(w for w, ts in triggers if any(t.relation == "attack" for t in ts))

    @functools.cached_property
    def mutual_words(self) -> frozenset[str]:
        """Nouns and verbs of an act two sides do to each other ("clash", "fighting")."""
        triggers = (*self.nouns.items(), *self.verbs.items())
        return frozenset(w for w, ts in triggers if any(t.reciprocal or t.mutual for t in ts))

    @functools.cached_property
    def actor_nouns(self) -> frozenset[str]:
        """Common nouns that the resolver may read as an actor (an office, a force, a group, a polity, an island, a
        place, a quantity or an act of someone's): any other common noun stands for no one (``candidates._may_stand``)."""
        names = ("quantity_nouns", "non_actor_nouns", "voice_nouns", "member_nouns", "polity_nouns", "office_nouns")
        names += ("agentive_nouns", "group_nouns", "armed_nouns", "rank_nouns", "event_nouns", "place_nouns", "patient_nouns")
        names += ("state_voices",)
        last = {p.split()[-1] for p in self.lexicon["group_anaphors"]}  # "the two sides", "both neighbours"
        return frozenset().union(*(self.lexicon[n] for n in names), last, ("latter", "former", "island"))


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
    for key in (
        "target_preps",
        "addressee_preps",
        "requires_modifier",
        "forbid_modifier",
        "requires_verb",
        "forbid_verb",
        "requires_prep",
        "object_lemmas",
        "forbid_object",
        "forbid_prep",
        "requires_words",
        "forbid_words",
        "target_types",
        "given_by",
        "under_preps",
    ):
        if not all(isinstance(w, str) for w in spec.get(key, [])):
            raise RuleDataError(
                f"kg/data/{file}: entry {lemma!r}: every word in {key!r} must be a string (quote yes/no/on/off), "
                f"got: {spec[key]!r}"
            )
    if spec.get("negated", spec["relation"]) not in relations:
        got = spec["negated"]
        raise RuleDataError(f"kg/data/{file}: entry {lemma!r}: 'negated' must be one of {sorted(relations)}, got: {got!r}")
    if spec.get("only_negated") and not spec.get("negated"):
        raise RuleDataError(f"kg/data/{file}: entry {lemma!r}: 'only_negated' needs 'negated', the relation it counts as")
    rel = relations[spec["relation"]]
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in spec.items()}
    values.setdefault("cameo", rel.cameo)
    values.setdefault("target_preps", ())
    values["target_preps"] = tuple(values["target_preps"]) + (() if values.get("own_preps") else rel.target_preps)
    return Trigger(lemma=lemma, **values)


@functools.cache
def load_rules() -> Rules:
    """Read the relations, their trigger words and the lexicon, validated.

    Raises:
        RuleDataError: naming the file, the entry and the key at fault.
    """
    relations = load_relations()
    data = read_data("relations.yaml")
    # a verb may carry several senses, told apart by particle or preposition ("hit" / "hit out at")
    verbs, nouns, adjectives = (
        {
            lemma: tuple(_trigger("relations.yaml", lemma, s, relations) for s in (spec if isinstance(spec, list) else [spec]))
            for lemma, spec in data[part].items()
        }
        for part in ("verbs", "nouns", "adjectives")
    )
    lexicon = {key: frozenset(str(w).lower() for w in words) for key, words in read_data("lexicon.yaml").items()}
    return Rules(relations, verbs, nouns, adjectives, lexicon, data["confidence"])


def fits_modifiers(trig: Trigger, noun: Token) -> bool:
    """Whether a noun's modifiers allow a sense: "a trade war" is no attack, "an aid package" is support; a noun only
    received is an object or "under" ("came under fire", not "a cease-fire")."""
    counted = noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj" and noun.head.head.pos_ in ("NUM", "NOUN")
    if trig.given_by and (_word(noun) != noun.lower_ or not (noun.dep_ == "dobj" or noun.head.lower_ == "under" or counted)):
        return False  # (or counted: "received dozens of Leopard tanks from Germany")
    if trig.under_preps and not (noun.dep_ == "pobj" and noun.head.lower_ in trig.under_preps):
        return False
    aimed = any(c.dep_ == "prep" and c.lower_ in trig.target_preps for c in noun.children)  # "in a veiled swipe at X"
    if trig.under_preps and (noun.tag_ != "NN" or (any(c.dep_ == "det" for c in noun.children) and not aimed)):
        return False  # the idiom "in protest at", not "killed in protests", "in a protest"
    words = {t.lower_ for c in noun.children if c.dep_ in ("amod", "compound") for t in c.subtree}
    if noun.dep_ == "nsubj":  # "ties between Russia and Turkey are deepening", "relations have grown stronger"
        words |= {noun.head.lower_} | {c.lower_ for c in noun.head.children if c.dep_ in ("acomp", "oprd", "advmod")}
    fits = not trig.requires_modifier or bool(words & set(trig.requires_modifier))
    kinds = trig.forbid_words and any(t.lower_ in trig.forbid_words for t in noun.subtree)  # "the first contact of its kind"
    return fits and not kinds and not words & set(trig.forbid_modifier) and fits_words(trig, noun)  # "a pause in aid"


def sporting(children: list[Token], sport_words: frozenset[str]) -> bool:
    """Whether a verb tells of a game, not of states: "met at the Cricket World Cup", "crushed Croatia 3-0",
    "hosted Mexico in a friendly" (``sport_words``, or a score)."""
    near = [c for c in children if c.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "attr")]  # not "the Arab League"
    near += [p for c in children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    near += [o for c in children if c.dep_ == "xcomp" for o in c.children if o.dep_ == "dobj"]  # "to reach the final"
    near += [m for c in children if c.dep_ == "nsubj" for m in c.subtree if m.i < c.i and m.pos_ == "NOUN"]  # "tennis
    # player Elina Svitolina" (not a name: "Arab League ministers")
    score = any(t.like_num and t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and t.nbor(2).like_num for t in near)
    return score or any(t.lemma_.lower() in sport_words for t in near)


def _timed(clause: Token) -> bool:
    """Whether a clause with its own subject tells a time (``time_marks``): "a day after Ottawa ordered out ..."."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"} & load_rules().lexicon["time_marks"]
    return bool(marks) and any(c.dep_ in SUBJECTS for c in clause.children)


def fits_words(trig: Trigger, verb: Token) -> bool:
    """Whether a verb's phrase holds one of the words its sense requires: "violated the ceasefire", "took China to court"
    (or a relative clause's antecedent does: "a decision Seoul welcomed")."""
    if not trig.requires_words:
        return True
    # (not in a clause of time with its own subject: "expelled a Canadian diplomat, a day after Ottawa ordered out an
    # Indian intelligence official")
    own = {t.i for c in verb.children if c.dep_ == "advcl" and _timed(c) for t in c.subtree}
    held = [*(t for t in verb.subtree if t.i not in own), *([verb.head] if verb.dep_ == "relcl" else [])]
    return any(_word(t) in trig.requires_words and not names_when(t) for t in held)


def names_when(tok: Token) -> bool:
    """Whether a word names when, not how long: "last week" in "gave Ukraine tanks last week" (not "gave Kyiv a week")."""
    return tok.ent_type_ == "DATE" and any(c.lower_ in DEICTIC for c in tok.children)


def _word(tok: Token) -> str:
    """A token's word, hyphenated compounds whole ("cease-fire" is parsed as "cease", "-", "fire")."""
    if tok.i >= 2 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_ and not tok.nbor(-2).whitespace_:
        return f"{tok.nbor(-2).lower_}-{tok.lower_}"
    return tok.lower_


def dated(prep: Token) -> bool:
    """Whether a preposition only dates: "a phone call on Friday" (not "a call on Russia to withdraw")."""
    objects = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objects) and all(p.ent_type_ in ("DATE", "TIME") for p in objects)


def fits_verb(verb: Token, trig: Trigger, children: list[Token]) -> bool:
    """Whether a verb sense's particles, prepositions and words are there ("lashed out", "took China to court")."""
    # "walked out of the talks": the parser also makes the particle a preposition holding the next one
    bare = [c for c in children if c.dep_ == "prep" and not any(p.dep_ == "pobj" for p in c.children)]
    particles = [c for c in children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in PARTICLES)] + bare
    particles += [c for c in children if c.dep_ == "prep" and c.i == verb.i + 1]  # "called in the ambassador"
    forbidden = set(trig.forbid_object)
    # "fired a missile toward Japan": the object's prepositions count where its own do
    held = [d for o in children if o.dep_ == "dobj" for d in (o, *o.conjuncts)] if trig.object_preps else []
    preps = {c.lower_ for h in (verb, *held) for c in h.children if c.dep_ == "prep" and not dated(c)}  # (not "on Tuesday")
    return (
        (not trig.particle or any(c.lower_ == trig.particle for c in particles))
        and fits_words(trig, verb)  # "declared the ambassador persona non grata"
        and not (trig.forbid_words and _forbidden(verb, trig, children))  # "gave Qatar ten days"
        and not (trig.forbid_particle and any(c.dep_ == "prt" for c in children))
        and not any(  # ("agreed a new Russia sanctions package": the object's compound too)
            c.dep_ == "dobj" and {c.lemma_.lower(), *(g.lemma_.lower() for g in c.lefts if g.dep_ == "compound")} & forbidden
            for c in children
        )
        and not preps & set(trig.forbid_prep)
        and (not trig.requires_prep or bool(preps & set(trig.requires_prep)))
        and not (trig.no_oprd and any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in children))
        and not (trig.intransitive and (verb.dep_ == "xcomp" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children)))
    )


def _forbidden(verb: Token, trig: Trigger, children: list[Token]) -> bool:
    """Whether a sense's forbidden words are in the verb's phrase, not in a clause of its own ("Trump hosts Xi as
    U.S. missiles hit a Syrian air base"), or in the objects of the clause a participle goes on from ("imposed a tariff
    on imports from Serbia, retaliating against ...": the tariff is the retaliation)."""
    clauses = [c for c in children if c.dep_ in ("advcl", "conj", "parataxis")]
    # (a conjoined act is another act: "banned North Korean ships from its ports and prohibited imports from the North")
    others = {t.i for c in clauses if c.dep_ == "conj" or any(s.dep_ in SUBJECTS for s in c.children) for t in c.subtree}
    above = [o for o in verb.head.children if o.dep_ == "dobj"] if verb.dep_ == "advcl" and verb.tag_ == "VBG" else []
    given = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lower_ in trig.forbid_words  # "the list, delivered to"
    return given or any(
        t.lower_ in trig.forbid_words and t.i not in others and not names_when(t) for h in (verb, *above) for t in h.subtree
    )
