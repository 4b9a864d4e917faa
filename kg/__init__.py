"""kg: news articles in; an RDF knowledge graph of who accuses, meets and cooperates with whom out.

Typical use::

    import kg
    report = kg.build(["examples/articles"])          # writes output/
    events = kg.extract(["article.txt"])               # list[kg.Event]
    rows = kg.query("who-accuses-whom", "output")      # rdflib Result
    kg.evaluate("tests/gold/voa.jsonl", mode="rules")   # scores on the VOA test part
"""

from __future__ import annotations

from .api import (
    BuildReport,
    analyze,
    build,
    evaluate,
    events_from_graph,
    export,
    extract,
    format_result,
    iter_results,
    load_graph,
    named_queries,
    project,
    query,
    render_html,
    render_image,
    signed_graph,
    train,
    validate,
)
from .config import Settings
from .errors import InputError, KgError, ModelError, QueryError, RuleDataError, StoreBusyError, StoreError, WorkerError
from .graph.store import open_store
from .model import Actor, Article, ArticleResult, Event

__version__ = "0.2.0"
__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "BuildReport",
    "Event",
    "InputError",
    "KgError",
    "ModelError",
    "QueryError",
    "RuleDataError",
    "Settings",
    "StoreBusyError",
    "StoreError",
    "WorkerError",
    "analyze",
    "build",
    "evaluate",
    "events_from_graph",
    "export",
    "extract",
    "format_result",
    "iter_results",
    "load_graph",
    "named_queries",
    "open_store",
    "project",
    "query",
    "render_html",
    "render_image",
    "signed_graph",
    "train",
    "validate",
]
