"""Event -> RDF, and back: the graph stage.

``vocab`` names every IRI; ``rdf`` maps articles, actors and events to quads under the ontology;
``store`` holds them (Oxigraph on disk, or a remote SPARQL 1.1 endpoint); ``query`` runs the
packaged and user SPARQL; ``infer`` materialises what the ontology implies; ``validate`` checks the
SHACL shapes; ``export`` writes other formats; ``serve`` runs a SPARQL endpoint; ``events`` writes
the event tables and ``readback`` reads events, actors and articles back from a build.
"""
