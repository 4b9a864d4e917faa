"""Doc -> events: the parse-based rules and the learnt relation decision behind one interface.

Modes (``--relations`` on the CLI):

- ``rules``: the events of :mod:`kg.language.parse_rules` alone;
- ``learned``: every candidate pair (:mod:`kg.language.candidates`) whose relation the model
  (:mod:`kg.language.classifier`) scores over its threshold;
- ``both`` (the default): the rules' events, plus the learnt events over the model's joint
  thresholds: the cuts that made the rules' and the model's events together best on held-out
  training stories (the rules' votes are features of the model, so it knows where they are precise).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..config import RELATION_MODES
from ..errors import KgError
from ..model import Article, ArticleResult, Event
from .candidates import Candidate, candidates, sentence_start
from .classifier import RelationModel
from .features import Featurizer
from .parse_rules import RuleExtractor
from .refs import Found
from .resolve import Resolver

__all__ = ["MODES", "Extractor", "Scored", "extract_articles"]

MODES = RELATION_MODES
#: Prepositions whose object is the other side of an act: members of a list there are not together ("relations with
#: Canada and Mexico"), unless the act is multilateral ("joint exercises with China and Iran").
COUNTERPART_PREPS = frozenset({"with", "to", "against", "on", "toward", "towards", "over"})


@dataclasses.dataclass(frozen=True)
class Scored:
    """A candidate of one sentence with its features, ready for the model."""

    sentence: Span
    candidate: Candidate
    features: dict[str, float]


@dataclasses.dataclass(frozen=True)
class Readings:
    """What the rules read in one article: the words of each pair's acts per sentence ("broke their ceasefire with"
    is a violation, not "broke off ties"), and who does each act at a word ("Somali soldiers, supported by the U.S.
    military, fight al-Shabab" is no support by al-Shabab)."""

    words: dict[tuple[int, str, str], dict[str, set[str]]]  # (sentence, source, target) -> trigger word -> relations
    doers: dict[tuple[int, str, str], set[str]]  # (sentence, trigger word, relation) -> sources

    @classmethod
    def of(cls, events: Iterable[Event], relations: dict) -> Readings:
        words: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        doers: dict[tuple, set[str]] = defaultdict(set)
        for e in events:
            words[e.char_start, e.source, e.target][e.trigger].add(e.relation)
            if relations[e.relation].symmetric:
                words[e.char_start, e.target, e.source][e.trigger].add(e.relation)
            doers[e.char_start, e.trigger, e.relation].add(e.source)
        return cls(dict(words), dict(doers))


class Extractor:
    """Turns parsed articles into events; holds the rules, gazetteer and model, no per-doc state.

    Args:
        mode: ``rules``, ``learned`` or ``both``.
        model: a trained :class:`RelationModel`; the packaged one by default.
    """

    def __init__(self, mode: str = "both", model: RelationModel | None = None, rules=None, gazetteer=None):
        if mode not in MODES:
            raise KgError(f"unknown relation mode {mode!r} (valid: {', '.join(MODES)})")
        self.mode = mode
        self.rule_extractor = RuleExtractor(rules, gazetteer)
        self.rules = self.rule_extractor.rules
        self.model = None if mode == "rules" else (model or RelationModel.default())
        types = {k: a.type for k, a in self.rule_extractor.gaz.actors.items()}
        self.featurizer = Featurizer(self.rules, self.rule_extractor.clauses, types)

    def extract(self, doc: Doc, article: Article) -> ArticleResult:
        """All events of one parsed article, deduplicated per sentence, and their actors; an article whose extraction
        fails gives none and says why (``error``), so one odd parse does not stop a build of thousands."""
        try:
            return self._extract(doc, article)
        except Exception as exc:  # (any failure of one article is reported, and the others go through)
            first = next(iter(str(exc).splitlines()), "")
            return ArticleResult(article, error=f"{type(exc).__name__}: {first}")

    def _extract(self, doc: Doc, article: Article) -> ArticleResult:
        res = self.rule_extractor.resolver(doc, article)
        by_rules = self.rule_extractor.extract(doc, article, res)
        if self.mode == "rules":
            return by_rules
        found: dict[tuple, Event] = {}
        items = list(self.featurize(doc, article, res, by_rules.events))
        scored = list(zip(items, self.model.scores_many([item.features for item in items])))
        # the rules read direction from the parse: where they find only "A did X to B", B doing Y to A is not learnt
        ruled = {(e.char_start, e.source, e.target) for e in by_rules.events}
        ruled |= {(e.char_start, e.target, e.source) for e in by_rules.events if self.rules.relations[e.relation].symmetric}
        readings = Readings.of(by_rules.events, self.rules.relations)
        thresholds = self.model.joint_thresholds if self.mode == "both" else self.model.thresholds
        for item, probs in scored:
            start, src, tgt = sentence_start(item.sentence), item.candidate.source.key, item.candidate.target.key
            reversed_only = (start, tgt, src) in ruled and (start, src, tgt) not in ruled
            for relation, p in probs.items():
                if reversed_only and not self.rules.relations[relation].symmetric:
                    continue
                if p >= thresholds[relation] and self._allowed(item, relation):
                    self._keep(found, self._learned_event(article, item, res, relation, p, readings))
        if self.mode == "both":
            ruled_keys: set[tuple] = set()
            for event in sorted(by_rules.events, key=lambda e: -e.confidence):
                key = self.rule_extractor.key(event)
                if key in ruled_keys:
                    continue
                # the rules' evidence names the word of the act; the model's agreement may raise its confidence
                learned = found.get(key)
                found[key] = (
                    event if learned is None else dataclasses.replace(event, confidence=max(event.confidence, learned.confidence))
                )
                ruled_keys.add(key)
        events = sorted(found.values(), key=lambda e: (e.char_start, e.source, e.relation, e.target))
        actors = {k: self.rule_extractor.actor(k) for e in events for k in (e.source, e.target)}
        return ArticleResult(article, events, actors)

    def featurize(self, doc: Doc, article: Article, res: Resolver, rule_events: Iterable[Event]) -> Iterator[Scored]:
        """Every candidate of every sentence with its features; the rules' events are its votes."""
        votes: dict[int, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
        for e in rule_events:
            votes[e.char_start][(e.source, e.target)].add(e.relation)
            if self.rules.relations[e.relation].symmetric:
                votes[e.char_start][(e.target, e.source)].add(e.relation)
        for sent in doc.sents:
            pairs = candidates(res, sent)
            if not pairs:
                continue
            shared = self.featurizer.sentence_features(doc, sent.start, sent.end)
            sent_votes = votes.get(sentence_start(sent), {})
            for cand in pairs:
                yield Scored(sent, cand, self.featurizer.features(doc, cand, sent_votes, res.quoted, res.year, shared))

    def _allowed(self, item: Scored, relation: str) -> bool:
        """Pairs no asymmetric relation joins: members of one list ("Italy, Poland and Austria opposed ...": they act
        together, not on each other) and an owner with what it owns ("Yemen's Houthis", "Russia's Wagner Group");
        members of a list another act names are not together either."""
        f = item.features
        if self.rules.relations[relation].symmetric:
            return not self._named_by_other_act(item, relation)
        if "listed" in f:
            return False
        return not (len(item.candidate.path) == 2 and ("src_dep=poss" in f or "tgt_dep=poss" in f))

    def _named_by_other_act(self, item: Scored, relation: str) -> bool:
        """Both ends in one phrase that is the agent or object of a verb of another kind, or the other side of an act:
        "criticized by the US, France and China", "a meeting requested by A, B and C", "credited Britain and France",
        "relations with Canada and Mexico" do not bring them together."""
        doc = item.sentence.doc
        head = _phrase_head(doc[item.candidate.source.token])
        if head.i != _phrase_head(doc[item.candidate.target.token]).i:
            return False
        if head.dep_ == "pobj" and head.head.dep_ == "agent":
            verb = head.head.head
        elif head.dep_ == "dobj":
            verb = head.head
        elif head.dep_ == "pobj" and head.head.lower_ in COUNTERPART_PREPS:  # "roiled relations with Canada and Mexico"
            return not any(t.multilateral for t in self.rules.nouns.get(head.head.head.lemma_.lower(), ()))
        else:
            return False
        # praise of several does not bring them together ("credited Britain and France for their role")
        return relation not in self.featurizer.relations_of(verb) or verb.lemma_.lower() in self.rules.lexicon["praise_verbs"]

    def _keep(self, found: dict[tuple, Event], event: Event | None) -> None:
        if event is None:
            return
        key = self.rule_extractor.key(event)
        if key not in found or found[key].confidence < event.confidence:
            found[key] = event

    def _learned_event(
        self,
        article: Article,
        scored: Scored,
        res: Resolver,
        relation: str,
        p: float,
        readings: Readings,
    ) -> Event | None:
        doc = scored.sentence.doc
        cand = scored.candidate
        top = doc[cand.lca]
        trigger = next((doc[i] for i in cand.path[1:-1] if relation in self.featurizer.relations_of(doc[i])), top)
        if self._read_otherwise(scored, res, relation, trigger, readings):
            return None
        senses = self.rules.verbs.get(trigger.lemma_.lower(), ()) or self.rules.nouns.get(trigger.lemma_.lower(), ())
        cameo = next((t.cameo for t in senses if t.relation == relation), self.rules.relations[relation].cameo)
        # the clause of the act is judged from its verb: the pair may meet at a noun ("Japan and China"), or above the
        # act ("The Houthis vowed to keep [targeting] American warships" is a threat)
        clause = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), top)
        modality = self.rule_extractor.clauses.modality(clause, res.year)
        if modality in (None, "hinted"):  # negated, denied, hypothetical, history, or hinted (the rules judge threats there)
            return None
        if self.rule_extractor.clauses.prospect(trigger):
            return None  # "any future meetings"
        lex = self.rules.lexicon
        above = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)  # the verb over a trigger word
        frames = lex["irrealis_verbs"] | lex["cessation_verbs"]
        if trigger.i != top.i and above is not None and above.lemma_.lower() in frames:
            if above.lemma_.lower() not in lex["threat_verbs"] and not self.rule_extractor.clauses.weighs(above):
                return None  # "urged sanctions against X", "halted aid to X": not done
            modality = "threatened"  # "threatened sanctions against Sweden", "is considering sanctions against X"
        # under "threaten", "vow", "warn" a hostile act is a threat and any other act is dropped, as for the rules
        item = self.rule_extractor.claims.as_threat(
            res, Found(relation, trigger, cameo, "learned", cand.source.ref(), cand.target.ref(), modality)
        )
        if item is None:
            return None
        event = self.rule_extractor.event(article, scored.sentence, *item)
        return None if event is None else dataclasses.replace(event, confidence=round(p, 2))

    def _read_otherwise(self, scored: Scored, res: Resolver, relation: str, trigger: Token, readings: Readings) -> bool:
        """Whether the rules read this act otherwise: another sense of the word for the pair, the pair read otherwise
        where no word on its path names this relation ("welcomed Maduro to Brasilia" is a visit, not cooperation),
        another doer at the word (the rules', or the verb's subject), or the target as the author of the noun
        ("rejected the baseless allegations made by Pakistan" is no Indian accusation)."""
        cand, start = scored.candidate, sentence_start(scored.sentence)
        read = readings.words.get((start, cand.source.key, cand.target.key), {})
        lexical = relation in self.featurizer.relations_of(trigger)
        if not any(relation in rels for rels in read.values()):
            words = {t.text: t for t in scored.sentence if t.text in read}
            if (read and not lexical) or any(relation in self.featurizer.relations_of(t) for t in words.values()):
                return True
        if not lexical or self.rules.relations[relation].symmetric:
            return False
        doers = readings.doers.get((start, trigger.text, relation), set())
        if not doers and trigger.pos_ == "VERB":  # a verb's act is its subject's
            doers = {r.key for r in self.rule_extractor.clauses.subjects(res, trigger)}
        elif not doers and trigger.lemma_.lower() in self.rules.verbs:  # "..., Pyongyang denounces" parsed as a noun
            doers = {r.key for c in trigger.children if c.dep_ in ("compound", "poss") for r in res.refs(c)}
        if doers and cand.source.key not in doers:  # on whom may be more than the rules found; who does it is not
            return True
        return trigger.pos_ == "NOUN" and cand.target.key in self._authors(res, trigger)

    def _authors(self, res: Resolver, noun: Token) -> set[str]:
        """Who a noun's act is by: its possessor ("Pakistan's allegations"), its agent ("allegations made by Pakistan"),
        or else an actor modifying it ("U.S. allegations")."""
        by = self.rule_extractor.clauses.pobjs(noun, ("by",)) + [c for c in noun.children if c.dep_ == "poss"]
        by += [p for c in noun.children if c.dep_ == "acl" for p in self.rule_extractor.clauses.agents(c)]
        by = by or [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i in res.mentions]
        return {r.key for t in by for r in res.refs(t)}


def _phrase_head(tok):
    """The head noun of the phrase a word sits in, past list members and modifiers: "French" in "French, Chinese
    and Mexican representatives" -> representatives."""
    while tok.dep_ in ("conj", "amod", "compound", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def extract_articles(
    articles: Iterable[Article], nlp: Language, extractor: Extractor | None = None, batch_size: int = 32
) -> Iterator[ArticleResult]:
    """Stream articles through ``nlp.pipe`` and yield one :class:`ArticleResult` per article."""
    extractor = extractor or Extractor()
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size):
        yield extractor.extract(doc, article)
