"""The bundled Arabic font (Amiri, OFL), registered with Qt once per process."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from desktop.paths import RESOURCES

FONT_FILES = ("Amiri-Regular.ttf", "Amiri-Bold.ttf")
FALLBACK_FAMILY = "Amiri"


@lru_cache(maxsize=1)
def arabic_family() -> str:
    """Register the bundled fonts and return their family name (needs a QGuiApplication)."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(RESOURCES / "fonts" / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family or FALLBACK_FAMILY


def arabic_font(point_size: float = 14.0) -> QFont:
    font = QFont(arabic_family())
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font
