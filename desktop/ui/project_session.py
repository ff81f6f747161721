"""The window's working state: one project file, its lexicon, and the latest analysis.

Every edit goes straight to the project file through the store API (no SQL here). Store
events become Qt signals. Opening plain files without a project creates an untitled project in
the user's data folder, so annotations are saved from the first keystroke; "Save As" copies it.
The lexicon (bundled + the user's lexicon + this project's category edits and term overrides)
is built by the store (`Project.lexicon`), as for the CLI and reports.
"""
from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from desktop.core.ingest import load_paths
from desktop.core.lexicon import Category, Lexicon, LexiconError, Term, default_lexicon
from desktop.core.lexicon_layers import add_user_term
from desktop.core.model import Analysis, Article
from desktop.store import Annotation, Code, Project, ProjectError, StoreEvent
from desktop.store.articles import duplicate_messages

from desktop.ui.analysis_process import analyze_in_process, wait_for_cache_writes
from desktop.ui.background import background_friendly, wait_in_background
from desktop.ui.load_process import load_paths_isolated
from desktop.ui.runner import AnalysisRunner
from desktop.ui.spans import find_article_quotes, index_analysis

DUPLICATE_HINT = "“Add the duplicates anyway” in File → Skipped files adds it"
THREAD_LIMIT = 40  # articles analysed on the worker thread at most (more: child process)
THREAD_CHARS = 400_000  # characters analysed on the worker thread at most
QUOTES_IN_JOB = 20_000  # characters: longer articles have their quotes found by the job
COLUMNS_META = "ui.columns"  # JSON {columns: [article id, ...], pivot: article id}


class NoArticles(ProjectError):
    """None of the given paths held a readable article."""


def problem_text(problem) -> str:
    """One ingest problem as one line; the path appears once (most messages start with it)."""
    if problem.path and problem.path in problem.message:
        return problem.message
    return f"{problem.path}: {problem.message}" if problem.path else problem.message


def untitled_dir() -> Path:
    """Where untitled projects live ($QARIN_UNTITLED_DIR, else the user's data folder)."""
    override = os.environ.get("QARIN_UNTITLED_DIR")
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(override) if override else Path(base or Path.home() / ".qarin") / "untitled"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _in_thread(articles: list[Article]) -> bool:
    """Small enough to analyse on the worker thread (large analyses go to a child process)."""
    return len(articles) <= THREAD_LIMIT and sum(len(a.text) for a in articles) <= THREAD_CHARS


def _analyze_job(path: Path, articles: list[Article], lexicon: Lexicon):
    """Runs on the worker thread. Every project keeps its analysis in the store's cache: a hit
    is decoded here, in chunks (see desktop.store.cachecodec), so the UI thread gets the
    interpreter lock between them. A miss is analysed here when the project is small;
    otherwise in a child process (see analysis_process), which also writes the cache entry,
    so neither the analysis nor encoding a multi-megabyte entry competes with the window."""
    def job(progress, cancel) -> tuple[Analysis, dict]:
        from desktop.core.analysis import ENGINE_VERSION

        with background_friendly():
            with Project.open(path) as project:  # one connection per thread
                analysis = project.cached_analysis(articles, ENGINE_VERSION, lexicon.version)
                if analysis is None and _in_thread(articles):
                    analysis = project.analysis(lexicon, progress=progress, cancel=cancel)
            if analysis is None:
                analysis = analyze_in_process(articles, lexicon, progress, cancel,
                                              store_path=path)
            progress("index", 1.0)
            index = index_analysis(analysis)
            find_article_quotes(analysis, index, min_chars=QUOTES_IN_JOB)
            return analysis, index
    return job


