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
        self._made = False  # the automaton is made when first used (a set read in a Shared pass is not)
        self._auto_ = None

    @property
    def _auto(self):
        if not self._made:
            self._made = True
            if ahocorasick is not None and self.values:
                auto = ahocorasick.Automaton()
                for s, v in self.values.items():
                    auto.add_word(s, (len(s), v))
                auto.make_automaton()
                self._auto_ = auto
        return self._auto_

    def found(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, value) of every occurrence of every string, by end, then by start
        descending."""
        if not self.values:
            return []
        auto = self._auto
        if auto is not None:
            return [(last + 1 - n, last + 1, v) for last, (n, v) in auto.iter(text)]
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
        auto = self._auto
        if auto is not None:
            for _, (_, v) in auto.iter(text):
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


class Shared:
    """Two sets of strings (each {string: bits}) looked for in one pass: the strings of both
    in one automaton, the second set's bits above the first's (shifted by `shift`). The
    occurrences found in a normalized text are kept beside its fields, so the second reader
    of the same text (boilerplate lines, inline furniture) does not scan it again."""

    def __init__(self, first: dict[str, int], second: dict[str, int], shift: int) -> None:
        values = {s: v for s, v in first.items() if s}
        for s, v in second.items():
            if s:
                values[s] = values.get(s, 0) | v << shift
        self.needles = Needles(values)
        self.shift = shift
        self.mask = (1 << shift) - 1

    def found(self, norm) -> list[tuple[int, int, int]]:
        """Needles.found(norm.text) for both sets (combined values), kept on `norm`."""
        kept = norm.__dict__.get("_needles_found")
        if kept is not None and kept[0] is self:
            return kept[1]
        got = self.needles.found(norm.text)
        norm.__dict__["_needles_found"] = (self, got)
        return got

    def first_found(self, norm) -> list[tuple[int, int, int]]:
        """The first set's Needles.found(norm.text): its strings' occurrences and bits."""
        mask = self.mask
        return [(s, e, v & mask) for s, e, v in self.found(norm) if v & mask]

    def second_held(self, norm) -> int:
        """The second set's Needles.held(norm.text)."""
        bits = 0
        for _, _, v in self.found(norm):
            bits |= v
        return bits >> self.shift
