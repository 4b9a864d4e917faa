"""Hostile inputs, generated at test time (``write_inputs``): what a careless or malicious source sends kg."""

from __future__ import annotations

from pathlib import Path

from kg.config import MAX_ARTICLE_CHARS

__all__ = ["GOOD", "NESTED_QUERY", "SKIPPED", "TOO_LONG", "service_query", "write_inputs"]

SENTENCE = "Japan and South Korea met in Seoul on Monday. "
#: The files that must come out as articles, and the one that must be refused in one line.
GOOD = ("good.txt", "latin1.txt", "cp1252.txt", "utf16-bom.txt", "utf16.txt", "utf8-bom.txt", "bidi.txt", "wrapped.txt")
TOO_LONG = "long-line.txt"
SKIPPED = ("scan.pdf", "NOTES")
#: 5,000 nested groups: a stack overflow for an engine that recurses on them.
NESTED_QUERY = "SELECT * WHERE " + "{" * 5000 + "}" * 5000


def service_query(port: int) -> str:
    """A federated query that would make the engine call a listener on this machine."""
    return f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"


def write_inputs(folder: Path) -> Path:
    """Write the hostile input set into ``folder`` (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    french = "Le président français a rencontré le chancelier allemand à Berlin. "
    files = {
        "good.txt": ("date 2024-03-01\n" + SENTENCE).encode(),
        "latin1.txt": ("date 2024-03-01\n" + french + SENTENCE).encode("latin-1"),
        "cp1252.txt": ("date 2024-03-01\n“" + french + "” – " + SENTENCE).encode("cp1252"),
        "utf16-bom.txt": ("date 2024-03-01\n" + SENTENCE).encode("utf-16"),
        "utf16.txt": ("date 2024-03-01\n" + SENTENCE).encode("utf-16-le"),
        "utf8-bom.txt": ("date 2024-03-01\n" + SENTENCE).encode("utf-8-sig"),
        "bidi.txt": ("---\ntitle: Invoice \u202egnp.exe\ndate: 2024-03-01\n---\n" + SENTENCE).encode(),
        "wrapped.txt": (
            b"date 2024-03-01\nOfficials in Tokyo said on Monday that Japan had accused China of\n"
            b"supplying Russia with drone engines, and that Japanese officials\nmet South Korea in Seoul.\n"
        ),
        TOO_LONG: (SENTENCE * (2 * MAX_ARTICLE_CHARS // len(SENTENCE))).encode(),  # 2 MB on one line
        "scan.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        "NOTES": b"no extension",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder
