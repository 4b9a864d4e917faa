"""Near-duplicate articles (wire copies) by MinHash LSH over word shingles.

The first copy of a story is the story; a later article whose shingles overlap it by at least
``threshold`` (estimated Jaccard similarity) is a copy of it and gives no events.
"""

from __future__ import annotations

import functools
import re
import zlib
from collections.abc import Callable, Iterable, Iterator

import numpy as np

from ..model import Article

__all__ = ["DuplicateFilter", "shingles"]

_WORD = re.compile(r"\w+")
_PRIME = (1 << 61) - 1  # the universal hashes (a * h + b) mod p, cut to 32 bits, as datasketch's MinHash
_MAX_HASH = (1 << 32) - 1


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
    32-bit integers and one integer per LSH band (about 1.5 KB). The signatures are datasketch's scheme
    (CRC-32 of each shingle, then ``num_perm`` seeded universal hashes), written out here because
    importing datasketch pulls in SciPy's integration routines: 0.6 s before a build reads its first article.

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
        bands, rows = lsh_bands(threshold, num_perm)
        self._bands = [slice(i * rows, (i + 1) * rows) for i in range(bands)]
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in self._bands]
        self._signatures = np.zeros((1024, num_perm), dtype=np.uint32)
        self._ids: list[str] = []
        self._known: set[str] = set()
        self.copies: dict[str, list[str]] = {}
        rng = np.random.RandomState(1)  # seeded: the same text has the same signature in every run
        self._a = rng.randint(1, _PRIME, num_perm, dtype=np.uint64)
        self._b = rng.randint(0, _PRIME, num_perm, dtype=np.uint64)

    def _signature(self, text: str) -> np.ndarray:
        hashes = [zlib.crc32(s.encode("utf-8")) for s in shingles(text, self.shingle_size)]
        if not hashes:
            return np.full(self.num_perm, _MAX_HASH, dtype=np.uint32)
        values = np.array(hashes, dtype=np.uint64)[:, None]
        return (((values * self._a + self._b) % _PRIME) & _MAX_HASH).min(axis=0).astype(np.uint32)

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


@functools.cache
def lsh_bands(threshold: float, num_perm: int, miss_weight: float = 0.9) -> tuple[int, int]:
    """The bands and rows per band (``bands * rows <= num_perm``) that make the fewest wrong calls about ``threshold``.

    A call is wrong when two texts less similar than ``threshold`` share a band (they are then compared on their whole
    signatures: a needless comparison), or two more similar share none (a copy missed). A missed copy weighs
    ``miss_weight``, a needless comparison the rest. datasketch weighs both alike (0.5), which for 0.8 misses one copy
    in five at a similarity of 0.87; at 0.9 one in a hundred.

    Examples:
        >>> lsh_bands(0.8, 128)
        (14, 9)
        >>> lsh_bands(0.8, 128, miss_weight=0.5)
        (9, 13)
    """
    s = np.linspace(0.0, 1.0, 2001)
    below, above = s <= threshold, s >= threshold
    best, choice = float("inf"), (1, num_perm)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            paired = 1 - (1 - s**rows) ** bands  # the chance that two texts of similarity s share a band
            error = (1 - miss_weight) * _area(paired[below], s[below]) + miss_weight * _area(1 - paired[above], s[above])
            if error < best:
                best, choice = error, (bands, rows)
    return choice


def _area(y: np.ndarray, x: np.ndarray) -> float:
    """The area under ``y`` over ``x`` by the trapezoid rule."""
    return float(((y[1:] + y[:-1]) * np.diff(x)).sum() / 2)


def _members(held: int | list[int] | None) -> list[int]:
    return [] if held is None else [held] if isinstance(held, int) else held
