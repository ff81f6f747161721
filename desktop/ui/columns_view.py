"""Columns view: one column per chosen article, aligned passages on the same row.

Everything sits in one QTextDocument table, so rows line up whatever the text lengths and the
columns scroll together; unmatched text leaves shaded gaps in the other columns. Columns run
right to left: the first chosen article (by default the pivot) is the rightmost.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextDocument, QTextFrameFormat, QTextLength, \
    QTextTableFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.model import Analysis

from .article_text import ArticleTextView
from .rows import Row, align_rows
from .spans import ArticleMarks
from .text_render import insert_spans, prepare_document

GAP_COLOR = "#eeeeee"
UNMATCHED_COLOR = "#fbfbf4"


class ColumnsView(QWidget):
    rendered = Signal()

    def __init__(self, font, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("columnsView")
        self._font = font
        self.analysis: Analysis | None = None
        self.marks: dict[str, ArticleMarks] = {}
        self.outlet_colors: dict[str, str] = {}
        self.columns: list[str] = []
        self.pivot: str | None = None
        self.rows: list[Row] = []
        self.header = QWidget(self)
        self.header.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._header_layout = QHBoxLayout(self.header)
        self._header_layout.setContentsMargins(8, 2, 8, 2)
        self.text = ArticleTextView(self)
        self.text.setAccessibleName("Aligned columns")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)

    def set_data(self, analysis: Analysis | None, marks: dict[str, ArticleMarks],
                 outlet_colors: dict[str, str], layers: set[str]) -> None:
        self.analysis = analysis
        self.marks = marks
        self.outlet_colors = outlet_colors
        self.text.marks = marks
        self.text.layers = set(layers)
        known = {a.id for a in analysis.articles} if analysis else set()
        self.columns = [c for c in self.columns if c in known]
        if self.pivot not in self.columns:
            self.pivot = self.columns[0] if self.columns else None
        self.render()

    def set_columns(self, columns: list[str], pivot: str | None) -> None:
        self.columns = list(columns)
        self.pivot = pivot if pivot in columns else (columns[0] if columns else None)
        self.render()

    def set_layers(self, layers: set[str]) -> None:
        self.text.layers = set(layers)
        self.render()

    def render(self) -> None:
        bar = self.text.verticalScrollBar()
        keep = bar.value()
        self._render_header()
        docmap = self.text.reset_map()
        doc = QTextDocument(self.text)
        prepare_document(doc, self._font)
        self.rows = []
        if self.analysis and self.columns:
            self.rows = align_rows(self.analysis, self.columns, self.pivot)
        if self.rows:
            table_format = QTextTableFormat()
            table_format.setBorder(0.5)
            table_format.setBorderBrush(QBrush(QColor("#d0d0d0")))
            table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            table_format.setCellPadding(6)
            table_format.setCellSpacing(0)
            table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
            share = 100.0 / len(self.columns)
            table_format.setColumnWidthConstraints(
                [QTextLength(QTextLength.Type.PercentageLength, share)] * len(self.columns))
            cursor = doc.rootFrame().firstCursorPosition()
            table = cursor.insertTable(len(self.rows), len(self.columns), table_format)
            last = len(self.columns) - 1
            # fill cells in document order, so recorded positions never shift afterwards
            for r, row in enumerate(self.rows):
                for tc in range(len(self.columns)):
                    c = last - tc  # the first column is the rightmost
                    spans = row.cells[c]
                    cell = table.cellAt(r, tc)
                    if not spans:
                        fmt = cell.format()
                        fmt.setBackground(QColor(GAP_COLOR))
                        cell.setFormat(fmt)
                        continue
                    if not row.aligned:
                        fmt = cell.format()
                        fmt.setBackground(QColor(UNMATCHED_COLOR))
                        cell.setFormat(fmt)
                    aid = self.columns[c]
                    insert_spans(cell.firstCursorPosition(), self.marks[aid], spans,
                                 self.text.layers, docmap)
        self.text.setDocument(doc)
        self.text._refresh_extra()
        bar.setValue(keep)
        self.rendered.emit()

    def _render_header(self) -> None:
        while self._header_layout.count():
            item = self._header_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not self.analysis:
            return
        # the scroll bar sits at the right edge, where the first (rightmost) column starts
        self._header_layout.addSpacing(self.text.verticalScrollBar().sizeHint().width())
        for aid in self.columns:
            art = self.analysis.article(aid)
            color = self.outlet_colors.get(art.outlet, "#888888")
            pivot = " · pivot" if aid == self.pivot else ""
            label = QLabel(f"<b>{art.outlet}</b>{pivot}<br><small>{art.id}</small>", self.header)
            label.setObjectName(f"columnHeader:{aid}")
            label.setToolTip(art.title or art.path)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet(f"border-top: 5px solid {color}; padding: 3px;")
            self._header_layout.addWidget(label, 1)

    def header_texts(self) -> list[str]:
        out = []
        for i in range(self._header_layout.count()):
            w = self._header_layout.itemAt(i).widget()
            if isinstance(w, QLabel):
                out.append(w.text())
        return out
