"""The whole run: articles in; graph.ttl, graph.trig, events.jsonl, events.parquet and graph.html out."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from .config import Settings
from .errors import InputError, KgError, StoreError
from .graph.events import EventJournal, stored_copies, write_events
from .graph.generation import publish
from .graph.rdf import (
    ACTORS_GRAPH,
    add_quads,
    add_result,
    article_digest,
    article_iri,
    article_quads,
    bind,
    copy_quads,
    merged_graph,
    new_dataset,
)
from .graph.remote import RemoteStore
from .graph.store import GraphStore, LocalStore, open_store, store_path
from .ingest.cleaning import make_article
from .ingest.dedup import DuplicateFilter
from .ingest.readers import Paths, read_articles
from .io import atomic_open, atomic_write
from .language.gazetteer import load_gazetteer
from .model import Article, ArticleResult, Event

__all__ = ["BuildInterrupted", "BuildReport", "build", "extract", "extract_text", "fingerprint", "iter_results"]

log = logging.getLogger(__name__)
OUTPUTS = ("graph.ttl", "graph.trig", "events.jsonl", "events.parquet", "graph.html")
#: Articles between flushes of the store's write buffers.
FLUSH_EVERY = 256


class BuildInterrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGINT) stopped a build; ``report.articles`` counts the articles the store holds, which a rerun keeps."""

    def __init__(self, report: BuildReport):
        super().__init__(f"interrupted after {report.articles} article(s)")
        self.report = report


@dataclass
class BuildReport:
    """What a build did: counts, failures (one line each) and the files written."""

    articles: int = 0
    actors: int = 0
    relations: int = 0
    unchanged: int = 0
    duplicates: int = 0
    inferred: int = 0
    undated: int = 0  # articles extracted without a date: time filters and timelines leave their events out
    failed: list[str] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # files in a folder of a type kg does not read
    outputs: dict[str, Path] = field(default_factory=dict)

    def summary(self) -> str:
        unchanged = f" ({self.unchanged} unchanged, not extracted again)" if self.unchanged else ""
        skipped = f", {self.duplicates} duplicate articles skipped" if self.duplicates else ""
        if self.undated:
            skipped += f", {self.undated} article(s) without a date (--date gives them one)"
        if self.skipped:
            kinds = sorted({p.suffix or "no extension" for p in self.skipped})
            skipped += f", {len(self.skipped)} file(s) skipped: unsupported type ({', '.join(kinds)})"
        if self.inferred:
            skipped += f", {self.inferred} inferred edges"
        return (
            f"{self.articles} articles{unchanged}, {self.actors} actors, {self.relations} relations, "
            f"{len(self.failed)} input(s) failed{skipped}"
        )


def fingerprint(settings: Settings) -> str:
    """What besides its text shapes an article's events: kg's version and data files, the models, the confidence floor.

    It salts each article's ``kg:contentHash``, so a build skips an article only if the same text was
    extracted the same way.
    """
    from importlib import metadata, resources

    from .language.nlp import _pick_model

    text = f"{metadata.version('kg')}\x1f{_pick_model(settings.model)}\x1f{settings.min_confidence}\x1f{settings.relations}"
    digest = hashlib.sha256(text.encode())
    for data in sorted(resources.files("kg.data").iterdir(), key=lambda f: f.name):
        if data.name.endswith((".yaml", ".json.gz")):  # the rules and the packaged relation model
            digest.update(data.read_bytes())
    if settings.relation_model:
        try:
            digest.update(Path(settings.relation_model).read_bytes())
        except OSError:
            pass  # loading the model reports it
    return digest.hexdigest()[:16]


def _articles(items: Iterable[Article | InputError], settings: Settings, on_error: Callable[[str], None]) -> Iterator[Article]:
    seen: dict[str, int] = {}
    for item in items:
        if isinstance(item, InputError):
            on_error(str(item))
            continue
        n = seen[item.id] = seen.get(item.id, 0) + 1
        if n > 1:  # two inputs with one file name: keep both, apart
            item = dataclasses.replace(item, id=f"{item.id}#{n}")
        if item.date is None and settings.default_date:
            item = dataclasses.replace(item, date=settings.default_date)
        yield item


