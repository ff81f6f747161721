"""Reuse panel: the heat-map matrix; clicking a cell opens that pair."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop.ui.models.reuse_model import COPY_MARK, SOURCE_MARK, ReuseModel
from desktop.ui.panels.reuse_tools import ReuseFilterBar, strongest_share, top_pairs

FIT_ROWS = 40  # matrix rows up to which row heights follow their contents


class ReusePanel(QWidget):
    pairRequested = Signal(str, str)  # row article, column article

    def __init__(self, model: ReuseModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reusePanel")
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("reuseMatrix")
        self.table.setAccessibleName(self.tr("Text reuse matrix"))
        self.table.setModel(model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # articles run right to left like the columns view: the first column is the rightmost
        self.table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        model.modelReset.connect(self._fit)
        note = QLabel(self.tr(
            "Each cell: share of the <b>row</b> article's words found in the <b>column</b> "
            "article. “{source}”: the row article is the likely source of the column one; "
            "“{copy}”: it likely copied from it. Click a cell or press Enter to open the pair "
            "view.").format(source=model.tr(SOURCE_MARK), copy=model.tr(COPY_MARK)), self)
        note.setWordWrap(True)
        self.filters = ReuseFilterBar(self)
        self.filters.changed.connect(self.apply_filters)
        self.pairs = QListWidget(self)
        self.pairs.setObjectName("topPairs")
        self.pairs.setAccessibleName(self.tr("Pairs sharing most"))
        self.pairs.setToolTip(self.tr("The pairs that share most text; Enter or click opens "
                                      "the pair view"))
        self.pairs.setWordWrap(True)
        self.pairs.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.pairs.itemActivated.connect(self._open_item)
        self.pairs.itemClicked.connect(self._open_item)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel("<b>" + self.tr("Pairs sharing most") + "</b>", side))
        side_layout.addWidget(self.pairs, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        self.column_order: list[str] = []
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)

    def set_column_order(self, columns: list[str]) -> None:
        """The columns view's order, used while the matrix is ordered "as the columns"."""
        self.column_order = list(columns)
        if self.filters.chosen_sort() == "columns":
            self.model.set_order(self.column_order)

    def apply_filters(self) -> None:
        """Order the matrix, hide what is filtered out, refill the list of top pairs."""
        model = self.model
        if self.filters.chosen_sort() == "reuse":
            strength = {aid: strongest_share(model, r) for r, aid in enumerate(model.ids)}
            model.set_order(sorted(model.ids, key=lambda a: -strength[a]))
        else:
            model.set_order(self.column_order)
        self._hide_filtered()

    def _hide_filtered(self) -> None:
        model = self.model
        outlet = self.filters.chosen_outlet()
        threshold = self.filters.chosen_threshold()
        strong = [strongest_share(model, r) >= threshold if threshold > 0 else True
                  for r in range(len(model.ids))]
        for r in range(len(model.ids)):  # only changes: each one lays the header out again
            row_hidden = not strong[r] or bool(outlet and model.outlets[r] != outlet)
            if self.table.isRowHidden(r) != row_hidden:
                self.table.setRowHidden(r, row_hidden)
            if self.table.isColumnHidden(r) != (not strong[r]):
                self.table.setColumnHidden(r, not strong[r])
        self.pairs.clear()
        for pair in top_pairs(model, outlet, threshold):
            role = model.role_of(pair.row, pair.col)
            template = (self.tr("{share}: {row} is the likely source of {column}") if
                        role == "source" else
                        self.tr("{share}: {row} likely copied from {column}") if role == "copy"
                        else self.tr("{share}: {row} and {column}"))
            item = QListWidgetItem(template.format(share=f"{pair.share:.0%}",
                                                   row=model.labels[pair.row],
                                                   column=model.labels[pair.col]))
            item.setToolTip(f"{model.titles[pair.row]}\n{model.titles[pair.col]}")
            item.setData(Qt.ItemDataRole.UserRole, (model.ids[pair.row], model.ids[pair.col]))
            self.pairs.addItem(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.pairRequested.emit(*item.data(Qt.ItemDataRole.UserRole))

    def _fit(self) -> None:
        """Stretch a small matrix over the panel; give a large one fixed narrow columns."""
        self.filters.set_outlets(self.model.outlets)
        self._hide_filtered()
        header = self.table.horizontalHeader()
        if self.model.columnCount() <= 12:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(84)  # numbered headers; cells read "37% · copy"
            rows = self.table.verticalHeader()
            if self.model.rowCount() <= FIT_ROWS:
                rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            else:  # sizing to contents asks every cell of every row: seconds for 200 x 200
                rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
                rows.setDefaultSectionSize(2 * self.table.fontMetrics().height() + 8)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() != index.column():
            self.pairRequested.emit(self.model.ids[index.row()], self.model.ids[index.column()])
