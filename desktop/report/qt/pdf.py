"""PDF output through Qt: QTextDocument lays out the rich text, QPdfWriter writes A4 pages.

Why Qt: PySide6 is already a dependency, its text engine shapes Arabic with HarfBuzz and embeds
(subsets) the bundled Amiri font, and it runs offscreen. Pure-Python PDF libraries either lack
Arabic shaping (reportlab needs reshaping/bidi add-ons) or need system libraries (WeasyPrint:
Pango). This is the only module under desktop/report/ that imports Qt.

Each page: the legend band at the top when the page carries highlights, the body slice, and
"page n of N" at the bottom. The document is paginated by Qt itself (setPageSize), so no line
is cut between pages.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.paths import RESOURCES

from ..content import ReportContent
from ..labels import t
from ..qt_html import HIGHLIGHT_BACKGROUNDS, legend_html, render_qt_html

MARGIN_MM = 12.0
FOOTER_MM = 9.0
BODY_PT = 10.5
DPI = 96


def _app():
    """The running Q(Gui)Application, or a new offscreen one for command-line use."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication, not a bare QGuiApplication: anything in this process that later
        # wants widgets (the window, pytest-qt) can then reuse it instead of aborting.
        from PySide6.QtWidgets import QApplication

        app = QApplication(["qarin-report"])
    return app


_FAMILY: list[str] = []
# Colour emoji fonts a system may have (none is bundled: they weigh about 10 MB).
EMOJI_FAMILIES = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol")


def emoji_fallback() -> list[str]:
    """Make the installed colour emoji fonts Qt's emoji fallback (Qt 6.9+ then sends emoji
    sequences, and only those, to them). Returns the families used; empty if none is installed."""
    from PySide6.QtGui import QFontDatabase

    found = [f for f in EMOJI_FAMILIES if QFontDatabase.hasFamily(f)]
    if found and hasattr(QFontDatabase, "addApplicationEmojiFontFamily"):
        have = set(QFontDatabase.applicationEmojiFontFamilies())
        for family in found:
            if family not in have:
                QFontDatabase.addApplicationEmojiFontFamily(family)
    return found


def _font_family() -> str:
    from PySide6.QtGui import QFontDatabase

    if not _FAMILY:
        family = "Amiri"
        for name in ("Amiri-Regular.ttf", "Amiri-Bold.ttf"):
            fid = QFontDatabase.addApplicationFont(str(RESOURCES / "fonts" / name))
            fams = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
            if fams:
                family = fams[0]
        emoji_fallback()
        _FAMILY.append(family)
    return _FAMILY[0]


def _document(html: str, lang: str, device, width: float, pt: float = BODY_PT):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QTextDocument, QTextOption

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(_font_family())
    font.setPointSizeF(pt)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.RightToLeft if lang == "ar" else Qt.LeftToRight)
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def highlight_pages(doc, page_height: float) -> set[int]:
    """Pages (0-based) on which some text carries a highlight background."""
    layout = doc.documentLayout()
    pages: set[int] = set()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        top = None
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                brush = frag.charFormat().background()
                if brush.style() != 0 and brush.color().name().lower() in HIGHLIGHT_BACKGROUNDS:
                    if top is None:
                        top = layout.blockBoundingRect(block).top()
                    line = block.layout().lineForTextPosition(frag.position() - block.position())
                    y = top + (line.y() if line.isValid() else 0)
                    pages.add(int(y // page_height))
            it += 1
        block = block.next()
    return pages


@dataclass(frozen=True)
class PdfInfo:
    pages: int
    legend_pages: tuple[int, ...]  # 0-based pages that carry highlights, hence the legend


def write_pdf(content: ReportContent, out: str | Path, *, generated: str = "") -> PdfInfo:
    """Write the report as an A4 PDF."""
    _app()
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    out = Path(out)
    writer = QPdfWriter(str(out))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(t(content.lang, "title"))
    writer.setCreator("Qarin")
    mm = DPI / 25.4
    page_w, page_h = writer.width(), writer.height()
    margin = MARGIN_MM * mm
    body_w = page_w - 2 * margin
    legend = _document(legend_html(content.lang), content.lang, writer, body_w, pt=8)
    legend_h = legend.size().height() + 3 * mm
    top = margin + legend_h
    body_h = page_h - top - margin - FOOTER_MM * mm
    body = _document(render_qt_html(content, generated=generated), content.lang, writer, body_w)
    from PySide6.QtCore import QSizeF

    body.setPageSize(QSizeF(body_w, body_h))
    pages = body.pageCount()
    marked_pages = highlight_pages(body, body_h)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {out}")
    try:
        footer_font = QFont(_font_family())
        footer_font.setPointSizeF(9)
        for page in range(pages):
            if page:
                writer.newPage()
            if page in marked_pages:
                painter.save()
                painter.translate(margin, margin)
                legend.drawContents(painter, QRectF(0, 0, body_w, legend_h))
                painter.setPen(QPen(QColor("#ced4da"), 1))
                painter.drawLine(QPointF(0, legend_h - 1.5 * mm), QPointF(body_w, legend_h - 1.5 * mm))
                painter.restore()
            painter.save()
            painter.translate(margin, top - page * body_h)
            body.drawContents(painter, QRectF(0, page * body_h, body_w, body_h))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#495057"))
            label = t(content.lang, "page").format(n=page + 1, total=pages)
            painter.drawText(QRectF(margin, page_h - margin - FOOTER_MM * mm, body_w, FOOTER_MM * mm),
                             int(Qt.AlignHCenter | Qt.AlignBottom), label)
    finally:
        painter.end()
        # Delete the documents here, on the thread that made them: their layout timers belong
        # to this thread, and a worker thread may be gone when Python collects them later.
        import shiboken6

        for obj in (body, legend, writer):
            shiboken6.delete(obj)
    return PdfInfo(pages, tuple(sorted(p for p in marked_pages if p < pages)))
