"""Mends of names in lists, called by :func:`kg.language.mends.mend_lists_and_subjects`: the small model hangs a list's
first name on the second, makes a later name an apposition across the verb, or gives a preposition a second object."""

from __future__ import annotations

import numpy as np

from .nlp import SPANS_KEY

__all__ = ["mend_name_lists"]


def mend_name_lists(doc, deps) -> None:
    """Apply the mends of this module to ``doc`` (``deps``: its dependency labels as an array)."""
    _stray_appositions(doc, deps)
    _split_names(doc, deps)
    _doubled_objects(doc, deps)


def _stray_appositions(doc, deps) -> None:
    """In "declined to receive a delegation from ECOWAS, the African Union and the UN" the small model makes the second
    name an apposition of the subject: one across its head's verb, after a comma and a noun, is that noun's list's."""
    for i in np.flatnonzero(deps == doc.vocab.strings["appos"]).tolist():
        name, start = doc[i], doc[i].left_edge.i
        if name.pos_ != "PROPN" or start < 2 or doc[start - 1].text != ",":
            continue
        head, prev = name.head, doc[start - 2]  # (the list's last noun before the comma)
        if head.i < head.head.i < prev.i and prev.pos_ in ("PROPN", "NOUN") and prev.dep_ in ("pobj", "dobj", "conj"):
            name.head, name.dep_ = prev, "conj"
            doc[start - 1].head = prev


def _split_names(doc, deps) -> None:
    """In "Military-ruled Mali and Burkina Faso said" the small model makes the first name a modifier of the second,
    with the "and" hanging on it: a name so hung, with its own "and" or "or" before the name it modifies, is that
    name's first conjunct and takes its place in the clause. So with titled names ("Iranian President Ebrahim Raisi and
    Turkish President Recep Tayyip Erdogan", "al-Sisi and Somali President Hassan Sheikh Mohamud"), where the model also
    makes the second's title (or the word before it) a conjunct of the first and may hang the first on that title."""
    hung = np.isin(deps, [doc.vocab.strings[d] for d in ("nmod", "compound", "amod")])
    found = [i for i in np.flatnonzero(hung).tolist() if doc[i].pos_ == "PROPN" and doc[i].head.i > i]
    actors = {i for span in doc.spans.get(SPANS_KEY, ()) for i in range(span.start, span.end)} if found else set()
    for first in (doc[i] for i in found):
        name = first.head
        if name.dep_ == "compound" and name.head.i > name.i and name.head.ent_type_ == "PERSON" == first.ent_type_:
            name = name.head  # (hung on the second name's title)
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i < name.i for c in first.children)
        people = first.ent_type_ == "PERSON" == name.ent_type_
        if not joined or name.dep_ == "ROOT" or not ((first.i in actors and name.i in actors) or people):
            continue
        titles = [c for c in first.children if c.dep_ == "conj"]
        if (first.dep_ == "amod" and not people) or any(c.i > name.i or not people for c in titles):
            continue
        first.head, first.dep_ = name.head, name.dep_
        name.head, name.dep_ = first, "conj"
        for c in titles:  # the second's title: "Turkish President" (a noun), "Somali" (the word before its noun)
            c.head, c.dep_ = (name, "compound") if c.pos_ in ("NOUN", "PROPN") else (doc[c.i + 1], "amod")


def _doubled_objects(doc, deps) -> None:
    """In "the foreign ministers of the Democratic Republic of Congo and Rwanda" the small model, past the "of" inside the
    first name, gives the preposition a second object: a second object after "and" or "or" is the first's conjunct."""
    for i in np.flatnonzero(deps == doc.vocab.strings["pobj"]).tolist():
        second, prep = doc[i], doc[i].head
        first = next((c for c in prep.children if c.dep_ == "pobj" and c.i < second.i), None)
        if first is not None and any(t.lower_ in ("and", "or") for t in doc[first.i + 1 : second.left_edge.i]):
            second.head, second.dep_ = first, "conj"
