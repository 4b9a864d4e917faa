"""Where the graph lives: an on-disk Oxigraph store (``<out>/store/``) or a remote SPARQL 1.1 server.

An article is always written whole: to a server by a single SPARQL Update (drop its named graph,
insert the new one and its actors), which every SPARQL 1.1 server applies atomically; to the local
store by pyoxigraph transactions (:meth:`LocalStore.put_article`). rdflib's store plugins (oxrdflib,
``SPARQLUpdateStore``) write triple by triple, so a killed build could leave half an article; that is
why this module talks to pyoxigraph and to the SPARQL protocol directly. Query results come back as
rdflib ``Result`` objects, the same type :func:`kg.query` returns for files; a server whose default
graph is not the union of its named graphs is refused (:meth:`kg.graph.remote.RemoteStore.check_union`).
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import OWL, PROV, RDFS, XSD, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier

from ..errors import QueryError, StoreBusyError, StoreError
from ..queries import internal
from .guard import where_brace
from .rdf import ontology
from .vocab import ID, KG, ONTOLOGY_IRI, SCHEMA, WD

__all__ = [
    "PREFIXES",
    "GraphStore",
    "LocalStore",
    "bind_rows",
    "bind_values",
    "open_data",
    "open_store",
    "python_value",
    "store_path",
]

log = logging.getLogger(__name__)
STORE_DIR = "store"
PREFIXES = {
    "kg": str(KG._NS),
    "kgid": str(ID),
    "wd": str(WD),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "owl": str(OWL),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}
_SHARED = (str(ID["actor/"]), str(ID["person/"]))


def store_path(out: Path | str) -> Path:
    """The store folder of a build's output folder."""
    return Path(out) / STORE_DIR


def bind_values(text: str, bindings: Mapping[str, Identifier] | None) -> str:
    """Bind variables to RDF terms with a ``VALUES`` block at the start of the query pattern (for a remote
    endpoint, which takes text only; the local store binds inside the engine, :meth:`LocalStore.query`).

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
    start = where_brace(text)
    names = " ".join(f"?{n}" for n in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    return f"{text[: start + 1]} VALUES ({names}) {{ ({values}) }}{text[start + 1 :]}"


def bind_rows(text: str, name: str, terms: Sequence[Identifier]) -> str:
    """Bind one variable to each of several RDF terms (a one-column ``VALUES`` block); see :func:`bind_values`."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"{name!r}: not a SPARQL variable name")
    start = where_brace(text)
    return f"{text[: start + 1]} VALUES ?{name} {{ {' '.join(t.n3() for t in terms)} }}{text[start + 1 :]}"


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

    def select(self, text: str, bindings: Mapping[str, Identifier] | None = None) -> Iterator[dict]:
        """Run a SPARQL SELECT and yield each row as a dict of Python values (numbers, ``YYYY-MM-DD``
        strings for dates, strings for the rest; unbound variables are ``None``)."""
        result = self.query(text, bindings)
        for row in result:
            yield {str(name): python_value(row[name]) for name in result.vars}

    def bind_rows(self, text: str, name: str, terms: Sequence[Identifier]) -> str:
        """``text`` with ``name`` bound to each of ``terms``, in the form this store answers fastest (:func:`bind_rows`)."""
        return bind_rows(text, name, terms)

    def close(self) -> None:
        """Release the store."""

    def flush(self) -> None:
        """Write buffered changes to disk, so that the memory they held is freed."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def put_article(self, name: str, quads: Sequence[ox.Quad]) -> None:
        """Replace the named graph ``name`` of one article and add ``quads`` (its graph and its actors) in one transaction."""
        self.update(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{\n{_quad_data(quads)}}}")

    def add(self, quads: Sequence[ox.Quad]) -> None:
        """Add quads in one transaction."""
        if quads:
            self.update(f"INSERT DATA {{\n{_quad_data(quads)}}}")

    def article_hashes(self) -> dict[str, str]:
        """The ``kg:contentHash`` of every stored article, by article graph IRI."""
        return {str(r[0]): str(r[1]) for r in self.query(internal("content-hashes.rq"))}

    def put_ontology(self) -> None:
        """Store the packaged ontology in its own named graph, replacing an older version."""
        name = URIRef(ONTOLOGY_IRI)
        self.update(f"DROP SILENT GRAPH {name.n3()} ;\nINSERT DATA {{ GRAPH {name.n3()} {{\n{_nt(ontology())}}} }}")

    def count(self) -> int:
        """The number of distinct triples over all graphs."""
        result = self.query(internal("count-triples.rq"))
        return int(next(iter(result))[0])


def _nt(graph: Graph) -> str:
    return "".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in graph)


def _quad_data(quads: Iterable[ox.Quad], block: int = 1000) -> str:
    """Quads as the body of a SPARQL ``INSERT DATA``: ``GRAPH`` blocks of at most ``block`` triples (Virtuoso 7's
    parser gives up, "memory exhausted", at about 5,000 triples in one block, and takes any number of blocks)."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.triple} .\n")
    return "".join(
        f"GRAPH {g} {{\n{''.join(lines[i : i + block])}}}\n" for g, lines in by_graph.items() for i in range(0, len(lines), block)
    )


