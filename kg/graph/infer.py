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

from .rdf import INFERRED_GRAPH
from .store import GraphStore
from .vocab import ONTOLOGY_IRI

__all__ = ["INFERRED_GRAPH", "clear", "materialise"]

_G, _O = INFERRED_GRAPH.n3(), ONTOLOGY_IRI.n3()
_PREFIXES = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
             "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n")
_SUPER = f"""INSERT {{ GRAPH {_G} {{ ?a ?q ?b }} }}
WHERE {{
  GRAPH {_O} {{ ?p rdfs:subPropertyOf+ ?q }}
  GRAPH ?g {{ ?a ?p ?b }}
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?a ?q ?b }} }}
}}"""
_SYMMETRIC = f"""INSERT {{ GRAPH {_G} {{ ?b ?p ?a }} }}
WHERE {{
  GRAPH {_O} {{ ?p a owl:SymmetricProperty }}
  GRAPH ?g {{ ?a ?p ?b }}
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?b ?p ?a }} }}
}}"""
MATERIALISE = f"{_PREFIXES}DROP SILENT GRAPH {_G} ;\n{_SUPER} ;\n{_SYMMETRIC} ;\n{_SUPER}"


def materialise(store: GraphStore) -> int:
    """Replace the inferred graph with the edges the stored ontology implies; return how many there are.

    The store must hold the ontology graph (every build stores it).
    """
    store.update(MATERIALISE)
    result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {_G} {{ ?s ?p ?o }} }}")
    return int(next(iter(result))[0])


def clear(store: GraphStore) -> None:
    """Drop the inferred graph, so a build without ``--infer`` leaves no stale inferred edges."""
    store.update(f"DROP SILENT GRAPH {_G}")
