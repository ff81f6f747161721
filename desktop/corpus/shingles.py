"""Content words of an article with shared formulas masked, and the hashes of their n-grams.

Words come from ``words.content_words`` (the core normalizer and tokenizer). Formulas from
``resources/corpus_formulas.toml`` (greetings, honorifics and titles, name particles, footers,
link prompts, job-advert templates) and words in Latin letters (links, handles, e-mail) are
masked: they count for nothing in an alignment and no n-gram spans them.

An n-gram's hash is a stable 64-bit number (the same in every process and run, which Dask
workers need), computed with numpy from per-word hashes.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from desktop.core.normalize import WORD_RE, word_key
from desktop.core.resources import load_toml

from .words import Words, content_words

NGRAM = 5  # content words per shingle
_MULT = np.uint64(0x9E3779B97F4A7C15)
_LATIN = re.compile(r"[a-z]")


@lru_cache(maxsize=1)
def formula_table() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First key -> key sequences of every formula, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrases in load_toml("corpus_formulas.toml")["formulas"].values():
        for phrase in phrases:
            keys = tuple(content_words(phrase).keys)
            if keys:
                table.setdefault(keys[0], []).append(keys)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in table.items()}


def formula_mask(keys: list[str]) -> list[bool]:
    """True at words that belong to a formula or are written in Latin letters."""
    table = formula_table()
    mask = [False] * len(keys)
    i, n = 0, len(keys)
    while i < n:
        k = keys[i]
        if _LATIN.search(k):
            mask[i] = True
            i += 1
            continue
        for seq in table.get(k, ()):
            if tuple(keys[i:i + len(seq)]) == seq:
                for j in range(i, i + len(seq)):
                    mask[j] = True
                i += len(seq) - 1
                break
        i += 1
    return mask


def masked_words(text: str) -> Words:
    """Content words of ``text`` without masked ones (spans stay exact)."""
    words = content_words(text)
    mask = formula_mask(words.keys)
    if not any(mask):
        return words
    keep = [i for i, m in enumerate(mask) if not m]
    return Words([words.keys[i] for i in keep], type(words.starts)("l", (words.starts[i] for i in keep)),
                 type(words.ends)("l", (words.ends[i] for i in keep)), text)


@lru_cache(maxsize=500_000)
def word_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def ngram_hashes(keys: list[str], mask: list[bool] | None = None, n: int = NGRAM,
                 distinct: bool = True) -> np.ndarray:
    """Sorted distinct hashes of the n-grams of ``keys`` that contain no masked word (with
    ``distinct=False`` and no mask: the hash of the n-gram at each position, in order)."""
    return _ngrams(np.fromiter(map(word_hash, keys), dtype=np.uint64, count=len(keys)), mask, n, distinct)


@lru_cache(maxsize=500_000)
def surface_hash(word: str) -> int:
    """``word_hash(word_key(word))`` of a normalized word as the text has it."""
    return word_hash(word_key(word))


def text_ngram_hashes(normalized: str, n: int = NGRAM) -> np.ndarray:
    """``ngram_hashes`` of the keys of every word of a normalized text (nothing masked), in one
    pass over the words."""
    words = WORD_RE.findall(normalized)
    return _ngrams(np.fromiter(map(surface_hash, words), dtype=np.uint64, count=len(words)), None, n, True)


def _ngrams(w: np.ndarray, mask, n: int, distinct: bool) -> np.ndarray:
    if len(w) < n:
        return np.empty(0, dtype=np.uint64)
    m = len(w) - n + 1
    h = np.zeros(m, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(n):
            h = h * _MULT + w[j:j + m]
        h ^= h >> np.uint64(29)
    if mask is not None and any(mask):
        bad = np.convolve(np.asarray(mask, dtype=np.int8), np.ones(n, dtype=np.int8), mode="valid") > 0
        h = h[~bad]
    return np.unique(h) if distinct else h


@dataclass(frozen=True)
class Features:
    """What corpus mode keeps of an article: its unmasked content words as 64-bit hashes with
    their original spans, and where a masked stretch was cut out (``gap[i]``: words were
    masked just before word ``i``)."""

    keys: np.ndarray  # uint64
    starts: np.ndarray  # int32
    ends: np.ndarray  # int32
    gap: np.ndarray  # bool

    def words(self, text: str = "") -> Words:
        return Words(self.keys.tolist(), self.starts.tolist(), self.ends.tolist(), text)

    def shingles(self, n: int = NGRAM) -> np.ndarray:
        """Sorted distinct hashes of n-grams of consecutive words with no masked word inside."""
        k = self.keys
        if len(k) < n:
            return np.empty(0, dtype=np.uint64)
        m = len(k) - n + 1
        h = np.zeros(m, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for j in range(n):
                h = h * _MULT + k[j:j + m]
            h ^= h >> np.uint64(29)
        if self.gap.any():  # an n-gram starting at i is cut when a gap sits at i+1 .. i+n-1
            g = np.concatenate(([0], np.cumsum(self.gap[1:], dtype=np.int64)))
            h = h[g[n - 1:] - g[:m] == 0]
        return np.unique(h)


def features(text: str, words: Words | None = None) -> Features:
    """``words``: ``content_words(text)`` when already at hand."""
    if words is None:
        words = content_words(text)
    keep = np.flatnonzero(~np.asarray(formula_mask(words.keys), dtype=bool))
    gap = np.r_[False, np.diff(keep) != 1] if len(keep) else np.zeros(0, dtype=bool)
    keys = np.fromiter(map(word_hash, words.keys), dtype=np.uint64, count=len(words.keys))[keep]
    starts = np.array(words.starts, dtype=np.int32)[keep]
    ends = np.array(words.ends, dtype=np.int32)[keep]
    return Features(keys, starts, ends, gap)


def article_shingles(text: str) -> np.ndarray:
    return features(text).shingles()
