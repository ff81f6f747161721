"""Words broken on purpose to slip past filters, joined again for matching the lexicon."""
from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from . import rx
from .normalize import Token, word_key


def rejoin_broken_words(text: str, tokens: list[Token]) -> list[Token]:
    """Words broken on purpose to slip past filters (شـ.ـهيد, قـ-ـتلى): a dot, dash or star
    between tatweels inside one word. Joined again for matching; other tokens unchanged."""
    if "\u0640" not in text or not _has_break(text):
        return tokens
    # A join needs a gap of breakers, with a tatweel in it or at the end of the word before:
    # a dot, dash or star stands next to a tatweel there (_BROKEN). So only the words that
    # follow such a place are tried, each against the word before it in the text (a word
    # joined to the one before keeps that word's end, so the test is the same).
    joins = []
    for m in _BROKEN.finditer(text):
        k = bisect_right(tokens, m.start(), key=_START)  # the first word after the place
        if 0 < k < len(tokens) and (not joins or joins[-1] != k) and _joins(text, tokens[k - 1], tokens[k]):
            joins.append(k)
    if not joins:
        return list(tokens)
    out = list(tokens[:joins[0]])
    for n, k in enumerate(joins):
        prev, tok = out.pop(), tokens[k]
        out.append(Token(word_key(prev.key + tok.key), prev.start, tok.end))
        out.extend(tokens[k + 1:joins[n + 1] if n + 1 < len(joins) else len(tokens)])
    return out


def _joins(text: str, prev: Token, tok: Token) -> bool:
    gap = text[prev.end:tok.start]
    return bool(gap) and len(gap) <= 3 and "\u0640" in text[prev.end - 1:tok.start + 1] \
        and set(gap) <= _BREAKERS


_BREAKERS = set(".-*_\u0640")
_START = attrgetter("start")
_BROKEN = rx.compile("\u0640[.*_-]|[.*_-]\u0640")
_MARKS = frozenset(".*_-")


def _has_break(text: str) -> bool:
    """_BROKEN.search(text) is not None, from the tatweels (few, found by str.find): one with
    a dot, dash or star on either side."""
    i = text.find("\u0640")
    while i >= 0:
        if text[i - 1:i] in _MARKS or text[i + 1:i + 2] in _MARKS:
            return True
        i = text.find("\u0640", i + 1)
    return False
