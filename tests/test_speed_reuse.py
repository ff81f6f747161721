"""Equivalence of the reuse stage's fast routes (issue 12, speed) with the plain routes they
replace, on generated words; each test fails on the first difference.
"""
from __future__ import annotations

import random

import pytest

from desktop.core import worddiff
from desktop.core.worddiff import (CHANGE, DELETE, EQUAL, INSERT, Op, _diff_counts, _encode,
                                   _ops, _same_words, diff_keys)

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهوي"


def _word(rng: random.Random, lo: int = 2, hi: int = 9) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(lo, hi)))


def _plain_ops(counts, a, b) -> list[Op]:
    """worddiff's runs as first written: raw ops, then _pair_changes, _tolerate, _merge."""
    return _merge(_tolerate(_pair_changes(_raw(counts)), a, b))


def _pair_changes(ops: list[Op]) -> list[Op]:
    """Fuse adjacent delete+insert (either order) into one change."""
    out: list[Op] = []
    for op in ops:
        prev = out[-1] if out else None
        if prev and {prev.tag, op.tag} == {DELETE, INSERT}:
            out[-1] = Op(CHANGE, prev.a0, op.a1 if op.tag == DELETE else prev.a1,
                         prev.b0, op.b1 if op.tag == INSERT else prev.b1)
        elif prev and prev.tag == CHANGE and op.tag in (DELETE, INSERT):
            out[-1] = Op(CHANGE, prev.a0, max(prev.a1, op.a1), prev.b0, max(prev.b1, op.b1))
        else:
            out.append(op)
    return out


def _tolerate(ops: list[Op], a: list[str], b: list[str]) -> list[Op]:
    out = []
    for op in ops:
        if op.tag == CHANGE and _same_words(a[op.a0:op.a1], b[op.b0:op.b1]):
            op = Op(EQUAL, op.a0, op.a1, op.b0, op.b1)
        out.append(op)
    return out


def _merge(ops: list[Op]) -> list[Op]:
    out: list[Op] = []
    for op in ops:
        if out and out[-1].tag == op.tag == EQUAL:
            prev = out[-1]
            out[-1] = Op(EQUAL, prev.a0, op.a1, prev.b0, op.b1)
        else:
            out.append(op)
    return out


def _raw(counts) -> list[Op]:
    raw: list[Op] = []
    ia = ib = 0
    for op, n in counts:
        if op == 0:
            raw.append(Op(EQUAL, ia, ia + n, ib, ib + n))
            ia += n
            ib += n
        elif op == -1:
            raw.append(Op(DELETE, ia, ia + n, ib, ib))
            ia += n
        else:
            raw.append(Op(INSERT, ia, ia, ib, ib + n))
            ib += n
    return raw


def _plain_encode(a, b) -> tuple[str, str]:
    codes: dict[str, str] = {}
    return tuple("".join(codes.setdefault(k, chr(0xF0000 + len(codes))) for k in keys)
                 for keys in (a, b))


def _edited_copy(rng: random.Random, words: list[str], vocab: list[str]) -> list[str]:
    """words as a copier leaves them: glued and split words, one-letter typos and swaps,
    words dropped, added and moved."""
    out = list(words)
    for _ in range(rng.randint(0, 8)):
        if not out:
            break
        at = rng.randrange(len(out))
        w = out[at]
        kind = rng.random()
        if kind < 0.15 and at + 1 < len(out):  # glued: ديرالزور
            out[at:at + 2] = [out[at] + out[at + 1]]
        elif kind < 0.3 and len(w) >= 4:  # split
            cut = rng.randint(1, len(w) - 1)
            out[at:at + 1] = [w[:cut], w[cut:]]
        elif kind < 0.45 and len(w) >= 3:  # a letter changed inside the word
            i = rng.randint(1, len(w) - 2)
            out[at] = w[:i] + rng.choice(LETTERS) + w[i + 1:]
        elif kind < 0.55 and len(w) >= 3:  # two letters swapped
            i = rng.randint(0, len(w) - 2)
            out[at] = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif kind < 0.65 and len(w) >= 3:  # a letter dropped or added
            i = rng.randint(1, len(w) - 2)
            out[at] = w[:i] + w[i + 1:] if rng.random() < 0.5 else w[:i] + rng.choice(LETTERS) + w[i:]
        elif kind < 0.75:
            del out[at]
        elif kind < 0.88:
            out.insert(at, rng.choice(vocab))
        else:  # moved
            out.insert(rng.randrange(len(out) + 1), out.pop(at))
    return out