def iter_results(
    paths: Paths,
    settings: Settings = Settings(),
    on_error: Callable[[str], None] = log.error,
    duplicates: DuplicateFilter | None = None,
    skip: Callable[[Article], bool] | None = None,
    skipped: Callable[[Path], None] | None = None,
) -> Iterator[ArticleResult]:
    """Stream the extraction results of every article under ``paths``; report bad inputs to ``on_error``.

    Results come in input order whatever ``settings.workers`` and ``settings.engine`` are. Input larger
    than one batch is extracted in worker processes (one or more: this process meanwhile reads the
    next articles and the caller writes the last ones); input that fits in one batch, or any input
    with ``workers=0``, in this process. Unless ``settings.keep_duplicates``, wire copies
    of an earlier article are left out and recorded in ``duplicates`` (a new filter if none). An
    article for which ``skip`` says true is not extracted (a build skips what its store holds). A file
    of a type kg does not read, found in a folder, goes to ``skipped``.
    """
    gaz = load_gazetteer()
    articles = _articles(
        read_articles(paths, names=gaz.names, csv_columns=settings.csv_columns, skipped=skipped), settings, on_error
    )
    if not settings.keep_duplicates:
        articles = (duplicates or DuplicateFilter(settings.duplicate_threshold)).filter(articles)
    if skip is not None:
        articles = (a for a in articles if not skip(a))
    parallel = settings.workers > 0 or settings.engine == "dask"
    if (
        parallel and not settings.scheduler
    ):  # input that fits in one batch is extracted here: starting workers would cost more than it saves
        head = list(itertools.islice(articles, settings.batch_size + 1))
        parallel, articles = len(head) > settings.batch_size, itertools.chain(head, articles)
    if parallel:  # the workers are started before this process loads spaCy, if it does (one worker: it extracts)
        from .parallel import extract_parallel

        results = extract_parallel(articles, settings)
    else:
        from .language.extract import Extractor, extract_articles
        from .language.learning import load_model
        from .language.nlp import load_nlp

        results = extract_articles(
            articles,
            load_nlp(settings.model),
            Extractor(settings.relations, load_model(settings.relation_model), gazetteer=gaz),
            settings.batch_size,
        )
    for result in results:
        if result.error is not None:  # its relations are left out; the build goes on and reports it failed
            where = result.article.path or result.article.id
            on_error(f"{where}: extraction failed ({result.error}); no relations from it")
            continue
        if settings.min_confidence:
            result.events = [e for e in result.events if e.confidence >= settings.min_confidence]
        yield result


def extract(paths: Paths, settings: Settings = Settings(), on_error: Callable[[str], None] = log.error) -> list[Event]:
    """The events of the articles under ``paths`` (a file or folder, or a list of them), in order, writing nothing."""
    return [e for r in iter_results(paths, settings, on_error) for e in r.events]


def extract_text(text: str, date: str | None = None, settings: Settings = Settings()) -> list[Event]:
    """The events of one text, cleaned as a file's text is (a ``date`` header and front matter are read), in this process.

    Args:
        text: the article text.
        date: its date (``YYYY-MM-DD``), which decides who held an office; else the text's own, else ``settings.default_date``.
        settings: the model, relation mode and confidence floor.

    Raises:
        InputError: no article text, or a malformed date.
        KgError: the extraction failed (a parse the rules cannot read).
    """
    from .language.extract import Extractor, extract_articles
    from .language.learning import load_model
    from .language.nlp import load_nlp

    gaz = load_gazetteer()
    article = make_article(text, "text", date=date, names=gaz.names)
    if article.date is None and settings.default_date:
        article = dataclasses.replace(article, date=settings.default_date)
    extractor = Extractor(settings.relations, load_model(settings.relation_model), gazetteer=gaz)
    (result,) = extract_articles([article], load_nlp(settings.model), extractor, 1)
    if result.error is not None:
        raise KgError(f"text: extraction failed ({result.error})")
    return [e for e in result.events if e.confidence >= settings.min_confidence]


