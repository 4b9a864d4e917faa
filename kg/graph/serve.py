"""Serve a build's store as a read-only SPARQL 1.1 endpoint with Oxigraph's own HTTP server."""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from ..errors import StoreError
from .store import store_path

__all__ = ["serve", "server_command"]


def _oxigraph() -> str:
    beside = Path(sys.executable).parent / "oxigraph"  # the venv's copy from the `oxigraph` package
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def server_command(data: Path | str = "output", host: str = "127.0.0.1", port: int = 7878, timeout: int = 30) -> list[str]:
    """The ``oxigraph serve-read-only`` command line that serves ``data``'s store.

    Every named graph is queried as one default graph, as ``kg query`` does; a query that runs
    longer than ``timeout`` seconds is stopped.

    Raises:
        StoreError: ``data`` has no store, or the server is not installed.
    """
    location = store_path(data)
    if not (location / "CURRENT").exists():
        raise StoreError(f"{location}: no store found (run 'kg build' first, or pass --data)")
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [
        _oxigraph(),
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        bind,
        "--timeout-s",
        str(timeout),
        "--union-default-graph",
    ]


def serve(data: Path | str = "output", host: str = "127.0.0.1", port: int = 7878, timeout: int = 30) -> int:
    """Run the server in the foreground until it stops or is interrupted; return its exit status.

    Oxigraph calls reading a store that another process writes undefined behaviour: do not run a
    build into the same folder while serving it.
    """
    command = server_command(data, host, port, timeout)
    previous = None
    with contextlib.suppress(ValueError):  # only the main thread may set handlers; others rely on Ctrl-C
        previous = signal.signal(signal.SIGTERM, _interrupt)
    process = subprocess.Popen(command)
    try:
        return process.wait()
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM sent to kg: stop the server too
        process.terminate()
        return process.wait()
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt
