"""Tools that keep the reuse matrix readable with many articles: filter by outlet, a share
threshold, sorting by how much an article shares, and the strongest pairs as a list.

Filtering hides matrix rows and columns (the model and its indexes stay as they are)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.ui.bidi import isolated

TOP_PAIRS = 100  # pairs listed beside the matrix
SORTS = {"columns": QT_TRANSLATE_NOOP("ReuseFilterBar", "Order: as the columns view"),
         "reuse": QT_TRANSLATE_NOOP("ReuseFilterBar", "Order: most shared first")}


@dataclass(frozen=True)
class TopPair:
    share: float  # the larger of the two directions
    row: int  # model rows: the one whose words are found in the other
    col: int


def strongest_share(model, row: int) -> float:
    """The largest share between article ``row`` and any other article, either direction."""
    return model.strongest[row]


def top_pairs(model, outlet: str | None = None, threshold: float = 0.0,
              limit: int = TOP_PAIRS) -> list[TopPair]:
    """The pairs sharing most, each once, in the row direction that shares more; only pairs
    with at least ``threshold`` and, with ``outlet``, one article from that outlet."""
    if model.analysis is None:
        return []
    index = {aid: k for k, aid in enumerate(model.ids)}
    pairs: list[TopPair] = []
    for p in model.analysis.pairs:
        ra, rb = index.get(p.a), index.get(p.b)
        if ra is None or rb is None:
            continue
        if outlet and outlet not in (model.outlets[ra], model.outlets[rb]):
            continue
        share, row, col = (p.a_in_b, ra, rb) if p.a_in_b >= p.b_in_a else (p.b_in_a, rb, ra)
        if share >= threshold and share > 0:
            pairs.append(TopPair(share, row, col))
    pairs.sort(key=lambda t: (-t.share, model.ids[t.row], model.ids[t.col]))
    return pairs[:limit]


class ReuseFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reuseFilters")
        self.outlet = QComboBox(self)
        self.outlet.setAccessibleName(self.tr("Outlet shown"))
        self.outlet.addItem(self.tr("All outlets"), None)
        self.threshold = QSpinBox(self)
        self.threshold.setAccessibleName(self.tr("Least shared share"))
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix("%")
        self.threshold.setToolTip(self.tr("Hide articles that share less than this with every "
                                          "other article"))
        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Order"))
        for key, label in SORTS.items():
            self.sort.addItem(self.tr(label), key)
        label = QLabel(self.tr("&At least:"), self)
        label.setBuddy(self.threshold)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.outlet)
        row.addWidget(label)
        row.addWidget(self.threshold)
        row.addWidget(self.sort)
        row.addStretch(1)
        self.outlet.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.threshold.valueChanged.connect(lambda _: self.changed.emit())
        self.sort.currentIndexChanged.connect(lambda _: self.changed.emit())

    def set_outlets(self, outlets: list[str]) -> None:
        keep = self.outlet.currentData()
        self.outlet.blockSignals(True)
        while self.outlet.count() > 1:
            self.outlet.removeItem(1)
        for name in sorted(set(outlets)):
            self.outlet.addItem(isolated(name), name)
        index = self.outlet.findData(keep)
        self.outlet.setCurrentIndex(index if index >= 0 else 0)
        self.outlet.blockSignals(False)

    def chosen_outlet(self) -> str | None:
        return self.outlet.currentData()

    def chosen_threshold(self) -> float:
        return self.threshold.value() / 100.0

    def chosen_sort(self) -> str:
        return self.sort.currentData()
