"""``kg build --infer``: materialise the direct edges the ontology implies, in the store itself.

Two kinds of OWL 2 RL rule cover the ontology's edge properties: ``prp-spo1`` (``?a ?p ?b`` and
``?p rdfs:subPropertyOf ?q`` give ``?a ?q ?b``, so ``kg:accuses`` edges are also ``kg:hostileTo`` and
``kg:interactsWith`` edges) and ``prp-symp`` (``?p a owl:SymmetricProperty`` gives ``?b ?p ?a``, so
``kg:meets`` and ``kg:cooperatesWith`` hold both ways). Both are applied as SPARQL Update driven by
the ``rdfs:subPropertyOf`` and ``owl:SymmetricProperty`` triples of the ontology graph the build
stores, and only the edges not already stated are written, into the named graph
:data:`kg.graph.rdf.INFERRED_GRAPH`. The update runs inside the store (embedded or a remote server) as
one transaction; reasoning with owlrl would need an in-memory rdflib copy of the whole graph and
derive thousands of unrelated RDFS triples (``tests/test_infer.py`` checks that owlrl's OWL 2 RL
closure gives the same edges).

Closure: sub-properties, then symmetry, then sub-properties again reach every edge these two rules
can derive (a longer alternation only repeats edges already derived).
"""

from __future__ import annotations

from ..queries import internal
from .rdf import INFERRED_GRAPH
from .store import GraphStore

__all__ = ["INFERRED_GRAPH", "clear", "materialise"]


def materialise(store: GraphStore) -> int:
    """Replace the inferred graph with the edges the stored ontology implies; return how many there are.

    The store must hold the ontology graph (every build stores it).
    """
    store.update(internal("materialise.ru"))
    result = store.query(internal("count-inferred.rq"))
    return int(next(iter(result))[0])


def clear(store: GraphStore) -> None:
    """Drop the inferred graph, so a build without ``--infer`` leaves no stale inferred edges."""
    store.update(internal("clear-inferred.ru"))
