"""Inverted index of source documents and candidate retrieval.

Every source contributes its content words (``words.Words``). The index keeps, per word, the
sources holding it, and per source, the positions of each word. Retrieval for a suspicious
document looks up its words that few sources hold (at most ``max_df`` of them, and never
fewer than 20 allowed), collects for each source the suspicious words it holds, and keeps the
sources for which some window of ``window`` consecutive looked-up words has at least
``min_share`` of them in the source. Common words are skipped because they find nothing and
cost the most; windows count looked-up words only, so skipping does not dilute them. The cost
is the suspicious document's length times the (bounded) posting lengths of its rarer words.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from operator import sub

from .words import Words


@dataclass(frozen=True)
class RetrievalSettings:
    window: int = 12  # looked-up suspicious words per window
    min_share: float = 0.5  # fraction of a window's words found in the source
    max_df: float = 0.05  # skip words held by more than this share of sources (and more than 20)


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
        if not n_sources or not words.keys:
            return []
        max_df = max(20, int(settings.max_df * n_sources))
        postings = self.postings
        # Windows count only words that are looked up, so skipping common words does not
        # dilute a window: ``ranks[r]`` is the word index of the r-th looked-up word.
        by_word: dict[str, list[int]] = defaultdict(list)
        ranks: list[int] = []
        for i, k in enumerate(words.keys):
            post = postings.get(k)
            if post is not None and len(post) <= max_df:
                by_word[k].append(len(ranks))
                ranks.append(i)
        hits: dict[int, list[int]] = defaultdict(list)
        for k, where in by_word.items():
            for s in postings[k]:
                hits[s].extend(where)
        n_ranked = len(ranks)
        if not n_ranked:
            return []
        window = min(settings.window, n_ranked)
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
                widened = _merge([(ranks[max(0, a - window)], ranks[min(n_ranked - 1, b + window)])
                                  for a, b in regions])
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
