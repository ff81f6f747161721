"""Property tests: random Arabic text with diacritics, emoji and bidi controls, random edits.

Always: a placed annotation reads verbatim its quote (position/exact) or text at least
FUZZY_MIN similar to it (fuzzy); otherwise it is an orphan. Where "the same words" is
well-defined — the quote occurs once (after normalization) before and after the edit, and
inserted material cannot be mistaken for old text — a placement must be where the words went
(overlapping them when they were edited), unless it is a verbatim copy: one in agreeing
context, or, when no copy agrees, any copy (DESIGN §8: an exact copy before a fuzzy match)."""
from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.core.normalize import normalize
from desktop.store.anchoring import CONTEXT_MIN, FUZZY_MIN, _similar, quote_at, reanchor

LETTERS = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
EMOJI = ["😀", "👍🏽", "🇸🇾", "👨‍👩‍👧", "🔥"]
BIDI = ["\u200f", "\u200e", "\u202b", "\u202c", "\u2067", "\u2069", "\u061c", "\u200c"]
PUNCT = ["،", ".", "«", "»", ":", "؟", "\n"]
FRESH = list("پچژگ") + list("xyzw") + ["✓"]  # never in the old text, untouched by normalize

letter = st.builds(lambda ch, d: ch + d, st.sampled_from(LETTERS),
                   st.sampled_from([""] * 4 + DIACRITICS))
word = st.lists(letter, min_size=1, max_size=7).map("".join)
token = st.one_of(word, word, word, word, st.sampled_from(EMOJI), st.sampled_from(BIDI),
                  st.sampled_from(PUNCT))


@st.composite
def texts(draw, min_words=4, max_words=60):
    vocab = draw(st.lists(word, min_size=3, max_size=40, unique=True))
    pieces = draw(st.lists(st.one_of(st.sampled_from(vocab), token), min_size=min_words,
                           max_size=max_words))
    return " ".join(pieces)


@st.composite
def scenario(draw):
    old = draw(texts())
    start = draw(st.integers(0, len(old) - 1))
    end = draw(st.integers(start + 1, min(len(old), start + 40)))
    fresh = draw(st.booleans())
    n_edits = draw(st.integers(1, 3))
    cuts = sorted(draw(st.lists(st.integers(0, len(old)), min_size=2 * n_edits,
                                max_size=2 * n_edits)))
    edits = []
    for i in range(n_edits):
        a, b = cuts[2 * i], cuts[2 * i + 1]
        if fresh:
            ins = draw(st.lists(st.sampled_from(FRESH + [" "]), max_size=12).map("".join))
        else:
            ins = draw(st.one_of(st.just(""), texts(1, 4),
                                 st.sampled_from(DIACRITICS + BIDI + EMOJI)))
        edits.append((a, b, ins))
    return old, start, end, edits, fresh


def occurrences(text, sub):
    """Overlapping occurrences (str.count skips overlapping ones)."""
    n, i = 0, text.find(sub)
    while i != -1:
        n, i = n + 1, text.find(sub, i + 1)
    return n


def apply(old, edits):
    out, pos = [], 0
    for a, b, ins in edits:
        out += [old[pos:a], ins]
        pos = b
    out.append(old[pos:])
    return "".join(out)


def touched(edits, start, end):
    """An edit changed characters of the quote (insertions at its edges do not)."""
    return any((a < end and b > start) if a < b else (start < a < end) for a, b, _ in edits)


def region(edits, start, end):
    """Where the annotated characters went in the new text (widened over replaced parts).
    Edits are sorted, non-overlapping (a, b, inserted) in old offsets."""
    delta = 0
    s_new = e_new = None
    for a, b, ins in edits:
        if s_new is None and b > start:
            s_new = (a if a < start else start) + delta
        if e_new is None and not (b < end or (b == end and a < b)):
            e_new = (a + len(ins) if a < end < b else end) + delta
        delta += len(ins) - (b - a)
    return (start + delta if s_new is None else s_new, end + delta if e_new is None else e_new)


