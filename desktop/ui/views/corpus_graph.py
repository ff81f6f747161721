"""The outlet network of a corpus as a graph: outlets are nodes, an arrow from A to B says B's
articles reuse A's, its width the number of B's articles reusing A, its colour the share of
those pairs that credit A (red: none, green: all). A node's size follows the articles it
contributes and takes; its second line is the share of its reuse that credits the source.

Clicking a node keeps only its arrows in view, each labelled with its count and credited share
(clicking the background shows all again); the "at least N articles" box hides thin arrows. Positions are a circle ordered by volume, so the
picture is the same on every opening.
"""
from __future__ import annotations

import math
from collections import defaultdict

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsPolygonItem,
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout, QLabel,
                               QSpinBox, QVBoxLayout, QWidget)

NODE_MIN, NODE_MAX = 18.0, 54.0  # node diameters
EDGE_MIN, EDGE_MAX = 1.0, 9.0  # arrow widths


def credit_colour(share: float | None, alpha: int = 220) -> QColor:
    """Red (nothing credited) through amber to green (all credited); grey when unknown."""
    if share is None:
        return QColor(140, 140, 140, alpha)
    share = min(1.0, max(0.0, share))
    hue = int(120 * share)  # 0 red .. 120 green
    return QColor.fromHsv(hue, 200, 190, alpha)


def outlet_totals(network: list[dict]) -> dict[str, dict]:
    """Per outlet: articles others took from it (``given``), its articles reusing others
    (``taken``), and the credited / uncredited pairs of its reuse."""
    tot: dict[str, dict] = defaultdict(lambda: {"given": 0, "taken": 0, "credited": 0, "uncredited": 0})
    for e in network:
        tot[e["from"]]["given"] += e["articles"]
        t = tot[e["to"]]
        t["taken"] += e["articles"]
        t["credited"] += e["credited"]
        t["uncredited"] += e["uncredited"]
    return dict(tot)


class _Node(QGraphicsEllipseItem):
    def __init__(self, outlet: str, diameter: float, graph: "OutletGraphView") -> None:
        super().__init__(-diameter / 2, -diameter / 2, diameter, diameter)
        self.outlet = outlet
        self.graph = graph
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.graph.select_outlet(None if self.graph.selected == self.outlet else self.outlet)
        event.accept()


