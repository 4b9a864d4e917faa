"""Gold -> a trained relation model: the candidates of labelled text, their features and labels.

``kg train GOLD... --out MODEL`` (``make train`` trains the shipped model) reads the gold files,
keeps the items of their training part (stories whose ``split`` is ``test`` are never read),
parses them, labels every candidate pair with the gold relations of its sentence, and fits
:func:`kg.language.classifier.train_model`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from ..errors import ModelError
from ..model import load_relations
from .classifier import RelationModel, TrainConfig, train_model
from .extract import Extractor, Scored
from .gold import GoldArticle, read_gold

__all__ = ["labelled_candidates", "train"]

log = logging.getLogger(__name__)


def labelled_candidates(
    items: Iterable[GoldArticle], nlp: Language, extractor: Extractor, batch_size: int = 16
) -> Iterator[tuple[GoldArticle, Scored, set[str]]]:
    """Every candidate of the gold articles with the relations the gold gives its ordered pair."""
    relations = extractor.rules.relations
    rules = extractor.rule_extractor
    for doc, item in nlp.pipe(((g.article.text, g) for g in items), as_tuples=True, batch_size=batch_size):
        res = rules.resolver(doc, item.article)
        events = rules.extract(doc, item.article, res).events
        for scored in extractor.featurize(doc, item.article, res, events):
            gold = item.events_in(scored.sentence.start_char, scored.sentence.end_char)
            s, t = scored.candidate.source.key, scored.candidate.target.key
            labels = {r for gs, r, gt in gold if (gs, gt) == (s, t) or (relations[r].symmetric and (gt, gs) == (s, t))}
            yield item, scored, labels


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def train(
    gold: Iterable[Path | str], out: Path | str, nlp: Language | str | None = None, config: TrainConfig | None = None
) -> dict:
    """Train a relation model on the training part of ``gold`` and write it to ``out``.

    Whole labelled stories weigh 1; labelled passages of the older sets weigh ``config.snippet_weight``.

    Args:
        gold: gold files (:func:`kg.language.gold.read_gold`); stories whose split is ``test`` are left out.
        out: the model file to write (gzipped JSON).
        nlp: a loaded spaCy pipeline, or the name of one (``None``: the default).
        config: training settings, recorded in the model.

    Returns:
        A summary: articles, candidates, positives per relation, thresholds (alone and beside the rules), the output
        path.
    """
    from .nlp import load_nlp

    config = config or TrainConfig()
    nlp = nlp if isinstance(nlp, Language) else load_nlp(nlp)
    paths = [Path(p) for p in gold]
    items = [g for p in paths for g in read_gold(p) if g.split != "test"]
    extractor = Extractor(mode="rules")
    features, labels, groups, weights = [], [], [], []
    for item, scored, gold_labels in labelled_candidates(items, nlp, extractor):
        features.append(scored.features)
        labels.append(gold_labels)
        groups.append(item.article.id)
        weights.append(config.snippet_weight if item.snippet else 1.0)
    meta = {
        "gold": {p.name: _digest(p) for p in paths},
        "articles": len(items),
        "spacy_model": nlp.meta.get("name", ""),
        "spacy_model_version": nlp.meta.get("version", ""),
    }
    model = train_model(features, labels, groups, list(load_relations()), config, meta, weights)
    try:
        model.save(out)
    except OSError as exc:
        raise ModelError(f"{out}: cannot write the relation model: {exc.strerror or exc}") from None
    log.info("trained on %d articles, %d candidates; wrote %s", len(items), len(features), out)
    return {
        "articles": len(items),
        "candidates": len(features),
        "positives": model.meta["positives"],
        "thresholds": model.thresholds,
        "joint_thresholds": model.joint_thresholds,
        "features": len(model.weights),
        "out": str(out),
    }


def load_model(path: Path | str | None) -> RelationModel:
    """A model file, or the packaged model for ``None``."""
    return RelationModel.load(path) if path else RelationModel.default()
