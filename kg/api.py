"""The public functions, gathered for the CLI and ``kg/__init__``."""

from __future__ import annotations

from .analyze import project
from .evaluate import evaluate, format_report
from .build import BuildReport, build, extract, iter_results
from .query import format_result, load_graph, named_queries, query
from .viz import render_html

__all__ = ["BuildReport", "build", "extract", "iter_results", "project", "render_html",
           "evaluate", "format_report", "format_result", "load_graph", "named_queries", "query"]
