"""Word-level diff of two token sequences with diff-match-patch.

Each distinct word key is encoded as one private-use character, so diff-match-patch compares
words, not letters. The C++ build of diff-match-patch (fast-diff-match-patch) is used when it
is installed, being about ten times faster; the pure-Python build gives the same diffs. After the diff, a deleted run and an inserted run that differ only by a
missing space (ديرالزور / دير الزور) or by a one-letter typo (العداون / العدوان) count as equal.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import chain, count
from typing import NamedTuple

from diff_match_patch import diff_match_patch

try:
    import fast_diff_match_patch as _fast
except ImportError:  # pragma: no cover - exercised when only the pure-Python build exists
    _fast = None

EQUAL, DELETE, INSERT, CHANGE = "equal", "delete", "insert", "change"
_BASE = 0xF0000  # supplementary private use area: room for 65k distinct words


class Op(NamedTuple):
    """One run of the diff (a named tuple: same fields, repr and equality as the frozen
    dataclass it was, at a third of the cost to make; a diff makes a dozen)."""

    tag: str  # equal | delete | insert | change
    a0: int
    a1: int  # token range in a
    b0: int
    b1: int  # token range in b


_dmp = diff_match_patch()
_dmp.Diff_Timeout = 0.5


def diff_keys(a: list[str], b: list[str]) -> list[Op]:
    return list(_diff_cached(tuple(a), tuple(b)))


@lru_cache(maxsize=8192)  # collections of relays repeat the same sentences many times
def _diff_cached(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[Op, ...]:
    sa, sb = _encode(a, b)
    return tuple(_ops(_diff_counts(sa, sb), a, b))


def _ops(counts, a, b) -> list[Op]:
    """The diff's runs as ops, in one pass.

    Runs of deletes and inserts between two equal runs fuse into one change (or stay a lone
    delete or insert: dmp never gives two of one kind in a row; were it to, they would stay
    apart); a change whose words are the same words (_same_words) becomes equal; equal runs
    that then touch are merged. (tests/test_speed_reuse.py keeps the three passes this was
    first written as, and checks the two agree.)"""
    out: list[Op] = []
    append = out.append
    ia = ib = 0
    pend = None  # the pending delete/insert/change, as [tag, a0, a1, b0, b1]
    for op, n in counts:
        if op == 0:
            if pend is not None:
                _flush(pend, out, a, b)
                pend = None
            prev = out[-1] if out else None
            if prev is not None and prev.tag == EQUAL:
                out[-1] = Op(EQUAL, prev.a0, ia + n, prev.b0, ib + n)
            else:
                append(Op(EQUAL, ia, ia + n, ib, ib + n))
            ia += n
            ib += n
            continue
        if op == -1:
            tag, a1, b1 = DELETE, ia + n, ib
        else:
            tag, a1, b1 = INSERT, ia, ib + n
        if pend is None:
            pend = [tag, ia, a1, ib, b1]
        elif pend[0] == CHANGE or pend[0] != tag:  # (a delete after an insert, or the reverse)
            pend = [CHANGE, pend[1], max(pend[2], a1), pend[3], max(pend[4], b1)]
        else:  # two of one kind in a row: kept apart
            _flush(pend, out, a, b)
            pend = [tag, ia, a1, ib, b1]
        ia, ib = a1, b1
    if pend is not None:
        _flush(pend, out, a, b)
    return out


def _flush(pend: list, out: list[Op], a, b) -> None:
    tag, a0, a1, b0, b1 = pend
    if tag == CHANGE and _same_words(a[a0:a1], b[b0:b1]):
        prev = out[-1] if out else None
        if prev is not None and prev.tag == EQUAL:
            out[-1] = Op(EQUAL, prev.a0, a1, prev.b0, b1)
        else:
            out.append(Op(EQUAL, a0, a1, b0, b1))
    else:
        out.append(Op(tag, a0, a1, b0, b1))


def _encode(a, b) -> tuple[str, str]:
    """Both key sequences as strings of one character per distinct key, numbered in order of
    first appearance (a, then b)."""
    codes = dict(zip(dict.fromkeys(chain(a, b)), map(chr, count(_BASE))))
    get = codes.__getitem__
    return "".join(map(get, a)), "".join(map(get, b))


def _diff_counts(sa: str, sb: str) -> list[tuple[int, int]]:
    """(op, length) pairs: op 0 equal, -1 delete, 1 insert; semantic cleanup applied."""
    if _fast is not None:
        codes = {"=": 0, "-": -1, "+": 1}
        return [(codes[op], n) for op, n in _fast.diff(sa, sb, timelimit=0.5, checklines=False,
                                                         cleanup="Semantic", counts_only=True)]
    diffs = _dmp.diff_main(sa, sb, False)
    _dmp.diff_cleanupSemantic(diffs)
    return [(op, len(chunk)) for op, chunk in diffs]


def _same_words(x: list[str], y: list[str]) -> bool:
    jx, jy = "".join(x), "".join(y)
    if jx == jy:
        return True  # glued or split words
    if len(x) == len(y) and all(_typo(p, q) for p, q in zip(x, y)):
        return True
    # a glued pair with a typo: العدوانعلى / العداون على
    return len(jx) >= 8 and len(jy) >= 8 and _typo(jx, jy)


def _typo(p: str, q: str) -> bool:
    if p == q:
        return True
    if min(len(p), len(q)) < 5 or abs(len(p) - len(q)) > 1:
        return False
    if len(p) == len(q):
        diff = [i for i in range(len(p)) if p[i] != q[i]]
        if len(diff) == 1 and diff[0] not in (0, len(p) - 1):
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and p[diff[0]] == q[diff[1]] and p[diff[1]] == q[diff[0]]
    short, long_ = (p, q) if len(p) < len(q) else (q, p)
    for i in range(1, len(long_) - 1):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False