class OutletGraphView(QGraphicsView):
    """The graph itself; ``edges`` maps (from, to) to its arrow for tests and tools."""

    outlet_selected = Signal(str)  # "" when the selection is cleared

    def __init__(self, network: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.network = network
        self.selected: str | None = None
        self.min_articles = 1
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.nodes: dict[str, _Node] = {}
        self.edges: dict[tuple[str, str], tuple[QGraphicsPathItem, QGraphicsPolygonItem]] = {}
        self.edge_labels: dict[tuple[str, str], QGraphicsSimpleTextItem] = {}
        self._build()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        scene = self.scene()
        scene.clear()
        self.nodes.clear()
        self.edges.clear()
        self.edge_labels.clear()
        totals = outlet_totals(self.network)
        if not totals:
            return
        outlets = sorted(totals, key=lambda o: (-(totals[o]["given"] + totals[o]["taken"]), o))
        volume = {o: totals[o]["given"] + totals[o]["taken"] for o in outlets}
        top = max(volume.values()) or 1
        radius = max(160.0, 34.0 * len(outlets))
        where: dict[str, QPointF] = {}
        size: dict[str, float] = {}
        for i, o in enumerate(outlets):
            angle = -math.pi / 2 + 2 * math.pi * i / len(outlets)
            where[o] = QPointF(radius * math.cos(angle), radius * math.sin(angle))
            size[o] = NODE_MIN + (NODE_MAX - NODE_MIN) * math.sqrt(volume[o] / top)
        heaviest = max(e["articles"] for e in self.network) or 1
        for e in sorted(self.network, key=lambda e: e["articles"]):  # heavy arrows drawn on top
            if e["from"] == e["to"]:
                continue  # an outlet reusing itself is in the matrix, not drawn as a loop
            self._edge(e, where[e["from"]], where[e["to"]], size[e["to"]] / 2, heaviest)
        font = QFont(self.font())
        small = QFont(font)
        font.setBold(True)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        for o in outlets:
            t = totals[o]
            pairs = t["credited"] + t["uncredited"]
            share = t["credited"] / pairs if pairs else None
            node = _Node(o, size[o], self)
            node.setPos(where[o])
            node.setBrush(QBrush(credit_colour(share, 255)))
            node.setPen(QPen(QColor(60, 60, 60), 1.2))
            node.setZValue(2)
            node.setToolTip(self.tr("%1: %2 articles reused by others; %3 of its articles reuse others, "
                                    "%4 of %5 pairs credited")
                            .replace("%1", o).replace("%2", str(t["given"])).replace("%3", str(t["taken"]))
                            .replace("%4", str(t["credited"])).replace("%5", str(pairs)))
            scene.addItem(node)
            self.nodes[o] = node
            label = QGraphicsSimpleTextItem(o)
            label.setFont(font)
            sub = QGraphicsSimpleTextItem(self.tr("%1% credited").replace("%1", "–" if share is None
                                                                           else str(round(100 * share))))
            sub.setFont(small)
            sub.setBrush(QBrush(QColor(70, 70, 70)))
            out = QPointF(where[o].x(), where[o].y())
            length = math.hypot(out.x(), out.y()) or 1.0
            push = size[o] / 2 + 6
            anchor = QPointF(out.x() + out.x() / length * push, out.y() + out.y() / length * push)
            # labels keep their size when the view zooms; placed outside the circle
            dy = 0.0 if anchor.y() >= 0 else -(label.boundingRect().height() + sub.boundingRect().height())
            for item in (label, sub):
                w = item.boundingRect().width()
                dx = -w if anchor.x() < -1 else 0.0 if anchor.x() > 1 else -w / 2
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
                item.setTransform(QTransform.fromTranslate(dx, dy))
                item.setPos(anchor)
                item.setZValue(3)
                scene.addItem(item)
                dy += item.boundingRect().height()
        margin = 150
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin))
        self._apply_visibility()

    def _edge(self, e: dict, a: QPointF, b: QPointF, target_radius: float, heaviest: int) -> None:
        width = EDGE_MIN + (EDGE_MAX - EDGE_MIN) * math.sqrt(e["articles"] / heaviest)
        pairs = e["credited"] + e["uncredited"]
        colour = credit_colour(e["credited"] / pairs if pairs else None)
        dx, dy = b.x() - a.x(), b.y() - a.y()
        dist = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / dist, dx / dist  # bend to one side: A->B and B->A do not overlap
        ctrl = QPointF((a.x() + b.x()) / 2 + nx * dist * 0.12, (a.y() + b.y()) / 2 + ny * dist * 0.12)
        # end the curve on the target's rim, pointing at its centre
        tx, ty = b.x() - ctrl.x(), b.y() - ctrl.y()
        tl = math.hypot(tx, ty) or 1.0
        tip = QPointF(b.x() - tx / tl * (target_radius + 2), b.y() - ty / tl * (target_radius + 2))
        head = 6 + width * 1.6
        base = QPointF(tip.x() - tx / tl * head, tip.y() - ty / tl * head)
        path = QPainterPath(a)
        path.quadTo(ctrl, base)
        item = QGraphicsPathItem(path)
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        item.setPen(pen)
        px, py = -ty / tl * head * 0.55, tx / tl * head * 0.55
        arrow = QGraphicsPolygonItem(QPolygonF([tip, QPointF(base.x() + px, base.y() + py),
                                                QPointF(base.x() - px, base.y() - py)]))
        arrow.setBrush(QBrush(colour))
        arrow.setPen(QPen(Qt.PenStyle.NoPen))
        lag = e.get("median_lag_hours")
        tip_text = (self.tr("%1 → %2: %3 articles of %2 reuse %1 (%4 pairs; %5 credited, %6 uncredited; "
                            "median lag %7 h)")
                    .replace("%1", e["from"]).replace("%2", e["to"]).replace("%3", str(e["articles"]))
                    .replace("%4", str(e["pairs"])).replace("%5", str(e["credited"]))
                    .replace("%6", str(e["uncredited"])).replace("%7", "?" if lag is None else f"{lag:.1f}"))
        for it in (item, arrow):
            it.setToolTip(tip_text)
            it.setZValue(1)
            it.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
            self.scene().addItem(it)
        self.edges[(e["from"], e["to"])] = (item, arrow)
        # the count and credited share, shown beside the arrow when one of its outlets is chosen
        label = QGraphicsSimpleTextItem(self.tr("%1 (%2% credited)").replace("%1", str(e["articles"]))
                                        .replace("%2", "–" if not pairs else str(round(100 * e["credited"] / pairs))))
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        label.setBrush(QBrush(QColor(30, 30, 30)))
        label.setZValue(4)
        label.setVisible(False)
        label.setData(0, (path.pointAtPercent(0.78), path.pointAtPercent(0.4)))  # out of, into the chosen outlet
        self.scene().addItem(label)
        self.edge_labels[(e["from"], e["to"])] = label

    # -- interaction ---------------------------------------------------------------------
    def set_min_articles(self, n: int) -> None:
        self.min_articles = max(1, int(n))
        self._apply_visibility()

    def select_outlet(self, outlet: str | None) -> None:
        self.selected = outlet
        self._apply_visibility()
        self.outlet_selected.emit(outlet or "")

    def visible_edges(self) -> list[tuple[str, str]]:
        return sorted(k for k, (item, _) in self.edges.items() if item.isVisible())

    def _apply_visibility(self) -> None:
        articles = {(e["from"], e["to"]): e["articles"] for e in self.network}
        for key, (item, arrow) in self.edges.items():
            # a chosen outlet shows all its arrows, however thin; otherwise the threshold applies
            show = self.selected in key if self.selected is not None else articles[key] >= self.min_articles
            item.setVisible(show)
            arrow.setVisible(show)
            label = self.edge_labels[key]
            label.setVisible(show and self.selected is not None)
            if label.isVisible():  # at the far end from the chosen outlet, so labels spread out
                near_target, near_source = label.data(0)
                label.setPos(near_target if key[0] == self.selected else near_source)
        for o, node in self.nodes.items():
            node.setOpacity(1.0 if self.selected in (None, o) else 0.45)
            node.setPen(QPen(QColor(20, 20, 20), 3.0 if o == self.selected else 1.2))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.itemAt(event.position().toPoint()) is None and self.selected is not None:
            self.select_outlet(None)
        super().mousePressEvent(event)

    def fit(self) -> None:
        if not self.scene().sceneRect().isEmpty():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)


