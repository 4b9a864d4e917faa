"""Command line: parse arguments, call the API, print. No logic lives here."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from . import api
from .config import Settings
from .errors import KgError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="kg: news articles in; an RDF knowledge graph of who does what to whom out.")
log = logging.getLogger("kg")

ModelOpt = typer.Option(None, "--model", help="spaCy pipeline name or path (default: en_core_web_sm, else its PyPI re-upload).")
DateOpt = typer.Option(None, "--date", help="Date (YYYY-MM-DD) for articles that carry none.")


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


def _run(fn):
    try:
        return fn()
    except KgError as exc:
        _fail(str(exc))
        raise typer.Exit(1) from None


def _check_date(value: str | None) -> str | None:
    if value is not None:
        from datetime import date

        try:
            date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(f"must be YYYY-MM-DD, got: {value!r}") from None
    return value


@app.callback()
def main(verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details.")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@app.command("build")
def build_cli(
    paths: list[Path] = typer.Argument(..., help="Article files (.txt, .html, .jsonl) and folders, any mix."),
    out: Path = typer.Option(Path("output"), "--out", "-o", help="Folder to write graph.ttl, graph.trig, events.jsonl, graph.html."),
    model: Optional[str] = ModelOpt,
    date: Optional[str] = DateOpt,
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Drop relations below this confidence."),
) -> None:
    """Extract relations from articles and write the merged graph, per-article graphs, events and page."""
    settings = Settings(model=model, out=out, default_date=_check_date(date), min_confidence=min_confidence)
    started = time.perf_counter()
    show = sys.stderr.isatty()

    def progress(result) -> None:
        if show:
            typer.echo(f"\r{result.article.id[:50]:<50} {len(result.events):>3} relations", err=True, nl=False)

    report = _run(lambda: api.build(paths, settings, progress=progress, on_error=_fail))
    if show:
        typer.echo("\r" + " " * 70 + "\r", err=True, nl=False)
    wrote = f"wrote {out}/" if report.outputs else f"nothing written, {out}/ left as it was"
    typer.echo(f"{report.summary()}; {wrote} in {time.perf_counter() - started:.1f} s")
    if report.failed:
        raise typer.Exit(1)


@app.command("extract")
def extract_cli(
    file: str = typer.Argument(..., help="One article file, or - for standard input."),
    model: Optional[str] = ModelOpt,
    date: Optional[str] = DateOpt,
) -> None:
    """Print the relations of one article as JSON Lines (the events.jsonl schema); write nothing."""
    failed: list[str] = []

    def on_error(message: str) -> None:
        failed.append(message)
        _fail(message)

    events = _run(lambda: api.extract([file], Settings(model=model, default_date=_check_date(date)), on_error=on_error))
    for e in events:
        typer.echo(json.dumps(e.to_dict(), ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


@app.command("query")
def query_cli(
    query: str = typer.Argument(..., help="SPARQL text, a .rq file, or a packaged query name (e.g. who-accuses-whom)."),
    data: Path = typer.Option(Path("output"), "--data", "-d", help="A build's output folder or an RDF file."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv or json (CONSTRUCT gives Turtle)."),
) -> None:
    """Run SPARQL over a built graph."""
    typer.echo(_run(lambda: api.format_result(api.query(query, data), fmt)).rstrip("\n"))


@app.command("queries")
def queries_cli() -> None:
    """List the packaged queries with their first comment line."""
    for name, text in sorted(api.named_queries().items()):
        first = next((l.lstrip("# ").strip() for l in text.splitlines() if l.startswith("#")), "")
        typer.echo(f"{name:<22} {first}")


@app.command("evaluate")
def evaluate_cli(
    gold: Path = typer.Argument(..., help="Gold JSON Lines (tests/gold/dev.jsonl format)."),
    articles: Optional[Path] = typer.Option(None, "--articles", help="Folder of the files that gold items name with 'file'."),
    model: Optional[str] = ModelOpt,
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    show: int = typer.Option(20, "--show", help="How many misses and false alarms to list."),
) -> None:
    """Print precision, recall and F1 per relation against a gold set, with misses and false alarms."""
    if fmt not in ("table", "json"):
        raise typer.BadParameter(f"must be table or json, got: {fmt!r}", param_hint="--format")
    report = _run(lambda: api.evaluate(gold, articles, model))
    typer.echo(json.dumps(report, indent=1, ensure_ascii=False) if fmt == "json" else api.format_report(report, show))
