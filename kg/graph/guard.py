"""What kg checks in SPARQL text before an engine sees it: size, nesting depth and federation.

An over-deep query (5,000 nested ``{ }``) overflows the engines' stacks and kills the process, and
``SERVICE`` makes the engine send requests to any address it names (server-side request forgery),
so both are refused here, in one line, for ``kg query`` and for the ``kg serve`` endpoint.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import QueryError

__all__ = ["MAX_QUERY_CHARS", "MAX_QUERY_DEPTH", "check_query", "tokens", "where_brace"]

#: The longest query text accepted (the packaged queries are under 2,000 characters).
MAX_QUERY_CHARS = 100_000
#: The deepest nesting of ``{ }`` and ``( )`` accepted (the packaged queries nest 4 deep).
MAX_QUERY_DEPTH = 64

# Comments, IRIs and strings (long and short) are single tokens, so that nothing inside them is read as syntax.
_TOKEN = re.compile(
    r"#[^\n]*"
    r"|<[^<>\s{}]*>"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|[?$]?[A-Za-z_][\w.:-]*"
    r"|[{}()]"
)


def tokens(text: str) -> Iterator[re.Match]:
    """The tokens of ``text`` that matter here: comments, IRIs, strings, words and brackets."""
    return _TOKEN.finditer(text)


def check_query(text: str, allow_service: bool = False) -> None:
    """Refuse a query that is too long, nests too deep, or (unless ``allow_service``) calls other endpoints.

    Examples:
        >>> check_query("SELECT * WHERE { SERVICE <http://169.254.169.254/> { ?s ?p ?o } }")
        Traceback (most recent call last):
        ...
        kg.errors.QueryError: SERVICE is off: a federated query makes kg call other servers (allow it with --allow-service)
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query of {len(text):,} characters refused (at most {MAX_QUERY_CHARS:,})")
    depth = 0
    for m in tokens(text):
        token = m.group()
        if token in "{(":
            depth += 1
            if depth > MAX_QUERY_DEPTH:
                raise QueryError(f"query nested more than {MAX_QUERY_DEPTH} deep refused (at offset {m.start()})")
        elif token in "})":
            depth -= 1
        elif token.upper() == "SERVICE" and not allow_service:
            raise QueryError("SERVICE is off: a federated query makes kg call other servers (allow it with --allow-service)")


def where_brace(text: str) -> int:
    """Offset of the ``{`` that opens the query pattern: after ``WHERE``, else the first at the top level
    (``SELECT * { ... }``); never a ``CONSTRUCT`` template's, nor one inside a string, IRI or comment."""
    first, construct = None, False
    for m in tokens(text):
        token = m.group()
        if token.upper() == "CONSTRUCT":
            construct = True
        elif token.upper() == "WHERE":
            for n in tokens(text[m.end() :]):
                if n.group() == "{":
                    return m.end() + n.start()
                break
        elif token == "{" and first is None and not construct:
            first = m.start()
    if first is None:
        raise QueryError("query has no '{ ... }' group to bind values in")
    return first
