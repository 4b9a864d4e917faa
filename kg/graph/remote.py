"""A SPARQL 1.1 Query/Update server as kg's store (``--endpoint``): the same :class:`GraphStore` over HTTP,
spoken through SPARQLWrapper."""

from __future__ import annotations

import ast
import http.client
import io
import re
import urllib.error
import urllib.parse
import warnings
from collections.abc import Mapping, Sequence

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Identifier
from SPARQLWrapper import CONSTRUCT, DESCRIBE, INSERT, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from ..errors import KgError, QueryError, StoreError
from .store import GraphStore, _first_line, bind_rows, bind_values

__all__ = ["RemoteStore"]

# Virtuoso's SQL optimiser tries join orders for minutes on a pattern of twenty triples (kg's `events` query
# timed out after 60 s on two articles; the ini settings `StopCompilerWhenXOverRunTime` and `MaxOptimizeLayouts`
# did not help), so for a server that names itself Virtuoso a query asks for the join order it is written in,
# unless it may hold a property path: in that order Virtuoso 7.2.5 answered `most-hostile-pairs`
# (`rdfs:subPropertyOf+`) wrongly. Path operators are looked for outside IRIs, strings and comments
# (arithmetic counts too: such a query is left to the optimiser).
VIRTUOSO_ORDER = 'DEFINE sql:select-option "order"\n'
_QUOTED = re.compile(r'<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')
_STAR = re.compile(r"SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?\*|COUNT\s*\(\s*(?:DISTINCT\s+)?\*", re.IGNORECASE)


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server, e.g. ``oxigraph serve``, Virtuoso, Fuseki or GraphDB.

    Args:
        endpoint: the query endpoint URL.
        update_endpoint: the update endpoint; by default ``endpoint`` with a last path segment
            ``query`` replaced by ``update`` (Oxigraph's and Fuseki's layout), else ``endpoint`` (Virtuoso's ``/sparql``).
        timeout: seconds to wait for an answer.
    """

    def __init__(self, endpoint: str, update_endpoint: str | None = None, timeout: float = 60.0):
        if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
            raise StoreError(f"{endpoint}: not an http(s) URL")
        self.name = endpoint
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or re.sub(r"/query/?$", "/update", endpoint)
        self.timeout = timeout
        self._checked = False
        self._virtuoso = False

    def _send(self, text: str, update: bool = False, pragma: str = "") -> tuple[bytes, str]:
        """POST one query (or one update) form-encoded, ``pragma`` before it; the answer's body and media type.

        Raises:
            QueryError: the server answered 400 (the request is malformed).
            StoreError: the server cannot be reached or answered another error.
        """
        client = SPARQLWrapper(self.endpoint, updateEndpoint=self.update_endpoint)
        client.setMethod(POST)
        client.setOnlyConneg(True)  # the Accept header only, no `format=json` parameters
        client.setTimeout(max(1, round(self.timeout)))
        with warnings.catch_warnings():  # text that is no query at all is for the server to refuse, in one line
            warnings.simplefilter("ignore")
            client.setQuery(text)
        if update:  # `update=` to the update endpoint, whatever keyword the update starts with
            client.queryType = INSERT
        client.setReturnFormat(TURTLE if client.queryType in (CONSTRUCT, DESCRIBE) else JSON)
        if client.queryType in (CONSTRUCT, DESCRIBE):  # N-Triples: Virtuoso's Turtle writes the decimal 7 as 7, an integer
            client.addCustomHttpHeader("Accept", "application/n-triples, text/turtle;q=0.5")
        client.queryString = pragma + text  # after the query form is known: "select" is in Virtuoso's pragma
        url = self.update_endpoint if update else self.endpoint
        try:
            answer = client.query()
            body = answer.response.read()
        except SPARQLWrapperException as exc:  # 400, 401, 404, 414, 500: the body is only in the message
            raise _refused(url, getattr(exc.__context__, "code", 0), _said(exc)) from None
        except urllib.error.HTTPError as exc:
            raise _refused(url, exc.code, _line(exc.read()) or str(exc.reason)) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint: {reason}") from None
        self._virtuoso = answer.response.headers.get("Server", "").startswith("Virtuoso/")
        return body, answer.response.headers.get_content_type()

    def check_union(self) -> None:
        """Refuse a server whose default graph is not the union of its named graphs: kg writes every article to a
        named graph and queries the default graph, so such a server would answer every query with nothing.

        Raises:
            StoreError: named graphs hold data and the default graph holds none, with what to configure.
        """
        if self._checked:
            return
        named = self._any("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1")
        if named and not self._any("SELECT * WHERE { ?s ?p ?o } LIMIT 1"):
            raise StoreError(
                f"{self.endpoint}: the server's default graph is not the union of its named graphs, so every query "
                "would find nothing; start it with that setting (oxigraph serve --union-default-graph; Fuseki: "
                "tdb:unionDefaultGraph true) and run the command again"
            )
        self._checked = named  # an empty server is checked again once it holds data

    def _any(self, text: str) -> bool:
        # a SELECT, not an ASK: Virtuoso 7 answers ASK with a one-row table instead of a boolean
        body, _ = self._send(text)
        return bool(Result.parse(io.BytesIO(body), format="json").bindings)

    def query(self, text: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        # The server decides what the default graph is; kg's queries expect the union of all graphs
        # (`oxigraph serve --union-default-graph`, Fuseki's unionDefaultGraph, GraphDB's and Virtuoso's default).
        self.check_union()
        text = bind_values(text, bindings)
        ordered = self._virtuoso and not re.search(r"[+*/|^]", _STAR.sub(" ", _QUOTED.sub(" ", text)))
        body, ctype = self._send(text, pragma=VIRTUOSO_ORDER if ordered else "")
        if ctype in ("application/sparql-results+json", "application/json"):
            return Result.parse(io.BytesIO(body), format="json")
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(data=body.decode("utf-8"), format="nt" if "n-triples" in ctype else "turtle")
        return result

    def update(self, text: str) -> None:
        self._send(text, update=True)

    def bind_rows(self, text: str, name: str, terms: Sequence[Identifier]) -> str:
        # Virtuoso compiles kg's `events` query with a VALUES block inside its pattern for minutes, and at once with
        # a VALUES clause after the query (joined with the query's solutions: `name` must be selected, nothing
        # aggregated); Oxigraph answers that form 30 times slower, so it is Virtuoso's alone.
        if not self._virtuoso:
            return bind_rows(text, name, terms)
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r}: not a SPARQL variable name")
        return f"{text.rstrip()}\nVALUES ?{name} {{ {' '.join(t.n3() for t in terms)} }}"


def _refused(url: str, code: int, detail: str) -> KgError:
    error = QueryError if code == 400 else StoreError
    return error(f"{url}: the server answered {code}: {detail}")


def _line(body: bytes) -> str:
    text = body.decode("utf-8", "replace")
    return _first_line(text) if text.strip() else ""


def _said(exc: SPARQLWrapperException) -> str:
    """The first line of the server's answer, which SPARQLWrapper keeps only as a ``repr`` in its message."""
    _, _, body = str(exc).partition("Response:\n")
    try:
        return _line(ast.literal_eval(body)) or exc.msg
    except (ValueError, SyntaxError, AttributeError):
        return exc.msg
