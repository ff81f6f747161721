"""Sentence alignment across every pair of articles.

Candidates come from an inverted index of word bigrams and of rare words: no sentence pair is
compared unless it shares two bigrams (one, when a sentence is short) or RARE_SHARED rare
words, so a copy whose word order was changed is still a candidate. Candidate edges are
weighted by weighted containment (word weights from significance.py): the weight of the words
both sentences hold over the weight of the lighter sentence, so a short sentence merged into a
longer one still links while names and function words alone do not. Edges that touch the
same sentences and sit on consecutive sentences on both sides become one many-to-many group:
merged and split sentences. (The route as first stated, candidates per pair of docs and then
their groups, is kept in tests/support.py as the reference align_groups must equal.)
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import chain, combinations, compress, repeat
from dataclasses import dataclass
from operator import add as add_, attrgetter, eq, itemgetter, ne

from .normalize import Token

MIN_SHARED = 2  # shared bigrams for a candidate edge
MIN_CONTAINMENT = 0.2
KEEP_RELATIVE = 0.5  # an edge survives if it is at least this share of a sentence's best edge
MAX_POSTING = 400  # bigrams this common carry no signal
RARE_WEIGHT = 0.6  # a word at least this heavy is "rare" for candidate search
RARE_SHARED = 3  # rare words two sentences must share to be compared without shared bigrams
MAX_RARE_POSTING = 60  # rare words in more sentences than this are the story's names
MIN_EDGE_WEIGHT = 2.5  # weight of the words two sentences share: what a link needs (reuse.MIN_EVIDENCE)
WHOLE_SENTENCE = 0.8
SHORT_SENTENCE = 4  # words; a sentence this short may be linked by a single shared bigram
_first = itemgetter(0)  # a Token's key (and an edge's sentence in doc a)
_second = itemgetter(1)


@dataclass(slots=True)
class Unit:
    """One sentence of one article, ready for matching."""

    doc: int
    index: int  # sentence index within its article
    span: tuple[int, int]  # the whole sentence, punctuation included
    tokens: list[Token]
    bigrams: tuple[tuple[str, str], ...]  # distinct, in order of first appearance
    keys: frozenset[str] = frozenset()
    wkeys: float = 0.0  # weight of the distinct words (set by the analysis once weights exist)
    wtokens: float = 0.0  # weight of the words in order, stock formulas damped
    klist: tuple[str, ...] = ()  # the tokens' keys in order (make_unit sets it)


@dataclass(frozen=True, slots=True)
class Group:
    """Aligned sentence ranges [a0, a1] in doc a and [b0, b1] in doc b (inclusive)."""

    a: int
    a0: int
    a1: int
    b: int
    b0: int
    b1: int
    weight: float


def make_unit(doc: int, index: int, span: tuple[int, int], tokens: list[Token],
              keys: tuple[str, ...] | None = None) -> Unit:
    """A sentence's unit; `keys`, when given, are its tokens' keys (a slice the caller has)."""
    if keys is None:
        keys = tuple(map(_first, tokens))
    # the distinct bigrams as a tuple (what is asked of them: iterate, count, isdisjoint), not a
    # frozenset: its hash table would double the memory a sentence's bigrams take. A bigram
    # (x, y) met twice takes two more words than distinct ones (x and y twice, or x three
    # times), so a sentence repeating one word at most has distinct bigrams: no table is
    # needed to drop repeats
    distinct = frozenset(keys)
    pairs = zip(keys, keys[1:])
    bigrams = tuple(pairs) if len(distinct) + 1 >= len(keys) else tuple(dict.fromkeys(pairs))
    return Unit(doc, index, span, tokens, bigrams, distinct, klist=keys)


_SHORT_POSTING = 12  # longer posting lists are paired by the route for long lists


def _pair_counts(plists, cap: int, docs: list[int], size: int) -> Counter:
    """How many postings each pair of units from different documents shares (units by their
    number, in increasing order in each posting list; a pair as first * size + second).

    A long list (over _SHORT_POSTING units) gives its pairs unit by unit: each unit with every
    later unit of another document (those of its own come right after it, the units being in
    document order), made by map over C callables, in the order combinations() gives them."""
    pairs: list[int] = []
    add, extend = pairs.append, pairs.extend
    for plist in plists:
        n = len(plist)
        if n < 2 or n > cap:
            continue
        if n == 2:  # most shared bigrams: one pair
            u, v = plist
            if docs[u] != docs[v]:
                add(u * size + v)
        elif n <= _SHORT_POSTING:
            extend([u * size + v for u, v in combinations(plist, 2) if docs[u] != docs[v]])
        else:
            of = list(map(docs.__getitem__, plist))
            for i, u in enumerate(plist[:-1]):
                j = bisect_right(of, of[i], i + 1)
                if j < n:
                    extend(map(add_, repeat(u * size), plist[j:]))
    return Counter(pairs)  # keys in first-seen order, as counting list by list gives


def _pair_groups(a: int, b: int, edges: dict[tuple[int, int], float]) -> list[Group]:
    """The groups of one pair of docs from its weighted edges: an edge survives if it is at
    least KEEP_RELATIVE of its sentences' best edge (on either side); then components.
    When no sentence has two edges (copies aligned sentence by sentence, the common case),
    every edge is its own sentence's best and its own component: one group each, in order."""
    if len(set(map(_first, edges))) == len(edges) == len(set(map(_second, edges))):
        return [Group(a, i, i, b, j, j, w) for (i, j), w in edges.items()]
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), w in edges.items():  # max(0.0, every w of the sentence)
        if w > best_a.get(i, 0.0):
            best_a[i] = w
        if w > best_b.get(j, 0.0):
            best_b[j] = w
    edges = {e: w for e, w in edges.items()
             if w >= KEEP_RELATIVE * best_a.get(e[0], 0.0) or w >= KEEP_RELATIVE * best_b.get(e[1], 0.0)}
    return [g for comp in _components(edges) for g in _groups(a, b, comp, edges)]


def align_groups(units: list[Unit], weights, check=None, doc_freq=None) -> list[Group]:
    """The groups of every pair of docs: what group_edges gives for each pair of
    candidate_edges(units, weights), with less work and less new memory.

    Only bigrams and rare words two units hold get a posting list (_shared_postings);
    candidates stay numbered pairs of units (no dict per pair of docs holding every candidate
    under tuple keys); those sharing a single bigram between two full sentences are dropped
    before the loop, and only the edges that pass the weight tests are filed under their docs.
    Within a pair of docs the groups do not depend on the order edges are met (no two groups
    share their ranges, and the analysis sorts them). `units` come in document order, with
    their weights set (Weights.weigh_units); `check(fraction)`, when given (progress,
    cancelling), is called as the candidates are weighed and before each pair of docs is
    grouped. `doc_freq`, when the caller has it: {word: how many of the units' docs hold it}
    for every word of the units; a rare word only one doc holds pairs only units of that doc,
    which are never candidates, so it is left out of the rare words' postings."""
    size = len(units)
    docs = [u.doc for u in units]
    counts = _pair_counts(_shared_postings(units, attrgetter("bigrams")), MAX_POSTING, docs, size)
    if doc_freq is None:
        heavy = {k for k, w in weights.cache.items() if w >= RARE_WEIGHT}
    else:
        heavy = {k for k, w in weights.cache.items() if w >= RARE_WEIGHT and doc_freq.get(k, 0) > 1}
    rare = _shared_postings(units, lambda u: u.keys & heavy)
    for pair, n in _pair_counts(rare, MAX_RARE_POSTING, docs, size).items():
        if n >= RARE_SHARED:
            counts.setdefault(pair, 0)  # after the bigram candidates, as candidate_edges files them
    # one shared bigram between two full sentences: a name at most (kept when a side is short)
    pairs = list(compress(counts, map(ne, counts.values(), repeat(1))))
    short = {k for k, u in enumerate(units) if len(u.tokens) <= SHORT_SENTENCE}
    if short:
        pairs += [p for p in compress(counts, map(eq, counts.values(), repeat(1)))
                  if p // size in short or p % size in short]
    keys = [u.keys for u in units]
    wkeys = [u.wkeys for u in units]
    n_docs = max(docs, default=0) + 1
    total, unit_total = weights.total, weights.unit_total
    weight_of = weights.cache.__getitem__
    least, floor, whole = MIN_CONTAINMENT, MIN_EDGE_WEIGHT, WHOLE_SENTENCE
    by_pair: dict[int, dict[tuple[int, int], float]] = {}
    for pair in _checked(pairs, check):
        x, y = divmod(pair, size)
        shared = keys[x] & keys[y]
        try:  # total(shared), without the call (every key has its weight after prepare())
            both = sum(map(weight_of, shared))
        except KeyError:
            both = total(shared)
        if not both:
            continue
        wu = wkeys[x] or unit_total(units[x])
        wv = wkeys[y] or unit_total(units[y])
        lighter = wu if wu < wv else wv
        w = both / (lighter if lighter > 1e-9 else 1e-9)  # both / max(1e-9, lighter)
        if w >= least and (both >= floor or w >= whole):
            docs_pair = docs[x] * n_docs + docs[y]
            edges = by_pair.get(docs_pair)
            if edges is None:
                edges = by_pair[docs_pair] = {}
            edges[(units[x].index, units[y].index)] = w
    groups: list[Group] = []
    for n, docs_pair in enumerate(sorted(by_pair)):
        if check is not None:
            check(0.5 + 0.5 * n / len(by_pair))
        a, b = divmod(docs_pair, n_docs)
        groups.extend(_pair_groups(a, b, by_pair[docs_pair]))
    return groups


def _shared_postings(units: list[Unit], items_of) -> list[list[int]]:
    """The posting lists (units by number, in order) of the items two units or more hold,
    in the order their second unit meets them. An item is filed under its first unit's
    number until a second one has it: no list for the many items only one unit has."""
    first: dict = {}
    shared: dict = {}
    at = first.setdefault
    for k, u in enumerate(units):
        for item in items_of(u):
            f = at(item, k)
            if f != k:
                plist = shared.get(item)
                if plist is None:
                    shared[item] = [f, k]
                else:
                    plist.append(k)
    return list(shared.values())


_CHECK_EVERY = 1 << 16


def _checked(pairs: list[int], check):
    """The pairs, with check(fraction) (up to 0.5) before each run of _CHECK_EVERY of them."""
    if check is None or len(pairs) <= _CHECK_EVERY:
        if check is not None:
            check(0.0)
        return pairs
    return chain.from_iterable(_checked_runs(pairs, check))


def _checked_runs(pairs: list[int], check):
    for start in range(0, len(pairs), _CHECK_EVERY):
        check(0.5 * start / len(pairs))
        yield pairs[start:start + _CHECK_EVERY]


def _components(edges: dict[tuple[int, int], float]) -> list[list[tuple[int, int]]]:
    # a sentence of doc a is its index i, one of doc b is ~j (negative): no tuples to hash
    parent: dict[int, int] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[find(i)] = find(~j)
    comps: dict = defaultdict(list)
    for i, j in edges:
        comps[find(i)].append((i, j))
    return list(comps.values())


def _contiguous(indices: set[int]) -> bool:
    return max(indices) - min(indices) + 1 == len(indices)


def _groups(a: int, b: int, comp: list[tuple[int, int]], edges) -> list[Group]:
    if len(comp) == 1:  # one edge (most components): its own group
        i, j = comp[0]
        return [Group(a, i, i, b, j, j, edges[(i, j)])]
    side_a = {i for i, _ in comp}
    side_b = {j for _, j in comp}
    if _contiguous(side_a) and _contiguous(side_b):
        weight = max(edges[e] for e in comp)
        return [Group(a, min(side_a), max(side_a), b, min(side_b), max(side_b), weight)]
    # a weak edge (names shared with a far sentence) must not break up a merged-sentence group:
    # regroup the strong edges, and keep the weak ones as single links
    top = max(edges[e] for e in comp)
    strong = {e: edges[e] for e in comp if edges[e] >= KEEP_RELATIVE * top}
    if len(strong) < len(comp):
        out = [g for sub in _components(strong) for g in _groups(a, b, sub, strong)]
        out += [Group(a, i, i, b, j, j, edges[(i, j)]) for i, j in sorted(comp) if (i, j) not in strong]
        return out
    return [Group(a, i, i, b, j, j, edges[(i, j)]) for i, j in sorted(comp)]
