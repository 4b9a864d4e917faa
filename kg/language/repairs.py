"""Mend what the small model gets wrong after it has run: verbless parses of a name and a past verb, trigger nouns
taken for names or verbs, and lemmas (the components ``kg_verbs``, ``kg_title_nouns`` and ``kg_lemmas``, which
:func:`kg.language.nlp.load_nlp` adds)."""

from __future__ import annotations

import functools
import itertools
import re

import numpy as np
from spacy.attrs import DEP, HEAD, LOWER, SHAPE, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import PROPN, VERB

from .mends import acyclic, mend_lists_and_subjects
from .nlp import SPANS_KEY
from .rules import load_rules


@Language.component("kg_title_nouns")
def title_nouns(doc):
    """Give a capitalised trigger noun the tagger took for a name its noun lemma: title-case headlines ("Russia Imposes
    Sanctions", "Japan, South Korea Hold Talks") and subheadings run into a paragraph ("... Negotiations between"); and
    one it took for a verb that is an object ("signed a minerals deal", "deal" tagged a verb); and a noun for those who
    act that opens a sentence ("Rebels of the ADF ambushed ...")."""
    rules = load_rules()
    nouns, lex = rules.nouns, rules.lexicon
    objects = doc.vocab.strings["dobj"]  # (a verb with no words of its own, as an object)
    titled = [t for t in doc if (t.pos == PROPN and t.is_title) or (t.pos == VERB and t.dep == objects and not t.n_rights)]
    actors = {i for span in doc.spans.get(SPANS_KEY, ()) for i in range(span.start, span.end)} if titled else set()
    for tok in titled:
        if tok.i in actors:
            continue
        word = tok.lower_
        forms = (word, word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else (word,)  # talks, taxes, parties
        opening = tok.is_sent_start
        lemma = next(
            (f for f in forms if f in nouns or (opening and (f in lex["agentive_nouns"] or f in lex["armed_nouns"]))), None
        )
        if lemma is not None:  # (or one who acts, opening a sentence: "Rebels of the ADF ambushed")
            tok.lemma_, tok.pos_ = lemma, "NOUN"
    return doc


@Language.component("kg_verbs")
def verbs(doc):
    """Mend a verbless parse the small model makes of a name and a past verb: it reads "Trump imposed tariffs on China"
    as a noun phrase, the verb a participle describing its object; the name becomes the verb's subject and the noun its
    object. More of its slips are mended after (each function below, or in :mod:`.mends`, tells which); a parse a mend
    leaves with a loop is given back as the model made it."""
    tags, deps, parse = doc.to_array(TAG), doc.to_array(DEP), doc.to_array([HEAD, DEP])
    past = np.isin(tags, [doc.vocab.strings["VBD"], doc.vocab.strings["VBN"]]) & (deps == doc.vocab.strings["amod"])
    found = np.flatnonzero(past).tolist()  # one array pass, not a Python loop over every word
    actors = {i for span in doc.spans.get(SPANS_KEY, ()) for i in range(span.start, span.end)} if found else set()
    for v in (doc[i] for i in found):
        if v.head.i <= v.i or v.i == 0:
            continue
        root, subj, obj = v.sent.root, doc[v.i - 1], v.head
        named = subj.pos_ in ("PROPN", "NOUN") or subj.i in actors  # "ECOWAS" may be tagged a verb
        if not named or subj.ent_type_ in ("DATE", "TIME") or (root.pos_ in ("VERB", "AUX") and root != subj):
            continue
        if subj == root:  # "Trump imposed tariffs": the name is the root, the noun its object
            moved, owner = [c for c in subj.children if c.i > v.i and c != obj], v
        elif subj.head == obj and obj == root and subj.dep_ in ("nmod", "compound", "npadvmod"):
            moved, owner = [c for c in obj.children if c.i < subj.i], None  # "Hungary's Orban vetoed EU aid"
        elif subj.head == v and subj.dep_ == "nsubj" and obj == root:  # "ECOWAS threatened military action": the
            moved, owner = [c for c in obj.children if c.dep_ == "punct"], v  # subject found, the verb made a modifier
        else:
            continue
        v.head, v.dep_ = v, "ROOT"
        subj.head, subj.dep_ = v, "nsubj"
        obj.head, obj.dep_ = v, "dobj"
        for c in moved:  # the name's own modifiers stay with it; the clause's adverbials and punctuation go to the verb
            c.head = owner or (subj if c.dep_ in ("poss", "compound", "amod", "det") else v)
    _clause_subjects(doc, deps)
    _hung_clauses(doc, deps)
    _headline_verbs(doc, tags, deps)
    _past_clauses(doc, tags, deps)
    _reported_clauses(doc, tags, deps)
    _gerund_nouns(doc, tags, deps)
    _fronted_names(doc, deps)
    _stated_clauses(doc, deps)
    _attributed_objects(doc, deps)
    _fronted_predicates(doc)
    _changed_preps(doc, deps)
    _charge_clauses(doc)
    _visiting_guests(doc)
    _called_names(doc)
    _quoted_labels(doc, tags)
    mend_lists_and_subjects(doc, deps)
    if not acyclic(doc):  # a mend that met a parse it was not written for left a loop: the model's own parse stays
        doc.from_array([HEAD, DEP], parse)
    return doc


def _charge_clauses(doc) -> None:
    """In "X said ..., a charge Afghan spokesperson Abdul Balkhi rejected Thursday" the small model reads the claim noun
    as a modifier of the name after it and leaves the verb without its object (or subject): a claim noun
    (``claim_nouns``) after a comma and "a" sums up the sentence's main clause, and the first finite verb after it is
    a clause on it, with the name just before that verb its subject ("X blamed India, a charge New Delhi rejected")."""
    found = [i for i in np.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["a"]).tolist() if 0 < i < len(doc) - 3]
    claims = load_rules().lexicon["claim_nouns"] if found else frozenset()
    for i in found:
        noun, root = doc[i + 1], doc[i].sent.root
        if doc[i - 1].text != "," or noun.lemma_.lower() not in claims:
            continue
        said = next((c for c in root.children if c.dep_ == "ccomp" and c.i < i), None) if noun.head == root else None
        name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if noun.dep_ == "nsubj" and said is not None and name is not None and root.pos_ == "VERB":
            # (or the verb after it the root, the main clause its ccomp: "Ethiopia blamed Eritrea, a charge Asmara dismissed")
            said.head, said.dep_ = said, "ROOT"
            for c in [c for c in root.children if c.dep_ == "punct"]:
                c.head = said
            noun.head, noun.dep_, root.head, root.dep_ = said, "npadvmod", noun, "relcl"
            name.head, name.dep_ = root, "nsubj"
            continue
        if noun.dep_ not in ("amod", "compound", "nmod"):
            continue
        verb = next((t for t in doc[i + 2 : i + 12] if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")), None)
        if verb is None or verb == root or root.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
            continue
        name = doc[verb.i - 1]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and (name.pos_ not in ("PROPN", "NOUN") or verb in name.ancestors):
            continue
        noun.head, noun.dep_, doc[i].head = root, "npadvmod", noun
        verb.head, verb.dep_ = noun, "relcl"
        if subject is None:
            name.head, name.dep_ = verb, "nsubj"


def _changed_preps(doc, deps) -> None:
    """In "a tariff hike on American steel" the target hangs on the change, not on the act: a phrase after a noun of
    change (``change_nouns``) goes to the noun compounded with it ("tariff ... on American steel")."""
    found = np.flatnonzero(deps == doc.vocab.strings["compound"]).tolist()
    changes = load_rules().lexicon["change_nouns"] if found else frozenset()
    for noun, head in ((doc[i], doc[i].head) for i in found):
        if head.i == noun.i + 1 and noun.pos_ == "NOUN" and head.lemma_.lower() in changes:
            for prep in [c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("on", "against", "to", "for")]:
                prep.head = noun


def _called_names(doc) -> None:
    """In "Putin called Erdogan" the small model makes the name a label ("called him a liar"): a name of the actor
    ruler's that is the only complement of "call" is whom was called."""
    found = np.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["oprd"]).tolist()  # one array pass, as above
    actors = {span.start for span in doc.spans.get(SPANS_KEY, ())} if found else set()
    for tok in (doc[i] for i in found):
        named = tok.pos_ == "PROPN" and tok.head.lemma_ == "call" and actors & set(range(tok.left_edge.i, tok.i + 1))
        if named and not any(c.dep_ in ("dobj", "dative") for c in tok.head.children):
            tok.dep_ = "dobj"


def _quoted_labels(doc, tags) -> None:
    """Give a label verb the quoted label the small model hung on its object ("called the raid 'a flagrant violation'")."""
    found = [doc[i] for i in np.flatnonzero(tags == doc.vocab.strings["``"]).tolist() if i < len(doc) - 1]
    labelling = load_rules().lexicon["label_verbs"] if found else frozenset()
    for quote in found:
        label, thing = doc[quote.i + 1].head, quote.head  # an apposition, or the quote read as a possessive's case
        opens = label.left_edge.i == quote.i + 1  # (the quote opens the label: not "Erdogan, his 'dear friend'")
        if thing.dep_ == "poss" and quote.dep_ == "case" and thing.head == label and label.head.lemma_.lower() in labelling:
            thing.head, thing.dep_, label.dep_ = label.head, "dobj", "oprd"
        elif opens and label.dep_ == "appos" and label.head.dep_ == "dobj" and label.head.head.lemma_.lower() in labelling:
            label.head, label.dep_ = label.head.head, "oprd"


def _visiting_guests(doc) -> None:
    """In "Xi told visiting U.S. Secretary of State Antony Blinken that ..." the small model makes "visiting" a clause
    under the verb, with the guest its object: "visiting" right after a verb with no object of its own describes the
    guest, who is the verb's object, and what hung on "visiting" after the guest hangs on the verb; so does
    "neighbouring" ("accused neighbouring Guyana of ..."; ``describing_participles``)."""
    words = tuple(load_rules().lexicon["describing_participles"])
    for visiting in (doc[i] for i in np.flatnonzero(np.isin(doc.to_array(LOWER), _ids(words))).tolist()):
        verb, guest = visiting.head, next((c for c in visiting.children if c.dep_ == "dobj"), None)
        if visiting.i == 0 or verb.i != visiting.i - 1 or verb.pos_ != "VERB" or guest is None or guest.pos_ != "PROPN":
            continue
        if visiting.dep_ not in ("xcomp", "advcl", "ccomp") or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for c in [c for c in visiting.children if c.i > guest.right_edge.i]:
            c.head = verb
        guest.head, guest.dep_ = verb, "dobj"
        visiting.head, visiting.dep_ = guest, "amod"


def _fronted_predicates(doc) -> None:
    """In "dismissed as 'absurd' his idea" the small model makes the object the object of "as": a noun whose
    determiner comes after a label that "as" carries is the object of the verb, when the verb has none."""
    for i in np.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["as"]).tolist():
        prep = doc[i]
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        det = next((c for c in obj.lefts if c.dep_ in ("det", "poss")), None) if obj is not None else None
        # a label between "as" and the object's determiner: 'as "Russophobic" a British report'
        if det is not None and any(t.pos_ in ("ADJ", "PROPN", "NOUN") for t in doc[i + 1 : det.i]):
            obj.head, obj.dep_ = verb, "dobj"


