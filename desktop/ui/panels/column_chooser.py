"""Which articles the columns view shows, in which order, and which one is the pivot."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.core.model import Article
from desktop.core.titles import display_title

from desktop.ui.bidi import article_label, isolated
from desktop.ui.elide import elide_end

DEFAULT_COLUMNS = 5


def default_columns(articles: list[Article], limit: int = DEFAULT_COLUMNS,
                    weight=None) -> list[str]:
    """One article per outlet, up to ``limit`` columns. With ``weight(a, b)`` (how much two
    articles share), the best connected article leads and the others follow by how much they
    share with it; without, the first article of each outlet in order."""
    seen: set[str] = set()
    chosen = []
    for art in articles:
        if art.outlet not in seen:
            seen.add(art.outlet)
            chosen.append(art.id)
    if weight is not None and len(chosen) > 1:
        lead = max(chosen, key=lambda a: (sum(weight(a, b) for b in chosen if b != a), a))
        rest = sorted((c for c in chosen if c != lead), key=lambda b: -weight(lead, b))
        chosen = [lead] + rest
    return chosen[:limit]


class ColumnChooser(QWidget):
    columnsChanged = Signal(object, object)  # list[str] in order, pivot id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("columnChooser")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Columns to show"))
        self.list.setToolTip(self.tr("Space: show/hide · Alt+Up/Alt+Down: move · order is right "
                                     "to left: the first is the rightmost column"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)  # labels come cut at their end
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.pivot = QComboBox(self)
        self.pivot.setAccessibleName(self.tr("Pivot article"))
        self.pivot.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pivot.setMinimumContentsLength(12)
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        pivot_row = QHBoxLayout()
        label = QLabel(self.tr("&Pivot:"), self)
        label.setBuddy(self.pivot)
        pivot_row.addWidget(label)
        pivot_row.addWidget(self.pivot, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(pivot_row)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.up.clicked.connect(lambda: self.move(-1))  # up: towards the rightmost column
        self.down.clicked.connect(lambda: self.move(1))
        QShortcut(QKeySequence("Alt+Up"), self.list, lambda: self.move(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Alt+Down"), self.list, lambda: self.move(1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.list.itemChanged.connect(self._changed)
        self.list.model().rowsMoved.connect(self._changed)
        self.pivot.activated.connect(self._pivot_chosen)
        self._updating = False
        self._articles: dict[str, Article] = {}

    def resizeEvent(self, event) -> None:
        """Labels are cut to the width: cut them again when it changes."""
        super().resizeEvent(event)
        if event.oldSize().width() == event.size().width() or self._updating:
            return
        self._updating = True
        for i in range(self.list.count()):
            item = self.list.item(i)
            art = self._articles.get(item.data(Qt.ItemDataRole.UserRole))
            if art is not None:
                item.setText(self._label(art, self.list.viewport()))
        for i in range(self.pivot.count()):
            self.pivot.setItemText(i, self._pivot_label(self.pivot.itemData(i)))
        self._updating = False

    def set_articles(self, articles: list[Article], chosen: list[str] | None = None,
                     pivot: str | None = None, weight=None) -> None:
        self._updating = True
        if chosen is None:
            chosen = default_columns(articles, weight=weight)
            pivot = pivot or (chosen[0] if chosen else None)
        by_id = {a.id: a for a in articles}
        self._articles = by_id
        ordered = [by_id[c] for c in chosen if c in by_id] + \
            [a for a in articles if a.id not in chosen]
        self.list.clear()
        for art in ordered:
            item = QListWidgetItem(self._label(art, self.list.viewport()))
            item.setToolTip(article_label(art))
            item.setData(Qt.ItemDataRole.UserRole, art.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if art.id in chosen
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._fill_pivot(pivot)
        self._updating = False

    def _label(self, art: Article, widget=None, margin: int = 40) -> str:
        """"Outlet — title", the title cut at its logical end to fit ``widget`` (the list)."""
        widget = widget or self.list
        metrics = widget.fontMetrics()
        width = max(120, widget.width() - margin)
        title = elide_end(display_title(art), metrics,
                          width - metrics.horizontalAdvance(art.outlet + " — "))
        return f"{isolated(art.outlet)} — {isolated(title)}"

    def _pivot_label(self, article_id: str) -> str:
        art = self._articles.get(article_id)
        return self._label(art, self.pivot) if art is not None else article_id

    def _pivot_chosen(self, *args) -> None:
        """The chosen pivot becomes the first (rightmost) column."""
        pivot = self.pivot.currentData()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == pivot:
                if row > 0:
                    self._updating = True
                    self.list.insertItem(0, self.list.takeItem(row))
                    self._updating = False
                break
        self._changed()

    def columns(self) -> list[str]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def pivot_id(self) -> str | None:
        return self.pivot.currentData()

    def set_checked(self, article_id: str, on: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == article_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_pivot(self, article_id: str) -> None:
        index = self.pivot.findData(article_id)
        if index >= 0:
            self.pivot.setCurrentIndex(index)
            self._changed()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._updating = True
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._updating = False
        self._changed()

    def _fill_pivot(self, keep: str | None) -> None:
        keep = keep or self.pivot.currentData()
        self.pivot.clear()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                aid = item.data(Qt.ItemDataRole.UserRole)
                self.pivot.addItem(self._pivot_label(aid), aid)
                self.pivot.setItemData(self.pivot.count() - 1, item.toolTip(),
                                       Qt.ItemDataRole.ToolTipRole)
        index = self.pivot.findData(keep)
        self.pivot.setCurrentIndex(index if index >= 0 else 0)

    def _changed(self, *args) -> None:
        if self._updating:
            return
        self._updating = True
        self._fill_pivot(self.pivot.currentData())
        self._updating = False
        self.columnsChanged.emit(self.columns(), self.pivot_id())
