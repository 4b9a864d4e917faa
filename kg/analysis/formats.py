"""Analysis results as text: an aligned table, CSV or JSON (``kg analyze --format``)."""

from __future__ import annotations

import json

from ..errors import OptionError
from ..text import csv_text, table

__all__ = ["format_analysis", "format_timeline"]


def format_analysis(report: dict, fmt: str = "table") -> str:
    """The analysis as an aligned table (blocs, balance, one row per actor), CSV or JSON."""
    if fmt == "json":
        return json.dumps(report, indent=1, ensure_ascii=False)
    rows = [
        [
            k,
            str(a["bloc"]),
            f"{a['centrality']:.3f}",
            ", ".join(f"{r['actor']} ({r['events']})" for r in a["allies"]),
            ", ".join(f"{r['actor']} ({r['events']})" for r in a["antagonists"]),
        ]
        for k, a in sorted(report["actors"].items(), key=lambda kv: (kv[1]["bloc"], -kv[1]["centrality"]))
    ]
    header = ["actor", "bloc", "centrality", "allies (events)", "antagonists (events)"]
    if fmt == "csv":
        return csv_text(header, rows)
    if fmt != "table":
        raise OptionError(f"--format must be table, csv or json, got: {fmt!r}")
    lines = [
        f"{report['events']} events; balance {'n/a' if report['balance'] is None else report['balance']} "
        "(share of balanced triads)"
    ]
    lines += [f"bloc {i + 1}: {' '.join(b)}" for i, b in enumerate(report["blocs"])]
    return "\n".join([*lines, "", table(header, rows)])


def format_timeline(series: dict[tuple[str, str], dict[str, float]], fmt: str = "table") -> str:
    """:func:`kg.analysis.measures.timeline` as a table, CSV or JSON: one row per pair and period."""
    rows = [[a, b, period, f"{score:g}"] for (a, b), periods in series.items() for period, score in periods.items()]
    if fmt == "json":
        return json.dumps([{"a": a, "b": b, "period": p, "score": float(s)} for a, b, p, s in rows], indent=1)
    header = ["a", "b", "period", "score"]
    if fmt == "csv":
        return csv_text(header, rows)
    if fmt != "table":
        raise OptionError(f"--format must be table, csv or json, got: {fmt!r}")
    return table(header, rows)
