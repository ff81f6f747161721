"""Third round of framing speed work: each fast route against the plain one, on text made here.

- a speaker's or outlet's folded words (framing._fold) read from fold() and the word pattern
  are the keys of the tokens of its normalized text;
"""
from __future__ import annotations

import random

import pytest

from desktop.core import framing
from desktop.core.normalize import normalize, tokenize

# letters, diacritics, hamza seats, tatweel, marks, digits, Latin, punctuation and spaces
ALPHABET = ("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ" "\u064b\u064e\u064f\u0650\u0651\u0652\u0670"
            "«»“”\"'٠١٢۳0123456789abcXYZ" "،,.:;!؟?()-_/@#" "    \n\u00a0\u200f\u200c")
WORDS = ("أمريكي", "الأميركية", "ميليشيا", "المليشيات", "مراسلنا", "مصادر", "أورينت", "الجزيرة",
         "وكالة", "الأنباء", "نت", "Orient", "news24", "قال", "إنّ")


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 8)):
        if rng.random() < 0.5:
            parts.append(rng.choice(WORDS))
        else:
            parts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 9))))
    return rng.choice(("", " ", "  ", "ـ")).join(parts) if parts else ""


def _plain_fold(text: str) -> str:
    return " ".join(t.key for t in tokenize(normalize(text)))


def test_fold_is_the_keys_of_the_normalized_tokens():
    rng = random.Random(31)
    texts = [_text(rng) for _ in range(4000)] + ["", " ", "ـ", "\u064b", "أمريكيّون، ميليشيات!"]
    for text in texts:
        assert framing._fold(text) == _plain_fold(text), text
    assert sum(bool(_plain_fold(t)) for t in texts) > 3000
    assert sum(" " in _plain_fold(t) for t in texts) > 1000
