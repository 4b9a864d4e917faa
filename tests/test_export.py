"""kg export: RDF checked by Debian's rapper and by rdflib; GraphML/GEXF read back by networkx; CSV."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from typing import get_args

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.analysis.network import FORMATS, actor_network, export
from kg.errors import OptionError
from kg.graph.store import open_data
from kg.options import ExportFormat

from .conftest import ROOT

RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt"}
RAPPER = {"ttl": "turtle", "trig": "trig", "nt": "ntriples", "nq": "nquads"}


def exported(out, fmt) -> bytes:
    buffer = io.BytesIO()
    export(out, fmt, buffer)
    return buffer.getvalue()


def union(ds: Dataset) -> Graph:
    g = Graph()
    for named in ds.graphs():
        for t in named:
            g.add(t)
    return g


@pytest.mark.parametrize("fmt", sorted(RAPPER))
def test_rdf_exports_pass_rapper(seed_build, tmp_path, fmt):
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.fail("rapper missing: apt-get install raptor2-utils (scripts/install-test-tools.sh)")
    out, _ = seed_build
    path = tmp_path / f"graph.{fmt}"
    path.write_bytes(exported(out, fmt))
    proc = subprocess.run([rapper, "-i", RAPPER[fmt], "-c", str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "returned" in proc.stderr and "returned 0 " not in proc.stderr


def test_rdf_exports_are_isomorphic_to_the_build(seed_build):
    out, _ = seed_build
    reference = Graph().parse(out / "graph.ttl")
    for fmt, rdflib_fmt in RDFLIB_FORMATS.items():
        g = Graph().parse(data=exported(out, fmt), format=rdflib_fmt)
        assert isomorphic(g, reference), fmt
    for fmt, rdflib_fmt in (("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")):
        ds = Dataset()
        ds.parse(data=exported(out, fmt), format=rdflib_fmt)
        assert isomorphic(union(ds), reference), fmt
        trig = Dataset()
        trig.parse(out / "graph.trig", format="trig")
        assert {str(g.identifier) for g in ds.graphs()} == {str(g.identifier) for g in trig.graphs()}


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_read_back_with_the_same_nodes_and_edges(seed_build, fmt, read):
    from collections import Counter

    from kg.model import load_relations

    out, _ = seed_build
    g = read(io.BytesIO(exported(out, fmt)))
    events = [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    symmetric = {name for name, r in load_relations().items() if r.symmetric}
    expected = Counter(
        (*(sorted((e["source"], e["target"])) if e["relation"] in symmetric else (e["source"], e["target"])), e["relation"])
        for e in events
    )
    assert {(u, v, d["relation"]): d["count"] for u, v, d in g.edges(data=True)} == dict(expected)
    assert set(g.nodes) == {k for e in events for k in (e["source"], e["target"])}
    assert g.nodes["PRK"]["label"] == "North Korea" and g.nodes["PRK"]["type"] == "state"
    with open_data(out) as store:
        assert store.count() > 0  # the store the export read is intact
    assert actor_network([]).number_of_edges() == 0


def test_csv_export_has_one_row_per_event(seed_build, tmp_path):
    out, _ = seed_build
    target = tmp_path / "events.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "export", "--data", str(out), "--format", "csv", "-o", str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    events = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == len(events)
    assert {"source", "relation", "target", "date", "confidence", "article", "evidence"} <= set(rows[0])
    jsonl = {json.loads(line)["event"]: json.loads(line) for line in events}
    for row in rows:  # one vocabulary and one id in every table, and the actors' names
        e = jsonl[row["event"]]
        assert (row["relation"], row["source_label"], row["target_label"]) == (
            e["relation"],
            e["source_label"],
            e["target_label"],
        )


def test_jsonld_is_compact_with_the_ontology_context(seed_build):
    doc = json.loads(exported(seed_build[0], "jsonld"))
    assert doc["@context"]["kg"] == "https://w3id.org/kgnews/ontology#" and "@graph" in doc
    text = json.dumps(doc)
    assert '"kg:source"' in text and "https://w3id.org/kgnews/ontology#source" not in text


def test_unknown_format_is_one_line_error(seed_build):
    out, _ = seed_build
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "export", "--data", str(out), "--format", "xls"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    (error,) = [line for line in proc.stderr.splitlines() if line.startswith("Error")]
    assert proc.returncode == 2 and error.endswith(
        "'xls' is not one of 'ttl', 'trig', 'nt', 'nq', 'jsonld', 'graphml', 'gexf', 'csv'."
    )
    assert set(FORMATS) == {"ttl", "trig", "nt", "nq", "jsonld", "graphml", "gexf", "csv"} == set(get_args(ExportFormat))
    with pytest.raises(OptionError, match="unknown export format 'xls'"):
        export(out, "xls", io.BytesIO())


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_edge_ids_are_unique_and_attributes_typed(seed_build, fmt):
    """Gephi drops an edge whose id it has already seen, and reads untyped attributes as strings."""
    import xml.etree.ElementTree as ET

    out, _ = seed_build
    root = ET.fromstring(exported(out, fmt))
    edges = [e for e in root.iter() if e.tag.rsplit("}", 1)[-1] == "edge"]
    ids = [e.get("id") for e in edges]
    assert len(edges) > 10 and None not in ids and len(set(ids)) == len(ids)
    if fmt == "graphml":
        types = {k.get("attr.name"): k.get("attr.type") for k in root.iter() if k.tag.rsplit("}", 1)[-1] == "key"}
        assert types["count"] in ("int", "long") and types["weight"] in ("double", "float") and types["relation"] == "string"
    else:
        types = {a.get("title"): a.get("type") for a in root.iter() if a.tag.rsplit("}", 1)[-1] == "attribute"}
        assert types["count"] in ("integer", "long") and types["relation"] == "string"
        assert all(float(e.get("weight")) == float(e.get("weight")) for e in edges)  # GEXF's own edge weight
