"""Split an article into paragraphs and sentences, as spans over the original text.

Paragraphs are non-blank lines. Sentences end at . ! ? ؟ (and runs of them), with closing
quotes and brackets kept on the sentence they close; a full stop between digits (3.5) does not
end a sentence. The Arabic comma never ends one.
"""
from __future__ import annotations

from bisect import bisect_left

from . import rx
from .model import Segmentation, Span

_PARAGRAPH_RE = rx.compile(r"[^\r\n]+")
# A run of stops not preceded by a digit (and not followed by one: 3.5), or a run after a digit
# that a space or the end follows; then closing quotes and brackets. Written to begin with the
# stop itself (the look-behind tests the character before it, two back), which lets the regex
# engine skip ahead to the next stop instead of trying the look-behind at every character;
# it matches exactly what (?<!\d)[.!?؟…]+(?!\d)...|(?<=\d)[.!?؟…]+(?=\s|$)... matches.
_SENTENCE_END_RE = rx.compile(r"""[.!?؟…](?:(?<!\d.)[.!?؟…]*(?!\d)[\s"'»”“«)\]}]*|(?<=\d.)[.!?؟…]*(?=\s|$)[\s"'»”)\]}]*)""")
SENTENCE_END_PLAIN = r"""(?<!\d)[.!?؟…]+(?!\d)[\s"'»”“«)\]}]*|(?<=\d)[.!?؟…]+(?=\s|$)[\s"'»”)\]}]*"""


def paragraphs(text: str) -> list[Span]:
    """The non-blank lines, blanks at either end left out: what each run of characters other
    than line ends holds. Without a carriage return in the text the lines come from one split
    at the newlines (C speed; the regex counted its way through every character)."""
    if "\r" in text:
        return _paragraphs_re(text)
    spans = []
    end = -1
    for line in text.split("\n"):
        start = end + 1
        end = start + len(line)
        body = line.lstrip()  # str.strip() drops exactly the characters isspace() names
        if body:
            s = end - len(body)
            spans.append((s, s + len(body.rstrip())))
    return spans


def _paragraphs_re(text: str) -> list[Span]:
    spans = []
    for m in _PARAGRAPH_RE.finditer(text):
        line = m.group()
        body = line.lstrip()
        if body:
            s = m.end() - len(body)
            spans.append((s, s + len(body.rstrip())))
    return spans


def sentences(text: str, paragraph: Span, stops: list[int] | None = None) -> list[Span]:
    """The paragraph's sentences. `stops`, when given: the positions of every stop character
    of the text, in order (_stops), where alone a sentence end can begin."""
    start, end = paragraph
    spans: list[Span] = []
    cursor = start
    has_word = _WORD_CHAR_RE.search
    found = _SENTENCE_END_RE.finditer(text, start, end) if stops is None else _ends_at(text, start, end, stops)
    for m in found:
        stop = m.end()
        # keep an opening quote that follows the stop for the next sentence
        tail = text[m.start():stop]
        cut = len(tail.rstrip())
        while cut and tail[cut - 1] in "«“":
            cut -= 1
        s, e = _strip(text, cursor, m.start() + cut)
        if has_word(text, s, e):
            spans.append((s, e))
            cursor = m.start() + cut
    s, e = _strip(text, cursor, end)
    if has_word(text, s, e):
        if spans and not _has_letters(text, s, e):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def segment(text: str) -> Segmentation:
    paras = paragraphs(text)
    stops = _stops(text)
    sents: list[Span] = []
    for p in paras:
        sents.extend(sentences(text, p, stops))
    return Segmentation(tuple(paras), tuple(sents))


_STOPS = ".!?؟…"  # the characters a sentence end opens with (_SENTENCE_END_RE)


def _stops(text: str) -> list[int]:
    """The positions of the stop characters in the text, in order (found by str.find, at C
    speed: a regex search tests its opening class at every character)."""
    found = []
    add = found.append
    find = text.find
    for ch in _STOPS:
        i = find(ch)
        while i >= 0:
            add(i)
            i = find(ch, i + 1)
    found.sort()
    return found


def _ends_at(text: str, start: int, end: int, stops: list[int]):
    """_SENTENCE_END_RE.finditer(text, start, end), tried only at the stop characters (every
    match opens with one): at each stop past the last match, in order, a match there is the
    next one finditer would give (matched with the same bounds, so the look-arounds see the
    same text)."""
    match = _SENTENCE_END_RE.match
    after = start
    for p in stops[bisect_left(stops, start):bisect_left(stops, end)]:
        if p >= after:
            m = match(text, p, end)
            if m is not None:
                yield m
                after = m.end()


def _strip(text: str, s: int, e: int) -> Span:
    piece = text[s:e]
    body = piece.lstrip()
    s += len(piece) - len(body)
    return s, s + len(body.rstrip())


# one character for which str.isalnum() holds: Python's \w is exactly isalnum() plus "_"
_WORD_CHAR_RE = rx.compile(r"[^\W_]")


def _has_word(text: str, s: int, e: int) -> bool:
    return _WORD_CHAR_RE.search(text, s, e) is not None


def _has_letters(text: str, s: int, e: int) -> bool:
    return sum(c.isalpha() for c in text[s:e]) >= 2
