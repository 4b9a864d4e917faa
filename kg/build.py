"""The whole run: articles in; graph.ttl, graph.trig, events.jsonl, events.parquet and graph.html out."""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from .actors import load_gazetteer
from .config import Settings
from .dedup import DuplicateFilter
from .errors import InputError
from .events import write_events
from .extract import Extractor, extract_articles
from .ingest import read_articles
from .io import atomic_open, atomic_write
from .model import Article, ArticleResult, Event
from .nlp import load_nlp
from .rdf import ACTORS_GRAPH, add_result, bind, merged_graph, new_dataset
from .store import GraphStore, RemoteStore, open_store, store_path

__all__ = ["BuildReport", "build", "extract", "iter_results"]

log = logging.getLogger(__name__)
OUTPUTS = ("graph.ttl", "graph.trig", "events.jsonl", "events.parquet", "graph.html")


class _NothingRead(Exception):
    """No input gave an article: the build writes nothing."""


@dataclass
class BuildReport:
    """What a build did: counts, failures (one line each) and the files written."""

    articles: int = 0
    actors: int = 0
    relations: int = 0
    unchanged: int = 0
    duplicates: int = 0
    inferred: int = 0
    failed: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)

    def summary(self) -> str:
        skipped = f", {self.duplicates} duplicate articles skipped" if self.duplicates else ""
        if self.inferred:
            skipped += f", {self.inferred} inferred edges"
        return (f"{self.articles} articles, {self.actors} actors, {self.relations} relations, "
                f"{len(self.failed)} input(s) failed{skipped}")


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


def iter_results(paths: Iterable[Path | str], settings: Settings = Settings(),
                 on_error: Callable[[str], None] = log.error, duplicates: DuplicateFilter | None = None) -> Iterator[ArticleResult]:
    """Stream the extraction results of every article under ``paths``; report bad inputs to ``on_error``.

    Results come in input order whatever ``settings.workers`` is (input that fits in one batch is
    extracted in this process). Unless ``settings.keep_duplicates``, wire copies of an earlier article
    are left out and recorded in ``duplicates`` (a new filter if none).
    """
    gaz = load_gazetteer()
    articles = _articles(read_articles(paths, names=gaz.names, csv_columns=settings.csv_columns), settings, on_error)
    if not settings.keep_duplicates:
        articles = (duplicates or DuplicateFilter(settings.duplicate_threshold)).filter(articles)
    parallel = settings.workers > 1
    if parallel:  # input that fits in one batch is extracted here: starting workers would cost more than it saves
        head = list(itertools.islice(articles, settings.batch_size + 1))
        parallel, articles = len(head) > settings.batch_size, itertools.chain(head, articles)
    if parallel:
        from .parallel import extract_parallel

        results = extract_parallel(articles, settings.workers, settings.model, settings.batch_size)
    else:
        results = extract_articles(articles, load_nlp(settings.model), Extractor(gazetteer=gaz), settings.batch_size)
    for result in results:
        if settings.min_confidence:
            result.events = [e for e in result.events if e.confidence >= settings.min_confidence]
        yield result


def extract(paths: Iterable[Path | str], settings: Settings = Settings(),
            on_error: Callable[[str], None] = log.error) -> list[Event]:
    """The events of the given articles, in order, without writing anything."""
    return [e for r in iter_results(paths, settings, on_error) for e in r.events]


def build(paths: Iterable[Path | str], settings: Settings = Settings(), progress: Callable[[ArticleResult], None] | None = None,
          on_error: Callable[[str], None] = log.error) -> BuildReport:
    """Extract every article under ``paths`` and write the outputs (:data:`OUTPUTS`) into ``settings.out``.

    Every file is written to a temporary name and renamed when complete, so a failed run
    leaves the previous outputs whole.
    """
    from .viz import render_html

    out = Path(settings.out)
    report = BuildReport()

    def failed(message: str) -> None:
        report.failed.append(message)
        on_error(message)

    ds = new_dataset()
    events: list[Event] = []
    actors: dict = {}
    articles: dict[str, dict] = {}
    duplicates = DuplicateFilter(settings.duplicate_threshold)
    out.mkdir(parents=True, exist_ok=True)
    try:
        with contextlib.ExitStack() as stack:
            store: GraphStore | None = None
            # closed on any exit, Ctrl-C included, so that worker processes stop with the build
            results = stack.enter_context(contextlib.closing(iter_results(paths, settings, failed, duplicates)))
            for result in results:
                if store is None:  # opened at the first article: a build that reads nothing creates no store
                    store = stack.enter_context(_open_store(out, settings))
                _store_result(store, result, report)
                if settings.endpoint:
                    add_result(ds, result)
                events += result.events
                actors.update(result.actors)
                art = result.article
                articles[art.id] = {"title": art.title, "date": art.date, "url": art.url}
                report.articles += 1
                if progress:
                    progress(result)
            if not report.articles:
                raise _NothingRead
            _infer(store, settings, report, ds)
            if not settings.endpoint:  # the files show the whole store, not only this run's articles
                import pyoxigraph as ox

                for name, fmt in (("graph.trig", ox.RdfFormat.TRIG), ("graph.ttl", ox.RdfFormat.TURTLE)):
                    with atomic_open(out / name, "wb") as gh:
                        store.dump(gh, fmt)
    except _NothingRead:  # keep the previous outputs rather than replace them with empty ones
        return report
    report.relations, report.actors, report.duplicates = len(events), len(actors), duplicates.skipped
    write_events(out, events, duplicates.copies)
    if settings.endpoint:
        with atomic_open(out / "graph.trig", "wb") as fh:
            ds.serialize(fh, format="trig")
        with atomic_open(out / "graph.ttl", "wb") as fh:
            bind(merged_graph(ds)).serialize(fh, format="turtle")
    atomic_write(out / "graph.html", render_html(events, actors, articles))
    report.outputs = {name: out / name for name in OUTPUTS}
    return report


def _open_store(out: Path, settings: Settings) -> GraphStore:
    """The build's store: ``settings.endpoint`` if set, else ``<out>/store/``; with the ontology in it."""
    store = RemoteStore(settings.endpoint) if settings.endpoint else open_store(store_path(out))
    try:
        store.put_ontology()
    except BaseException:
        store.close()
        raise
    return store


def _infer(store: GraphStore, settings: Settings, report: BuildReport, ds: Dataset) -> None:
    """Materialise the inferred graph after the last article (one transaction), or drop a stale one."""
    from .infer import INFERRED_GRAPH, clear, materialise

    if not settings.infer:
        clear(store)
        return
    report.inferred = materialise(store)
    if settings.endpoint:  # the files are written from ``ds``: copy the inferred graph into it
        result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {INFERRED_GRAPH.n3()} {{ ?s ?p ?o }} }}")
        inferred = ds.graph(INFERRED_GRAPH)
        for triple in result.graph:
            inferred.add(triple)
    log.info("%d inferred edges in %s", report.inferred, INFERRED_GRAPH)


def _store_result(store: GraphStore, result: ArticleResult, report: BuildReport) -> None:
    """Write one article in one transaction; an article stored with the same content is skipped."""
    scratch = Dataset()
    graph = add_result(scratch, result)
    status = store.put_article(graph, scratch.graph(ACTORS_GRAPH))
    report.unchanged += status == "unchanged"
    log.info("%s article %s", status, result.article.id)
