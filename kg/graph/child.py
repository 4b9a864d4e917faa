"""Run a function in a child process that is killed at a time limit: pyoxigraph and rdflib cannot stop a
query they are computing, so a query with a timeout runs in a forked child (see :func:`kg.query`)."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from typing import TypeVar

from ..errors import KgError, QueryError, one_line

__all__ = ["run_with_timeout"]

T = TypeVar("T")
PR_SET_PDEATHSIG = 1  # linux/prctl.h: the signal a process gets when its parent ends


def run_with_timeout(fn: Callable[[], T], timeout: float | None, label: str = "query") -> T:
    """``fn()`` computed in a forked child process and returned (it must be picklable), or :class:`QueryError` once
    ``timeout`` seconds have passed (the child is killed; ``None``: no limit). A :class:`KgError` the child raises is raised here;
    Ctrl-C kills the child and is raised here too."""
    context = multiprocessing.get_context("fork")  # the child inherits fn: nothing to import or pickle on the way in
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(fn, send, os.getpid()), daemon=True)
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


def _die_with(parent: int) -> None:
    """Never outlive the parent, however it ends (SIGKILL included): a query computing in Rust does not see a
    signal, and an orphan would hold a core until its query ends, which for a bad query is never."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the kernel was told
        os._exit(1)


def _child(fn: Callable[[], object], send, parent: int) -> None:
    _die_with(parent)
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
