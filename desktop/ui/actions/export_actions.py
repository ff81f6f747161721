"""File menu entries that hand work on: the comparison report (HTML, optionally a PDF beside
it), the annotations as CSV or JSON, and REFI-QDA project exchange (.qdpx export and import).

Each entry is a dialog slot (``*_dialog(window)``) that asks for paths and then calls a
function taking them (``export_report(window, html_path, pdf=True)`` ...), so tests and
scripts do the work without dialogs. The work runs on a worker thread (QThreadPool); what it
needs from the project is read on the GUI thread first, because a Project is one SQLite
connection per thread (the .qdpx export opens its own connection on the worker). The outcome,
or a one-line error, is shown in the status bar.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.store import SUFFIX

from desktop.ui.bidi import shown
from desktop.ui.actions.file_menu import register_export, remember_project
from desktop.ui.language import current_language, tr

# menu labels in English (also the keys of window.file_menu.actions); shown translated
REPORT = QT_TRANSLATE_NOOP("", "&Export report…")
ANNOTATIONS = QT_TRANSLATE_NOOP("", "Export a&nnotations (CSV/JSON)…")
QDPX_EXPORT = QT_TRANSLATE_NOOP("", "Export REFI-QDA (.q&dpx)…")
QDPX_IMPORT = QT_TRANSLATE_NOOP("", "&Import REFI-QDA (.qdpx)…")
SHOWN_NOTES = 3  # import warnings quoted in the status line (all of them in its tooltip)


def one_line(exc: BaseException) -> str:
    """An exception as the one line a user reads."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror}"
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class ExportJobs(QObject):
    """One window's export jobs, run one at a time on a worker thread, in order."""

    finished = Signal(str)  # the message shown when a job succeeded
    failed = Signal(str)  # the message shown when it failed
    _result = Signal(int, bool, object)  # emitted on the worker, delivered on the GUI thread

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._next = 0
        self._pending: dict[int, tuple[str, Callable[[Any], str]]] = {}
        self._result.connect(self._on_result, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(self, label: str, work: Callable[[], Any], done: Callable[[Any], str]) -> None:
        """Run ``work()`` on the worker; then ``done(result)`` on the GUI thread returns the
        message to show. ``work`` must not touch widgets or the window's Project."""
        self._next += 1
        job = self._next
        self._pending[job] = (label, done)
        self.window.show_message(f"{label}…")

        def task() -> None:
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - reported in the window, not raised
                self._result.emit(job, False, one_line(exc))
            else:
                self._result.emit(job, True, result)

        self.pool.start(task)

    def wait(self) -> None:
        """Block until every started job has ended (before the window closes)."""
        self.pool.waitForDone()

    @Slot(int, bool, object)
    def _on_result(self, job: int, ok: bool, payload) -> None:
        label, done = self._pending.pop(job)
        if ok:
            try:
                message = done(payload)
            except Exception as exc:  # noqa: BLE001
                ok, payload = False, one_line(exc)
        if not ok:
            message = self.tr("{label} failed: {error}").format(label=label, error=payload)
        self.window.show_message(message)
        (self.finished if ok else self.failed).emit(message)


def jobs_for(window) -> ExportJobs:
    jobs = getattr(window, "export_jobs", None)
    if jobs is None:
        jobs = window.export_jobs = ExportJobs(window)
    return jobs


def _ready_analysis(window):
    """The window's analysis if it is current, else None (after saying why)."""
    session = window.session
    if session.analysing or session.analysis is None:
        window.show_message(tr("The analysis is still running; export when it has finished."))
        return None
    return session.analysis


def _with_suffix(path: str | Path, *suffixes: str) -> Path:
    path = Path(path)
    return path if path.suffix.lower() in suffixes else path.with_name(path.name + suffixes[0])


def _folder_missing(window, path: Path, what: str) -> bool:
    if path.parent.is_dir():
        return False
    window.show_message(tr("{what}: the folder {folder} does not exist.").format(
        what=what, folder=path.parent))
    return True


def _suggested(window, suffix: str) -> str:
    session = window.session
    if session.untitled:
        return str(Path.home() / f"qarin{suffix}")
    return str(session.path.with_suffix(suffix))


def report_language() -> str:
    """Reports are written in the window's language."""
    return current_language()


# -- the work, given paths -----------------------------------------------------------------
def export_report(window, html_path: str | Path, pdf: bool = False) -> bool:
    """Write the HTML report (and, with ``pdf``, an A4 PDF of the same name beside it)."""
    from desktop.report import write_report

    analysis = _ready_analysis(window)
    if analysis is None:
        return False
    html_path = _with_suffix(html_path, ".html", ".htm")
    if _folder_missing(window, html_path, tr("Report not written")):
        return False
    pdf_path = html_path.with_suffix(".pdf") if pdf else None
    session = window.session
    annotations, codes, lexicon = session.annotations(), session.codes(), session.lexicon

    def work():
        return write_report(analysis, annotations, codes, html_path, pdf=pdf_path,
                            lexicon=lexicon, lang=report_language())

    def done(result) -> str:
        written = ", ".join(str(p) for p in result.written)
        if pdf_path:
            return tr("Report written: {files} (%n PDF page(s))", "", result.pdf_pages).format(
                files=written)
        return tr("Report written: {files}").format(files=written)

    jobs_for(window).run(tr("Writing the report"), work, done)
    return True


def export_annotations(window, path: str | Path) -> bool:
    """Write the annotations as CSV (one row each, UTF-8 with BOM) or, for a .json name, the
    analysis and annotations as JSON."""
    from desktop.report import write_report

    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("csv", "json"):
        window.show_message(tr("Annotations not exported: choose a .csv or a .json file name."))
        return False
    analysis = _ready_analysis(window)
    if analysis is None or _folder_missing(window, path, tr("Annotations not exported")):
        return False
    session = window.session
    annotations, codes, lexicon = session.annotations(), session.codes(), session.lexicon
    count = len(annotations)

    def work():
        return write_report(analysis, annotations, codes, lexicon=lexicon, **{kind: path})

    jobs_for(window).run(tr("Exporting the annotations as {kind}").format(kind=kind.upper()),
                         work, lambda _: tr("Exported %n annotation(s) to {path}", "",
                                            count).format(path=path))
    return True


def export_qdpx_file(window, path: str | Path) -> bool:
    """Write the project as a REFI-QDA .qdpx file."""
    from desktop.interchange import export_qdpx
    from desktop.store import Project

    path = _with_suffix(path, ".qdpx")
    if _folder_missing(window, path, tr("Not exported")):
        return False
    project_path = window.session.path

    def work():
        with Project.open(project_path) as project:  # this thread's own connection
            return export_qdpx(project, path)

    def done(stats) -> str:
        text = tr("Exported {path}: {sources} sources, {codes} codes, {selections} coded "
                  "selections, {notes} notes").format(
            path=path, sources=stats.sources, codes=stats.codes, selections=stats.selections,
            notes=stats.notes)
        if stats.orphans:
            text += tr(", %n unplaced annotation(s) as notes", "", stats.orphans)
        return text + "".join(tr("; not carried: {item}").format(item=item)
                              for item in stats.not_carried)

    jobs_for(window).run(tr("Exporting REFI-QDA"), work, done)
    return True


def import_qdpx_file(window, qdpx_path: str | Path, project_path: str | Path) -> bool:
    """Create the project ``project_path`` from a .qdpx file, then open it in the window."""
    from desktop.interchange import import_qdpx

    from desktop.ui.project_session import ProjectSession

    qdpx_path = Path(qdpx_path)
    project_path = _with_suffix(project_path, SUFFIX)
    if not qdpx_path.is_file():
        window.show_message(tr("Not imported: there is no file {path}.").format(path=qdpx_path))
        return False
    if project_path.exists():
        window.show_message(tr("Not imported: {path} exists; choose a new project file.").format(
            path=project_path))
        return False
    if _folder_missing(window, project_path, tr("Not imported")):
        return False

    def work():
        return import_qdpx(qdpx_path, project_path)

    def done(report) -> str:
        message = tr("Imported {file} into {project}: {sources} sources, {codes} codes, "
                     "{selections} coded selections, {notes} notes").format(
            file=qdpx_path.name, project=project_path.name, sources=report.sources,
            codes=report.codes, selections=report.selections, notes=report.notes)
        if report.orphans:
            message += tr(" (%n kept as orphan(s) to place by hand)", "", report.orphans)
        notes = [*report.skipped, *report.warnings]
        if notes:
            message += (tr(" · {skipped} not brought over, {check} to check: ").format(
                skipped=len(report.skipped), check=len(report.warnings))
                + "; ".join(notes[:SHOWN_NOTES]) + (" …" if len(notes) > SHOWN_NOTES else ""))
        session = ProjectSession.open_project(project_path)
        remember_project(str(project_path.resolve()))
        new = window.replace_session(session)
        new.show_message(message)
        new.message.setToolTip(shown("\n".join(notes)))
        return message

    jobs_for(window).run(tr("Importing {file}").format(file=qdpx_path.name), work, done)
    return True


# -- the dialogs -----------------------------------------------------------------------------
def export_report_dialog(window) -> None:
    if _ready_analysis(window) is None:
        return
    path, _ = QFileDialog.getSaveFileName(window, tr("Export report"),
                                          _suggested(window, ".html"),
                                          tr("HTML report (*.html *.htm)"))
    if not path:
        return
    answer = QMessageBox.question(
        window, tr("Export report"),
        tr("Also write an A4 PDF of the report beside the HTML file?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    export_report(window, path, pdf=answer == QMessageBox.StandardButton.Yes)


def export_annotations_dialog(window) -> None:
    if _ready_analysis(window) is None:
        return
    path, chosen = QFileDialog.getSaveFileName(
        window, tr("Export annotations"), _suggested(window, ".csv"),
        tr("CSV, one row per annotation (*.csv);;JSON, analysis and annotations (*.json)"))
    if path:
        if not Path(path).suffix:
            path += ".json" if "json" in chosen.lower() else ".csv"
        export_annotations(window, path)


def export_qdpx_dialog(window) -> None:
    path, _ = QFileDialog.getSaveFileName(window, tr("Export REFI-QDA project"),
                                          _suggested(window, ".qdpx"),
                                          tr("REFI-QDA project (*.qdpx)"))
    if path:
        export_qdpx_file(window, path)


def import_qdpx_dialog(window) -> None:
    source, _ = QFileDialog.getOpenFileName(window, tr("Import REFI-QDA project"), "",
                                            tr("REFI-QDA project (*.qdpx);;All files (*)"))
    if not source:
        return
    target, _ = QFileDialog.getSaveFileName(window, tr("New project for the import"),
                                            str(Path(source).with_suffix(SUFFIX)),
                                            tr("Qarin projects (*{suffix})").format(
                                                suffix=SUFFIX),
                                            options=QFileDialog.Option.DontConfirmOverwrite)
    if target:
        import_qdpx_file(window, source, target)


def register_menu_entries() -> None:
    """Offer the entries in the File menu of every window built from now on (idempotent)."""
    register_export(REPORT, export_report_dialog, "Ctrl+E")
    register_export(ANNOTATIONS, export_annotations_dialog)
    register_export(QDPX_EXPORT, export_qdpx_dialog)
    register_export(QDPX_IMPORT, import_qdpx_dialog)
