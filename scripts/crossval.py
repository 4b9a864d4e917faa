"""Honest figures on the training part of the VOA gold: K models, each trained on the other folds of the training
stories (and the older passage sets, as ``make train`` does), each scored on its own fold; the counts are summed.

The test part is never read. Use it to judge a change to the rules or features before looking at the test part:
the model trained on all training stories scores those stories far above what it does on unseen ones.

    .venv/bin/python scripts/crossval.py [--folds 4] [--repeats 1] [--relations both] [--show errors.jsonl]

A small change to the rules retrains every fold's model and moves a few edges either way; ``--repeats 3`` sums
three different partitions of the stories (the first is the fixed one) to tell such noise from a real change.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
OLDER = [GOLD / "dev.jsonl", GOLD / "test.jsonl", GOLD / "recall.jsonl"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=4, help="folds of the training stories (default 4)")
    parser.add_argument("--repeats", type=int, default=1, help="partitions of the stories, counts summed (default 1)")
    parser.add_argument("--relations", default="both", choices=("both", "learned", "rules"))
    parser.add_argument("--c", type=float, help="inverse regularisation of the fold models (default: kg train's)")
    parser.add_argument("--show", type=Path, help="write each fold's misses and false edges to this JSON Lines file")
    args = parser.parse_args(argv)

    from kg.language.classifier import TrainConfig
    from kg.language.learning import train
    from kg.language.nlp import load_nlp
    from kg.language.scoring import evaluate
    from kg.model import load_relations

    nlp = load_nlp()
    stories = [json.loads(line) for line in (GOLD / "voa.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    stories = [s for s in stories if s["split"] == "train"]
    totals: dict[str, Counter] = {}
    shown: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for repeat, fold in ((r, f) for r in range(args.repeats) for f in range(args.folds)):
            order = list(range(len(stories)))
            if repeat:
                random.Random(repeat).shuffle(order)
            gold = Path(tmp) / f"fold{fold}.jsonl"
            with gold.open("w", encoding="utf-8") as fh:  # this fold's stories become the "test" part
                for n, story in zip(order, stories):
                    fh.write(json.dumps({**story, "split": "test" if n % args.folds == fold else "train"}) + "\n")
            model = Path(tmp) / f"model{fold}.json.gz"
            train([gold, *OLDER], model, nlp, TrainConfig() if args.c is None else TrainConfig(c=args.c))
            report = evaluate(gold, ROOT / "examples" / "voa", mode=args.relations, relation_model=model)
            scored = {**report["relations"], "overall": report["overall"], "sentences": report["sentences"]}
            for name, scores in scored.items():
                totals.setdefault(name, Counter()).update({k: scores[k] for k in ("tp", "fp", "fn")})
            shown += [{"kind": "miss", **m} for m in report["misses"]]
            shown += [{"kind": "false", **a} for a in report["false_alarms"]]
            print(f"repeat {repeat + 1}, fold {fold + 1}/{args.folds}: overall F1 {report['overall']['f1']:.3f}", file=sys.stderr)
    if args.show:
        args.show.write_text("".join(json.dumps(row) + "\n" for row in shown), encoding="utf-8")
    print(f"{len(stories)} training stories, {args.folds} folds x {args.repeats}, {args.relations}, per article")
    print(f"{'relation':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for name in [*(r for r in load_relations() if r in totals), "overall", "sentences"]:
        c = totals[name]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:10} {p:6.3f} {r:6.3f} {f1:6.3f} {c['tp']:5} {c['fp']:5} {c['fn']:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
