"""More mends of the small model's parse, called by :func:`kg.language.repairs.verbs`: a list's name made an apposition
of the subject across the verb, the speaker's act joined to the clause said, a subject hung as an apposition inside a
phrase put before the verb, nouns read as verbs or clauses, attributions, relative clauses and conditions hung in the
wrong place, the partner of a phrase of manner; each function's docstring names its slip (a loop is given back)."""

from __future__ import annotations

import numpy as np
from spacy.attrs import HEAD, LOWER

from .namelists import mend_name_lists
from .openings import mend_openings
from .rules import load_rules

__all__ = ["acyclic", "mend_lists_and_subjects"]


def mend_lists_and_subjects(doc, deps) -> None:
    """Apply the mends of this module to ``doc`` (``deps``: its dependency labels as an array)."""
    _plurals_read_as_verbs(doc, deps)
    _nouns_read_as_clauses(doc, deps)
    mend_name_lists(doc, deps)
    _since_perfects(doc)
    _split_clause_subjects(doc)
    _second_relatives(doc, deps)
    _hidden_relatives(doc, deps)
    _answers_outside_claims(doc, deps)
    _trailing_attributions(doc, deps)
    _labels_hung_deep(doc, deps)
    _inverted_conditions(doc, deps)
    _conditions_on_speech(doc, deps)
    _idioms_of_grounds(doc)
    _negations_under_adverbs(doc)
    _labels_after_clauses(doc)
    _places_held_after_and(doc)
    _narrated_conjuncts(doc, deps)
    mend_openings(doc, deps)
    _manner_phrases(doc)
    _owners_after_and(doc, deps)
    _verbs_after_and(doc, deps)


def acyclic(doc) -> bool:
    """Whether every word's heads lead to a root (a loop would stop spaCy's spans from finding theirs)."""
    heads = (np.arange(len(doc)) + doc.to_array(HEAD).astype(np.int64)).tolist()
    done = [h == i for i, h in enumerate(heads)]  # the roots, then every word whose way up is known to end at one
    for start in range(len(doc)):
        path, i = set(), start
        while not done[i]:
            if i in path:
                return False
            path.add(i)
            i = heads[i]
        for j in path:
            done[j] = True
    return True


def _manner_phrases(doc) -> None:
    """In "broke off relations with Quito in solidarity with Mexico" the small model hangs "with Mexico" on "relations":
    a "with" right after "in" and a noun of manner (``manner_nouns``) the model hung on another noun is the manner's, not
    a partner of the act (one hung on the verb stays: "stood in solidarity with Kyiv"); so is one right after a noun of
    a boundary (``boundary_nouns``: "launched attacks along the border with Vietnam", hung on "attacks")."""
    found = np.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["with"]).tolist()
    lex = load_rules().lexicon if found else {}
    for i in found:
        noun = doc[i - 1] if i >= 2 else None
        manner = noun is not None and doc[i - 2].lower_ == "in" and noun.lower_ in lex["manner_nouns"]
        if not manner and (noun is None or noun.lemma_.lower() not in lex["boundary_nouns"] or noun.pos_ != "NOUN"):
            continue
        if doc[i].head.pos_ == "NOUN" and not doc[i].is_ancestor(noun):  # (no loop: "with" may head the noun)
            doc[i].head = noun


def _narrated_conjuncts(doc, deps) -> None:
    """In 'X said the resolution was "politically motivated" and rejected its demands' the small model joins the verb
    after the quoted words to the clause said (or "warned" in "said NATO's activity was provocative and warned that"): a
    subjectless verb after a closing quote and "and", or one of speech, joined to a clause said of a thing, is the speaker's."""
    found = np.flatnonzero(deps == doc.vocab.strings["conj"]).tolist()
    speech = load_rules().lexicon["speech_verbs"] if found else frozenset()
    for verb in (doc[i] for i in found):
        clause, i = verb.head, verb.i
        said = clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech else None
        quoted = i >= 2 and doc[i - 2].tag_ == "''"
        if said is None or verb.pos_ != "VERB" or doc[i - 1].lower_ != "and" or not (quoted or verb.lemma_.lower() in speech):
            continue
        subjects = [c for c in clause.children if c.dep_.startswith("nsubj")]
        things = subjects and all(s.pos_ == "NOUN" and s.ent_type_ == "" for s in subjects)
        if things and not any(c.dep_.startswith("nsubj") for c in verb.children):
            verb.head = doc[i - 1].head = said


