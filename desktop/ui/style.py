"""Colours and character formats for the highlight layers and outlets."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

OUTLET_PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
    "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
)
QUOTE_COLOR = "#0b5d1e"
DROPPED_COLOR = "#c62828"
CHANGED_COLOR = "#f9a825"
ADDED_COLOR = "#2e7d32"
OCCURRENCE_COLOR = "#ffeb3b"
DEFAULT_CATEGORY_COLOR = "#6a1b9a"


def outlet_color(outlet: str, order: list[str] | None = None) -> QColor:
    """A stable colour per outlet: by position in ``order`` when given, else by a name hash."""
    if order and outlet in order:
        index = order.index(outlet)
    else:
        index = int(hashlib.sha1(outlet.encode("utf-8")).hexdigest(), 16)
    return QColor(OUTLET_PALETTE[index % len(OUTLET_PALETTE)])


def tint(color: QColor | str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def blend_on_white(color: QColor | str, strength: float) -> QColor:
    """An opaque light shade of ``color`` (strength 0 = white, 1 = the colour)."""
    c = QColor(color)
    s = max(0.0, min(1.0, strength))
    return QColor(
        round(255 - (255 - c.red()) * s),
        round(255 - (255 - c.green()) * s),
        round(255 - (255 - c.blue()) * s),
    )


def heat_color(value: float) -> QColor:
    """White for 0 up to deep red for 1."""
    return blend_on_white(QColor("#b71c1c"), value ** 0.7)


@dataclass(frozen=True)
class Layer:
    key: str
    label: str
    description: str


LAYERS = (
    # English; shown through tr() (the layer bar translates them)
    Layer("shared", QT_TRANSLATE_NOOP("", "Shared text"),
          QT_TRANSLATE_NOOP("", "Background in the colour of the outlet the text comes from")),
    Layer("framing", QT_TRANSLATE_NOOP("", "Framing terms"),
          QT_TRANSLATE_NOOP("", "Underline in the colour of the lexicon category")),
    Layer("quotes", QT_TRANSLATE_NOOP("", "Quoted speech"),
          QT_TRANSLATE_NOOP("", "Dark green text")),
    Layer("attribution", QT_TRANSLATE_NOOP("", "Attribution dropped"),
          QT_TRANSLATE_NOOP("", "Red struck-through text a copy left out")),
    Layer("annotations", QT_TRANSLATE_NOOP("", "Annotations"),
          QT_TRANSLATE_NOOP("", "Translucent background in the code's colour")),
    Layer("boilerplate", QT_TRANSLATE_NOOP("", "Boilerplate"),
          QT_TRANSLATE_NOOP("", "Grey text (subscribe prompts, 'most read', tweets)")),
)
