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

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV
from rdflib.term import Identifier

from ..model import Actor, Article, ArticleResult, Event, load_relations
from .vocab import ID, KG, ONTOLOGY_IRI, SCHEMA, WD

__all__ = [
    "ACTORS_GRAPH",
    "INFERRED_GRAPH",
    "actor_iri",
    "actor_quads",
    "add_quads",
    "add_result",
    "article_digest",
    "article_iri",
    "article_quads",
    "bind",
    "cameo_concept",
    "copy_quads",
    "event_iri",
    "merged_graph",
    "new_dataset",
    "person_iri",
    "plover_concept",
    "to_rdflib",
]

ACTORS_GRAPH = ID["graph/actors"]
#: Where ``kg build --infer`` writes the edges the ontology implies (see :mod:`kg.graph.infer`).
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
    """The ontology (``ontology/kg.ttl``) and its CAMEO/PLOVER code schemes (``ontology/codes.ttl``), shipped in the package."""
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


def article_digest(article: Article, salt: str = "") -> str:
    """The ``kg:contentHash`` of an article: SHA-256 of ``salt`` (what else shapes its events) and its text."""
    return hashlib.sha256(f"{salt}\x1f{article.text}".encode()).hexdigest()


_P = {
    name: ox.NamedNode(str(iri))
    for name, iri in (
        ("type", RDF.type),
        ("label", RDFS.label),
        ("sameAs", OWL.sameAs),
        ("derived", PROV.wasDerivedFrom),
        *(
            (t, KG[t])
            for t in (
                "relation",
                "source",
                "target",
                "confidence",
                "modality",
                "cameoCode",
                "ploverType",
                "cameoConcept",
                "ploverConcept",
                "goldstein",
                "evidence",
                "charStart",
                "charEnd",
                "sourceText",
                "targetText",
                "trigger",
                "date",
                "sourcePerson",
                "targetPerson",
                "key",
                "actorType",
                "articleId",
                "contentHash",
                "hasCopy",
            )
        ),
    )
}
_XSD = {t: ox.NamedNode(str(XSD[t])) for t in ("date", "decimal", "integer")}


def _node(iri: URIRef) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _lit(value: object, datatype: str | None = None) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD[datatype]) if datatype else ox.Literal(str(value))


def actor_quads(actors: Iterable[Actor], persons: Iterable[str] = ()) -> list[ox.Quad]:
    """The ``actors`` graph entries of actors (class, label, key, type, ``owl:sameAs`` Wikidata) and persons."""
    graph, p, en = _node(ACTORS_GRAPH), _P, "en"
    quads = []
    for actor in actors:
        iri = _node(actor_iri(actor.key))
        quads += [
            ox.Quad(iri, p["type"], _node(ACTOR_CLASS.get(actor.type, KG.Organization)), graph),
            ox.Quad(iri, p["label"], ox.Literal(actor.label, language=en), graph),
            ox.Quad(iri, p["key"], _lit(actor.key), graph),
            ox.Quad(iri, p["actorType"], _lit(actor.type), graph),
        ]
        if actor.wikidata:
            quads.append(ox.Quad(iri, p["sameAs"], _node(WD[actor.wikidata]), graph))
    for person in persons:
        iri = _node(person_iri(person))
        quads += [
            ox.Quad(iri, p["type"], _node(KG.Person), graph),
            ox.Quad(iri, p["label"], ox.Literal(person.replace("_", " ").title(), language=en), graph),
            ox.Quad(iri, p["key"], _lit(person), graph),
        ]
    return quads


