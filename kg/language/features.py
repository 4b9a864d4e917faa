"""Candidate -> named features: what the learnt relation decision sees of an actor pair.

The features are strings (value 1): the dependency path between the two actors (labels, and
labels with the lemmas on it), the word where the two paths meet, the trigger words of
``data/relations.yaml`` on the path and in the sentence, the roles and kinds of the two actors,
negation, modality and quotation, and the votes of the parse-based rules for this pair. A model
trained on these generalises from the labelled text to paths no rule names.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import Candidate
from .clauses import Clauses
from .rules import Rules, fits_modifiers, fits_words

__all__ = ["Featurizer"]

#: Tokens between the two actors whose lemmas are features, at most.
WINDOW = 12
#: Path lengths and token distances are bucketed at these bounds.
BUCKETS = (1, 2, 3, 4, 6, 9, 14)
NONE: frozenset[str] = frozenset()


def _bucket(n: int) -> str:
    return next((str(b) for b in BUCKETS if n <= b), "more")


class Featurizer:
    """Turns a :class:`Candidate` of a parsed sentence into a dict of named features."""

    def __init__(self, rules: Rules, clauses: Clauses, actor_types: dict[str, str]):
        self.lex = rules.lexicon
        self.clauses = clauses
        self.types = actor_types
        self.triggers: dict[str, set[str]] = {}  # callers must not change the sets returned
        for lemma, senses in rules.verbs.items():
            self.triggers.setdefault(lemma, set()).update(t.relation for t in senses)
        self.nouns, self.verbs = rules.nouns, rules.verbs
        self.worded = {lemma for lemma, senses in rules.verbs.items() if any(t.requires_words for t in senses)}
        self._doc, self._senses = None, {}
        for lemma, senses in rules.nouns.items():
            self.triggers.setdefault(lemma, set()).update(t.relation for t in senses)

    def relations_of(self, tok) -> set[str]:
        """The relations a word may trigger; a noun's modifiers rule senses out ("a trade war" is no attack), and so
        does a verb's phrase without the words a sense requires ("took Putin to a museum" is no lawsuit)."""
        lemma = tok.lemma_.lower()
        found = self.triggers.get(lemma, NONE)
        noun = lemma in self.nouns and tok.pos_ in ("NOUN", "PROPN")
        if not found or not (noun or lemma in self.worded):
            return found
        if tok.doc is not self._doc:  # a word's senses are read once per document: the features ask again and again
            self._doc, self._senses = tok.doc, {}
        if tok.i not in self._senses:
            senses = self.nouns[lemma] if noun else self.verbs[lemma]
            fits = {t.relation for t in senses if (fits_modifiers(t, tok) if noun else fits_words(t, tok))}
            self._senses[tok.i] = found - ({t.relation for t in senses} - fits)
        return self._senses[tok.i]

    def _governing_trigger(self, tok):
        """The nearest trigger word at or above ``tok``: the act the pair takes part in."""
        return next((t for t in (tok, *tok.ancestors) if self.relations_of(t)), None)

    def sentence_features(self, doc: Doc, start: int, end: int) -> dict[str, float]:
        """Features every pair of one sentence shares: the triggers it contains."""
        out: dict[str, float] = {}
        for tok in doc[start:end]:
            for rel in self.relations_of(tok):
                out[f"sent_trigger={rel}"] = 1.0
        return out

    def features(
        self,
        doc: Doc,
        cand: Candidate,
        votes: dict[tuple[str, str], set[str]],
        quoted: set[int],
        year: int | None,
        shared: dict[str, float],
    ) -> dict[str, float]:
        """The features of one candidate. ``votes`` maps (source, target) to the relations the rules found."""
        src, tgt, top = doc[cand.source.token], doc[cand.target.token], doc[cand.lca]
        n_up = cand.path.index(cand.lca)
        up = [doc[i].dep_ for i in cand.path[:n_up]]
        down = [doc[i].dep_ for i in cand.path[n_up + 1 :]]
        middle = [doc[i] for i in cand.path[1:-1]]
        lca_lemma = top.lemma_.lower()
        f = dict(shared)
        f.update(
            {
                f"lca={lca_lemma}": 1.0,
                f"lca_pos={top.pos_}": 1.0,
                f"shape={'^'.join(up)}|{top.pos_}|{'v'.join(down)}": 1.0,
                f"path={'^'.join(up)}|{lca_lemma}|{'v'.join(down)}": 1.0,
                f"roles={up[-1] if up else 'top'}|{down[0] if down else 'top'}": 1.0,
                f"roles_lca={up[-1] if up else 'top'}|{lca_lemma}|{down[0] if down else 'top'}": 1.0,
                f"src_dep={src.dep_}": 1.0,
                f"tgt_dep={tgt.dep_}": 1.0,
                f"src_via={cand.source.via}": 1.0,
                f"tgt_via={cand.target.via}": 1.0,
                f"src_type={self.types.get(cand.source.key, 'group')}": 1.0,
                f"tgt_type={self.types.get(cand.target.key, 'group')}": 1.0,
                f"order={'st' if src.i < tgt.i else 'ts'}": 1.0,
                f"path_len={_bucket(len(cand.path))}": 1.0,
                f"distance={_bucket(abs(src.i - tgt.i))}": 1.0,
            }
        )
        for tok in middle:
            lemma = tok.lemma_.lower()
            f[f"on_path={lemma}"] = 1.0
            for rel in self.relations_of(tok):
                f[f"path_trigger={rel}"] = 1.0
                f[f"path_trigger={rel}|{up[-1] if up else 'top'}|{down[0] if down else 'top'}"] = 1.0
        for rel in self.relations_of(top):
            f[f"lca_trigger={rel}"] = 1.0
        roles = f"{up[-1] if up else 'top'}|{down[0] if down else 'top'}"
        governor = self._governing_trigger(top)
        if governor is not None:
            for rel in self.relations_of(governor):
                f[f"gov_trigger={rel}"] = 1.0
                f[f"gov_trigger={rel}|{roles}"] = 1.0
                f[f"gov_trigger={rel}|{governor.lemma_.lower()}|{roles}"] = 1.0
        listed = (
            (src.head.i == tgt.i and src.dep_ == "conj")
            or (tgt.head.i == src.i and tgt.dep_ == "conj")
            or (src.dep_ == "conj" and tgt.dep_ == "conj" and top in (src.head, tgt.head))
        )
        for name in [k for k in shared if k.startswith("sent_trigger=")]:
            f[f"{name}|{roles}"] = 1.0
            if listed:
                f[f"{name}|listed"] = 1.0
        if listed:
            f["listed"] = 1.0
        lo, hi = sorted((src.i, tgt.i))
        for tok in doc[lo + 1 : min(hi, lo + 1 + WINDOW)]:
            if tok.pos_ in ("VERB", "NOUN", "ADJ", "ADP"):
                f[f"between={tok.lemma_.lower()}"] = 1.0
        if any(c.dep_ == "neg" for i in cand.path for c in doc[i].children):
            f["negated"] = 1.0
        modality = self.clauses.modality(top, year)
        f[f"modality={modality}"] = 1.0
        if src.i in quoted or tgt.i in quoted:
            f["quoted"] = 1.0
        for rel in votes.get((cand.source.key, cand.target.key), ()):
            f[f"rule={rel}"] = 1.0
        for rel in votes.get((cand.target.key, cand.source.key), ()):
            f[f"rule_reverse={rel}"] = 1.0
        return f
