"""The HTTP front of ``kg serve``: every request is checked here before Oxigraph's server sees it.

Oxigraph's read-only server (on a loopback port of its own) answers the queries; this front, on
the address the user chose, speaks the SPARQL 1.1 protocol to clients and:

- refuses a request body over :data:`MAX_BODY_BYTES` (HTTP 413), updates (405), and a query that is
  too long, nests too deep or uses ``SERVICE`` (400, :mod:`kg.graph.guard`), so a query can neither
  crash the server nor make it call other addresses;
- stops a query at the timeout with HTTP 503 and restarts the backend, which is the only way to
  stop a query Oxigraph is computing (its own timeout is checked between results, so an aggregate
  ran for minutes and then answered 200 with the error in the body);
- refuses a result over :data:`MAX_RESULT_BYTES` (503: add a ``LIMIT``).
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ..errors import QueryError, StoreError
from .guard import check_query

__all__ = ["MAX_BODY_BYTES", "MAX_RESULT_BYTES", "Backend", "make_server"]

log = logging.getLogger(__name__)

#: The largest request body accepted (a query, form-encoded or not).
MAX_BODY_BYTES = 1_000_000
#: A body over the limit is read and dropped up to this size before the 413 answer; a larger one is cut off.
MAX_DRAIN_BYTES = 64_000_000
#: The largest result relayed to a client; a larger one is refused with a hint to add a ``LIMIT``.
MAX_RESULT_BYTES = 100_000_000
#: The backend's own timeout is this much longer than the front's, so that the front always answers first.
BACKEND_GRACE = 30
#: Seconds the backend may take to start listening.
START_TIMEOUT = 30


class Backend:
    """Oxigraph's read-only server on a free loopback port, restarted when a query has to be stopped."""

    def __init__(self, command: list[str]):
        self.command = command  # with "{bind}" where the loopback address goes
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        command = [part.replace("{bind}", f"127.0.0.1:{port}") for part in self.command]
        log_file = tempfile.TemporaryFile()  # not a pipe: a server that logs much would fill it and block
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log_file)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log_file.seek(0)
                error = log_file.read().decode(errors="replace").strip().splitlines()
                raise StoreError(f"the oxigraph server stopped at start: {error[-1] if error else self.process.returncode}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                self.url = f"http://127.0.0.1:{port}/query"
                return
            time.sleep(0.05)
        self.stop()
        raise StoreError(f"the oxigraph server did not start within {START_TIMEOUT} s")

    def restart(self, url: str) -> None:
        """Restart the server that answered at ``url``, unless another request has restarted it already."""
        with self.lock:
            if url == self.url:
                self.stop()
                self.start()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def make_server(address: tuple[str, int], family: int, backend: Backend, timeout: int, allow_service: bool = False):
    """A threading HTTP server on ``address`` that checks each request and relays it to ``backend``."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args) -> None:
            log.info("%s %s", self.address_string(), format % args)

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            if url.path != "/query":
                return self._error(404, f"no such endpoint {url.path!r}: queries go to /query")
            self._answer(urllib.parse.parse_qs(url.query).get("query", [""])[0])

        def do_POST(self) -> None:
            path = urllib.parse.urlsplit(self.path).path
            if path != "/query":
                return self._error(405 if path == "/update" else 404, "this endpoint is read-only: queries go to /query")
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                return self._error(400, "bad Content-Length")
            if length > MAX_BODY_BYTES:
                self._drain(length)  # so that the client reads the answer instead of a broken pipe
                return self._error(413, f"request body of {length:,} bytes refused (at most {MAX_BODY_BYTES:,})")
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-query":
                return self._answer(body)
            self._answer(urllib.parse.parse_qs(body).get("query", [""])[0])

        def _drain(self, length: int) -> None:
            """Read and drop a refused body, up to :data:`MAX_DRAIN_BYTES` (past that, the connection is just closed)."""
            left = min(length, MAX_DRAIN_BYTES)
            while left > 0:
                chunk = self.rfile.read(min(left, 65536))
                if not chunk:
                    break
                left -= len(chunk)

        def _answer(self, text: str) -> None:
            if not text.strip():
                return self._error(400, "no query: send ?query=... or a POST body")
            try:
                check_query(text, allow_service)
            except QueryError as exc:
                return self._error(400, str(exc))
            data = urllib.parse.urlencode({"query": text}).encode()
            accept = self.headers.get("Accept") or "application/sparql-results+json"
            url = backend.url
            request = urllib.request.Request(
                url, data=data, headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
            )
            try:
                with urllib.request.urlopen(request, timeout=timeout) as reply:
                    body = reply.read(MAX_RESULT_BYTES + 1)
                    kind = reply.headers.get("Content-Type", "application/octet-stream")
            except urllib.error.HTTPError as exc:
                return self._send(exc.code, exc.headers.get("Content-Type", "text/plain"), exc.read(MAX_BODY_BYTES))
            except (TimeoutError, http.client.HTTPException, urllib.error.URLError, OSError) as exc:
                timed_out = isinstance(exc, (TimeoutError, socket.timeout)) or "timed out" in str(exc)
                backend.restart(url)  # the only way to stop what the backend is still computing
                if timed_out:
                    return self._error(503, f"query stopped after {timeout} s (the server's --timeout)")
                return self._error(502, f"the store's server failed: {exc}")
            if len(body) > MAX_RESULT_BYTES:
                return self._error(503, f"result over {MAX_RESULT_BYTES:,} bytes refused: add a LIMIT")
            self._send(200, kind, body)

        def _error(self, status: int, message: str) -> None:
            self.close_connection = True  # a refused request's body may be unread: never parse it as the next request
            self._send(status, "text/plain; charset=utf-8", (message + "\n").encode())

        def _send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        address_family = family
        daemon_threads = True

    return Server(address, Handler)
