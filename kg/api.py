"""The public functions, gathered for the CLI and ``kg/__init__``."""

from __future__ import annotations

from .analysis.measures import (
                      analyze,
                      events_from_graph,
                      filter_events,
                      focus_events,
                      format_analysis,
                      format_timeline,
                      from_build,
                      project,
                      signed_graph,
                      timeline,
)
from .pipeline import BuildReport, build, extract, iter_results
from .language.scoring import evaluate, format_comparison, format_report
from .graph.export import export
from .language.learning import train
from .graph.query import format_result, load_graph, named_queries, parse_binding, query
from .graph.serve import serve, server_command
from .graph.validate import validate
from .page.render import render_html, render_image

__all__ = ["BuildReport", "build", "extract", "iter_results", "project", "render_html", "render_image",
           "analyze", "events_from_graph", "signed_graph", "filter_events", "focus_events", "format_analysis",
           "format_timeline", "from_build", "timeline",
           "evaluate", "format_report", "format_comparison", "train", "format_result", "load_graph", "named_queries", "query",
           "parse_binding", "export", "serve", "server_command", "validate"]