def build(
    paths: Paths,
    settings: Settings = Settings(),
    progress: Callable[[ArticleResult], None] | None = None,
    on_error: Callable[[str], None] = log.error,
) -> BuildReport:
    """Extract every article under ``paths`` into the store and write the outputs (:data:`OUTPUTS`) into ``settings.out``.

    Articles stream through: each is written to the store when extracted (its events also to a
    spool file), and the files are written at the end from the store and the spool, so memory stays
    flat however many articles there are, and the files show everything the store holds. An article
    the store already holds with the same text (and the same rules and model) is not extracted again,
    so a stopped build resumes where it stopped.
    ``progress`` is called once per article read: extracted, unchanged or a wire copy (the last two
    with no events).

    Every file is written to a temporary name and renamed when complete, so a failed run
    leaves the previous outputs whole.
    """
    out = Path(settings.out)
    report = BuildReport()
    salt = fingerprint(settings)

    def failed(message: str) -> None:
        report.failed.append(message)
        on_error(message)

    ds = new_dataset() if settings.endpoint else None
    duplicates = DuplicateFilter(
        settings.duplicate_threshold, on_copy=progress and (lambda article: progress(ArticleResult(article)))
    )
    out.mkdir(parents=True, exist_ok=True)
    try:
        with contextlib.ExitStack() as stack:
            store: GraphStore | None = None
            stored: dict[str, str] = {}
            journal = stack.enter_context(contextlib.closing(EventJournal(out)))

            def skip(article: Article) -> bool:
                nonlocal store, stored
                if store is None:  # opened at the first article: a build that reads nothing creates no store
                    store = stack.enter_context(_open_store(out, settings))
                    stored = store.article_hashes()
                if stored.get(str(article_iri(article.id))) != article_digest(article, salt):
                    return False
                report.articles += 1
                report.unchanged += 1
                journal.unchanged(article.id)
                log.info("unchanged article %s", article.id)
                if progress:
                    progress(ArticleResult(article))
                return True

            # closed on any exit, Ctrl-C included, so that worker processes stop with the build
            results = stack.enter_context(
                contextlib.closing(iter_results(paths, settings, failed, duplicates, skip, report.skipped.append))
            )
            try:
                for result in results:
                    digest = article_digest(result.article, salt)
                    store.put_article(str(article_iri(result.article.id)), article_quads(result, digest))
                    log.info("stored article %s", result.article.id)
                    journal.add(result)
                    if ds is not None:
                        add_result(ds, result, digest)
                    report.articles += 1
                    report.undated += result.article.date is None
                    if report.articles % FLUSH_EVERY == 0:  # the store's write buffers would otherwise grow with the corpus
                        store.flush()
                    if progress:
                        progress(result)
            except KeyboardInterrupt:  # what the store holds now is what a rerun keeps, and what readers get
                report.articles = len(store.article_hashes()) if store is not None else 0
                if isinstance(store, LocalStore) and report.articles:
                    try:
                        publish(store, out, complete=False)
                    except StoreError as exc:
                        log.error("%s", exc)
                raise BuildInterrupted(report) from None
            if not report.articles:  # keep the previous outputs rather than replace them with empty ones
                return report
            report.duplicates = duplicates.skipped
            store.add(copy_quads(duplicates.copies))
            if ds is not None:  # building into a server: the files are written from ``ds``, wire-copy links too
                add_quads(ds, copy_quads(duplicates.copies))
            _infer(store, settings, report, ds)
            if ds is not None:
                _add_stored_graphs(ds, store)
            _write_files(store, out, ds, journal.events(store), report)
            if isinstance(store, LocalStore):  # what readers open from now on
                publish(store, out)
    except KeyboardInterrupt as exc:
        raise exc if isinstance(exc, BuildInterrupted) else BuildInterrupted(report) from None
    report.outputs = {name: out / name for name in OUTPUTS}
    return report


