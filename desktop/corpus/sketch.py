"""Whole-text similarity sketches: the second source of candidate pairs.

The rare-n-gram index (``candidates``) works on masked content words, so two articles that
share only formulas (a congratulation telegram with other names in it, a columnist's footer, a
contact box) never become candidates there. Yet such pairs have most of their words in
common, and an analyst comparing with a near-duplicate detector expects to see them, labelled
for what they are. This module finds every pair of articles whose word 5-grams (all words,
nothing masked: the core tokenizer's keys) overlap heavily, whatever those words are.

A sketch is one-permutation MinHash: each distinct 5-gram hash falls into one of ``BINS``
bins by its top bits, and the bin keeps its smallest hash; empty bins borrow the next
non-empty bin's value (rotation densification) so that short texts compare too. Two articles
agree on a bin with probability about their Jaccard similarity. Bins are grouped in bands of
``ROWS``; articles agreeing on a whole band are a pair, kept when their estimated Jaccard is
at least ``MIN_ESTIMATE``. With 64 bins in 32 bands of 2, a pair of Jaccard 0.4 is found with
probability 0.996. Cost: linear in the text, and the pairs follow the near-duplicates.
"""
from __future__ import annotations

import numpy as np

from desktop.core.normalize import normalize

from .shingles import ngram_hashes, text_ngram_hashes

BINS = 64
ROWS = 2  # bins per band
MIN_ESTIMATE = 0.3  # estimated Jaccard a band pair needs (the exact check is in pairs.py)
MAX_BUCKET = 400  # a bucket larger than this emits pairs only between neighbours in id order
_SHIFT = np.uint64(64 - 6)  # top 6 bits: the bin (BINS = 64)
_LOW = np.uint64((1 << 58) - 1)
_ROTATE = np.uint64(0x9E3779B97F4A7C15)
EMPTY = np.uint64(0xFFFFFFFFFFFFFFFF)


def gram_hashes_at(keys: list[str]) -> np.ndarray:
    """The hash of the 5-gram starting at each word (the same hashes as ``ngram_hashes``)."""
    return ngram_hashes(keys, distinct=False)


def text_grams(text: str) -> np.ndarray:
    """Sorted distinct hashes of the word 5-grams of the whole text (no word masked)."""
    return text_ngram_hashes(normalize(text).text)


def sketch(grams: np.ndarray) -> np.ndarray:
    """The sketch (``BINS`` uint32: the low bits of each bin's minimum) of a set of 5-gram
    hashes; empty for an empty set."""
    if len(grams) == 0:
        return np.empty(0, dtype=np.uint32)
    bins = (grams >> _SHIFT).astype(np.int64)
    values = grams & _LOW
    out = np.full(BINS, EMPTY, dtype=np.uint64)
    np.minimum.at(out, bins, values)
    full = np.flatnonzero(out != EMPTY)
    if len(full) < BINS:  # densify: an empty bin takes the next full bin's value, shifted
        idx = np.arange(BINS)
        nxt = full[np.searchsorted(full, idx) % len(full)]
        dist = ((nxt - idx) % BINS).astype(np.uint64)
        with np.errstate(over="ignore"):
            out = np.where(out == EMPTY, out[nxt] + dist * _ROTATE, out)
    return (out & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b)) if len(a) and len(b) else 0.0


def band_pairs(ids: np.ndarray, sketches: np.ndarray) -> np.ndarray:
    """Pair keys ``a << 32 | b`` (a < b, sorted, distinct) of articles agreeing on a whole band
    and on at least ``MIN_ESTIMATE`` of all bins. ``sketches`` is (len(ids), BINS)."""
    if len(ids) < 2:
        return np.empty(0, dtype=np.int64)
    ids = np.asarray(ids, dtype=np.int64)
    order = np.argsort(ids, kind="stable")
    ids, sketches = ids[order], sketches[order]
    found: list[np.ndarray] = []
    for band in range(BINS // ROWS):
        cols = sketches[:, band * ROWS:(band + 1) * ROWS]
        key = cols[:, 0].astype(np.uint64) << np.uint64(32) | cols[:, 1].astype(np.uint64)
        order = np.lexsort((ids, key))
        k, d = key[order], ids[order]
        starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]])
        sizes = np.diff(np.r_[starts, len(k)])
        group = np.repeat(np.arange(len(sizes)), sizes)
        top = min(int(sizes.max()), MAX_BUCKET)
        for off in range(1, top):
            same = group[off:] == group[:-off]
            if not same.any():
                break
            found.append((d[:-off][same] << 32) | d[off:][same])
    if not found:
        return np.empty(0, dtype=np.int64)
    keys = np.unique(np.concatenate(found))
    a = np.searchsorted(ids, keys >> 32)
    b = np.searchsorted(ids, keys & 0xFFFFFFFF)
    agree = (sketches[a] == sketches[b]).mean(axis=1)
    return keys[agree >= MIN_ESTIMATE]
