"""The pipeline: articles in, one immutable Analysis out, with per-stage timings."""
from __future__ import annotations

import time
from collections import defaultdict
from bisect import bisect_left
from itertools import accumulate, chain
from typing import Callable, Sequence

from .align import Unit, align_groups, make_unit
from .boilerplate import in_boilerplate
from .collector import collector_paused
from .direction import settle_direction
from .framing import find_terms, headline_span, matcher_for, own_names
from .lexicon import Lexicon, default_lexicon
from .model import Analysis, Article, Change, FramingHit, Link, PairStats, Segmentation, SharedSpan
from .normalize import Normalized, Token, normalize, tokens_in_spans
from .quotes import find_quotes
from .reuse import compare_group, flip, pair_stats
from .segment import segment
from .significance import Weights
from .moves import moved_changes
from .stories import find_stories

ENGINE_VERSION = "1.1"

Progress = Callable[[str, float], None]


class AnalysisCancelled(Exception):
    pass


class _Clock:
    def __init__(self, progress: Progress | None, cancel: Callable[[], bool] | None):
        self.timings: dict[str, float] = {}
        self._t = time.perf_counter()
        self._progress = progress
        self._cancel = cancel

    def check(self, stage: str, fraction: float) -> None:
        if self._cancel and self._cancel():
            raise AnalysisCancelled()
        if self._progress:
            self._progress(stage, fraction)

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = round(self.timings.get(stage, 0.0) + (now - self._t) * 1000, 3)
        self._t = now


def analyze(articles: Sequence[Article], lexicon: Lexicon | None = None,
            progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
            timings: dict[str, float] | None = None) -> Analysis:
    """Compare every pair of articles. `timings` may carry stages already spent (file reading).

    The engine makes many small objects (a token per word, a pair per shared bigram) and no
    reference cycles to speak of, so the cyclic garbage collector is paused while it runs and
    resumed, as it was, however the analysis ends: its passes over the new objects (tens per
    analysis of the seeds) would free nothing. Reference counting still frees everything
    dropped; the pause is process-wide, like the collector itself."""
    with collector_paused():
        return _analyze(articles, lexicon, progress, cancel, timings)


