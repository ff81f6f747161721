"""FROZEN COPY of desktop/core/quotes.py before issue 11 (benchmark baseline only).

Find quotation spans, so labels inside quoted speech are not taken as the outlet's voice.

News sites use « », “ ”, straight quotes and, often, guillemets the wrong way round (» … »).
Within each paragraph we pair marks by nesting when the marks nest cleanly in one of the two
guillemet orientations, and otherwise pair them in order of appearance.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop.core.model import Span

QUOTE_MARKS = set("«»“”\"„‟″")
_ORIENTATIONS = ({"«": "»", "“": "”"}, {"»": "«", "“": "”"})
SCARE_QUOTE_MAX_WORDS = 2


@dataclass(frozen=True)
class Quote:
    span: Span  # including the marks
    scare: bool  # a short quoted label rather than reported speech


def find_quotes(text: str, paragraphs: tuple[Span, ...]) -> list[Quote]:
    quotes: list[Quote] = []
    for p_start, p_end in paragraphs:
        marks = [(i, text[i]) for i in range(p_start, p_end) if text[i] in QUOTE_MARKS]
        if not marks:
            continue
        spans = _nested(marks) or _in_order(marks, p_end)
        for s, e in spans:
            words = len(text[s + 1:e - 1].split())
            quotes.append(Quote((s, e), words <= SCARE_QUOTE_MAX_WORDS))
    return quotes


def _nested(marks: list[tuple[int, str]]) -> list[Span] | None:
    for pairs in _ORIENTATIONS:
        closers = set(pairs.values())
        stack: list[tuple[int, str]] = []
        spans: list[Span] = []
        ok = True
        for pos, ch in marks:
            if ch in pairs and not (ch in closers and stack and pairs[stack[-1][1]] == ch):
                stack.append((pos, ch))
            elif ch in closers and stack and pairs[stack[-1][1]] == ch:
                start, _ = stack.pop()
                spans.append((start, pos + 1))
            else:
                ok = False
                break
        if ok and not stack:
            return spans
    return None


def _in_order(marks: list[tuple[int, str]], p_end: int) -> list[Span]:
    spans = []
    for k in range(0, len(marks), 2):
        start = marks[k][0]
        end = marks[k + 1][0] + 1 if k + 1 < len(marks) else p_end
        spans.append((start, end))
    return spans


def innermost(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The smallest quotation containing [start, end), if any."""
    best = None
    for q in quotes:
        if q.span[0] < start and end <= q.span[1]:
            if best is None or q.span[1] - q.span[0] < best.span[1] - best.span[0]:
                best = q
    return best
