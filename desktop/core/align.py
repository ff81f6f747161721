"""Sentence alignment across every pair of articles.

Candidates come from an inverted index of word bigrams (no sentence pair is compared unless
they share one). Candidate edges are weighted by containment (shared bigrams over the smaller
sentence's bigrams), so a short sentence merged into a longer one still links. Edges that
touch the same sentences and sit on consecutive sentences on both sides become one
many-to-many group: merged and split sentences.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .normalize import Token

MIN_SHARED = 2  # shared bigrams for a candidate edge
MIN_CONTAINMENT = 0.2
KEEP_RELATIVE = 0.5  # an edge survives if it is at least this share of a sentence's best edge
MAX_POSTING = 400  # bigrams this common carry no signal


@dataclass
class Unit:
    """One sentence of one article, ready for matching."""

    doc: int
    index: int  # sentence index within its article
    span: tuple[int, int]  # the whole sentence, punctuation included
    tokens: list[Token]
    bigrams: frozenset[str]


@dataclass(frozen=True)
class Group:
    """Aligned sentence ranges [a0, a1] in doc a and [b0, b1] in doc b (inclusive)."""

    a: int
    a0: int
    a1: int
    b: int
    b0: int
    b1: int
    weight: float


def make_unit(doc: int, index: int, span: tuple[int, int], tokens: list[Token]) -> Unit:
    keys = [t.key for t in tokens]
    grams = frozenset(f"{x} {y}" for x, y in zip(keys, keys[1:]))
    return Unit(doc, index, span, tokens, grams)


def candidate_edges(units: list[Unit]) -> dict[tuple[int, int], dict[tuple[int, int], int]]:
    """For each pair of docs (a < b): {(sentence in a, sentence in b): shared bigram count}."""
    postings: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        for g in u.bigrams:
            postings[g].append(u)
    shared: dict[tuple[int, int], dict[tuple[int, int], int]] = defaultdict(lambda: defaultdict(int))
    for plist in postings.values():
        if len(plist) < 2 or len(plist) > MAX_POSTING:
            continue
        for i, u in enumerate(plist):
            for v in plist[i + 1:]:
                if u.doc == v.doc:
                    continue
                if u.doc < v.doc:
                    shared[(u.doc, v.doc)][(u.index, v.index)] += 1
                else:
                    shared[(v.doc, u.doc)][(v.index, u.index)] += 1
    return shared


def group_edges(a: int, b: int, counts: dict[tuple[int, int], int],
                units_a: dict[int, Unit], units_b: dict[int, Unit]) -> list[Group]:
    edges: dict[tuple[int, int], float] = {}
    for (i, j), n in counts.items():
        smaller = max(1, min(len(units_a[i].bigrams), len(units_b[j].bigrams)))
        w = n / smaller
        if n >= MIN_SHARED and w >= MIN_CONTAINMENT:
            edges[(i, j)] = w
    best_a: dict[int, float] = defaultdict(float)
    best_b: dict[int, float] = defaultdict(float)
    for (i, j), w in edges.items():
        best_a[i] = max(best_a[i], w)
        best_b[j] = max(best_b[j], w)
    edges = {e: w for e, w in edges.items()
             if w >= KEEP_RELATIVE * best_a[e[0]] or w >= KEEP_RELATIVE * best_b[e[1]]}
    return [g for comp in _components(edges) for g in _groups(a, b, comp, edges)]


def _components(edges: dict[tuple[int, int], float]) -> list[list[tuple[int, int]]]:
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[find(("a", i))] = find(("b", j))
    comps: dict = defaultdict(list)
    for i, j in edges:
        comps[find(("a", i))].append((i, j))
    return list(comps.values())


def _contiguous(indices: set[int]) -> bool:
    return max(indices) - min(indices) + 1 == len(indices)


def _groups(a: int, b: int, comp: list[tuple[int, int]], edges) -> list[Group]:
    side_a = {i for i, _ in comp}
    side_b = {j for _, j in comp}
    if _contiguous(side_a) and _contiguous(side_b):
        weight = max(edges[e] for e in comp)
        return [Group(a, min(side_a), max(side_a), b, min(side_b), max(side_b), weight)]
    return [Group(a, i, i, b, j, j, edges[(i, j)]) for i, j in sorted(comp)]
