# kg build --infer: replace the inferred graph with the edges the stored ontology implies
# (prp-spo1 sub-properties, then prp-symp symmetry, then sub-properties again; see kg/graph/infer.py).
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX graph: <https://w3id.org/kgnews/id/graph/>
PREFIX kgnews: <https://w3id.org/kgnews/>
DROP SILENT GRAPH graph:inferred ;
INSERT { GRAPH graph:inferred { ?a ?q ?b } }
WHERE {
  GRAPH kgnews:ontology { ?p rdfs:subPropertyOf+ ?q }
  GRAPH ?g { ?a ?p ?b }
  FILTER NOT EXISTS { GRAPH ?h { ?a ?q ?b } }
} ;
INSERT { GRAPH graph:inferred { ?b ?p ?a } }
WHERE {
  GRAPH kgnews:ontology { ?p a owl:SymmetricProperty }
  GRAPH ?g { ?a ?p ?b }
  FILTER NOT EXISTS { GRAPH ?h { ?b ?p ?a } }
} ;
INSERT { GRAPH graph:inferred { ?a ?q ?b } }
WHERE {
  GRAPH kgnews:ontology { ?p rdfs:subPropertyOf+ ?q }
  GRAPH ?g { ?a ?p ?b }
  FILTER NOT EXISTS { GRAPH ?h { ?a ?q ?b } }
}
