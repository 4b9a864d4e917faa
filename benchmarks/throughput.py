"""Throughput of ``kg build`` in process, with 1 and 2 worker processes and a local Dask cluster, against bare ``nlp.pipe``.

Generates N varied articles (12 sentences drawn at random from the bundled samples and VOA stories, so that no two
are near-duplicates), writes them to one .jsonl, then runs each measurement in a fresh process:
  bare:     spacy.load(model), then nlp.pipe(texts) timed (load not included)
  build-0:  kg.build(..., workers=0): extraction in the build process, the whole build timed (store,
            RDF, event files, page included; the model is loaded before timing, as for bare)
  build-1:  kg.build(..., workers=1): one worker process extracts while the build process reads and
            writes; the whole build timed, the start of the worker and its model load included
  build-2:  the same with 2 worker processes
  dask-2:   kg.build(..., engine="dask", workers=2): the same on a local Dask cluster of 2 worker
            processes, the start of the cluster included
Each round runs every mode once, in turn; the fastest run of each mode over ``--repeat`` rounds is
reported (as ``timeit`` does: a shared machine only ever slows a run down). It prints words/s, the
ratios, and peak RSS: the measuring process (``RUSAGE_SELF``) and its largest
worker process (``RUSAGE_CHILDREN``).

    python benchmarks/throughput.py [--articles 5000] [--repeat 2] [--model NAME] [--modes bare build-0 build-1 build-2 dask-2]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

MODES = ("bare", "build-0", "build-1", "build-2", "dask-2")


def _measure(mode: str, feed: Path, model: str | None) -> dict:
    """Run one measurement in this process and return its timings and peak RSS."""
    texts = [json.loads(line)["text"] for line in feed.read_text(encoding="utf-8").splitlines()]
    result: dict = {"mode": mode}
    if mode == "bare":
        import spacy

        from kg.language.nlp import _pick_model

        nlp = spacy.load(_pick_model(model))
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        result["seconds"] = time.perf_counter() - started
    else:
        import kg

        if mode == "build-0":  # load_nlp is cached: the build reuses this pipeline
            from kg.language.nlp import load_nlp

            load_nlp(model)
        with tempfile.TemporaryDirectory() as out:
            settings = kg.Settings(
                model=model,
                out=Path(out),
                workers=int(mode.split("-")[1]),
                engine="dask" if mode.startswith("dask") else "processes",
            )
            started = time.perf_counter()
            report = kg.build([feed], settings)
            result["seconds"] = time.perf_counter() - started
            result.update(articles=report.articles, relations=report.relations, duplicates=report.duplicates)
    kib = 1 if sys.platform != "darwin" else 1024  # ru_maxrss is KiB on Linux, bytes on macOS
    result["rss_self_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / kib / 1024
    result["rss_child_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / kib / 1024
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--model", default=None)
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES), help="which runs (default: all)")
    ap.add_argument("--repeat", type=int, default=2, help="rounds of all modes; each mode's fastest run counts (default: 2)")
    ap.add_argument("--measure", choices=MODES, help=argparse.SUPPRESS)  # internal: one measurement
    ap.add_argument("--feed", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(_measure(args.measure, args.feed, args.model)))
        return

    from extract_speed import corpus

    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        arts = corpus(args.articles)
        with feed.open("w", encoding="utf-8") as fh:
            for a in arts:
                fh.write(json.dumps({"id": a.id, "text": a.text, "date": a.date}) + "\n")
        words = sum(len(a.text.split()) for a in arts)
        results: dict[str, dict] = {}
        runs: dict[str, list[float]] = {mode: [] for mode in args.modes}
        for _ in range(args.repeat):  # rounds alternate the modes, so a busy spell of the machine hits them alike
            for mode in args.modes:
                command = [sys.executable, __file__, "--measure", mode, "--feed", str(feed)] + (
                    ["--model", args.model] if args.model else []
                )
                done = subprocess.run(command, capture_output=True, text=True, check=True)
                r = json.loads(done.stdout.strip().splitlines()[-1])
                runs[mode].append(r["seconds"])
                if mode not in results or r["seconds"] < results[mode]["seconds"]:
                    results[mode] = r
    print(f"{args.articles} articles, {words} words; the fastest of {args.repeat} alternating round(s)")
    for mode, seconds in runs.items():
        print(f"  {mode:<9} runs (s): {', '.join(f'{x:.1f}' for x in seconds)}")
    print(f"{'mode':<9} {'seconds':>8} {'words/s':>9} {'peak RSS MB (process / largest worker)':>40}")
    for mode, r in results.items():
        child = f"{r['rss_child_mb']:.0f}" if mode in ("build-1", "build-2", "dask-2") else "-"
        print(f"{mode:<9} {r['seconds']:>8.2f} {words / r['seconds']:>9,.0f} {r['rss_self_mb']:>31.0f} / {child}")
    rate = {m: words / r["seconds"] for m, r in results.items()}
    for a, b, note in (
        ("build-0", "bare", "in process"),
        ("build-1", "bare", "floor 0.8"),
        ("build-2", "build-1", "issue floor 1.5"),
        ("dask-2", "build-1", ""),
    ):
        if a in rate and b in rate:
            print(f"ratio {a} / {b}: {rate[a] / rate[b]:.2f}" + (f"  ({note})" if note else ""))


if __name__ == "__main__":
    main()
