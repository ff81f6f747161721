"""The corpus window: stories (sortable, searchable), the outlet network as a graph and as a
matrix, and the substitution table of a corpus store; opening a story makes it a comparison project.

The window takes plain rows (``CorpusData``) read from the store; ``open_story`` is the
callback that turns a story into a project (the main window's, by default).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from desktop.ui.views.corpus_graph import OutletGraph


@dataclass
class CorpusData:
    path: str
    counts: dict
    stories: list[dict]
    network: list[dict]
    substitutions: list[dict]

    @classmethod
    def load(cls, store) -> "CorpusData":
        return cls(str(store.path), store.counts(), store.stories(), store.network(), store.substitutions())


def _item(value, sort_value=None) -> QStandardItem:
    item = QStandardItem("" if value is None else str(value))
    item.setEditable(False)
    item.setData(value if sort_value is None else sort_value, Qt.ItemDataRole.UserRole)
    return item


class _Table(QWidget):
    """A table over rows with a search box; sorting by any column."""

    def __init__(self, headers: list[str], rows: list[list], parent=None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        for row in rows:
            self.model.appendRow([_item(v) for v in row])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)

    def source_row(self, proxy_row: int) -> int:
        return self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()

    def current_source_row(self) -> int | None:
        index = self.view.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else None


class CorpusWindow(QWidget):
    def __init__(self, data: CorpusData, open_story: Callable[[dict], None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.data = data
        self.open_story_callback = open_story
        self.setWindowTitle(self.tr("Qarin corpus — %1").replace("%1", data.path))
        c = data.counts
        summary = QLabel(self.tr("%1 articles, %2 reuse pairs, %3 stories").replace("%1", str(c.get("articles", 0)))
                         .replace("%2", str(c.get("reuse_pairs", c.get("pairs", 0)))).replace("%3", str(c.get("stories", 0))), self)
        self.tabs = QTabWidget(self)
        self.stories = _Table(
            [self.tr("Size"), self.tr("First publisher"), self.tr("First date"), self.tr("Last date"),
             self.tr("Outlets"), self.tr("Title")],
            [[s["size"], s["first_outlet"], s["first_date"] or "", s["last_date"] or "", ", ".join(s["outlets"]),
              s["title"] or ""] for s in data.stories], self)
        self.stories.search.setPlaceholderText(self.tr("Search stories (outlet, title, date)"))
        self.stories.view.doubleClicked.connect(lambda index: self.open_story(self.stories.source_row(index.row())))
        self.open_button = QPushButton(self.tr("Open as comparison project"), self)
        self.open_button.clicked.connect(self._open_current)
        story_tab = QWidget(self)
        lay = QVBoxLayout(story_tab)
        lay.addWidget(self.stories)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        lay.addLayout(row)
        self.tabs.addTab(story_tab, self.tr("Stories"))
        self.graph = OutletGraph(data.network, self)
        self.tabs.addTab(self.graph, self.tr("Outlet network"))
        self.network = self._network_matrix(data.network)
        self.tabs.addTab(self.network, self.tr("Outlet matrix"))
        self.substitutions = _Table(
            [self.tr("Count"), self.tr("Source wording"), self.tr("Copy wording"), self.tr("Category"),
             self.tr("Outlets (source → copy)")],
            [[s["count"], s["from"], s["to"], s["category"] or "",
              ", ".join(f"{o['from']} → {o['to']}: {o['count']}" for o in s["outlets"][:4])]
             for s in data.substitutions], self)
        self.substitutions.search.setPlaceholderText(self.tr("Search substitutions"))
        self.tabs.addTab(self.substitutions, self.tr("Substitutions"))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tabs)
        self.resize(1100, 700)

    def _network_matrix(self, network: list[dict]) -> QTableWidget:
        outlets = sorted({n["from"] for n in network} | {n["to"] for n in network})
        table = QTableWidget(len(outlets), len(outlets), self)
        table.setHorizontalHeaderLabels(outlets)
        table.setVerticalHeaderLabels(outlets)
        table.setToolTip(self.tr("Rows: source outlet; columns: outlet reusing it. "
                                 "Cell: articles reusing (uncredited pairs)."))
        at = {o: i for i, o in enumerate(outlets)}
        for n in network:
            lag = n["median_lag_hours"]
            item = QTableWidgetItem(f"{n['articles']} ({n['uncredited']})")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(self.tr("%1 → %2: %3 articles, %4 pairs, %5 credited, %6 uncredited, median lag %7 h")
                            .replace("%1", n["from"]).replace("%2", n["to"]).replace("%3", str(n["articles"]))
                            .replace("%4", str(n["pairs"])).replace("%5", str(n["credited"]))
                            .replace("%6", str(n["uncredited"])).replace("%7", "?" if lag is None else f"{lag:.1f}"))
            table.setItem(at[n["from"]], at[n["to"]], item)
        return table

    def _open_current(self) -> None:
        row = self.stories.current_source_row()
        if row is not None:
            self.open_story(row)

    def open_story(self, row: int) -> None:
        if self.open_story_callback is not None and 0 <= row < len(self.data.stories):
            self.open_story_callback(self.data.stories[row])