def equivalent_edits(old, edits, limit=500):
    """The edit list and every equivalent one: a pure deletion may slide along repeated text
    (deleting "ab" from "abab" at 0 or at 2 gives the same new text), so "where the words
    went" is only defined up to such slides."""
    options = []
    for i, (a, b, ins) in enumerate(edits):
        if ins or a == b:
            options.append([(a, b, ins)])
            continue
        lo = edits[i - 1][1] if i else 0
        hi = edits[i + 1][0] if i + 1 < len(edits) else len(old)
        slides = [(a, b, ins)]
        k = 1
        while a - k >= lo and old[a - k] == old[b - k]:
            slides.append((a - k, b - k, ins))
            k += 1
        k = 0
        while b + k < hi and old[a + k] == old[b + k]:
            slides.append((a + k + 1, b + k + 1, ins))
            k += 1
        options.append(slides)
    out = [[]]
    for slides in options:
        out = [done + [x] for done in out for x in slides][:limit]
    return out


def context_agrees(quote, text, s, e):
    before = text[max(0, s - len(quote.prefix)):s]
    after = text[e:e + len(quote.suffix)]
    n = 0
    while n < min(len(before), len(quote.prefix)) and before[-1 - n] == quote.prefix[-1 - n]:
        n += 1
    m = 0
    while m < min(len(after), len(quote.suffix)) and after[m] == quote.suffix[m]:
        m += 1
    return n + m


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario(), st.booleans())
def test_reanchor_never_lands_on_wrong_text(case, know_old):
    old, start, end, edits, fresh = case
    new = apply(old, edits)
    quote = quote_at(old, start, end)
    spot = reanchor(quote, new, old if know_old else None)
    key = normalize(quote.exact).text
    # "the same words" is well-defined: one copy before and after, no look-alike insertions
    defined = (know_old and fresh and occurrences(normalize(old).text, key) == 1
               and occurrences(normalize(new).text, key) <= 1)
    if not spot.placed:
        event("orphan")
        if defined:
            assert touched(edits, start, end), "untouched words must be found again"
        return
    event(spot.method)
    s, e = spot.start, spot.end
    assert 0 <= s < e <= len(new)
    placed = new[s:e]
    if spot.method in ("position", "exact"):
        assert placed == quote.exact
        if spot.method == "position":
            assert (s, e) == (start, end)
    else:
        assert spot.method == "fuzzy"
        assert quote.exact not in new  # a verbatim copy would have been taken first
        assert _similar(quote.exact, placed) >= FUZZY_MIN
    if not defined:
        return
    event("location checked")
    variants = equivalent_edits(old, edits)
    truths = [region(v, start, end) for v in variants]
    truth = truths[0]
    agrees = agreeing_copy(quote, new, s) or not any(
        agreeing_copy(quote, new, h) for h in copies(new, quote.exact))
    if not any(touched(v, start, end) for v in variants):
        assert (s, e) == truth or (placed == quote.exact and agrees)
        return
    if not any(s < t[1] and e > t[0] for t in truths):  # away from where the words went
        assert placed == quote.exact and agrees


def copies(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def agreeing_copy(quote, text, s):
    e = s + len(quote.exact)
    room = min(len(quote.prefix), s) + min(len(quote.suffix), len(text) - e)
    return context_agrees(quote, text, s, e) >= min(CONTEXT_MIN, room)


@settings(max_examples=200, deadline=None)
@given(texts(), st.data())
def test_untouched_text_keeps_every_span(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    spot = reanchor(quote_at(text, start, end), text, text)
    assert (spot.method, spot.start, spot.end) == ("position", start, end)


@settings(max_examples=200, deadline=None)
@given(texts(), st.lists(st.sampled_from(FRESH), min_size=1, max_size=12).map("".join),
       st.data())
def test_insertion_elsewhere_moves_span_exactly(text, inserted, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    at = data.draw(st.one_of(st.integers(0, start), st.integers(end, len(text))))
    new = text[:at] + inserted + text[at:]
    spot = reanchor(quote_at(text, start, end), new, text)
    shift_by = len(inserted) if at <= start else 0
    assert new[spot.start:spot.end] == text[start:end]
    if occurrences(text, text[start:end]) == 1 and occurrences(new, text[start:end]) == 1:
        assert (spot.start, spot.end) == (start + shift_by, end + shift_by)