def _labels_after_clauses(doc) -> None:
    """In "Egypt warned it would act after Ethiopia announced it had filled the dam, calling the move a violation" the
    small model hangs "calling" inside the clause of time: a labelling participle after a comma that closes such a
    clause (``time_marks``) is the main clause's."""
    lex = load_rules().lexicon
    for verb in (t for t in doc if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in lex["label_verbs"]):
        if not verb.i or doc[verb.i - 1].text != ",":
            continue
        timed = (a for a in verb.ancestors if a.dep_ == "advcl" and a.i < verb.i)
        clause = next((a for a in timed if any(c.dep_ == "mark" and c.lower_ in lex["time_marks"] for c in a.children)), None)
        if clause is not None:
            verb.head = clause.head


def _places_held_after_and(doc) -> None:
    """In "an embargo on imports from Iraq and occupied Kuwait" the small model reads "occupied" as a verb joined to "imposed":
    such a participle (``held_participles``) between "and" and a place is that place's adjective, the place a conjunct."""
    held = load_rules().lexicon["held_participles"]
    for verb in (t for t in doc if t.dep_ == "conj" and t.lower_ in held and 2 <= t.i < len(doc) - 1):
        first, place, cc = doc[verb.i - 2], doc[verb.i + 1], doc[verb.i - 1]
        places = first.ent_type_ in ("GPE", "LOC") and place.ent_type_ in ("GPE", "LOC") and first.dep_ == "pobj"
        if cc.lower_ != "and" or not places or place.head != verb or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        for c in [c for c in verb.children if c != place and c.i > place.i]:
            c.head = place
        verb.head, verb.dep_, place.head, place.dep_, cc.head = place, "amod", first, "conj", first


def _negations_under_adverbs(doc) -> None:
    """In 'would “absolutely not” allow the CIA to use bases' the small model hangs "not" on the adverb before it: the
    negation is the verb's."""
    for neg in (t for t in doc if t.lower_ in ("not", "never", "n't") and t.dep_ in ("dep", "neg", "advmod") and t.i):
        adverb = neg.head
        if adverb.i == neg.i - 1 and adverb.dep_ == "advmod" and adverb.pos_ == "ADV" and adverb.head.pos_ in ("VERB", "AUX"):
            neg.head, neg.dep_ = adverb.head, "neg"


def _since_perfects(doc) -> None:
    """In "Britain and the United States have since imposed sanctions on ..." the small model reads "since" as a
    preposition of "have" and the participle as a modifier of the noun after it: the participle is the verb, "have" its
    auxiliary, "since" an adverb and the noun its object."""
    for have in (t for t in doc if t.lemma_ == "have" and t.dep_ == "ROOT" and t.i + 2 < len(doc)):
        since, verb = doc[have.i + 1], doc[have.i + 2]
        if since.lower_ != "since" or verb.tag_ != "VBN" or verb.dep_ != "amod" or list(since.children) not in ([], [verb.head]):
            continue  # (the noun the parser made the object of "since")
        noun, moved = verb.head, [c for c in have.children if c.i not in (since.i, verb.i)]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "dobj"
        have.head, have.dep_ = verb, "aux"
        since.head, since.dep_ = verb, "advmod"
        for c in moved:
            c.head = verb


