"""Load the spaCy pipeline once and add kg's actor ruler to it."""

from __future__ import annotations

import functools
import importlib.util
import logging
import warnings

import numpy as np
import spacy
from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, filter_spans

from ..config import DEFAULT_MODELS, MAX_ARTICLE_CHARS
from ..errors import ModelError
from .gazetteer import Gazetteer, load_gazetteer

__all__ = [
    "SPANS_KEY",
    "inside_longer_name",
    "joined_place_name",
    "load_nlp",
    "named_further",
    "organ_of_another",
    "quoted_tokens",
]

log = logging.getLogger(__name__)
SPANS_KEY = "kg_actors"
QUOTES_OPEN, QUOTES_CLOSE = "“", "”"


def _filter(existing, new):  # longest match wins: "North Korea" over "Korea"; "the Indian Ocean" is no actor
    return filter_spans([*existing, *(span for span in new if not _feature(span) and _alone(span))])


def _alone(span) -> bool:
    """Whether a contextual state name stands alone after "the": "the North", not "the North Atlantic" nor "South
    China Sea"."""
    doc = span.doc
    after = span.end < len(doc) and (doc[span.end].is_title or doc[span.end].is_upper)
    return span.label_ != "STATE_CONTEXT" or (span.start > 0 and doc[span.start - 1].lower_ == "the" and not after)


def _feature(span) -> bool:
    """Whether a name is part of a sea's, an ocean's or a peninsula's: "the Indian Ocean", "the South China Sea",
    "the Sea of Japan" (``feature_nouns``), of a ship's: "the USS Carney" (``ship_prefixes``), or of a longer name."""
    from .rules import load_rules

    lex, doc = load_rules().lexicon, span.doc
    after = span.end < len(doc) and doc[span.end].is_title and doc[span.end].lower_ in lex["feature_nouns"]
    of = span.start > 1 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in lex["feature_nouns"]
    ship = span.start > 0 and doc[span.start - 1].is_upper and doc[span.start - 1].lower_ in lex["ship_prefixes"]
    # nor a surname that is the first part of another's hyphened name: "Yunus-Bek Yevkurov" is no Yunus
    joined = span.label_ == "PERSON" and span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].is_title
    return after or of or ship or (joined and not doc[span.end - 1].whitespace_)  # (nor "the USS Carney")


spacy.registry.misc("kg.longest_spans.v1")(lambda: _filter)
ACRONYM_NORM = "nato"  # a norm the small model knows as an organisation's acronym
OPENING_ACRONYM_NORM = "opec"  # ... and reads as a subject at the start of a sentence


@Language.component("kg_acronyms")
def acronyms(doc):
    """Give a body's acronym that spells an English word ("IS", "WHO") an acronym's norm, which the tagger and the
    parser read ("forces killed IS deputy caliph X" read "IS" as "is"); the text, and so the evidence, stays as
    written. In capitals throughout ("THIS IS WAR") such a word names no one. (The model knows "US" well.)"""
    spans = []
    for span in doc.spans.get(SPANS_KEY, ()):
        tok = span[0]
        if len(span) == 1 and tok.is_upper and tok.lower_ in STOP_WORDS and span.label_ != "STATE":
            near = [t for t in doc[max(0, tok.i - 2) : tok.i + 3] if t.is_alpha and t.i != tok.i]
            if all(t.is_upper for t in near):
                continue
            tok.norm_ = ACRONYM_NORM
        elif len(span) == 1 and tok.is_upper and len(tok) > 3 and span.label_ == "ORG" and _opens(doc, tok.i):
            tok.norm_ = OPENING_ACRONYM_NORM  # "ECOWAS closed borders with Niger": a name, not an imperative verb
        spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc


