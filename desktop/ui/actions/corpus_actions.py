"""File → Open corpus…: the corpus window over a corpus store; a story opens as an untitled
comparison project in a new main window."""
from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop.corpus.story_project import story_articles
from desktop.store import Project
from desktop.store.corpus import CorpusError, CorpusStore

from desktop.ui.views.corpus_view import CorpusData, CorpusWindow
from desktop.ui.actions.file_menu import register_export
from desktop.ui.project_session import ProjectSession, untitled_dir

OPEN_CORPUS = QT_TRANSLATE_NOOP("", "Open &corpus…")  # the File menu shows it translated
_OPEN: list[CorpusWindow] = []  # corpus windows are top-level: keep them alive


def open_corpus(window, path: str) -> CorpusWindow | None:
    try:
        with CorpusStore.open(path, readonly=True) as store:
            data = CorpusData.load(store)
    except CorpusError as exc:
        window.show_message(str(exc))
        return None

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
    _OPEN.append(view)
    view.destroyed.connect(lambda *_: _OPEN.remove(view) if view in _OPEN else None)
    view.show()
    return view


def open_corpus_dialog(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("CorpusActions", "Open corpus"), "",
                                          QCoreApplication.translate("CorpusActions", "Corpus files (*.sqlite *.db);;All files (*)"))
    if path:
        open_corpus(window, path)


def register_menu_entries() -> None:
    register_export(OPEN_CORPUS, open_corpus_dialog)
