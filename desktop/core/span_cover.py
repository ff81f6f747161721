"""Bisection tests over an article's boilerplate marks and quotes, asked once per term found.

Most terms of an article lie in no mark and no quote: one bisection over the spans sorted by
start, with the furthest end reached so far, says so without going through them."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate

from .boilerplate import in_boilerplate


def in_marks(marks):
    """in_boilerplate(marks, start, end), with a bisection first: a span that touches no
    mark (most of an article) is not boilerplate, and only the others are measured."""
    spans = sorted(m.span for m in marks)
    starts = [s for s, _e in spans]
    reach = list(accumulate((e for _s, e in spans), max))

    def marked(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # marks[:k] start before the span ends
        if k == 0 or reach[k - 1] <= start:  # ... and all end before it starts
            return 0 >= end - start
        return in_boilerplate(marks, start, end)
    return marked


def quote_cover(quotes):
    """inside(start, end): does some quote hold [start, end)? One bisection over the quotes
    sorted by start, with the furthest end reached so far."""
    if not quotes:
        return lambda start, end: False
    spans = sorted(q.span for q in quotes)
    starts = [s for s, _e in spans]
    reach = list(accumulate((e for _s, e in spans), max))

    def inside(start: int, end: int) -> bool:
        k = bisect_right(starts, start)
        return k > 0 and reach[k - 1] >= end
    return inside
