"""Plain, immutable data the engine produces and every other layer consumes.

Every span is ``(start, end)``: half-open, in code points (Python ``str`` indices) into the
owning article's ``text``, which is the decoded file content and is never rewritten.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]

LinkKind = Literal["copy", "edited", "shared"]
ChangeType = Literal["substitution", "dropped", "added", "moved"]
Direction = Literal["a->b", "b->a", "unknown"]


@dataclass(frozen=True)
class BoilerplateMark:
    span: Span
    kind: str  # e.g. "subscribe", "most_read", "tweet" (see resources/boilerplate.toml)


@dataclass(frozen=True)
class Credit:
    """A place where the text names another outlet as its source (see core/credits.py)."""

    span: Span  # the whole formula, e.g. «نقلا عن وكالة رويترز»
    outlet: str  # the registry name, or the name as written when the registry lacks it
    formula: str  # source_line, naqlan_an, bihasab, hasab, hasabama, wifq, verb, told,
    #               correspondent, named, paren, dateline, signature, translated, photo
    name: str  # the outlet name as written
    name_span: Span
    how: str = "text"  # "text": found in the text; "analyst": added by the analyst (its span
    #                    is (0, 0) when the analyst gave none; see core/analyst_edits.py)


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str
    outlet: str
    encoding: str
    title: str = ""
    date: str | None = None
    url: str | None = None
    outlet_source: str = "unknown"  # "metadata" | "cue" | "user" | "unknown"
    relay_of: str | None = None  # outlet this article credits as its source
    boilerplate: tuple[BoilerplateMark, ...] = ()
    # added by the readers (issue 10); all optional so older callers and projects still work
    author: str = ""
    source: str = "txt"  # reader kind: txt | html | mhtml | docx | url | pasted
    credits: tuple[Credit, ...] = ()
    date_how: str = ""  # metadata | html | text | url | user ...
    date_span: Span | None = None  # where in the text the date was read, if there
    relay_how: str = ""  # "analyst" when the analyst set (or cleared) relay_of
    credits_removed: tuple[Credit, ...] = ()  # found credits the analyst removed


@dataclass(frozen=True)
class Segmentation:
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]


@dataclass(frozen=True)
class Link:
    """Two aligned passages: one or more consecutive sentences on each side."""

    a: str
    a_span: Span
    b: str
    b_span: Span
    kind: LinkKind
    score: float


@dataclass(frozen=True)
class SharedSpan:
    a: str
    a_span: Span
    b: str
    b_span: Span


@dataclass(frozen=True)
class Change:
    """A difference inside a link. ``a`` is the pair's likely source when known.

    ``dropped``: text in ``a`` that ``b`` does not carry (``b_span`` is empty, at the place it
    would be); ``added``: the reverse; ``substitution``: both sides have text; ``moved``: a
    copied passage ``b`` carries at another place in its order (core/moves.py).
    """

    a: str
    a_span: Span
    a_text: str
    b: str
    b_span: Span
    b_text: str
    type: ChangeType
    category: str | None = None
    attribution: bool = False


@dataclass(frozen=True)
class FramingHit:
    article: str
    span: Span
    text: str
    category: str
    stance: str
    in_quote: bool
    term: str = ""  # the lexicon entry that matched
    frame: str = ""  # the entry's label family, e.g. "resistance" or "militia"
    scare_quoted: bool = False  # the term alone stands in quotation marks («إسرائيل»)
    distanced: bool = False  # governed by a distancing marker (ما يسمى, المزعوم, scare quotes)
    speaker: str = ""  # for quoted hits: who is quoted, where the text names them


@dataclass(frozen=True)
class PairStats:
    a: str
    b: str
    a_in_b: float  # share of a's words found in b
    b_in_a: float
    direction: Direction  # "a->b": b most likely took text from a
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Story:
    """Articles that report one event (see core/stories.py)."""

    id: str
    articles: tuple[str, ...]
    pivot: str  # the article with the most reuse in the story
    terms: tuple[str, ...] = ()  # the story's heaviest shared rare words (normalized)


@dataclass(frozen=True)
class Analysis:
    articles: tuple[Article, ...]
    segmentation: dict[str, Segmentation]
    links: tuple[Link, ...] = ()
    shared_spans: tuple[SharedSpan, ...] = ()
    changes: tuple[Change, ...] = ()
    framing: tuple[FramingHit, ...] = ()
    pairs: tuple[PairStats, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    engine_version: str = ""
    lexicon_version: str = ""
    stories: tuple[Story, ...] = ()

    def article(self, article_id: str) -> Article:
        for art in self.articles:
            if art.id == article_id:
                return art
        raise KeyError(article_id)
