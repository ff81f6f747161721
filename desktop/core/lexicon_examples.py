"""Where a lexicon entry occurs in the analysed articles: short examples for the lexicon editor."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Analysis, Span

CONTEXT = 40  # characters either side


@dataclass(frozen=True)
class Example:
    article: str
    outlet: str
    span: Span
    before: str
    match: str
    after: str
    voice: str  # "own", "quoted" or "distanced"
    speaker: str = ""


def term_examples(analysis: Analysis | None, term: str, limit: int = 8) -> tuple[list[Example], int]:
    """Up to `limit` occurrences of the entry `term` (article order), and how many there are."""
    if analysis is None:
        return [], 0
    hits = [h for h in analysis.framing if h.term == term]
    out = []
    for h in hits[:limit]:
        art = analysis.article(h.article)
        s, e = h.span
        voice = "quoted" if h.in_quote else "distanced" if h.distanced else "own"
        out.append(Example(h.article, art.outlet, h.span, _clip(art.text[max(0, s - CONTEXT):s], True),
                           art.text[s:e], _clip(art.text[e:e + CONTEXT], False), voice, h.speaker))
    return out, len(hits)


def _clip(text: str, left: bool) -> str:
    text = " ".join(text.split())
    return ("…" + text) if left and text else (text + "…") if text else ""


__all__ = ["Example", "term_examples"]
