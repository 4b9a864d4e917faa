"""kg: news articles in; an RDF knowledge graph of who accuses, meets and cooperates with whom out.

Typical use::

    import kg
    report = kg.build("examples/articles")              # writes output/
    events = kg.extract("article.txt")                  # list[kg.Event]
    events = kg.extract_text("Japan met South Korea in Seoul.", date="2024-03-01")
    rows = kg.query("who-accuses-whom", "output")       # rdflib Result
    kg.evaluate("tests/gold/voa.jsonl", mode="rules")   # scores on the VOA test part

This module is the one public face. Its functions are imported on first use, so ``import kg`` (and
``kg --help``) does not load spaCy, rdflib or Oxigraph.
"""

from __future__ import annotations

import importlib

from .config import Settings
from .errors import (
    InputError,
    KgError,
    ModelError,
    OptionError,
    QueryError,
    RuleDataError,
    StoreBusyError,
    StoreError,
    WorkerError,
)
from .model import Actor, Article, ArticleResult, Event

__version__ = "0.2.0"  # as in pyproject.toml (a test checks); importlib.metadata would cost a tenth of a second
#: Public name -> the module that defines it, imported when the name is first used.
_LAZY = {
    **dict.fromkeys(("BuildInterrupted", "BuildReport", "build", "extract", "extract_text", "iter_results"), "pipeline"),
    **dict.fromkeys(("format_result", "load_graph", "parse_binding", "query"), "graph.query"),
    "named_queries": "queries",
    **dict.fromkeys(("open_data", "open_store"), "graph.store"),
    "export": "analysis.network",
    **dict.fromkeys(("serve", "server_command"), "graph.serve"),
    "validate": "graph.validate",
    **dict.fromkeys(("events_from_graph", "from_build"), "graph.readback"),
    **dict.fromkeys(("analyze", "timeline"), "analysis.measures"),
    **dict.fromkeys(("filter_events", "focus_events", "project", "signed_graph"), "analysis.projection"),
    **dict.fromkeys(("format_analysis", "format_timeline"), "analysis.formats"),
    **dict.fromkeys(("render_html", "render_image"), "page.render"),
    **dict.fromkeys(("evaluate", "format_comparison", "format_report"), "language.scoring"),
    "train": "language.learning",
}

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Event",
    "InputError",
    "KgError",
    "ModelError",
    "OptionError",
    "QueryError",
    "RuleDataError",
    "Settings",
    "StoreBusyError",
    "StoreError",
    "WorkerError",
    "__version__",
    *sorted(_LAZY),
]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next use is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
