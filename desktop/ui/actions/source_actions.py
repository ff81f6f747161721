"""The analyst's corrections of what Qarin found about an article's sources, in the window:
article details (outlet, title, date, URL, author), credits and relay, and the project's own
outlet registry. Each change is an undoable edit pushed through the coding actions, so a busy
project queues it (pending_writes) and nothing is lost."""
from __future__ import annotations

import re
from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.core.project_registry import (EntryError, add_user_entry, known_name,
                                           user_outlets_path, with_entries)
from desktop.core.registry import Outlet, host_of
from desktop.store import ProjectError

from desktop.ui.actions.source_commands import ArticleEditCommand, RegistryCommand
from desktop.ui.bidi import isolated
from desktop.ui.dialogs.credits_dialog import CreditsDialog
from desktop.ui.dialogs.outlets_dialog import OutletEntryDialog, OutletsDialog
from desktop.ui.language import tr

_ARABIC = re.compile(r"[\u0600-\u06ff]")


class SourceActions(QObject):
    message = Signal(str)

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.credits_dialog: CreditsDialog | None = None
        self.outlets_dialog: OutletsDialog | None = None
        self.offer_box: QMessageBox | None = None
        self.entry_form: OutletEntryDialog | None = None
        window.session.articlesChanged.connect(self._refresh)
        self.credit_action = QAction(self.tr("Credit an &outlet here…"), self)
        self.credit_action.setStatusTip(self.tr("Credit an outlet at the selected words (they "
                                                "name the source of the article)"))
        self.credit_action.triggered.connect(lambda _=False: self.credit_selection())

    @property
    def session(self):
        return self.window.session

    @property
    def project(self):
        return self.window.session.project

    def _push(self, make) -> bool:
        return self.window.actions_._push(make)

    def _edit(self, article_id: str, label: str, change) -> bool:
        return self._push(lambda: ArticleEditCommand(self.session, article_id, label, change))

    def outlet_names(self) -> list[str]:
        """Every outlet the analyst may pick: the project's articles', its entries', the
        registry's."""
        names = [a.outlet for a in self.session.articles]
        names += [o.name for o in with_entries(self.project.registry_outlets()).outlets]
        return sorted(dict.fromkeys(n for n in names if n), key=str.casefold)

    def current_article(self) -> str | None:
        view = self.window.current_text_view()
        if view is None:
            return None
        span = view.selection_span()
        if span is not None:
            return span[0]
        at = view.docmap.from_doc(view.textCursor().position()) if view.docmap else None
        return at[0] if at else None

    # -- article details ---------------------------------------------------------------------
    def save_article_details(self, article_id: str, changes: dict) -> bool:
        if not changes:
            return False
        if not self._edit(article_id, tr("Edit details of {0}").format(article_id),
                          lambda p: p.update_article_meta(article_id, **changes)):
            return False
        self.message.emit(tr("Saved the details of {0}; analysing…").format(article_id))
        outlet = changes.get("outlet")
        if outlet and known_name(outlet, self.project.registry_outlets()) is None:
            self.offer_registry(article_id, outlet)
        return True

    def offer_registry(self, article_id: str, outlet: str) -> QMessageBox:
        """The outlet the analyst typed is in no registry: offer to add it to the project's, so
        every article from the same domain (or crediting it) gets it too."""
        art = next((a for a in self.session.articles if a.id == article_id), None)
        host = host_of(art.url) if art is not None else ""
        box = QMessageBox(QMessageBox.Icon.Question, tr("New outlet"),
                          tr("No registry knows the outlet {0}. Add it to this project's "
                             "outlets?").format(isolated(outlet)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.setInformativeText(
            tr("Every article from {0}, and every credit naming it, is then credited to it.")
            .format(isolated(host)) if host else
            tr("Every credit naming it is then credited to it; add its web domain too."))

        def answered(button: int) -> None:
            self.offer_box = None
            if button == QMessageBox.StandardButton.Yes:
                arabic = bool(_ARABIC.search(outlet))
                entry = Outlet("" if arabic else outlet, outlet if arabic else "",
                               domains=(host,) if host else ())
                self.open_entry_form(entry)
        box.finished.connect(answered)
        self.offer_box = box
        box.open()
        return box

    # -- credits and relay -------------------------------------------------------------------
    def edit_credits(self, article_id: str | None = None) -> CreditsDialog | None:
        articles = self.session.articles
        if not articles:
            self.message.emit(tr("No article to edit."))
            return None
        current = article_id or self.current_article()
        if self.credits_dialog is None:
            view = self.window.current_text_view
            dialog = CreditsDialog(articles, current, self.outlet_names(),
                                   lambda: view().selection_span() if view() else None,
                                   self.window)
            dialog.removeRequested.connect(self.remove_credit)
            dialog.restoreRequested.connect(self.restore_credit)
            dialog.addRequested.connect(self.add_credit)
            dialog.relayRequested.connect(self.set_relay)
            dialog.relayResetRequested.connect(self.reset_relay)
            dialog.showRequested.connect(self._show_span)
            self.credits_dialog = dialog
        self._refresh(current)
        self.credits_dialog.show()
        self.credits_dialog.raise_()
        return self.credits_dialog

    def credit_selection(self) -> CreditsDialog | None:
        """Credits and relay of the article whose words are selected, set to add a credit at
        them."""
        view = self.window.current_text_view()
        span = view.selection_span() if view is not None else None
        if span is None:
            self.message.emit(tr("Select the words that credit an outlet in one article first."))
            return None
        dialog = self.edit_credits(span[0])
        if dialog is not None:
            dialog.use_selection.setChecked(True)
            dialog.add_outlet.setFocus()
        return dialog

    def _refresh(self, current: str | None = None) -> None:
        dialog = self.credits_dialog
        if dialog is not None and (dialog.isVisible() or current):
            try:
                ids = [a.id for a in self.session.articles]
                removed = {i: self.project.removed_credits(i) for i in ids}
                found = {i: self.project.found_relay(i) for i in ids}
            except ProjectError as exc:
                self.message.emit(tr("Not shown: {0}").format(exc))
                return
            dialog.set_articles(self.session.articles, removed, found, current)
        if self.outlets_dialog is not None and self.outlets_dialog.isVisible():
            self.outlets_dialog.set_entries(self.project.registry_outlets())

    def remove_credit(self, article_id: str, credit) -> bool:
        return self._edit(article_id, tr("Remove credit to {0}").format(credit.outlet),
                          lambda p: p.remove_credit(article_id, credit))

    def restore_credit(self, article_id: str, credit) -> bool:
        return self._edit(article_id, tr("Restore credit to {0}").format(credit.outlet),
                          lambda p: p.restore_credit(article_id, credit))

    def add_credit(self, article_id: str, outlet: str, span=None) -> bool:
        return self._edit(article_id, tr("Credit {0}").format(outlet),
                          lambda p: p.add_credit(article_id, outlet, span))

    def set_relay(self, article_id: str, outlet: str | None) -> bool:
        label = tr("Relay of {0}").format(outlet) if outlet else tr("No relay")
        return self._edit(article_id, label, lambda p: p.set_relay(article_id, outlet))

    def reset_relay(self, article_id: str) -> bool:
        return self._edit(article_id, tr("Found relay"), lambda p: p.reset_relay(article_id))

    def _show_span(self, article_id: str, start: int, end: int) -> None:
        self.window.jump_to(SimpleNamespace(orphan=False, article=article_id, start=start,
                                            end=end))

    # -- the project's outlet registry -------------------------------------------------------
    def edit_outlets(self) -> OutletsDialog:
        if self.outlets_dialog is None:
            dialog = OutletsDialog(self.project.registry_outlets(), str(user_outlets_path()),
                                   self.window)
            dialog.saveRequested.connect(self.save_entry)
            dialog.removeRequested.connect(self.remove_entry)
            self.outlets_dialog = dialog
        self.outlets_dialog.set_entries(self.project.registry_outlets())
        self.outlets_dialog.show()
        self.outlets_dialog.raise_()
        return self.outlets_dialog

    def open_entry_form(self, entry: Outlet | None = None) -> OutletEntryDialog:
        entries = self.project.registry_outlets()
        form = OutletEntryDialog(entry, tuple(o.name for o in entries), str(user_outlets_path()),
                                 self.window)
        form.accepted.connect(lambda: self.save_entry(form.entry(), None, form.for_all.isChecked()))
        self.entry_form = form
        form.open()
        return form

    def save_entry(self, entry: Outlet, replaces: str | None = None, for_all: bool = False) -> bool:
        entries = self.project.registry_outlets()
        names = {replaces, entry.name} - {None}
        at = next((i for i, o in enumerate(entries) if o.name in names), len(entries))
        after = [o for o in entries if o.name not in names]
        after.insert(min(at, len(after)), entry)
        ok = self._push(lambda: RegistryCommand(self.session, after,
                                                tr("Outlet {0}").format(entry.name)))
        if for_all:
            try:
                path = add_user_entry(entry)
                self.message.emit(tr("Added {0} to your outlets ({1}).").format(
                    isolated(entry.name), path))
            except EntryError as exc:
                self.message.emit(tr("Not added to your outlets: {0}").format(exc))
        elif ok:
            self.message.emit(tr("Saved the outlet {0}; analysing…").format(isolated(entry.name)))
        self._refresh()
        return ok

    def remove_entry(self, name: str) -> bool:
        after = [o for o in self.project.registry_outlets() if o.name != name]
        ok = self._push(lambda: RegistryCommand(self.session, after,
                                                tr("Remove outlet {0}").format(name)))
        self._refresh()
        return ok