def _attributed_objects(doc, deps) -> None:
    """In "American bombers struck three Iranian sites, including ..., Trump announced" the small model hangs the
    object on the attribution after it: an object before a speech verb whose subject sits between them is the object
    of the verb the attribution hangs on."""
    heads = doc.to_array(HEAD).astype(np.int64)  # offsets: an object's head after it is the odd case
    found = np.flatnonzero((deps == doc.vocab.strings["dobj"]) & (heads > 0)).tolist()
    speech = load_rules().lexicon["speech_verbs"] if found else frozenset()
    for obj in (doc[i] for i in found):
        verb = obj.head
        said = verb.lemma_.lower() in speech and verb.dep_ in ("ccomp", "parataxis") and verb.head.i < obj.i
        said = said and obj.tag_ not in ("WP", "WDT")  # "struck what it described as hideouts": a relative's own
        if said and any(c.dep_ == "nsubj" and obj.i < c.i < verb.i for c in verb.children):
            outer = verb.head
            if outer.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in outer.children):
                obj.head = outer


def _headline_verbs(doc, tags, deps) -> None:
    """In a headline the small model reads a present verb after a name as a noun the name modifies ("Zelenskiy rebuffs
    Trump's land-swap idea", "Sharif, Xi pledge to deepen ties"): a verbless sentence whose root is a trigger verb's
    form, with no article and a name right before it, is that verb with the names as its subjects."""
    nouns = np.isin(tags, [doc.vocab.strings["NN"], doc.vocab.strings["NNS"]]) & (deps == doc.vocab.strings["ROOT"])
    # one array pass, not a walk over the sentences; a root the mends above made an object is one no more
    roots = [doc[i] for i in np.flatnonzero(nouns).tolist() if i > 0 and doc[i].dep_ == "ROOT"]
    if not roots:
        return
    verbs = load_rules().verbs
    actors = {i for span in doc.spans.get(SPANS_KEY, ()) for i in range(span.start, span.end)}
    for root in roots:
        name = doc[root.i - 1]
        named = name.i in actors and name.head == root and name.dep_ in ("compound", "nmod", "intj")
        # "Malaysia, Vietnam and Taiwan contest China's claims": parsed as a clause, with subject and object, all the same
        clause = any(c.dep_ in ("nsubj", "nmod") for c in root.lefts) and any(c.dep_ == "dobj" for c in root.rights)
        if not (named or clause) or root.lemma_.lower() not in verbs:
            continue
        if any(c.dep_ == "det" or c.pos_ == "ADJ" for c in root.lefts):
            continue  # "the Biden talks", "new sanctions": a noun after all
        root.pos_, root.tag_ = "VERB", "VBZ" if root.tag_ == "NNS" else "VBP"
        if not named:
            continue
        name.dep_ = "nsubj"
        first = next((c for c in root.lefts if c.dep_ == "dep" and c.pos_ == "PROPN"), None)
        if first is not None:  # "Pakistan's Sharif, Xi pledge": the name listed first heads the subjects
            first.dep_, name.head, name.dep_ = "nsubj", first, "conj"
        for c in root.rights:  # "pledge to deepen ties", "vow to keep targeting U.S. ships"
            c.dep_ = "xcomp" if c.dep_ in ("acl", "advcl") and any(a.lower_ == "to" for a in c.lefts) else c.dep_