class ProjectSession(QObject):
    articlesChanged = Signal()
    analysisStarted = Signal()
    analysisProgress = Signal(str, float)
    analysisReady = Signal()
    analysisFailed = Signal(str)
    analysisCancelled = Signal()
    annotationsChanged = Signal()
    codesChanged = Signal()
    lexiconChanged = Signal()
    projectChanged = Signal()

    def __init__(self, project: Project, untitled: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.untitled = untitled
        self.analysis: Analysis | None = None
        self.index: dict = {}  # article id -> spans.ArticleIndex for self.analysis
        self.problems: list[str] = []
        self.duplicates: list[Article] = []  # skipped by the last add as copies of others
        self.runner = AnalysisRunner(self)
        self.runner.started.connect(self.analysisStarted)
        self.runner.progress.connect(self.analysisProgress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self.analysisFailed)
        self.runner.cancelled.connect(self.analysisCancelled)
        self._unsubscribe = project.subscribe(self._on_store_event)
        self._articles = project.articles()
        self._lexicon_pending = False
        self._lexicon_editing = False
        self._lexicon = self._build_lexicon()

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open_project(cls, path: str | Path, parent=None) -> "ProjectSession":
        return cls(Project.open(path), parent=parent)

    @classmethod
    def from_paths(cls, paths: list[str | Path], parent=None) -> "ProjectSession":
        """An untitled project holding the articles found in ``paths``.

        Reading, decoding and storing the files happens on a worker thread while the event
        loop keeps turning; only opening the finished project happens here."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        folder = untitled_dir()

        def load():
            result = load_paths_isolated(paths, load_paths)
            if not result.articles:
                detail = "; ".join(problem_text(p) for p in result.problems[:3])
                more = " …" if len(result.problems) > 3 else ""
                raise NoArticles("no readable articles" + (f" ({detail}{more})" if detail else ""))
            path = folder / f"untitled-{stamp}.qarin"
            n = 1
            while path.exists():
                n += 1
                path = folder / f"untitled-{stamp}-{n}.qarin"
            with Project.create(path, name="Untitled") as project:
                report = project.add_articles(result.articles, originals=result.originals)
            return path, result, report

        path, result, report = wait_in_background(load)
        session = cls(Project.open(path), untitled=True, parent=parent)
        session.problems = [problem_text(p) for p in result.problems]
        session.problems += session._note_duplicates(report, result.articles)
        return session

    @property
    def path(self) -> Path:
        return self.project.path

    @property
    def name(self) -> str:
        return "Untitled" if self.untitled else self.project.path.name

    def save_as(self, target: str | Path) -> None:
        """Copy the project file to ``target`` and continue working there."""
        target = Path(target)
        if target.resolve() == self.project.path.resolve():
            return
        self.runner.cancel(quiet=True)
        self.runner.wait()
        self.project.save_copy(target)  # SQLite's backup: never a byte copy of a live file
        self._unsubscribe()
        self.project.close()
        self.project = Project.open(target)
        self._unsubscribe = self.project.subscribe(self._on_store_event)
        self.untitled = False
        self.projectChanged.emit()

    def close(self) -> None:
        self.runner.cancel(quiet=True)
        self.runner.wait()
        wait_for_cache_writes()  # an analysis process may still be caching its result here
        self._unsubscribe()
        self.project.close()

    # -- articles and analysis ---------------------------------------------------------------
    @property
    def articles(self) -> list[Article]:
        return list(self._articles)

    def add_articles(self, articles: list[Article], allow_duplicates: bool = False,
                     originals: dict | None = None) -> list[str]:
        """Add articles (the store event refreshes and re-analyses); returns one line per
        article skipped as a duplicate of another. `originals`: the pages or files they were
        read from (ingest.LoadResult.originals), kept for provenance."""
        report = self.project.add_articles(articles, allow_duplicates=allow_duplicates,
                                           originals=originals)
        return self._note_duplicates(report, articles)

    def _note_duplicates(self, report, articles: list[Article]) -> list[str]:
        skipped = {new for new, _, _ in report.duplicates}
        self.duplicates = [a for a in articles if a.id in skipped]
        return duplicate_messages(report, articles, DUPLICATE_HINT)

    def add_duplicates(self) -> None:
        """Add the articles the last add skipped as duplicates, on purpose."""
        articles, self.duplicates = self.duplicates, []
        if articles:
            self.add_articles(articles, allow_duplicates=True)

    def add_paths(self, paths: list[str | Path], allow_duplicates: bool = False) -> list[str]:
        # decoding: off the UI thread, and for large files off this process's interpreter lock
        result = wait_in_background(lambda: load_paths_isolated(paths, load_paths))
        problems = [problem_text(p) for p in result.problems]
        if result.articles:
            problems += self.add_articles(result.articles, allow_duplicates,
                                          originals=result.originals)
        return problems

    def analyze(self) -> None:
        if not self._articles:
            self.analysis = None
            self.analysisReady.emit()
            return
        self.runner.start(_analyze_job(self.project.path, list(self._articles), self._lexicon))

    def cancel_analysis(self) -> None:
        self.runner.cancel()

    @property
    def analysing(self) -> bool:
        return self.runner.running

    def _on_finished(self, result) -> None:
        self.analysis, self.index = result
        self.analysisReady.emit()

    # -- the analyst's column choice (kept in the project, so Save as and reopening keep it) --
    def column_choice(self) -> tuple[list[str], str | None] | None:
        """(shown article ids in order, pivot id) as last chosen, or None."""
        raw = self.project.meta().get(COLUMNS_META, "")
        try:
            data = json.loads(raw) if raw else None
            columns = [str(c) for c in data["columns"]]
            pivot = data.get("pivot")
            return columns, (str(pivot) if pivot is not None else None)
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def set_column_choice(self, columns: list[str], pivot: str | None) -> None:
        if self.project.readonly or (list(columns), pivot) == self.column_choice():
            return
        self.project.set_meta(COLUMNS_META, json.dumps({"columns": list(columns), "pivot": pivot},
                                                       ensure_ascii=False))

    # -- lexicon -----------------------------------------------------------------------------
    @property
    def lexicon(self) -> Lexicon:
        return self._lexicon

    def _build_lexicon(self) -> Lexicon:
        """Bundled + the user's lexicon + this project's edits; a broken user lexicon file is
        left out and reported (`lexicon_problem`), never fatal."""
        self.lexicon_problem = ""
        try:
            return self.project.lexicon()
        except ProjectError as exc:
            self.lexicon_problem = str(exc)
            return self.project.lexicon(default_lexicon())  # without the user's file

    def set_term(self, term: Term, replaces: str | None = None) -> None:
        if term.category not in self._lexicon.categories:
            raise LexiconError(f"unknown category {term.category!r}")
        self._lexicon.with_changes(add=[term])  # validates stance and text
        with self._lexicon_edit():
            with self.project.atomic():
                if replaces and replaces != term.term:
                    self.project.set_lexicon_override(replaces, "remove")
                self.project.set_lexicon_override(term.term, "add", term.category, term.stance,
                                                  term.frame, term.note)

    def add_user_term(self, term: Term) -> None:
        """Add a term to the user's own lexicon file (every project); then refresh."""
        add_user_term(term)
        self._lexicon_changed()

    def remove_term(self, term: str) -> None:
        with self._lexicon_edit():
            self.project.set_lexicon_override(term, "remove")

    def set_category(self, category: Category) -> None:
        if not category.id.strip():
            raise LexiconError("a category needs an id")
        with self._lexicon_edit():
            self.project.set_lexicon_category(category.id, category.label, category.description,
                                              category.color, category.label_ar)

    def remove_category(self, cat_id: str) -> None:
        """Remove a category and every term filed under it."""
        with self._lexicon_edit():
            self.project.remove_lexicon_category(
                cat_id, [t.term for t in self._lexicon.terms if t.category == cat_id])

    @contextlib.contextmanager
    def _lexicon_edit(self):
        """One lexicon refresh (and one re-analysis) for an edit, however many rows it wrote."""
        self._lexicon_editing = True
        try:
            yield
        finally:
            self._lexicon_editing = False
        self._lexicon_changed()

    def _lexicon_changed(self) -> None:
        self._lexicon_pending = False
        self._lexicon = self._build_lexicon()
        self.lexiconChanged.emit()
        self.analyze()

    # -- codes and annotations (thin, so undo commands and panels share one path) -------------
    def codes(self) -> list[Code]:
        return self.project.codes()

    def code_for(self, name_or_guid: str, color: str | None = None) -> Code:
        """An existing code by GUID or name, or a new top-level code with that name."""
        found = self.project.find_code(name_or_guid)
        return found if found is not None else self.project.add_code(name_or_guid, color=color)

    def annotations(self) -> list[Annotation]:
        return self.project.annotations()

    def _on_store_event(self, event: StoreEvent) -> None:
        if event.kind == "articles":
            self._articles = self.project.articles()
            self.articlesChanged.emit()
            self.analyze()
        elif event.kind == "annotations":
            self.annotationsChanged.emit()
        elif event.kind == "codes":
            self.codesChanged.emit()
        elif event.kind == "lexicon" and not (self._lexicon_pending or self._lexicon_editing):
            self._lexicon_pending = True  # one refresh for a batch of overrides
            QTimer.singleShot(0, self._lexicon_changed)
