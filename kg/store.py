"""Where the graph lives: an on-disk Oxigraph store (``<out>/store/``) or a remote SPARQL 1.1 server.

Both speak SPARQL only, so they share one write path: an article is written by a single SPARQL
Update (drop its named graph, insert the new one and its actors), which Oxigraph and every SPARQL
1.1 server apply atomically. rdflib's store plugins (oxrdflib, ``SPARQLUpdateStore``) write triple
by triple, so a killed build could leave half an article; that is why this module talks to
pyoxigraph and to the SPARQL protocol directly. Query results come back as rdflib ``Result``
objects, the same type ``kg.query`` returns for files.
"""

from __future__ import annotations

import io
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef  # noqa: F401 - Literal is used by the doctest
from rdflib.query import Result
from rdflib.term import Identifier

from .errors import QueryError, StoreBusyError, StoreError
from .rdf import ACTORS_GRAPH, ontology
from .vocab import ID, KG, ONTOLOGY_IRI, SCHEMA

__all__ = ["GraphStore", "LocalStore", "RemoteStore", "open_store", "open_data", "bind_values", "store_path", "PREFIXES"]

STORE_DIR = "store"
PREFIXES = {"kg": str(KG._NS), "kgid": str(ID), "wd": "http://www.wikidata.org/entity/", "schema": str(SCHEMA),
            "prov": "http://www.w3.org/ns/prov#", "owl": "http://www.w3.org/2002/07/owl#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#"}
_SAME_ARTICLE = f"ASK {{ GRAPH ?g {{ ?g <{KG.contentHash}> ?hash }} }}"
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }"


def store_path(out: Path | str) -> Path:
    """The store folder of a build's output folder."""
    return Path(out) / STORE_DIR