class LocalStore(GraphStore):
    """An Oxigraph store on disk (or in memory when ``path`` is ``None``); ``read_only`` for a published generation
    (:mod:`kg.graph.generation`), never for a store a build may be writing."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.name = str(self.path) if self.path else "memory store"
        self.read_only = read_only
        self.generation = None  # the Generation a read-only store is, when it is one
        self.held: contextlib.ExitStack | None = None  # released on close: the generation's reader lock
        try:
            if read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path)) if self.path else ox.Store()
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreBusyError(f"{self.path}: the store is in use by another process") from None
            raise StoreError(f"{self.path}: cannot open the store: {_first_line(exc)}") from None

    @property
    def store(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        return self._store

    def _run(self, text: str, bindings: Mapping[str, Identifier] | None):
        """Bind inside the engine; pyoxigraph substitutes only variables the query projects, so a binding of any
        other variable goes in a ``VALUES`` block of escaped terms at the start of the pattern instead."""
        substitutions = _substitutions(bindings)
        try:
            return self._store.query(text, use_default_graph_as_union=True, substitutions=substitutions)
        except RuntimeError as exc:  # "does not contains variable ?x in its SELECT projection"
            if not substitutions or "projection" not in str(exc):
                raise QueryError(f"failing SPARQL: {_first_line(exc)}") from None
            return self._store.query(bind_values(text, bindings), use_default_graph_as_union=True)

    def query(self, text: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        try:
            answer = self._run(text, bindings)
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

    def put_article(self, name: str, quads: Sequence[ox.Quad]) -> None:
        # Two transactions, faster than parsing an update: a build killed between them leaves the article
        # out (and the next build adds it), never half of it.
        try:
            node = ox.NamedNode(name)
            if self._store.contains_named_graph(node):
                self._store.remove_graph(node)
            self._store.extend(quads)
        except OSError as exc:
            raise StoreError(f"{self.name}: cannot be written: {_first_line(exc)}") from None

    def add(self, quads: Sequence[ox.Quad]) -> None:
        try:
            self._store.extend(quads)
        except OSError as exc:
            raise StoreError(f"{self.name}: cannot be written: {_first_line(exc)}") from None

    def select(self, text: str, bindings: Mapping[str, Identifier] | None = None) -> Iterator[dict]:
        # pyoxigraph's solutions are lazy: rows are made as they are read, never all at once
        try:
            solutions = self._run(text, bindings)
            names = [v.value for v in solutions.variables]
            for solution in solutions:
                yield {name: python_value(solution[name]) for name in names}
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {_first_line(exc)}") from None
        except OSError as exc:
            raise StoreError(f"{self.name}: cannot be read: {_first_line(exc)}") from None

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
            ox.serialize(self._union(), output, fmt, prefixes=prefixes)

    def _union(self) -> Iterator[ox.Triple]:
        """Every triple of every graph once, streamed. Only triples about actors and persons (descriptions,
        direct edges) recur across graphs; they are few, so only they are remembered to drop repeats."""
        seen: set[ox.Triple] = set()
        for quad in self._store.quads_for_pattern(None, None, None, None):
            triple = quad.triple
            if isinstance(quad.subject, ox.NamedNode) and quad.subject.value.startswith(_SHARED):
                if triple in seen:
                    continue
                seen.add(triple)
            yield triple

    def flush(self) -> None:
        try:
            self._store.flush()
        except OSError as exc:
            raise StoreError(f"{self.name}: cannot be written: {_first_line(exc)}") from None

    def close(self) -> None:
        if self.path and not self.read_only:
            self._store.flush()
        del self._store
        if self.held is not None:
            self.held.close()


def open_store(path: Path | str) -> LocalStore:
    """Open (or create) the on-disk store at ``path``.

    Raises:
        StoreBusyError: another process holds the store.
        StoreError: the store cannot be opened (e.g. corrupt).
    """
    return LocalStore(path)


def open_data(data: Path | str) -> LocalStore:
    """A build folder's last published generation (:mod:`kg.graph.generation`), read-only, or an in-memory store
    loaded from the folder's ``graph.trig`` (no store, or one a build holds that has no generation yet) or an RDF file.

    Raises:
        StoreError: nothing to load, or it does not parse.
    """
    from .generation import open_committed

    path = Path(data)
    if path.is_dir():
        store = open_committed(path)
        if store is not None:
            log.info("%s: answering from %s (%s)", path, store.path, store.generation.describe())
            return store
        if (store_path(path) / "CURRENT").exists():
            log.warning("%s: in use by a build and no generation published yet; reading %s/graph.trig", store_path(path), path)
        path = next((path / n for n in ("graph.trig", "graph.ttl") if (path / n).exists()), path / "graph.trig")
    if not path.exists():
        raise StoreError(f"{path}: no graph found (run 'kg build' first, or pass --data)")
    store = LocalStore()
    store.load(path)
    return store


_NUMBERS = {str(XSD[t]): (int if t == "integer" else float) for t in ("integer", "decimal", "double", "float")}


def _substitutions(bindings: Mapping[str, Identifier] | None) -> dict | None:
    """Bindings as pyoxigraph binds them inside the engine (SEP-0007): no text is spliced into the query."""
    if not bindings:
        return None
    for name in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r}: not a SPARQL variable name")
    return {ox.Variable(name): _to_ox(term) for name, term in bindings.items()}


def _to_ox(term: Identifier):
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term))
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    raise QueryError(f"{term!r}: only IRIs and literals can be bound")


def python_value(term: Identifier | ox.NamedNode | ox.BlankNode | ox.Literal | None) -> object:
    """The Python value of an RDF term, rdflib's or pyoxigraph's: a number for numeric literals, else its text
    (IRIs in full, dates as ``YYYY-MM-DD``); ``None`` for an unbound variable.

    Examples:
        >>> python_value(Literal(3)), python_value(ox.Literal("2024-03-01", datatype=ox.NamedNode(XSD.date)))
        (3, '2024-03-01')
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):  # pyoxigraph's terms first: the streaming path of LocalStore.select
        convert = _NUMBERS.get(term.datatype.value)
        return convert(term.value) if convert else term.value
    if isinstance(term, (ox.NamedNode, ox.BlankNode)):
        return term.value
    convert = _NUMBERS.get(str(term.datatype)) if isinstance(term, Literal) else None
    return convert(term) if convert else str(term)


def _first_line(exc: BaseException | str, limit: int = 200) -> str:
    text = str(exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return line if len(line) <= limit else line[:limit] + " ..."
