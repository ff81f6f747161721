"""Plain, immutable records the project store hands out. No Qt, no SQL.

Spans are ``[start, end)`` code-point offsets into the article's text, as everywhere in Qarin.
GUIDs are lowercase 8-4-4-4-12 hex strings, stable for the life of the project (REFI-QDA reuses
them). Timestamps are ISO 8601 UTC strings with a ``Z`` suffix.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

AnchorMethod = Literal["position", "exact", "fuzzy", "orphan"]


@dataclass(frozen=True)
class Code:
    guid: str
    name: str
    parent: str | None = None  # parent code's GUID; None for a top-level code
    color: str = "#888888"  # "#RRGGBB"
    description: str = ""
    position: int = 0  # order among siblings
    created: str = ""


@dataclass(frozen=True)
class CodeUsage:
    """What a code's deletion would take with it."""
    subcodes: int  # descendants at every level
    annotations: int  # coded with the code or any descendant
    memos: int  # of those annotations, how many carry a memo

    @property
    def empty(self) -> bool:
        return not (self.subcodes or self.annotations)


@dataclass(frozen=True)
class Annotation:
    guid: str
    article: str  # article id
    start: int
    end: int
    exact: str  # article text [start:end) when anchored; the last known quote when orphaned
    prefix: str  # up to 32 characters before `start`
    suffix: str  # up to 32 characters after `end`
    code: str  # code GUID
    memo: str = ""
    author: str = ""
    created: str = ""
    modified: str = ""
    orphan: bool = False  # True: the article text changed and the quote could not be placed
    anchor: AnchorMethod | None = None  # how the last re-import placed it (None: never moved)
    # The quote as the analyst made it (set when created or placed by hand); re-anchoring
    # never changes it, so a fuzzy move that changed `exact` can be reviewed. "" = `exact`.
    original_exact: str = ""

    @property
    def original(self) -> str:
        """The analyst's own quote (`original_exact`, or `exact` when never re-quoted)."""
        return self.original_exact or self.exact

    @property
    def requoted(self) -> bool:
        """True when re-anchoring placed the annotation on text that differs from the quote
        the analyst made."""
        return self.original != self.exact

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Memo:
    guid: str
    text: str
    article: str | None = None  # None: a project-level memo
    title: str = ""
    author: str = ""
    created: str = ""
    modified: str = ""


@dataclass(frozen=True)
class User:
    guid: str
    name: str


@dataclass(frozen=True)
class ArticleInfo:
    """What the store keeps about an article besides the `Article` itself."""

    id: str
    guid: str  # stable GUID for REFI-QDA TextSource
    outlet: str
    title: str
    length: int  # code points
    hash: str  # sha256 hex of the text (UTF-8)
    path: str
    encoding: str
    position: int  # import order
    added: str
    modified: str
    user_fields: tuple[str, ...] = ()  # metadata fields the analyst edited (kept on re-import)


@dataclass(frozen=True)
class Placement:
    """Where one annotation went when its article's text changed."""

    guid: str
    method: AnchorMethod
    old_span: tuple[int, int]
    new_span: tuple[int, int] | None  # None for an orphan


@dataclass(frozen=True)
class AddReport:
    added: tuple[str, ...] = ()  # article ids new to the project
    updated: tuple[str, ...] = ()  # ids whose text changed (annotations re-anchored)
    unchanged: tuple[str, ...] = ()  # ids already present with the same text
    placements: tuple[Placement, ...] = ()
    orphans: tuple[Annotation, ...] = ()  # annotations that could not be placed (kept)
    # new articles skipped as (near) copies of another: (id, id of the article kept, similarity)
    duplicates: tuple[tuple[str, str, float], ...] = ()


@dataclass(frozen=True)
class LexiconOverride:
    """An analyst's change to the framing lexicon: add (or redefine) a term, or remove one."""

    term: str
    action: Literal["add", "remove"] = "add"
    category: str = ""
    stance: str = ""
    frame: str = ""
    note: str = ""
    created: str = ""


@dataclass(frozen=True)
class StoreEvent:
    """Sent to subscribers after a change is committed.

    kind: "articles", "codes", "annotations", "memos", "lexicon" or "analysis";
    keys: the ids/GUIDs touched (empty when many).
    """

    kind: str
    keys: tuple[str, ...] = field(default_factory=tuple)
