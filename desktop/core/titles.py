"""What to call an article in lists, column headers and reports when it has no headline.

Many pasted or exported articles open straight with their first sentence: Qarin then keeps
the title empty (no headline is invented) and labels the article with the opening words of
its text, outside page furniture, in square brackets: the cataloguers' mark of a title
supplied by someone other than the author («[قتلت طائرة مسيرة عشرات المدنيين…]»).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Article, BoilerplateMark

LEAD_WORDS = 8
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_END = re.compile(r"[.!؟?]$")


@dataclass(frozen=True)
class Label:
    text: str
    how: str  # "title": the headline (or the title given); "lead": opening words, supplied; "id"


def article_label(article: Article, words: int = LEAD_WORDS) -> Label:
    title = getattr(article, "title", "") or ""
    if title.strip():
        return Label(title.strip(), "title")
    lead = lead_words(getattr(article, "text", "") or "", tuple(getattr(article, "boilerplate", ())),
                      words)
    if lead:
        return Label(f"[{lead}]", "lead")
    return Label(str(getattr(article, "id", "")), "id")


def display_title(article: Article) -> str:
    """The title, or the flagged opening words when the article has no headline."""
    return article_label(article).text


def lead_words(text: str, marks: tuple[BoilerplateMark, ...] = (), n: int = LEAD_WORDS) -> str:
    """The first words of the article's first sentence outside furniture marks, "…" closing
    them when the sentence goes on. In an Arabic text the words start at its first Arabic
    word (a leading date or Latin label is not the article's opening)."""
    arabic = len(_ARABIC.findall(text)) * 2 > len(re.findall(r"[^\W\d_]", text))
    out: list[str] = []
    for m in re.finditer(r"\S+", text):
        if _inside(marks, m.start(), m.end()):
            if out:
                break  # furniture inside the first sentence ends the label
            continue
        word = m.group()
        if not out and arabic and not _ARABIC.search(word):
            continue
        out.append(word)
        if _END.search(word):
            return " ".join(out).rstrip(".")
        if len(out) >= n:
            break
        nxt = text.find("\n", m.end(), m.end() + 3)
        if nxt >= 0 and not text[m.end():nxt].strip():
            return " ".join(out) + "…"
    return (" ".join(out).rstrip("،,:؛") + "…") if out else ""


def _inside(marks, s: int, e: int) -> bool:
    return any(m.span[0] <= s and e <= m.span[1] for m in marks)
