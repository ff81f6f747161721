"""Credits and relay of one article, as the analyst corrects them.

Each credit found in the text is listed with its outlet, the name as written, the words that
credit it (its span) and how it was found; one the analyst added says so, one they removed
stays listed, greyed, to restore. A credit is added by picking an outlet, optionally at the
words selected in the window's text (the dialog is non-modal, so the analyst can select while
it is open). The relay (whom the article relays) is set, cleared, or given back to what was
found. Every change is one undoable edit (Edit → Undo), made by the owner through the
signals; the dialog shows the project as it is after each.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.core.model import Article, Credit
from desktop.ui.bidi import isolated, shown
from desktop.ui.dialogs.form_dialog import ERROR_STYLE
from desktop.ui.language import tr

QUOTE_CHARS = 70
REMOVED_COLOR = "#9E9E9E"
# how each credit formula reads (core/credits.py): the cue itself, which needs no translation
FORMULA_CUES = {"source_line": "المصدر:", "naqlan_an": "نقلا عن", "bihasab": "بحسب",
                "hasab": "حسب", "hasabama": "حسبما نقلت", "wifq": "وفق", "verb": "أفادت/نقلت",
                "told": "لـ", "correspondent": "مراسل", "named": "صحيفة/قناة", "paren": "( )",
                "translated": "مترجم عن"}


def select_row(table: QTableWidget, row: int) -> None:
    """Select a whole row. QTableView.selectRow selects nothing in a right-to-left table
    (PySide6 6.x, seen offscreen), so this goes through the selection model."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().setCurrentIndex(table.model().index(row, 0), flags)


def formula_text(credit: Credit) -> str:
    if credit.how == "analyst":
        return tr("added by you")
    named = {"dateline": tr("dateline"), "signature": tr("signature line"),
             "photo": tr("picture credit")}
    return named.get(credit.formula) or FORMULA_CUES.get(credit.formula, credit.formula)


def quote_of(text: str, credit: Credit) -> str:
    if credit.span == (0, 0):
        return "—"
    words = " ".join(text[credit.span[0]:credit.span[1]].split())
    return words if len(words) <= QUOTE_CHARS else words[:QUOTE_CHARS - 1] + "…"


