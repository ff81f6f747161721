"""Equivalence of the engine's fast routes (issue 12, speed, second round) with the plain
routes they replace, on generated words; each test fails on the first difference.
"""
from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from desktop.core import background_table, paraphrase, significance
from desktop.core.paraphrase import MIN_LEN, MIN_SIMILARITY, MIN_WEIGHT
from desktop.core.significance import (COMMON_ZIPF, FLOOR, FORMULA_WEIGHT, RARE_ZIPF,
                                       _is_arabic_word, background_weight, background_weights)
from desktop.core.worddiff import Op, diff_keys

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويةى"


def _word(rng: random.Random, lo: int = 2, hi: int = 9) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(lo, hi)))


def _garble(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word + rng.choice(LETTERS)
    i = rng.randint(1, len(word) - 2)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + rng.choice(LETTERS) + word[i + 1:]
    if kind < 0.7:
        return word[:i] + word[i + 1:]
    return word[:i] + rng.choice(LETTERS) + word[i:]


# --- the background table looked up in one pass ---------------------------------------------

def _plain_weight(table: dict[str, int], key: str) -> float:
    """background_weight as first written, over a plain dict."""
    if not _is_arabic_word(key):
        return FORMULA_WEIGHT
    z = table.get(key)
    if z is None:
        return 1.0
    w = (COMMON_ZIPF - z / 10) / (COMMON_ZIPF - RARE_ZIPF)
    return min(1.0, max(FLOOR, w))


def test_get_many_is_get_for_every_key(monkeypatch):
    for buckets in (background_table.BUCKETS, 8):  # few buckets: many words side by side
        monkeypatch.setattr(background_table, "BUCKETS", buckets)
        rng = random.Random(3)
        words = sorted({_word(rng) for _ in range(3000)})
        table = {w: rng.randrange(0, 4096) for w in words}
        built = background_table.Table(background_table.build(table))
        # absent keys: new words, and prefixes and extensions of present ones (the records of
        # a bucket sit side by side, so a probe may be found inside a longer word's record)
        probes = words[:800] + [_word(rng) for _ in range(800)]
        probes += [w[:-1] for w in words[:1500]] + [w + "ا" for w in words[1500:2500]]
        rng.shuffle(probes)
        got = built.get_many(probes)
        assert got == [table.get(k) for k in probes]
        assert got == [built.get(k) for k in probes]
        assert any(v is None for v in got) and any(v is not None for v in got)


def test_background_weights_are_the_plain_weights(monkeypatch):
    rng = random.Random(5)
    words = sorted({_word(rng) for _ in range(2000)})
    table = {w: rng.randrange(30, 80) for w in words[:1200]}
    layout = background_table.Table(background_table.build(table))
    monkeypatch.setattr(significance, "_WEIGHTS", {})
    monkeypatch.setattr(significance, "_BY_Z", {})
    monkeypatch.setattr(significance, "_lookup", lambda: layout)
    keys = [rng.choice(words) for _ in range(3000)] + ["2024", "abc", "x1", "123٤"]
    rng.shuffle(keys)
    plain = [_plain_weight(table, k) for k in keys]
    half = keys[:1500]
    assert background_weights(half) == plain[:1500]
    assert background_weights(keys) == plain  # part weighed already, part new
    assert [background_weight(k) for k in keys] == plain
    # the plain-dict table (no derived cache) gives the same
    monkeypatch.setattr(significance, "_WEIGHTS", {})
    monkeypatch.setattr(significance, "_lookup", lambda: table)
    assert background_weights(keys) == plain
    assert [background_weight(k) for k in reversed(keys)] == plain[::-1]


# --- garbled words unified --------------------------------------------------------------------

def _plain_unify(ka, kb):
    """paraphrase._unify as first written: background_weight asked word by word."""
    set_a, set_b = set(ka), set(kb)
    only_a = [k for k in sorted(set_a - set_b) if len(k) >= MIN_LEN and background_weight(k) >= MIN_WEIGHT]
    if not only_a:
        return kb
    mapping, taken = {}, set()
    for k in sorted(set_b - set_a):
        if len(k) < MIN_LEN or background_weight(k) < MIN_WEIGHT:
            continue
        best = process.extractOne(k, only_a, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY)
        if best and best[0] not in taken:
            mapping[k] = best[0]
            taken.add(best[0])
    if not mapping:
        return kb
    return tuple(mapping.get(k, k) for k in kb)


def test_unify_is_the_plain_unify(monkeypatch):
    rng = random.Random(7)
    vocab = [_word(rng, 2, 10) for _ in range(300)] + ["الحادثة", "في", "من", "2024"]
    # words of every weight, around MIN_WEIGHT too (a Zipf of 5.75 weighs 0.3)
    table = {w: rng.randrange(40, 70) for w in vocab[::2]}
    table.update({w: 57 + k % 2 for k, w in enumerate(vocab[1:60:2])})
    layout = background_table.Table(background_table.build(table))
    monkeypatch.setattr(significance, "_WEIGHTS", {})
    monkeypatch.setattr(significance, "_BY_Z", {})
    monkeypatch.setattr(significance, "_lookup", lambda: layout)
    unified = 0
    for _ in range(1500):
        ka = tuple(rng.choice(vocab) for _ in range(rng.randint(1, 30)))
        kb = list(ka)
        for _ in range(rng.randint(0, 6)):
            at = rng.randrange(len(kb))
            kb[at] = _garble(rng, kb[at]) if rng.random() < 0.6 else rng.choice(vocab)
        kb = tuple(kb)
        paraphrase._unify.cache_clear()
        got = paraphrase._unify(ka, kb)
        assert got == _plain_unify(ka, kb), (ka, kb)
        unified += got != kb
    paraphrase._unify.cache_clear()
    assert unified > 100  # garbled words were matched, not only left alone


# --- diff runs as named tuples -----------------------------------------------------------------

def test_ops_keep_the_fields_repr_and_equality_of_the_dataclass():
    op = Op("equal", 0, 2, 1, 3)
    assert (op.tag, op.a0, op.a1, op.b0, op.b1) == ("equal", 0, 2, 1, 3)
    assert repr(op) == "Op(tag='equal', a0=0, a1=2, b0=1, b1=3)"
    assert op == Op("equal", 0, 2, 1, 3) and op != Op("equal", 0, 2, 1, 4)
    assert hash(op) == hash(Op("equal", 0, 2, 1, 3))
    ops = diff_keys(["قصف", "الطيران", "الموقع"], ["قصف", "الموقع"])
    assert all(isinstance(o, Op) for o in ops)
    assert [o.tag for o in ops] == ["equal", "delete", "equal"]


# --- story vectors weigh their words together ----------------------------------------------------

def test_story_feature_weights_are_the_plain_ones(monkeypatch):
    from desktop.core import stories

    rng = random.Random(11)
    words = sorted({_word(rng) for _ in range(1500)})
    table = {w: rng.randrange(30, 75) for w in words[::2]}
    layout = background_table.Table(background_table.build(table))
    monkeypatch.setattr(significance, "_WEIGHTS", {})
    monkeypatch.setattr(significance, "_BY_Z", {})
    monkeypatch.setattr(significance, "_lookup", lambda: layout)
    stories._feature_weight.cache_clear()
    monkeypatch.setattr(stories, "_FEATURE_WEIGHTS", {})
    keys = words + sorted(stories.MONTHS) + ["1999", "2024", "2124", "1899", "20245", "٢٠٢٤",
                                             "12", "abc", "19x9", "3000"]
    rng.shuffle(keys)
    try:
        plain = [stories._feature_weight(k) for k in keys]
        assert stories._feature_weights(keys[:500]) == plain[:500]
        assert stories._feature_weights(keys) == plain  # part weighed already, part new
    finally:
        stories._feature_weight.cache_clear()


# --- attribution cues found in one pass --------------------------------------------------------

def test_names_source_is_the_plain_cue_scan(monkeypatch):
    from desktop.core import reuse
    from desktop.core.normalize import normalize
    from desktop.core.outlets import attribution_cues

    cues = attribution_cues()
    assert len(cues) > 20
    rng = random.Random(19)
    pieces = [c for c in cues] + ["قال", "في", "الهجوم", "مصدر", "وكالة", "ان", "عن", "حسب"]
    texts = []
    for _ in range(1500):
        words = [rng.choice(pieces) if rng.random() < 0.3 else _word(rng) for _ in range(rng.randint(1, 8))]
        text = " ".join(words)
        if rng.random() < 0.3 and len(text) > 4:  # cut a cue short
            text = text[:rng.randint(1, len(text) - 1)]
        texts.append(text)
    reuse.names_source.cache_clear()
    try:
        got = [reuse.names_source(t) for t in texts]
        plain = [any(c in " ".join(normalize(t).text.split()) for c in cues) for t in texts]
        assert got == plain
        assert 300 < sum(got) < 1400  # both answers are exercised
        # an empty cue is in every text
        monkeypatch.setattr(reuse, "attribution_cues", lambda: ("", "وكالة"))
        reuse._cue_needles.cache_clear()
        reuse.names_source.cache_clear()
        assert reuse.names_source("نص بلا مصدر")
    finally:
        reuse._cue_needles.cache_clear()
        reuse.names_source.cache_clear()
