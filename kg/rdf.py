"""Event/Actor -> RDF. The only module that mints IRIs.

Each article becomes one named graph holding its metadata, its events (with provenance)
and the direct actor-to-actor edges; actor descriptions live in a shared ``actors`` graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from importlib import resources
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV

from .model import Actor, ArticleResult, Event
from .rules import load_rules
from .vocab import ID, KG, ONTOLOGY_IRI, SCHEMA, WD

__all__ = ["actor_iri", "article_iri", "event_iri", "person_iri", "cameo_concept", "plover_concept", "ACTORS_GRAPH", "INFERRED_GRAPH", "add_result", "add_actors", "new_dataset", "merged_graph", "bind"]

ACTORS_GRAPH = ID["graph/actors"]
#: Where ``kg build --infer`` writes the edges the ontology implies (see ``kg.infer``).
INFERRED_GRAPH = ID["graph/inferred"]
ACTOR_CLASS = {"state": KG.State, "person": KG.Person, "group": KG.Group}


def actor_iri(key: str) -> URIRef:
    return ID["actor/" + quote(key, safe="")]


def person_iri(key: str) -> URIRef:
    return ID["person/" + quote(key, safe="")]


def article_iri(article_id: str) -> URIRef:
    return ID["article/" + quote(article_id, safe="")]


def cameo_concept(code: str) -> URIRef:
    """The SKOS concept of a CAMEO code (``ontology/codes.ttl``)."""
    return ID["cameo/" + quote(code, safe="")]


def plover_concept(name: str) -> URIRef:
    """The SKOS concept of a PLOVER type (``ontology/codes.ttl``)."""
    return ID["plover/" + quote(name, safe="")]


def event_iri(event: Event) -> URIRef:
    """Stable: derived from the article, the sentence offsets and the relation."""
    basis = "\x1f".join([event.article, str(event.char_start), event.source, event.relation, event.target])
    return ID["event/" + hashlib.sha256(basis.encode()).hexdigest()[:20]]


def bind(graph: Graph) -> Graph:
    for prefix, ns in (("kg", KG._NS), ("kgid", ID), ("wd", WD), ("schema", SCHEMA), ("prov", PROV), ("owl", OWL)):
        graph.bind(prefix, ns)
    return graph


def ontology() -> Graph:
    """The ontology (``ontology/kg.ttl``) and its CAMEO/PLOVER code schemes (``ontology/codes.ttl``), shipped inside the package."""
    graph = Graph()
    for name in ("kg.ttl", "codes.ttl"):
        graph.parse(data=resources.files("kg").joinpath("ontology", name).read_text(encoding="utf-8"), format="turtle")
    return graph


def new_dataset() -> Dataset:
    """An empty dataset holding the ontology in its own named graph, so queries can use its hierarchy."""
    ds = bind(Dataset())
    onto = ds.graph(ONTOLOGY_IRI)
    for triple in ontology():
        onto.add(triple)
    return ds


def add_actors(graph: Graph, actors: Iterable[Actor]) -> None:
    """Describe actors: class, label, key and ``owl:sameAs`` Wikidata."""
    for actor in actors:
        iri = actor_iri(actor.key)
        graph.add((iri, RDF.type, ACTOR_CLASS.get(actor.type, KG.Organization)))
        graph.add((iri, RDFS.label, Literal(actor.label, lang="en")))
        graph.add((iri, KG.key, Literal(actor.key)))
        graph.add((iri, KG.actorType, Literal(actor.type)))
        if actor.wikidata:
            graph.add((iri, OWL.sameAs, WD[actor.wikidata]))


def add_result(ds: Dataset, result: ArticleResult) -> Graph:
    """Add one article's named graph (replacing any earlier one) and its actors; return the graph."""
    art = result.article
    name = article_iri(art.id)
    ds.remove_graph(ds.graph(name))
    g = ds.graph(name)
    g.add((name, RDF.type, SCHEMA.NewsArticle))
    g.add((name, KG.articleId, Literal(art.id)))
    g.add((name, KG.contentHash, Literal(hashlib.sha256(art.text.encode()).hexdigest())))
    for prop, value in ((SCHEMA.headline, art.title), (SCHEMA.url, art.url)):
        if value:
            g.add((name, prop, Literal(value)))
    if art.date:
        g.add((name, SCHEMA.datePublished, Literal(art.date, datatype=XSD.date)))
    relations = load_rules().relations
    for e in result.events:
        ev, src, tgt = event_iri(e), actor_iri(e.source), actor_iri(e.target)
        prop = KG[relations[e.relation].property]
        g.add((src, prop, tgt))
        for p, o in (
            (RDF.type, KG.Event), (KG.relation, prop), (KG.source, src), (KG.target, tgt),
            (KG.confidence, Literal(Decimal(str(e.confidence)))), (KG.modality, Literal(e.modality)),
            (KG.cameoCode, Literal(e.cameo)), (KG.ploverType, Literal(e.plover)),
            (KG.cameoConcept, cameo_concept(e.cameo)), (KG.ploverConcept, plover_concept(e.plover)),
            (KG.goldstein, Literal(Decimal(str(e.goldstein)))), (KG.evidence, Literal(e.sentence)),
            (KG.charStart, Literal(e.char_start)), (KG.charEnd, Literal(e.char_end)),
            (KG.sourceText, Literal(e.source_text)), (KG.targetText, Literal(e.target_text)),
            (KG.trigger, Literal(e.trigger)), (PROV.wasDerivedFrom, name),
        ):
            g.add((ev, p, o))
        if e.date:
            g.add((ev, KG.date, Literal(e.date, datatype=XSD.date)))
        for prop_, person in ((KG.sourcePerson, e.source_actor), (KG.targetPerson, e.target_actor)):
            if person:
                g.add((ev, prop_, person_iri(person)))
    actors = ds.graph(ACTORS_GRAPH)
    add_actors(actors, result.actors.values())
    for person in {p for e in result.events for p in (e.source_actor, e.target_actor) if p}:
        actors.add((person_iri(person), RDF.type, KG.Person))
        actors.add((person_iri(person), RDFS.label, Literal(person.replace("_", " ").title(), lang="en")))
        actors.add((person_iri(person), KG.key, Literal(person)))
    return g


def merged_graph(ds: Dataset) -> Graph:
    """All named graphs of ``ds`` as one graph (the content of ``graph.ttl``)."""
    out = bind(Graph())
    for g in ds.graphs():
        for triple in g:
            out.add(triple)
    return out
