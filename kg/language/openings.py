"""Mends of a phrase put before the subject, called by :func:`kg.language.mends.mend_lists_and_subjects`: the small
model hangs the subject inside it, or takes its noun for the subject; of a short relative clause whose subject is a
name, whose present verb it takes for a plural noun; and of the "to" of a halt hung on its verb."""

from __future__ import annotations

import numpy as np

from .rules import load_rules

__all__ = ["mend_openings"]


def mend_openings(doc, deps) -> None:
    """Apply the mends of this module to ``doc`` (``deps``: its dependency labels as an array)."""
    _fronted_subjects(doc, deps)
    _opening_objects(doc)
    _reduced_subjects(doc, deps)
    _verbs_read_as_plurals(doc)
    _halts_on_verbs(doc)


def _halts_on_verbs(doc) -> None:
    """In "ordered a halt on Monday to all imports of Iranian oil" (and often with no date) the small model hangs "to" on
    the verb: a "to" right after the phrase of a halt noun (``halt_nouns``) that is the verb's object is the halt's."""
    halts = load_rules().lexicon["halt_nouns"]
    for prep in (t for t in doc if t.lower_ == "to" and t.dep_ == "prep" and t.head.pos_ == "VERB"):
        objects = [c for c in prep.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i]
        if objects and objects[0].lemma_.lower() in halts:
            prep.head = objects[0]


def _verbs_read_as_plurals(doc) -> None:
    """In "Hamas, which Tehran backs" and "a charge Islamabad rejects" the small model takes the present verb for a
    plural noun the name modifies: such a word that ends its clause, is a trigger verb's form (``relations.yaml``) and
    follows a name after "which" or "that" or after a noun with its article, is that relative clause's verb and the name
    its subject (not "long-time U.S. allies")."""
    verbs = load_rules().verbs
    for t in doc:
        if t.tag_ != "NNS" or not t.lower_.endswith("s") or t.i < 2 or (t.i + 1 < len(doc) and doc[t.i + 1].is_alpha):
            continue
        names = []
        while t.i - len(names) - 1 >= 0 and doc[t.i - len(names) - 1].pos_ == "PROPN":
            names.insert(0, doc[t.i - len(names) - 1])
        before = doc[names[0].i - 1] if names and names[0].i > 0 else None
        if before is None or not all(n.head == t or n.head in names for n in names):
            continue
        relative = before.lower_ in ("which", "that", "whom") and before.head == t
        held = before.pos_ == "NOUN" and (before.head == t or before.head in names)  # "a charge": a noun with its own article
        if not (relative or (held and any(c.dep_ == "det" for c in doc[before.i - 1 : before.i]))):
            continue
        if t.lemma_.lower() not in verbs:
            continue
        for n in names[:-1]:
            n.head, n.dep_ = names[-1], "compound"
        t.pos_, t.tag_ = "VERB", "VBZ"
        names[-1].head, names[-1].dep_ = t, "nsubj"
        if not relative:  # "a charge Islamabad rejects": the noun holds the clause, where the clause was
            before.head, before.dep_ = t.head if t.head != t else before, t.dep_ if t.head != t else "ROOT"
            for c in [c for c in t.children if c.i < before.i]:  # ("a")
                c.head = before
            t.head, t.dep_ = before, "relcl"


def _reduced_subjects(doc, deps) -> None:
    """In "Cruise missiles fired from U.S. warships struck targets near Belgrade" the small model makes the participle
    the clause's subject and the noun its subject: a past participle that is a verb's clausal subject, with a noun
    subject of its own before it, describes that noun, and the noun is the verb's subject."""
    for i in np.flatnonzero(deps == doc.vocab.strings["csubj"]).tolist():
        part, verb = doc[i], doc[i].head
        nouns = [c for c in part.children if c.dep_ == "nsubj" and c.i < part.i and c.pos_ in ("NOUN", "PROPN")]
        if part.tag_ != "VBN" or not nouns or verb.i < part.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        nouns[0].head, nouns[0].dep_ = verb, "nsubj"
        part.head, part.dep_ = nouns[0], "acl"


def _fronted_subjects(doc, deps) -> None:
    """In "During talks with South Korea's Foreign Minister, Yu Myung-hwan, the Chinese Premier, Wen Jiabao, turned down
    a request" the small model hangs the subject on the phrase put first: the last apposition in a phrase that opens
    the sentence, followed only by a comma and a verb without a subject, is that verb's subject."""
    for i in np.flatnonzero(deps == doc.vocab.strings["appos"]).tolist():
        name = doc[i]
        if name.dep_ != "appos":  # (made a list's item above)
            continue
        end = name.right_edge.i
        verb = doc[end + 2] if end + 2 < len(doc) and doc[end + 1].text == "," else None
        if verb is None or verb.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        opening = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start), None)
        if opening is not None and opening.i < name.i and name in opening.subtree:
            name.head, name.dep_ = verb, "nsubj"


def _opening_objects(doc) -> None:
    """In "After talks in Minsk, Russia and Ukraine agreed on a ceasefire" the small model takes the opening phrase's
    noun for the subject and the names after the comma for a list with its place, and in "Following talks in Minsk,
    the leaders of Russia and Ukraine agreed" it hangs the subject in the phrase: an opening preposition without an
    object takes the noun after it, and the last noun of the phrase, after a comma and running up to a verb left
    without a subject, is that verb's subject."""
    for sent in doc.sents:
        opening, verb = sent[0], sent[0].head
        if opening.dep_ != "prep" or verb.i < opening.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        noun = subjects[0] if len(subjects) == 1 and subjects[0].i == opening.i + 1 and subjects[0].pos_ == "NOUN" else None
        if (subjects and noun is None) or (noun is not None and any(c.dep_ == "pobj" for c in opening.children)):
            continue
        name = next((t for t in (noun or opening).subtree if _closes(t, verb)), None)
        if name is not None:
            if noun is not None:
                noun.head, noun.dep_ = opening, "pobj"
            name.head, name.dep_, doc[name.left_edge.i - 1].head = verb, "nsubj", verb


def _closes(tok, verb) -> bool:
    """Whether ``tok`` is a name or noun added after a comma (a list's item or an apposition) that runs up to ``verb``."""
    added = tok.dep_ in ("conj", "appos") and tok.pos_ in ("PROPN", "NOUN") and tok.head.i < tok.i
    return added and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == "," and tok.right_edge.i + 1 == verb.i
