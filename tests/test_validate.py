"""SHACL: every build conforms to ontology/shapes.ttl; a broken graph does not, one line per violation."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDFS, SH

from kg.graph.rdf import actor_iri
from kg.graph.validate import shapes, validate, validate_graph
from kg.graph.vocab import KG

from .conftest import ROOT


def test_every_shape_has_a_label_and_a_comment():
    g = shapes()
    for shape in g.subjects(predicate=SH.targetClass):
        assert g.value(shape, RDFS.label) and g.value(shape, RDFS.comment)


def test_a_build_conforms(seed_build):
    out, _ = seed_build
    assert validate(out) == []
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "validate", "--data", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0 and "conforms" in proc.stdout


def test_a_broken_graph_gives_one_line_per_violation(seed_build, tmp_path):
    out, _ = seed_build
    g = Graph().parse(out / "graph.ttl")
    events = sorted(g.subjects(KG.confidence, None))
    g.set((events[0], KG.confidence, Literal(Decimal("1.5"))))
    g.remove((events[1], PROV.wasDerivedFrom, None))
    g.add((events[2], KG.target, actor_iri("NOWHERE")))
    g.remove((actor_iri("USA"), KG.key, None))
    lines = validate_graph(g)
    assert any("kg:confidence" in line and "1.5" in line for line in lines)
    assert any("prov:wasDerivedFrom" in line and str(events[1]) in line for line in lines)
    assert any("kg:target" in line and "NOWHERE" in line for line in lines)
    assert any("kg:key" in line and str(actor_iri("USA")) in line for line in lines)
    assert all("\n" not in line for line in lines)

    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "validate", "--data", str(broken)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == len(lines) and "SHACL violation" in proc.stderr
