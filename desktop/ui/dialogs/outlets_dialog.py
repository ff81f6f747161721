"""The project's own outlet registry: a list of its entries (add, edit, remove) and the form for
one entry (names in Arabic and English, spelling variants, abbreviations, web domains, kind,
country). Entries come before the bundled registry for this project's articles, so correcting
an outlet once corrects every article from its domain. Changes are made by the owner through
the signals (each one undoable)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.core.project_registry import EntryError, make_entry
from desktop.core.registry import KINDS, Outlet
from desktop.ui.bidi import isolated, shown
from desktop.ui.dialogs.credits_dialog import select_row
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.language import tr

def kind_label(kind: str) -> str:
    return {"agency": tr("news agency"), "tv": tr("TV channel"), "radio": tr("radio"),
            "paper": tr("newspaper"), "site": tr("news site"),
            "aggregator": tr("news aggregator")}.get(kind, kind)


class OutletEntryDialog(FormDialog):
    """One outlet entry. `known` names other entries (a new entry may not take one)."""

    def __init__(self, entry: Outlet | None = None, known: tuple[str, ...] = (),
                 user_file: str = "", parent=None) -> None:
        super().__init__(self.tr("Outlet") if entry is None or not entry.name
                         else self.tr("Outlet: {0}").format(isolated(entry.name)),
                         parent, "outletEntryDialog")
        self.original = entry.name if entry is not None and entry.name else None
        self.known = tuple(n for n in known if n != self.original)
        self.fields = {k: QLineEdit(self) for k in ("name", "arabic", "variants", "abbrev",
                                                    "domains", "country")}
        for k in ("arabic", "variants", "abbrev"):
            self.fields[k].setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.fields["name"].setPlaceholderText(self.tr("e.g. Al-Wadi News"))
        self.fields["arabic"].setPlaceholderText(self.tr("e.g. أخبار الوادي"))
        self.fields["variants"].setPlaceholderText(self.tr("other spellings, separated by commas"))
        self.fields["abbrev"].setPlaceholderText(self.tr("abbreviations used in credits, e.g. واس"))
        self.fields["domains"].setPlaceholderText(self.tr("web domains, e.g. example.com"))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("(not given)"), "")
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.for_all = QCheckBox(self.tr("Also add it to my outlets, for every project"), self)
        if user_file:
            self.for_all.setToolTip(user_file)
        self.set_rows([(self.tr("&Name (English):"), self.fields["name"]),
                       (self.tr("Name in &Arabic:"), self.fields["arabic"]),
                       (self.tr("&Variants:"), self.fields["variants"]),
                       (self.tr("A&bbreviations:"), self.fields["abbrev"]),
                       (self.tr("&Domains:"), self.fields["domains"]),
                       (self.tr("&Kind:"), self.kind),
                       (self.tr("&Country:"), self.fields["country"]),
                       ("", self.for_all)])
        if entry is not None:
            self.fields["name"].setText(entry.name)
            self.fields["arabic"].setText(entry.arabic)
            self.fields["variants"].setText("، ".join(entry.variants))
            self.fields["abbrev"].setText("، ".join(entry.abbrev))
            self.fields["domains"].setText(", ".join(entry.domains))
            self.fields["country"].setText(entry.country)
            self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.setMinimumWidth(520)

    def entry(self) -> Outlet:
        f = {k: w.text() for k, w in self.fields.items()}
        return make_entry(f["name"], f["arabic"], f["variants"], f["abbrev"], f["domains"],
                          self.kind.currentData() or "", f["country"])

    def problem(self) -> str:
        try:
            entry = self.entry()
        except EntryError as exc:
            return self.tr("Not an outlet entry: {0}").format(exc)
        if entry.name in self.known:
            return self.tr("This project already has an outlet named {0}.").format(
                isolated(entry.name))
        return ""


class OutletsDialog(QDialog):
    saveRequested = Signal(object, object, bool)  # Outlet, name it replaces (or None), for all
    removeRequested = Signal(str)

    def __init__(self, entries: list[Outlet], user_file: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("outletsDialog")
        self.setWindowTitle(self.tr("Outlets of this project"))
        self.setModal(False)
        self.user_file = user_file
        self.entries: list[Outlet] = []
        self.form: OutletEntryDialog | None = None
        intro = QLabel(self.tr("Outlets listed here come before the bundled registry for this "
                               "project's articles: an article from one of their domains, or "
                               "naming them in a credit, is credited to them."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("outletsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Arabic"),
                                              self.tr("Domains"), self.tr("Kind"),
                                              self.tr("Country")])
        self.table.setAccessibleName(self.tr("Outlets of this project"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No outlets of its own yet: the bundled registry names "
                                    "this project's outlets."), self)
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.add_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemDoubleClicked.connect(lambda _: self._edit())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.set_entries(entries)
        self.resize(760, 420)

    def set_entries(self, entries: list[Outlet]) -> None:
        current = self._current()
        self.entries = list(entries)
        self.table.setRowCount(len(entries))
        for r, o in enumerate(entries):
            for c, value in enumerate((o.name, o.arabic, ", ".join(o.domains), kind_label(o.kind),
                                       o.country)):
                item = QTableWidgetItem(shown(value))
                item.setToolTip(shown(value))
                self.table.setItem(r, c, item)
        self.empty.setVisible(not entries)
        names = [o.name for o in entries]
        if current is not None and current.name in names:
            select_row(self.table, names.index(current.name))
        elif entries:
            select_row(self.table, 0)
        self._selection_changed()

    def _current(self) -> Outlet | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def _selection_changed(self) -> None:
        picked = self._current() is not None
        self.edit_button.setEnabled(picked)
        self.remove_button.setEnabled(picked)

    def open_form(self, entry: Outlet | None) -> OutletEntryDialog:
        form = OutletEntryDialog(entry, tuple(o.name for o in self.entries), self.user_file, self)
        self.form = form
        replaces = entry.name if entry is not None and entry.name in [o.name for o in self.entries] \
            else None
        form.accepted.connect(lambda: self.saveRequested.emit(form.entry(), replaces,
                                                              form.for_all.isChecked()))
        form.open()
        return form

    def _edit(self) -> None:
        entry = self._current()
        if entry is not None:
            self.open_form(entry)

    def _remove(self) -> None:
        entry = self._current()
        if entry is not None:
            self.removeRequested.emit(entry.name)
