"""Inverted index of source documents and candidate retrieval.

Every source contributes its content words (``words.Words``). The index keeps, per word, the
sources holding it, and per source, the positions of each word. Retrieval for a suspicious
document walks its words once, collects for each source the suspicious positions whose word
the source holds, and keeps the sources for which some window of ``window`` consecutive
suspicious words has at least ``min_share`` of its words in the source. Words held by more
than ``max_df`` of the sources are skipped: they find nothing and cost the most. The cost is
linear in the suspicious document times the mean posting length of its words.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from operator import sub

from .words import Words


@dataclass(frozen=True)
class RetrievalSettings:
    window: int = 24  # suspicious content words per window
    min_share: float = 0.5  # fraction of a window's words found in the source
    max_df: float = 0.25  # skip words held by more than this fraction of sources (if > 20)


@dataclass
class SourceIndex:
    ids: list[str] = field(default_factory=list)
    words: list[Words] = field(default_factory=list)
    positions: list[dict[str, list[int]]] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, source_id: str, words: Words) -> None:
        n = len(self.ids)
        self.ids.append(source_id)
        self.words.append(words)
        pos: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(words.keys):
            pos[k].append(i)
        pos = dict(pos)
        self.positions.append(pos)
        postings = self.postings
        for k in pos:
            postings[k].append(n)

    def __len__(self) -> int:
        return len(self.ids)

    def candidates(self, words: Words, settings: RetrievalSettings = RetrievalSettings()
                   ) -> list[tuple[int, list[tuple[int, int]]]]:
        """Sources sharing a dense window of words with ``words``, most shared words first.

        Each comes with the merged word ranges ``[first, last]`` of ``words`` covered by its
        dense windows, widened by one window on each side.
        """
        n_sources = len(self.ids)
        n_words = len(words.keys)
        if not n_sources or not n_words:
            return []
        max_df = max(20, int(settings.max_df * n_sources))
        by_word: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(words.keys):
            by_word[k].append(i)
        hits: dict[int, list[int]] = defaultdict(list)
        postings = self.postings
        for k, where in by_word.items():
            post = postings.get(k)
            if post is None or len(post) > max_df:
                continue
            for s in post:
                hits[s].extend(where)
        window = min(settings.window, n_words)
        need = max(2, int(settings.min_share * window + 0.999))
        scored = []
        for s, pos in hits.items():
            if len(pos) < need:
                continue
            pos.sort()
            if min(map(sub, pos[need - 1:], pos)) >= window:
                continue  # no window holds ``need`` positions
            best, regions = _dense_regions(pos, window, need)
            if best >= need:
                widened = _merge([(max(0, a - window), min(n_words - 1, b + window)) for a, b in regions])
                scored.append((best, s, widened))
        scored.sort(key=lambda x: (-x[0], x[1]))
        return [(s, regions) for _, s, regions in scored]


def _dense_regions(sorted_pos: list[int], window: int, need: int) -> tuple[int, list[tuple[int, int]]]:
    """(most positions inside any run of ``window`` consecutive positions, the merged ranges
    ``[first, last]`` of the runs holding at least ``need`` positions)."""
    best = 0
    lo = 0
    regions: list[tuple[int, int]] = []
    for hi, p in enumerate(sorted_pos):
        while sorted_pos[lo] <= p - window:
            lo += 1
        n = hi - lo + 1
        if n > best:
            best = n
        if n >= need:
            first = sorted_pos[lo]
            if regions and first <= regions[-1][1] + 1:
                regions[-1] = (regions[-1][0], p)
            else:
                regions.append((first, p))
    return best, regions


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1] + 1:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
