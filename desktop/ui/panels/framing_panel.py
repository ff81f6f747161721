"""Framing panel: categories x outlets table, the terms of the chosen cell, substitutions."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop.ui.models.framing_model import FramingModel, TermCount
from desktop.ui.models.substitutions_model import SubstitutionsModel

CELL_MARGIN = 3


class FramingPanel(QWidget):
    termActivated = Signal(str)  # the lexicon term: select every occurrence
    substitutionActivated = Signal(object)  # a Change: show it in the pair view

    def __init__(self, model: FramingModel, substitutions: SubstitutionsModel,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("framingPanel")
        self.model = model
        self.substitutions = substitutions
        self.table = QTableView(self)
        self.table.setObjectName("framingTable")
        self.table.setAccessibleName(self.tr("Framing terms by category and outlet"))
        self.table.setModel(model)
        self.table.setWordWrap(False)  # one term per line: clicks map to lines
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # terms are never cut: see _fit
        self.table.viewport().installEventFilter(self)
        # outlets run right to left like the columns view: the first column is the rightmost
        self.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.terms = QListWidget(self)
        self.terms.setObjectName("cellTerms")
        self.terms.setAccessibleName(self.tr("Terms in the selected cell"))
        self.terms.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.subs = QTableView(self)
        self.subs.setObjectName("substitutions")
        self.subs.setAccessibleName(self.tr("Substitutions found in copies"))
        self.subs.setModel(substitutions)
        self.subs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subs.horizontalHeader().setStretchLastSection(True)
        self.subs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr(
            "<b>Framing vocabulary</b> — each term with its count in the outlet's own voice / "
            "inside quotations; click a term to select every occurrence"), top))
        top_layout.addWidget(self.table, 5)
        top_layout.addWidget(self.terms, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr(
            "<b>Substitutions in copies</b> — X here, Y there (Enter or double-click: open the "
            "pair)"), bottom))
        bottom_layout.addWidget(self.subs)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._press_y: int | None = None
        self.table.selectionModel().currentChanged.connect(self._cell_changed)
        self.table.clicked.connect(self._cell_clicked)
        self.terms.itemActivated.connect(self._term_item)
        self.terms.itemClicked.connect(self._term_item)
        self.subs.activated.connect(self._sub_activated)
        self.subs.doubleClicked.connect(self._sub_activated)
        model.modelReset.connect(self._after_reset)

    def _after_reset(self) -> None:
        self.terms.clear()
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        """Share the width out when every column's longest term fits; otherwise give each
        column its longest term and let the table scroll sideways."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        needed = sum(header.sectionSize(i) for i in range(header.count()))
        if needed <= self.table.viewport().width():
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self._press_y = int(event.position().y())
        return super().eventFilter(obj, event)

    def term_at(self, index: QModelIndex, y: int) -> TermCount | None:
        """The term drawn at height ``y`` (viewport coordinates) inside cell ``index``."""
        terms = self.model.terms(index)
        if not terms:
            return None
        rect = self.table.visualRect(index)
        line = self.table.fontMetrics().lineSpacing()
        k = (y - rect.top() - CELL_MARGIN) // max(1, line)
        return terms[k] if 0 <= k < len(terms) else None

    def _cell_changed(self, index: QModelIndex, _prev=None) -> None:
        self.terms.clear()
        for t in self.model.terms(index):
            text = f"{t.term}\u200f — " + self.tr(
                "{own} own voice, {quoted} quoted").format(own=t.own, quoted=t.quoted)
            if t.distanced:
                text += self.tr(", {n} distanced").format(n=t.distanced)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, t.term)
            self.terms.addItem(item)

    def _cell_clicked(self, index: QModelIndex) -> None:
        if self._press_y is None:
            return
        term = self.term_at(index, self._press_y)
        self._press_y = None
        if term is not None:
            self.termActivated.emit(term.term)

    def _term_item(self, item: QListWidgetItem) -> None:
        self.termActivated.emit(item.data(Qt.ItemDataRole.UserRole))

    def _sub_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.substitutionActivated.emit(self.substitutions.change(index.row()))
