"""Near-duplicate articles (wire copies) by MinHash LSH over word shingles.

The first copy of a story is the story; a later article whose shingles overlap it by at least
``threshold`` (estimated Jaccard similarity) is a copy of it and gives no events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from datasketch import MinHash, MinHashLSH

from .model import Article

__all__ = ["DuplicateFilter", "shingles"]

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 3) -> set[str]:
    """The lower-cased word ``size``-grams of ``text`` (the whole text when it is shorter).

    Examples:
        >>> sorted(shingles("Japan met Korea in Seoul.", 3))
        ['japan met korea', 'korea in seoul', 'met korea in']
    """
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


class DuplicateFilter:
    """Pass the first copy of every story; record later copies against it.

    Args:
        threshold: estimated Jaccard similarity of shingle sets from which an article is a copy.
        num_perm: MinHash permutations (more: slower, more exact).
        shingle_size: words per shingle.

    Attributes:
        copies: story article id -> ids of its later copies, in input order.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle_size: int = 3):
        self.threshold, self.num_perm, self.shingle_size = threshold, num_perm, shingle_size
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        self.copies: dict[str, list[str]] = {}

    def story_of(self, article: Article) -> str | None:
        """The id of the earlier story ``article`` copies, or ``None`` (then it is indexed as a story)."""
        mh = MinHash(num_perm=self.num_perm)
        mh.update_batch([s.encode("utf-8") for s in shingles(article.text, self.shingle_size)])
        found = [k for k in self._lsh.query(mh) if mh.jaccard(self._hashes[k]) >= self.threshold]
        if found:
            story = min(found, key=self._order.__getitem__)
            self.copies.setdefault(story, []).append(article.id)
            return story
        if article.id not in self._hashes:
            self._order[article.id] = len(self._order)
            self._hashes[article.id] = mh
            self._lsh.insert(article.id, mh)
        return None

    def filter(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Yield the articles that are not copies of an earlier one."""
        for article in articles:
            if self.story_of(article) is None:
                yield article

    @property
    def skipped(self) -> int:
        """How many copies were held back so far."""
        return sum(map(len, self.copies.values()))
