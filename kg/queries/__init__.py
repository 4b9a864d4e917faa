"""The packaged SPARQL: the named queries of ``kg query NAME`` (``*.rq`` here, listed by ``kg queries``)
and the queries and updates kg runs itself (``internal/``). Every IRI they use is declared with a
``PREFIX`` whose namespace :mod:`kg.graph.vocab` defines (a test checks).
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["internal", "named_queries"]


@functools.cache
def internal(name: str) -> str:
    """The text of ``internal/<name>`` (``.rq`` a query, ``.ru`` an update)."""
    return resources.files(__name__).joinpath("internal", name).read_text(encoding="utf-8")


def named_queries() -> dict[str, str]:
    """The packaged queries of ``kg query NAME`` by name (file stem)."""
    folder = resources.files(__name__)
    return {p.name[:-3]: p.read_text(encoding="utf-8") for p in folder.iterdir() if p.name.endswith(".rq")}
