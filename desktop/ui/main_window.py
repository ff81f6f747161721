"""The main window: views in tabs, layer bar, docks for columns, codebook and annotations,
progress and cancel in the status bar. It wires widgets to the session; it draws nothing."""
from __future__ import annotations

import gc
import html

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDockWidget, QLabel, QMainWindow, QProgressBar, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from desktop.core.lexicon import LexiconError
from desktop.i18n.names import category_name
from desktop.store import ProjectError

from desktop.ui.actions.annotation_actions import AnnotationActions
from desktop.ui.background import in_background
from desktop.ui.models.annotations_model import AnnotationsModel
from desktop.ui.panels.annotations_panel import AnnotationsPanel
from desktop.ui.bidi import isolated, shown
from desktop.ui.models.codebook_model import CodebookModel
from desktop.ui.panels.codebook_panel import CodebookPanel
from desktop.ui.panels.column_chooser import ColumnChooser
from desktop.ui.views.columns_view import ColumnsView
from desktop.ui.actions.busy_writes import BusyWritesMixin
from desktop.ui.actions.file_actions import FileActionsMixin
from desktop.ui.actions.navigation import NavigationMixin
from desktop.ui.actions.window_menus import VIEWS, WindowMenusMixin
from desktop.ui.fonts import arabic_font
from desktop.ui.models.framing_model import FramingModel
from desktop.ui.panels.framing_panel import FramingPanel
from desktop.ui.views.layer_bar import LayerBar
from desktop.ui.language import current_language
from desktop.ui.language.names import STAGES
from desktop.ui.actions.lexicon_actions import LexiconActions
from desktop.ui.actions.source_actions import SourceActions
from desktop.ui.panels.lexicon_editor import LexiconEditor
from desktop.ui.models.lexicon_model import CategoriesModel, TermsModel
from desktop.ui.views.pair_view import PairView
from desktop.ui.project_session import ProjectSession
from desktop.ui.models.reuse_model import ReuseModel
from desktop.ui.panels.reuse_panel import ReusePanel
from desktop.ui.room import first_start_layout, side_dock_area, size_first_start_docks
from desktop.ui.spans import ArticleMarks, Mark, build_marks
from desktop.ui.panels.story_list import StoryList, main_story, story_columns, story_partner
from desktop.ui.style import outlet_color
from desktop.ui.models.substitutions_model import SubstitutionsModel

MARKS_IN_BACKGROUND = 200_000  # characters: an article this long gets its marks on a worker


