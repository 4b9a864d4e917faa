"""The kg vocabulary as an rdflib namespace that fails on typos; mirrors ``ontology/kg.ttl``."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["ID", "KG", "ONTOLOGY_IRI", "SCHEMA", "WD"]

ONTOLOGY_IRI = URIRef("https://w3id.org/kgnews/ontology")
ID = Namespace("https://w3id.org/kgnews/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")


class KG(DefinedNamespace):
    """Terms of ``ontology/kg.ttl``; ``KG.Acuse`` raises instead of minting a new IRI."""

    _NS = Namespace("https://w3id.org/kgnews/ontology#")
    _fail = True

    Actor: URIRef
    State: URIRef
    Organization: URIRef
    Person: URIRef
    Group: URIRef
    Event: URIRef
    key: URIRef
    actorType: URIRef
    interactsWith: URIRef
    hostileTo: URIRef
    friendlyTo: URIRef
    accuses: URIRef
    threatens: URIRef
    rejects: URIRef
    sanctions: URIRef
    attacks: URIRef
    meets: URIRef
    cooperatesWith: URIRef
    supports: URIRef
    relation: URIRef
    source: URIRef
    target: URIRef
    sourcePerson: URIRef
    targetPerson: URIRef
    date: URIRef
    confidence: URIRef
    modality: URIRef
    cameoCode: URIRef
    ploverType: URIRef
    cameoConcept: URIRef
    ploverConcept: URIRef
    goldstein: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    sourceText: URIRef
    targetText: URIRef
    trigger: URIRef
    articleId: URIRef
    contentHash: URIRef
    hasCopy: URIRef
