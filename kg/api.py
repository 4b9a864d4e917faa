"""The public functions, gathered for the CLI and ``kg/__init__``."""

from __future__ import annotations

from .analysis.formats import format_analysis, format_timeline
from .analysis.measures import analyze, timeline
from .analysis.projection import filter_events, focus_events, project, signed_graph
from .graph.export import export
from .graph.query import format_result, load_graph, named_queries, parse_binding, query
from .graph.readback import events_from_graph, from_build
from .graph.serve import serve, server_command
from .graph.validate import validate
from .language.learning import train
from .language.scoring import evaluate, format_comparison, format_report
from .page.render import render_html, render_image
from .pipeline import BuildReport, build, extract, iter_results

__all__ = [
    "BuildReport",
    "analyze",
    "build",
    "evaluate",
    "events_from_graph",
    "export",
    "extract",
    "filter_events",
    "focus_events",
    "format_analysis",
    "format_comparison",
    "format_report",
    "format_result",
    "format_timeline",
    "from_build",
    "iter_results",
    "load_graph",
    "named_queries",
    "parse_binding",
    "project",
    "query",
    "render_html",
    "render_image",
    "serve",
    "server_command",
    "signed_graph",
    "timeline",
    "train",
    "validate",
]
