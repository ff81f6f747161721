"""The band between the two panes of the pair view: one ribbon per aligned passage."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTextCursor
from PySide6.QtWidgets import QSizePolicy, QTextEdit, QWidget

from desktop.ui.style import tint

KIND_COLORS = {"copy": "#1565c0", "edited": "#6a1b9a", "shared": "#00897b"}


class LinkConnector(QWidget):
    """Draws ribbons from passages in ``right`` to passages in ``left`` (document positions)."""

    def __init__(self, right: QTextEdit, left: QTextEdit, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("linkConnector")
        self._right, self._left = right, left
        self._links: list[tuple[tuple[int, int], tuple[int, int], str, str]] = []
        self.setMinimumWidth(90)
        self.setMaximumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        for view in (right, left):
            view.verticalScrollBar().valueChanged.connect(self.update)

    def set_links(self, links: list[tuple[tuple[int, int], tuple[int, int], str, str]]) -> None:
        """``(right doc range, left doc range, kind, tooltip)`` per link."""
        self._links = list(links)
        self.update()

    def link_count(self) -> int:
        return len(self._links)

    def _y_range(self, view: QTextEdit, doc_range: tuple[int, int]) -> tuple[float, float]:
        cursor = QTextCursor(view.document())
        cursor.setPosition(min(doc_range[0], view.document().characterCount() - 1))
        top = view.cursorRect(cursor).top()
        cursor.setPosition(min(doc_range[1], view.document().characterCount() - 1))
        bottom = view.cursorRect(cursor).bottom()
        offset = view.viewport().mapTo(self.window(), view.viewport().rect().topLeft()).y() \
            - self.mapTo(self.window(), self.rect().topLeft()).y()
        return top + offset, max(bottom, top + 2) + offset

    def ribbons(self) -> list[tuple[float, float, float, float, str]]:
        """(right top, right bottom, left top, left bottom, kind) in this widget's coordinates."""
        out = []
        for r_range, l_range, kind, _ in self._links:
            r0, r1 = self._y_range(self._right, r_range)
            l0, l1 = self._y_range(self._left, l_range)
            out.append((r0, r1, l0, l1, kind))
        return out

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        painter.fillRect(self.rect(), QColor("#fafafa"))
        for r0, r1, l0, l1, kind in self.ribbons():
            if max(r0, l0) > h + 200 or min(r1, l1) < -200:
                continue
            color = QColor(KIND_COLORS.get(kind, "#607d8b"))
            path = QPainterPath(QPointF(w, r0))
            path.cubicTo(QPointF(w / 2, r0), QPointF(w / 2, l0), QPointF(0, l0))
            path.lineTo(QPointF(0, l1))
            path.cubicTo(QPointF(w / 2, l1), QPointF(w / 2, r1), QPointF(w, r1))
            path.closeSubpath()
            painter.fillPath(path, tint(color, 60))
            painter.setPen(QPen(tint(color, 170), 1.0))
            painter.drawPath(path)
        painter.setPen(QPen(QColor("#cfcfcf"), 1.0, Qt.PenStyle.SolidLine))
        painter.drawLine(0, 0, 0, int(h))
        painter.drawLine(int(w) - 1, 0, int(w) - 1, int(h))
        painter.end()
