"""Columns view: one column per chosen article, aligned passages on the same row.

Everything sits in one QTextDocument, one small table per row with the same column widths, so
rows line up whatever the text lengths and the columns scroll together; unmatched text leaves
shaded gaps in the other columns. Columns run right to left: the first chosen article is the
rightmost.
"""
from __future__ import annotations

import gc
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (QBrush, QColor, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFrameFormat, QTextLength, QTextTableFormat)
from shiboken6 import isValid
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.model import Analysis
from desktop.core.titles import display_title

from desktop.ui.sources_text import sources_html
from desktop.ui.views.article_text import ArticleTextView
from desktop.ui.background import in_background
from desktop.ui.bidi import isolated_html
from desktop.ui.elide import title_start
from desktop.ui.views.rows import Row, align_rows
from desktop.ui.spans import ArticleMarks
from desktop.ui.views.text_render import DocMap, insert_spans, prepare_document

ROWS_IN_BACKGROUND = 200_000  # characters shown: at least this many, rows are found off the UI thread
FIRST_STEP_BUDGET = 0.015  # seconds of rows built before the new document is shown
STEP_BUDGET = 0.01  # seconds of rows appended per event-loop turn afterwards
PAGE_ROWS = 300  # rows laid out at once (Qt's layout of many tables grows with their square)
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
        self.index = None  # {article id: ArticleIndex}, to find the pivot's links quickly
        self.page_start = 0  # index of the first row laid out (long alignments come in pages)
        self._generation = 0
        self._building = False
        self._after_render: list = []  # callbacks run once the current page is laid out
        self.header = QWidget(self)
        self.header.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._header_layout = QHBoxLayout(self.header)
        self._header_layout.setContentsMargins(8, 2, 8, 2)
        self.text = ArticleTextView(self)
        self.text.setAccessibleName(self.tr("Aligned columns"))
        # the row tables are as wide as the view; rounding their half-pixel borders can
        # overflow by a pixel at some widths, which is no reason for a scroll bar
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        self.pager = QWidget(self)
        self.pager.setObjectName("columnsPager")
        pager = QHBoxLayout(self.pager)
        pager.setContentsMargins(8, 2, 8, 2)
        self.previous_button = QPushButton(self.tr("◀ Earlier rows"), self.pager)
        self.next_button = QPushButton(self.tr("Later rows ▶"), self.pager)
        self.page_label = QLabel(self.pager)
        pager.addWidget(self.previous_button)
        pager.addStretch(1)
        pager.addWidget(self.page_label)
        pager.addStretch(1)
        pager.addWidget(self.next_button)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_start - PAGE_ROWS))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_start + PAGE_ROWS))
        self.pager.hide()
        layout.addWidget(self.pager)

    def set_data(self, analysis: Analysis | None, marks: dict[str, ArticleMarks],
                 outlet_colors: dict[str, str], layers: set[str]) -> None:
        """Show ``analysis``. The view keeps no state of its own beyond the chosen columns."""
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
        """Rebuild the table: one small table per row, all with the same column widths.

        The first rows go into a fresh document that replaces the old one at once; the rest
        are appended a few at a time between event-loop turns, so neither building nor
        laying out the text ever holds the window for long. ``rendered`` follows the last.
        """
        self._generation += 1
        generation = self._generation
        self._render_header()
        self.rows = []
        self.page_start = 0
        if not (self.analysis and self.columns):
            self._build(generation)
            return
        links = self.index[self.pivot].links if self.index and self.pivot in self.index \
            else None
        args = (self.analysis, list(self.columns), self.pivot, links)
        size = sum(len(self.analysis.article(aid).text) for aid in self.columns)
        if size < ROWS_IN_BACKGROUND:
            self.rows = align_rows(*args)
            self._build(generation)
            return

        def done(rows) -> None:
            if generation == self._generation and isValid(self):
                self.rows = rows
                self._build(generation)
        in_background(lambda: align_rows(*args), done, name="qarin-rows")

    def show_page(self, start: int, then=None) -> None:
        """Lay out the rows from ``start`` (rounded to a page); ``then()`` runs once they are."""
        start = max(0, min(start, len(self.rows) - 1)) // PAGE_ROWS * PAGE_ROWS
        if then is not None:
            self._after_render.append(then)
        if start == self.page_start and then is not None and not self._building:
            self._run_after_render()
            return
        self.page_start = start
        self._generation += 1
        self._build(self._generation, keep_scroll=False)

    def page_rows(self) -> list[Row]:
        """The rows laid out now (all of them unless the alignment is longer than a page)."""
        return self.rows[self.page_start:self.page_start + PAGE_ROWS]

    def row_of(self, article: str, offset: int) -> int:
        """Index in ``rows`` of the row showing ``offset`` of ``article`` (-1: none)."""
        if article not in self.columns:
            return -1
        c = self.columns.index(article)
        for i, row in enumerate(self.rows):
            if any(s <= offset < e for s, e in row.cells[c]):
                return i
        return -1

    def reveal(self, article: str, offset: int, then=None) -> bool:
        """Make sure the page holding ``offset`` of ``article`` is laid out, then ``then()``.
        False when no row shows that offset."""
        i = self.row_of(article, offset)
        if i < 0:
            return False
        if self.page_start <= i < self.page_start + PAGE_ROWS and not self._building:
            if then is not None:
                then()
            return True
        self.show_page(i, then)
        return True

    def _run_after_render(self) -> None:
        callbacks, self._after_render = self._after_render, []
        for callback in callbacks:
            callback()

    def _update_pager(self) -> None:
        many = len(self.rows) > PAGE_ROWS
        self.pager.setVisible(many)
        if many:
            last = min(len(self.rows), self.page_start + PAGE_ROWS)
            self.page_label.setText(self.tr("Rows %1–%2 of %3").replace(
                "%1", f"{self.page_start + 1:,}").replace("%2", f"{last:,}").replace(
                "%3", f"{len(self.rows):,}"))
            self.previous_button.setEnabled(self.page_start > 0)
            self.next_button.setEnabled(last < len(self.rows))

    def _build(self, generation: int, keep_scroll: bool = True) -> None:
        """Lay the current page of ``self.rows`` out in a new document, a few rows per
        event-loop turn."""
        self._building = True
        self._update_pager()
        rows = self.page_rows()
        bar = self.text.verticalScrollBar()
        keep = bar.value() if keep_scroll else 0
        doc = QTextDocument(self.text)
        prepare_document(doc, self._font)
        # lay the rows out at the view's width from the start (not unwrapped first)
        doc.setTextWidth(self.text.viewport().width())
        docmap = DocMap()
        table_format = self._table_format()
        separator = QTextBlockFormat()
        separator.setLineHeight(1.0, 2)  # 2 = QTextBlockFormat.LineHeightTypes.FixedHeight
        tiny = QTextCharFormat()
        tiny.setFontPointSize(1.0)
        state = {"row": 0}

        def add_rows(budget: float) -> None:
            started = time.monotonic()
            cursor = QTextCursor(doc)
            while state["row"] < len(rows) and time.monotonic() - started < budget:
                # one edit block per row: the layout updates once, not after every run
                cursor.beginEditBlock()
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.setBlockFormat(separator)
                cursor.setBlockCharFormat(tiny)
                table = cursor.insertTable(1, len(self.columns), table_format)
                self._fill_row(table, rows[state["row"]], docmap)
                cursor.endEditBlock()
                state["row"] += 1

        def more() -> None:
            if generation != self._generation or not isValid(doc):
                return  # a newer render replaced this document, or the view is gone
            add_rows(STEP_BUDGET)
            gc.freeze()  # the rows' offset maps stay: keep them out of full collections
            self.text._refresh_extra()
            self._settle_scroll_range(doc)
            if state["row"] < len(rows):
                QTimer.singleShot(0, more)
                return
            bar.setValue(keep)
            self._building = False
            self._run_after_render()
            self.rendered.emit()  # the view has its final rows, scroll range and viewport

        def first() -> None:
            if generation != self._generation or not isValid(doc):
                return
            add_rows(FIRST_STEP_BUDGET)
            self.text.docmap = docmap
            self.text.setDocument(doc)  # the old document, a child of the view, is deleted
            QTimer.singleShot(0, more)

        QTimer.singleShot(0, first)

    def _settle_scroll_range(self, doc: QTextDocument) -> None:
        """Give the scroll bars the document's current size now.

        The text layout reports size changes from a zero-time timer that it restarts on every
        edit; while rows are appended turn after turn that timer never gets to fire, so the
        scroll bars would keep the range (and a phantom horizontal bar) of an earlier state
        until after ``rendered``, and whatever scrolls or measures then would work on a
        viewport that is still changing. QTextEdit adjusts its scroll bars on this signal."""
        layout = doc.documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())

    def _table_format(self) -> QTextTableFormat:
        table_format = QTextTableFormat()
        table_format.setBorder(0.5)
        table_format.setBorderBrush(QBrush(QColor("#d0d0d0")))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setCellPadding(6)
        table_format.setCellSpacing(0)
        table_format.setMargin(0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        share = 100.0 / max(1, len(self.columns))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, share)] * len(self.columns))
        return table_format

    def _fill_row(self, table, row: Row, docmap: DocMap) -> None:
        """Fill cells in document order (right to left on screen: the first column is the
        rightmost), so positions recorded in ``docmap`` never shift afterwards."""
        last = len(self.columns) - 1
        for tc in range(len(self.columns)):
            c = last - tc
            spans = row.cells[c]
            cell = table.cellAt(0, tc)
            if not spans or not row.aligned:
                fmt = cell.format()
                fmt.setBackground(QColor(GAP_COLOR if not spans else UNMATCHED_COLOR))
                cell.setFormat(fmt)
            if spans:
                aid = self.columns[c]
                insert_spans(cell.firstCursorPosition(), self.marks[aid], spans,
                             self.text.layers, docmap)

    def scroll_to_row(self, index: int) -> bool:
        """Bring row ``index`` (of ``rows``) to the top of the view; a row on another page
        is brought there once that page is laid out."""
        if not 0 <= index < len(self.rows):
            return False
        if not self.page_start <= index < self.page_start + PAGE_ROWS:
            self.show_page(index, lambda: self.scroll_to_row(index))
            return True
        index -= self.page_start
        frames = self.text.document().rootFrame().childFrames()
        if not 0 <= index < len(frames):
            return False
        block = self.text.document().findBlock(frames[index].firstPosition())
        rect = self.text.document().documentLayout().blockBoundingRect(block)
        self.text.verticalScrollBar().setValue(int(rect.top()) - 4)
        return True

    def first_shared_row(self) -> int:
        """The first row where two or more columns show linked text (-1: none)."""
        return next((i for i, r in enumerate(self.rows)
                     if r.aligned and sum(1 for c in r.cells if c) > 1), -1)

    def table_cell(self, article: str, offset: int) -> tuple[int, int] | None:
        """(row, column on screen from the right) of the cell showing ``offset``."""
        pos = self.text.docmap.to_doc(article, offset)
        if pos is None:
            return None
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(pos)
        table = cursor.currentTable()
        if table is None:
            return None
        frames = self.text.document().rootFrame().childFrames()
        row = next(i for i, f in enumerate(frames) if f == table)
        return self.page_start + row, len(self.columns) - 1 - table.cellAt(pos).column()

    def _render_header(self) -> None:
        while self._header_layout.count():
            item = self._header_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not self.analysis:
            return
        # the scroll bar sits at the right edge in a left-to-right window, where the first
        # (rightmost) column starts, and at the left edge in a right-to-left one
        bar_width = self.text.verticalScrollBar().sizeHint().width()
        bar_first = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
        if bar_first:
            self._header_layout.addSpacing(bar_width)
        for aid in self.columns:
            art = self.analysis.article(aid)
            color = self.outlet_colors.get(art.outlet, "#888888")
            pivot = " · " + self.tr("pivot") if aid == self.pivot else ""
            date = f" · {isolated_html(art.date)}" if getattr(art, "date", None) else ""
            title = title_start(display_title(art), 7) or art.id
            label = QLabel(f"<b>{isolated_html(art.outlet)}</b>{date}{pivot}<br>"
                           f"<small>{isolated_html(title)}</small>", self.header)
            label.setObjectName(f"columnHeader:{aid}")
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            sources = sources_html(art)
            label.setToolTip(isolated_html(display_title(art) or art.path)
                             + f"<br><small>{isolated_html(art.id)}</small>"
                             + (f"<br>{sources}" if sources else ""))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet(f"border-top: 5px solid {color}; padding: 3px;")
            self._header_layout.addWidget(label, 1)
        if not bar_first:
            self._header_layout.addSpacing(bar_width)

    def header_texts(self) -> list[str]:
        out = []
        for i in range(self._header_layout.count()):
            w = self._header_layout.itemAt(i).widget()
            if isinstance(w, QLabel):
                out.append(w.text())
        return out
