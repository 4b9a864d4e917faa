"""Exceptions: one base class, subclasses grouped by what the user must fix."""

from __future__ import annotations

__all__ = [
    "InputError",
    "KgError",
    "ModelError",
    "OptionError",
    "QueryError",
    "RuleDataError",
    "StoreBusyError",
    "StoreError",
    "WorkerError",
]


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KgError):
    """An input article or path cannot be read; the message names the file."""


class OptionError(KgError):
    """An option or setting has a value kg does not know (the message lists the valid ones), or names an
    actor the graph does not hold."""


class RuleDataError(KgError):
    """A data file (gazetteer, relations, boilerplate) is malformed; names file, entry and key."""


class ModelError(KgError):
    """The spaCy pipeline cannot be loaded."""


class StoreError(KgError):
    """A graph cannot be read or written."""


class StoreBusyError(StoreError):
    """Another process holds the on-disk store (a build, or another query)."""


class QueryError(KgError):
    """A SPARQL query is malformed or cannot be found."""


class WorkerError(KgError):
    """A worker process of a parallel build died (killed, or out of memory)."""


def one_line(exc: BaseException) -> str:
    """A library's error message on one line, for an error line that names the input."""
    return " ".join(str(exc).split()) or type(exc).__name__