def _past_clauses(doc, tags, deps) -> None:
    """In "Qatar's emir, Sheikh Tamim, spoke by telephone with Biden" the small model reads the past verb as a clause
    describing the noun root ("the emir spoke by telephone", "by" its agent): a past-tense form is no participle, so
    the verb becomes the root, with the noun its subject and "by" a preposition."""
    found = np.flatnonzero((tags == doc.vocab.strings["VBD"]) & (deps == doc.vocab.strings["acl"])).tolist()
    for v in (doc[i] for i in found):
        noun = v.head
        if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > v.i:
            continue
        v.head, v.dep_ = v, "ROOT"
        noun.head, noun.dep_ = v, "nsubj"
        for c in v.children:
            c.dep_ = "prep" if c.dep_ == "agent" else c.dep_


def _reported_clauses(doc, tags, deps) -> None:
    """In "Israeli airstrikes killed 30 people in Gaza, health officials said" the small model reads the verb as a
    participle describing its subject, and the subject as the attribution's: a participle with an object of its own,
    on a subject of a speech verb after it that has its own subject too, is the clause said."""
    found = np.flatnonzero((tags == doc.vocab.strings["VBN"]) & (deps == doc.vocab.strings["acl"])).tolist()
    speech = load_rules().lexicon["speech_verbs"] if found else frozenset()
    for v in (doc[i] for i in found):
        noun, said = v.head, v.head.head
        if noun.dep_ != "nsubj" or noun.i > v.i or said.i < v.i or said.lemma_.lower() not in speech:
            continue
        if any(c.dep_ == "dobj" for c in v.children) and any(c.dep_ == "nsubj" and c.i > v.i for c in said.children):
            v.head, v.dep_, v.tag_ = said, "ccomp", "VBD"
            noun.head = v


