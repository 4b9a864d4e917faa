"""The embedded Oxigraph store against rdflib's in-memory Graph at a million triples.

Generates synthetic articles (random actors, relations and dates, shaped by ``kg.graph.rdf.add_result`` exactly
like a build's: events with provenance, direct edges, actor descriptions), writes their union as one
N-Triples file, then times on each engine:
  load:       pyoxigraph ``Store(DIR).bulk_load`` into an on-disk store (kg's default store) /
              ``rdflib.Graph().parse(format="nt")`` in memory
  aggregate:  events counted by relation (GROUP BY over every event)
  2-hop:      the distinct actors two direct edges away from one actor (anchored pattern)
Each engine runs in a fresh child process, so that a 2-hop query running past ``--timeout`` seconds is
stopped and reported as such; memory is the peak RSS of that process.

    python benchmarks/store_scale.py [--articles 6000] [--events 9] [--actors 2000] [--timeout 300]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PREFIX = "PREFIX kg: <https://w3id.org/kgnews/ontology#>\n"
AGGREGATE = PREFIX + "SELECT ?relation (COUNT(?e) AS ?events) WHERE { ?e a kg:Event ; kg:relation ?relation } GROUP BY ?relation"
TWO_HOP = (
    PREFIX
    + """SELECT (COUNT(DISTINCT ?y) AS ?actors) WHERE {
  <https://w3id.org/kgnews/id/actor/A0001> ?p ?x . ?x kg:key ?kx .
  ?x ?q ?y . ?y kg:key ?ky .
  FILTER (?y != <https://w3id.org/kgnews/id/actor/A0001>)
}"""
)


def generate(path: Path, articles: int, per_article: int, n_actors: int, seed: int = 7) -> int:
    """Write the union of ``articles`` synthetic article graphs as N-Triples; return the triple count."""
    from rdflib import Dataset

    from kg.graph.rdf import add_result
    from kg.model import Actor, Article, ArticleResult, Event, load_relations

    rng = random.Random(seed)
    relations = load_relations()
    names = sorted(relations)
    actors = [Actor(key=f"A{i:04d}", label=f"Actor {i}", type="state", wikidata=f"Q{1000 + i}") for i in range(n_actors)]
    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as fh:
        for a in range(articles):
            date = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            art = Article(id=f"synthetic-{a:06d}.txt", text=f"synthetic article {a}", title=f"Article {a}", date=date)
            result = ArticleResult(article=art)
            for i in range(per_article):
                src, tgt = rng.sample(actors, 2)
                rel = relations[rng.choice(names)]
                result.actors[src.key], result.actors[tgt.key] = src, tgt
                result.events.append(
                    Event(
                        source=src.key,
                        relation=rel.name,
                        target=tgt.key,
                        source_label=src.label,
                        target_label=tgt.label,
                        source_text=src.label,
                        target_text=tgt.label,
                        sentence=f"{src.label} and {tgt.label}, sentence {i} of article {a}.",
                        char_start=100 * i,
                        char_end=100 * i + 60,
                        article=art.id,
                        date=date,
                        confidence=round(rng.random(), 2),
                        cameo=rel.cameo,
                        plover=rel.plover,
                        family=rel.family,
                        goldstein=rel.goldstein,
                        trigger=rel.name,
                    )
                )
            ds = Dataset()
            add_result(ds, result)
            for s, p, o, _g in ds.quads():
                line = f"{s.n3()} {p.n3()} {o.n3()} .\n"
                if line not in seen:  # the union: actor descriptions repeat across articles
                    seen.add(line)
                    fh.write(line)
    return len(seen)


def _rss_mb() -> float:
    """Peak RSS of this process's memory (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _oxigraph_child(nt: str, queue) -> None:
    import pyoxigraph as ox

    with tempfile.TemporaryDirectory() as tmp:
        store = ox.Store(tmp)
        t = time.perf_counter()
        store.bulk_load(path=nt, format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        queue.put(("load", time.perf_counter() - t))
        queue.put(("triples", len(store)))
        for name, text in (("aggregate", AGGREGATE), ("2-hop", TWO_HOP)):
            t = time.perf_counter()
            rows = [tuple(str(v.value) for v in sol) for sol in store.query(text)]
            queue.put((name, time.perf_counter() - t))
            queue.put((name + " answer", rows))
        queue.put(("peak RSS MB", _rss_mb()))
        del store


def _rdflib_child(nt: str, queue) -> None:
    from rdflib import Graph

    g = Graph()
    t = time.perf_counter()
    g.parse(nt, format="nt")
    queue.put(("load", time.perf_counter() - t))
    queue.put(("triples", len(g)))
    for name, text in (("aggregate", AGGREGATE), ("2-hop", TWO_HOP)):
        t = time.perf_counter()
        rows = [tuple(str(v) for v in row) for row in g.query(text)]
        queue.put((name, time.perf_counter() - t))
        queue.put((name + " answer", rows))
    queue.put(("peak RSS MB", _rss_mb()))


def run(target, nt: Path, timeout: float) -> dict:
    """Run one engine's measurements in a fresh process; stop its 2-hop query after ``timeout`` seconds."""
    ctx = mp.get_context("spawn")  # a clean process: its peak RSS is the engine's alone
    queue = ctx.Queue()
    child = ctx.Process(target=target, args=(str(nt), queue))
    child.start()
    out: dict = {}
    deadline = None
    while child.is_alive() or not queue.empty():
        try:
            key, value = queue.get(timeout=1)
        except Exception:  # queue.Empty
            if deadline and time.perf_counter() > deadline:
                child.kill()
                out["2-hop"] = f"stopped after {timeout:.0f} s"
                break
            continue
        out[key] = value
        if key == "aggregate answer":  # the 2-hop query starts now
            deadline = time.perf_counter() + timeout
    child.join()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=6000)
    ap.add_argument("--events", type=int, default=9, help="events per article")
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--timeout", type=float, default=300, help="seconds before rdflib's 2-hop query is stopped")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "graph.nt"
        t = time.perf_counter()
        triples = generate(nt, args.articles, args.events, args.actors)
        print(
            f"generated {triples:,} triples ({args.articles:,} articles x {args.events} events, {args.actors:,} actors, "
            f"{triples / args.articles:.0f} triples per article) in {time.perf_counter() - t:.1f} s, "
            f"{nt.stat().st_size / 1e6:.0f} MB of N-Triples",
            flush=True,
        )
        ox_result = run(_oxigraph_child, nt, args.timeout)
        rd_result = run(_rdflib_child, nt, args.timeout)
    print(f"\n{'':<12}{'pyoxigraph (disk)':>20}{'rdflib (memory)':>20}")
    for key in ("triples", "load", "aggregate", "2-hop", "peak RSS MB"):
        cells = []
        for r in (ox_result, rd_result):
            v = r.get(key, "-")
            cells.append(
                f"{v:,.2f} s"
                if isinstance(v, float) and key not in ("peak RSS MB",)
                else f"{v:,.0f}"
                if isinstance(v, (int, float))
                else str(v)
            )
        print(f"{key:<12}{cells[0]:>20}{cells[1]:>20}")
    for key in ("aggregate answer", "2-hop answer"):
        same = key in rd_result and key in ox_result and sorted(map(_norm, ox_result[key])) == sorted(map(_norm, rd_result[key]))
        print(f"{key}: {'same on both' if same else 'DIFFERENT or not computed'}; oxigraph: {sorted(ox_result.get(key, []))[:3]}")


def _norm(row: tuple) -> tuple:
    return tuple(str(v).rsplit("#", 1)[-1].split("^^")[0].strip('"') for v in row)


if __name__ == "__main__":
    main()
