"""Atomic writes: a failed write leaves the old file whole."""

from __future__ import annotations

import pytest

from kg.io import atomic_open


def test_atomic_write_leaves_the_old_file_whole_on_failure(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as fh:
        fh.write("half")
        raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