def _gerund_nouns(doc, tags, deps) -> None:
    """In "Russian shelling in Kharkiv killed ten people" the small model tags "shelling" a verb, the clause's subject:
    a gerund an adjective describes, with no subject or object of its own, is a noun, its lemma the word itself; so is
    a bare verb form made a clause's subject ("Aid to Afghanistan was suspended": "aid" tagged a verb), a gerund subject
    told with its doer ("Shelling by Azerbaijani forces hit the town"), and an adjective object after its article
    ("launched a major offensive deep inside Eritrea")."""
    heads = doc.to_array(HEAD).astype(np.int64) + np.arange(len(doc))
    found = {heads[i] for i in np.flatnonzero(deps == doc.vocab.strings["amod"]).tolist() if heads[i] > i}
    found = [i for i in sorted(found) if tags[i] == doc.vocab.strings["VBG"]]
    subjects = np.isin(deps, [doc.vocab.strings["csubj"], doc.vocab.strings["csubjpass"]])
    found += np.flatnonzero(subjects & (tags == doc.vocab.strings["VB"])).tolist()
    gerunds = np.flatnonzero(subjects & (tags == doc.vocab.strings["VBG"])).tolist()  # "Shelling by Azerbaijani forces hit"
    found += [i for i in gerunds if any(c.dep_ == "prep" and c.lower_ == "by" for c in doc[i].children)]
    objects = np.flatnonzero((deps == doc.vocab.strings["dobj"]) & (tags == doc.vocab.strings["JJ"])).tolist()
    found += [i for i in objects if any(c.dep_ == "det" for c in doc[i].lefts)]
    for g in (doc[i] for i in found):
        if not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux") for c in g.children):
            g.pos_, g.tag_, g.lemma_ = "NOUN", "NN", g.lower_ if g.tag_ in ("VBG", "JJ") else g.lemma_
            g.dep_ = {"csubj": "nsubj", "csubjpass": "nsubjpass"}.get(g.dep_, g.dep_)


