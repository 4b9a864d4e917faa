"""A SPARQL 1.1 Query/Update server as kg's store (``--endpoint``): the same :class:`GraphStore` over HTTP."""

from __future__ import annotations

import io
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Identifier

from ..errors import QueryError, StoreError
from .store import GraphStore, _first_line, bind_values

__all__ = ["RemoteStore"]


class RemoteStore(GraphStore):
    """A SPARQL 1.1 Query/Update server, e.g. ``oxigraph serve``, Fuseki or GraphDB.

    Args:
        endpoint: the query endpoint URL.
        update_endpoint: the update endpoint; by default ``endpoint`` with a last path segment
            ``query`` replaced by ``update`` (Oxigraph's and Fuseki's layout), else ``endpoint``.
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

    def _post(self, url: str, body: dict[str, str], accept: str) -> tuple[bytes, str]:
        request = urllib.request.Request(
            url,
            data=urllib.parse.urlencode(body).encode(),
            headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            detail = _first_line(exc.read().decode("utf-8", "replace")) or exc.reason
            error = QueryError if exc.code == 400 else StoreError
            raise error(f"{url}: the server answered {exc.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint: {reason}") from None

    def check_union(self) -> None:
        """Refuse a server whose default graph is not the union of its named graphs: kg writes every article to a
        named graph and queries the default graph, so such a server would answer every query with nothing.

        Raises:
            StoreError: named graphs hold data and the default graph holds none, with what to configure.
        """
        if self._checked:
            return
        named = self._ask("ASK { GRAPH ?g { ?s ?p ?o } }")
        if named and not self._ask("ASK { ?s ?p ?o }"):
            raise StoreError(
                f"{self.endpoint}: the server's default graph is not the union of its named graphs, so every query "
                "would find nothing; start it with that setting (oxigraph serve --union-default-graph; Fuseki: "
                "tdb:unionDefaultGraph true) and run the command again"
            )
        self._checked = named  # an empty server is checked again once it holds data

    def _ask(self, text: str) -> bool:
        body, _ = self._post(self.endpoint, {"query": text}, "application/sparql-results+json")
        return bool(json.loads(body).get("boolean"))

    def query(self, text: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        # The server decides what the default graph is; kg's queries expect the union of all graphs
        # (`oxigraph serve --union-default-graph`, Fuseki's unionDefaultGraph, GraphDB's default).
        self.check_union()
        body, ctype = self._post(
            self.endpoint, {"query": bind_values(text, bindings)}, "application/sparql-results+json, application/n-triples;q=0.9"
        )
        if ctype in ("application/sparql-results+json", "application/json"):
            return Result.parse(io.BytesIO(body), format="json")
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(data=body.decode("utf-8"), format="nt" if "n-triples" in ctype else "turtle")
        return result

    def update(self, text: str) -> None:
        self._post(self.update_endpoint, {"update": text}, "*/*")
