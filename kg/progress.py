"""The build's progress bar: articles done, articles/s and time left, on standard error."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable
from pathlib import Path

from tqdm import tqdm

from .ingest.counting import count_articles
from .model import ArticleResult

__all__ = ["ProgressBar"]


class ProgressBar:
    """Count articles as a build reports them (``progress=bar``; ``done`` counts them, drawn or not); the
    total, for the time left, is counted in a background thread so that the build starts at once.

    Args:
        paths: the build's inputs.
        csv_columns: as for :func:`kg.ingest.readers.read_articles`.
        enabled: draw the bar (by default only when standard error is a terminal).
    """

    def __init__(self, paths: Iterable[Path | str], csv_columns: Iterable[tuple[str, str]] = (), enabled: bool | None = None):
        paths = [p for p in paths if str(p) != "-"]
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.relations = self.done = 0
        self.bar = tqdm(
            total=None,
            unit=" articles",
            file=sys.stderr,
            disable=not self.enabled,
            dynamic_ncols=True,
            smoothing=0.05,
            bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining},{rate_noinv_fmt}{postfix}]",
        )
        if self.enabled:
            threading.Thread(target=self._count, args=(paths, tuple(csv_columns)), daemon=True, name="kg-count").start()

    def _count(self, paths: list, csv_columns: tuple) -> None:
        total = count_articles(paths, csv_columns)
        with self.bar.get_lock():
            self.bar.total = max(total, self.bar.n)
        self.bar.refresh()

    def __call__(self, result: ArticleResult) -> None:
        self.done += 1
        self.relations += len(result.events)
        self.bar.set_postfix_str(f"{self.relations} relations", refresh=False)
        self.bar.update(1)

    def write(self, message: str) -> None:
        """Print a line (an error) above the bar without breaking it."""
        self.bar.write(message, file=sys.stderr)

    def close(self) -> None:
        self.bar.close()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
