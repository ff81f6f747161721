"""File → Open corpus… and File → Build corpus…: the corpus window over a corpus store (read
behind a progress dialog), a build run in a child process behind a cancellable progress
dialog; a story opens as an untitled comparison project in a new main window."""
from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from desktop.corpus.story_project import story_articles
from desktop.store import Project
from desktop.store.corpus import CorpusError, CorpusStore

from desktop.ui.actions.corpus_jobs import CorpusBuilder, CorpusLoader
from desktop.ui.views.corpus_view import CorpusData, CorpusWindow
from desktop.ui.actions.file_menu import register_export
from desktop.ui.project_session import ProjectSession, untitled_dir

OPEN_CORPUS = QT_TRANSLATE_NOOP("", "Open &corpus…")  # the File menu shows it translated
BUILD_CORPUS = QT_TRANSLATE_NOOP("", "&Build corpus from an archive…")
FIELDS_KEY = "corpus/fields"
_OPEN: list = []  # corpus windows and running jobs are top-level: keep them alive


def show_corpus(window, path: str, data: CorpusData) -> CorpusWindow:
    """The corpus window over ``data`` read from ``path``; its stories open as projects."""
    state = {"window": window}

    def open_story(story: dict) -> None:
        window = state["window"]
        try:
            with CorpusStore.open(path, readonly=True) as store:
                articles = story_articles(store, story)
        except CorpusError as exc:
            window.show_message(str(exc))
            return
        target = untitled_dir() / f"story-{story['id']}-{time.strftime('%Y%m%d-%H%M%S')}.qarin"
        project = Project.create(target, name=f"Story {story['id']}")
        project.add_articles(articles)
        state["window"] = window.replace_session(ProjectSession(project, untitled=True))

    view = CorpusWindow(data, open_story)
    _keep(view)
    view.show()
    return view


def _keep(obj) -> None:
    _OPEN.append(obj)
    obj.destroyed.connect(lambda *_: _OPEN.remove(obj) if obj in _OPEN else None)


def open_corpus(window, path: str) -> CorpusWindow | None:
    """Read the corpus in this thread and show it (small corpora, scripts and tests)."""
    try:
        with CorpusStore.open(path, readonly=True) as store:
            data = CorpusData.load(store)
    except CorpusError as exc:
        window.show_message(str(exc))
        return None
    return show_corpus(window, path, data)


def open_corpus_with_progress(window, path: str) -> CorpusLoader:
    """Read the corpus on a worker thread behind a cancellable progress dialog, then show it."""
    loader = CorpusLoader(window, path)
    loader.loaded.connect(lambda data: show_corpus(window, path, data))
    loader.failed.connect(window.show_message)
    loader.start()
    return loader


def open_corpus_dialog(window) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("CorpusActions", "Open corpus"), "",
        QCoreApplication.translate("CorpusActions", "Corpus files (*.sqlite *.db);;All files (*)"))
    if path:
        open_corpus_with_progress(window, path)


def build_corpus_in_background(window, corpus: str, archives: list[str], fields: str | None,
                               open_when_done: bool = True) -> CorpusBuilder:
    builder = CorpusBuilder(window, corpus, archives, fields)

    def done(ok: bool, message: str) -> None:
        window.show_message(message)
        if ok and open_when_done:
            open_corpus_with_progress(window, corpus)

    builder.finished.connect(done)
    builder.start()
    return builder


def build_corpus_dialog(window) -> None:
    archives, _ = QFileDialog.getOpenFileNames(
        window, QCoreApplication.translate("CorpusActions", "Archive to build the corpus from"), "",
        QCoreApplication.translate("CorpusActions", "Archives (*.zip *.json *.jsonl *.csv *.txt *.md);;All files (*)"))
    if not archives:
        return
    corpus, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("CorpusActions", "Corpus file (an existing one is extended)"), "",
        QCoreApplication.translate("CorpusActions", "Corpus files (*.sqlite *.db)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    if not corpus:
        return
    fields, ok = QInputDialog.getText(
        window, QCoreApplication.translate("CorpusActions", "Field mapping"),
        QCoreApplication.translate("CorpusActions", "Fields of the archive's rows, e.g. "
                                   "text=content,title=title,url=url,date=date_extracted,outlet=source\n"
                                   "(empty: columns named text, title, url, date, outlet)"),
        QLineEdit.EchoMode.Normal, str(QSettings().value(FIELDS_KEY, "") or ""))
    if not ok:
        return
    QSettings().setValue(FIELDS_KEY, fields.strip())
    build_corpus_in_background(window, corpus, archives, fields.strip() or None)


def register_menu_entries() -> None:
    register_export(OPEN_CORPUS, open_corpus_dialog)
    register_export(BUILD_CORPUS, build_corpus_dialog)
