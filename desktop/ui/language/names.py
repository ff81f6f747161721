"""Names the main window shows for things the code knows by key: its views and the engine's
stages (the progress label). English, marked for the catalogue under MainWindow; the window
shows them through self.tr()."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

VIEW_LABELS = {"columns": QT_TRANSLATE_NOOP("MainWindow", "Columns view"),
               "pair": QT_TRANSLATE_NOOP("MainWindow", "Pair view"),
               "framing": QT_TRANSLATE_NOOP("MainWindow", "Framing view"),
               "reuse": QT_TRANSLATE_NOOP("MainWindow", "Reuse view"),
               "lexicon": QT_TRANSLATE_NOOP("MainWindow", "Lexicon view")}
# the engine's stage names, as the progress label shows them
STAGES = {
    "read": QT_TRANSLATE_NOOP("MainWindow", "read"),
    "normalize": QT_TRANSLATE_NOOP("MainWindow", "normalize"),
    "segment": QT_TRANSLATE_NOOP("MainWindow", "segment"),
    "index": QT_TRANSLATE_NOOP("MainWindow", "index"),
    "candidates": QT_TRANSLATE_NOOP("MainWindow", "candidates"),
    "align": QT_TRANSLATE_NOOP("MainWindow", "align"),
    "reuse": QT_TRANSLATE_NOOP("MainWindow", "reuse"),
    "framing": QT_TRANSLATE_NOOP("MainWindow", "framing"),
    "cache": QT_TRANSLATE_NOOP("MainWindow", "cache"),
    "done": QT_TRANSLATE_NOOP("MainWindow", "done"),
}
