"""The public face, ``kg/__init__.py``: every name resolves, nothing heavy loads on import, paths and raw text."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

import kg

from .conftest import EXAMPLES, ROOT


@pytest.mark.parametrize("name", kg.__all__)
def test_every_public_name_resolves(name):
    assert getattr(kg, name) is not None and name in dir(kg)


def test_import_kg_loads_no_heavy_library_and_the_cli_starts_fast():
    heavy = "('spacy', 'rdflib', 'pyoxigraph', 'scipy', 'sklearn')"
    code = f"import sys, kg, kg.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.strip() == "[]"


def test_version_is_the_package_version():
    version = re.search(r'^version = "(.+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M).group(1)
    assert kg.__version__ == version
    proc = subprocess.run([sys.executable, "-m", "kg", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout == f"kg {version}\n"


def test_a_path_given_as_one_string_is_one_input(tmp_path):
    article = EXAMPLES / "2024-05-putin-xi.txt"
    as_list = kg.extract([article], kg.Settings(workers=0))
    assert as_list and kg.extract(str(article.resolve()), kg.Settings(workers=0)) == as_list
    assert kg.extract(article, kg.Settings(workers=0)) == as_list
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    report = kg.build(str(folder), kg.Settings(out=tmp_path / "out", workers=0))
    assert report.articles == 1 and not report.failed


def test_extract_text_takes_raw_text_and_a_date():
    events = kg.extract_text("Japan and South Korea met in Seoul on Monday.", date="2024-03-01")
    assert ("JPN", "meet", "KOR") in {(e.source, e.relation, e.target) for e in events}
    assert {e.date for e in events} == {"2024-02-26"}  # the Monday before Friday 1 March, the article's date
    assert {e.article for e in events} == {"text"}
    dated_by_its_header = kg.extract_text("date 2024-07-13\nStoltenberg met Kishida in Washington.")
    assert any({e.source, e.target} == {"NATO", "JPN"} and e.relation == "meet" for e in dated_by_its_header)
    with pytest.raises(kg.InputError, match="no article text"):
        kg.extract_text("   ")
