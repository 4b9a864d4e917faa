"""Score extraction against gold: precision, recall and F1 per relation, per article and per sentence.

Gold files are read by :mod:`kg.language.gold` (whole labelled stories or labelled snippets).
Article scores compare the set of (source, relation, target) polity triples an article supports
with the set kg finds in it, which is what a reader of the graph sees; sentence scores add the
sentence, so an edge found from the wrong sentence counts as a miss and a false alarm. Symmetric
relations are unordered. Stories carry a ``split``: only the ``test`` part is scored unless asked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import get_args

from ..config import Split
from ..errors import InputError
from ..model import load_relations
from ..text import table
from .classifier import RelationModel
from .extract import Extractor, extract_articles
from .gold import GoldArticle, normalise, read_gold
from .nlp import load_nlp

__all__ = ["SPLITS", "evaluate", "format_comparison", "format_report"]

SPLITS: tuple[str, ...] = get_args(Split)


def _select(items: list[GoldArticle], split: str) -> list[GoldArticle]:
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r} (valid: {', '.join(SPLITS)})")
    if split == "all":
        return items
    return [g for g in items if g.split in (split, None)]


def evaluate(
    gold: Path | str,
    articles_dir: Path | str | None = None,
    model: str | None = None,
    mode: str = "both",
    split: str = "test",
    relation_model: Path | str | None = None,
) -> dict:
    """Run the extractor on the gold articles and score it.

    Args:
        gold: a gold JSON Lines file.
        articles_dir: where the files named by ``file`` items are.
        model: the spaCy pipeline.
        mode: ``rules``, ``learned`` or ``both``.
        split: ``test`` (stories of the test part, and every unsplit item), ``train`` or ``all``.
        relation_model: a trained relation model file; the packaged one by default.

    Returns:
        ``{"relations": {rel: {tp, fp, fn, precision, recall, f1}}, "overall": {...}, "sentences": {...},
        "items": n, "mode": mode, "misses": [...], "false_alarms": [...]}``; ``relations`` and ``overall`` score
        articles, ``sentences`` scores (sentence, triple) pairs; each miss or false alarm names the item, triple, text.
    """
    items = _select(read_gold(Path(gold), articles_dir), split)
    rel_model = RelationModel.load(relation_model) if relation_model and mode != "rules" else None
    extractor = Extractor(mode=mode, model=rel_model)
    by_id = {g.article.id: g for g in items}
    counts: dict[str, Counter] = {r: Counter() for r in load_relations()}
    sentence_counts: Counter = Counter()
    misses, alarms = [], []
    for result in extract_articles([g.article for g in items], load_nlp(model), extractor):
        item = by_id[result.article.id]
        found = {normalise(e.source, e.relation, e.target) for e in result.events}
        want = set(item.events)
        evidence = {normalise(e.source, e.relation, e.target): e.sentence for e in result.events}
        for t in found & want:
            counts[t[1]]["tp"] += 1
        for t in found - want:
            counts[t[1]]["fp"] += 1
            alarms.append({"item": item.article.id, "triple": list(t), "text": evidence[t][:300]})
        for t in want - found:
            counts[t[1]]["fn"] += 1
            where = next((s for s in item.sentences if t in s.events), item.sentences[0])
            misses.append({"item": item.article.id, "triple": list(t), "text": item.article.text[where.start : where.end][:300]})
        sentence_counts.update(_sentence_scores(item, result.events))
    return {
        "items": len(items),
        "mode": mode,
        "split": split,
        "relations": {r: _scores(c) for r, c in counts.items() if sum(c.values())},
        "overall": _scores(sum(counts.values(), Counter())),
        "sentences": _scores(sentence_counts),
        "misses": misses,
        "false_alarms": alarms,
    }


def _sentence_scores(item: GoldArticle, events) -> Counter:
    """tp/fp/fn over (gold sentence, triple): an event belongs to the labelled sentence its sentence starts in."""
    want = {(n, t) for n, s in enumerate(item.sentences) for t in s.events}
    found = set()
    for e in events:
        n = next((n for n, s in enumerate(item.sentences) if s.start <= e.char_start < s.end), None)
        if n is None:  # a sentence kg split differently: the labelled sentence it overlaps most
            n = max(
                range(len(item.sentences)),
                key=lambda k: min(item.sentences[k].end, e.char_end) - max(item.sentences[k].start, e.char_start),
            )
        found.add((n, normalise(e.source, e.relation, e.target)))
    return Counter(tp=len(found & want), fp=len(found - want), fn=len(want - found))


def _scores(c: Counter) -> dict:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def format_report(report: dict, show: int = 20) -> str:
    """A readable table plus the first ``show`` misses and false alarms."""
    rows: Iterable = [*sorted(report["relations"].items()), ("overall", report["overall"])]
    if "sentences" in report:
        rows = [*rows, ("sentences", report["sentences"])]
    cells = [
        [name, *(f"{s[k]:.3f}" for k in ("precision", "recall", "f1")), *(str(s[k]) for k in ("tp", "fp", "fn"))]
        for name, s in rows
    ]
    lines = [
        f"{report['items']} gold items, {report.get('mode', 'both')} ({report.get('split', 'test')} part), per article",
        table(["relation", "P", "R", "F1", "tp", "fp", "fn"], cells),
    ]
    for title, key in (("misses", "misses"), ("false alarms", "false_alarms")):
        if report[key] and show:
            lines.append(f"\n{title} ({len(report[key])}):")
            lines += [f"  {m['item']}: {' '.join(m['triple'])} | {m['text'][:140]}" for m in report[key][:show]]
    return "\n".join(lines)


def format_comparison(reports: dict[str, dict]) -> str:
    """One table of P/R/F1 per relation for several modes side by side (rules, learned, both)."""
    modes = [m for m in ("rules", "learned", "both") if m in reports]
    names = sorted({r for rep in reports.values() for r in rep["relations"]})
    first = next(iter(reports.values()))
    rows = []
    for name in [*names, "overall", "sentences"]:
        cells = [name]
        for m in modes:
            rep = reports[m]
            s = rep["overall"] if name == "overall" else rep["sentences"] if name == "sentences" else rep["relations"].get(name)
            cells.append("-" if s is None else f"{s['precision']:.2f}/{s['recall']:.2f}/{s['f1']:.2f}")
        rows.append(cells)
    title = f"{first['items']} gold items ({first.get('split', 'test')} part), per article"
    return "\n".join([title, table(["relation", *(f"{m} P/R/F1" for m in modes)], rows)])