def default_min_articles(network: list[dict], shown: int = 40) -> int:
    """The smallest threshold that leaves at most ``shown`` arrows (the thin rest is clutter)."""
    counts = sorted((e["articles"] for e in network if e["from"] != e["to"]), reverse=True)
    if len(counts) <= shown:
        return 1
    return counts[shown - 1] + (1 if counts[shown] == counts[shown - 1] else 0)


class OutletGraph(QWidget):
    """The graph with its controls and a one-line legend."""

    def __init__(self, network: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.view = OutletGraphView(network, self)
        self.minimum = QSpinBox(self)
        self.minimum.setRange(1, max(1, max((e["articles"] for e in network), default=1)))
        self.minimum.setValue(default_min_articles(network))
        self.minimum.valueChanged.connect(self.view.set_min_articles)
        self.minimum.valueChanged.connect(lambda _n: self._show_outlet(self.view.selected or ""))
        self.view.set_min_articles(self.minimum.value())
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.view.outlet_selected.connect(self._show_outlet)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Arrows of at least"), self))
        row.addWidget(self.minimum)
        row.addWidget(QLabel(self.tr("articles"), self))
        row.addStretch(1)
        legend = QLabel(self.tr("Arrow A → B: B's articles reuse A's; width: how many; colour: share "
                                "credited (red none, green all). Click an outlet to see only its arrows."), self)
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        layout.addWidget(legend)
        self._show_outlet("")

    def _show_outlet(self, outlet: str) -> None:
        if not outlet:
            self.info.setText(self.tr("%1 outlets, %2 arrows shown of %3")
                              .replace("%1", str(len(self.view.nodes)))
                              .replace("%2", str(len(self.view.visible_edges())))
                              .replace("%3", str(len(self.view.edges))))
            return
        t = outlet_totals(self.view.network)[outlet]
        pairs = t["credited"] + t["uncredited"]
        self.info.setText(self.tr("%1: %2 of its articles reuse other outlets, %3% of those pairs credited; "
                                  "other outlets' articles reuse it %4 times")
                          .replace("%1", outlet).replace("%2", str(t["taken"]))
                          .replace("%3", "–" if not pairs else str(round(100 * t["credited"] / pairs)))
                          .replace("%4", str(t["given"])))


__all__ = ["OutletGraph", "OutletGraphView", "credit_colour", "default_min_articles", "outlet_totals"]
