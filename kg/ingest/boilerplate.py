"""The patterns that tell site furniture (bylines, newsletter prompts, share buttons) from article text.

Read from ``kg/data/boilerplate.yaml`` once per process and used by :mod:`kg.ingest.cleaning`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..errors import RuleDataError
from ..model import read_data

__all__ = ["Boilerplate", "load_boilerplate"]


@dataclass(frozen=True)
class Boilerplate:
    """Lines matching ``patterns`` are furniture; so are short label-like lines of at most ``max_label_words``.
    A line longer than ``max_furniture_words`` is prose: only its sentences that match are dropped. A first paragraph
    loses the wire dateline that ``dateline`` matches."""

    patterns: tuple[re.Pattern, ...]
    max_label_words: int
    max_furniture_words: int = 80
    #: a wire dateline opening the first paragraph ("KYIV, Ukraine — "), cut from it
    dateline: re.Pattern | None = None


@functools.cache
def load_boilerplate() -> Boilerplate:
    """``boilerplate.yaml``, its patterns compiled.

    Raises:
        RuleDataError: a pattern that is not a valid regular expression, with its index.
    """
    data = read_data("boilerplate.yaml")
    patterns = []
    for i, pattern in enumerate(data["line_patterns"]):
        try:
            patterns.append(re.compile(pattern, re.IGNORECASE))
        except re.error as exc:
            raise RuleDataError(f"kg/data/boilerplate.yaml: line_patterns[{i}] {pattern!r}: {exc}") from exc
    dateline = data.get("dateline_prefix")
    try:
        dateline = re.compile(dateline) if dateline else None
    except re.error as exc:
        raise RuleDataError(f"kg/data/boilerplate.yaml: dateline_prefix {dateline!r}: {exc}") from exc
    return Boilerplate(tuple(patterns), int(data["max_label_words"]), int(data.get("max_furniture_words", 80)), dateline)
