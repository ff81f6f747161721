"""Article details: the analyst corrects an article's outlet, title, date, URL and author
(real pages often get the outlet or date wrong). Edited fields survive re-import."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPushButton

from desktop.core.model import Article
from desktop.ui.bidi import isolated
from desktop.ui.language import tr

from desktop.ui.dialogs.form_dialog import FormDialog

FIELDS = ("outlet", "title", "date", "url", "author")


class ArticleDialog(FormDialog):
    creditsRequested = Signal(str)  # article id: open its credits and relay

    def __init__(self, articles: list[Article], current: str | None = None, parent=None,
                 outlet_names: list[str] | None = None) -> None:
        super().__init__(self.tr("Article details"), parent, "articleDialog")
        self.articles = {a.id: a for a in articles}
        self.choice = QComboBox(self)
        for a in articles:
            self.choice.addItem(f"{isolated(a.id)} — {isolated(a.outlet)}", a.id)
        self.fields = {name: QLineEdit(self) for name in FIELDS}
        for name in ("outlet", "title", "author"):
            self.fields[name].setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.fields["date"].setPlaceholderText("YYYY-MM-DD")
        if outlet_names:
            completer = QCompleter(outlet_names, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.fields["outlet"].setCompleter(completer)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.credits_button = QPushButton(self.tr("C&redits and relay…"), self)
        self.credits_button.clicked.connect(lambda: self.creditsRequested.emit(self.article_id()))
        self.set_rows([(self.tr("A&rticle:"), self.choice), (self.tr("&Outlet:"), self.fields["outlet"]),
                       (self.tr("&Title:"), self.fields["title"]), (self.tr("&Date:"), self.fields["date"]),
                       (self.tr("&URL:"), self.fields["url"]), (self.tr("A&uthor:"), self.fields["author"]),
                       ("", self.found), ("", self.credits_button)])
        self.choice.currentIndexChanged.connect(self._load)
        if current in self.articles:
            self.choice.setCurrentIndex(list(self.articles).index(current))
        self._load()
        self.setMinimumWidth(520)

    def article_id(self) -> str:
        return self.choice.currentData()

    def _load(self) -> None:
        art = self.articles.get(self.article_id())
        if art is None:
            return
        for name in FIELDS:
            self.fields[name].setText(str(getattr(art, name) or ""))
        mine = self.tr(" (by you)")
        credits = tr(", ").join(sorted({isolated(c.outlet) + (mine if c.how == "analyst" else "")
                                        for c in art.credits})) or self.tr("none")
        relay = (isolated(art.relay_of) if art.relay_of else self.tr("none")) + \
            (mine if art.relay_how == "analyst" else "")
        self.found.setText(self.tr("Outlet from: {0}. Date from: {1}. Credits: {2}. Relays: {3}. "
                                   "Source: {4}.")
                           .format(self._how(art.outlet_source), self._how(art.date_how or "-"),
                                   credits, relay, art.source))

    def _how(self, code: str) -> str:
        """How a field was found, in words (the JSON's outlet_source and date_how codes)."""
        words = {"metadata": self.tr("metadata"), "domain": self.tr("the web address"),
                 "site_name": self.tr("the site's name"), "cue": self.tr("the text"),
                 "file": self.tr("the file name"), "user": self.tr("you"),
                 "unknown": self.tr("unknown"), "html": self.tr("the page"),
                 "url": self.tr("the web address"), "text:dateline": self.tr("a dateline"),
                 "text:timestamp": self.tr("a time stamp in the text")}
        return words.get(code, code)

    def changes(self) -> dict[str, str | None]:
        """The fields the analyst changed: {field: new value (None for cleared)}."""
        art = self.articles[self.article_id()]
        out = {}
        for name in FIELDS:
            value = self.fields[name].text().strip()
            if value != str(getattr(art, name) or ""):
                out[name] = value or (None if name != "title" else "")
        return out

    def problem(self) -> str:
        if not self.fields["outlet"].text().strip():
            return self.tr("An article needs an outlet name.")
        date = self.fields["date"].text().strip()
        if date:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                return self.tr("Write the date as YYYY-MM-DD, e.g. 2024-02-29.")
        return ""