def _fronted_names(doc, deps) -> None:
    """In "Blinken, on a visit to Cairo, urged Egypt to ..." the small model makes the name set off by a comma a clause
    on the verb, and in "Turkey massed troops ... and warned Damascus" the name right before it a noun's modifier: a
    name of the actor ruler's so hung on a verb after it, the verb having no subject, is it."""
    found = np.flatnonzero(np.isin(deps, _ids(("advcl", "npadvmod")))).tolist()
    starts = {span.start: span.end for span in doc.spans.get(SPANS_KEY, ())} if found else {}
    for tok in (doc[i] for i in found):
        verb, start = tok.head, tok.left_edge.i
        if tok.pos_ != "PROPN" or verb.i < tok.i or verb.pos_ != "VERB" or starts.get(start, 0) <= tok.i:
            continue
        finite = verb.i == tok.i + 1 and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ not in ("amod", "acl")
        set_off = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "," if tok.dep_ == "advcl" else finite
        if set_off and not any(c.dep_.startswith("nsubj") for c in verb.children):
            tok.dep_ = "nsubj"


def _stated_clauses(doc, deps) -> None:
    """In "the ministry said in a statement that the United States was responsible" the small model hangs the clause
    said on "statement": a "that" clause on a text (``voice_nouns``) that a speech verb is said "in" is the verb's."""
    found = np.flatnonzero(deps == doc.vocab.strings["acl"]).tolist()
    lex = load_rules().lexicon if found else {}
    for clause in (doc[i] for i in found):
        text, said = clause.head, clause.head.head.head
        if text.dep_ != "pobj" or text.head.lower_ != "in" or text.lemma_.lower() not in lex["voice_nouns"]:
            continue
        if said.lemma_.lower() in lex["speech_verbs"] and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            clause.head, clause.dep_ = said, "ccomp"


