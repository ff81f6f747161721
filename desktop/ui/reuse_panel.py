"""Reuse panel: the heat-map matrix; clicking a cell opens that pair."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, \
    QWidget

from .reuse_model import COPY_MARK, SOURCE_MARK, ReuseModel


class ReusePanel(QWidget):
    pairRequested = Signal(str, str)  # row article, column article

    def __init__(self, model: ReuseModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reusePanel")
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("reuseMatrix")
        self.table.setAccessibleName("Text reuse matrix")
        self.table.setModel(model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        model.modelReset.connect(self._fit)
        note = QLabel(f"Each cell: share of the <b>row</b> article's words found in the "
                      f"<b>column</b> article. “{SOURCE_MARK[2:]}”: the row article is the likely "
                      f"source of the column one; “{COPY_MARK[2:]}”: it likely copied from it. "
                      "Click a cell or press Enter to open the pair view.", self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)

    def _fit(self) -> None:
        """Stretch a small matrix over the panel; give a large one fixed narrow columns."""
        header = self.table.horizontalHeader()
        if self.model.columnCount() <= 12:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(84)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() != index.column():
            self.pairRequested.emit(self.model.ids[index.row()], self.model.ids[index.column()])
