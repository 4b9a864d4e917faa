"""Score extraction against gold JSON Lines: precision, recall and F1 per relation.

Gold lines are ``{"id", "text", "date", "events": [{"source", "relation", "target"}]}``, or
``{"id", "file", "date", "events"}`` to score a whole article file. Events are compared per
item as sets of (source, relation, target) polity keys; symmetric relations are unordered.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .actors import load_gazetteer
from .errors import InputError
from .extract import Extractor, extract_articles
from .ingest import make_article
from .model import Article
from .nlp import load_nlp
from .rules import load_rules

__all__ = ["evaluate", "format_report"]

Triple = tuple[str, str, str]


def _norm(source: str, relation: str, target: str) -> Triple:
    if load_rules().relations[relation].symmetric and target < source:
        source, target = target, source
    return source, relation, target


def _read_gold(path: Path, articles_dir: Path | None) -> list[tuple[Article, set[Triple]]]:
    names = load_gazetteer().names
    relations = load_rules().relations
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold file: {getattr(exc, 'strerror', None) or exc}") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
            gold = set()
            for e in rec["events"]:
                if e["relation"] not in relations:
                    raise InputError(f"{where}: unknown relation {e['relation']!r}")
                gold.add(_norm(e["source"], e["relation"], e["target"]))
            item_id = str(rec.get("id", lineno))
            if "text" in rec:  # cleaned as any input is, so boilerplate traps meet the real filter
                raw, name = rec["text"], item_id
            else:
                file = (articles_dir or path.parent) / rec["file"]
                raw, name = file.read_text(encoding="utf-8"), file.name
        except (KeyError, TypeError, json.JSONDecodeError, OSError) as exc:
            hint = " (pass --articles DIR for items that name a file)" if isinstance(exc, OSError) else ""
            raise InputError(f"{where}: not a gold item ({type(exc).__name__}: {exc}){hint}") from None
        try:
            article = make_article(raw, name, date=rec.get("date"), names=names)
        except InputError:  # all boilerplate: the item rightly gives nothing
            article = Article(id=name, text=" ", date=rec.get("date"))
        items.append((article, gold))
    return items


def evaluate(gold: Path | str, articles_dir: Path | str | None = None, model: str | None = None) -> dict:
    """Run the extractor on every gold item and score it.

    Returns:
        ``{"relations": {rel: {tp, fp, fn, precision, recall, f1}}, "overall": {...},
        "items": n, "misses": [...], "false_alarms": [...]}``; each miss or false alarm
        names the item, the triple and the text.
    """
    items = _read_gold(Path(gold), Path(articles_dir) if articles_dir else None)
    by_id = {a.id: g for a, g in items}
    texts = {a.id: a.text for a, _ in items}
    counts: dict[str, Counter] = {r: Counter() for r in load_rules().relations}
    misses, alarms = [], []
    for result in extract_articles([a for a, _ in items], load_nlp(model), Extractor()):
        aid = result.article.id
        found = {_norm(e.source, e.relation, e.target) for e in result.events}
        want = by_id[aid]
        evidence = {_norm(e.source, e.relation, e.target): e.sentence for e in result.events}
        for t in found & want:
            counts[t[1]]["tp"] += 1
        for t in found - want:
            counts[t[1]]["fp"] += 1
            alarms.append({"item": aid, "triple": list(t), "text": evidence[t][:300]})
        for t in want - found:
            counts[t[1]]["fn"] += 1
            misses.append({"item": aid, "triple": list(t), "text": texts[aid][:300]})
    report = {"items": len(items), "relations": {r: _scores(c) for r, c in counts.items() if sum(c.values())},
              "overall": _scores(sum(counts.values(), Counter())), "misses": misses, "false_alarms": alarms}
    return report


def _scores(c: Counter) -> dict:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def format_report(report: dict, show: int = 20) -> str:
    """A readable table plus the first ``show`` misses and false alarms."""
    lines = [f"{report['items']} gold items", f"{'relation':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    rows: Iterable = [*sorted(report["relations"].items()), ("overall", report["overall"])]
    for name, s in rows:
        lines.append(f"{name:<10} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")
    for title, key in (("misses", "misses"), ("false alarms", "false_alarms")):
        if report[key] and show:
            lines.append(f"\n{title} ({len(report[key])}):")
            lines += [f"  {m['item']}: {' '.join(m['triple'])} | {m['text'][:140]}" for m in report[key][:show]]
    return "\n".join(lines)