def _split_clause_subjects(doc) -> None:
    """In "Poland closed its border as Russia and Belarus began joint exercises" the small model makes "as" a preposition
    with the first name (or both) its object, the verb after them without its subject or with the second name alone:
    the names are the subjects of a clause that "as" (or "after", "while" ...) introduces."""
    for prep in (t for t in doc if t.dep_ == "prep" and t.lower_ in ("as", "after", "before", "while", "until")):
        first = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.i == prep.i + 1), None)
        end = first.right_edge.i + 1 if first is not None else len(doc)
        second = doc[end + 1] if end + 1 < len(doc) and doc[end].lower_ == "and" else None
        second = second if second is not None and second.dep_ == "nsubj" and second.pos_ == "PROPN" else None
        verb = second.head if second is not None else doc[min(end, len(doc) - 1)]
        if first is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < end:
            continue
        if second is None and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if second is not None:  # ("Russia and Belarus": the second name the verb's subject, the first the preposition's)
            second.head, second.dep_, doc[end].head = first, "conj", first
        first.head, first.dep_ = verb, "nsubj"
        prep.head, prep.dep_ = verb, "mark"
        verb.dep_ = "advcl" if verb.dep_ == "conj" else verb.dep_


def _second_relatives(doc, deps) -> None:
    """In "a move London described as hostile and Washington condemned as an escalation" the small model joins the second
    name to the first clause's words and hangs its verb on the noun as a participle: the name is the subject of a second
    clause on the noun."""
    for i in np.flatnonzero(deps == doc.vocab.strings["acl"]).tolist():
        verb, name = doc[i], doc[i - 1]
        if verb.tag_ != "VBD" or name.dep_ != "conj" or name.pos_ != "PROPN" or doc[name.left_edge.i - 1].lower_ != "and":
            continue
        first = next((a for a in name.ancestors if a.dep_ == "relcl"), None)
        if first is None or first.head != verb.head or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        name.head, name.dep_ = verb, "nsubj"
        doc[name.left_edge.i - 1].head = verb
        verb.dep_ = "relcl"


def _hidden_relatives(doc, deps) -> None:
    """In "a charge Asmara swiftly dismissed as baseless" the small model makes the name an apposition of the noun and the
    verb a participle on it or a clause of the main verb (or, with "Greece and Egypt denounced", the second name that
    verb's subject): a name in apposition to a common noun, followed by a past verb without a subject or object of its
    own, is that verb's subject in a clause on the noun."""
    for i in np.flatnonzero(deps == doc.vocab.strings["appos"]).tolist():
        name, noun = doc[i], doc[i].head
        end = name.right_edge.i + 1
        if name.pos_ != "PROPN" or noun.pos_ != "NOUN" or noun.i > name.i or end + 1 >= len(doc):
            continue
        second = doc[end + 1] if doc[end].lower_ == "and" and doc[end + 1].pos_ == "PROPN" else None
        start = second.right_edge.i + 1 if second is not None else end
        verb = next((t for t in doc[start:] if t.pos_ != "ADV"), None)
        if verb is None or verb.tag_ not in ("VBD", "VBN") or verb.i <= noun.i:
            continue
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp") and c != second]
        if own or (second is not None and second.head != verb) or verb.is_ancestor(noun):
            continue  # (a clause with its own subject or object is no clause on the noun; nor one above the noun)
        name.head, name.dep_ = verb, "nsubj"
        if second is not None:
            second.head, second.dep_, doc[end].head = name, "conj", name
        verb.head, verb.dep_ = noun, "relcl"


def _answers_outside_claims(doc, deps) -> None:
    """In "India hit back after Trudeau alleged that agents of New Delhi were linked to the killing, dismissing the
    allegation as absurd" the small model hangs the closing participle inside what was alleged: a participle after a
    comma whose object names what a verb above it made (``made_things``: "the allegation" of "alleged") answers that
    verb, and is hung where that verb hangs."""
    from .makers import made_things

    found = [i for i in np.flatnonzero(deps == doc.vocab.strings["advcl"]).tolist() if doc[i].tag_ == "VBG"]
    made = made_things(load_rules().lexicon["made_things"]) if found else {}
    for verb in (doc[i] for i in found):
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in made), None)
        if thing is None or doc[verb.left_edge.i - 1].text != ",":
            continue
        maker = next((a for a in verb.ancestors if a.lemma_.lower() in made[thing.lemma_.lower()] and a.pos_ == "VERB"), None)
        if maker is not None and maker.head != maker and maker.i < verb.i:
            verb.head = maker.head


