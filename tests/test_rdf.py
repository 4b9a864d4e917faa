"""RDF output: ontology terms, round trips, identity across articles, SPARQL over a real build."""

from __future__ import annotations

import pytest
import rdflib
from rdflib import RDF, Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.namespace import OWL

from kg.graph.query import query
from kg.graph.rdf import actor_iri
from kg.graph.vocab import KG
from kg.model import load_relations

from .conftest import ROOT


def test_vocab_matches_the_ontology_file():
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl")
    declared = {str(s) for s in onto.subjects() if str(s).startswith(str(KG._NS))}
    assert declared == {str(KG._NS) + name for name in KG.__annotations__}
    with pytest.raises(AttributeError):
        KG.Acuse  # noqa: B018 - a typo must raise, not mint an IRI


def test_every_relation_has_its_property_in_the_ontology():
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl")
    for rel in load_relations().values():
        prop = KG[rel.property]
        assert (prop, RDF.type, OWL.ObjectProperty) in onto
        assert ((prop, RDF.type, OWL.SymmetricProperty) in onto) == rel.symmetric


def _decimals_canonical(graph: Graph) -> Graph:
    """Oxigraph writes canonical decimals ("-8"^^xsd:decimal); rdflib's Turtle writer turns them into -8.0."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype == rdflib.XSD.decimal:
            o = rdflib.Literal(format(o.toPython().normalize(), "f"), datatype=rdflib.XSD.decimal)
        out.add((s, p, o))
    return out


def test_turtle_and_trig_reparse_to_isomorphic_graphs(seed_build, tmp_path):
    out, _ = seed_build
    ttl = Graph().parse(out / "graph.ttl")
    again = Graph().parse(data=ttl.serialize(format="turtle"), format="turtle")
    assert len(ttl) > 100 and isomorphic(_decimals_canonical(ttl), _decimals_canonical(again))
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    union = Graph()
    for g in ds.graphs():
        for t in g:
            union.add(t)
    assert isomorphic(union, ttl)


def test_one_named_graph_per_article_and_one_node_per_actor(seed_build):
    out, report = seed_build
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    articles = {g.identifier for g in ds.graphs() if "/article/" in str(g.identifier)}
    assert len(articles) == report.articles
    ttl = Graph().parse(out / "graph.ttl")
    usa = actor_iri("USA")
    assert (usa, KG.key, rdflib.Literal("USA")) in ttl
    assert (usa, OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q30")) in ttl
    graphs_with_usa = [g for g in ds.graphs() if (None, KG.source, usa) in g or (None, KG.target, usa) in g]
    assert len(graphs_with_usa) >= 3  # one IRI shared by many articles


def test_direct_edge_and_event_with_provenance(seed_build):
    out, _ = seed_build
    g = Graph().parse(out / "graph.ttl")
    assert (actor_iri("PRK"), KG.accuses, actor_iri("USA")) in g
    rows = list(
        g.query("""
        PREFIX kg: <https://w3id.org/kgnews/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?ev ?sentence ?article WHERE {
          ?ev kg:relation kg:accuses ; kg:source ?s ; kg:target ?t ; kg:evidence ?sentence ; prov:wasDerivedFrom ?a .
          ?s kg:key "PRK" . ?t kg:key "USA" . ?a kg:articleId ?article . }""")
    )
    assert rows and any(str(r.article).startswith("000_") for r in rows)


def test_building_twice_gives_isomorphic_graphs(tmp_path):
    import kg

    from .conftest import EXAMPLES

    a, b = tmp_path / "a", tmp_path / "b"
    kg.build([EXAMPLES / "wire.jsonl"], kg.Settings(out=a))
    kg.build([EXAMPLES / "wire.jsonl"], kg.Settings(out=b))
    assert isomorphic(Graph().parse(a / "graph.ttl"), Graph().parse(b / "graph.ttl"))


def test_every_cameo_and_plover_code_of_the_rules_is_a_skos_concept():
    import yaml
    from rdflib.namespace import SKOS

    from kg.graph.rdf import cameo_concept, ontology, plover_concept

    onto = ontology()
    codes: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            if "cameo" in node:
                codes.add(str(node["cameo"]))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(yaml.safe_load((ROOT / "kg" / "data" / "relations.yaml").read_text(encoding="utf-8")))
    assert len(codes) > 20
    scheme = rdflib.URIRef("https://w3id.org/kgnews/id/cameo")
    for code in codes:
        concept = cameo_concept(code)
        assert (concept, SKOS.inScheme, scheme) in onto and (concept, SKOS.notation, rdflib.Literal(code)) in onto, code
        assert onto.value(concept, SKOS.prefLabel) is not None
        assert (concept, SKOS.broader, cameo_concept(code[:2])) in onto  # under its root code
        assert (cameo_concept(code[:2]), SKOS.topConceptOf, scheme) in onto
    plovers = {rel.plover for rel in load_relations().values()}
    assert len(plovers) == 8
    in_scheme = set(onto.subjects(SKOS.inScheme, rdflib.URIRef("https://w3id.org/kgnews/id/plover")))
    assert in_scheme == {plover_concept(p) for p in plovers}
    assert all(onto.value(c, SKOS.prefLabel) and onto.value(c, SKOS.notation) for c in in_scheme)


def test_every_event_links_to_its_cameo_and_plover_concepts(seed_build):
    out, _ = seed_build
    prefixes = """PREFIX kg: <https://w3id.org/kgnews/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX kgid: <https://w3id.org/kgnews/id/>
    """
    events = int(next(iter(query(prefixes + "SELECT (COUNT(?e) AS ?n) WHERE { ?e a kg:Event }", out))).n)
    assert events > 50
    for data in (out, out / "graph.trig"):
        missing = query(
            prefixes
            + """SELECT ?e WHERE { ?e a kg:Event .
            FILTER (NOT EXISTS { ?e kg:cameoCode ?code ; kg:cameoConcept ?c .
                                 ?c a skos:Concept ; skos:inScheme kgid:cameo ; skos:notation ?code }
                 || NOT EXISTS { ?e kg:ploverType ?type ; kg:ploverConcept ?p .
                                 ?p a skos:Concept ; skos:inScheme kgid:plover ; skos:notation ?type }) }""",
            data,
        )
        assert list(missing) == [], data
