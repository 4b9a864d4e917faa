"""Flat memory: peak RSS of ``kg build`` on 1,000 and on 20,000 articles (the issue's limit: within 1.3 ×).

Each size is built in a fresh process (``--workers`` worker processes, default 2) from one .jsonl of
varied generated articles (see ``extract_speed.corpus``); the script prints the peak RSS of the build
process (``RUSAGE_SELF``), of its largest worker (``RUSAGE_CHILDREN``), their sum, and the ratios.

    python benchmarks/memory.py [--sizes 1000 20000] [--workers 2]
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


def _measure(feed: Path, workers: int) -> dict:
    import kg

    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = kg.build([feed], kg.Settings(out=Path(out), workers=workers))
        seconds = time.perf_counter() - started
    kib = 1 if sys.platform != "darwin" else 1024
    return {
        "articles": report.articles,
        "relations": report.relations,
        "duplicates": report.duplicates,
        "seconds": seconds,
        "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / kib / 1024,
        "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / kib / 1024,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # internal: one build of this feed
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(_measure(args.measure, args.workers)))
        return

    from extract_speed import corpus

    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            feed = Path(tmp) / f"feed-{n}.jsonl"
            with feed.open("w", encoding="utf-8") as fh:
                for a in corpus(n):
                    fh.write(json.dumps({"id": a.id, "text": a.text, "date": a.date}) + "\n")
            done = subprocess.run(
                [sys.executable, __file__, "--measure", str(feed), "--workers", str(args.workers)],
                capture_output=True,
                text=True,
                check=True,
            )
            rows[n] = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{n} articles done: {rows[n]}", file=sys.stderr)
    print(f"kg build --workers {args.workers}: peak RSS by corpus size")
    print(f"{'articles':>9} {'relations':>10} {'seconds':>8} {'build MB':>9} {'worker MB':>10} {'sum MB':>8}")
    for n, r in rows.items():
        print(
            f"{n:>9} {r['relations']:>10} {r['seconds']:>8.0f} {r['self_mb']:>9.0f} {r['child_mb']:>10.0f} "
            f"{r['self_mb'] + r['child_mb']:>8.0f}"
        )
    small, large = rows[min(rows)], rows[max(rows)]
    for key, name in (("self_mb", "build process"), ("child_mb", "largest worker")):
        print(f"ratio {name}, {max(rows)} / {min(rows)} articles: {large[key] / small[key]:.2f}  (issue limit 1.3)")
    total = (large["self_mb"] + large["child_mb"]) / (small["self_mb"] + small["child_mb"])
    print(f"ratio sum: {total:.2f}  (issue limit 1.3)")


if __name__ == "__main__":
    main()
