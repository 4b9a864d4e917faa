"""The options, value checks, error reporting and logging the commands of :mod:`kg.cli` share."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Literal

import typer

from .errors import KgError, OptionError

#: The choices of options that only the CLI has (the shared ones are in :mod:`kg.config`); typer lists them
#: in ``--help`` and refuses any other value with a usage error that names them.
ExportFormat = Literal["ttl", "trig", "nt", "nq", "jsonld", "graphml", "gexf", "csv"]
AnalysisFormat = Literal["table", "csv", "json"]
PictureFormat = Literal["html", "png", "svg"]
Period = Literal["month", "year"]
EvaluateMode = Literal["compare", "both", "learned", "rules"]
ReportFormat = Literal["table", "json"]


def _date(flag: str, help: str):
    return typer.Option(None, flag, formats=["%Y-%m-%d"], metavar="YYYY-MM-DD", help=help)


def iso(value: datetime | None) -> str | None:
    """A ``--date``/``--since``/``--until`` value as the ``YYYY-MM-DD`` text the rest of kg compares."""
    return value.date().isoformat() if value else None


def relation_list(value: str | None) -> list[str] | None:
    """``--relations accuse,meets`` -> relation names; an unknown one is a usage error listing the valid names."""
    from .model import relation_name

    try:
        return [relation_name(r) for r in value.split(",") if r.strip()] if value else None
    except OptionError as exc:
        raise typer.BadParameter(str(exc)) from None


ModelOpt = typer.Option(None, "--model", help="spaCy pipeline name or path (default: en_core_web_sm, else its PyPI re-upload).")
DateOpt = _date("--date", "Date for articles that carry none.")
RelationsOpt = typer.Option(
    "both", "--relations", help="How relations are decided: both (the learnt model and the precise rules), learned, or rules."
)
RelationModelOpt = typer.Option(
    None, "--relation-model", help="A relation model trained by kg train (default: the one shipped with kg)."
)
DataOpt = typer.Option(
    Path("output"), "--data", "-d", help="A build's output folder (its store, else graph.trig) or an RDF file."
)


def filters(since, until, relations, min_confidence, actor_types) -> dict:
    return {
        "since": iso(since),
        "until": iso(until),
        "min_confidence": min_confidence,
        "relations": relations,
        "actor_types": [t.strip() for t in actor_types.split(",")] if actor_types else None,
    }


SinceOpt = _date("--since", "Only events on or after this date.")
UntilOpt = _date("--until", "Only events on or before this date.")
FilterRelationsOpt = typer.Option(
    None, "--relations", callback=relation_list, help="Comma-separated relations, e.g. accuse,threaten (or meets ...)."
)
MinConfOpt = typer.Option(0.0, "--min-confidence", help="Only events at least this confident.")
TypesOpt = typer.Option(None, "--actor-types", help="Comma-separated actor types, e.g. state,alliance.")
FocusOpt = typer.Option(None, "--focus", help="Ego view around this actor key, e.g. PRK.")
DepthOpt = typer.Option(1, "--depth", help="Steps from --focus to include.")


def undated_note(events, timed: bool) -> None:
    """Say how many events a time filter or timeline leaves out for want of a date (undated archives)."""
    undated = sum(1 for e in events if not e.date)
    if timed and undated:
        typer.echo(
            f"note: {undated} undated event(s) left out (their articles carry no date; kg build --date gives one)", err=True
        )


def fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


def run(fn):
    try:
        return fn()
    except KgError as exc:
        fail(str(exc))
        raise typer.Exit(1) from None


def configure_logging(verbose: bool) -> None:
    """kg's own messages on standard error (``INFO`` with ``-v``); other libraries' only with ``-v``."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    own = logging.getLogger("kg")
    own.handlers[:] = [handler]
    own.setLevel(logging.INFO if verbose else logging.WARNING)
    own.propagate = False
    root = logging.getLogger()
    root.handlers[:] = [handler if verbose else logging.NullHandler()]
    root.setLevel(logging.WARNING)


def print_version(value: bool) -> None:
    """``kg --version``: the package version, then exit."""
    if value:
        from . import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()
