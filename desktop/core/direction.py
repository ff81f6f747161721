"""Direction of copying from publication facts: credits and dates together.

The reuse stage (core/reuse.py) proposes a direction from the text alone: the side that carries
attribution the other lacks is taken as the source. Publication facts come first:

1. a credit naming the other article's outlet (its `relay_of`, or a credit formula that resolves
   to that outlet) makes the other article the source;
2. else two different publication dates make the earlier article the source;
3. else the attribution the reuse stage compared, but never a credit that the later text added:
   when the dates are known, attribution found only in the later article does not count
   (a later paraphrase adding «بحسب ما نقلت رويترز» is not the source).

`evidence` lists the facts that decided, first, then the ones that were set aside.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .model import Article, Change, PairStats
from .reuse import names_source

MIN_SHARE = 0.05  # below this the two texts share too little for a direction


def settle_direction(stats: PairStats, a: Article, b: Article, changes: Sequence[Change]) -> PairStats:
    """`stats` with its direction and evidence decided from credits, dates and attribution.
    `changes` are oriented a = first article of the pair (before any flip)."""
    if max(stats.a_in_b, stats.b_in_a) < MIN_SHARE:
        return stats
    evidence: list[str] = []
    a_credits_b, a_note = _credits(a, b)
    b_credits_a, b_note = _credits(b, a)
    if a_credits_b != b_credits_a:
        if a_credits_b:
            return replace(stats, direction="b->a", evidence=(a_note, *_date_line(a, b)))
        return replace(stats, direction="a->b", evidence=(b_note, *_date_line(a, b)))
    da, db = _date(a), _date(b)
    if da and db and da != db:
        earlier_a = da < db
        evidence.append(f"{a.id if earlier_a else b.id} was published first "
                        f"({a.id}: {da}{_how(a)}; {b.id}: {db}{_how(b)})")
        later = b if earlier_a else a
        for c in changes:
            if not c.attribution:
                continue
            later_text = c.b_text if later is b else c.a_text
            earlier_text = c.a_text if later is b else c.b_text
            if later_text and names_source(later_text) and not (earlier_text and names_source(earlier_text)):
                evidence.append(f"the credit «{later_text.strip()}» in {later.id} was added by the "
                                "later text, so it does not make it the source")
        return replace(stats, direction="a->b" if earlier_a else "b->a", evidence=tuple(evidence))
    # no credit between them and no dates: the reuse stage's textual evidence stands
    return stats


def _credits(x: Article, y: Article) -> tuple[bool, str]:
    """Does x credit y's outlet? With the words that say so."""
    names = _outlet_names(y)
    if x.relay_of and x.relay_of in names:
        by = ", as the analyst set it" if x.relay_how == "analyst" else ""
        return True, f"{x.id} relays {y.outlet} (credited as its source{by})"
    for c in x.credits:
        if c.outlet in names:
            if c.how == "analyst":  # core/analyst_edits.py: a credit added by hand
                quote = x.text[c.span[0]:c.span[1]]
                return True, (f"{x.id} credits {y.outlet}, as the analyst added"
                              + (f": «{quote}»" if quote else ""))
            return True, f"{x.id} credits {y.outlet}: «{x.text[c.span[0]:c.span[1]]}»"
    return False, ""


def _outlet_names(art: Article) -> set[str]:
    names = {art.outlet}
    if art.outlet.endswith(" (relay)"):
        return set()  # a relay is named after its source; crediting that source is not crediting it
    return names


def _date(art: Article) -> str | None:
    return str(art.date)[:10] if art.date else None


def _how(art: Article) -> str:
    return f", from {art.date_how}" if art.date_how else ""


def _date_line(a: Article, b: Article) -> tuple[str, ...]:
    da, db = _date(a), _date(b)
    if da and db and da != db:
        return (f"dates: {a.id} {da}, {b.id} {db}",)
    return ()