def bind_values(text: str, bindings: Mapping[str, Identifier] | None) -> str:
    """Bind variables to RDF terms with a ``VALUES`` block at the start of the query's outer group.

    The values are serialised as RDF terms (quotes and backslashes escaped), so a value can never
    end the string it is in and add query text of its own.

    Examples:
        >>> bind_values("SELECT ?e WHERE { ?e ?p ?k }", {"k": Literal('x" } DROP ALL')})
        'SELECT ?e WHERE { VALUES (?k) { ("x\\\\" } DROP ALL") } ?e ?p ?k }'
    """
    if not bindings:
        return text
    for name in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r}: not a SPARQL variable name")
    start = _outer_brace(text)
    names = " ".join(f"?{n}" for n in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    return f"{text[:start + 1]} VALUES ({names}) {{ ({values}) }}{text[start + 1:]}"


def _outer_brace(text: str) -> int:
    """Offset of the first ``{`` of the query body, skipping comments, IRIs and strings."""
    for m in re.finditer(r'#[^\n]*|<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|\{', text):
        if m.group() == "{":
            return m.start()
    raise QueryError("query has no '{ ... }' group to bind values in")


class GraphStore:
    """What a build and a query need from a store: SPARQL Query and SPARQL Update."""

    name = "store"

    def query(self, text: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run a SPARQL query, every named graph queried as one default graph.

        Raises:
            QueryError: the query is malformed or fails.
            StoreError: the store cannot be read.
        """
        raise NotImplementedError

    def update(self, text: str) -> None:
        """Run one SPARQL Update, applied as one transaction."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the store."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def put_article(self, graph: Graph, actors: Graph) -> str:
        """Write one article's named graph and its actors in one transaction.

        An article whose graph is stored with the same content hash is left alone; a changed one
        replaces its old graph.

        Returns:
            ``"unchanged"`` or ``"stored"``.
        """
        name = graph.identifier
        digest = graph.value(name, KG.contentHash)
        if digest is not None and self.query(_SAME_ARTICLE, {"g": name, "hash": digest}).askAnswer:
            return "unchanged"
        self.update(f"DROP SILENT GRAPH {name.n3()} ;\nINSERT DATA {{\nGRAPH {name.n3()} {{\n{_nt(graph)}}}\n"
                    f"GRAPH {ACTORS_GRAPH.n3()} {{\n{_nt(actors)}}}\n}}")
        return "stored"

    def put_ontology(self) -> None:
        """Store the packaged ontology in its own named graph, replacing an older version."""
        name = URIRef(ONTOLOGY_IRI)
        self.update(f"DROP SILENT GRAPH {name.n3()} ;\nINSERT DATA {{ GRAPH {name.n3()} {{\n{_nt(ontology())}}} }}")

    def count(self) -> int:
        """The number of distinct triples over all graphs."""
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
        return int(next(iter(result))[0])


def _nt(graph: Graph) -> str:
    return "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in graph)


class LocalStore(GraphStore):
    """An Oxigraph store on disk (or in memory when ``path`` is ``None``)."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else None
        self.name = str(self.path) if self.path else "memory store"
        try:
            self._store = ox.Store(str(self.path)) if self.path else ox.Store()
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreBusyError(f"{self.path}: the store is in use by another process") from None
            raise StoreError(f"{self.path}: cannot open the store: {_first_line(exc)}") from None

    @property
    def store(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        return self._store

    def query(self, text: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        try:
            answer = self._store.query(bind_values(text, bindings), use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {_first_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"{self.name}: cannot be read: {_first_line(exc)}") from None
        if isinstance(answer, ox.QueryTriples):
            result = Result("CONSTRUCT")
            result.graph = Graph().parse(data=answer.serialize(format=ox.RdfFormat.N_TRIPLES), format="nt")
            return result
        return Result.parse(io.BytesIO(answer.serialize(format=ox.QueryResultsFormat.JSON)), format="json")

    def update(self, text: str) -> None:
        try:
            self._store.update(text)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL Update: {_first_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"{self.name}: cannot be written: {_first_line(exc)}") from None

    def load(self, path: Path) -> None:
        """Load an RDF file (format from its extension) in one transaction."""
        try:
            self._store.load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")))
        except (SyntaxError, ValueError, OSError) as exc:
            raise StoreError(f"{path}: cannot be loaded: {_first_line(exc)}") from None

    def dump(self, output: IO[bytes], fmt: ox.RdfFormat) -> None:
        """Write the store: quad formats keep the named graphs, triple formats get their union."""
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        if fmt.supports_datasets:
            self._store.dump(output, fmt, prefixes=prefixes)
        else:
            ox.serialize(self._store.query(_UNION), output, fmt, prefixes=prefixes)

    def close(self) -> None:
        if self.path:
            self._store.flush()
        del self._store


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

    def _post(self, url: str, body: dict[str, str], accept: str) -> tuple[bytes, str]:
        request = urllib.request.Request(url, data=urllib.parse.urlencode(body).encode(), headers={
            "Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
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

    def query(self, text: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        # The server decides what the default graph is; kg's queries expect the union of all graphs
        # (`oxigraph serve --union-default-graph`, Fuseki's unionDefaultGraph, GraphDB's default).
        body, ctype = self._post(self.endpoint, {"query": bind_values(text, bindings)},
                                 "application/sparql-results+json, application/n-triples;q=0.9")
        if ctype in ("application/sparql-results+json", "application/json"):
            return Result.parse(io.BytesIO(body), format="json")
        result = Result("CONSTRUCT")
        result.graph = Graph().parse(data=body.decode("utf-8"), format="nt" if "n-triples" in ctype else "turtle")
        return result

    def update(self, text: str) -> None:
        self._post(self.update_endpoint, {"update": text}, "*/*")


def open_store(path: Path | str) -> LocalStore:
    """Open (or create) the on-disk store at ``path``.

    Raises:
        StoreBusyError: another process holds the store.
        StoreError: the store cannot be opened (e.g. corrupt).
    """
    return LocalStore(path)


def open_data(data: Path | str) -> LocalStore:
    """A build's store, or an in-memory store loaded from the folder's ``graph.trig`` or an RDF file.

    Raises:
        StoreError: nothing to load, or it does not parse.
    """
    path = Path(data)
    if path.is_dir() and (store_path(path) / "CURRENT").exists():
        return open_store(store_path(path))
    if path.is_dir():
        path = next((path / n for n in ("graph.trig", "graph.ttl") if (path / n).exists()), path / "graph.trig")
    if not path.exists():
        raise StoreError(f"{path}: no graph found (run 'kg build' first, or pass --data)")
    store = LocalStore()
    store.load(path)
    return store


def _first_line(exc: BaseException | str, limit: int = 200) -> str:
    text = str(exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return line if len(line) <= limit else line[:limit] + " ..."
