"""The walkthrough notebook runs from top to bottom on a real kernel."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT


@pytest.mark.slow
def test_walkthrough_notebook_runs(nlp):
    path = ROOT / "notebooks" / "walkthrough.ipynb"
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "articles" in text and "bloc 1:" in text and "balance:" in text
    assert "'type': 'state'" in text  # Russia, with the actors a build read back
    frame = next(o for o in outputs if "IFrame" in o.get("data", {}).get("text/plain", ""))["data"]["text/html"]
    assert 'src="graph.html"' in frame and (path.parent / "graph.html").stat().st_size > 10_000  # served beside the notebook
