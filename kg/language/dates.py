"""The day an event happened, from its sentence and the article's date: "on Tuesday", "yesterday".

News dates events relative to publication: "accused ... on Tuesday" in a story of Saturday 13 July 2024
happened on 9 July; a planned event ("will meet on Friday") is the next Friday. The words are in
``data/lexicon.yaml`` (``weekdays``, ``day_words``); an undated article, or a sentence that names no day
(or more than one), keeps the article's date.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span

__all__ = ["event_date"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Relative day words and their offset from the publication day.
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1}


def event_date(article_date: str | None, sent: Span, modality: str, lexicon: dict[str, frozenset[str]]) -> str | None:
    """The event's day: the one weekday or day word of ``sent`` counted from ``article_date``, else the article's date.

    A weekday is the latest such day on or before publication ("on Tuesday"), or for a planned event the next
    one after it ("will meet on Friday").
    """
    if not article_date:
        return article_date
    words = {t.lower_ for t in sent if t.lower_ in lexicon["weekdays"] or t.lower_ in lexicon["day_words"]}
    if len(words) != 1:
        return article_date  # no day named, or several: the article's date is the honest answer
    (word,) = words
    day = date.fromisoformat(article_date)
    if word in DAY_OFFSETS:
        return (day + timedelta(days=DAY_OFFSETS[word])).isoformat()
    back = (day.weekday() - WEEKDAYS.index(word)) % 7
    if modality == "planned":
        return (day + timedelta(days=(7 - back) % 7 or 7)).isoformat()
    return (day - timedelta(days=back)).isoformat()