def _trailing_attributions(doc, deps) -> None:
    """In "Britain is expelling 23 Russian diplomats, Prime Minister Theresa May told parliament" the small model makes the
    object the subject of the speech verb and the speaker its apposition: an object-less verb's clause said after it, whose
    subject stands before a comma and a named speaker, is the speaker's, and that noun the verb's object."""
    found = np.flatnonzero(deps == doc.vocab.strings["ccomp"]).tolist()
    speech = load_rules().lexicon["speech_verbs"] if found else frozenset()
    for said in (doc[i] for i in found):
        verb, noun = said.head, next((c for c in said.children if c.dep_ == "nsubj" and c.i < said.i), None)
        if noun is None or verb.dep_ != "ROOT" or verb.pos_ != "VERB" or said.lemma_.lower() not in speech or noun.i < verb.i:
            continue
        speaker = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)  # (or a second subject)
        speaker = speaker or next((c for c in said.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i > noun.i), None)
        if speaker is None or doc[speaker.left_edge.i - 1].text != "," or any(c.dep_ == "dobj" for c in verb.children):
            continue
        noun.head, noun.dep_ = verb, "dobj"
        speaker.head, speaker.dep_ = said, "nsubj"
        said.head, said.dep_ = said, "ROOT"
        verb.head, verb.dep_ = said, "ccomp"
        for c in [c for c in verb.children if c.dep_ == "punct" and c.i > said.i]:
            c.head = said


def _plurals_read_as_verbs(doc, deps) -> None:
    """In "Boko Haram militants overran a base" the small model tags the plural a verb and the name its subject: a word
    for those who fight or act for a state (``armed_nouns``, ``agentive_nouns``) so tagged, after a name and before its
    verb, is a plural noun that the name modifies."""
    subjects = np.flatnonzero(deps == doc.vocab.strings["nsubj"]).tolist()
    found = [doc[i] for i in subjects if i > 0 and doc[i].tag_ == "VBZ" and doc[i].head.i > i]
    lex = load_rules().lexicon if found else {}
    for noun in found:
        name = doc[noun.i - 1]
        if noun.lemma_.lower() not in lex["armed_nouns"] | lex["agentive_nouns"] or name.head != noun or name.pos_ != "PROPN":
            continue
        noun.pos_, noun.tag_ = "NOUN", "NNS"
        name.dep_ = "compound"