def _analyze(articles: Sequence[Article], lexicon: Lexicon | None, progress: Progress | None,
             cancel: Callable[[], bool] | None, timings: dict[str, float] | None) -> Analysis:
    lexicon = lexicon or default_lexicon()
    clock = _Clock(progress, cancel)
    if timings:
        clock.timings.update(timings)
    ids = [a.id for a in articles]
    texts = [a.text for a in articles]

    norms: list[Normalized] = []
    segs: dict[str, Segmentation] = {}
    for k, art in enumerate(articles):
        clock.check("normalize", k / max(1, len(articles)))
        norms.append(normalize(art.text))
    clock.lap("normalize")

    units: list[Unit] = []
    units_by_doc: list[dict[int, Unit]] = []
    tokens_by_doc: list[list[Token]] = []
    keys_by_doc: list[tuple[str, ...] | None] = []  # their keys, when they are every token's
    content_tokens: list[int] = []
    for k, art in enumerate(articles):
        clock.check("segment", k / max(1, len(articles)))
        seg = segment(art.text)
        segs[art.id] = seg
        doc_units: dict[int, Unit] = {}
        skip = boilerplate_test(art.boilerplate)
        toks, keys, bounds = tokens_in_spans(norms[k], seg.sentences)
        held = 0  # tokens the sentences hold (they hold them all unless words lie between)
        content = 0
        for idx, ((s, e), (lo, hi)) in enumerate(zip(seg.sentences, bounds)):
            held += hi - lo
            if hi - lo < 2 or skip(s, e):
                continue
            unit = make_unit(k, idx, (s, e), toks[lo:hi], keys[lo:hi])
            doc_units[idx] = unit
            units.append(unit)
            content += hi - lo
        units_by_doc.append(doc_units)
        tokens_by_doc.append(toks if held == len(toks) else
                             list(chain.from_iterable(toks[lo:hi] for lo, hi in bounds)))
        keys_by_doc.append(keys if held == len(toks) else None)
        content_tokens.append(content)
    clock.lap("segment")

    clock.check("align", 0.0)
    doc_key_sets = list(_doc_keys(units_by_doc))
    weights = Weights(doc_key_sets)
    weights.prepare(weights.df)  # every key once (df counts them): what preparing doc by doc gives
    weights.weigh_units(units)
    groups = align_groups(units, weights, lambda f: clock.check("align", f), weights.df)
    # candidates meet edges in set (hash) order, which differs between processes: fix the order here
    groups.sort(key=lambda g: (g.a, g.b, g.a0, g.b0, g.a1, g.b1))
    clock.lap("align")

    links: list[Link] = []
    shared: list[SharedSpan] = []
    changes_by_pair: dict[tuple[int, int], list[Change]] = defaultdict(list)
    covered: dict[tuple[int, int], tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    results = []
    rejected = []
    for n, g in enumerate(groups):
        if n % 16 == 0:
            clock.check("reuse", n / max(1, len(groups)))
        ua = [units_by_doc[g.a][i] for i in range(g.a0, g.a1 + 1) if i in units_by_doc[g.a]]
        ub = [units_by_doc[g.b][j] for j in range(g.b0, g.b1 + 1) if j in units_by_doc[g.b]]
        result = compare_group(g, ids, texts, ua, ub, weights)
        if result is None:
            rejected.append((g, ua, ub))
        else:
            results.append((g, result))
    # a short shared passage next to an accepted link of the same pair belongs to that passage
    accepted: dict[tuple[int, int], list] = defaultdict(list)
    for g, _ in results:
        accepted[(g.a, g.b)].append(g)
    for g, ua, ub in rejected:
        if any(_adjacent(g, h) for h in accepted.get((g.a, g.b), ())):
            result = compare_group(g, ids, texts, ua, ub, weights, relaxed=True)
            if result is not None:
                results.append((g, result))
    results.sort(key=lambda gr: (gr[0].a, gr[0].b, gr[0].a0, gr[0].b0, gr[0].a1, gr[0].b1))
    links_by_pair: dict[tuple[int, int], list[Link]] = defaultdict(list)
    for g, result in results:
        links_by_pair[(g.a, g.b)].append(result.link)
    texts_by_id = dict(zip(ids, texts))
    for pair, pair_links in links_by_pair.items():
        changes_by_pair[pair].extend(moved_changes(pair_links, texts_by_id))
    for g, result in results:
        links.append(result.link)
        shared.extend(result.shared)
        changes_by_pair[(g.a, g.b)].extend(result.changes)
        covered[(g.a, g.b)][0].update(result.covered_a)
        covered[(g.a, g.b)][1].update(result.covered_b)

    pairs: list[PairStats] = []
    changes: list[Change] = []
    shares: dict[tuple[int, int], float] = {}
    # only pairs that share something: the output grows with what was found, not with N^2
    for a, b in sorted(set(covered) | set(changes_by_pair)):
        pair_changes = changes_by_pair.get((a, b), [])
        ca, cb = covered.get((a, b), (set(), set()))
        stats = pair_stats(ids[a], ids[b], ca, cb, content_tokens[a], content_tokens[b],
                           pair_changes, (articles[a].date, articles[b].date))
        if not (stats.a_in_b or stats.b_in_a or pair_changes):
            continue
        stats = settle_direction(stats, articles[a], articles[b], pair_changes)
        pairs.append(stats)
        shares[(a, b)] = max(stats.a_in_b, stats.b_in_a)
        if stats.direction == "b->a":
            pair_changes = [flip(c) for c in pair_changes]
        changes.extend(pair_changes)
    clock.lap("reuse")

    clock.check("stories", 0.0)
    doc_keys = [list(chain.from_iterable(u.klist for u in units_by_doc[k].values())) for k in range(len(articles))]
    # the words' document frequencies are the weights' (the same words: those of the units)
    stories = find_stories(ids, doc_keys, shares, [a.date for a in articles], weights.df)
    clock.lap("stories")

    clock.check("framing", 0.0)
    matcher = matcher_for(lexicon)
    framing: list[FramingHit] = []
    for k, art in enumerate(articles):
        seg = segs[art.id]
        quotes = find_quotes(art.text, seg.paragraphs, seg.sentences, tokens_by_doc[k], keys_by_doc[k])
        marks = art.boilerplate
        framing.extend(find_terms(art.id, art.text, tokens_by_doc[k], matcher, quotes,
                                  boilerplate=marks, keys=keys_by_doc[k],
                                  headline=headline_span(art.text, seg.paragraphs),
                                  own=own_names(art.outlet)))
    hits_by_article: dict[str, list[FramingHit]] = defaultdict(list)
    for hit in framing:
        hits_by_article[hit.article].append(hit)
    texts_by_id = dict(zip(ids, texts))
    changes = [_categorize(c, hits_by_article, texts_by_id) for c in changes]
    clock.lap("framing")
    clock.check("done", 1.0)
    timings_out = dict(clock.timings)
    timings_out["total"] = round(sum(timings_out.values()), 3)
    return Analysis(
        articles=tuple(articles), segmentation=segs, links=tuple(links), shared_spans=tuple(shared),
        changes=tuple(changes), framing=tuple(framing), pairs=tuple(pairs), timings=timings_out,
        engine_version=ENGINE_VERSION, lexicon_version=lexicon.version, stories=tuple(stories),
    )


def boilerplate_test(marks) -> Callable[[int, int], bool]:
    """in_boilerplate(marks, s, e) as a function of (s, e). in_boilerplate sums the overlaps
    of the span with every mark; a span that overlaps none (no mark starting before its end
    reaches past its start: the largest end among the marks that start before e, found by
    bisection, is at most s) has a sum of 0, which is boilerplate only for an empty span."""
    if not marks:
        return lambda s, e: e <= s and in_boilerplate(marks, s, e)
    spans = sorted(m.span for m in marks)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the largest end of the first k marks

    def test(s: int, e: int) -> bool:
        k = bisect_left(starts, e)
        if k and reach[k - 1] > s:
            return in_boilerplate(marks, s, e)
        return e <= s

    return test


def _doc_keys(units_by_doc):
    for doc in units_by_doc:
        keys: set[str] = set()
        for u in doc.values():
            keys |= u.keys
        yield keys


def _adjacent(g, h, reach: int = 1) -> bool:
    """Do two groups of one pair sit next to each other on both sides (within `reach`)?"""
    return (g.a == h.a and g.b == h.b
            and g.a0 <= h.a1 + reach and h.a0 <= g.a1 + reach
            and g.b0 <= h.b1 + reach and h.b0 <= g.b1 + reach)


def _categorize(change: Change, hits: dict[str, list[FramingHit]], texts: dict[str, str]) -> Change:
    """Give a substitution its lexicon category, widened to the whole labels it swaps.

    A diff isolates only the differing words (قوات الاحتلال / القوات); when those words are part
    of lexicon terms, each side is widened to the full term (قوات الاحتلال الأميركية /
    القوات الأميركية) so the change reads as the swap of one label for another, and takes the
    category those terms share most.
    """
    if change.type != "substitution":
        return change
    a_span, a_hits = _widen(change.a_span, hits.get(change.a, ()))
    b_span, b_hits = _widen(change.b_span, hits.get(change.b, ()))
    cats = [h.category for h in a_hits + b_hits]
    category = max(sorted(set(cats)), key=cats.count) if cats else None
    return Change(change.a, a_span, texts[change.a][a_span[0]:a_span[1]], change.b, b_span,
                  texts[change.b][b_span[0]:b_span[1]], change.type, category, change.attribution)


def _widen(span, hits) -> tuple[tuple[int, int], list[FramingHit]]:
    start, end = span
    touching = [h for h in hits if h.span[0] < end and start < h.span[1]]
    for h in touching:
        start, end = min(start, h.span[0]), max(end, h.span[1])
    return (start, end), touching
