"""Lexicon editor: terms and categories; every change is handed to the session, which saves it
to the project and re-runs the analysis."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListView, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop.core.lexicon import Category, Lexicon, Term
from desktop.core.lexicon_examples import term_examples
from desktop.core.model import Analysis

from desktop.ui.dialogs.category_dialog import CategoryDialog
from desktop.ui.models.lexicon_model import CategoriesModel, TermsModel
from desktop.ui.dialogs.term_dialog import TermDialog


class LexiconEditor(QWidget):
    termSaved = Signal(object, object)  # Term, replaced term text or None
    termRemoved = Signal(str)
    categorySaved = Signal(object)  # Category
    categoryRemoved = Signal(str)
    exampleActivated = Signal(str, int, int)  # article, start, end
    userTermSaved = Signal(object)  # Term, for the user's own lexicon (every project)

    def __init__(self, terms: TermsModel, categories: CategoriesModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lexiconEditor")
        self.terms_model = terms
        self.categories_model = categories
        self.active_dialog: QDialog | None = None
        self.analysis: Analysis | None = None
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(terms)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter terms…"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("lexiconTerms")
        self.table.setAccessibleName(self.tr("Lexicon terms"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _: self.edit_term())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_examples())
        self.examples_label = QLabel(self)
        self.examples = QListWidget(self)
        self.examples.setObjectName("lexiconExamples")
        self.examples.setAccessibleName(self.tr("Examples of the term in the open articles"))
        self.examples.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.examples.setWordWrap(True)
        self.examples.itemActivated.connect(self._example_activated)
        self.cats = QListView(self)
        self.cats.setObjectName("lexiconCategories")
        self.cats.setAccessibleName(self.tr("Lexicon categories"))
        self.cats.setModel(categories)
        self.cats.activated.connect(lambda _: self.edit_category())
        self.status = QLabel(self)
        self.status.setObjectName("lexiconStatus")
        term_buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Add term…"), self.add_term),
                           (self.tr("&Edit term…"), self.edit_term),
                           (self.tr("&Remove term"), self.remove_term)):
            b = QPushButton(text, self)
            b.clicked.connect(slot)
            term_buttons.addWidget(b)
        cat_buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add cate&gory…"), self.add_category),
                           (self.tr("Edit categor&y…"), self.edit_category),
                           (self.tr("Remove category"), self.remove_category)):
            b = QPushButton(text, self)
            b.clicked.connect(slot)
            cat_buttons.addWidget(b)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.filter)
        lv.addWidget(self.table, 3)
        lv.addLayout(term_buttons)
        lv.addWidget(self.examples_label)
        lv.addWidget(self.examples, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel("<b>" + self.tr("Categories") + "</b>", right))
        rv.addWidget(self.cats, 1)
        rv.addLayout(cat_buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Changes are saved in the project and the analysis "
                                        "refreshes at once."), self))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    @property
    def lexicon(self) -> Lexicon:
        return self.terms_model.lexicon

    def current_term(self) -> Term | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.terms_model.term(self.proxy.mapToSource(index).row())

    def current_category(self) -> Category | None:
        index = self.cats.currentIndex()
        return self.categories_model.category(index.row()) if index.isValid() else None

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self._show_examples()

    def _show_examples(self) -> None:
        """The current term's occurrences in the open articles, with voice and outlet."""
        self.examples.clear()
        term = self.current_term()
        if term is None:
            self.examples_label.setText(self.tr("Select a term to see it in the open articles."))
            return
        found, total = term_examples(self.analysis, term.term)
        self.examples_label.setText(
            self.tr("{n} occurrence(s) of {term} in the open articles").format(n=total, term=term.term)
            if total else self.tr("{term} does not occur in the open articles.").format(term=term.term))
        voices = {"own": self.tr("own voice"), "quoted": self.tr("quoted"),
                  "distanced": self.tr("distanced")}
        for ex in found:
            voice = voices[ex.voice] + (f" ({ex.speaker})" if ex.speaker else "")
            item = QListWidgetItem(f"{ex.outlet} · {voice}\n{ex.before} [{ex.match}] {ex.after}")
            item.setData(Qt.ItemDataRole.UserRole, (ex.article, ex.span[0], ex.span[1]))
            self.examples.addItem(item)

    def _example_activated(self, item: QListWidgetItem) -> None:
        article, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.exampleActivated.emit(article, start, end)

    def select_term(self, term: str) -> bool:
        row = self.terms_model.row_of(term)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.terms_model.index(row, 0))
        self.table.setCurrentIndex(index)
        return index.isValid()

    def _show(self, dialog: QDialog, on_accept) -> QDialog:
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.finished.connect(lambda _: setattr(self, "active_dialog", None))
        dialog.open()
        return dialog

    def add_term(self, text: str = "") -> QDialog:
        dialog = TermDialog(self.lexicon, None, self)
        if text:
            dialog.term_edit.setText(text)
        return self._show(dialog, self._added)

    def _added(self, dialog: TermDialog) -> None:
        if dialog.for_all.isChecked():
            self.userTermSaved.emit(dialog.value())
        else:
            self.termSaved.emit(dialog.value(), None)

    def edit_term(self) -> QDialog | None:
        term = self.current_term()
        if term is None:
            self.status.setText(self.tr("Select a term first."))
            return None
        return self._show(TermDialog(self.lexicon, term, self),
                          lambda d: self.termSaved.emit(d.value(), term.term))

    def remove_term(self) -> None:
        term = self.current_term()
        if term is None:
            self.status.setText(self.tr("Select a term first."))
            return
        self.termRemoved.emit(term.term)

    def add_category(self) -> QDialog:
        return self._show(CategoryDialog(None, self), lambda d: self.categorySaved.emit(d.value()))

    def edit_category(self) -> QDialog | None:
        cat = self.current_category()
        if cat is None:
            self.status.setText(self.tr("Select a category first."))
            return None
        return self._show(CategoryDialog(cat, self), lambda d: self.categorySaved.emit(d.value()))

    def remove_category(self) -> None:
        cat = self.current_category()
        if cat is None:
            self.status.setText(self.tr("Select a category first."))
            return
        self.categoryRemoved.emit(cat.id)