def _write_files(store: GraphStore, out: Path, ds: Dataset | None, events: Iterable[Event], report: BuildReport) -> None:
    """Write the graph files from the store (or, building into an endpoint, from ``ds``), and the event files and
    the page from ``events`` in one pass."""
    from .analysis.projection import Projector
    from .graph.readback import actors_from_store, articles_from_store
    from .page.render import PAGE_BUDGET, PAGE_EVIDENCE, render_html

    if ds is None:
        import pyoxigraph as ox

        for name, fmt in (("graph.trig", ox.RdfFormat.TRIG), ("graph.ttl", ox.RdfFormat.TURTLE)):
            with atomic_open(out / name, "wb") as gh:
                store.dump(gh, fmt)
    else:
        with atomic_open(out / "graph.trig", "wb") as fh:
            ds.serialize(fh, format="trig")
        with atomic_open(out / "graph.ttl", "wb") as fh:
            bind(merged_graph(ds)).serialize(fh, format="turtle")
    actors = actors_from_store(store)
    projector = Projector(actors.values(), PAGE_EVIDENCE, PAGE_BUDGET)  # the page, from the same pass as the event files

    def tap(events: Iterable[Event]) -> Iterator[Event]:
        for e in events:
            projector.add(e)
            yield e

    report.relations = write_events(out, tap(events), stored_copies(store))
    report.actors = len(actors)
    atomic_write(out / "graph.html", render_html(None, actors, articles_from_store(store), projection=projector.graph()))


def _add_stored_graphs(ds: Dataset, store: GraphStore) -> None:
    """Building into a server, ``graph.trig`` is written from ``ds``: add to it what only the server holds (the
    graphs of articles found unchanged or stored by earlier builds, and their actors), one graph per request."""
    from rdflib import URIRef

    written = {str(g.identifier) for g in ds.graphs() if len(g)} - {str(ACTORS_GRAPH)}
    for name in [*store.article_hashes(), str(ACTORS_GRAPH)]:
        if name not in written:
            graph = ds.graph(URIRef(name))
            for triple in store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph.identifier.n3()} {{ ?s ?p ?o }} }}").graph:
                graph.add(triple)


def _open_store(out: Path, settings: Settings) -> GraphStore:
    """The build's store: ``settings.endpoint`` if set, else ``<out>/store/``; with the ontology in it."""
    store = RemoteStore(settings.endpoint) if settings.endpoint else open_store(store_path(out))
    if not settings.endpoint:  # the store's lock is ours: no other build writes into ``out`` now
        _remove_stale_temp_files(out)
    try:
        store.put_ontology()
        if isinstance(store, RemoteStore):  # the ontology is in a named graph now: a server without a union default graph shows
            store.check_union()
    except BaseException:
        store.close()
        raise
    return store


def _remove_stale_temp_files(out: Path) -> None:
    """The temporary files a killed build left (``.graph.trig.*.tmp``, ``.events.*.tmp``): never renamed, never read."""
    for name in (*OUTPUTS, "events"):
        for tmp in out.glob(f".{name}.*tmp"):
            tmp.unlink(missing_ok=True)
            log.info("removed %s, left by a build that was killed", tmp)


def _infer(store: GraphStore, settings: Settings, report: BuildReport, ds: Dataset | None) -> None:
    """Materialise the inferred graph after the last article (one transaction), or drop a stale one."""
    from .graph.infer import INFERRED_GRAPH, clear, materialise
    from .queries import internal

    if not settings.infer:
        clear(store)
        return
    report.inferred = materialise(store)
    if ds is not None:  # the files are written from ``ds``: copy the inferred graph into it
        result = store.query(internal("inferred.rq"))
        inferred = ds.graph(INFERRED_GRAPH)
        for triple in result.graph:
            inferred.add(triple)
    log.info("%d inferred edges in %s", report.inferred, INFERRED_GRAPH)
