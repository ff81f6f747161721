"""A read-only, selectable text view over one or more articles' text, with hover tooltips."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip

from desktop.ui.spans import ArticleMarks, Mark
from desktop.ui.style import OCCURRENCE_COLOR, tint
from desktop.ui.views.text_render import DocMap


class ArticleTextView(QTextEdit):
    """Shows article text laid out by a view; knows which position is which article offset."""

    selectionSpanChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setMouseTracking(True)
        self.docmap = DocMap()
        self.marks: dict[str, ArticleMarks] = {}
        self.layers: set[str] = set()
        self._annotations: dict[str, list[Mark]] = {}
        self._occurrences: list[tuple[str, int, int]] = []
        self._context_actions: list[QAction] = []
        self.selectionChanged.connect(self.selectionSpanChanged)

    # -- content -----------------------------------------------------------------------------
    def reset_map(self) -> DocMap:
        self.docmap = DocMap()
        return self.docmap

    def set_context_actions(self, actions: list[QAction]) -> None:
        self._context_actions = list(actions)

    # -- positions ---------------------------------------------------------------------------
    def span_at_point(self, point) -> tuple[str, int] | None:
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None  # past the end of the text
        return self.docmap.from_doc(cursor.position())

    def selection_span(self) -> tuple[str, int, int] | None:
        """The selected article span, if the selection lies inside one article."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        first = self.docmap.from_doc(cursor.selectionStart())
        last = self.docmap.from_doc(cursor.selectionEnd())
        if not first or not last or first[0] != last[0] or last[1] <= first[1]:
            return None
        return first[0], first[1], last[1]

    def select_span(self, article: str, start: int, end: int) -> bool:
        ranges = self.docmap.doc_ranges(article, start, end)
        if not ranges:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(ranges[0][0])
        cursor.setPosition(ranges[-1][1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def scroll_to(self, article: str, offset: int) -> bool:
        pos = self.docmap.to_doc(article, offset)
        if pos is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    # -- overlays (annotations, occurrences) -------------------------------------------------
    def set_annotations(self, by_article: dict[str, list[Mark]]) -> None:
        self._annotations = by_article
        self._refresh_extra()

    def set_occurrences(self, spans: list[tuple[str, int, int]]) -> int:
        """Mark every occurrence; returns how many are shown in this view."""
        self._occurrences = [s for s in spans if self.docmap.doc_ranges(*s)]
        self._refresh_extra()
        if self._occurrences:
            self.scroll_to(self._occurrences[0][0], self._occurrences[0][1])
        return len(self._occurrences)

    def occurrence_count(self) -> int:
        return len(self._occurrences)

    def _refresh_extra(self) -> None:
        extra = []
        if "annotations" in self.layers:
            for aid, marks in self._annotations.items():
                for m in marks:
                    fmt = QTextCharFormat()
                    fmt.setBackground(tint(m.color, 90))
                    extra += self._selections(aid, m.start, m.end, fmt)
        for aid, s, e in self._occurrences:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(OCCURRENCE_COLOR))
            fmt.setForeground(QColor("#000000"))
            extra += self._selections(aid, s, e, fmt)
        self.setExtraSelections(extra)

    def _selections(self, aid, start, end, fmt) -> list:
        out = []
        for ds, de in self.docmap.doc_ranges(aid, start, end):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(ds)
            cursor.setPosition(de, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            out.append(sel)
        return out

    # -- hover -------------------------------------------------------------------------------
    def tooltip_for(self, article: str, offset: int) -> str:
        parts = []
        am = self.marks.get(article)
        if am is not None:
            tip = am.tooltip(offset, self.layers)
            if tip:
                parts.append(tip)
        if "annotations" in self.layers:
            parts += [m.tip_text() for m in self._annotations.get(article, [])
                      if m.start <= offset < m.end]
        return "<hr>".join(parts)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            where = self.span_at_point(event.pos())
            tip = self.tooltip_for(*where) if where else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._context_actions:
            menu.addSeparator()
            for action in self._context_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()
