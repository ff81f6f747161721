"""Annotations panel: every coded span, filtered by code, outlet, author and text (ignoring
diacritics and hamza forms); double-click or Enter jumps to the span."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.store import Annotation

from desktop.ui.bidi import isolated

from desktop.ui.models.annotations_model import AnnotationFilter, AnnotationsModel

ALL = QT_TRANSLATE_NOOP("AnnotationsPanel", "(all)")


class AnnotationsPanel(QWidget):
    jumpRequested = Signal(object)  # Annotation
    editRequested = Signal(object)  # Annotation: code and memo
    adjustRequested = Signal(object)  # Annotation: span boundaries
    deleteRequested = Signal(object)  # Annotation

    def __init__(self, model: AnnotationsModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.model = model
        self.proxy = AnnotationFilter(self)
        self.proxy.setSourceModel(model)
        self.code_filter = QComboBox(self)
        self.code_filter.setAccessibleName(self.tr("Filter by code"))
        self.outlet_filter = QComboBox(self)
        self.outlet_filter.setAccessibleName(self.tr("Filter by outlet"))
        self.author_filter = QComboBox(self)
        self.author_filter.setAccessibleName(self.tr("Filter by author"))
        self.search = QLineEdit(self)
        self.search.setObjectName("annotationSearch")
        self.search.setPlaceholderText(
            self.tr("Search text and memos (ignores diacritics, hamza)…"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setObjectName("annotationsTable")
        self.table.setAccessibleName(self.tr("Annotations"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 4, 5):  # code, outlet, author, state: shown whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(3, 220)  # the memo: a preview; drag to widen, the tooltip has it all
        filters = QHBoxLayout()
        filters.addWidget(self.code_filter)
        filters.addWidget(self.outlet_filter)
        filters.addWidget(self.author_filter)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for label, key, signal in ((self.tr("Go to"), "Return", self.jumpRequested),
                                   (self.tr("Edit code/memo…"), "F2", self.editRequested),
                                   (self.tr("Adjust span…"), "Ctrl+B", self.adjustRequested),
                                   (self.tr("Delete"), "Del", self.deleteRequested)):
            action = QAction(label, self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, s=signal: self._emit(s))
            self.table.addAction(action)
            button = QPushButton(label, self)
            keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{label} ({keys})")
            button.clicked.connect(lambda _=False, s=signal: self._emit(s))
            buttons.addWidget(button)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.doubleClicked.connect(lambda _: self._emit(self.jumpRequested))
        self.code_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(code=self.code_filter.currentData()))
        self.outlet_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(outlet=self.outlet_filter.currentData()))
        self.author_filter.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(author=self.author_filter.currentData()))
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        model.modelReset.connect(self._refill_filters)

    def _refill_filters(self) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, str]], label: str) -> None:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(f"{label}: {self.tr(ALL)}", None)
            for text, data in items:
                combo.addItem(isolated(text), data)
            index = combo.findData(keep)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        m = self.model
        refill(self.code_filter, [(c.name, c.guid) for c in m.codes.values()], self.tr("Code"))
        refill(self.outlet_filter, [(o, o) for o in sorted(set(m.outlets.values()))],
               self.tr("Outlet"))
        refill(self.author_filter, [(a, a) for a in sorted({x.author for x in m.annotations})],
               self.tr("Author"))
        self.proxy.set_filter(code=self.code_filter.currentData(),
                              outlet=self.outlet_filter.currentData(),
                              author=self.author_filter.currentData())

    def set_code_filter(self, guid: str | None) -> None:
        index = self.code_filter.findData(guid)
        self.code_filter.setCurrentIndex(index if index >= 0 else 0)

    def visible_annotations(self) -> list[Annotation]:
        return [self.model.annotation(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def current(self) -> Annotation | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.annotation(self.proxy.mapToSource(index).row())

    def select(self, guid: str) -> bool:
        row = self.model.row_of(guid)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
        return index.isValid()

    def _emit(self, signal) -> None:
        annotation = self.current()
        if annotation is not None:
            signal.emit(annotation)
