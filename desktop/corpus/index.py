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

    def candidates(self, words: Words, settings: RetrievalSettings = RetrievalSettings()) -> list[int]:
        """Sources sharing a dense window of words with ``words``, best first."""
        n_sources = len(self.ids)
        if not n_sources or not words.keys:
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
        window = min(settings.window, len(words.keys))
        need = max(2, int(settings.min_share * window + 0.999))
        scored = []
        for s, pos in hits.items():
            if len(pos) < need:
                continue
            pos.sort()
            best = _densest(pos, window)
            if best >= need:
                scored.append((best, s))
        scored.sort(reverse=True)
        return [s for _, s in scored]


def _densest(sorted_pos: list[int], window: int) -> int:
    """Most positions inside any run of ``window`` consecutive positions."""
    best = 0
    lo = 0
    for hi, p in enumerate(sorted_pos):
        while sorted_pos[lo] <= p - window:
            lo += 1
        if hi - lo + 1 > best:
            best = hi - lo + 1
    return best
