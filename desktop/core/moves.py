"""Moved text: a passage the copier took but put elsewhere (a paragraph reordered).

Within one pair of articles, the copied passages (links of kind copy or edited) mostly keep
their order. The passages that do are the heaviest chain of links increasing in both
articles (a longest increasing subsequence, weighted by the passage's length); every other
copied passage sits out of that order: it was moved, not dropped in one place and added in
another. Restatements (`shared` links) are left out: two outlets retelling one statement owe
each other no order.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from .model import Change, Link

MOVABLE = ("copy", "edited")


def moved_changes(links: Sequence[Link], texts: dict[str, str]) -> list[Change]:
    """`moved` changes for the links of ONE pair (all with the same a and b)."""
    movable = [l for l in links if l.kind in MOVABLE]
    # a passage linked to several places of the other article is repeated (a headline printed
    # twice), not moved
    a_count = Counter(l.a_span for l in movable)
    b_count = Counter(l.b_span for l in movable)
    texts_a = {l.a: texts[l.a] for l in movable}
    texts_b = {l.b: texts[l.b] for l in movable}
    # each passage's text, spaces folded, taken once per link
    a_norm = [_norm(texts_a[l.a], l.a_span) for l in movable]
    b_norm = [_norm(texts_b[l.b], l.b_span) for l in movable]
    a_seen = Counter(a_norm)
    b_seen = Counter(b_norm)
    cands = sorted((l for l, na, nb in zip(movable, a_norm, b_norm)
                    if a_count[l.a_span] == 1 and b_count[l.b_span] == 1
                    and a_seen[na] == 1 and b_seen[nb] == 1),
                   key=lambda l: (l.a_span, l.b_span))
    if len(cands) < 2:
        return []
    keep = _heaviest_chain(cands)
    out = []
    for k, l in enumerate(cands):
        if k in keep:
            continue
        out.append(Change(l.a, l.a_span, texts[l.a][l.a_span[0]:l.a_span[1]], l.b, l.b_span,
                          texts[l.b][l.b_span[0]:l.b_span[1]], "moved", None, False))
    return out


def _heaviest_chain(links: list[Link]) -> set[int]:
    """Indexes of the heaviest subsequence whose b positions increase (O(n^2); n is small)."""
    n = len(links)
    weight = [l.a_span[1] - l.a_span[0] + l.b_span[1] - l.b_span[0] for l in links]
    best = weight[:]
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if links[j].b_span[1] <= links[i].b_span[0] and links[j].a_span[1] <= links[i].a_span[0] \
                    and best[j] + weight[i] > best[i]:
                best[i] = best[j] + weight[i]
                prev[i] = j
    i = max(range(n), key=lambda k: best[k])
    chain = set()
    while i >= 0:
        chain.add(i)
        i = prev[i]
    return chain


__all__ = ["moved_changes"]


def _norm(text: str, span) -> str:
    return " ".join(text[span[0]:span[1]].split())
