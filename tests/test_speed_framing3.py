"""Third round of framing speed work: each fast route against the plain one, on text made here.

- a speaker's or outlet's folded words (framing._fold) read from fold() and the word pattern
  are the keys of the tokens of its normalized text;
- the terms a word may start, narrowed once per pair of neighbouring words to those whose
  second word the next word can be (TermMatcher._second, kept in _pairs), give the terms the
  plain matcher finds, the first time and when remembered;
- words broken on purpose are joined again by trying only the words after a dot, dash or star
  next to a tatweel: the same tokens as trying every pair of neighbouring words;
"""
from __future__ import annotations

import random

import pytest

from desktop.core import framing
from desktop.core.broken_words import rejoin_broken_words, rejoin_plain
from desktop.core.framing import TermMatcher, _noun_stems
from desktop.core.lexicon import default_lexicon
from desktop.core.normalize import normalize, tokenize, tokenize_spans
from test_speed_framing import PlainMatcher, _plain_scan, _text as _lexicon_text

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


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


def test_terms_narrowed_per_pair_of_words_are_the_plain_terms(lexicon):
    fast, plain = TermMatcher(lexicon), PlainMatcher(lexicon)
    total = 0
    for _round in range(2):  # the second time, every pair met is remembered
        for seed in range(40):
            text = _lexicon_text(lexicon, 300 + seed)
            tokens = tokenize(normalize(text))
            got = list(framing._scan(tokens, fast, text))
            assert got == list(_plain_scan(tokens, plain, text)), seed
            total += len(got)
    assert total > 400
    assert len(fast._pairs) > 50
    longer = 0
    for (key, nxt), kept in fast._pairs.items():
        want = []
        for m in plain.entries_for(key):
            if m.size > 1:
                first = m.entry.rest[0]
                if m.cut is not None or (nxt not in first and first.isdisjoint(
                        _noun_stems(nxt)[0 if m.size == 2 else 1])):
                    continue
                longer += 1
            want.append(m)
        assert kept == tuple(want), (key, nxt)
    assert longer > 20  # pairs where a longer term stays in play


def test_broken_words_joined_from_their_breaks_are_the_pairwise_joins():
    rng = random.Random(17)
    pieces = ("ش", "هيد", "قتلى", "ـ", "ـ", "ـ", ".", "-", "*", "_", " ", " ", "ال", "مقاومة",
              "،", "\n", "َ", "x", "7", "..", "ـ.ـ", "ـ-ـ", "ـ*", "_ـ")
    joined = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        norm = normalize(text)
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 4)))
        spans = list(zip(cuts, cuts[1:]))  # words between the spans are left out, as between sentences
        for tokens in (tokenize(norm), [t for ts in tokenize_spans(norm, spans) for t in ts]):
            got = rejoin_broken_words(text, tokens)
            want = rejoin_plain(text, tokens)
            assert got == want, (text, tokens)
            joined += len(got) < len(tokens)
    assert joined > 300
