"""The ``kg`` command: parse arguments, call the public functions of :mod:`kg`, print. The options, error lines
and logging the commands share are in :mod:`kg.options`; no extraction, graph or analysis logic lives here."""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import datetime
from pathlib import Path

import typer

import kg as api  # the public face, its functions imported on first use

from .config import Engine, QueryFormat, RelationMode, Settings, Split
from .errors import OptionError
from .options import (
    AnalysisFormat,
    DataOpt,
    DateOpt,
    DepthOpt,
    EvaluateMode,
    ExportFormat,
    FilterRelationsOpt,
    FocusOpt,
    MinConfOpt,
    ModelOpt,
    Period,
    PictureFormat,
    RelationModelOpt,
    RelationsOpt,
    ReportFormat,
    SinceOpt,
    TypesOpt,
    UntilOpt,
    configure_logging,
    fail,
    filters,
    iso,
    print_version,
    run,
    undated_note,
)

# rich_markup_mode=None: plain click help and one-line usage errors ("Error: Invalid value for ...: 'x' is not
# one of ..."), the same on a terminal and in a pipe.
app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="kg: news articles in; an RDF knowledge graph of who does what to whom out.",
)


@app.callback()
def main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details."),
    version: bool = typer.Option(False, "--version", callback=print_version, is_eager=True, help="Print kg's version and exit."),
) -> None:
    """kg's own messages go to standard error (progress details with -v); other libraries' log lines
    (trafilatura's "discarding data: None") only with -v."""
    configure_logging(verbose)


@app.command("build")
def build_cli(
    paths: list[Path] = typer.Argument(
        ..., help="Article files (.txt, .html, .jsonl, .jsonl.gz, .csv, .parquet, .warc, .warc.gz) and folders, any mix."
    ),
    out: Path = typer.Option(
        Path("output"), "--out", "-o", help="Folder to write graph.ttl, graph.trig, events.jsonl, events.parquet, graph.html."
    ),
    model: str | None = ModelOpt,
    date: datetime | None = DateOpt,
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Drop relations below this confidence."),
    endpoint: str | None = typer.Option(
        None, "--endpoint", help="SPARQL 1.1 query URL of a server to build into instead of OUT/store/."
    ),
    workers: int = typer.Option(
        os.cpu_count() or 1,
        "--workers",
        "-w",
        min=0,
        help="Extraction processes, one spaCy model each, beside the build process that reads and writes; "
        "0 extracts in the build process. Default: the number of cores.",
    ),
    keep_duplicates: bool = typer.Option(
        False, "--keep-duplicates", help="Extract wire copies too instead of only the first copy of a story."
    ),
    infer: bool = typer.Option(
        False,
        "--infer",
        help="Materialise the edges the ontology implies (kg:hostileTo, kg:friendlyTo, kg:interactsWith, "
        "both ways of kg:meets and kg:cooperatesWith) into the graph kgid:graph/inferred.",
    ),
    csv_columns: str | None = typer.Option(
        None,
        "--csv-columns",
        help="Rename the .csv/.parquet columns read, e.g. text=body,date=published (fields: text, id, title, date, url).",
    ),
    engine: Engine = typer.Option(
        "processes",
        "--engine",
        help="Where parallel extraction runs: processes (local worker processes) or dask (a Dask cluster).",
    ),
    scheduler: str | None = typer.Option(
        None,
        "--scheduler",
        help="Dask scheduler address (tcp://host:8786) for --engine dask; default: a local cluster of --workers processes.",
    ),
    show_progress: bool | None = typer.Option(
        None, "--progress/--no-progress", help="Progress bar with articles/s and time left (default: when stderr is a terminal)."
    ),
    relations: RelationMode = RelationsOpt,
    relation_model: Path | None = RelationModelOpt,
) -> None:
    """Extract relations from articles and write the merged graph, per-article graphs, events and page.

    Articles the store already holds with the same text are skipped, so a stopped build resumes.
    """
    from .ingest.readers import parse_csv_columns
    from .progress import ProgressBar

    if scheduler and engine != "dask":
        raise typer.BadParameter("needs --engine dask", param_hint="--scheduler")
    settings = run(
        lambda: Settings(
            model=model,
            out=out,
            default_date=iso(date),
            min_confidence=min_confidence,
            endpoint=endpoint,
            workers=workers,
            keep_duplicates=keep_duplicates,
            infer=infer,
            engine=engine,
            scheduler=scheduler,
            csv_columns=run(lambda: parse_csv_columns(csv_columns)),
            relations=relations,
            relation_model=str(relation_model) if relation_model else None,
        )
    )
    started = time.perf_counter()
    with ProgressBar(paths, settings.csv_columns, show_progress) as bar:
        try:
            report = run(lambda: api.build(paths, settings, progress=bar, on_error=lambda m: bar.write(f"error: {m}")))
        except KeyboardInterrupt as exc:
            bar.close()
            kept = exc.report.articles if hasattr(exc, "report") else 0  # a BuildInterrupted counts what the store holds
            fail(f"interrupted: {kept} finished article(s) kept in the store; run the same command again to resume")
            raise typer.Exit(130) from None
    wrote = f"wrote {out}/" if report.outputs else f"nothing written, {out}/ left as it was"
    typer.echo(f"{report.summary()}; {wrote} in {time.perf_counter() - started:.1f} s")
    if report.failed:
        raise typer.Exit(1)


