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


VOTE_BITS = 24  # votes of a pair are packed: all n-grams << 24 | n-grams that are not formulas


@dataclass(frozen=True)
class CandidateSettings:
    min_df: int = 2
    max_df: int = 60  # n-grams held by more articles are stock phrases
    min_shared: int = 5  # rare n-grams a pair must share to be aligned
    # n-grams published on this many distinct days or more are recurring formulas (weather,
    # market closes, templates of official statements), not one story copied (0: no limit)
    max_days: int = 4
    near_copy: float = 0.5  # ... unless they make this share of the smaller article's n-grams


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


def count_pairs(hashes: np.ndarray, docs: np.ndarray, settings: CandidateSettings,
                days: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Votes of one shard: (pair keys ``a << 32 | b`` with ``a < b``, counts), sorted by key.

    ``hashes``/``docs`` list each (n-gram, article) once; ``days`` (optional, same length) the
    article's publication day (any integer; one value for undated articles).
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
    # each vote is packed as (1 << VOTE_BITS) + (1 if the n-gram is not a recurring formula)
    weight = np.full(len(sizes), (1 << VOTE_BITS) + 1, dtype=np.int64)
    if days is not None and settings.max_days:
        o2 = np.lexsort((days, hashes))
        h2, y2 = hashes[o2], days[o2]
        new = np.r_[True, (h2[1:] != h2[:-1]) | (y2[1:] != y2[:-1])].astype(np.int64)
        weight[np.add.reduceat(new, starts) >= settings.max_days] -= 1  # same groups, same order
    # keep only the rows of rare n-grams; group id per row
    keep_rows = np.repeat(ok, sizes)
    group = np.repeat(np.arange(len(sizes)), sizes)[keep_rows]
    d = d[keep_rows]
    w = weight[group]
    keys: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for off in range(1, int(sizes[ok].max())):
        same = group[off:] == group[:-off]
        if not same.any():
            break
        a, b = d[:-off][same], d[off:][same]  # a < b: rows sorted by article inside an n-gram
        keys.append((a << 32) | b)
        weights.append(w[off:][same])
    if not keys:
        return empty
    return merge_counts([(np.concatenate(keys), np.concatenate(weights))])


def unpack_votes(packed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(all shared rare n-grams, those that are not recurring formulas) of packed votes."""
    return packed >> VOTE_BITS, packed & ((1 << VOTE_BITS) - 1)


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


def candidate_mask(keys: np.ndarray, packed: np.ndarray, settings: CandidateSettings,
                   sizes: np.ndarray | None = None) -> np.ndarray:
    """Pairs to align: enough shared n-grams that are not recurring formulas, or (given
    ``sizes``, the n-gram count of each article) shared n-grams making a near-copy."""
    total, story = unpack_votes(packed)
    sel = story >= settings.min_shared
    if sizes is not None and len(keys):
        smaller = np.minimum(sizes[keys >> 32], sizes[keys & 0xFFFFFFFF])
        sel |= (total >= settings.min_shared) & (total >= settings.near_copy * smaller)
    return sel


def candidate_pairs(keys: np.ndarray, packed: np.ndarray, settings: CandidateSettings,
                    sizes: np.ndarray | None = None) -> list[tuple[int, int, int]]:
    """(a, b, shared n-grams) of the pairs to align, sorted."""
    sel = candidate_mask(keys, packed, settings, sizes)
    k, c = keys[sel], unpack_votes(packed[sel])[0]
    return [(int(x >> 32), int(x & 0xFFFFFFFF), int(n)) for x, n in zip(k, c)]
