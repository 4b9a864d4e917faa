"""Near-duplicate articles (wire copies) by MinHash LSH over word shingles.

The first copy of a story is the story; a later article whose shingles overlap it by at least
``threshold`` (estimated Jaccard similarity) is a copy of it and gives no events.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Iterator

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import Article

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
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


class DuplicateFilter:
    """Pass the first copy of every story; record later copies against it.

    The index is compact, since it lives as long as a build: per story, its 128 MinHash values as
    32-bit integers and one integer per LSH band (about 1.5 KB), not datasketch's objects (about 5 KB).

    Args:
        threshold: estimated Jaccard similarity of shingle sets from which an article is a copy.
        num_perm: MinHash permutations (more: slower, more exact).
        shingle_size: words per shingle.
        on_copy: called with each copy held back.

    Attributes:
        copies: story article id -> ids of its later copies, in input order.
    """

    def __init__(
        self, threshold: float = 0.8, num_perm: int = 128, shingle_size: int = 3, on_copy: Callable[[Article], None] | None = None
    ):
        self.threshold, self.num_perm, self.shingle_size, self.on_copy = threshold, num_perm, shingle_size, on_copy
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)  # only for its choice of bands and rows
        bands, rows = lsh.b, lsh.r
        self._bands = [slice(i * rows, (i + 1) * rows) for i in range(bands)]
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in self._bands]
        self._signatures = np.zeros((1024, num_perm), dtype=np.uint32)
        self._ids: list[str] = []
        self._known: set[str] = set()
        self.copies: dict[str, list[str]] = {}

    def _signature(self, text: str) -> np.ndarray:
        mh = MinHash(num_perm=self.num_perm, hashfunc=zlib.crc32)  # deterministic, and faster than the default SHA-1
        mh.update_batch([s.encode("utf-8") for s in shingles(text, self.shingle_size)])
        return mh.hashvalues.astype(np.uint32)

    def story_of(self, article: Article) -> str | None:
        """The id of the earlier story ``article`` copies, or ``None`` (then it is indexed as a story)."""
        sig = self._signature(article.text)
        keys = [hash(sig[band].tobytes()) for band in self._bands]
        found = {i for bucket, key in zip(self._buckets, keys) for i in _members(bucket.get(key))}
        similar = [i for i in sorted(found) if np.mean(self._signatures[i] == sig) >= self.threshold]
        if similar:
            story = self._ids[similar[0]]  # the earliest
            self.copies.setdefault(story, []).append(article.id)
            if self.on_copy:
                self.on_copy(article)
            return story
        if article.id not in self._known:
            index = len(self._ids)
            if index == len(self._signatures):
                self._signatures = np.concatenate([self._signatures, np.zeros_like(self._signatures)])
            self._signatures[index] = sig
            self._ids.append(article.id)
            self._known.add(article.id)
            for bucket, key in zip(self._buckets, keys):
                held = bucket.get(key)
                bucket[key] = index if held is None else [*_members(held), index]
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


def _members(held: int | list[int] | None) -> list[int]:
    return [] if held is None else [held] if isinstance(held, int) else held
