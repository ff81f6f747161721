"""The Qt boundary for text positions.

The engine counts code points; Qt counts UTF-16 code units. A character outside the Basic
Multilingual Plane is one code point but two UTF-16 units. Convert here and nowhere else, and
never read offsets back from Qt's own text (it rewrites no-break spaces and paragraph breaks).
"""
from __future__ import annotations

from bisect import bisect_right


def utf16_len(text: str) -> int:
    """Number of UTF-16 code units Qt uses for ``text``."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class OffsetMap:
    """Converts between code-point offsets and UTF-16 offsets for one string."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, index: int) -> int:
        """UTF-16 offset of code-point ``index``: the index plus astral characters before it."""
        if not self._astral:
            return index
        return index + bisect_right(self._astral, index - 1)

    def from_qt(self, unit: int) -> int:
        """Code-point offset of UTF-16 offset ``unit`` (a unit inside a surrogate pair rounds down)."""
        if not self._astral:
            return unit
        lo, hi = 0, len(self._astral)
        while lo < hi:  # count astral chars whose UTF-16 start lies before ``unit``
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < unit:
                lo = mid + 1
            else:
                hi = mid
        return unit - lo


def display_text(text: str) -> str:
    """Text safe to insert into a QTextDocument one character per character.

    Line feeds become block breaks (one position each, as in the source); carriage returns and
    other controls are shown as spaces so every later offset stays where it was.
    """
    return "".join(ch if ch >= " " or ch == "\n" else " " for ch in text)