class MainWindow(WindowMenusMixin, FileActionsMixin, NavigationMixin, BusyWritesMixin, QMainWindow):
    refreshed = Signal()  # every view shows the current analysis
    open_windows: list["MainWindow"] = []

    def __init__(self, session: ProjectSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.quiet_close = False  # True: close without asking (tests, screenshots)
        MainWindow.open_windows.append(self)
        self.font_ = arabic_font(14)
        self.outlet_colors: dict[str, str] = {}
        self.marks = {}
        self._occurrences: list[tuple[str, int, int]] = []
        self._occurrence_index = 0
        self._refresh_generation = 0
        self._marks_pending = None  # (analysis, article id) whose marks a worker builds
        self._awaiting_columns = False
        self._default_columns = True  # until the analyst picks columns, choose them for them
        self.current_story = None  # the story shown, when the articles hold several
        self._build_models()
        self._build_views()
        self._build_docks()
        self._build_status()
        self.actions_ = AnnotationActions(session, self.current_text_view, self)
        self.actions_.message.connect(self.show_message)
        self._install_pending()
        self.lexicon_actions = LexiconActions(self, self)
        self.lexicon_actions.message.connect(self.show_message)
        self.source_actions = SourceActions(self, self)  # credits, relay, outlet registry
        self.source_actions.message.connect(self.show_message)
        for view in self.text_views():
            view.set_context_actions([self.actions_.code_action, self.actions_.quick_action,
                                      self.lexicon_actions.add_action,
                                      self.source_actions.credit_action])
        self._build_menus()
        self._connect()
        self._update_title()
        self._refresh_store_views()
        self.resize(1600, 1000)
        self._restore_layout()

    # -- construction ------------------------------------------------------------------------
    def _build_models(self) -> None:
        self.framing_model = FramingModel(self)
        self.substitutions_model = SubstitutionsModel(self)
        self.reuse_model = ReuseModel(self)
        self.terms_model = TermsModel(self)
        self.categories_model = CategoriesModel(self)
        self.codebook_model = CodebookModel(self)
        self.annotations_model = AnnotationsModel(self)

    def _build_views(self) -> None:
        self.layer_bar = LayerBar(self)
        self.columns = ColumnsView(self.font_, self)
        self.pair = PairView(self.font_, self)
        self.framing = FramingPanel(self.framing_model, self.substitutions_model, self)
        self.reuse = ReusePanel(self.reuse_model, self)
        self.lexicon_editor = LexiconEditor(self.terms_model, self.categories_model, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("views")
        for widget, label in ((self.columns, self.tr("&Columns")), (self.pair, self.tr("&Pair")),
                              (self.framing, self.tr("&Framing")), (self.reuse, self.tr("&Reuse")),
                              (self.lexicon_editor, self.tr("&Lexicon"))):
            self.tabs.addTab(widget, label)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.layer_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.chooser = ColumnChooser(self)
        self.codebook = CodebookPanel(self.codebook_model, self)
        self.annotations = AnnotationsPanel(self.annotations_model, self)
        left = side_dock_area(self)  # the reading side: right in Arabic
        self.chooser_dock = self._dock(self.tr("Columns shown"), "chooserDock", self.chooser,
                                       left)
        self.codebook_dock = self._dock(self.tr("Codebook"), "codebookDock", self.codebook, left)
        self.annotations_dock = self._dock(self.tr("Annotations"), "annotationsDock",
                                           self.annotations,
                                           Qt.DockWidgetArea.BottomDockWidgetArea)
        self.stories = StoryList(self)
        self.stories_dock = self._dock(self.tr("Stories"), "storiesDock", self.stories, left)
        self.stories.storyChosen.connect(self.show_story)
        first_start_layout(self)

    def _build_status(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setObjectName("analysisProgress")
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(260)
        self.progress.setFormat("%p%")
        self.stage = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"), self)
        self.cancel_button.clicked.connect(self.session.cancel_analysis)
        self.message = QLabel(self)
        self.message.setObjectName("statusMessage")
        bar = self.statusBar()
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.stage)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self._set_busy(False)

    def _connect(self) -> None:
        s = self.session
        s.analysisStarted.connect(lambda: self._set_busy(True))
        s.analysisProgress.connect(self._on_progress)
        s.analysisReady.connect(self._on_analysis)
        s.analysisFailed.connect(self._on_failed)
        s.analysisCancelled.connect(self._on_cancelled)
        s.annotationsChanged.connect(self._refresh_store_views)
        s.codesChanged.connect(self._refresh_store_views)
        s.lexiconChanged.connect(self._refresh_lexicon)
        s.projectChanged.connect(self._update_title)
        self.layer_bar.layersChanged.connect(self._layers_changed)
        self.columns.rendered.connect(self._columns_rendered)
        self.chooser.columnsChanged.connect(self._columns_changed)
        self.framing.termActivated.connect(self.select_term)
        self.framing.substitutionActivated.connect(self.show_change)
        self.reuse.pairRequested.connect(self.open_pair)
        self.annotations.jumpRequested.connect(self.jump_to)
        self.annotations.editRequested.connect(self.actions_.edit)
        self.annotations.adjustRequested.connect(self.actions_.adjust)
        self.annotations.deleteRequested.connect(self.actions_.delete)
        self.codebook.addRequested.connect(self.actions_.add_code)
        self.codebook.renameRequested.connect(self.actions_.rename_code)
        self.codebook.recolorRequested.connect(self.actions_.recolor_code)
        self.codebook.mergeRequested.connect(self.actions_.merge_codes)
        self.codebook.deleteRequested.connect(self.actions_.delete_code)
        self.codebook.filterRequested.connect(
            lambda code: self.annotations.set_code_filter(code.guid if code else None))
        self.lexicon_editor.termSaved.connect(self._save_term)
        self.lexicon_editor.termRemoved.connect(
            lambda t: self._lexicon_call(self.session.remove_term, t))
        self.lexicon_editor.categorySaved.connect(
            lambda c: self._lexicon_call(self.session.set_category, c))
        self.lexicon_editor.categoryRemoved.connect(
            lambda c: self._lexicon_call(self.session.remove_category, c))
        self._refresh_lexicon()

    # -- analysis lifecycle ------------------------------------------------------------------
    def start(self) -> None:
        """Show the articles at once and start analysing them."""
        self.chooser.set_articles(self.session.articles)
        self.session.analyze()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stage.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.show_message(self.tr("Analysing %n article(s)…", "",
                                      len(self.session.articles)))

    def _on_progress(self, stage: str, fraction: float) -> None:
        self.stage.setText(self.tr(STAGES[stage]) if stage in STAGES else stage)
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.show_message(self.tr("Analysis failed: {error}").format(error=message))

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        self.show_message(self.tr("Analysis cancelled; the views show the previous result."))

    def _on_analysis(self) -> None:
        """Refresh the views in steps so no single step holds the event loop for long."""
        self._set_busy(False)
        analysis = self.session.analysis
        self._order_outlets()
        self._refresh_generation += 1
        generation = self._refresh_generation
        self.marks = {}
        steps = [lambda: self.framing_model.set_analysis(analysis, self.session.lexicon),
                 lambda: self.substitutions_model.set_analysis(
                     analysis, {c.id: category_name(c, current_language())
                                for c in self.session.lexicon.categories.values()}),
                 lambda: self.reuse_model.set_analysis(analysis),
                 lambda: self.lexicon_editor.set_analysis(analysis),
                 self._refresh_store_views,
                 self._prepare_views,
                 self._warm_marks,  # repeats, one article per turn
                 self._refresh_pair,
                 self._refresh_columns]  # renders in steps; `refreshed` follows `rendered`
        self._run_steps(steps, generation)

    def _run_steps(self, steps, generation: int) -> None:
        """Run one step per event-loop turn; a step returning True runs again next turn."""
        if generation != self._refresh_generation or self.session.project.closed:
            return  # a newer analysis arrived meanwhile, or the window closed
        if steps:
            again = steps[0]() is True
            gc.freeze()  # what the step built survives: keep it out of later full collections
            rest = steps if again else steps[1:]
            QTimer.singleShot(0, lambda: self._run_steps(rest, generation))

    def _prepare_views(self) -> None:
        """Settle which articles the columns and the pair view will show."""
        analysis = self.session.analysis
        if analysis is None:
            return
        ids = [a.id for a in analysis.articles]
        current = self.chooser.columns()
        if self._default_columns or not current or any(c not in ids for c in current) or \
                self.chooser.list.count() != len(ids):
            shares = {(p.a, p.b): max(p.a_in_b, p.b_in_a) for p in analysis.pairs}

            def weight(a: str, b: str) -> float:
                return shares.get((a, b), shares.get((b, a), 0.0))
            keep = None if self._default_columns else ([c for c in current if c in ids] or None)
            pivot = None
            saved = self.session.column_choice() if self._default_columns else None
            story = None
            if saved is not None and saved[0] and all(c in ids for c in saved[0]):
                keep, pivot = saved
                self._default_columns = False
            elif keep is None and len(analysis.stories) > 1:
                # a mixed folder: one story at a time, its pivot first
                story = main_story(analysis)
                keep = story_columns(analysis, story)
                pivot = story.pivot
            self.chooser.set_articles(list(analysis.articles), keep, pivot=pivot, weight=weight)
            self.current_story = story
        self.stories.set_analysis(analysis, self.current_story)
        self.stories_dock.setVisible(len(analysis.stories) > 1)
        self.pair.analysis = analysis
        story = self.current_story
        if story is not None and story.pivot in ids and \
                {self.pair.right_id, self.pair.left_id} - set(story.articles):
            partner = story_partner(analysis, story)
            if partner:
                self.pair.right_id, self.pair.left_id = self.pair._oriented(story.pivot, partner)
        if self.pair.right_id not in ids or self.pair.left_id not in ids:
            self.pair.right_id, self.pair.left_id = self.pair._default_pair()
        self._order_tables()

    def _order_tables(self) -> None:
        """The framing table and the reuse matrix list outlets and articles in the columns
        view's order: the first column (rightmost) first."""
        analysis = self.session.analysis
        if analysis is None:
            return
        columns = self.chooser.columns()
        outlets = list(dict.fromkeys(analysis.article(c).outlet for c in columns))
        if outlets != self.framing_model.outlet_order:
            self.framing_model.outlet_order = outlets
            self.framing_model.set_analysis(analysis, self.session.lexicon)
        self.reuse.set_column_order(columns)

    def show_story(self, story) -> None:
        """Show one story: its articles in the columns (pivot first) and its main pair."""
        analysis = self.session.analysis
        if analysis is None:
            return
        self.current_story = story
        cols = story_columns(analysis, story)
        self.chooser.set_articles(list(analysis.articles), cols, pivot=story.pivot)
        self._columns_changed(self.chooser.columns(), self.chooser.pivot_id())
        partner = story_partner(analysis, story)
        if partner:
            self.pair.set_pair(story.pivot, partner)
        self.show_message(self.tr("Story: %1 articles").replace("%1", str(len(story.articles))))

    def _warm_marks(self) -> bool:
        """Build the highlight marks of one shown article; True while more are missing."""
        if self.session.analysis is None:
            return False
        wanted = set(self.chooser.columns()) | {self.pair.right_id, self.pair.left_id}
        missing = sorted(wanted - set(self.marks) - {None})
        if not missing:
            return False
        analysis = self.session.analysis
        if len(analysis.article(missing[0]).text) < MARKS_IN_BACKGROUND:
            self._marks_for({missing[0]})
            return len(missing) > 1
        pending_analysis, pending_id = self._marks_pending or (None, None)
        if pending_analysis is not analysis or pending_id != missing[0]:
            self._marks_pending = (analysis, missing[0])  # a long article: on a worker
            colors, index = dict(self.outlet_colors), self.session.index
            cats = {c.id: (c.label, c.color) for c in self.session.lexicon.categories.values()}
            aid = missing[0]

            def done(marks: dict) -> None:
                if self.session.analysis is analysis:
                    self.marks.setdefault(aid, marks.get(aid) or ArticleMarks(
                        analysis.article(aid)))
            in_background(lambda: build_marks(analysis, colors, cats, only={aid}, index=index),
                          done, lambda exc: done({}), name="qarin-marks")
        return True  # asked again next turn, until the marks are in

    def _columns_rendered(self) -> None:
        if self._awaiting_columns:
            self._awaiting_columns = False
            self._refreshed()

    def _refreshed(self) -> None:
        a = self.session.analysis
        if a is not None:
            self.show_message(" · ".join([
                self.tr("%n article(s)", "", len(a.articles)),
                self.tr("%n aligned passage(s)", "", len(a.links)),
                self.tr("%n framing term(s)", "", len(a.framing)),
                self.tr("%n change(s) in copies", "", len(a.changes)),
                self.tr("project: {path}").format(path=self.session.path)]))
        self.refreshed.emit()

    def _order_outlets(self) -> None:
        outlets = sorted({a.outlet for a in self.session.articles})
        self.outlet_colors = {o: outlet_color(o, outlets).name() for o in outlets}
        lang = current_language()
        cats = {c.id: (category_name(c, lang), c.color)
                for c in self.session.lexicon.categories.values()}
        self.layer_bar.set_legend(self.outlet_colors, cats)

    def _marks_for(self, ids: set[str]) -> dict:
        analysis = self.session.analysis
        if analysis is None:
            return {}
        lang = current_language()
        cats = {c.id: (category_name(c, lang), c.color)
                for c in self.session.lexicon.categories.values()}
        missing = ids - set(self.marks)
        if missing:
            self.marks.update(build_marks(analysis, self.outlet_colors, cats, only=missing,
                                          index=self.session.index))
        return self.marks

    def _refresh_columns(self) -> None:
        analysis = self.session.analysis
        if analysis is None:
            self._refreshed()
            return
        self._awaiting_columns = True
        cols = self.chooser.columns()
        self.columns.columns = cols
        self.columns.pivot = self.chooser.pivot_id()
        self.columns.index = self.session.index
        self.columns.set_data(analysis, self._marks_for(set(cols)), self.outlet_colors,
                              self.layer_bar.layers())
        self._paint_annotations()

    def _refresh_pair(self) -> None:
        analysis = self.session.analysis
        if analysis is None:
            return
        self.pair.marks_provider = self._marks_for
        self.pair.index = self.session.index
        self.pair.set_data(analysis, {}, self.layer_bar.layers())
        self._paint_annotations()

    # -- reactions ---------------------------------------------------------------------------
    def _layers_changed(self, layers: set) -> None:
        self.columns.set_layers(layers)
        self.pair.set_layers(layers)
        self._paint_annotations()

    def _columns_changed(self, columns: list, pivot) -> None:
        self._default_columns = False
        try:
            self.session.set_column_choice(columns, pivot)
        except ProjectError as exc:  # a busy or read-only project: the choice is not vital
            self.show_message(self.tr("Column choice not saved: {error}").format(error=exc))
        if self.session.analysis is None:
            return
        self._order_tables()
        self.columns.marks = self._marks_for(set(columns))
        self.columns.text.marks = self.columns.marks
        self.columns.set_columns(columns, pivot)
        self._paint_annotations()

    def _refresh_store_views(self) -> None:
        codes = self.session.codes()
        annotations = self.session.annotations()
        outlets = {a.id: a.outlet for a in self.session.articles}
        counts: dict[str, int] = {}
        for a in annotations:
            counts[a.code] = counts.get(a.code, 0) + 1
        self.codebook_model.set_codes(codes, counts)
        self.annotations_model.set_data(annotations, codes, outlets)
        self._paint_annotations()

    def _paint_annotations(self) -> None:
        codes = {c.guid: c for c in self.annotations_model.codes.values()}
        by_article: dict[str, list[Mark]] = {}
        for a in self.annotations_model.annotations:
            if a.orphan:
                continue
            code = codes.get(a.code)
            tip = (self.tr("<b>Code</b>: {code}").format(
                       code=html.escape(code.name if code else a.code))
                   + ("<br>" + self.tr("memo: {memo}").format(memo=html.escape(a.memo))
                      if a.memo else "")
                   + f"<br><small>{html.escape(a.author)}</small>")
            by_article.setdefault(a.article, []).append(
                Mark(a.start, a.end, "annotations", code.color if code else "#888888", tip))
        for article, marks in self.pending_marks().items():
            by_article.setdefault(article, []).extend(marks)
        for view in self.text_views():
            view.layers = (view.layers - {"annotations"}) | \
                ({"annotations"} & self.layer_bar.layers())
            view.set_annotations(by_article)

    def _refresh_lexicon(self) -> None:
        lexicon = self.session.lexicon
        self.terms_model.set_lexicon(lexicon)
        self.categories_model.set_lexicon(lexicon)
        self.lexicon_editor.status.setText(
            self.tr("%n term(s)", "", len(lexicon.terms)) + " · "
            + self.tr("%n category(ies)", "", len(lexicon.categories)) + " · "
            + self.tr("version {version}").format(version=lexicon.version))
        if self.session.lexicon_problem:
            self.lexicon_editor.status.setText(self.tr("Your lexicon file was left out: {problem}")
                                               .format(problem=self.session.lexicon_problem))

    def _save_term(self, term, replaces) -> None:
        self._lexicon_call(self.session.set_term, term, replaces)

    def _lexicon_call(self, fn, *args) -> None:
        try:
            fn(*args)
        except (LexiconError, ProjectError) as exc:
            self.lexicon_editor.status.setText(self.tr("Not changed: {error}").format(error=exc))
            self.show_message(self.tr("Lexicon not changed: {error}").format(error=exc))

    # -- navigation --------------------------------------------------------------------------
    def text_views(self) -> list:
        return [self.columns.text, self.pair.right, self.pair.left]

    def current_text_view(self):
        focused = self.focusWidget()
        for view in self.text_views():
            if focused is view or focused is view.viewport():
                return view
        if self.tabs.currentWidget() is self.pair:
            return self.pair.right if self.pair.right.textCursor().hasSelection() \
                else self.pair.left
        return self.columns.text

    def show_view(self, name: str) -> None:
        self.tabs.setCurrentIndex(VIEWS.index(name))

    def show_message(self, text: str) -> None:
        """One line in the status bar; bidi controls in it (from a name or a path) are shown,
        not obeyed, so they cannot reorder the rest of the line."""
        self.message.setText(shown(text))

    # -- window layout (kept between sessions) ----------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        else:
            size_first_start_docks(self)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())

    # -- project -----------------------------------------------------------------------------
    def _update_title(self) -> None:
        name = self.tr("Untitled") if self.session.untitled else self.session.name
        self.setWindowTitle(self.tr("Qarin — {name}").format(name=isolated(name)))

    def replace_session(self, session: ProjectSession) -> "MainWindow":
        """Open ``session`` in a fresh window and close this one."""
        window = MainWindow(session)
        window.setGeometry(self.geometry())
        window.show()
        window.start()
        self.quiet_close = True
        self.close()
        return window

    def closeEvent(self, event) -> None:
        self.save_layout()
        super().closeEvent(event)
        if event.isAccepted() and self in MainWindow.open_windows:
            MainWindow.open_windows.remove(self)