@app.command("extract")
def extract_cli(
    file: str = typer.Argument(..., help="One article file, or - for standard input."),
    model: str | None = ModelOpt,
    date: datetime | None = DateOpt,
    relations: RelationMode = RelationsOpt,
    relation_model: Path | None = RelationModelOpt,
) -> None:
    """Print the relations of one article as JSON Lines (the events.jsonl schema); write nothing."""
    failed: list[str] = []

    def on_error(message: str) -> None:
        failed.append(message)
        fail(message)

    relation_model = str(relation_model) if relation_model else None
    settings = run(lambda: Settings(model=model, default_date=iso(date), relations=relations, relation_model=relation_model))
    from .graph.events import event_records

    for record in event_records(run(lambda: api.extract([file], settings, on_error=on_error))):  # as in events.jsonl
        typer.echo(json.dumps(record, ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


@app.command("query")
def query_cli(
    query: str = typer.Argument(..., help="SPARQL text, a .rq file, or a packaged query name (e.g. who-accuses-whom)."),
    data: Path = DataOpt,
    fmt: QueryFormat = typer.Option(
        "table", "--format", "-f", help="An aligned table, or W3C SPARQL 1.1 results (CONSTRUCT and DESCRIBE give Turtle)."
    ),
    bind: list[str] | None = typer.Option(
        None, "--bind", "-b", help="NAME=VALUE: bind ?NAME to a string (a YYYY-MM-DD value to a date); repeatable."
    ),
    endpoint: str | None = typer.Option(None, "--endpoint", help="SPARQL 1.1 query URL to query instead of --data."),
    allow_service: bool = typer.Option(
        False, "--allow-service", help="Let SERVICE (federated query) send requests to other servers; off by default."
    ),
    timeout: float = typer.Option(60, "--timeout", min=0, help="Seconds a query may run, then it stops (exit 1); 0: no limit."),
) -> None:
    """Run SPARQL over a built graph (its last published build, else graph.trig), an RDF file or an endpoint."""

    def ask() -> str:
        bindings = dict(api.parse_binding(b) for b in bind or ())
        return api.format_result(api.query(query, data, bindings, endpoint, allow_service, timeout), fmt)

    try:
        typer.echo(run(ask).rstrip("\n"))
    except KeyboardInterrupt:
        fail("interrupted")
        raise typer.Exit(130) from None


@app.command("queries")
def queries_cli() -> None:
    """List the packaged queries with their first comment line."""
    for name, text in sorted(api.named_queries().items()):
        first = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")), "")
        typer.echo(f"{name:<22} {first}")


@app.command("evaluate")
def evaluate_cli(
    gold: Path = typer.Argument(
        ..., help="Gold JSON Lines: labelled stories (tests/gold/voa.jsonl) or snippets (tests/gold/dev.jsonl)."
    ),
    articles: Path | None = typer.Option(None, "--articles", help="Folder of the files that gold items name with 'file'."),
    model: str | None = ModelOpt,
    relations: EvaluateMode = typer.Option(
        "compare", "--relations", help="compare (rules, learned and both side by side), both, learned or rules."
    ),
    relation_model: Path | None = RelationModelOpt,
    split: Split = typer.Option(
        "test", "--split", help="Which labelled stories to score: test (never trained on), train or all."
    ),
    fmt: ReportFormat = typer.Option("table", "--format", "-f", help="A table, or the report as JSON."),
    show: int = typer.Option(20, "--show", help="How many misses and false alarms to list (one mode only)."),
) -> None:
    """Print precision, recall and F1 per relation against a gold set, per article and per sentence.

    By default the rules alone, the learnt model alone and both together are scored side by side.
    """
    modes = ("rules", "learned", "both") if relations == "compare" else (relations,)
    path = str(relation_model) if relation_model else None
    reports = {m: run(lambda m=m: api.evaluate(gold, articles, model, mode=m, split=split, relation_model=path)) for m in modes}
    if fmt == "json":
        typer.echo(json.dumps(reports if len(modes) > 1 else reports[modes[0]], indent=1, ensure_ascii=False))
    elif len(modes) > 1:
        typer.echo(api.format_comparison(reports))
    else:
        typer.echo(api.format_report(reports[modes[0]], show))


@app.command("train")
def train_cli(
    gold: list[Path] = typer.Argument(..., help="Gold JSON Lines to learn from; stories of their test part are never read."),
    out: Path = typer.Option(
        ..., "--out", "-o", help="Where to write the model (.json.gz), e.g. kg/data/relation_model.json.gz."
    ),
    model: str | None = ModelOpt,
    c: float = typer.Option(0.5, "--c", min=1e-6, help="Inverse regularisation strength of each logistic regression."),
    seed: int = typer.Option(0, "--seed", help="Seed of every random choice: the same gold and seed give the same model."),
    snippet_weight: float = typer.Option(
        0.1,
        "--snippet-weight",
        min=0.0,
        help="Weight of a labelled passage (the older gold sets) against a whole labelled story (1).",
    ),
) -> None:
    """Train the relation decision on labelled text: one logistic regression per relation over candidate features."""
    from .language.classifier import TrainConfig

    summary = run(lambda: api.train(gold, out, model, TrainConfig(c=c, seed=seed, snippet_weight=snippet_weight)))
    positives = ", ".join(f"{k} {v}" for k, v in summary["positives"].items())
    typer.echo(
        f"trained on {summary['articles']} articles, {summary['candidates']} candidate pairs ({positives}); "
        f"{summary['features']} features kept; wrote {out}"
    )


@app.command("validate")
def validate_cli(data: Path = DataOpt) -> None:
    """Check a built graph against the SHACL shapes (ontology/shapes.ttl); exit 1 on violations."""
    violations = run(lambda: api.validate(data))
    for line in violations:
        typer.echo(line)
    if violations:
        fail(f"{len(violations)} SHACL violation(s) in {data}")
        raise typer.Exit(1)
    typer.echo(f"{data}: conforms to the kg shapes")


@app.command("export")
def export_cli(
    data: Path = DataOpt,
    fmt: ExportFormat = typer.Option(
        ..., "--format", "-f", help="RDF, an actor network (graphml, gexf) or an events table (csv)."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="File to write (default: standard output)."),
) -> None:
    """Write the graph as RDF, as an actor network (GraphML, GEXF) or as an events table (CSV)."""
    from .io import atomic_open

    if output is None:
        run(lambda: api.export(data, fmt, sys.stdout.buffer))
        return

    def write() -> None:
        with atomic_open(output, "wb") as fh:
            api.export(data, fmt, fh)

    run(write)


@app.command("serve")
def serve_cli(
    data: Path = typer.Option(Path("output"), "--data", "-d", help="A build's output folder (with a store/)."),
    port: int = typer.Option(7878, "--port", "-p", help="TCP port."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    timeout: int = typer.Option(30, "--timeout", help="Seconds a query may run; a longer one is stopped (HTTP 503)."),
    allow_service: bool = typer.Option(
        False, "--allow-service", help="Let SERVICE (federated query) make the server call other servers; off by default."
    ),
) -> None:
    """Serve the store read-only as a SPARQL 1.1 endpoint at http://HOST:PORT/query (Oxigraph behind kg's checks)."""
    announce = lambda line: typer.echo(line, err=True)  # noqa: E731
    raise typer.Exit(run(lambda: api.serve(data, host, port, timeout, allow_service, on_ready=announce)))


@app.command("analyze")
def analyze_cli(
    data: Path = DataOpt,
    fmt: AnalysisFormat = typer.Option("table", "--format", "-f", help="A table, CSV or JSON."),
    since: datetime | None = SinceOpt,
    until: datetime | None = UntilOpt,
    relations: str | None = FilterRelationsOpt,
    min_confidence: float = MinConfOpt,
    actor_types: str | None = TypesOpt,
    focus: str | None = FocusOpt,
    depth: int = DepthOpt,
    by: Period | None = typer.Option(None, "--by", help="How each pair's signed score moves over time, by month or year."),
    top: int = typer.Option(5, "--top", help="Allies and antagonists listed per actor."),
) -> None:
    """Blocs, balance, allies, antagonists and centrality of a built graph (or scores over time with --by)."""
    events, actors, _ = run(lambda: api.from_build(data))
    chosen = filters(since, until, relations, min_confidence, actor_types)
    undated_note(run(lambda: api.filter_events(events, actors=actors, **{**chosen, "since": None, "until": None})),
                  bool(by or since or until))  # fmt: skip
    try:
        if by:
            kept = api.filter_events(events, actors=actors, **chosen)
            kept = api.focus_events(kept, focus, depth) if focus else kept
            typer.echo(api.format_timeline(api.timeline(kept, by), fmt))
            return
        report = api.analyze(events, actors, focus_on=focus, depth=depth, top=top, **chosen)
    except OptionError as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
    typer.echo(api.format_analysis(report, fmt))


@app.command("viz")
def viz_cli(
    data: Path = DataOpt,
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="File to write (default: DATA/graph.html, or graph.png/svg; DATA/graph-KEY.html with --focus KEY).",
    ),
    fmt: PictureFormat = typer.Option("html", "--format", "-f", help="html (interactive), png or svg (static picture)."),
    since: datetime | None = SinceOpt,
    until: datetime | None = UntilOpt,
    relations: str | None = FilterRelationsOpt,
    min_confidence: float = MinConfOpt,
    actor_types: str | None = TypesOpt,
    focus: str | None = FocusOpt,
    depth: int = DepthOpt,
) -> None:
    """Draw a built graph: the interactive offline page, or a PNG/SVG picture with the same colours."""
    from .io import atomic_write

    events, actors, articles = run(lambda: api.from_build(data))
    chosen = filters(since, until, relations, min_confidence, actor_types)
    undated_note(run(lambda: api.filter_events(events, actors=actors, **{**chosen, "since": None, "until": None})),
                  bool(since or until))  # fmt: skip
    kept = run(lambda: api.filter_events(events, actors=actors, **chosen))
    try:
        kept = api.focus_events(kept, focus, depth) if focus else kept
    except OptionError as exc:
        fail(str(exc))
        raise typer.Exit(1) from None
    name = f"graph-{focus}.{fmt}" if focus else f"graph.{fmt}"  # a focus view goes beside the build's graph.html, never over it
    target = output or (Path(data) if Path(data).is_dir() else Path(data).parent) / name
    if fmt == "html":
        atomic_write(target, api.render_html(kept, actors, articles))
    else:
        api.render_image(kept, actors, target, fmt)
    typer.echo(f"{len(kept)} events, {len({k for e in kept for k in (e.source, e.target)})} actors; wrote {target}")