def article_quads(result: ArticleResult, digest: str | None = None) -> list[ox.Quad]:
    """One article as quads: its named graph (metadata, events with provenance, direct actor edges),
    then its actors in the shared ``actors`` graph. ``digest`` defaults to :func:`article_digest`."""
    art, p = result.article, _P
    name = _node(article_iri(art.id))
    quads = [
        ox.Quad(name, p["type"], _node(SCHEMA.NewsArticle), name),
        ox.Quad(name, p["articleId"], _lit(art.id), name),
        ox.Quad(name, p["contentHash"], _lit(digest or article_digest(art)), name),
    ]
    for prop, value in ((SCHEMA.headline, art.title), (SCHEMA.url, art.url)):
        if value:
            quads.append(ox.Quad(name, _node(prop), _lit(value), name))
    if art.date:
        quads.append(ox.Quad(name, _node(SCHEMA.datePublished), _lit(art.date, "date"), name))
    relations = load_relations()
    for e in result.events:
        ev, src, tgt = _node(event_iri(e)), _node(actor_iri(e.source)), _node(actor_iri(e.target))
        prop = _node(KG[relations[e.relation].property])
        quads.append(ox.Quad(src, prop, tgt, name))
        for key, o in (
            ("type", _node(KG.Event)),
            ("relation", prop),
            ("source", src),
            ("target", tgt),
            ("confidence", _lit(Decimal(str(e.confidence)), "decimal")),
            ("modality", _lit(e.modality)),
            ("cameoCode", _lit(e.cameo)),
            ("ploverType", _lit(e.plover)),
            ("cameoConcept", _node(cameo_concept(e.cameo))),
            ("ploverConcept", _node(plover_concept(e.plover))),
            ("goldstein", _lit(Decimal(str(e.goldstein)), "decimal")),
            ("evidence", _lit(e.sentence)),
            ("charStart", _lit(e.char_start, "integer")),
            ("charEnd", _lit(e.char_end, "integer")),
            ("sourceText", _lit(e.source_text)),
            ("targetText", _lit(e.target_text)),
            ("trigger", _lit(e.trigger)),
            ("derived", name),
        ):
            quads.append(ox.Quad(ev, p[key], o, name))
        if e.date:
            quads.append(ox.Quad(ev, p["date"], _lit(e.date, "date"), name))
        for key, person in (("sourcePerson", e.source_person), ("targetPerson", e.target_person)):
            if person:
                quads.append(ox.Quad(ev, p[key], _node(person_iri(person)), name))
    persons = sorted({x for e in result.events for x in (e.source_person, e.target_person) if x})
    return quads + actor_quads(result.actors.values(), persons)


def copy_quads(copies: dict[str, list[str]]) -> list[ox.Quad]:
    """``kg:hasCopy`` links from each story to its wire copies, with the copies' ids, in the story's graph."""
    quads = []
    for story, ids in copies.items():
        name = _node(article_iri(story))
        for copy in ids:
            node = _node(article_iri(copy))
            quads += [ox.Quad(name, _P["hasCopy"], node, name), ox.Quad(node, _P["articleId"], _lit(copy), name)]
    return quads


def to_rdflib(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> Identifier:
    """The rdflib term of a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=None if term.datatype.value == str(XSD.string) else URIRef(term.datatype.value))


def add_result(ds: Dataset, result: ArticleResult, digest: str | None = None) -> Graph:
    """Add one article's named graph (replacing any earlier one) and its actors to ``ds``; return the graph."""
    name = article_iri(result.article.id)
    ds.remove_graph(ds.graph(name))
    add_quads(ds, article_quads(result, digest))
    return ds.graph(name)


def add_quads(ds: Dataset, quads: Iterable[ox.Quad]) -> None:
    """Add pyoxigraph quads to an rdflib dataset, each to its named graph."""
    graphs: dict = {}
    for q in quads:
        g = graphs.get(q.graph_name) or graphs.setdefault(q.graph_name, ds.graph(to_rdflib(q.graph_name)))
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))


def merged_graph(ds: Dataset) -> Graph:
    """All named graphs of ``ds`` as one graph (the content of ``graph.ttl``)."""
    out = bind(Graph())
    for g in ds.graphs():
        for triple in g:
            out.add(triple)
    return out
