"""``kg serve``: a build's store as a read-only SPARQL 1.1 endpoint: Oxigraph's server behind kg's checking front
(:mod:`kg.graph.endpoint`)."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import shutil
import signal
import socket
import sys
from pathlib import Path

from ..errors import OptionError, StoreError
from .endpoint import BACKEND_GRACE, Backend, make_server
from .store import store_path

__all__ = ["serve", "server_command"]

log = logging.getLogger(__name__)


def _oxigraph() -> str:
    beside = Path(sys.executable).parent / "oxigraph"  # the venv's copy from the `oxigraph` package
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def server_command(data: Path | str = "output", host: str = "127.0.0.1", port: int = 7878, timeout: int = 30) -> list[str]:
    """Check that ``data``'s store can be served at ``host``:``port``, and return the command line of the Oxigraph
    read-only server behind the front (``{bind}`` stands for its loopback address).

    Every named graph is queried as one default graph, as ``kg query`` does.

    Raises:
        StoreError: ``data`` has no store, or the server is not installed.
        OptionError: the port, the timeout or the host cannot be used.
    """
    location = store_path(data)
    if not (location / "CURRENT").exists():
        raise StoreError(f"{location}: no store found (run 'kg build' first, or pass --data)")
    _check_address(host, port, timeout)
    backend_timeout = str(timeout + BACKEND_GRACE)
    return [_oxigraph(), "serve-read-only", "--location", str(location), "--bind", "{bind}", "--timeout-s", backend_timeout,
            "--union-default-graph"]  # fmt: skip


def _check_address(host: str, port: int, timeout: int) -> tuple[int, tuple]:
    """The address family and socket address to listen on; one line for an address the server could not use."""
    if not 1 <= port <= 65535:
        raise OptionError(f"--port {port}: a TCP port is 1-65535")
    if timeout < 1:
        raise OptionError(f"--timeout {timeout}: a query needs at least 1 second")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise OptionError(f"--host {host}: not an address of this machine ({exc})") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(address)
        except OSError as exc:
            raise OptionError(f"--host {host} --port {port}: cannot listen there ({exc.strerror or exc})") from None
    return family, address


def serve(
    data: Path | str = "output", host: str = "127.0.0.1", port: int = 7878, timeout: int = 30, allow_service: bool = False
) -> int:
    """Serve ``data``'s store read-only at ``http://host:port/query`` until interrupted; return the exit status.

    Requests go through the checking front of :mod:`kg.graph.endpoint` to Oxigraph's server. Oxigraph
    calls reading a store that another process writes undefined behaviour: do not run a build into the
    same folder while serving it.
    """
    backend = Backend(server_command(data, host, port, timeout))
    family, address = _check_address(host, port, timeout)
    if ipaddress.ip_address(address[0]).is_unspecified:
        log.warning("--host %s listens on every network interface: anyone who can reach this machine can query the store", host)
    previous = None
    with contextlib.suppress(ValueError):  # only the main thread may set handlers; others rely on Ctrl-C
        previous = signal.signal(signal.SIGTERM, _interrupt)
    backend.start()
    try:
        server = make_server(address[:2], family, backend, timeout, allow_service)
    except OSError as exc:
        backend.stop()
        raise OptionError(f"--host {host} --port {port}: cannot listen there ({exc.strerror or exc})") from None
    try:
        server.serve_forever()
    except KeyboardInterrupt:  # Ctrl-C, or SIGTERM sent to kg: stop the backend too
        pass
    finally:
        server.server_close()
        backend.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return 0


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt
