"""Group the articles of a mixed folder into stories: reports of one event.

Two articles belong to one story when one reused the other's text, or when they share the
event's rare vocabulary: names of people and places, rare words, and dates (years and month
names). Each article becomes a vector over its rare words (weight: rarity in Arabic news times
log(N / df) in the folder, so words every article uses say nothing); two articles are
related by the cosine of their vectors, or by 1 + the share of words one took from the
other when the reuse step linked them. Stories come from average-linkage
clustering over the relations: two groups join while the average relation over all their
cross pairs reaches MIN_GROUP_SIMILARITY, so one stray shared word (one related pair among
many unrelated ones) cannot chain two events, while an article loosely tied to several
members of a story still joins it. Article dates, when both are known and more than MAX_DAYS_APART apart,
divide the similarity by four.

The pivot of a story is the article with the most reuse inside it (sum of the shares of its
words found in the other members and theirs found in it); ties go to the first article.
"""
from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache, reduce
from itertools import chain, combinations, compress, count, repeat
from operator import add, ge, mul, truediv
from typing import Sequence

from . import rx
from .model import Story
from .significance import background_weight, background_weights

MIN_GROUP_SIMILARITY = 0.025  # average relation between two groups that join
MAX_DAYS_APART = 14
FAR_APART_FACTOR = 0.25
MIN_WORD_WEIGHT = 0.5  # only words at least this rare describe an event
YEAR_RE = rx.compile(r"^(19|20)\d\d$")
MONTHS = frozenset({
    # Gregorian months (Egyptian/Gulf series) and the Levantine series, as normalized keys
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
    "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب",
    "ايلول", "تشرين",
})
MONTH_WEIGHT = 0.6  # a month shared is a hint of the same event
YEAR_WEIGHT = 0.2  # a year, a weak one (news of a whole year shares it)


@lru_cache(maxsize=131072)
def _feature_weight(key: str) -> float:
    if YEAR_RE.match(key):
        return YEAR_WEIGHT
    if key in MONTHS:
        return MONTH_WEIGHT
    w = background_weight(key)
    return w if w >= MIN_WORD_WEIGHT else 0.0


_FEATURE_WEIGHTS: dict[str, float] = {}  # _feature_weight by key, for the life of the process


def _feature_weights(keys: list[str]) -> list[float]:
    """[_feature_weight(k) for k in keys]: the words not weighed yet in this process have
    their background weights looked up together."""
    known = _FEATURE_WEIGHTS
    values = list(map(known.get, keys))
    if None not in values:
        return values
    new = list(dict.fromkeys(k for k, v in zip(keys, values) if v is None))
    year, months, floor = YEAR_RE.match, MONTHS, MIN_WORD_WEIGHT
    fresh: dict[str, float] = {}
    for k, w in zip(new, background_weights(new)):
        if k[:1] in ("1", "2") and year(k):
            fresh[k] = YEAR_WEIGHT
        elif k in months:
            fresh[k] = MONTH_WEIGHT
        else:
            fresh[k] = w if w >= floor else 0.0
    if len(known) + len(fresh) > 131072:  # an archive's vocabulary: start afresh
        known.clear()
    known.update(fresh)
    return [fresh[k] if v is None else v for k, v in zip(keys, values)]


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def find_stories(ids: Sequence[str], doc_keys: Sequence[Sequence[str]],
                 shares: dict[tuple[int, int], float], dates: Sequence[str | None] = (),
                 df: dict[str, int] | None = None) -> list[Story]:
    """Stories over articles `ids` (in order) with word keys `doc_keys` (one list per article).

    `shares[(a, b)]` (a < b): reuse between articles a and b (the larger of the two shares of
    words found in the other); any positive value relates them. `df`, when the caller has
    it: in how many articles of `doc_keys` each of their words is."""
    n = len(ids)
    if n == 0:
        return []
    vectors = _vectors(doc_keys, df)
    sim = _similarities(vectors)
    groups = _cluster(n, _related(sim, shares, dates))
    partners: dict[int, list[tuple[int, float]]] = defaultdict(list)  # shares by article
    for (a, b), v in shares.items():
        partners[a].append((b, v))
        partners[b].append((a, v))
    stories = []
    for k, members in enumerate(sorted(groups, key=min)):
        member_set, members = members, sorted(members)
        pivot = max(members, key=lambda i: (_reuse_in(i, member_set, partners), -i))
        stories.append(Story(f"s{k + 1}", tuple(ids[i] for i in members), ids[pivot],
                             _terms(members, vectors)))
    return stories


def _related(sim: dict[tuple[int, int], float], shares: dict[tuple[int, int], float],
             dates: Sequence[str | None]) -> dict[tuple[int, int], float]:
    """How related each pair of articles is: its similarity, divided by four for articles
    dated more than MAX_DAYS_APART apart, or 1 + its share of reuse."""
    # days as ordinals: (da - db).days is their difference
    days = [d.toordinal() if d else None for d in map(_parse_date, dates)] if dates else []
    related: dict[tuple[int, int], float] = {}
    if any(d is not None for d in days):
        for (a, b), s in sim.items():
            da, db = days[a], days[b]
            if da is not None and db is not None and abs(da - db) > MAX_DAYS_APART:
                s *= FAR_APART_FACTOR
            if s > 0:
                related[(a, b)] = s
    else:
        related.update((p, s) for p, s in sim.items() if s > 0)
    for p, v in shares.items():
        if v > 0:
            related[p] = 1.0 + v  # reuse outranks any vocabulary overlap
    return related


def _vectors(doc_keys, df: dict[str, int] | None = None) -> list[dict[str, float]]:
    """Each article's vector: {word: its value over the article's norm} for the words of some
    value that another article has too (a word no other article has links nothing, but counts
    in the norm). A word's value is w * log(n / df + 1) * (1 + log(count)), w its feature
    weight; 0 for a word that tells nothing (featureless, or in every article of a folder of
    three or more).

    `df`, when the caller has it, is the number of articles holding each word (the counts of
    their distinct words, in any order: the order of the words here changes no value). The
    folder's part of each word's value is made once per word; then, an article at a time,
    only its words of some value are gone through, at C speed (map over C callables): their
    values, the squared norm summed in the article's word order with reduce (the additions a
    loop word by word makes), and the vector."""
    n = len(doc_keys)
    if df is None:
        df = Counter()
        for keys in doc_keys:
            df.update(iter(dict.fromkeys(keys)))  # its distinct words in order (an iterator,
            #                                      so Counter counts them in C, not as a mapping)
    log = math.log
    # the part of a word's value that depends on the folder, not on the article, once per word
    # (0 for a word that tells nothing: featureless, or in every article of a folder of three
    # or more); the product is taken in the same order as w * log(n / d + 1) * (1 + log(c))
    weighed = [k for k, d in df.items() if not (n > 2 and d == n)]
    part = {d: log(n / d + 1) for d in set(df.values())}  # once per document frequency
    base: dict[str, float] = {}
    linkable: set[str] = set()  # words of some value that two articles or more have
    get = df.__getitem__
    for k, w in zip(weighed, _feature_weights(weighed)):
        if w:
            d = get(k)
            base[k] = w * part[d]
            if d >= 2:
                linkable.add(k)
    valued = base.__contains__
    by_count: dict[int, float] = {}
    vectors = []
    for keys in doc_keys:
        cnt = Counter(keys)
        words = list(compress(cnt, map(valued, cnt)))
        counts = list(map(cnt.__getitem__, words))
        for c in set(counts).difference(by_count):
            by_count[c] = 1 + log(c)
        values = list(map(mul, map(base.__getitem__, words), map(by_count.__getitem__, counts)))
        norm = math.sqrt(reduce(add, map(mul, values, values), 0.0)) or 1.0
        keep = list(map(linkable.__contains__, words))
        vectors.append(dict(zip(compress(words, keep), map(truediv, compress(values, keep), repeat(norm)))))
    return vectors


_DENSE_UP_TO = 1000  # articles: up to this many, similarities are summed in an n x n table
_PAIRWISE_COST = 12  # a pair of articles intersected costs about this many products summed
_PAIRWISE_UP_TO = 8  # articles: with more, a pair's sorted shared words cost more than its products


def _similarities(vectors) -> dict[tuple[int, int], float]:
    """{(a, b): the dot product of vectors a and b} (a < b) for the pairs that share a word.

    Each pair's products are added word by word in the order the words were first met (the
    postings' order), and the pairs come in the order they are first met. When the products
    to sum (each word with every pair of articles holding it) outnumber the pairs of articles
    many times in a few articles (up to _PAIRWISE_UP_TO; one story) the sums are made pair by pair
    (_pairwise_similarities). Else, up to _DENSE_UP_TO articles, they go into a row per
    article (a list indexed by the other article, cheaper than a dict keyed by the pair); a
    pair is met when its entry is still 0.0 (the products are positive)."""
    n = len(vectors)
    if n <= _PAIRWISE_UP_TO:
        held = Counter(chain.from_iterable(vectors))  # words in the postings' order, and their df
        if sum(map(_pairs_of, held.values())) > _PAIRWISE_COST * _pairs_of(n):
            return _pairwise_similarities(vectors, held)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for d, vec in enumerate(vectors):
        for k, v in vec.items():
            postings[k].append((d, v))
    if n <= _DENSE_UP_TO:
        rows = [[0.0] * n for _ in range(n)]
        met: list[tuple[int, int]] = []  # the pairs in the order first met
        for plist in postings.values():
            for i, (a, va) in enumerate(plist):
                row = rows[a]
                for b, vb in plist[i + 1:]:
                    x = row[b]
                    if x:
                        row[b] = x + va * vb
                    else:  # 0.0 + va * vb: the first product (all are positive)
                        row[b] = va * vb
                        met.append((a, b))
        return {(a, b): rows[a][b] for a, b in met}
    # a pair (a, b) as one integer a * n + b while summing (cheaper to hash than a tuple)
    sim: dict[int, float] = {}
    get = sim.get
    for plist in postings.values():
        for i, (a, va) in enumerate(plist):
            row = a * n
            for b, vb in plist[i + 1:]:
                key = row + b
                sim[key] = get(key, 0.0) + va * vb
    return {divmod(key, n): v for key, v in sim.items()}


def _pairs_of(d: int) -> int:
    return d * (d - 1) // 2


def _pairwise_similarities(vectors, held: dict[str, int]) -> dict[tuple[int, int], float]:
    """_similarities pair by pair: the words two vectors share (a set intersection, in C) in
    the order the postings meet them (`held`'s order), their products summed in that order
    (reduce adds them one after the other from the first, as the rows do); the pairs in the
    order the postings meet them: by their first shared word, then by article."""
    rank = dict(zip(held, count()))
    order = rank.__getitem__
    found = []
    for a, b in combinations(range(len(vectors)), 2):
        va, vb = vectors[a], vectors[b]
        shared = va.keys() & vb.keys()
        if shared:
            words = sorted(shared, key=order)
            found.append((rank[words[0]], a, b, reduce(add, map(mul, map(va.__getitem__, words),
                                                                  map(vb.__getitem__, words)))))
    found.sort()
    return {(a, b): v for _r, a, b, v in found}


def _cluster(n: int, related: dict[tuple[int, int], float]) -> list[set[int]]:
    """Average-linkage clustering: repeatedly join the two groups whose members are most
    related on average, while that average reaches MIN_GROUP_SIMILARITY."""
    members: dict[int, set[int]] = {i: {i} for i in range(n)}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), v in related.items():
        sums[a][b] = sums[b][a] = v
    version = [0] * n
    heap = [(-v, a, b, 0, 0) for (a, b), v in related.items()]
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue
        if -neg < MIN_GROUP_SIMILARITY:
            break
        if len(members[a]) < len(members[b]):
            a, b = b, a
        members[a] |= members.pop(b)
        version[a] += 1
        for k, v in sums.pop(b).items():
            del sums[k][b]
            if k != a:
                sums[a][k] = sums[a].get(k, 0.0) + v
                sums[k][a] = sums[a][k]
        sums[a].pop(a, None)
        for k, v in sums[a].items():
            avg = v / (len(members[a]) * len(members[k]))
            lo, hi = (a, k) if a < k else (k, a)
            heapq.heappush(heap, (-avg, lo, hi, version[lo], version[hi]))
    return list(members.values())


def _reuse_of(i: int, members: list[int], shares) -> float:
    return sum(shares.get((min(i, j), max(i, j)), 0.0) for j in members if j != i)


def _reuse_in(i: int, members: set[int], partners: dict[int, list[tuple[int, float]]]) -> float:
    """_reuse_of(i, sorted(members), shares) from i's partners: the same shares summed in the
    same order (by partner), without the members i shares nothing with (their 0.0 adds
    nothing)."""
    return sum(v for j, v in sorted(partners.get(i, ())) if j in members and j != i)


def _terms(members: list[int], vectors, limit: int = 5) -> tuple[str, ...]:
    """The story's heaviest words that two members or more have (years and months aside):
    each word's values summed over the members in order, a whole vector at a time (map over
    C callables: the running totals plus the member's values, the same additions a loop word
    by word makes); heaviest first, ties in the words' order."""
    if len(members) < 2:
        return ()
    vecs = [vectors[i] for i in members]
    present = Counter(chain.from_iterable(vecs))
    total = dict.fromkeys(present, 0.0)
    at = total.__getitem__
    for vec in vecs:
        total.update(zip(vec, map(add, map(at, vec), vec.values())))
    shared = [k for k in compress(present, map(ge, present.values(), repeat(2)))
              if not YEAR_RE.match(k) and k not in MONTHS]
    shared.sort()
    shared.sort(key=at, reverse=True)  # a stable sort: equal totals keep the words' order
    return tuple(shared[:limit])


def surface_terms(story: Story, texts: dict[str, str]) -> tuple[str, ...]:
    """The story's terms as its articles spell them (terms are normalized keys: alef and
    ta marbuta folded), each from the first article of the story, pivot first, that has it."""
    from .normalize import normalize, tokenize

    wanted = set(story.terms)
    found: dict[str, str] = {}
    order = [story.pivot, *(a for a in story.articles if a != story.pivot)]
    for article_id in order:
        text = texts.get(article_id)
        if not text or len(found) == len(wanted):
            continue
        for tok in tokenize(normalize(text)):
            if tok.key in wanted and tok.key not in found:
                found[tok.key] = text[tok.start:tok.end]
    return tuple(found.get(k, k) for k in story.terms)