def _nouns_read_as_clauses(doc, deps) -> None:
    """In "Hamas turned down the latest Israeli ceasefire offer", "denied Afghan government claims that ..." or "imposed
    asset freezes and travel bans on Russian officials" the small model reads nouns as a clause or a verb object: a made
    thing (``made_things``) or an act's noun so read, with no other object on its verb, its subject bare or with a
    determiner or an adjective (or a list whose last item stands before it), is the verb's object."""
    from .makers import made_things

    clauses = (deps == doc.vocab.strings["ccomp"]) | (deps == doc.vocab.strings["conj"]) | (deps == doc.vocab.strings["dobj"])
    found = [doc[i] for i in np.flatnonzero(clauses).tolist() if doc[i].tag_ in ("VBZ", "VBP")]
    rules = load_rules() if found else None
    words = set(made_things(rules.lexicon["made_things"])) | set(rules.nouns) if found else set()
    for noun in (t for t in found if t.lemma_.lower() in words and t.head.pos_ == "VERB"):
        first, verb = doc[noun.i - 1], noun.head
        listed = first.dep_ == "conj" and first.head.head == noun and first.head.dep_ == "nsubj" and first.pos_ == "NOUN"
        verbs = [verb, *(x for x in verb.children if x.dep_ == "xcomp" and x.i < noun.i)]  # ("voted to impose ...")
        objects = [c for v in verbs for c in v.children if c.dep_ == "dobj" and c.i < noun.i]
        if noun.dep_ == "conj":  # "imposed an arms embargo, travel bans and asset freezes on Eritrea": the list goes on
            items = [d for o in objects[-1:] for d in (o, *o.conjuncts)]
            if not objects or not (listed or (first.dep_ == "conj" and first.head in items and first.pos_ == "NOUN")):
                continue
            if listed:  # ("travel bans and asset freezes" read as a clause: its subject goes on from the object)
                first.head.head, first.head.dep_ = objects[-1], "conj"
            noun.head, noun.dep_ = first.head, "conj"
        elif any(c.dep_ == "dobj" and c != noun for c in verb.children):
            continue
        elif listed:  # ("travel bans and asset freezes": the list is the object, its last item the noun)
            first.head.head, first.head.dep_ = verb, "dobj"
            noun.head, noun.dep_ = first.head, "conj"
        elif first.head == noun and first.dep_ == "nsubj" and first.pos_ == "NOUN":
            if first.n_lefts + first.n_rights and not any(c.dep_ in ("det", "amod") for c in first.children):  # or bare
                continue
            noun.dep_ = "dobj"
            for c in [c for c in first.children if c.dep_ in ("det", "amod", "poss")]:
                c.head = noun
        else:
            continue
        noun.pos_, noun.tag_ = "NOUN", "NNS" if noun.lower_.endswith("s") else "NN"
        first.head, first.dep_ = noun, "compound"
        for c in (c for c in noun.children if c.dep_ == "ccomp"):
            c.dep_ = "acl"
        for c in (c for c in noun.children if c.dep_ == "advcl" and objects):  # (", accusing ...": the clause's)
            c.head = objects[-1].head


def _labels_hung_deep(doc, deps) -> None:
    """In "described the arrest of a Serbian official by Kosovo police as a provocation" the small model hangs "as" on a
    noun deep inside the object: an "as" on a noun of the object's phrases (past "of" and "by") of a label verb without
    its own "as" is the verb's."""
    found = [doc[i] for i in np.flatnonzero(deps == doc.vocab.strings["prep"]).tolist() if doc[i].lower_ == "as"]
    labelling = load_rules().lexicon["label_verbs"] if found else frozenset()
    for as_ in (t for t in found if t.head.pos_ in ("NOUN", "PROPN") and t.head.dep_ == "pobj"):
        thing = next((a for a in as_.head.ancestors if a.dep_ == "dobj"), None)
        verb = thing.head if thing is not None else None
        if verb is None or verb.lemma_.lower() not in labelling or any(c.lower_ == "as" for c in verb.children):
            continue
        if all(
            a.dep_ in ("pobj", "prep") and a.lower_ not in ("as", "to")
            for a in as_.head.ancestors
            if a.i > thing.i and a in thing.subtree
        ):
            as_.head = verb


def _inverted_conditions(doc, deps) -> None:
    """In "Pyongyang would take countermeasures should Washington go ahead" the small model makes the inverted condition
    a second clause of the verb above: a clause opened by "should", "were" or "had" before its subject, right after
    another clause of the same verb, is a condition of that clause."""
    marks = np.isin(deps, [doc.vocab.strings[d] for d in ("aux", "auxpass", "ROOT", "ccomp")])
    for aux in (doc[i] for i in np.flatnonzero(marks).tolist() if doc[i].lower_ in ("should", "were", "had")):
        cond = aux.head if aux.dep_ != "ccomp" else aux
        if cond.dep_ != "ccomp" or aux.i != cond.left_edge.i or not any(c.dep_ == "nsubj" and c.i > aux.i for c in cond.children):
            continue
        before = [c for c in cond.head.children if c.dep_ == "ccomp" and c.right_edge.i == aux.i - 1]
        if before and before[0].pos_ in ("VERB", "AUX"):
            cond.head, cond.dep_ = before[0], "advcl"


