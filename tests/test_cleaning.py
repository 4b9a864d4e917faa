"""Cleaning: headers, front matter, datelines, lost spaces and page furniture, on raw text."""

from __future__ import annotations

import pytest

from kg.ingest.cleaning import clean_text, make_article

from .conftest import ROOT


def test_date_header_on_the_first_line_is_read_and_removed():
    a = make_article(" date 2024-07-13 NATO and the United States met.\n\nMore text here.", "x.txt")
    assert a.date == "2024-07-13"
    assert a.text.startswith("NATO and the United States met.")


def test_front_matter_gives_title_date_and_url():
    raw = "---\ntitle: Putin in Beijing\ndate: 2024-05-16\nurl: https://example.org/a\n---\nPutin met Xi in Beijing."
    a = make_article(raw, "x.txt")
    assert (a.title, a.date, a.url) == ("Putin in Beijing", "2024-05-16", "https://example.org/a")
    assert a.text == "Putin met Xi in Beijing."


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("date 2024-07-13 NATO and the United States met.\n", "2024-07-13"),  # the seed files' shape
        ("date: 3 March 2024\n", "2024-03-03"),
        ("date March 3, 2024 10:02 GMT\n", "2024-03-03"),
        ("date: Sunday 03 July 2022 15:26 BST\n", "2022-07-03"),
        ("date Tue, 5 Mar 2024 23:30:00 -0500\n", "2024-03-05"),  # the day as written, not moved to UTC
        ("date 13 July 2024\n\n", "2024-07-13"),
    ],
)
def test_a_date_header_in_iso_or_in_words_is_read_and_removed(header, date):
    a = make_article(header + "Japan met South Korea in Seoul on Monday.", "x.txt")
    assert a.date == date
    assert "date" not in a.text and "2024" not in a.text.replace("NATO and the United States met.", "")


@pytest.mark.parametrize("value", ["yesterday", "3 days ago", "March 2024", "31 February 2024", "sometime soon"])
def test_a_relative_partial_or_wrong_header_date_is_a_warning_naming_the_file(caplog, value):
    with caplog.at_level("WARNING", logger="kg.ingest"):
        a = make_article(f"date: {value}\nJapan met South Korea in Seoul.", "x.txt", path="in/x.txt")
    assert a.date is None and a.text == "Japan met South Korea in Seoul."
    (record,) = caplog.records
    assert record.getMessage() == f"in/x.txt: cannot read the date {value!r}; the article is left undated"


def test_front_matter_is_yaml_with_a_date_in_words_and_a_quoted_title():
    raw = '---\nTitle: "Seoul: talks resume"\ndate: 16 May 2024\nurl: https://example.org/a\ntags: [a, b]\n---\nPutin met Xi.'
    a = make_article(raw, "x.txt")
    assert (a.title, a.date, a.url) == ("Seoul: talks resume", "2024-05-16", "https://example.org/a")
    assert a.text == "Putin met Xi."


def test_front_matter_that_is_not_yaml_or_has_a_bad_date_is_a_warning_not_an_error(caplog):
    with caplog.at_level("WARNING", logger="kg.ingest"):
        a = make_article("---\ntitle: Seoul: talks\n---\nPutin met Xi.", "a.txt")
        b = make_article("---\ntitle: Talks\ndate: 2024-02-30\n---\nPutin met Xi.", "b.txt")
    assert (a.title, a.date, a.text) == (None, None, "Putin met Xi.")
    assert (b.title, b.date) == ("Talks", None)
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2 and messages[0].startswith("a.txt: the front matter is not YAML")
    assert messages[1] == "b.txt: cannot read the date '2024-02-30'; the article is left undated"


def test_the_seed_articles_are_dated_by_their_header_or_dateline(seeds):
    dates = {f.name[:3]: make_article(f.read_text(encoding="utf-8"), f.name).date for f in sorted(seeds.glob("*.txt"))}
    assert dates == {"000": "2024-07-13", "001": "2022-07-03"}


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


def test_a_donation_appeal_is_dropped_and_news_of_a_donation_kept():
    raw = (
        "Russia delivered 25,000 tonnes of wheat to Burkina Faso as a donation on Friday.\n\n"
        "Please donate to keep our reporting free.\n\nMake a one-off donation today.\n"
    )
    text, _, _ = clean_text(raw)
    assert text.strip() == "Russia delivered 25,000 tonnes of wheat to Burkina Faso as a donation on Friday."


@pytest.mark.parametrize(
    "dateline",
    [
        "NAIROBI, Kenya (Reuters) - ",
        "KYIV, Ukraine — ",
        "WASHINGTON (AP) — ",
        "BEIJING, Jan 5 (Reuters) - ",
        "SEOUL, SOUTH KOREA — ",
        "DOHA, March 19, 2025 (AFP) - ",
        "ANKARA -- ",
        "DAYTON, Ohio, Nov. 21 - ",
        "UNITED NATIONS, Aug. 2 - ",
        "BEIJING/TAIPEI, Aug 4, 2022 - ",
        "LONDON/BRUSSELS (Reuters) - ",
    ],
)
def test_a_wire_dateline_is_cut_from_the_first_paragraph(dateline):
    text, _, _ = clean_text(f"Sudan cuts ties with UAE\n\n{dateline}Sudan has cut diplomatic ties with the United Arab Emirates.")
    assert text.endswith("\n\nSudan has cut diplomatic ties with the United Arab Emirates.")


