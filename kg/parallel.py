"""Extraction in worker processes: one spaCy pipeline per worker, results in input order.

The parent reads articles lazily and keeps at most ``2 × workers`` batches in flight, so
memory stays flat however long the input is.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .errors import KgError, WorkerError
from .model import Article, ArticleResult

__all__ = ["extract_parallel"]

log = logging.getLogger(__name__)

_worker: tuple | KgError | None = None  # (nlp, extractor, batch_size) of this worker process, or why it has none


def _exit_with(parent: int) -> None:
    """Exit when the build process is gone: a killed build must not leave workers waiting for work."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _init_worker(model: str | None, batch_size: int) -> None:
    """Load the pipeline and the extractor once per worker process."""
    global _worker
    from .actors import load_gazetteer
    from .extract import Extractor
    from .nlp import load_nlp

    # Ctrl-C reaches the whole process group: the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True, name="kg-parent-watch").start()
    try:
        gaz = load_gazetteer()
        _worker = (load_nlp(model), Extractor(gazetteer=gaz), batch_size)
    except KgError as exc:  # raised again with the first batch, so the build shows it as it would in process
        _worker = exc


def _extract_batch(articles: list[Article]) -> list[ArticleResult]:
    from .extract import extract_articles

    if isinstance(_worker, KgError):
        raise _worker
    nlp, extractor, batch_size = _worker
    return list(extract_articles(articles, nlp, extractor, batch_size))


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _context():
    # spawn: workers start clean, not as forks of a process holding the store and threads, and are
    # children of the build itself, so that they can tell when it is gone
    return multiprocessing.get_context("spawn")


def extract_parallel(articles: Iterable[Article], workers: int, model: str | None = None,
                     batch_size: int = 32) -> Iterator[ArticleResult]:
    """Extract ``articles`` in ``workers`` processes and yield their results in input order.

    Args:
        articles: read lazily, one batch of ``batch_size`` at a time.
        workers: number of worker processes, each with its own pipeline.
        model: spaCy pipeline name or path.
        batch_size: articles per batch sent to a worker (and per ``nlp.pipe`` batch).

    Raises:
        WorkerError: a worker process died (killed, or out of memory).
    """
    executor = ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_init_worker,
                                   initargs=(model, batch_size))
    pending: deque[Future] = deque()
    try:
        for batch in _batches(articles, batch_size):
            pending.append(executor.submit(_extract_batch, batch))
            while len(pending) >= 2 * workers:  # bounded: the reader never runs far ahead of the workers
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool as exc:
        raise WorkerError(f"a worker process died ({exc})") from None
    except (KeyboardInterrupt, GeneratorExit):  # workers hold nothing worth keeping: stop them now, not after their batch
        for proc in list((getattr(executor, "_processes", None) or {}).values()):
            proc.terminate()
        raise
    finally:  # also on Ctrl-C or when the consumer stops early: queued batches are dropped
        executor.shutdown(wait=True, cancel_futures=True)
        log.info("stopped %d worker process(es)", workers)
