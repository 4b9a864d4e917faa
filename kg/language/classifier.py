"""The learnt relation decision: one logistic regression per relation over candidate features.

Trained by ``kg train`` (scikit-learn, a fixed seed: the same gold in gives the same model out)
and stored as plain JSON weights, gzipped (``kg/data/relation_model.json.gz``): no pickle, and
scoring needs no scikit-learn, only a sum of weights and a sigmoid.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ModelError

__all__ = ["DEFAULT_MODEL", "RelationModel", "TrainConfig", "train_model"]

DEFAULT_MODEL = "relation_model.json.gz"
FORMAT = "kg-relation-model/1"
#: The threshold of a relation with too few labelled examples (or articles) to choose one.
DEFAULT_THRESHOLD = 0.5
#: The probability cuts tried when a relation's threshold is chosen: 0.20, 0.25, ..., 0.80.
THRESHOLD_GRID = tuple(x / 20 for x in range(4, 17))
#: A relation needs this many positive candidates before its threshold is chosen from data.
MIN_POSITIVES = 3
#: Resamplings of the training articles whose best cuts' median is a relation's threshold.
BOOTSTRAP_ROUNDS = 50


@dataclass(frozen=True)
class TrainConfig:
    """How a model is trained; saved inside the model so a run can be repeated.

    Attributes:
        c: inverse L2 regularisation strength of each logistic regression.
        min_count: features seen in fewer training candidates are dropped.
        folds: cross-validation folds (grouped by article) that choose each relation's threshold.
        seed: the seed of every random choice.
        min_weight: weights smaller than this are not stored.
        balanced: weigh the few positive candidates up to the many negatives.
        snippet_weight: the weight of a candidate from a labelled passage of the older sets, written for the
            project in plainer prose than news; a whole labelled story weighs 1.
    """

    c: float = 0.5
    min_count: int = 2
    folds: int = 5
    seed: int = 0
    min_weight: float = 0.005
    balanced: bool = False
    snippet_weight: float = 0.1


class RelationModel:
    """Scores a candidate's features: the probability of each relation, and two thresholds for each: ``thresholds``
    when the model decides alone, ``joint_thresholds`` when it adds to the rules (a model file without them uses the
    first)."""

    def __init__(
        self,
        relations: list[str],
        weights: dict[str, list[float]],
        bias: dict[str, float],
        thresholds: dict[str, float],
        meta: dict,
        joint_thresholds: dict[str, float] | None = None,
    ):
        self.relations = relations
        self.weights = weights
        self.bias = bias
        self.thresholds = thresholds
        self.joint_thresholds = joint_thresholds or thresholds
        self.meta = meta
        # scoring reads one matrix: a row per feature, a column per relation
        self._row = {name: i for i, name in enumerate(weights)}
        self._matrix = np.array(list(weights.values()), dtype=np.float64).reshape(len(weights), len(relations))
        self._bias = np.array([bias[rel] for rel in relations], dtype=np.float64)

    def scores(self, features: dict[str, float]) -> dict[str, float]:
        """Probability of each relation for one candidate."""
        return self.scores_many([features])[0]

    def scores_many(self, candidates: list[dict[str, float]]) -> list[dict[str, float]]:
        """Probability of each relation for each candidate, in one pass over the weight matrix."""
        rows: list[int] = []
        values: list[float] = []
        owner: list[int] = []
        for n, features in enumerate(candidates):
            for name, value in features.items():
                row = self._row.get(name)
                if row is not None:
                    rows.append(row)
                    values.append(value)
                    owner.append(n)
        sums = np.tile(self._bias, (len(candidates), 1))
        np.add.at(sums, owner, self._matrix[rows] * np.asarray(values)[:, None])
        probs = 1.0 / (1.0 + np.exp(-np.clip(sums, -30.0, 30.0)))
        return [dict(zip(self.relations, p)) for p in probs.tolist()]

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "meta": self.meta,
            "relations": self.relations,
            "bias": self.bias,
            "thresholds": self.thresholds,
            "joint_thresholds": self.joint_thresholds,
            "weights": self.weights,
        }

    def save(self, path: Path | str) -> None:
        """Write the model as gzipped JSON, atomically (a temporary file renamed over the target)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode()
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
                gz.write(data)
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path | str | None = None) -> RelationModel:
        """Read a model file; ``None`` reads the one shipped in the package.

        Raises:
            ModelError: the file is missing or is not a kg relation model.
        """
        where = str(path) if path else f"kg/data/{DEFAULT_MODEL}"
        try:
            if path is None:
                raw = resources.files("kg.data").joinpath(DEFAULT_MODEL).read_bytes()
            else:
                raw = Path(path).read_bytes()
            data = json.loads(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
        except (OSError, ValueError, EOFError) as exc:
            raise ModelError(f"{where}: cannot read the relation model: {getattr(exc, 'strerror', None) or exc}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"{where}: not a kg relation model (format {FORMAT!r} expected)")
        return cls(
            data["relations"], data["weights"], data["bias"], data["thresholds"], data["meta"], data.get("joint_thresholds")
        )

    @staticmethod
    @functools.cache
    def default() -> RelationModel:
        """The model shipped in the package, loaded once per process."""
        return RelationModel.load()


def _best_cut(hits: np.ndarray, positives: np.ndarray, negatives: np.ndarray) -> int:
    """The index of the grid cut with the best F1, smoothed over its neighbours (a cut's F1 swings with a handful of
    candidates); ``hits`` marks, per cut, the candidates at or above it."""
    tp, fp = hits @ positives, hits @ negatives
    fn = positives.sum() - tp
    f1 = np.where(tp > 0, 2 * tp / np.maximum(2 * tp + fp + fn, 1e-12), 0.0)
    padded = np.concatenate([f1[:1], f1, f1[-1:]])
    smooth = padded[:-2] + padded[1:-1] + padded[2:]
    return int(np.argmax(smooth))  # the first (lowest) of equal cuts


def _thresholds(probs, labels, groups, weights, ruled=None, rounds: int = BOOTSTRAP_ROUNDS) -> float:
    """The probability cut that maximises (weighted) F1 over out-of-fold predictions: the median of the best cuts of
    ``rounds`` resamplings of the articles, so that a few candidates more or less do not move it (the default with
    too little data). With ``ruled`` (the candidates the rules already give the relation), the F1 is that of the
    rules' and the model's relations together: the cut for adding to the rules."""
    y = np.asarray(labels, dtype=bool)
    articles = sorted(set(groups))
    if y.sum() < MIN_POSITIVES or len(articles) < 2:
        return DEFAULT_THRESHOLD
    hits = np.asarray(probs)[None, :] >= np.asarray(THRESHOLD_GRID)[:, None]
    if ruled is not None:
        hits = hits | np.asarray(ruled, dtype=bool)[None, :]
    hits = hits.astype(float)
    w = np.asarray(weights, dtype=float)
    index = {g: i for i, g in enumerate(articles)}
    article = np.array([index[g] for g in groups])
    rng = np.random.default_rng(0)
    best = [_best_cut(hits, w * y, w * ~y)]
    for _ in range(rounds):
        drawn = np.bincount(rng.integers(0, len(articles), len(articles)), minlength=len(articles))[article]
        best.append(_best_cut(hits, w * drawn * y, w * drawn * ~y))
    return THRESHOLD_GRID[int(np.median(best))]


def train_model(
    features: list[dict[str, float]],
    labels: list[set[str]],
    groups: list[str],
    relations: list[str],
    config: TrainConfig | None = None,
    meta: dict | None = None,
    sample_weights: list[float] | None = None,
) -> RelationModel:
    """Fit one logistic regression per relation and choose its thresholds (alone, and beside the rules) by grouped
    cross-validation.

    Args:
        features: one feature dict per candidate.
        labels: the relations each candidate holds (empty: none).
        groups: the article of each candidate, so no fold sees part of an article it is tested on.
        sample_weights: the weight of each candidate in the fit and in the choice of thresholds (default 1).
        relations: the relations to learn, in output order.
        config: training settings.
        meta: recorded in the model (what it was trained on).
    """
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    config = config or TrainConfig()
    sample_weights = sample_weights or [1.0] * len(features)
    counts = Counter(name for f in features for name in f)
    kept = [{k: v for k, v in f.items() if counts[k] >= config.min_count} for f in features]
    vec = DictVectorizer()
    x = vec.fit_transform(kept).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # liblinear takes 32-bit indices only
    names = vec.get_feature_names_out()
    n_groups = len(set(groups))
    folds = GroupKFold(n_splits=min(config.folds, n_groups)) if n_groups >= 2 else None
    weights = {name: [0.0] * len(relations) for name in names}
    bias, thresholds, joint = {}, {}, {}
    for j, rel in enumerate(relations):
        y = [rel in ls for ls in labels]
        if sum(y) == 0 or all(y):
            bias[rel], thresholds[rel], joint[rel] = -30.0, 1.0, 1.0  # never seen: never predicted
            continue
        make = functools.partial(
            LogisticRegression,
            C=config.c,
            solver="liblinear",
            random_state=config.seed,
            class_weight="balanced" if config.balanced else None,
        )
        oof = [0.0] * len(y)
        if folds is not None:
            for tr, te in folds.split(x, y, groups):
                if 0 < sum(y[i] for i in tr) < len(tr):
                    clf = make().fit(x[tr], [y[i] for i in tr], sample_weight=[sample_weights[i] for i in tr])
                    for i, p in zip(te, clf.predict_proba(x[te])[:, 1]):
                        oof[i] = float(p)
        thresholds[rel] = _thresholds(oof, y, groups, sample_weights)
        joint[rel] = _thresholds(oof, y, groups, sample_weights, [f.get(f"rule={rel}", 0.0) > 0 for f in features])
        clf = make().fit(x, y, sample_weight=sample_weights)
        bias[rel] = round(float(clf.intercept_[0]), 5)
        for name, w in zip(names, clf.coef_[0]):
            weights[name][j] = round(float(w), 5)
    weights = {k: row for k, row in weights.items() if max(abs(w) for w in row) >= config.min_weight}
    meta = {
        **(meta or {}),
        "config": asdict(config),
        "candidates": len(features),
        "positives": {rel: sum(rel in ls for ls in labels) for rel in relations},
    }
    return RelationModel(relations, weights, bias, thresholds, meta, joint)
