"""Many literal strings looked for in one pass over a text.

The rule modules pre-test their patterns by strings a match cannot do without (boilerplate's
needed strings, inline furniture's needles): a hundred-odd `s in text` scans per article. An
Aho–Corasick automaton (pyahocorasick) finds every occurrence of all of them, overlapping ones
included, in one pass; without the library the same answers come from `str.find`. Each string
carries a value (bits of the rules that need it); what a text holds is the OR of the values
found.
"""
from __future__ import annotations

from typing import Iterable

try:
    import ahocorasick
except ImportError:  # pragma: no cover - a declared dependency; the plain route answers alike
    ahocorasick = None


class Needles:
    """Literal strings, each with an int value (bits), found in texts."""

    def __init__(self, values: dict[str, int]) -> None:
        self.values = {s: v for s, v in values.items() if s}
        self._auto = None
        if ahocorasick is not None and self.values:
            auto = ahocorasick.Automaton()
            for s, v in self.values.items():
                auto.add_word(s, (len(s), v))
            auto.make_automaton()
            self._auto = auto

    def found(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, value) of every occurrence of every string, by end, then by start
        descending."""
        if not self.values:
            return []
        if self._auto is not None:
            return [(last + 1 - n, last + 1, v) for last, (n, v) in self._auto.iter(text)]
        out = []
        for s, v in self.values.items():
            at = text.find(s)
            while at >= 0:
                out.append((at, at + len(s), v))
                at = text.find(s, at + 1)
        out.sort(key=lambda o: (o[1], -o[0]))
        return out

    def held(self, text: str) -> int:
        """The OR of the values of the strings the text holds."""
        bits = 0
        if self._auto is not None:
            for _, (_, v) in self._auto.iter(text):
                bits |= v
            return bits
        for s, v in self.values.items():
            if v & ~bits and s in text:
                bits |= v
        return bits


def by_line(found: Iterable[tuple[int, int, int]], starts: list[int], ends: list[int]) -> dict[int, int]:
    """{line number: OR of the values of the occurrences lying wholly inside that line}, for
    lines given by their starts (ascending) and ends (line break excluded)."""
    from bisect import bisect_right

    out: dict[int, int] = {}
    for s, e, v in found:
        k = bisect_right(starts, s) - 1
        if k >= 0 and e <= ends[k]:
            out[k] = out.get(k, 0) | v
    return out
