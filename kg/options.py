"""The options, value checks, error reporting and logging the commands of :mod:`kg.cli` share."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import typer

from .config import RELATION_MODES
from .errors import KgError

ModelOpt = typer.Option(None, "--model", help="spaCy pipeline name or path (default: en_core_web_sm, else its PyPI re-upload).")
DateOpt = typer.Option(None, "--date", help="Date (YYYY-MM-DD) for articles that carry none.")
RelationsOpt = typer.Option(
    "both", "--relations", help="How relations are decided: both (the learnt model and the precise rules), learned, or rules."
)
RelationModelOpt = typer.Option(
    None, "--relation-model", help="A relation model trained by kg train (default: the one shipped with kg)."
)


def check_relations(value: str) -> str:
    if value not in RELATION_MODES:
        raise typer.BadParameter(f"must be one of {', '.join(RELATION_MODES)}, got: {value!r}", param_hint="--relations")
    return value


def check_date(value: str | None) -> str | None:
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(f"must be YYYY-MM-DD, got: {value!r}") from None
    return value


DataOpt = typer.Option(
    Path("output"), "--data", "-d", help="A build's output folder (its store, else graph.trig) or an RDF file."
)


def filters(since, until, relations, min_confidence, actor_types) -> dict:
    return {
        "since": check_date(since),
        "until": check_date(until),
        "min_confidence": min_confidence,
        "relations": [r.strip() for r in relations.split(",")] if relations else None,
        "actor_types": [t.strip() for t in actor_types.split(",")] if actor_types else None,
    }


SinceOpt = typer.Option(None, "--since", help="Only events on or after this date (YYYY-MM-DD).")
UntilOpt = typer.Option(None, "--until", help="Only events on or before this date (YYYY-MM-DD).")
FilterRelationsOpt = typer.Option(None, "--relations", help="Comma-separated relations, e.g. accuse,threaten.")
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
