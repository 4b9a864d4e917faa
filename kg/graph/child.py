"""Run a function in a child process that is killed at a time limit: pyoxigraph and rdflib cannot stop a
query they are computing, so a query with a timeout runs in a forked child (see :func:`kg.query`)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import TypeVar

from ..errors import KgError, QueryError, one_line

__all__ = ["run_with_timeout"]

T = TypeVar("T")


def run_with_timeout(fn: Callable[[], T], timeout: float | None, label: str = "query") -> T:
    """``fn()`` computed in a forked child process and returned (it must be picklable), or :class:`QueryError` once
    ``timeout`` seconds have passed (the child is killed; ``None``: no limit). A :class:`KgError` the child raises is raised here;
    Ctrl-C kills the child and is raised here too."""
    context = multiprocessing.get_context("fork")  # the child inherits fn: nothing to import or pickle on the way in
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(fn, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise QueryError(f"{label}: stopped after {timeout:g} s (the time limit; --timeout 0 lifts it)")
        ok, value = receive.recv()
    except EOFError:
        child.join(1)
        raise QueryError(f"{label}: the query process died (exit status {child.exitcode})") from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join()
    if not ok:
        raise value
    return value


def _child(fn: Callable[[], object], send) -> None:
    try:
        answer = (True, fn())
    except KgError as exc:
        answer = (False, exc)
    except BaseException as exc:  # Ctrl-C reaches the child too: the parent kills it, and reports
        answer = (False, QueryError(one_line(exc)))
    try:
        send.send(answer)
    except (OSError, ValueError):  # the parent has gone
        pass
