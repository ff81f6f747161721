"""Passage alignment between one suspicious and one source document.

Match points ``(i, j)`` pair suspicious content word ``i`` with source content word ``j`` of the
same key. A reused passage, copied, reworded or shuffled, shows as a dense block of points:
its words sit close together in both documents even when their order is lost.

1. A word matched at several places keeps only its best-supported matches (most points
   nearby), which removes most matches of repeated words outside the passage.
2. Points are split alternately along each document wherever consecutive points are more
   than ``gap`` words apart, and sparse edges are trimmed, until nothing changes; blocks
   that are too small or too sparse are dropped.
3. Blocks that stay close in both documents are merged, so that one reused passage gives
   one detection (granularity).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .words import Words


@dataclass(frozen=True)
class AlignSettings:
    gap: int = 10  # words between points of one passage, in either document
    max_occurrences: int = 15  # skip a word that appears more often than this in either text
    min_points: int = 12  # matched words a passage needs
    min_density: float = 0.35  # matched words per word of the passage, on both sides
    merge_gap: int = 30  # merge blocks of one pair at most this many words apart on both sides
    edge_window: int = 8  # words looked at when trimming a sparse edge off a block
    edge_density: float = 0.3  # an edge window with fewer matched words than this is trimmed
    # a word's matches need this share of its best-supported match (suspicious, source side)
    prune_keep: tuple[float, float] = (1.0, 1.0)
    # words of the other text within which one word's matches compete (0: all of it)
    prune_reach: tuple[int, int] = (0, 200)


@dataclass(frozen=True)
class Block:
    """Word ranges ``[s_first, s_last]`` (suspicious) and ``[r_first, r_last]`` (source)."""

    s_first: int
    s_last: int
    r_first: int
    r_last: int
    points: int


def match_points(susp: Words, source_positions: dict[str, list[int]], settings: AlignSettings,
                 regions: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Points for suspicious words inside ``regions`` (``[first, last]`` ranges; default all)."""
    keys = susp.keys
    if regions is None:
        regions = [(0, len(keys) - 1)]
    counts: dict[str, int] = {}
    for a, b in regions:
        for k in keys[a:b + 1]:
            counts[k] = counts.get(k, 0) + 1
    limit = settings.max_occurrences
    points = []
    for a, b in regions:
        for i in range(a, b + 1):
            k = keys[i]
            js = source_positions.get(k)
            if js is None or len(js) > limit or counts[k] > limit:
                continue
            for j in js:
                points.append((i, j))
    return points


def prune_points(points: list[tuple[int, int]], cell: int,
                 keep: tuple[float, float] = (1.0, 1.0),
                 reach: tuple[int, int] = (0, 0)) -> list[tuple[int, int]]:
    """Keep, for a word matched at several places, only its best-supported matches.

    Support is the number of points in the 3x3 neighbourhood of ``cell``-sized squares around
    a point. A word's true partner sits inside a dense block; its other occurrences usually do
    not. Matches with at least ``keep`` times the word's best support stay. Applied to
    suspicious words, then to source words. With ``reach[axis] > 0`` a word's matches compete
    only inside stretches of that many words of the other text, so a source passage reused
    twice, far apart, keeps both uses.
    """
    if len(points) >= NUMPY_POINTS:
        return _prune_numpy(points, cell, keep, reach)
    return _prune_python(points, cell, keep, reach)


