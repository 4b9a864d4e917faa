"""Generations: the store as the last build left it, for every reader.

A build writes into ``OUT/store/`` and holds its lock, and Oxigraph calls reading a store that another
process writes undefined behaviour. So a build that finishes (or is interrupted: its finished articles
are kept) publishes a *generation*: ``Store.backup`` makes a consistent copy of the store, of hard links
to the store's immutable files (so it costs little disk), under a temporary name in ``OUT/generations/``,
renamed to ``OUT/generations/ID/`` when whole; then ``OUT/generations/current.json`` (a temporary file
renamed over it) names it, with its build time, counts and kg version. Readers (``kg query``, ``kg serve``,
``kg export``, ``kg validate``, ``kg analyze``) open the current generation read-only: they take no lock,
never block a build and never see one in progress.

A reader holds a shared ``flock`` on ``ID/kg-readers.lock`` while it reads (``kg serve`` for as long as
it runs). A build removes the generations older than the current and the previous one that no reader
holds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import IO

from ..errors import StoreBusyError, StoreError
from ..io import atomic_open
from ..queries import internal
from .store import LocalStore, _first_line, open_store, store_path

try:
    import fcntl
except ImportError:  # no reader locks (Windows): the current and the previous generation are still kept
    fcntl = None

__all__ = ["GENERATIONS", "Generation", "committed", "current", "open_committed", "publish"]

log = logging.getLogger(__name__)
GENERATIONS = "generations"
POINTER = "current.json"
READERS = "kg-readers.lock"


@dataclass(frozen=True)
class Generation:
    """One published generation: its folder (an Oxigraph store to open read-only) and its manifest."""

    id: str
    built: str  # UTC, e.g. 2026-12-02T03:20:41Z
    articles: int
    events: int
    kg_version: str
    complete: bool = True  # False: published by an interrupted build
    path: Path = field(default=Path(), compare=False)

    def describe(self) -> str:
        """``build of 2026-12-02T03:20:41Z: 11 articles, 159 events, kg 0.2.0``."""
        state = " (interrupted: its finished articles)" if not self.complete else ""
        return f"build of {self.built}{state}: {self.articles} articles, {self.events} events, kg {self.kg_version}"


def current(out: Path | str) -> Generation | None:
    """The generation ``out/generations/current.json`` names, or ``None`` when there is none.

    Raises:
        StoreError: the pointer is unreadable or not a generation's manifest.
    """
    pointer = Path(out) / GENERATIONS / POINTER
    try:
        manifest = json.loads(pointer.read_text(encoding="utf-8"))
        names = ("id", "built", "articles", "events", "kg_version", "complete")
        return Generation(**{n: manifest[n] for n in names}, path=pointer.parent / manifest["id"])
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{pointer}: not a generation manifest: {_first_line(exc)}") from None


def publish(store: LocalStore, out: Path | str, complete: bool = True) -> Generation:
    """Publish the current content of ``store`` (the build's, whose lock the caller holds) as ``out``'s current
    generation, and remove the generations no longer needed.

    Raises:
        StoreError: the copy or the manifest cannot be written.
    """
    root = Path(out) / GENERATIONS
    previous = _current_or_none(out)
    built = dt.datetime.now(dt.timezone.utc)
    gen_id = built.strftime("%Y%m%dT%H%M%S%fZ")
    counts = next(store.select(internal("generation-counts.rq")))
    tmp = root / f".{gen_id}.tmp"
    try:
        root.mkdir(parents=True, exist_ok=True)
        store.flush()
        store.store.backup(str(tmp))
        (tmp / READERS).touch()
        os.rename(tmp, root / gen_id)
        when, version = built.strftime("%Y-%m-%dT%H:%M:%SZ"), metadata.version("kg")
        gen = Generation(gen_id, when, counts["articles"], counts["events"], version, complete, root / gen_id)
        with atomic_open(root / POINTER) as fh:
            json.dump({k: v for k, v in asdict(gen).items() if k != "path"}, fh, indent=1)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise StoreError(f"{root}: cannot publish the store's generation: {_first_line(exc)}") from None
    except BaseException:  # Ctrl-C: the pointer still names the previous generation
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log.info("published generation %s: %s", gen.path, gen.describe())
    try:
        _prune(root, {gen_id, previous.id if previous else ""})
    except OSError as exc:
        log.warning("%s: old generations not removed: %s", root, _first_line(exc))
    return gen


def _current_or_none(out: Path | str) -> Generation | None:
    try:
        return current(out)
    except StoreError as exc:
        log.warning("%s; publishing a new generation", exc)
        return None


def _prune(root: Path, keep: set[str]) -> None:
    """Remove what a killed build left (temporary names) and the generations not in ``keep`` that no reader holds.
    Called by a build, under the store's lock: no other build publishes meanwhile."""
    for entry in root.iterdir():
        if entry.name in keep or entry.name == POINTER:
            continue
        if not entry.name.startswith("."):
            with _pin(entry, exclusive=True) as free:
                if not free:
                    log.info("kept generation %s: a reader holds it", entry)
                    continue
                gone = root / f".{entry.name}.old"
                os.rename(entry, gone)  # out of sight first, then removed
                entry = gone
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


@contextlib.contextmanager
def _pin(folder: Path, exclusive: bool = False) -> Iterator[IO | bool | None]:
    """Hold ``folder``'s reader lock: shared (waits), or exclusive (yields ``None`` at once if a reader holds it)."""
    try:
        fh = open(folder / READERS, "rb")
    except FileNotFoundError:
        if not exclusive:
            raise
        yield True  # not a generation kg published whole: no reader can hold it
        return
    with fh:
        if fcntl is not None:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB if exclusive else fcntl.LOCK_SH)
            except BlockingIOError:
                yield None
                return
        yield fh


@contextlib.contextmanager
def committed(out: Path | str) -> Iterator[Generation | None]:
    """Hold ``out``'s current generation for as long as the block runs (a build never removes it meanwhile).

    A store without a generation (built by an older kg) gets its first one published now, unless a build
    holds it: then, and when ``out`` has no store, ``None``.

    Raises:
        StoreError: the pointer is broken, or names a generation that is not there.
    """
    for attempt in range(2):
        for _ in range(5):  # a build may remove the generation between reading the pointer and pinning it
            gen = current(out)
            if gen is None:
                break
            with contextlib.ExitStack() as stack:
                try:
                    stack.enter_context(_pin(gen.path))
                except FileNotFoundError:
                    continue
                if not (gen.path / "CURRENT").exists():
                    continue
                yield gen
                return
        else:
            raise StoreError(f"{Path(out) / GENERATIONS / POINTER}: names {gen.id}, which is not there")
        if attempt or not (store_path(out) / "CURRENT").exists():
            break
        try:
            with open_store(store_path(out)) as live:
                publish(live, out)
        except StoreBusyError:
            break
    yield None


def open_committed(out: Path | str) -> LocalStore | None:
    """``out``'s current generation opened read-only and held until the store is closed (see :func:`committed`);
    ``None`` when ``out`` has no store, or only one a build holds that has no generation yet."""
    held = contextlib.ExitStack()
    gen = held.enter_context(committed(out))
    if gen is None:
        held.close()
        return None
    try:
        store = LocalStore(gen.path, read_only=True)
    except BaseException:
        held.close()
        raise
    store.generation, store.held = gen, held
    return store
