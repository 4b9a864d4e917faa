"""Readers of every format (.txt, .html, .jsonl read lazily, .csv, .parquet, WARC), bad files, and counting
articles for a progress bar.

Every fixture is written to ``tmp_path`` at test time.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import pathlib

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import kg.ingest.readers
import kg.ingest.warc
from kg.errors import InputError
from kg.ingest.counting import count_articles
from kg.ingest.readers import read_articles

from .conftest import EXAMPLES

PARAGRAPHS = [
    (
        "Foreign ministers of Chile and Argentina met in Santiago on Monday to settle a long dispute over fishing rights "
        "in the Beagle Channel. Both delegations described the talks as frank and promised a joint commission before the "
        "end of the year."
    ),
    (
        "The government of Ghana accused neighbouring Togo of sheltering armed smugglers who cross the eastern border at "
        "night. Officials in Lomé rejected the charge as unfounded and summoned the Ghanaian ambassador to explain the remarks."
    ),
    (
        "Diplomats from Indonesia and Australia met in Jakarta to discuss maritime security. The two sides agreed to share "
        "patrol data and to meet again in Canberra in the spring."
    ),
]

PAGE = """<!DOCTYPE html><html><head><title>{title} | Coastal Courier</title>{meta}</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<main><article><h1>{title}</h1>
<p>{body}</p>
<p>Both governments said they remained committed to the regional pact signed last year and would keep their joint
commission open while the talks continue.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Football results</a></li><li><a href="/b">Weather warning</a></li></ul></aside>
<footer><p>Subscribe to our newsletter for the latest headlines.</p>
<p>&copy; 2023 Coastal Courier. All rights reserved.</p></footer>
</body></html>"""

EMPTY_PAGE = "<html><body><nav><a href='/'>Home</a></nav></body></html>"


def _read(paths, csv_columns=()):
    items = list(read_articles(paths, csv_columns=csv_columns))
    return [i for i in items if not isinstance(i, InputError)], [str(i) for i in items if isinstance(i, InputError)]


def _page(title: str, body: str, published: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return PAGE.format(title=title, body=body, meta=meta)


def _response(
    writer: WARCWriter, uri: str, body: bytes, content_type: str, status: str = "200 OK", date: str = "2024-03-11T08:30:00Z"
):
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict={"WARC-Date": date}
    )


def _write_warc(path: pathlib.Path, pages: list[tuple[str, bytes, str]], *, noise: bool = True) -> list[int]:
    """Write ``(uri, body, content type)`` HTML 200 responses, with a request, an image and a 404 among them.

    Returns the offset where each page's record ends.
    """
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=path.name.endswith(".gz"))
    ends = []
    for uri, body, content_type in pages:
        if noise:
            request = StatusAndHeaders("GET /world HTTP/1.1", [("Host", "courier.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=request))
        writer.write_record(_response(writer, uri, body, content_type))
        ends.append(buf.tell())
        if noise:
            writer.write_record(_response(writer, uri + "/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"))
            writer.write_record(
                _response(writer, uri + "/gone", _page("Not found", PARAGRAPHS[2]).encode(), "text/html", status="404 Not Found")
            )
            meta = writer.create_warc_record(
                uri, "metadata", payload=io.BytesIO(b"outlinks: none\r\n"), warc_content_type="application/warc-fields"
            )
            writer.write_record(meta)
    path.write_bytes(buf.getvalue())
    return ends


@pytest.fixture
def warc_pages():
    return [
        (
            "https://courier.example/world/chile-argentina",
            _page("Chile and Argentina meet over fishing rights", PARAGRAPHS[0]).encode(),
            "text/html",
        ),
        (
            "https://courier.example/world/ghana-togo",
            _page("Ghana accuses Togo over border smuggling", PARAGRAPHS[1], published="2024-03-12T09:00:00Z").encode(
                "iso-8859-1"
            ),
            "text/html; charset=ISO-8859-1",
        ),
        ("https://courier.example/world/empty", EMPTY_PAGE.encode(), "application/xhtml+xml"),
    ]


def _table(path: pathlib.Path, columns: dict[str, list]) -> pathlib.Path:
    pq.write_table(pa.table(columns), path)
    return path


# ---------------------------------------------------------------------------------------------------- .jsonl


def test_plain_jsonl_is_read_line_by_line_and_bad_lines_are_skipped(tmp_path, monkeypatch):
    path = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "a", "text": PARAGRAPHS[0], "date": "2024-03-11"}).encode(),
        b"{not json",
        '{"id": "c", "text": "R\u00e9union"}'.encode("latin-1"),
        b"",
        json.dumps({"id": "d", "text": PARAGRAPHS[1]}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    monkeypatch.setattr(pathlib.Path, "read_bytes", lambda self: pytest.fail("the whole file was read"))
    articles, errors = _read([path])
    assert [a.id for a in articles] == ["a", "d"]
    assert articles[0].date == "2024-03-11" and articles[0].path == f"{path}:1"
    assert errors[0].startswith(f"{path}:2: malformed JSON line")
    assert errors[1] == f"{path}:3: not UTF-8 text (invalid byte 0xe9)"
    assert len(errors) == 2


@pytest.mark.parametrize(
    ("content", "message"), [(b"", "empty file"), (b"\n  \n", "empty file"), (b"\x00\x01{}\n", "binary file, not text")]
)
def test_an_empty_or_binary_jsonl_file_is_one_error(tmp_path, content, message):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(content)
    assert _read([path]) == ([], [f"{path}: {message}"])


# ---------------------------------------------------------------------------------------------------- .parquet


def test_parquet_round_trip_with_renamed_columns(tmp_path):
    path = _table(
        tmp_path / "wire.parquet",
        {
            "uid": ["cl-ar-1", "gh-tg-2"],
            "headline": ["Chile and Argentina meet", None],
            "body": PARAGRAPHS[:2],
            "published": ["2024-03-11", "2024-03-12T09:00:00"],
            "link": ["https://wire.example/1", None],
            "views": [120, 45],
        },
    )
    columns = (("text", "body"), ("id", "uid"), ("title", "headline"), ("date", "published"), ("url", "link"))
    articles, errors = _read([path], csv_columns=columns)
    assert not errors
    assert [(a.id, a.title, a.date, a.url) for a in articles] == [
        ("cl-ar-1", "Chile and Argentina meet", "2024-03-11", "https://wire.example/1"),
        ("gh-tg-2", None, "2024-03-12", None),
    ]
    assert [a.text for a in articles] == PARAGRAPHS[:2]
    assert articles[1].path == f"{path}:2"


def test_parquet_bad_rows_are_errors_naming_the_row_and_the_others_are_read(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.ingest.readers, "_PARQUET_BATCH", 2)  # rows count on across batches
    path = _table(
        tmp_path / "feed.parquet",
        {
            "text": [PARAGRAPHS[0], None, PARAGRAPHS[1], "", PARAGRAPHS[2]],
            "date": ["2024-03-11", "2024-03-11", "11/03/2024", None, None],
        },
    )
    articles, errors = _read([path])
    assert [a.id for a in articles] == ["feed.parquet:1", "feed.parquet:5"]
    assert errors == [
        f"{path}:2: no article text (empty, or only boilerplate)",
        f"{path}:3: date must be YYYY-MM-DD, got: '11/03/2024'",
        f"{path}:4: no article text (empty, or only boilerplate)",
    ]


def test_parquet_date_column_of_date_type(tmp_path):
    import datetime

    path = _table(tmp_path / "typed.parquet", {"text": [PARAGRAPHS[2]], "date": [datetime.date(2024, 3, 13)]})
    articles, errors = _read([path])
    assert not errors and articles[0].date == "2024-03-13"


def test_parquet_without_the_text_column_is_one_error(tmp_path):
    path = _table(tmp_path / "feed.parquet", {"content": PARAGRAPHS})
    _, errors = _read([path])
    assert errors == [f"{path}: no 'text' column for the article text (columns: content)"]


def test_a_file_that_is_not_parquet_is_one_error(tmp_path):
    path = tmp_path / "feed.parquet"
    path.write_text("text,id\nDiplomats met.,1\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(PARAGRAPHS[2], encoding="utf-8")
    articles, errors = _read([path, good])
    assert [a.id for a in articles] == ["good.txt"]
    assert len(errors) == 1 and errors[0].startswith(f"{path}: not a Parquet file") and "\n" not in errors[0]


# ---------------------------------------------------------------------------------------------------- WARC


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_gives_one_article_per_html_page_with_status_200(tmp_path, warc_pages, name):
    path = tmp_path / name
    _write_warc(path, warc_pages)
    articles, errors = _read([path])
    assert [(a.id, a.url, a.date) for a in articles] == [
        ("https://courier.example/world/chile-argentina", "https://courier.example/world/chile-argentina", "2024-03-11"),
        ("https://courier.example/world/ghana-togo", "https://courier.example/world/ghana-togo", "2024-03-12"),
    ]
    chile, ghana = articles
    assert chile.title == "Chile and Argentina meet over fishing rights"
    assert "Beagle Channel" in chile.text and "Lomé" in ghana.text  # decoded with the header's charset
    for noise in ("<", "cookies", "newsletter", "Most read", "Football", "rights reserved", "Not found"):
        assert noise not in chile.text and noise not in ghana.text
    assert len(errors) == 1 and errors[0].startswith(f"{path}:https://courier.example/world/empty: no article text")


def test_warc_page_without_a_target_uri_is_named_by_its_record_id(tmp_path, warc_pages):
    # warcio cannot parse a response record with no WARC-Target-URI, so the header is dropped after parsing
    from warcio.archiveiterator import ArchiveIterator

    path = tmp_path / "crawl.warc"
    _write_warc(path, warc_pages[:1], noise=False)
    with path.open("rb") as fh:
        record = next(iter(ArchiveIterator(fh)))
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        record.rec_headers.remove_header("WARC-Target-URI")
        page = kg.ingest.warc._warc_page(record, payload=True)
    assert page is not None and (page.id, page.url, page.date) == (record_id.strip("<>"), None, "2024-03-11")
    assert page.id.startswith("urn:uuid:") and "Beagle Channel" in (page.html or "")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_truncated_warc_keeps_the_pages_before_the_cut(tmp_path, warc_pages, name):
    path = tmp_path / name
    ends = _write_warc(path, warc_pages[:2], noise=False)
    path.write_bytes(path.read_bytes()[: (ends[0] + ends[1]) // 2])
    articles, errors = _read([path])
    assert [a.id for a in articles] == ["https://courier.example/world/chile-argentina"]
    assert len(errors) == 1 and errors[0].startswith(f"{path}: cut short or corrupt after 1 HTML page(s): ")


def test_a_file_that_is_not_warc_is_one_error(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_text("<html><body>Diplomats met.</body></html>", encoding="utf-8")
    _, errors = _read([path])
    assert len(errors) == 1 and errors[0].startswith(f"{path}: not a readable WARC file") and "\n" not in errors[0]


# ---------------------------------------------------------------------------------------------------- counting


@pytest.fixture
def inputs(tmp_path, warc_pages):
    """One file of each format, each holding some articles and some bad rows."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(PARAGRAPHS[0], encoding="utf-8")
    (folder / "b.html").write_text(_page("Indonesia and Australia meet", PARAGRAPHS[2]), encoding="utf-8")
    lines = [json.dumps({"text": p}) for p in PARAGRAPHS] + ["", "{not json"]
    (folder / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(folder / "d.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines[:2]) + "\n")
    with (folder / "e.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "date"])
        writer.writerows([[PARAGRAPHS[0].replace(". ", ".\n"), "2024-03-11"], [PARAGRAPHS[1], "soon"], [], [PARAGRAPHS[2], ""]])
    _table(folder / "f.parquet", {"text": [PARAGRAPHS[0], None, PARAGRAPHS[2]]})
    _write_warc(folder / "g.warc", warc_pages)
    _write_warc(folder / "h.warc.gz", warc_pages[:1])
    return folder


def test_count_articles_matches_what_reading_gives_for_each_format(inputs):
    for path in sorted(inputs.iterdir()):
        items = list(read_articles([path]))
        assert count_articles([path]) == len(items), path.name
    assert count_articles([inputs]) == 1 + 1 + 4 + 2 + 3 + 3 + 3 + 1


def test_count_articles_extracts_no_text(inputs, monkeypatch):
    def fail(*args, **kwargs):
        pytest.fail("count_articles extracted text")

    monkeypatch.setattr(kg.ingest.readers, "_read_html", fail)
    monkeypatch.setattr(kg.ingest.readers, "make_article", fail)
    assert count_articles([inputs / "g.warc", inputs / "b.html", inputs / "f.parquet"]) == 3 + 1 + 3


def test_count_articles_never_raises(tmp_path, inputs):
    (tmp_path / "bad.parquet").write_text("not parquet", encoding="utf-8")
    (tmp_path / "bad.jsonl.gz").write_bytes(b"not gzip")
    truncated = tmp_path / "cut.warc"
    ends = _write_warc(
        truncated,
        [(f"https://courier.example/{i}", _page("Talks", p).encode(), "text/html") for i, p in enumerate(PARAGRAPHS)],
        noise=False,
    )
    truncated.write_bytes(truncated.read_bytes()[: ends[1] + 20])
    paths = ["-", tmp_path / "missing.txt", tmp_path / "bad.parquet", tmp_path / "bad.jsonl.gz", truncated]
    assert count_articles(paths) == 1 + 0 + 0 + 0 + 2
    assert count_articles([inputs / "e.csv"], csv_columns=[("text", "body")]) == 0  # no such column: read as one error
    assert count_articles([inputs / "f.parquet"], csv_columns=[("text", "body")]) == 0


def test_a_folder_scan_picks_up_parquet_and_warc(inputs):
    articles, errors = _read([inputs])
    paths = {(a.path or "").split(":")[0] for a in articles}
    assert {str(inputs / "f.parquet"), str(inputs / "g.warc"), str(inputs / "h.warc.gz")} <= paths
    assert any(e.startswith(str(inputs / "f.parquet")) for e in errors)


def test_unsupported_type_lists_the_new_formats(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    _, errors = _read([tmp_path / "x.pdf"])
    assert ".parquet" in errors[0] and ".warc.gz" in errors[0]


def test_html_keeps_the_article_and_drops_menus_ads_and_comments():
    articles, errors = _read([EXAMPLES / "2024-02-ukraine-aid.html"])
    assert not errors and len(articles) == 1
    a = articles[0]
    assert a.date and a.date.startswith("2024-02")
    assert "Ukraine" in a.text
    for noise in ("newsletter", "Join the conversation", "cookie", "Cookie"):
        assert noise not in a.text


def test_jsonl_gives_one_article_per_line_with_its_id():
    articles, errors = _read([EXAMPLES / "wire.jsonl"])
    assert not errors and len(articles) == 3
    assert all(a.id and a.date and a.title for a in articles)


def test_folders_and_files_mix(tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-01-02\nJapan met Korea.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    articles, errors = _read([tmp_path, EXAMPLES / "wire.jsonl"])
    assert len(articles) == 4 and not errors


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("boiler.txt", b"Your support helps us to tell the story\n\nJoin our commenting forum\n", "no article text"),
    ],
)
def test_bad_files_give_one_error_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Japan and South Korea met in Seoul.", encoding="utf-8")
    articles, errors = _read([path, good])
    assert [a.id for a in articles] == ["good.txt"]
    assert len(errors) == 1 and str(path) in errors[0] and message in errors[0]
    assert "\n" not in errors[0]


def test_missing_path_and_unsupported_type(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    _, errors = _read([tmp_path / "nope.txt", tmp_path / "x.pdf"])
    assert "nope.txt: no such file or directory" in errors[0]
    assert "x.pdf: unsupported file type" in errors[1]


def test_malformed_json_line_is_reported_and_the_other_lines_still_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Japan met Korea."}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": "China met Russia."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, errors = _read([path])
    assert [a.id for a in articles] == ["a", "d"]
    assert errors[0].startswith(f"{path}:2: malformed JSON line")
    assert errors[1].startswith(f"{path}:3: a JSON line must be an object with a string 'text'")


TEXT = "Le président Macron a rencontré le chancelier Scholz à Berlin. Japan and South Korea met in Seoul on Monday."


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("latin1.txt", TEXT.encode("latin-1"), "Windows-1252"),
        ("cp1252.txt", (TEXT + " “Quoted” – dash.").encode("cp1252"), "Windows-1252"),
        ("utf16-bom.txt", TEXT.encode("utf-16"), "utf-16-le"),
        ("utf16.txt", TEXT.encode("utf-16-le"), "utf_16_le"),
        ("utf8-bom.txt", TEXT.encode("utf-8-sig"), None),
    ],
)
def test_text_in_other_encodings_is_decoded_and_the_encoding_logged(tmp_path, caplog, name, data, encoding):
    (tmp_path / name).write_bytes(data)
    with caplog.at_level("INFO", logger="kg.ingest"):
        articles, errors = _read([tmp_path / name])
    assert not errors and articles[0].text.startswith("Le président Macron a rencontré le chancelier Scholz à Berlin.")
    assert (encoding in caplog.text) if encoding else "read as" not in caplog.text


def test_an_article_longer_than_kg_reads_is_one_error_and_the_others_go_on(tmp_path):
    from kg.config import MAX_ARTICLE_CHARS

    long = tmp_path / "long-line.txt"
    text = ("Japan met South Korea in Seoul. " * (MAX_ARTICLE_CHARS // 32 + 10)).strip()
    long.write_text(text, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Japan and South Korea met in Seoul.", encoding="utf-8")
    articles, errors = _read([long, good])
    assert [a.id for a in articles] == ["good.txt"]
    assert errors == [
        f"{long}: {len(text):,} characters of text, more than kg reads in one article ({MAX_ARTICLE_CHARS:,}); split it"
    ]
