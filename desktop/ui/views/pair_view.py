"""Pair view: two articles side by side, ribbons between aligned passages, word-level marks.

The likely source sits on the right (read first in Arabic), the copy on the left. Scrolling
one pane brings the other to the passage aligned with the top of it.
"""
from __future__ import annotations

import gc
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from shiboken6 import isValid
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from desktop.core.model import Analysis, PairStats

from desktop.ui.views.article_text import ArticleTextView
from desktop.ui.background import in_background
from desktop.ui.bidi import article_label, isolated_html
from desktop.ui.views.connector import LinkConnector
from desktop.ui.views.rows import display_spans
from desktop.ui.spans import PAIR_LAYERS, ArticleMarks, pair_marks
from desktop.ui.views.text_render import insert_spans, prepare_document


PAIR_IN_STEPS = 200_000  # characters in the two panes: from this many, laid out in steps
STEP_BUDGET = 0.01  # seconds of paragraphs appended per event-loop turn
STEP_SPANS = 2  # paragraphs appended to one pane at a time


class PairView(QWidget):
    pairChanged = Signal(str, str)
    rendered = Signal()  # both panes hold their whole texts

    def __init__(self, font, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pairView")
        self._font = font
        self.analysis: Analysis | None = None
        self.marks: dict[str, ArticleMarks] = {}
        self.layers: set[str] = set()
        self.right_id: str | None = None
        self.left_id: str | None = None
        self._syncing = False
        self._generation = 0
        self.rendering = False  # True while a long pair is being laid out in steps
        self.marks_provider = None  # callable(set of ids) -> {id: ArticleMarks}
        self.index = None  # {article id: ArticleIndex}
        self.right_combo = QComboBox(self)
        self.right_combo.setAccessibleName(self.tr("Right article (source)"))
        self.left_combo = QComboBox(self)
        self.left_combo.setAccessibleName(self.tr("Left article"))
        self.swap_button = QPushButton(self.tr("⇄ Swap"), self)
        self.swap_button.setToolTip(self.tr("Swap the two articles (Ctrl+Shift+X)"))
        self.swap_button.setShortcut("Ctrl+Shift+X")
        self.stats = QLabel(self)
        self.stats.setObjectName("pairStats")
        self.stats.setWordWrap(True)
        self.right = ArticleTextView(self)
        self.right.setAccessibleName(self.tr("Right article text"))
        self.left = ArticleTextView(self)
        self.left.setAccessibleName(self.tr("Left article text"))
        self.connector = LinkConnector(self.right, self.left, self)
        # the source stays on the right in both layout directions: a right-to-left window
        # places the first item of a row on the right
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        top = QHBoxLayout()
        left_items = [(QLabel(self.tr("Left:"), self), 0), (self.left_combo, 1)]
        right_items = [(QLabel(self.tr("Right:"), self), 0), (self.right_combo, 1)]
        top_items = (right_items + [(self.swap_button, 0)] + left_items if rtl
                     else left_items + [(self.swap_button, 0)] + right_items)
        for widget, stretch in top_items:  # each label before (in reading order) its box
            top.addWidget(widget, stretch)
        body = QHBoxLayout()
        body.setSpacing(0)
        body_items = [(self.left, 1), (self.connector, 0), (self.right, 1)]
        for widget, stretch in (reversed(body_items) if rtl else body_items):
            body.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stats)
        layout.addLayout(body, 1)
        self.right_combo.activated.connect(self._combo_changed)
        self.left_combo.activated.connect(self._combo_changed)
        self.swap_button.clicked.connect(self.swap)
        self.right.verticalScrollBar().valueChanged.connect(lambda: self._sync(self.right))
        self.left.verticalScrollBar().valueChanged.connect(lambda: self._sync(self.left))

    # -- data --------------------------------------------------------------------------------
    def set_data(self, analysis: Analysis | None, marks: dict[str, ArticleMarks],
                 layers: set[str]) -> None:
        self.analysis = analysis
        self.marks = marks
        self.layers = set(layers)
        ids = [a.id for a in analysis.articles] if analysis else []
        for combo in (self.right_combo, self.left_combo):
            combo.blockSignals(True)
            combo.clear()
            for art in analysis.articles if analysis else ():
                combo.addItem(article_label(art), art.id)
            combo.blockSignals(False)
        if self.right_id not in ids or self.left_id not in ids:
            self.right_id, self.left_id = self._default_pair()
        self.render()

    def set_layers(self, layers: set[str]) -> None:
        self.layers = set(layers)
        self.render()

    def _default_pair(self) -> tuple[str | None, str | None]:
        if not self.analysis or len(self.analysis.articles) < 2:
            return None, None
        best = max(self.analysis.pairs, key=lambda p: max(p.a_in_b, p.b_in_a), default=None)
        if best is None:
            return self.analysis.articles[0].id, self.analysis.articles[1].id
        return self._oriented(best.a, best.b)

    def _oriented(self, a: str, b: str) -> tuple[str, str]:
        """(source, copy) when the direction is known, else (a, b)."""
        stats = self.pair_stats(a, b)
        if stats and stats.direction != "unknown":
            src = stats.a if stats.direction == "a->b" else stats.b
            return (src, b if src == a else a)
        return a, b

    def pair_stats(self, a: str, b: str) -> PairStats | None:
        for p in self.analysis.pairs if self.analysis else ():
            if {p.a, p.b} == {a, b}:
                return p
        return None

    def set_pair(self, a: str, b: str, orient: bool = True) -> None:
        self.right_id, self.left_id = self._oriented(a, b) if orient else (a, b)
        self.render()
        self.pairChanged.emit(self.right_id, self.left_id)

    def swap(self) -> None:
        if self.right_id and self.left_id:
            self.set_pair(self.left_id, self.right_id, orient=False)

    def _combo_changed(self) -> None:
        right, left = self.right_combo.currentData(), self.left_combo.currentData()
        if right and left and right != left:
            self.set_pair(right, left, orient=False)

    # -- drawing -----------------------------------------------------------------------------
    def render(self) -> None:
        for combo, aid in ((self.right_combo, self.right_id), (self.left_combo, self.left_id)):
            index = combo.findData(aid)
            if index >= 0:
                combo.setCurrentIndex(index)
        self._generation += 1  # a pair still being laid out in steps stops here
        if not self.analysis or not self.right_id or not self.left_id:
            for view in (self.right, self.left):
                view.reset_map()
                view.setDocument(QTextDocument(view))
            self.connector.set_links([])
            self.stats.setText(self.tr("Load at least two articles to compare a pair."))
            return
        if self.marks_provider is not None:
            self.marks = self.marks_provider({self.right_id, self.left_id})
        extra = pair_marks(self.analysis, self.right_id, self.left_id, self.index)
        visible = set(self.layers) - {"shared"}
        if "shared" in self.layers:
            visible |= set(PAIR_LAYERS)
        generation = self._generation
        parts = []
        for view, aid in ((self.right, self.right_id), (self.left, self.left_id)):
            am = self.marks.get(aid) or ArticleMarks(self.analysis.article(aid))
            shown = ArticleMarks(am.article,
                                 [m for m in am.marks if m.layer != "shared"] + extra[aid],
                                 am.links)
            view.marks = {aid: shown}
            view.layers = visible
            docmap = view.reset_map()
            doc = QTextDocument(view)
            prepare_document(doc, self._font)
            text = am.article.text
            spans = display_spans(text, [(0, len(text))])
            parts.append([view, doc, shown, spans, docmap, 0])
        if sum(len(p[2].article.text) for p in parts) < PAIR_IN_STEPS:
            for view, doc, shown, spans, docmap, _ in parts:
                cursor = QTextCursor(doc)
                cursor.beginEditBlock()
                insert_spans(cursor, shown, spans, visible, docmap)
                cursor.endEditBlock()
                view.setDocument(doc)
                view._refresh_extra()
            self._finish_render()
            return
        self.rendering = True
        for view, doc, *_ in parts:
            doc.setTextWidth(view.viewport().width())
            view.setDocument(doc)

        def step() -> None:
            """Append paragraphs to both panes for a few milliseconds, then yield."""
            if generation != self._generation or not all(isValid(p[1]) for p in parts):
                return  # a newer pair, or the view is gone
            started = time.monotonic()
            while True:  # at least one batch per turn, more while the budget lasts
                pending = [p for p in parts if p[5] < len(p[3])]
                if not pending:
                    break
                part = min(pending, key=lambda p: p[5])  # both panes advance together
                view, doc, shown, spans, docmap, done = part
                cursor = QTextCursor(doc)
                cursor.movePosition(QTextCursor.MoveOperation.End)
                cursor.beginEditBlock()
                if done:
                    cursor.insertBlock()
                insert_spans(cursor, shown, spans[done:done + STEP_SPANS], visible, docmap)
                cursor.endEditBlock()
                part[5] = done + STEP_SPANS
                if time.monotonic() - started >= STEP_BUDGET:
                    break
            gc.freeze()  # the pieces' offset maps stay: keep them out of full collections
            if any(p[5] < len(p[3]) for p in parts):
                QTimer.singleShot(0, step)
                return
            for view, *_ in parts:
                view._refresh_extra()
            self.rendering = False
            self._finish_render()

        def start(_=None) -> None:
            if generation == self._generation:
                step()
        # the marks' lookup index of a long article is built on a worker, then the steps run
        in_background(lambda: [p[2]._index() for p in parts], start, start,
                      name="qarin-pair-marks")

    def _finish_render(self) -> None:
        """Ribbons, statistics and pane alignment once both texts are in."""
        links = []
        idx = self.index.get(self.right_id) if self.index else None
        for link in idx.links if idx else self.analysis.links:
            if {link.a, link.b} != {self.right_id, self.left_id}:
                continue
            r_span, l_span = ((link.a_span, link.b_span) if link.a == self.right_id
                              else (link.b_span, link.a_span))
            r = self.right.docmap.doc_ranges(self.right_id, *r_span)
            l_ = self.left.docmap.doc_ranges(self.left_id, *l_span)
            if r and l_:
                links.append(((r[0][0], r[-1][1]), (l_[0][0], l_[-1][1]), link.kind,
                              f"{link.kind} {link.score:.2f}"))
        links.sort()
        self.connector.set_links(links)
        self.stats.setText(self._stats_text())
        QTimer.singleShot(0, self.align_panes)
        self.rendered.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.align_panes)

    def align_panes(self) -> None:
        """Scroll the left pane so the passage linked to the right pane's top lines up."""
        if isValid(self.right) and isValid(self.left):
            self._sync(self.right)

    def _stats_text(self) -> str:
        right = self.analysis.article(self.right_id)
        left = self.analysis.article(self.left_id)
        p = self.pair_stats(self.right_id, self.left_id)
        if p is None:
            return ""
        r_in_l = p.a_in_b if p.a == self.right_id else p.b_in_a
        l_in_r = p.b_in_a if p.a == self.right_id else p.a_in_b
        if p.direction == "unknown":
            direction = self.tr("direction unknown")
        else:
            src = p.a if p.direction == "a->b" else p.b
            dst = p.b if src == p.a else p.a
            direction = self.tr("likely direction: {source} → {copy}").format(
                source=f"<b>{isolated_html(self.analysis.article(src).outlet)}</b>",
                copy=f"<b>{isolated_html(self.analysis.article(dst).outlet)}</b>")
        return " · ".join([
            self.tr("{right} (right): {share} of its words appear in the left article").format(
                right=f"<b>{isolated_html(right.outlet)}</b>", share=f"{r_in_l:.0%}"),
            self.tr("{left} (left): {share} appear in the right").format(
                left=f"<b>{isolated_html(left.outlet)}</b>", share=f"{l_in_r:.0%}"),
            direction,
            self.tr("%n aligned passage(s)", "", self.connector.link_count())])

    def _sync(self, source: ArticleTextView) -> None:
        """Bring the other pane to the passage linked to the top of ``source``."""
        if self._syncing or not self.connector.link_count():
            return
        other = self.left if source is self.right else self.right
        top_pos = source.cursorForPosition(source.viewport().rect().topLeft()).position()
        best = None
        for r_range, l_range, _, _ in self.connector._links:
            mine, theirs = (r_range, l_range) if source is self.right else (l_range, r_range)
            if mine[1] >= top_pos:
                best = (mine, theirs)
                break
        if best is None:
            return
        mine, theirs = best
        cursor = QTextCursor(source.document())
        cursor.setPosition(mine[0])
        y_mine = source.cursorRect(cursor).top()
        cursor = QTextCursor(other.document())
        cursor.setPosition(theirs[0])
        y_theirs = other.cursorRect(cursor).top()
        self._syncing = True
        try:
            bar = other.verticalScrollBar()
            bar.setValue(bar.value() + int(y_theirs - y_mine))
        finally:
            self._syncing = False
        self.connector.update()
