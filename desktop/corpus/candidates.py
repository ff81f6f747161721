"""Candidate pairs from rare shared n-grams, in hash-range shards whose results merge.

Every article contributes the distinct hashes of its word n-grams (``shingles``). An n-gram
held by fewer than two articles says nothing; one held by more than ``max_df`` articles is a
stock phrase (or a story so widely relayed that its other n-grams will find the pairs). Each
remaining n-gram votes for every pair of articles holding it; pairs with at least
``min_shared`` votes are candidates. The work splits by hash range into shards: a shard needs
only the hashes that fall in its range, and a pair's votes are the sum over shards, so shards
run anywhere (in-process or on Dask workers) and merge to the same result.

Cost: sorting the n-grams, plus the votes, which are bounded by ``max_df**2`` per n-gram and in
practice follow the number of copies, not the square of the archive.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class CandidateSettings:
    min_df: int = 2
    max_df: int = 60  # n-grams held by more articles are stock phrases
    min_shared: int = 5  # rare n-grams a pair must share to be aligned


def split_by_shard(doc: int, hashes: np.ndarray, shards: int) -> list[np.ndarray]:
    """The article's hashes for each shard (hash modulo ``shards``)."""
    if shards == 1:
        return [hashes]
    which = (hashes % np.uint64(shards)).astype(np.int64)
    return [hashes[which == s] for s in range(shards)]


def shard_input(docs: list[int], hash_lists: list[np.ndarray], shard: int, shards: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, article numbers) of one shard, concatenated."""
    hs, ds = [], []
    for d, h in zip(docs, hash_lists):
        if shards > 1:
            h = h[(h % np.uint64(shards)) == np.uint64(shard)]
        if len(h):
            hs.append(h)
            ds.append(np.full(len(h), d, dtype=np.int64))
    if not hs:
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    return np.concatenate(hs), np.concatenate(ds)


def count_pairs(hashes: np.ndarray, docs: np.ndarray, settings: CandidateSettings
                ) -> tuple[np.ndarray, np.ndarray]:
    """Votes of one shard: (pair keys ``a << 32 | b`` with ``a < b``, counts), sorted by key.

    ``hashes``/``docs`` list each (n-gram, article) once.
    """
    empty = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64))
    if len(hashes) == 0:
        return empty
    order = np.lexsort((docs, hashes))
    h, d = hashes[order], docs[order]
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
    sizes = np.diff(np.r_[starts, len(h)])
    ok = (sizes >= settings.min_df) & (sizes <= settings.max_df)
    if not ok.any():
        return empty
    # keep only the rows of rare n-grams; group id per row
    keep_rows = np.repeat(ok, sizes)
    group = np.repeat(np.arange(len(sizes)), sizes)[keep_rows]
    d = d[keep_rows]
    keys: list[np.ndarray] = []
    for off in range(1, int(sizes[ok].max())):
        same = group[off:] == group[:-off]
        if not same.any():
            break
        a, b = d[:-off][same], d[off:][same]  # a < b: rows sorted by article inside an n-gram
        keys.append((a << 32) | b)
    if not keys:
        return empty
    uk, uc = np.unique(np.concatenate(keys), return_counts=True)
    return uk, uc.astype(np.int64)


def merge_counts(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Sum the votes of several shards."""
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    keys = np.concatenate([p[0] for p in parts])
    counts = np.concatenate([p[1] for p in parts]).astype(np.int64)
    order = np.argsort(keys, kind="stable")
    keys, counts = keys[order], counts[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return keys[starts], np.add.reduceat(counts, starts)


def candidate_pairs(keys: np.ndarray, counts: np.ndarray, settings: CandidateSettings
                    ) -> list[tuple[int, int, int]]:
    """(a, b, shared n-grams) of pairs with enough votes, sorted."""
    sel = counts >= settings.min_shared
    k, c = keys[sel], counts[sel]
    return [(int(x >> 32), int(x & 0xFFFFFFFF), int(n)) for x, n in zip(k, c)]
