"""Room for the text: the first-start layout (side docks tabbed together, narrow, so the text
area has most of the width) and the text size (View → Zoom in / out / reset, kept in
QSettings)."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.language import tr

TEXT_SIZE_KEY = "view/textSize"
DEFAULT_TEXT_SIZE = 14.0
MIN_TEXT_SIZE, MAX_TEXT_SIZE, STEP = 8.0, 40.0, 1.0


def side_dock_area(window) -> Qt.DockWidgetArea:
    """Side docks sit where reading starts: on the right in a right-to-left window (Qt does
    not mirror dock areas), on the left otherwise."""
    if window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.DockWidgetArea.RightDockWidgetArea
    return Qt.DockWidgetArea.LeftDockWidgetArea


def first_start_layout(window) -> None:
    """The column chooser and the codebook share one tabbed side dock, as narrow as their
    contents allow (about 280 pixels: the text area keeps over 80% of a 1600-pixel window).
    A saved layout, restored afterwards, replaces this."""
    window.tabifyDockWidget(window.chooser_dock, window.codebook_dock)
    window.chooser_dock.raise_()


SIDE_DOCK_WIDTH = 260  # pixels: the text area keeps over 80% of a 1600-pixel window
BOTTOM_DOCK_HEIGHT = 150


def size_first_start_docks(window) -> None:
    """Narrow side docks and a low annotations dock (once the window has its size)."""
    window.resizeDocks([window.chooser_dock], [SIDE_DOCK_WIDTH], Qt.Orientation.Horizontal)
    window.resizeDocks([window.annotations_dock], [BOTTOM_DOCK_HEIGHT], Qt.Orientation.Vertical)


def saved_text_size() -> float:
    try:
        size = float(QSettings().value(TEXT_SIZE_KEY, DEFAULT_TEXT_SIZE))
    except (TypeError, ValueError):
        size = DEFAULT_TEXT_SIZE
    return min(MAX_TEXT_SIZE, max(MIN_TEXT_SIZE, size))


class ZoomControl:
    """Zoom actions for the window's article text (columns and pair views)."""

    def __init__(self, window, menu) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        for key, label, shortcuts, step in (
                ("in", tr("Zoom &in"), ("Ctrl+=", "Ctrl++"), STEP),
                ("out", tr("Zoom &out"), ("Ctrl+-",), -STEP),
                ("reset", tr("&Normal text size"), ("Ctrl+0",), 0.0)):
            action = QAction(label, window)
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.triggered.connect(lambda _=False, s=step: self.step(s))
            menu.addAction(action)
            window.addAction(action)
            self.actions[key] = action
        self.size = saved_text_size()
        self._apply(save=False)

    def step(self, step: float) -> float:
        """Change the text size by ``step`` points (0: back to the default)."""
        size = DEFAULT_TEXT_SIZE if step == 0 else self.size + step
        self.size = min(MAX_TEXT_SIZE, max(MIN_TEXT_SIZE, size))
        self._apply()
        return self.size

    def _apply(self, save: bool = True) -> None:
        window = self.window
        if window.font_.pointSizeF() != self.size:
            window.font_.setPointSizeF(self.size)
            window.columns._font = window.font_
            window.pair._font = window.font_
            if window.session.analysis is not None:
                window.columns.render()
                window.pair.render()
        if save:
            QSettings().setValue(TEXT_SIZE_KEY, self.size)
            window.show_message(tr("Text size: {size} pt").format(size=f"{self.size:g}"))
