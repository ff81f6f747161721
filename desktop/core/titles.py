"""What to call an article in lists, column headers and reports when it has no headline.

Many pasted or exported articles open straight with their first sentence: Qarin then keeps
the title empty (no headline is invented) and labels the article, in square brackets (the
cataloguers' mark of a title supplied by someone other than the author), with

- the headline its web address spells («/2024/9/17/وزارة-الصحة-تدعو-...»), when the address
  has one that is whole: at least four Arabic words, no letters split off by a lost shadda
  («ق-ت-لوا»), no words run together; an address as long as the usual 200-character slug
  limit loses its last word, unless the text has that word whole, and ends with "…";
- otherwise the opening words of its text, outside page furniture
  («[قتلت طائرة مسيرة عشرات المدنيين…]»).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from . import rx
from .model import Article, BoilerplateMark

LEAD_WORDS = 8
_ARABIC = rx.compile(r"[\u0600-\u06ff]")
_END = rx.compile(r"[.!؟?]$")
_SLUG_SPLIT = rx.compile(r"[-_+\s]+")
_CHUNK = rx.compile(r"\S+")


@dataclass(frozen=True)
class Label:
    text: str
    how: str  # "title": the headline or the title given; supplied: "address" (the URL's
    # headline) or "lead" (the text's opening words); "id" when there is nothing else


def article_label(article: Article, words: int = LEAD_WORDS) -> Label:
    title = getattr(article, "title", "") or ""
    if title.strip():
        return Label(title.strip(), "title")
    from_address = address_headline(getattr(article, "url", None), getattr(article, "text", "") or "")
    if from_address:
        return Label(f"[{from_address}]", "address")
    lead = lead_words(getattr(article, "text", "") or "", tuple(getattr(article, "boilerplate", ())),
                      words)
    if lead:
        return Label(f"[{lead}]", "lead")
    return Label(str(getattr(article, "id", "")), "id")


def display_title(article: Article) -> str:
    """The title, or the flagged opening words when the article has no headline."""
    return article_label(article).text


SLUG_CUT, SLUG_LIMIT = 190, 200  # WordPress and others cut an encoded slug at 200 characters


def address_headline(url: str | None, text: str = "") -> str:
    """The headline a web address spells in its path, or "" (see the module notes). An address
    as long as the slug limit may have been cut: its last word is kept only when `text` (the
    article) has it whole."""
    if not url:
        return ""
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    best, raw = [], ""
    for seg in (s for s in path.split("/") if s):
        plain = unquote(seg).replace("\ufffd", "").replace(".html", "").replace(".htm", "")
        words = [w for w in _SLUG_SPLIT.split(plain) if w]
        while words and not _ARABIC.search(words[0]):
            words.pop(0)  # a leading id («752295844235852-عدد-ضحايا...»)
        while words and words[-1].isdigit():
            words.pop()
        if sum(1 for w in words if _ARABIC.search(w)) > sum(1 for w in best if _ARABIC.search(w)):
            best, raw = words, (seg if "%" in seg else quote(seg, safe="-_.~"))
    cut = bool(best) and SLUG_CUT <= len(raw) <= SLUG_LIMIT and not _has_word(text, best[-1])
    if cut:
        best = best[:-1]  # the last word may be cut
    arabic = [w for w in best if _ARABIC.search(w)]
    if len(arabic) < 4:
        return ""
    if any(len(w) == 1 and w != "و" and _ARABIC.search(w) for w in best):
        return ""  # letters split off where a shadda or a diacritic was dropped
    if any(len(w) > 18 for w in arabic):
        return ""  # words run together
    return " ".join(best).rstrip("ـ -") + ("…" if cut else "")


def _has_word(text: str, word: str) -> bool:
    return bool(text) and re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text) is not None


def lead_words(text: str, marks: tuple[BoilerplateMark, ...] = (), n: int = LEAD_WORDS) -> str:
    """The first words of the article's first sentence outside furniture marks, "…" closing
    them when the sentence goes on. In an Arabic text the words start at its first Arabic
    word (a leading date or Latin label is not the article's opening)."""
    arabic = None  # is the text Arabic: counted only when a first word has no Arabic letter
    out: list[str] = []
    for m in _CHUNK.finditer(text):
        if _inside(marks, m.start(), m.end()):
            if out:
                break  # furniture inside the first sentence ends the label
            continue
        word = m.group()
        if not out and not _ARABIC.search(word):
            if arabic is None:
                arabic = _count(_ARABIC_RUN, text) * 2 > _count(_LETTER_RUN, text)
            if arabic:
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


_ARABIC_RUN = rx.compile(r"[\u0600-\u06ff]+")
_LETTER_RUN = rx.compile(r"[^\W\d_]+")


def _count(runs: re.Pattern, text: str) -> int:
    """How many characters of the text the one-character class of `runs` (a class with +)
    matches: the lengths of its runs summed (a match per word, not per character)."""
    return sum(map(len, runs.findall(text)))


def _inside(marks, s: int, e: int) -> bool:
    return any(m.span[0] <= s and e <= m.span[1] for m in marks)
