"""Shorten titles at their logical end, so an Arabic title keeps its first words (on screen:
its right-hand start) and loses its end, with the ellipsis where the text stops."""
from __future__ import annotations

from PySide6.QtGui import QFontMetrics

ELLIPSIS = "…"


def elide_end(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` cut at a word (or, failing that, a character) so it fits ``width`` pixels,
    ending in an ellipsis; whole when it fits. The cut is always at the logical end."""
    text = " ".join((text or "").split())
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words) + ELLIPSIS
        if metrics.horizontalAdvance(candidate) <= width:
            return candidate
    word = words[0]
    while word and metrics.horizontalAdvance(word + ELLIPSIS) > width:
        word = word[:-1]
    return word + ELLIPSIS


def title_start(text: str, words: int = 8) -> str:
    """The first ``words`` words of a title, with an ellipsis when there are more."""
    parts = " ".join((text or "").split()).split(" ")
    return " ".join(parts[:words]) + (ELLIPSIS if len(parts) > words else "")