def _prune_python(points: list[tuple[int, int]], cell: int, keep: tuple[float, float],
                  reach: tuple[int, int]) -> list[tuple[int, int]]:
    shift = 1 << 32  # cell (ci, cj) as the integer ci * shift + cj
    for axis in (0, 1):
        share = keep[axis]
        if share <= 0:
            continue
        span = reach[axis]
        if span > 0:
            keys = [(p[axis], p[1 - axis] // span) for p in points]
        else:
            keys = [p[axis] for p in points]
        counts = Counter(keys)
        if not counts or max(counts.values()) == 1:
            continue
        cell_of = [(i // cell) * shift + j // cell for i, j in points]
        get = Counter(cell_of).get
        best: dict = {}
        support = []
        for k, c in zip(keys, cell_of):
            if counts[k] == 1:
                support.append(0)
                continue
            n = (get(c - shift - 1, 0) + get(c - shift, 0) + get(c - shift + 1, 0)
                 + get(c - 1, 0) + get(c, 0) + get(c + 1, 0)
                 + get(c + shift - 1, 0) + get(c + shift, 0) + get(c + shift + 1, 0))
            support.append(n)
            if n > best.get(k, -1):
                best[k] = n
        points = [p for p, k, n in zip(points, keys, support) if counts[k] == 1 or n >= share * best[k]]
    return points


NUMPY_POINTS = 160  # from this many points prune_points runs on arrays (same result)
_NEIGHBOURS = np.array([di * (1 << 32) + dj for di in (-1, 0, 1) for dj in (-1, 0, 1)], dtype=np.int64)


def _prune_numpy(points: list[tuple[int, int]], cell: int, keep: tuple[float, float],
                 reach: tuple[int, int]) -> list[tuple[int, int]]:
    """``prune_points`` on numpy arrays: the same points kept, in the same order."""
    pts = np.asarray(points, dtype=np.int64)
    for axis in (0, 1):
        share = keep[axis]
        if share <= 0 or len(pts) == 0:
            continue
        span = reach[axis]
        key = pts[:, axis] * (1 << 32) + pts[:, 1 - axis] // span if span > 0 else pts[:, axis]
        _, inv, counts = np.unique(key, return_inverse=True, return_counts=True)
        if counts.max() == 1:
            continue
        inv = inv.reshape(-1)
        cells = (pts[:, 0] // cell) * (1 << 32) + pts[:, 1] // cell
        ordered = np.sort(cells)
        around = (cells[:, None] + _NEIGHBOURS[None, :]).ravel()
        support = (np.searchsorted(ordered, around, "right") - np.searchsorted(ordered, around, "left")
                   ).reshape(len(cells), 9).sum(axis=1)
        multi = counts[inv] > 1
        support[~multi] = 0
        best = np.zeros(len(counts), dtype=np.int64)
        np.maximum.at(best, inv, support)
        pts = pts[~multi | (support >= share * best[inv])]
    return list(map(tuple, pts.tolist()))


def _split(points: list[tuple[int, int]], axis: int, gap: int) -> list[list[tuple[int, int]]]:
    pts = sorted(points, key=lambda p: p[axis])
    groups = []
    cur = [pts[0]]
    prev = pts[0][axis]
    for p in pts[1:]:
        v = p[axis]
        if v - prev > gap:
            groups.append(cur)
            cur = []
        cur.append(p)
        prev = v
    groups.append(cur)
    return groups


def _block(points: list[tuple[int, int]]) -> Block:
    si = [p[0] for p in points]
    rj = [p[1] for p in points]
    return Block(min(si), max(si), min(rj), max(rj), len(points))


def _dense_enough(points: list[tuple[int, int]], b: Block, settings: AlignSettings) -> bool:
    n_s = len({p[0] for p in points})
    n_r = len({p[1] for p in points})
    if min(n_s, n_r) < settings.min_points:
        return False
    d = settings.min_density
    return n_s >= d * (b.s_last - b.s_first + 1) and n_r >= d * (b.r_last - b.r_first + 1)


def cluster(points: list[tuple[int, int]], settings: AlignSettings) -> list[Block]:
    """Dense blocks of match points, ordered by suspicious position."""
    work = [points] if points else []
    blocks: list[Block] = []
    gap = settings.gap
    while work:
        pts = work.pop()
        if len(pts) < settings.min_points:
            continue
        parts = _split(pts, 0, gap)
        if len(parts) == 1:
            parts = _split(pts, 1, gap)
            if len(parts) == 1:
                trimmed = trim_edges(pts, settings.edge_window, settings.edge_density)
                if len(trimmed) < len(pts):
                    work.append(trimmed)
                    continue
                b = _block(pts)
                if _dense_enough(pts, b, settings):
                    blocks.append(b)
                continue
        work.extend(parts)
    return merge_blocks(blocks, settings.merge_gap)


def trim_edges(points: list[tuple[int, int]], window: int, density: float) -> list[tuple[int, int]]:
    """Drop points at either end of either axis while the first ``window`` words there hold
    fewer than ``density * window`` matched words: matches of common words just outside a
    passage, which would stretch it."""
    need = density * window
    for axis in (0, 1):
        values = sorted({p[axis] for p in points})
        lo, hi = 0, len(values)
        while lo < hi and bisect_right(values, values[lo] + window - 1, lo, hi) - lo < need:
            lo += 1
        while hi > lo and hi - bisect_left(values, values[hi - 1] - window + 1, lo, hi) < need:
            hi -= 1
        if lo > 0 or hi < len(values):
            if lo >= hi:
                return []
            first, last = values[lo], values[hi - 1]
            points = [p for p in points if first <= p[axis] <= last]
    return points


def merge_blocks(blocks: list[Block], merge_gap: int) -> list[Block]:
    """Merge blocks at most ``merge_gap`` words apart in both documents, until none are."""
    merged = sorted(blocks, key=lambda b: (b.s_first, b.r_first))
    changed = True
    while changed:
        changed = False
        out: list[Block] = []
        for b in merged:
            for n, m in enumerate(out):
                if (
                    b.s_first - m.s_last <= merge_gap
                    and m.s_first - b.s_last <= merge_gap
                    and b.r_first - m.r_last <= merge_gap
                    and m.r_first - b.r_last <= merge_gap
                ):
                    out[n] = Block(
                        min(m.s_first, b.s_first), max(m.s_last, b.s_last),
                        min(m.r_first, b.r_first), max(m.r_last, b.r_last), m.points + b.points,
                    )
                    changed = True
                    break
            else:
                out.append(b)
        merged = sorted(out, key=lambda b: (b.s_first, b.r_first))
    return merged


def align_pair(susp: Words, source: Words, source_positions: dict[str, list[int]],
               settings: AlignSettings = AlignSettings(),
               regions: list[tuple[int, int]] | None = None) -> list[Block]:
    """Reused passages between ``susp`` (restricted to word ``regions``) and ``source``."""
    points = prune_points(match_points(susp, source_positions, settings, regions), settings.gap,
                          settings.prune_keep, settings.prune_reach)
    return cluster(points, settings)
