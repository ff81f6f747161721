"""File actions of the main window: open files, folders and projects, paste, save, close."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core.ingest import article_from_text
from desktop.store import SUFFIX, ProjectError

from desktop.ui.dialogs.article_dialog import ArticleDialog
from desktop.ui.actions.file_menu import remember_project
from desktop.ui.notices import notice
from desktop.ui.dialogs.paste_dialog import PasteDialog
from desktop.ui.project_session import ProjectSession
from desktop.ui.dialogs.skipped_dialog import SkippedDialog
from desktop.ui.runner import AnalysisRunner
from desktop.ui.dialogs.url_dialog import UrlDialog


class FileActionsMixin:
    """Mixed into MainWindow; uses ``self.session``, ``show_message`` and ``replace_session``."""

    def open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open articles"), "",
            self.tr("Articles (*.txt *.md *.html *.htm *.mhtml *.mht *.docx);;All files (*)"))
        if paths:
            self.add_paths(paths)

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of articles"))
        if folder:
            self.add_paths([folder])

    def add_paths(self, paths: list[str]) -> None:
        try:
            problems = self.session.add_paths(paths)
        except ProjectError as exc:
            self.show_message(self.tr("Not added: {error}").format(error=exc))
            return
        self.report_skipped(problems)

    def report_skipped(self, problems: list[str]) -> None:
        """Information in the status bar; the full list, with reasons, in a dialog."""
        self.skipped = list(problems)
        dialog = self.skipped_dialog()
        dialog.set_items(self.skipped, len(self.session.duplicates))
        if not problems:
            return
        n = len(problems)
        self.show_message((self.tr("1 file skipped") if n == 1 else
                           self.tr("{n} files skipped").format(n=n))
                          + self.tr(" — File → Skipped files… lists each with its reason."))
        dialog.show()
        dialog.raise_()

    def skipped_dialog(self) -> SkippedDialog:
        if getattr(self, "_skipped_dialog", None) is None:
            self._skipped_dialog = SkippedDialog(self)
            self._skipped_dialog.set_items(getattr(self, "skipped", []),
                                           len(self.session.duplicates))
            self._skipped_dialog.addDuplicatesRequested.connect(self.add_duplicates)
        return self._skipped_dialog

    def show_skipped(self) -> SkippedDialog:
        dialog = self.skipped_dialog()
        dialog.show()
        dialog.raise_()
        return dialog

    def add_duplicates(self) -> None:
        n = len(self.session.duplicates)
        try:
            self.session.add_duplicates()
        except ProjectError as exc:
            self.show_message(self.tr("Not added: {error}").format(error=exc))
            return
        self.skipped_dialog().close()
        self.report_skipped([])
        self.show_message(self.tr("Added {n} duplicate article(s); analysing…").format(n=n))

    def report_unopened(self, name: str, exc: BaseException) -> None:
        """A project that cannot be opened (damaged, from a newer Qarin, not a project)."""
        message = self.tr("Cannot open {name}: {error}").format(name=name, error=exc)
        self.show_message(message)
        notice(self, self.tr("Project not opened"),
               message + "\n" + self.tr("The file was not changed."))

    def paste_article(self) -> PasteDialog:
        dialog = PasteDialog(sorted({a.outlet for a in self.session.articles}), self)
        self.paste_dialog = dialog
        dialog.accepted.connect(lambda: self.add_pasted(*dialog.values()))
        dialog.open()
        return dialog

    def add_pasted(self, text: str, outlet: str, title: str = "") -> str:
        used = {a.id for a in self.session.articles}
        n = 1
        while f"pasted-{n:03d}" in used:
            n += 1
        article = article_from_text(text, id=f"pasted-{n:03d}", path="(pasted)", outlet=outlet,
                                    title=title or None)
        try:
            problems = self.session.add_articles([article])
        except ProjectError as exc:
            self.show_message(self.tr("Not added: {error}").format(error=exc))
            return ""
        if problems:
            self.report_skipped(problems)
            return ""
        self.show_message(self.tr("Added the pasted article from {outlet}; analysing…").format(
            outlet=outlet))
        return article.id

    # -- web pages and article details (issue 10) ----------------------------------------------
    def add_from_url(self) -> UrlDialog:
        dialog = UrlDialog(self)
        self.url_dialog = dialog
        dialog.accepted.connect(lambda: self.fetch_urls(dialog.urls()))
        dialog.open()
        return dialog

    def fetch_urls(self, urls: list[str]) -> AnalysisRunner:
        """Fetch pages on a worker thread; progress in the status bar; each failing URL named."""
        from desktop.core.ingest import load_urls

        used = [a.id for a in self.session.articles]
        runner = AnalysisRunner(self)
        self.url_runner = runner

        def job(progress, cancel):
            return load_urls(urls, progress=lambda n, total, url: progress(url, n / max(1, total)),
                             cancel=cancel, used_ids=used)

        runner.progress.connect(lambda url, f: self.show_message(
            self.tr("Fetching {0} of {1}: {2}").format(min(len(urls), int(f * len(urls)) + 1),
                                                       len(urls), url) if url else ""))
        runner.finished.connect(self._urls_fetched)
        runner.failed.connect(lambda m: self.show_message(self.tr("Fetching failed: {0}").format(m)))
        runner.start(job)
        return runner

    def _urls_fetched(self, result) -> None:
        self.url_problems = [p.message for p in result.problems]
        added = 0
        if result.articles:
            try:
                skipped = self.session.add_articles(result.articles, originals=result.originals)
                self.url_problems += skipped
                added = len(result.articles) - len(skipped)
            except ProjectError as exc:
                self.url_problems.append(str(exc))
        text = self.tr("Added {0} page(s).").format(added)
        if self.url_problems:
            text += " " + self.tr("Not added: {0}").format("; ".join(self.url_problems))
        self.show_message(text)

    def edit_article_details(self) -> ArticleDialog | None:
        articles = self.session.articles
        if not articles:
            self.show_message(self.tr("No article to edit."))
            return None
        dialog = ArticleDialog(articles, self.source_actions.current_article(), self,
                               self.source_actions.outlet_names())
        dialog.creditsRequested.connect(self.source_actions.edit_credits)
        self.article_dialog = dialog
        dialog.accepted.connect(lambda: self.save_article_details(dialog.article_id(),
                                                                  dialog.changes()))
        dialog.open()
        return dialog

    def save_article_details(self, article_id: str, changes: dict) -> bool:
        """One undoable edit (queued when the project is busy); an outlet no registry knows
        is offered for the project's own registry."""
        return self.source_actions.save_article_details(article_id, changes)

    def edit_credits(self):
        return self.source_actions.edit_credits()

    def edit_outlets(self):
        return self.source_actions.edit_outlets()

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "",
            self.tr("Qarin projects (*{suffix});;All files (*)").format(suffix=SUFFIX))
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> bool:
        try:
            session = ProjectSession.open_project(path)
        except ProjectError as exc:
            self.report_unopened(Path(path).name, exc)
            return False
        remember_project(str(Path(path).resolve()))
        self.replace_session(session)
        return True

    def save_project(self) -> None:
        if self.session.untitled:
            self.save_project_as()
        else:
            self.show_message(self.tr("Every change is already saved in {path}.").format(
                path=self.session.path))

    def save_project_as(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save project as"), "",
                self.tr("Qarin projects (*{suffix})").format(suffix=SUFFIX))
            if not path:
                return False
            if not path.endswith(SUFFIX):
                path += SUFFIX
        try:
            self.session.save_as(path)
        except (ProjectError, OSError) as exc:
            self.show_message(self.tr("Not saved: {error}").format(error=exc))
            return False
        remember_project(str(Path(path).resolve()))
        self.show_message(self.tr("Saved as {path}; every change is saved there from now on.")
                          .format(path=path))
        return True

    def closeEvent(self, event) -> None:
        if self.session.project.closed:
            event.accept()
            return
        jobs = getattr(self, "export_jobs", None)
        if jobs is not None:
            jobs.wait()  # an export under way finishes before the project closes
        if self.session.untitled and self.session.annotations() and not self.quiet_close:
            answer = QMessageBox.question(
                self, self.tr("Keep your annotations?"),
                self.tr("This untitled project holds annotations. Save it under a name?\n"
                        "(If not, it stays in {folder}.)").format(
                    folder=self.session.path.parent),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_project_as():
                event.ignore()
                return
        throwaway = self.session.untitled and not self.session.annotations() and \
            not self.session.project.lexicon_overrides()
        path = self.session.path
        self.session.close()
        if throwaway:  # an untitled project with no work of the analyst's in it
            for extra in ("", "-wal", "-shm"):
                Path(f"{path}{extra}").unlink(missing_ok=True)
        event.accept()
