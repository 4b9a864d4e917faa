"""Extraction in worker processes or on a Dask cluster: one spaCy pipeline per worker, results in input order.

The parent reads articles lazily and keeps at most ``2 × workers`` batches in flight, so
memory stays flat however long the input is. Both engines hand back plain
:class:`~kg.model.ArticleResult` values; the build process alone writes the store. A single
worker process only parses and sends its documents back as a ``DocBin``: the build process,
which has a core of its own and little else to do, finds the relations in them meanwhile, and
parses a batch itself while the worker starts.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .config import Settings
from .errors import KgError, WorkerError
from .model import Article, ArticleResult

__all__ = ["extract_parallel"]

log = logging.getLogger(__name__)

_worker: tuple | KgError | None = None  # (nlp, extractor or None, batch_size) of this worker process, or why it has none
_load_lock = threading.Lock()


def _exit_with(parent: int) -> None:
    """Exit when the build process is gone: a killed build must not leave workers waiting for work."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _init_worker(
    model: str | None, batch_size: int, relations: str = "both", relation_model: str | None = None, parse_only: bool = False
) -> None:
    """Load the pipeline and, unless the worker only parses, the extractor, once per worker process."""
    global _worker
    from .language.extract import Extractor
    from .language.gazetteer import load_gazetteer
    from .language.learning import load_model
    from .language.nlp import load_nlp

    # Ctrl-C reaches the whole process group: the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True, name="kg-parent-watch").start()
    try:
        nlp = load_nlp(model)
        extractor = None if parse_only else Extractor(relations, load_model(relation_model), gazetteer=load_gazetteer())
        _worker = (nlp, extractor, batch_size)
    except KgError as exc:  # raised again with the first batch, so the build shows it as it would in process
        _worker = exc


def _extract_batch(articles: list[Article]) -> list[ArticleResult]:
    from .language.extract import extract_articles

    if isinstance(_worker, KgError):
        raise _worker
    nlp, extractor, batch_size = _worker
    return list(extract_articles(articles, nlp, extractor, batch_size))


def _parse_batch(articles: list[Article]) -> bytes:
    """The parsed documents of a batch, serialised (with the actor spans the pipeline found) for the build process."""
    from spacy.tokens import DocBin

    if isinstance(_worker, KgError):
        raise _worker
    nlp, _, batch_size = _worker
    return DocBin(store_user_data=True, docs=nlp.pipe([a.text for a in articles], batch_size=batch_size)).to_bytes()


class _Local:
    """The build process's own pipeline: the relations in documents a parsing worker sent back, or a whole batch."""

    def __init__(self, settings: Settings) -> None:
        from .language.extract import Extractor
        from .language.gazetteer import load_gazetteer
        from .language.learning import load_model
        from .language.nlp import load_nlp

        self.nlp = load_nlp(settings.model)
        self.extractor = Extractor(settings.relations, load_model(settings.relation_model), gazetteer=load_gazetteer())
        self.batch_size = settings.batch_size

    def extract(self, batch: list[Article], parsed: bytes) -> list[ArticleResult]:
        from spacy.tokens import DocBin

        docs = DocBin().from_bytes(parsed).get_docs(self.nlp.vocab)
        return [self.extractor.extract(doc, article) for doc, article in zip(docs, batch, strict=True)]

    def run(self, batch: list[Article]) -> Future:
        """Parse and extract ``batch`` here; its results as a finished future."""
        from .language.extract import extract_articles

        future: Future = Future()
        future.set_result(list(extract_articles(batch, self.nlp, self.extractor, self.batch_size)))
        return future


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _context():
    # spawn: workers start clean, not as forks of a process holding the store and threads, and are
    # children of the build itself, so that they can tell when it is gone
    return multiprocessing.get_context("spawn")


def _dask_batch(
    articles: list[Article], model: str | None, batch_size: int, relations: str = "both", relation_model: str | None = None
) -> list[ArticleResult]:
    """One partition on a Dask worker: the pipeline is loaded at the worker's first partition and kept."""
    global _worker
    with _load_lock:
        if _worker is None:
            from .language.extract import Extractor
            from .language.gazetteer import load_gazetteer
            from .language.learning import load_model
            from .language.nlp import load_nlp

            _worker = (load_nlp(model), Extractor(relations, load_model(relation_model), gazetteer=load_gazetteer()), batch_size)
    return _extract_batch(articles)


