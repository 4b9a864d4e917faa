"""Plain-text tables for the terminal and CSV text: the one formatter every command's output uses."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

__all__ = ["csv_text", "table"]


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns aligned under ``header``, a rule of dashes below it, no trailing spaces.

    Examples:
        >>> print(table(["actor", "bloc"], [["PRK", "1"], ["USA", "2"]]))
        actor  bloc
        -----  ----
        PRK    1
        USA    2
    """
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [header, ["-" * w for w in widths], *rows]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in lines)


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """``header`` and ``rows`` as CSV, one ``\\n`` per line."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([header, *rows])
    return buf.getvalue()