class CreditsDialog(QDialog):
    removeRequested = Signal(str, object)  # article id, Credit (found or the analyst's)
    restoreRequested = Signal(str, object)  # article id, a removed found Credit
    addRequested = Signal(str, str, object)  # article id, outlet, (start, end) or None
    relayRequested = Signal(str, object)  # article id, outlet or None (relays none)
    relayResetRequested = Signal(str)  # article id: back to the relay that was found
    showRequested = Signal(str, int, int)  # article id, start, end: show the words

    def __init__(self, articles: list[Article], current: str | None, outlet_names: list[str],
                 selection: Callable[[], tuple[str, int, int] | None] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("creditsDialog")
        self.setWindowTitle(self.tr("Credits and relay"))
        self.setModal(False)
        self.selection = selection or (lambda: None)
        self.articles: dict[str, Article] = {}
        self.removed: dict[str, list[Credit]] = {}
        self.relay_found: dict[str, str | None] = {}
        self.rows: list[tuple[Credit, bool]] = []  # (credit, removed?) per table row
        self.choice = QComboBox(self)
        self.choice.setObjectName("creditsArticle")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("creditsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Outlet"), self.tr("As written"),
                                              self.tr("Credited in the text"), self.tr("How")])
        self.table.setAccessibleName(self.tr("Credits of the article"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.remove_button = QPushButton(self.tr("&Remove credit"), self)
        self.restore_button = QPushButton(self.tr("Re&store credit"), self)
        self.show_button = QPushButton(self.tr("S&how in the text"), self)
        row_buttons = QHBoxLayout()
        for b in (self.remove_button, self.restore_button, self.show_button):
            row_buttons.addWidget(b)
        row_buttons.addStretch(1)

        self.add_outlet = self._outlet_box(outlet_names, "creditOutlet")
        self.use_selection = QPushButton(self.tr("At the &selected words"), self)
        self.use_selection.setCheckable(True)
        self.use_selection.setToolTip(self.tr("Select the words that credit the outlet in the "
                                              "window's text first (this window can stay open)"))
        self.selection_label = QLabel(self)
        self.selection_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add credit"), self)
        add_box = QGroupBox(self.tr("Add a credit"), self)
        grid = QGridLayout(add_box)
        grid.addWidget(QLabel(self.tr("Out&let:"), add_box), 0, 0)
        grid.itemAtPosition(0, 0).widget().setBuddy(self.add_outlet)
        grid.addWidget(self.add_outlet, 0, 1)
        grid.addWidget(self.use_selection, 0, 2)
        grid.addWidget(self.add_button, 0, 3)
        grid.addWidget(self.selection_label, 1, 0, 1, 4)
        grid.setColumnStretch(1, 1)

        self.relay = self._outlet_box(outlet_names, "relayOutlet", none=True)
        self.relay_note = QLabel(self)
        self.relay_note.setWordWrap(True)
        self.relay_button = QPushButton(self.tr("Set re&lay"), self)
        self.reset_button = QPushButton(self.tr("Use the &found relay"), self)
        relay_box = QGroupBox(self.tr("Relay: the outlet whose report this article carries"), self)
        rgrid = QGridLayout(relay_box)
        rgrid.addWidget(QLabel(self.tr("Relays:"), relay_box), 0, 0)
        rgrid.addWidget(self.relay, 0, 1)
        rgrid.addWidget(self.relay_button, 0, 2)
        rgrid.addWidget(self.reset_button, 0, 3)
        rgrid.addWidget(self.relay_note, 1, 0, 1, 4)
        rgrid.setColumnStretch(1, 1)

        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        label = QLabel(self.tr("A&rticle:"), self)
        label.setBuddy(self.choice)
        top.addWidget(label)
        top.addWidget(self.choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(add_box)
        layout.addWidget(relay_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.choice.currentIndexChanged.connect(lambda _: self._load())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _: self._show())
        self.remove_button.clicked.connect(self._remove)
        self.restore_button.clicked.connect(self._restore)
        self.show_button.clicked.connect(self._show)
        self.add_button.clicked.connect(self._add)
        self.use_selection.toggled.connect(lambda _: self._update_selection())
        self.relay_button.clicked.connect(self._set_relay)
        self.reset_button.clicked.connect(lambda: self.relayResetRequested.emit(self.article_id()))
        self.set_articles(articles, {}, {}, current)
        self.resize(820, 560)

    def _outlet_box(self, names: list[str], name: str, none: bool = False) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if none:
            box.addItem(self.tr("(none)"), None)
        for n in names:
            box.addItem(n, n)
        box.setCurrentIndex(0 if none else -1)
        box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        box.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return box

    # -- content -----------------------------------------------------------------------------
    def article_id(self) -> str:
        return self.choice.currentData()

    def set_articles(self, articles: list[Article], removed: dict[str, list[Credit]],
                     relay_found: dict[str, str | None], current: str | None = None) -> None:
        """Show the project as it is now (after an edit, or another program's)."""
        current = current or self.article_id()
        self.articles = {a.id: a for a in articles}
        self.removed = dict(removed)
        self.relay_found = dict(relay_found)
        self.choice.blockSignals(True)
        self.choice.clear()
        for a in articles:
            self.choice.addItem(f"{isolated(a.id)} — {isolated(a.outlet)}", a.id)
        if current in self.articles:
            self.choice.setCurrentIndex(list(self.articles).index(current))
        self.choice.blockSignals(False)
        self._load()

    def _load(self) -> None:
        art = self.articles.get(self.article_id())
        picked = self._selected()
        keep = picked[0] if picked is not None and art is not None and \
            self.table.property("article") == art.id else None
        self.rows = []
        self.table.setRowCount(0)
        if art is None:
            return
        rows = [(c, False) for c in art.credits] + [(c, True) for c in self.removed.get(art.id, [])]
        self.table.setRowCount(len(rows))
        for r, (credit, removed) in enumerate(rows):
            how = tr("removed by you") if removed else formula_text(credit)
            cells = (credit.outlet, credit.name, quote_of(art.text, credit), how)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(shown(value))
                if col == 2 and credit.span != (0, 0):
                    item.setToolTip(shown(art.text[credit.span[0]:credit.span[1]]))
                elif col == 3 and not removed and credit.how != "analyst":
                    item.setToolTip(self.tr("Found in the text: {0}").format(shown(value)))
                else:
                    item.setToolTip(shown(value))
                if removed:
                    item.setForeground(QBrush(QColor(REMOVED_COLOR)))
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                elif credit.how == "analyst":
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, col, item)
        self.rows = rows
        self.table.setProperty("article", art.id)
        if rows:  # the same credit stays selected after an edit
            same = [r for r, (c, _) in enumerate(rows) if keep is not None and
                    (c.span, c.outlet) == (keep.span, keep.outlet)]
            select_row(self.table, same[0] if same else 0)
        self._selection_changed()
        self._load_relay(art)
        self._update_selection()

    def _load_relay(self, art: Article) -> None:
        if art.relay_of:
            at = self.relay.findData(art.relay_of)
            if at < 0:
                self.relay.addItem(art.relay_of, art.relay_of)
                at = self.relay.count() - 1
            self.relay.setCurrentIndex(at)
        else:
            self.relay.setCurrentIndex(0)
        if art.relay_how == "analyst":
            found = self.relay_found.get(art.id)
            self.relay_note.setText(self.tr("Set by you (found: {0}).").format(
                isolated(found) if found else self.tr("none")))
        else:
            self.relay_note.setText(self.tr("As found (in the text, the page or metadata).")
                                    if art.relay_of else self.tr("None found."))
        self.reset_button.setEnabled(art.relay_how == "analyst")

    def _selected(self) -> tuple[Credit, bool] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _selection_changed(self) -> None:
        picked = self._selected()
        self.remove_button.setEnabled(picked is not None and not picked[1])
        self.restore_button.setEnabled(picked is not None and picked[1])
        self.show_button.setEnabled(picked is not None and picked[0].span != (0, 0))

    def select_credit(self, outlet: str) -> bool:
        """Select the first row crediting `outlet` (for keyboard users and tests)."""
        for r, (credit, _) in enumerate(self.rows):
            if credit.outlet == outlet:
                select_row(self.table, r)
                return True
        return False

    # -- the selection in the window's text --------------------------------------------------
    def picked_span(self) -> tuple[int, int] | None | str:
        """The span to credit: None (no span wanted), (start, end), or an error message."""
        if not self.use_selection.isChecked():
            return None
        sel = self.selection()
        if sel is None or sel[1] >= sel[2]:
            return self.tr("Select the words that credit the outlet in the article's text first.")
        if sel[0] != self.article_id():
            return self.tr("The selected words are in another article ({0}).").format(
                isolated(sel[0]))
        return sel[1], sel[2]

    def _update_selection(self) -> None:
        if not self.use_selection.isChecked():
            self.selection_label.setText(self.tr("Without a place in the text (the credit is "
                                                 "kept for the article as a whole)."))
            return
        span = self.picked_span()
        art = self.articles.get(self.article_id())
        if isinstance(span, tuple) and art is not None:
            words = " ".join(art.text[span[0]:span[1]].split())
            self.selection_label.setText(self.tr("At: «{0}»").format(shown(words[:120])))
        else:
            self.selection_label.setText(span or "")

    def event(self, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.WindowActivate:
            self._update_selection()  # the analyst may have selected other words meanwhile
        return super().event(event)

    # -- requests ------------------------------------------------------------------------------
    def _remove(self) -> None:
        picked = self._selected()
        if picked is not None and not picked[1]:
            self.removeRequested.emit(self.article_id(), picked[0])

    def _restore(self) -> None:
        picked = self._selected()
        if picked is not None and picked[1]:
            self.restoreRequested.emit(self.article_id(), picked[0])

    def _show(self) -> None:
        picked = self._selected()
        if picked is not None and picked[0].span != (0, 0):
            self.showRequested.emit(self.article_id(), *picked[0].span)

    def _add(self) -> None:
        outlet = " ".join(self.add_outlet.currentText().split())
        if not outlet:
            self.error.setText(self.tr("Pick or type the outlet the article credits."))
            return
        span = self.picked_span()
        if isinstance(span, str):
            self.error.setText(span)
            return
        self.error.clear()
        self.addRequested.emit(self.article_id(), outlet, span)

    def _set_relay(self) -> None:
        text = " ".join(self.relay.currentText().split())
        outlet = None if (not text or text == self.relay.itemText(0)) else text
        self.error.clear()
        self.relayRequested.emit(self.article_id(), outlet)