def _opens(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts a sentence, as far as can be told before the parser: first, or after a full stop,
    a line break or an opening quote that follows one."""
    while i > 0 and doc[i - 1].text in ('"', "“", "'"):
        i -= 1
    return i == 0 or doc[i - 1].text in (".", "!", "?") or "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space


@Language.component("kg_paragraphs")
def paragraphs(doc):
    """Start a sentence after every line break, so a headline never runs into its first paragraph, and after a web
    page's subheading that its text ran into the paragraph ("Media outlets closed On another front, ...",
    "Sovereignty negotiations Negotiations between Britain and ...")."""
    from .rules import load_rules

    openers = load_rules().lexicon["subhead_openers"]
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif tok.is_title and prev.is_lower and prev.is_alpha and prev.whitespace_ and tok.i + 1 < len(doc):
            # a capitalised opener before a lower-case word ("On another", not "The Hague"), or a word said twice
            opener = tok.lower_ in openers and doc[tok.i + 1].is_lower
            if opener or tok.lower_ == prev.lower_:
                tok.is_sent_start = True
    return doc


@Language.factory("kg_elided")
class Elided:
    """Add the name a coordination elides: "North and South Korea" names North Korea too (its ``names``: the multi-word
    state and demonym patterns, set by :func:`load_nlp`)."""

    def __init__(self, nlp: Language, name: str):
        self.names: dict[str, tuple[str, str]] = {}

    def __call__(self, doc):
        spans = list(doc.spans[SPANS_KEY])
        taken = {i for span in spans if span.label_ != "STATE_CONTEXT" for i in range(span.start, span.end)}  # (not "North")
        for span in [s for s in spans if len(s) > 1 and s.start > 1 and doc[s.start - 1].lower_ in ("and", "or")]:
            first = doc[span.start - 2]
            found = self.names.get(" ".join([first.text, *(t.text for t in span[1:])]))
            if found and first.i not in taken and first.is_title:
                spans = [s for s in spans if not s.start <= first.i < s.end]
                spans.append(Span(doc, first.i, first.i + 1, label=found[0], span_id=found[1]))
        doc.spans[SPANS_KEY] = spans
        return doc


def _pick_model(name: str | None) -> str:
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(f"no spaCy English pipeline installed (tried {', '.join(DEFAULT_MODELS)}); run the README's setup command")


@functools.cache
def load_nlp(model: str | None = None, gazetteer: Gazetteer | None = None) -> Language:
    """Load a spaCy pipeline (``en_core_web_sm`` if installed, else its PyPI re-upload) with kg's ruler.

    Args:
        model: pipeline name or path; ``None`` picks the default.
        gazetteer: actor data; the packaged one by default.

    Raises:
        ModelError: the pipeline is not installed or cannot be loaded.
    """
    name = _pick_model(model)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {str(exc).splitlines()[0]}") from exc
    # "U.S.-led", "U.N.-backed": split the hyphen after an abbreviation, as "Iran-backed" already is
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Za-z])"]  # and "U.K.-U.S.", "U.S.-Philippine"
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    from .rules import load_rules

    for word in load_rules().lexicon["whole_words"]:  # "would take counter-measures": one word, as the data spells it
        for form in {word, word.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} has no dependency parser, which kg needs")
    gazetteer = gazetteer or load_gazetteer()
    ruler = nlp.add_pipe(
        "span_ruler",
        name="kg_actor_ruler",
        first=True,  # patterns are then tokenised only, not parsed; the ruler reads ORTH alone
        config={"spans_key": SPANS_KEY, "validate": True, "spans_filter": {"@misc": "kg.longest_spans.v1"}},
    )
    ruler.add_patterns(list(gazetteer.patterns))
    elided = nlp.add_pipe("kg_elided", after="kg_actor_ruler")
    elided.names = {
        p["pattern"]: (p["label"], p["id"])
        for p in gazetteer.patterns
        if p["label"] in ("STATE", "DEMONYM") and isinstance(p["pattern"], str) and " " in p["pattern"]
    }
    nlp.add_pipe("kg_acronyms", after="kg_elided")
    from . import repairs  # noqa: F401  (registers the components that mend the parse)

    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_verbs", last=True)
    nlp.add_pipe("kg_lemmas", last=True)
    nlp.add_pipe("kg_title_nouns", last=True)
    nlp.max_length = MAX_ARTICLE_CHARS  # make_article refuses longer texts with one line
    log.info("loaded %s with %d actor patterns", name, len(gazetteer.patterns))
    return nlp


def named_further(doc: Doc, end: int) -> bool:
    """Whether a name goes on past ``end`` as "of" and a capitalised word: "the Alliance of Democracies"."""
    return end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper()


def inside_longer_name(doc: Doc, end: int) -> bool:
    """Whether the named entity a match ends in goes on past it through a preposition: "the European Council on Foreign
    Relations" (the entity recogniser's span, not a date after it: "the Security Council on Friday")."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in ("of", "on", "for")
        and doc[end].ent_iob_ == "I"
        and doc[end + 1].ent_iob_ == "I"
        and doc[end + 1].text[:1].isupper()
    )


def organ_of_another(doc: Doc, start: int, polities: set[int], orgs: set[int]) -> bool:
    """Whether a body's name at ``start`` ends the name of another's organ: "Russia's Security Council", "the Russian
    Security Council", "South Korea's National Security Council", "the African Union's Peace and Security Council" are not
    the UN's (``polities`` and ``orgs``: the tokens of states' and of bodies' names)."""
    if start >= 2 and doc[start - 1].tag_ == "POS":
        return start - 2 in polities
    if doc[start].ent_iob_ != "I":
        return False
    first = next((t.i for t in reversed(doc[:start]) if t.ent_iob_ == "B"), start)
    before = [t for t in doc[first:start] if t.lower_ not in ("the", "a", "an")]
    return any(t.i not in orgs for t in before)


def joined_place_name(doc: Doc, start: int, particles: frozenset[str]) -> bool:
    """Whether the two words before a name join it to a longer place name: a capitalised word, then a particle
    ("Mocimboa da Praia" is a town of Mozambique, not Cape Verde's capital; ``name_particles``)."""
    return (
        start >= 2
        and doc[start - 2].text[:1].isupper()
        and not doc[start - 2].is_sent_start
        and doc[start - 1].lower_ in particles
    )


def quoted_tokens(doc: Doc) -> set[int]:
    """The tokens inside quotation marks (curly ones nest); the marks themselves are not. A straight mark opens or
    closes by its spacing (` "We` opens, `markets," he` closes), else it closes what is open: one stray mark
    must not turn the rest of the article into a quotation."""
    orth = doc.to_array(ORTH)
    opening, closing, straight_mark = (doc.vocab.strings[q] for q in (QUOTES_OPEN, QUOTES_CLOSE, '"'))
    inside: set[int] = set()
    depth, start = 0, 0
    for i in np.flatnonzero(np.isin(orth, (opening, closing, straight_mark))).tolist():
        if depth:
            inside.update(range(start, i))
        opens = orth[i] == opening
        if orth[i] == straight_mark:
            space_before = i == 0 or bool(doc[i - 1].whitespace_)
            space_after = i == len(doc) - 1 or bool(doc[i].whitespace_)
            opens = space_before if space_before != space_after else not depth
        depth = depth + 1 if opens else max(0, depth - 1)
        start = i + 1
    if depth:
        inside.update(range(start, len(doc)))
    return inside
