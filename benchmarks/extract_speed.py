"""Extraction speed against bare ``nlp.pipe`` of the same spaCy model on the same texts.

Generates N articles by shuffling the sentences of the bundled samples and the VOA stories (no
seeds), then times, in one run and in alternating order:
  bare:   spacy.load(model) + nlp.pipe(texts)
  rules:  kg's extraction with the rules alone (actor ruler, paragraph splitter, parse, rules, dedupe)
  both:   kg's default extraction: the rules and the learnt relation model (candidates, features, scoring)
and prints words/s of each and their ratios to bare.

    python benchmarks/extract_speed.py [--articles 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

import spacy

from kg.config import DEFAULT_MODELS
from kg.ingest.readers import read_articles
from kg.language.extract import Extractor, extract_articles
from kg.language.gazetteer import load_gazetteer
from kg.language.nlp import _pick_model, load_nlp
from kg.model import Article

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int, seed: int = 7) -> list[Article]:
    names = load_gazetteer().names
    sentences = []
    for a in read_articles([ROOT / "examples" / "articles", ROOT / "examples" / "voa"], names=names):
        if isinstance(a, Article):
            sentences += [s for s in re.split(r"(?<=[.!?”])\s+", a.text) if len(s.split()) > 5]
    rng = random.Random(seed)
    arts = []
    for i in range(n):
        picked = rng.sample(sentences, k=min(len(sentences), 12))
        text = "\n\n".join(" ".join(picked[j : j + 3]) for j in range(0, len(picked), 3))
        arts.append(Article(id=f"bench-{i}", text=text, date="2024-07-13"))
    return arts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", default=None, help=f"spaCy pipeline (default: first installed of {DEFAULT_MODELS})")
    args = ap.parse_args()
    arts = corpus(args.articles)
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    model = _pick_model(args.model)
    bare = spacy.load(model)
    ours = load_nlp(model)
    extractors = {"rules": Extractor(mode="rules"), "both": Extractor(mode="both")}
    for _ in bare.pipe(texts[:20]):  # warm everything up
        pass
    for extractor in extractors.values():
        sum(len(r.events) for r in extract_articles(arts[:20], ours, extractor))
    times: dict[str, list[float]] = {"bare": [], **{k: [] for k in extractors}}
    events = {}
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=32):
            pass
        times["bare"].append(time.perf_counter() - t)
        for name, extractor in extractors.items():
            t = time.perf_counter()
            events[name] = sum(len(r.events) for r in extract_articles(arts, ours, extractor, batch_size=32))
            times[name].append(time.perf_counter() - t)
    best = {k: min(v) for k, v in times.items()}
    print(f"model {model}; {len(arts)} articles, {words} words; best of {args.repeat} alternating runs")
    print(f"bare nlp.pipe    : {words / best['bare']:>9,.0f} words/s  ({best['bare']:.2f} s)")
    for name in extractors:
        print(
            f"kg, {name:<13}: {words / best[name]:>9,.0f} words/s  ({best[name]:.2f} s, {events[name]} relations)"
            f"  ratio to bare {best['bare'] / best[name]:.2f}"
        )


if __name__ == "__main__":
    main()