def _hung_clauses(doc, deps) -> None:
    """Clauses the small model hangs on the wrong noun: in "began joint drills on Monday, which Pyongyang condemned as a
    rehearsal" a relative clause whose object is "which" or "that", on a date after the verb's object, is the object's;
    in "expressed concern over a treaty signed by Putin and Kim" a signing right after an agreement is the agreement's."""
    lex = load_rules().lexicon
    for clause in (doc[i] for i in np.flatnonzero(np.isin(deps, _ids(("relcl", "acl")))).tolist()):
        date, pact = clause.head, doc[clause.i - 1]
        if clause.dep_ == "acl" and clause.lemma_.lower() in lex["copresence_verbs"] and pact.head.head == clause.head:
            clause.head = pact if pact.dep_ == "pobj" and pact.lemma_.lower() in lex["agreement_nouns"] else clause.head
        elif clause.dep_ == "relcl" and date.ent_type_ in ("DATE", "TIME") and date.dep_ == "pobj" and date.head.dep_ == "prep":
            which = any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in clause.children)
            clause.head = next((o for o in date.head.head.children if o.dep_ == "dobj" and o.i < date.i), date) if which else date


def _clause_subjects(doc, deps) -> None:
    """In "Hamas fired rockets at Tel Aviv and Israel pounded Gaza" the small model joins "Israel" to "Tel Aviv" and
    leaves "pounded" with no subject of its own: a name between "and" and a conjoined verb is that verb's subject (also
    past a clause set off by commas: "and Iran, which Riyadh accuses of arming the Houthis, called")."""
    for i in np.flatnonzero(np.isin(deps, [doc.vocab.strings["conj"], doc.vocab.strings["advcl"]])).tolist():
        v = doc[i]
        bound = any(c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in v.children)  # (its own subject, or "if", "as")
        if v.pos_ != "VERB" or i < 3 or v.tag_ not in ("VBD", "VBZ", "VBP") or bound:
            continue
        name = doc[i - 1]  # "and Israel pounded", "and South Africa withdrew", "and the United States struck"
        set_off = [c for c in doc[i - 2].ancestors if c.dep_ == "conj" and doc[c.i + 1].text == ","] if name.text == "," else []
        if v.dep_ == "advcl" and not set_off:
            continue
        name = next((c for c in set_off if any(k.dep_ in ("relcl", "appos") for k in c.children)), name)
        cc = doc[max(name.left_edge.i - 1, 0)]
        framed = name.i != i - 1  # (its clause set off after it)
        bare = all((c.dep_ in ("compound", "det") and c.i < name.i) or (framed and c.i > name.i) for c in name.children)
        if name.pos_ == "PROPN" and name.dep_ == "conj" and bare and cc.dep_ == "cc" and cc.head == name.head:
            name.head, name.dep_ = v, "nsubj"
            cc.head = v.head


@Language.component("kg_lemmas")
def lemmas(doc):
    """Mend the forms the small model lemmatises wrongly ("hopes" -> "hop", "lambasted" -> "lambast"), from the
    lexicon's ``lemma_fixes``; and read a weapon's model name ("F-16s", "S-400", "MiG-29") as a weapon."""
    fixes = _pairs(load_rules().lexicon["lemma_fixes"])
    for i in np.flatnonzero(np.isin(doc.to_array(LOWER), _ids(tuple(fixes)))).tolist():  # one array pass, not a loop
        doc[i].lemma_ = fixes[doc[i].lower_]
    for i in np.flatnonzero(np.isin(doc.to_array(SHAPE), _ids(MODEL_SHAPES))).tolist():
        if MODEL_NAME.match(doc[i].text):
            doc[i].lemma_, doc[i].pos_ = "weapon", "NOUN"
    return doc


#: A weapon's model name: a short capitalised prefix, a hyphen, a number ("F-16s", "S-400", "Su-35", "MiG-29"); not
#: a group of states ("G-20").
MODEL_NAME = re.compile(r"(?!G-)[A-Z][A-Za-z]{0,3}-\d{1,3}s?$")
MODEL_SHAPES = tuple(
    f"X{''.join(p)}-{'d' * n}{s}"
    for k in range(4)
    for p in itertools.product("Xx", repeat=k)
    for n in (1, 2, 3)
    for s in ("", "x")
)


@functools.cache
def _ids(words: tuple[str, ...]) -> np.ndarray:
    """The string store's ids of ``words`` (hashes, the same in every vocabulary), computed once."""
    return np.fromiter((get_string_id(w) for w in words), dtype=np.uint64)


@functools.cache
def _pairs(entries: frozenset[str]) -> dict[str, str]:
    """``lemma_fixes`` entries ("hopes hope") as a map from the form to its lemma."""
    return dict(entry.split() for entry in entries)
