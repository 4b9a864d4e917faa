"""The layout is the pipeline: stages import only earlier stages, and only the run imports language."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"
#: The order of the run; a module may import its own layer and those before it.
LAYERS = {
    "model": 0,
    "errors": 0,
    "config": 0,
    "text": 0,
    "io": 0,
    "data": 0,
    "queries": 0,
    "ingest": 1,
    "language": 2,
    "graph": 3,
    "analysis": 4,
    "page": 5,
    "pipeline": 6,
    "parallel": 6,
    "progress": 6,
    "options": 6,
    "api": 6,
    "cli": 6,
    "__init__": 6,
    "__main__": 6,
}
RUN = 6


def _module(path: Path) -> tuple[str, bool]:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts), parts[-1] == "__init__"


def _layer(module: str) -> tuple[str, int]:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    if not ((PACKAGE / top).is_dir() or (PACKAGE / f"{top}.py").exists()):
        top = "__init__"  # a name of the package itself ("from . import __version__")
    return top, LAYERS[top]


def imports(module: str, is_package: bool, source: str) -> set[str]:
    """Every kg module ``source`` imports, at the top or inside a function."""
    package = module if is_package else module.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.split(".")[0] == "kg"}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            name = ".".join(base + ([node.module] if node.module else []))
            if name.split(".")[0] == "kg":
                out |= {name} if node.module else {f"{name}.{a.name}" for a in node.names}
    return out


def violations(module: str, is_package: bool, source: str) -> list[str]:
    me, mine = _layer(module)
    out = []
    for name in sorted(imports(module, is_package, source)):
        top, theirs = _layer(name)
        if theirs > mine:
            out.append(f"{module} ({me}) imports {name} ({top}), a later stage")
        elif top == "language" and me != "language" and mine != RUN:
            out.append(f"{module} imports {name}: only the run (pipeline, parallel, cli, api) uses language")
    return out


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[_module(p)[0] for p in MODULES])
def test_a_stage_imports_only_earlier_stages(path):
    assert violations(*_module(path), path.read_text(encoding="utf-8")) == []


def test_every_top_level_name_has_a_layer():
    tops = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    assert tops <= set(LAYERS), sorted(tops - set(LAYERS))


def test_the_check_catches_a_backward_import_and_language_outside_the_run():
    assert violations("kg.graph.rdf", False, "from ..page.render import render_html\n") == [
        "kg.graph.rdf (graph) imports kg.page.render (page), a later stage"
    ]
    assert violations("kg.analysis.measures", False, "def f():\n    from ..language import nlp\n") == [
        "kg.analysis.measures imports kg.language: only the run (pipeline, parallel, cli, api) uses language"
    ]
    assert violations("kg.pipeline", False, "from .language.nlp import load_nlp\nfrom .graph import rdf\n") == []


def _strings(tree: ast.AST) -> list[str]:
    docs = {
        id(n.body[0].value)
        for n in ast.walk(tree)
        if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body and isinstance(n.body[0], ast.Expr)
    }
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_every_iri_comes_from_the_vocabulary():
    """IRIs are written once, in kg/graph/vocab.py (and the PREFIX lines of the packaged SPARQL)."""
    found = {
        f"{p.relative_to(PACKAGE.parent)}: {s!r}"
        for p in MODULES
        if p.name != "vocab.py"
        for s in _strings(ast.parse(p.read_text(encoding="utf-8")))
        if re.search(r"https?://[\w.-]+/", s)
    }
    assert found == set()


def test_every_packaged_query_declares_only_vocabulary_namespaces():
    from kg.graph.store import PREFIXES
    from kg.graph.vocab import ID, ONTOLOGY_IRI

    known = {*PREFIXES.values(), str(ID["graph/"]), str(ONTOLOGY_IRI).rpartition("/")[0] + "/"}
    queries = [*(PACKAGE / "queries").glob("*.rq"), *(PACKAGE / "queries" / "internal").glob("*.r[qu]")]
    assert len(queries) >= 20
    for path in queries:
        declared = re.findall(r"^PREFIX\s+\w*:\s*<([^>]+)>", path.read_text(encoding="utf-8"), re.M)
        assert set(declared) <= known, f"{path.name}: {set(declared) - known}"
        assert not re.search(r"<https?://", re.sub(r"^PREFIX.*$", "", path.read_text(encoding="utf-8"), flags=re.M)), path.name


def test_the_ontology_the_package_ships_is_the_one_in_ontology():
    top = PACKAGE.parent / "ontology"
    assert sorted(p.name for p in top.glob("*.ttl")) == sorted(p.name for p in (PACKAGE / "ontology").glob("*.ttl"))
    for path in top.glob("*.ttl"):
        assert path.read_bytes() == (PACKAGE / "ontology" / path.name).read_bytes(), path.name
