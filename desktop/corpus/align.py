"""Passage alignment between one suspicious and one source document.

Match points ``(i, j)`` pair suspicious content word ``i`` with source content word ``j`` of the
same key. A reused passage, copied, reworded or shuffled, shows as a dense block of points:
its words sit close together in both documents even when their order is lost. Blocks are
found by splitting the points alternately along each document wherever consecutive points
are more than ``gap`` words apart, until no split applies; blocks that are too small or too
sparse are dropped. Neighbouring blocks that stay close in both documents are merged so that
one reused passage gives one detection.
"""
from __future__ import annotations

from dataclasses import dataclass

from .words import Words


@dataclass(frozen=True)
class AlignSettings:
    gap: int = 10  # words between points of one passage, in either document
    max_occurrences: int = 6  # skip a word that appears more often than this in either text
    min_points: int = 12  # matched words a passage needs
    min_density: float = 0.35  # matched words per word of the passage, on both sides
    merge_gap: int = 30  # merge blocks of one pair at most this many words apart on both sides


@dataclass(frozen=True)
class Block:
    """Word ranges ``[s_first, s_last]`` (suspicious) and ``[r_first, r_last]`` (source)."""

    s_first: int
    s_last: int
    r_first: int
    r_last: int
    points: int


def match_points(susp: Words, source_positions: dict[str, list[int]], settings: AlignSettings) -> list[tuple[int, int]]:
    counts: dict[str, int] = {}
    for k in susp.keys:
        counts[k] = counts.get(k, 0) + 1
    limit = settings.max_occurrences
    points = []
    for i, k in enumerate(susp.keys):
        js = source_positions.get(k)
        if js is None or len(js) > limit or counts[k] > limit:
            continue
        for j in js:
            points.append((i, j))
    return points


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
                b = _block(pts)
                if _dense_enough(pts, b, settings):
                    blocks.append(b)
                continue
        work.extend(parts)
    return merge_blocks(blocks, settings.merge_gap)


def merge_blocks(blocks: list[Block], merge_gap: int) -> list[Block]:
    blocks = sorted(blocks, key=lambda b: (b.s_first, b.r_first))
    merged: list[Block] = []
    for b in blocks:
        for n, m in enumerate(merged):
            if (
                b.s_first - m.s_last <= merge_gap
                and m.s_first - b.s_last <= merge_gap
                and b.r_first - m.r_last <= merge_gap
                and m.r_first - b.r_last <= merge_gap
            ):
                merged[n] = Block(
                    min(m.s_first, b.s_first), max(m.s_last, b.s_last),
                    min(m.r_first, b.r_first), max(m.r_last, b.r_last), m.points + b.points,
                )
                break
        else:
            merged.append(b)
    return merged


def align_pair(susp: Words, source: Words, source_positions: dict[str, list[int]],
               settings: AlignSettings = AlignSettings()) -> list[Block]:
    return cluster(match_points(susp, source_positions, settings), settings)
