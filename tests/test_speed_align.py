"""Equivalence of this round's fast routes in normalize, segment, align, stories and jsonio
with the plain routes they replace (issue 12, speed; the `align` helper's stages).

Each test runs the fast route and a plain one (written here as the code stated it before) on
generated text and fails on the first difference.
"""
from __future__ import annotations

import random

from desktop.core import normalize as nz
from desktop.core.normalize import Normalized, _normalize, word_spans

LETTERS = list("ابتثجحخدذرسشصضطظعغفقكلمنهويأإآةى")
MARKS = ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "ـ"]  # word-internal drops
CONTROLS = ["\u200f", "\u200e", "\u200c", "\u00ad", "\u202b", "\u2069", "\ufeff", "\u061c"]
OTHERS = list("0123456789٣abcXY") + [" "] * 8 + ["\n", ".", "؟", "«", "»", "_", "،", "-", "\u00a0"]


def _text(rng: random.Random, n: int, alphabet) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- words -----------------------------------------------------------------------------------

def _plain_word_spans(norm: Normalized):
    """word_spans as first written: a finditer loop, each end widened over word-internal drops."""
    text, origin, original = norm.text, norm.origin, norm.original
    n = len(original)
    out = []
    for m in nz.WORD_RE.finditer(text):
        a, b = m.span()
        o_end = origin[b - 1] + 1
        while o_end < n and original[o_end] in nz.WORD_INTERNAL_DROPS:
            o_end += 1
        out.append((m.group(), origin[a], o_end))
    return out


def test_word_spans_match_the_match_by_match_route():
    rng = random.Random(11)
    alphabets = [LETTERS + OTHERS, LETTERS + OTHERS + MARKS * 2, LETTERS + OTHERS + MARKS + CONTROLS,
                 LETTERS[:3] + MARKS + CONTROLS + [" "]]
    checked_controls = 0
    for k in range(6000):
        t = _text(rng, rng.randint(0, 80), alphabets[k % len(alphabets)])
        norm = _normalize(t)
        got = word_spans(norm)
        assert got == _plain_word_spans(norm), repr(t)
        assert got is word_spans(norm)  # kept on the Normalized
        checked_controls += any(c in t for c in CONTROLS) and len(norm.text) != len(t)
    assert checked_controls > 1000


def test_word_spans_end_at_a_control_mark_after_the_diacritics():
    t = "كتبَ\u200f\u064e قال"
    norm = _normalize(t)
    assert word_spans(norm) == [("كتب", 0, 4), ("قال", 7, 10)]
    t2 = "كتبَ\u064e"
    assert word_spans(_normalize(t2)) == [("كتب", 0, 5)]
