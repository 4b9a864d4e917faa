"""Check a built graph against the SHACL shapes in ``ontology/shapes.ttl`` (with pyshacl)."""

from __future__ import annotations

import io
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import SH

from .rdf import bind
from .store import open_data

__all__ = ["shapes", "validate", "validate_graph"]


def shapes() -> Graph:
    """The packaged SHACL shapes."""
    text = resources.files("kg").joinpath("ontology", "shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def validate_graph(graph: Graph) -> list[str]:
    """Validate one graph (all named graphs merged) against the shapes.

    Args:
        graph: the data, with the ontology in it so that subclasses of ``kg:Actor`` are targeted.

    Returns:
        One line per violation, sorted: focus node, property, message and offending value.
    """
    import pyshacl  # imported here: it takes a second and only this command needs it

    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes(), inference="none", advanced=False)
    if conforms:
        return []
    names = bind(Graph()).namespace_manager
    lines = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus, path, value = (report.value(result, p) for p in (SH.focusNode, SH.resultPath, SH.value))
        message = report.value(result, SH.resultMessage) or report.value(result, SH.sourceConstraintComponent)
        line = f"{focus.n3(names)} {path.n3(names) if path is not None else ''}: {message}"
        lines.append(line + (f" (value: {value.n3(names)})" if value is not None else ""))
    return sorted(lines)


def validate(data: Path | str = "output") -> list[str]:
    """Validate a build's output (its store, else its ``graph.trig``) or an RDF file.

    Raises:
        StoreError: nothing to validate, or the store is busy or unreadable.
    """
    with open_data(data) as store:
        buffer = io.BytesIO()
        store.dump(buffer, ox.RdfFormat.N_TRIPLES)
    return validate_graph(Graph().parse(data=buffer.getvalue().decode("utf-8"), format="nt"))
