"""Writing article text into QTextDocuments: right-to-left blocks, layer formats, offset map."""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextOption)

from desktop.core.model import Span

from desktop.ui.views.qtext import OffsetMap, display_text
from desktop.ui.spans import ArticleMarks, Mark
from desktop.ui.style import DROPPED_COLOR, QUOTE_COLOR, blend_on_white

LAYER_ORDER = ("shared", "p_shared", "p_moved", "p_changed", "p_added", "p_dropped", "boilerplate",
               "quotes", "framing", "attribution")


@dataclass(frozen=True)
class Piece:
    doc_start: int
    article: str
    start: int
    end: int
    offsets: OffsetMap


class DocMap:
    """Which document positions show which article characters (the only offset bridge)."""

    def __init__(self) -> None:
        self._pieces: list[Piece] = []
        self._by_article: dict[str, list[Piece]] = {}

    def add(self, doc_start: int, article: str, start: int, end: int, text: str) -> None:
        piece = Piece(doc_start, article, start, end, OffsetMap(text[start:end]))
        # pieces mostly arrive in order: append, and insert in place only when they do not
        if self._pieces and self._pieces[-1].doc_start > doc_start:
            insort(self._pieces, piece, key=lambda p: p.doc_start)
        else:
            self._pieces.append(piece)
        mine = self._by_article.setdefault(article, [])
        if mine and mine[-1].start > start:
            insort(mine, piece, key=lambda p: p.start)
        else:
            mine.append(piece)

    def articles(self) -> list[str]:
        return list(self._by_article)

    def pieces(self, article: str | None = None) -> list[Piece]:
        return list(self._pieces if article is None else self._by_article.get(article, []))

    def _from(self, article: str, offset: int) -> tuple[list[Piece], int]:
        """The article's pieces and the index of the first one that may hold ``offset``
        (pieces of one article do not overlap, so their ends are sorted like their starts)."""
        pieces = self._by_article.get(article, [])
        return pieces, bisect_left(pieces, offset, key=lambda p: p.end)

    def to_doc(self, article: str, offset: int) -> int | None:
        pieces, i = self._from(article, offset)
        if i < len(pieces):
            p = pieces[i]
            if p.start <= offset:
                return p.doc_start + p.offsets.to_qt(offset - p.start)
            return p.doc_start  # offset hidden (trimmed space): the next shown character
        return None

    def doc_ranges(self, article: str, start: int, end: int) -> list[tuple[int, int]]:
        ranges = []
        pieces, i = self._from(article, start)
        for k in range(max(0, i - 1), len(pieces)):
            p = pieces[k]
            if p.start >= end:
                break
            s, e = max(start, p.start), min(end, p.end)
            if s < e:
                ranges.append((p.doc_start + p.offsets.to_qt(s - p.start),
                               p.doc_start + p.offsets.to_qt(e - p.start)))
        return ranges

    def from_doc(self, pos: int) -> tuple[str, int] | None:
        i = bisect_right(self._pieces, pos, key=lambda p: p.doc_start) - 1
        if i < 0:
            return None
        p = self._pieces[i]
        offset = p.start + p.offsets.from_qt(pos - p.doc_start)
        if offset > p.end:
            return None
        return p.article, offset


def rtl_block_format(top: float = 0.0, bottom: float = 6.0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    fmt.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLineHeight(115.0, 1)  # 1 = QTextBlockFormat.LineHeightTypes.ProportionalHeight
    return fmt


def prepare_document(doc: QTextDocument, font: QFont) -> None:
    """Right-to-left paragraphs by default, in the Arabic font."""
    option = QTextOption(doc.defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(8)


def layer_format(mark: Mark) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if mark.layer == "shared":
        fmt.setBackground(blend_on_white(mark.color, 0.28))
    elif mark.layer == "boilerplate":
        fmt.setForeground(QColor("#8a8a8a"))
    elif mark.layer == "quotes":
        fmt.setForeground(QColor(QUOTE_COLOR))
    elif mark.layer == "framing":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(mark.color))
        fmt.setFontWeight(QFont.Weight.Bold)
    elif mark.layer == "p_shared":
        fmt.setBackground(blend_on_white(mark.color, 0.45))
    elif mark.layer == "p_changed":
        fmt.setBackground(blend_on_white(mark.color, 0.55))
    elif mark.layer == "p_added":
        fmt.setBackground(blend_on_white(mark.color, 0.35))
    elif mark.layer == "p_moved":  # copied, but placed elsewhere: its own colour, dashed underline
        fmt.setBackground(blend_on_white(mark.color, 0.22))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(QColor(mark.color))
    elif mark.layer in ("attribution", "p_dropped"):
        fmt.setForeground(QColor(DROPPED_COLOR))
        fmt.setFontStrikeOut(True)
        fmt.setBackground(blend_on_white(DROPPED_COLOR, 0.15))
    return fmt


def insert_spans(cursor: QTextCursor, marks: ArticleMarks, spans: tuple[Span, ...],
                 layers: set[str], docmap: DocMap, extra: list[Mark] = (),
                 block_format: QTextBlockFormat | None = None) -> None:
    """Insert each span as its own right-to-left block at ``cursor`` with the visible layers.

    Text goes in as runs that already carry their merged format (one insert per run). A sweep
    over mark boundaries keeps a count of the (layer, colour) pairs in force, so hundreds of
    overlapping marks (text shared with many outlets) cost no more than a few.
    """
    text = marks.article.text
    block_format = block_format or rtl_block_format()
    base = QTextCharFormat()
    order = {layer: i for i, layer in enumerate(LAYER_ORDER)}
    extra = [m for m in extra if m.layer in layers]
    cache: dict[tuple, QTextCharFormat] = {(): base}
    for i, (s, e) in enumerate(spans):
        if i:
            cursor.insertBlock(block_format, base)
        else:
            cursor.setBlockFormat(block_format)
        docmap.add(cursor.position(), marks.article.id, s, e, text)
        events: dict[int, list[tuple[int, tuple[str, str]]]] = {}
        near = [m for m in marks.overlapping(s, e) if m.layer in layers]
        for m in near + extra if extra else near:
            ms, me = max(m.start, s), min(m.end, e)
            if ms < me:
                key = (m.layer, m.color)
                events.setdefault(ms, []).append((1, key))
                events.setdefault(me, []).append((-1, key))
        points = sorted(set(events) | {s, e})
        counts: dict[tuple[str, str], int] = {}
        for a, b in zip(points, points[1:]):
            for delta, key in events.get(a, ()):
                counts[key] = counts.get(key, 0) + delta
            active = tuple(sorted((k for k, n in counts.items() if n > 0),
                                  key=lambda k: (order.get(k[0], 99), k[1])))
            fmt = cache.get(active)
            if fmt is None:
                fmt = QTextCharFormat(base)
                for layer, color in active:
                    fmt.merge(layer_format(Mark(0, 0, layer, color, "")))
                cache[active] = fmt
            cursor.insertText(display_text(text[a:b]), fmt)
