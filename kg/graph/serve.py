"""``kg serve``: a build's last published generation as a read-only SPARQL 1.1 endpoint: Oxigraph's server behind
kg's checking front (:mod:`kg.graph.endpoint`)."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import shutil
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path

from ..errors import OptionError, StoreBusyError, StoreError
from .endpoint import BACKEND_GRACE, Backend, make_server
from .generation import committed
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
    read-only server behind the front (``{bind}`` stands for its loopback address) on its current generation
    (:mod:`kg.graph.generation`), never on the store a build may be writing.

    Every named graph is queried as one default graph, as ``kg query`` does.

    Raises:
        StoreError: ``data`` has no store, the server is not installed, or a build holds a store that has no
            generation yet.
        OptionError: the port, the timeout or the host cannot be used.
    """
    with committed(data) as gen:
        if gen is None:
            _no_generation(data)
        return _command(gen.path, host, port, timeout)


def _no_generation(data: Path | str) -> None:
    location = store_path(data)
    if not (location / "CURRENT").exists():
        raise StoreError(f"{location}: no store found (run 'kg build' first, or pass --data)")
    raise StoreBusyError(f"{location}: in use by a build and no generation published yet: serve it when the build ends")


def _command(location: Path, host: str, port: int, timeout: int) -> list[str]:
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
    data: Path | str = "output",
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: int = 30,
    allow_service: bool = False,
    on_ready: Callable[[str], None] | None = None,
) -> int:
    """Serve ``data``'s current generation read-only at ``http://host:port/query`` until interrupted; return the exit
    status. ``on_ready`` gets the line that says where, and which build it answers from (default: logged).

    Requests go through the checking front of :mod:`kg.graph.endpoint` to Oxigraph's server. The generation is
    the store as the last build left it (:mod:`kg.graph.generation`): a build into ``data`` meanwhile goes on
    and publishes a new one, which the next ``kg serve`` answers from; this one keeps answering from its own.
    """
    with committed(data) as gen:
        if gen is None:
            _no_generation(data)
        backend = Backend(_command(gen.path, host, port, timeout))
        family, address = _check_address(host, port, timeout)
        if ipaddress.ip_address(address[0]).is_unspecified:
            log.warning("--host %s listens on every network interface: anyone who can reach this machine can query it", host)
        previous = None
        with contextlib.suppress(ValueError):  # only the main thread may set handlers; others rely on Ctrl-C
            previous = signal.signal(signal.SIGTERM, _interrupt)
        backend.start()
        try:
            server = make_server(address[:2], family, backend, timeout, allow_service)
        except OSError as exc:
            backend.stop()
            raise OptionError(f"--host {host} --port {port}: cannot listen there ({exc.strerror or exc})") from None
        shown = f"[{host}]" if ":" in host else host
        (on_ready or log.warning)(
            f"serving {gen.path} ({gen.describe()}) read-only at http://{shown}:{port}/query (Ctrl-C stops)"
        )
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
