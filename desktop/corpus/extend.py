"""Widen an aligned pair of passages over the identical text around them.

Blocks are found on content words, so a copied passage loses the function words before its
first content word and the punctuation after its last. Where both texts continue with the
same characters (any whitespace equals any whitespace: a copy may turn a line break into a
space), both spans grow by up to ``limit`` characters, stopping at word boundaries; a span
never starts on whitespace or punctuation, nor ends on whitespace.
"""
from __future__ import annotations

import unicodedata

from desktop.core.model import Span


def _is_word(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch) == "Mn" or ch == "\u0640"


def _same(a: str, b: str) -> bool:
    return a == b or (a.isspace() and b.isspace())


def _boundary(text: str, i: int) -> bool:
    """True when position ``i`` does not fall inside a word."""
    return i <= 0 or i >= len(text) or not (_is_word(text[i - 1]) and _is_word(text[i]))


def extend_exact(a_text: str, a_span: Span, b_text: str, b_span: Span, limit: int = 40) -> tuple[Span, Span]:
    (a0, a1), (b0, b1) = a_span, b_span
    n = 0
    while n < limit and a0 - n > 0 and b0 - n > 0 and _same(a_text[a0 - n - 1], b_text[b0 - n - 1]):
        n += 1
    while n > 0 and not (_boundary(a_text, a0 - n) and _boundary(b_text, b0 - n) and _is_word(a_text[a0 - n])):
        n -= 1
    a0, b0 = a0 - n, b0 - n
    n = 0
    while n < limit and a1 + n < len(a_text) and b1 + n < len(b_text) and _same(a_text[a1 + n], b_text[b1 + n]):
        n += 1
    while n > 0 and not (_boundary(a_text, a1 + n) and _boundary(b_text, b1 + n) and not a_text[a1 + n - 1].isspace()):
        n -= 1
    return (a0, a1 + n), (b0, b1 + n)
