"""Shared fixtures: one spaCy pipeline per session, the seed articles, one real build."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples" / "articles"

# A suite started in the background ("make test &") inherits Ctrl-C ignored, and so would every kg it starts, which
# never learns to stop on it; a handler here is reset to the default in each child, as a terminal would give it.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def nlp():
    from kg.language.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def extractor():
    from kg.language.extract import Extractor

    return Extractor(mode="rules")


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"seed articles missing at {SEEDS}")
        pytest.skip("seed articles not found beside the repository")
    return SEEDS


@pytest.fixture(scope="session")
def seed_build(seeds, tmp_path_factory, nlp):
    """One real build of the seeds and the samples, shared by the RDF, query and browser tests."""
    import kg

    out = tmp_path_factory.mktemp("build")
    report = kg.build([seeds, EXAMPLES], kg.Settings(out=out))
    return out, report


def extract_text(nlp, extractor, text: str, date: str | None = "2024-07-13"):
    """Events of one text, as (source, relation, target) with symmetric pairs sorted."""
    from kg.model import Article

    article = Article(id="t", text=text, date=date)
    result = extractor.extract(nlp(text), article)
    out = set()
    for e in result.events:
        pair = (e.source, e.target)
        if extractor.rules.relations[e.relation].symmetric:
            pair = tuple(sorted(pair))
        out.add((pair[0], e.relation, pair[1]))
    return out


def repeated_feed(path: Path, copies: int = 25) -> int:
    """``examples/wire.jsonl`` written ``copies`` times under new ids to the feed ``path`` (a build long enough to
    kill in the middle); returns its number of articles."""
    import json

    lines = (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            for line in lines:
                item = json.loads(line)
                fh.write(json.dumps({**item, "id": f"{item['id']}-{i}"}) + "\n")
    return copies * len(lines)