@pytest.mark.parametrize(
    "line",
    [
        "NATO — Russia talks stall in Geneva after rows",
        "NATO - Russia talks stall.",
        "USA — Russia said so.",
        "KYIV — Talks.",
        "NATO -- Russia talks stall in Geneva after rows",
        "G7 - Russia talks stall in Geneva after rows",
    ],
)
def test_a_headline_or_a_dash_in_prose_is_no_dateline(line):
    text, _, _ = clean_text(f"{line}\n\nRussia met NATO in Geneva on Monday.")
    assert text.startswith(line)


def test_a_lost_space_after_an_actor_name_is_restored():
    text, _, _ = clean_text("This is the accusation made by North Koreawhich contests it.", names=["Korea"])
    assert "North Korea which contests" in text
    text, _, _ = clean_text("Chad and Poland spoke.", names=["Korea"])
    assert text == "Chad and Poland spoke."


def test_sentences_glued_by_a_lost_space_are_split():
    text, _, _ = clean_text("They will share confidential information.North Korea accuses the US.")
    assert "information. North Korea" in text


def test_a_one_line_article_that_mentions_a_donation_is_not_dropped_whole():
    # the VOA story "Foreign bloggers help China spread propaganda" is one 5,700-character line with "donate" in it, as
    # news ("said he wanted to donate them to China"), not as an appeal: the whole line stays
    from kg.ingest.readers import read_articles
    from kg.model import Article

    items = list(read_articles([ROOT / "examples" / "voa" / "voa_stories.jsonl"]))
    assert len(items) == 89 and all(isinstance(a, Article) for a in items)
    bloggers = next(a for a in items if a.title.startswith("Foreign bloggers help China"))
    assert len(bloggers.text) > 5000 and "donate them to China" in bloggers.text
    assert all(a.date and a.date[:2] in ("20",) for a in items)  # "published" read as the date


WIRE = """WASHINGTON (Reuters) - The United States on Tuesday accused China of
supplying Russia with drone engines, and Japan said it would join new
sanctions against Moscow announced by the Group of Seven.

   Officials in Tokyo met their South Korean counterparts in Seoul on
Wednesday to discuss the North Korean missile launches.
"""


def test_hard_wrapped_paragraphs_are_joined_and_an_indent_starts_a_new_one():
    a = make_article(WIRE, "wire.txt")
    assert a.text.split("\n\n") == [
        "The United States on Tuesday accused China of supplying Russia with drone engines, "  # the dateline cut
        "and Japan said it would join new sanctions against Moscow announced by the Group of Seven.",
        "Officials in Tokyo met their South Korean counterparts in Seoul on Wednesday "
        "to discuss the North Korean missile launches.",
    ]
    assert make_article("date 2024-07-13\nJapan\nmet South Korea in Seoul.", "x.txt").text == "Japan met South Korea in Seoul."


def test_lines_that_each_end_a_sentence_and_a_headline_stay_apart():
    raw = (
        "North Korea slams US drills\n"
        "Pyongyang on Monday accused Washington of rehearsing an invasion with its allies in the largest drills in years.\n"
        "The drills end on Friday.\n"
    )
    a = make_article(raw, "x.txt")
    assert a.title == "North Korea slams US drills"
    assert a.text.split("\n\n")[1:] == [
        "Pyongyang on Monday accused Washington of rehearsing an invasion with its allies in the largest drills in years.",
        "The drills end on Friday.",
    ]


def test_a_wrapped_article_gives_the_relations_of_its_joined_sentences(tmp_path, nlp):
    import kg

    (tmp_path / "wire.txt").write_text("date 2024-03-05\n" + WIRE, encoding="utf-8")
    found = {(e.source, e.relation, e.target) for e in kg.extract([tmp_path / "wire.txt"])}
    assert ("USA", "accuse", "CHN") in found and ("JPN", "meet", "KOR") in found


def test_furniture_patterns_never_eat_a_real_story():
    """Every VOA story keeps at least 90% of its words through cleaning (the patterns remove furniture, not the body)."""
    import json

    from kg.ingest.readers import read_articles

    raw = {json.loads(line)["id"]: json.loads(line)["text"] for line in open(ROOT / "examples" / "voa" / "voa_stories.jsonl")}
    articles = {a.id: a for a in read_articles([ROOT / "examples" / "voa" / "voa_stories.jsonl"])}
    assert len(articles) == len(raw) == 89
    kept = {i: len(articles[i].text.split()) / len(raw[i].split()) for i in raw}
    assert min(kept.values()) >= 0.9, sorted(kept.items(), key=lambda kv: kv[1])[:3]


@pytest.mark.parametrize(
    "line",
    [
        "Please sign in or register to continue reading our coverage of the US-China trade talks.",
        "Listen to our podcast on how Russia and China became such close partners.",
        "Follow our live coverage of the Israel-Iran conflict.",
    ],
)
def test_sign_in_and_podcast_prompts_are_furniture(line):
    a = make_article(f"Japan met South Korea in Seoul on Monday.\n\n{line}\n\nThe talks went well.", "x.txt")
    assert line not in a.text and "Japan met South Korea" in a.text and "The talks went well." in a.text