@contextlib.contextmanager
def _dask_client(settings: Settings) -> Iterator[tuple[Callable[[list[Article]], Future], int]]:
    """Submit to the Dask scheduler ``settings.scheduler``, or to a local cluster of ``settings.workers`` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - dask[distributed] is a dependency
        raise KgError("--engine dask needs dask.distributed: pip install 'dask[distributed]'") from None
    for name in ("distributed", "dask"):  # Dask logs every start and stop at INFO: show that only with kg's own -v
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger("kg").getEffectiveLevel()))
    with contextlib.ExitStack() as stack:
        if settings.scheduler:
            try:
                client = stack.enter_context(Client(settings.scheduler, timeout=10))
            except OSError as exc:
                raise KgError(f"{settings.scheduler}: cannot reach the Dask scheduler: {exc}") from None
        else:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=max(1, settings.workers),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(Client(cluster))
        workers = len(client.scheduler_info()["workers"]) or max(1, settings.workers)
        log.info("dask: %d worker(s) at %s", workers, client.scheduler.address)
        yield (
            (
                lambda batch: client.submit(
                    _dask_batch,
                    batch,
                    settings.model,
                    settings.batch_size,
                    settings.relations,
                    settings.relation_model,
                    pure=False,
                )
            ),
            workers,
        )


def extract_parallel(articles: Iterable[Article], settings: Settings) -> Iterator[ArticleResult]:
    """Extract ``articles`` on ``settings.workers`` processes (or a Dask cluster) and yield their results in input order.

    Articles are read lazily, ``settings.batch_size`` at a time, with at most two batches per
    worker in flight (a single worker: three, and the build process parses the third itself when the
    worker has not sent its first back by then). ``settings.engine`` is ``"processes"`` (a local process pool) or ``"dask"``
    (``settings.scheduler``, else a local Dask cluster); either gives the same results.

    Raises:
        WorkerError: a worker process died (killed, or out of memory).
    """
    # one worker parses while this process, on the other core, extracts (with more workers the cores are theirs)
    split = settings.engine != "dask" and settings.workers == 1
    if settings.engine == "dask":
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker

        lost: tuple = (KilledWorker, FutureCancelledError)
        submitter = _dask_client(settings)
    else:
        lost = (BrokenProcessPool,)
        submitter = _process_pool(settings, _parse_batch if split else _extract_batch, parse_only=split)
    local: _Local | None = None
    started = not split  # until the worker's first parse is back, a third batch waits for whichever process is free first

    def done(batch: list[Article], future: Future) -> list[ArticleResult]:
        nonlocal local, started
        if split and local is None:  # loaded while the worker starts
            local = _Local(settings)
        for entry in pending:
            if entry[1] is None:  # the batch held back: parsed here if the worker is still busy with its first
                entry[1] = local.run(entry[0]) if not future.done() else submit(entry[0])
        result = future.result()
        if isinstance(result, bytes):  # a worker's parse: the relations are found here
            started = True
            return local.extract(batch, result)
        return result

    with submitter as (submit, workers):
        pending: deque[list] = deque()  # [batch, future, or None while held back]
        in_flight = 3 if split else 2 * workers
        try:
            for batch in _batches(articles, settings.batch_size):
                pending.append([batch, None if not started and len(pending) == 2 else submit(batch)])
                while len(pending) >= in_flight:  # bounded: the reader never runs far ahead of the workers
                    yield from done(*pending.popleft())
            while pending:
                yield from done(*pending.popleft())
        except lost as exc:
            raise WorkerError(f"a worker process died ({exc})") from None
        finally:  # also on Ctrl-C or when the consumer stops early: queued batches are dropped
            for _, future in pending:
                if future is not None:
                    future.cancel()


@contextlib.contextmanager
def _process_pool(
    settings: Settings, work: Callable = _extract_batch, parse_only: bool = False
) -> Iterator[tuple[Callable[[list[Article]], Future], int]]:
    executor = ProcessPoolExecutor(
        max_workers=settings.workers,
        mp_context=_context(),
        initializer=_init_worker,
        initargs=(settings.model, settings.batch_size, settings.relations, settings.relation_model, parse_only),
    )
    try:
        yield (lambda batch: executor.submit(work, batch)), settings.workers
    except (KeyboardInterrupt, GeneratorExit):  # workers hold nothing worth keeping: stop them now, not after their batch
        workers = list((getattr(executor, "_processes", None) or {}).values())
        for proc in workers:
            proc.terminate()
        for proc in workers:
            proc.join(timeout=10)
        # a worker stopped while sending a result leaves half a message in the result pipe, and the pool's reader thread
        # waits for the rest: once the workers are gone, this process's copy of the pipe's writing end is all that
        # holds it open, so closing it ends that read (the pool then stops as broken) instead of hanging the shutdown
        writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
        if writer is not None:
            writer.close()
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        log.info("stopped %d worker process(es)", settings.workers)
