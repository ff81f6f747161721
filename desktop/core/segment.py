"""Split an article into paragraphs and sentences, as spans over the original text.

Paragraphs are non-blank lines. Sentences end at . ! ? ؟ (and runs of them), with closing
quotes and brackets kept on the sentence they close; a full stop between digits (3.5) does not
end a sentence. The Arabic comma never ends one.
"""
from __future__ import annotations

from . import rx
from .model import Segmentation, Span

_PARAGRAPH_RE = rx.compile(r"[^\r\n]+")
_SENTENCE_END_RE = rx.compile(r"""(?<!\d)[.!?؟…]+(?!\d)[\s"'»”“«)\]}]*|(?<=\d)[.!?؟…]+(?=\s|$)[\s"'»”)\]}]*""")


def paragraphs(text: str) -> list[Span]:
    spans = []
    for m in _PARAGRAPH_RE.finditer(text):
        s, e = _strip(text, m.start(), m.end())
        if s < e:
            spans.append((s, e))
    return spans


def sentences(text: str, paragraph: Span) -> list[Span]:
    start, end = paragraph
    spans: list[Span] = []
    cursor = start
    for m in _SENTENCE_END_RE.finditer(text, start, end):
        stop = m.end()
        # keep an opening quote that follows the stop for the next sentence
        tail = text[m.start():stop]
        cut = len(tail.rstrip())
        while cut and tail[cut - 1] in "«“":
            cut -= 1
        s, e = _strip(text, cursor, m.start() + cut)
        if _has_word(text, s, e):
            spans.append((s, e))
            cursor = m.start() + cut
    s, e = _strip(text, cursor, end)
    if _has_word(text, s, e):
        if spans and not _has_letters(text, s, e):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def segment(text: str) -> Segmentation:
    paras = paragraphs(text)
    sents: list[Span] = []
    for p in paras:
        sents.extend(sentences(text, p))
    return Segmentation(tuple(paras), tuple(sents))


def _strip(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _has_word(text: str, s: int, e: int) -> bool:
    return any(c.isalnum() for c in text[s:e])


def _has_letters(text: str, s: int, e: int) -> bool:
    return sum(c.isalpha() for c in text[s:e]) >= 2
