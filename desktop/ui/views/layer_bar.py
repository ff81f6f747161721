"""Highlight layer toggles with a legend: what each style means, outlet and category colours."""
from __future__ import annotations


from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.bidi import isolated_html
from desktop.ui.language import tr
from desktop.ui.style import LAYERS

SWATCH = ('<span style="background:{bg}; color:{fg}; text-decoration:{deco};">'
          '&nbsp;{sample}&nbsp;</span>')
LAYER_SAMPLES = {
    "shared": dict(bg="#c6dbef", fg="#000", deco="none", sample="نص"),
    "framing": dict(bg="transparent", fg="#000", deco="underline", sample="<b>مصطلح</b>"),
    "quotes": dict(bg="transparent", fg="#0b5d1e", deco="none", sample="«قال»"),
    "attribution": dict(bg="#f8d7d7", fg="#c62828", deco="line-through", sample="للميادين"),
    "annotations": dict(bg="#fde2a7", fg="#000", deco="none", sample="ترميز"),
    "boilerplate": dict(bg="transparent", fg="#8a8a8a", deco="none", sample="اشترك"),
}
DEFAULT_ON = {"shared", "framing", "quotes", "attribution", "annotations", "boilerplate"}


class LayerBar(QWidget):
    layersChanged = Signal(object)  # set[str]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("layerBar")
        self.boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.setContentsMargins(6, 2, 6, 2)
        for i, layer in enumerate(LAYERS, start=1):
            box = QCheckBox(f"&{i} {tr(layer.label)}", self)
            box.setChecked(layer.key in DEFAULT_ON)
            box.setToolTip(f"{tr(layer.description)} (Alt+{i})")
            box.toggled.connect(self._emit)
            swatch = QLabel(SWATCH.format(**LAYER_SAMPLES[layer.key]), self)
            row.addWidget(box)
            row.addWidget(swatch)
            row.addSpacing(10)
            self.boxes[layer.key] = box
        row.addStretch(1)
        self.legend = QLabel(self)
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.legend)

    def layers(self) -> set[str]:
        return {key for key, box in self.boxes.items() if box.isChecked()}

    def set_layer(self, key: str, on: bool) -> None:
        self.boxes[key].setChecked(on)

    def set_legend(self, outlets: dict[str, str], categories: dict[str, tuple[str, str]]) -> None:
        """Outlet colours (shared text) and category colours (framing underlines)."""
        parts = ["<b>" + self.tr("Outlets:") + "</b>"]
        parts += [f'<span style="background:{c}; color:white;">&nbsp;{isolated_html(o)}&nbsp;</span>'
                  for o, c in outlets.items()]
        parts.append("&nbsp;&nbsp;<b>" + self.tr("Categories:") + "</b>")
        parts += [f'<span style="color:{c}; text-decoration:underline;">{isolated_html(label)}</span>'
                  for label, c in categories.values()]
        self.legend.setText("&nbsp;".join(parts))

    def _emit(self) -> None:
        self.layersChanged.emit(self.layers())
