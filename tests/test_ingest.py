from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.ingest.readers import clean_text, make_article, read_articles

from .conftest import EXAMPLES, ROOT


def _read(paths, names=()):
    items = list(read_articles(paths, names=names))
    return [i for i in items if not isinstance(i, InputError)], [str(i) for i in items if isinstance(i, InputError)]


def test_date_header_on_the_first_line_is_read_and_removed():
    a = make_article(" date 2024-07-13 NATO and the United States met.\n\nMore text here.", "x.txt")
    assert a.date == "2024-07-13"
    assert a.text.startswith("NATO and the United States met.")


def test_front_matter_gives_title_date_and_url():
    raw = "---\ntitle: Putin in Beijing\ndate: 2024-05-16\nurl: https://example.org/a\n---\nPutin met Xi in Beijing."
    a = make_article(raw, "x.txt")
    assert (a.title, a.date, a.url) == ("Putin in Beijing", "2024-05-16", "https://example.org/a")
    assert a.text == "Putin met Xi in Beijing."


def test_dateline_gives_the_date_and_bylines_and_appeals_are_dropped():
    raw = (
        "North Korea accuses US of trying to create an Asian Nato\n\nNamita Singh\nSunday 03 July 2022 15:26 BST\n"
        "Comments\nRelated video: South Korea and US launch missiles\n\nYour support helps us to tell the story\n\n"
        "North Korea on Sunday accused the US of plotting.\n\nJoin our commenting forum\n"
    )
    text, date, title = clean_text(raw)
    assert date == "2022-07-03"
    assert title == "North Korea accuses US of trying to create an Asian Nato"
    assert "Namita" not in text and "Related video" not in text and "support" not in text and "forum" not in text
    assert "North Korea on Sunday accused the US of plotting." in text


def test_a_lost_space_after_an_actor_name_is_restored():
    text, _, _ = clean_text("This is the accusation made by North Koreawhich contests it.", names=["Korea"])
    assert "North Korea which contests" in text
    text, _, _ = clean_text("Chad and Poland spoke.", names=["Korea"])
    assert text == "Chad and Poland spoke."


def test_sentences_glued_by_a_lost_space_are_split():
    text, _, _ = clean_text("They will share confidential information.North Korea accuses the US.")
    assert "information. North Korea" in text


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
        ("latin1.txt", "Réunion à Paris entre la France et l'Allemagne.".encode("latin-1"), "not UTF-8"),
        ("boiler.txt", b"Your support helps us to tell the story\n\nJoin our commenting forum\n", "no article text"),
        ("baddate.txt", b"---\ndate: 13/07/2024\n---\nJapan met Korea.", "date must be YYYY-MM-DD"),
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


def test_a_one_line_article_that_mentions_a_donation_is_not_dropped_whole():
    # the VOA story "Foreign bloggers help China spread propaganda" is one 5,700-character line with "donate" in it
    from kg.ingest.readers import read_articles
    from kg.model import Article

    items = list(read_articles([ROOT / "examples" / "voa" / "voa_stories.jsonl"]))
    assert len(items) == 89 and all(isinstance(a, Article) for a in items)
    bloggers = next(a for a in items if a.title.startswith("Foreign bloggers help China"))
    assert len(bloggers.text) > 5000 and "donate them to China" not in bloggers.text
    assert all(a.date and a.date[:2] in ("20",) for a in items)  # "published" read as the date