def _conditions_on_speech(doc, deps) -> None:
    """In 'The Kremlin said Russia would take "retaliatory steps, both military-technical and other" if Finland joined
    NATO' the small model hangs the condition on the speech verb: an "if" or "unless" clause of a speech verb, after a
    clause it reports that tells of what would or will be, is that clause's condition (on its last verb of purpose)."""
    found = np.flatnonzero(deps == doc.vocab.strings["advcl"]).tolist()
    speech = load_rules().lexicon["speech_verbs"] if found else frozenset()
    for cond in (doc[i] for i in found):
        said = cond.head
        if said.lemma_.lower() not in speech or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cond.children):
            continue
        told = [c for c in said.children if c.dep_ == "ccomp" and c.i < cond.i and _modal(c)]
        if told:
            verb = told[0]
            while (more := [x for x in verb.children if x.dep_ == "xcomp"]) and more[0].i < cond.i:
                verb = more[0]
            cond.head = verb


def _modal(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might") for c in verb.children)


def _idioms_of_grounds(doc) -> None:
    """In "China suspended talks in protest at India's remarks" the small model hangs "in protest" on the object and "at
    India's remarks" elsewhere: an idiom of grounds ("in protest", "in response", "in retaliation": ``grounds_idioms``) is
    the verb's, and the preposition just after it the idiom noun's."""
    idioms = load_rules().lexicon["grounds_idioms"]
    for noun in (t for t in doc if t.lemma_.lower() in idioms and t.dep_ == "pobj" and t.head.lower_ == "in"):
        prep, after = noun.head, doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if any(c.dep_ == "det" for c in noun.children) or prep.i != noun.i - 1:
            continue  # ("in a protest", "in its response": not the idiom)
        if prep.head.dep_ in ("dobj", "pobj") and prep.head.head.pos_ == "VERB":
            prep.head = prep.head.head
        if after is not None and after.dep_ == "prep" and after.head != noun and after.lower_ in ("at", "over", "against", "to"):
            after.head = noun


def _owners_after_and(doc, deps) -> None:
    """In "sent warships to the Saudi campaign and Iran's foreign ministry condemned the strikes" the small model joins
    the owned noun to the object before "and": it is the subject of the subjectless verb after it, a clause of its own."""
    for noun in (doc[i] for i in np.flatnonzero(deps == doc.vocab.strings["conj"]).tolist() if i + 1 < len(doc)):
        verb, cc = doc[noun.i + 1], doc[noun.left_edge.i - 1] if noun.left_edge.i else noun
        owned = noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" for c in noun.children) and cc.lower_ == "and"
        if not owned or verb.tag_ not in ("VBD", "VBZ") or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        clause = next((a for a in noun.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is not None and clause not in verb.ancestors and verb not in clause.ancestors:
            noun.head, noun.dep_, cc.head, verb.head, verb.dep_ = verb, "nsubj", verb, clause, "conj"


def _verbs_after_and(doc, deps) -> None:
    """In "voted to suspend Syria's membership and threatened sanctions against Damascus" the small model takes the past
    verb after "and" for an adjective of the noun it takes, and joins the noun to the verb before: it is that verb's
    conjoined verb, the noun its object."""
    for i in np.flatnonzero(deps == doc.vocab.strings["amod"]).tolist():
        verb, cc = doc[i], doc[i - 1] if i else doc[i]
        noun, head = verb.head, cc.head
        if verb.tag_ != "VBD" or cc.lower_ != "and" or cc.dep_ != "cc" or head.pos_ != "VERB" or noun.i < verb.i:
            continue
        if noun.head == head and noun.dep_ in ("dobj", "conj"):
            verb.head, verb.dep_, noun.head, noun.dep_ = head, "conj", verb, "dobj"