def _passages(seed: int, count: int):
    rng = random.Random(seed)
    vocab = [_word(rng) for _ in range(150)]
    for _ in range(count):
        a = [rng.choice(vocab) for _ in range(rng.randint(0, 40))]
        shape = rng.random()
        if shape < 0.6:
            b = _edited_copy(rng, a, vocab)
        elif shape < 0.8:  # a short passage sharing a few words with a long one
            b = [rng.choice(a) if a and rng.random() < 0.3 else rng.choice(vocab)
                 for _ in range(rng.randint(1, 15))]
        else:
            b = [rng.choice(vocab) for _ in range(rng.randint(0, 40))]
        yield a, b


def test_ops_in_one_pass_are_the_plain_ops_on_real_diffs():
    tolerated = 0
    for a, b in _passages(21, 1500):
        counts = _diff_counts(*_encode(a, b))
        plain = _plain_ops(counts, a, b)
        assert _ops(counts, a, b) == plain, (a, b)
        tolerated += plain != _merge(_pair_changes(_raw(counts)))  # a change was forgiven
    assert tolerated > 20  # glued and split words were forgiven, not only exact runs


def test_ops_in_one_pass_on_any_run_sequence():
    """Sequences dmp would not give (two deletes in a row, empty runs) answer alike too."""
    rng = random.Random(22)
    for _ in range(3000):
        counts, la, lb = [], 0, 0
        for _ in range(rng.randint(0, 9)):
            op, n = rng.choice((0, -1, 1)), rng.randint(0, 4)
            counts.append((op, n))
            la += n if op in (0, -1) else 0
            lb += n if op in (0, 1) else 0
        base = [_word(rng, 2, 6) for _ in range(max(la, lb))]
        a = base[:la]
        b = [w if rng.random() < 0.5 else w + rng.choice(LETTERS) for w in base[:lb]]
        assert _ops(counts, a, b) == _plain_ops(counts, a, b), (counts, a, b)


@pytest.mark.parametrize("fast", [True, False])
def test_diff_keys_are_the_plain_diff(monkeypatch, fast):
    if not fast:  # the pure-Python diff-match-patch, as without the C++ build
        monkeypatch.setattr(worddiff, "_fast", None)
    for a, b in _passages(23, 800 if fast else 150):
        worddiff._diff_cached.cache_clear()
        plain = _plain_ops(_diff_counts(*_plain_encode(a, b)), a, b)
        assert diff_keys(a, b) == plain, (a, b)
    worddiff._diff_cached.cache_clear()


@pytest.mark.parametrize("as_tuple", [False, True])
def test_encoding_is_the_plain_encoding(as_tuple):
    for a, b in _passages(24, 500):
        if as_tuple:
            a, b = tuple(a), tuple(b)
        assert _encode(a, b) == _plain_encode(a, b)


def test_a_broken_one_pass_route_is_caught(monkeypatch):
    """The comparison above can fail: a one-pass route that never forgives a change differs."""
    monkeypatch.setattr(worddiff, "_flush", lambda pend, out, a, b: out.append(Op(*pend)))
    diverged = 0
    for a, b in _passages(21, 300):
        counts = _diff_counts(*_encode(a, b))
        diverged += _ops(counts, a, b) != _plain_ops(counts, a, b)
    assert diverged > 10
