"""The report as Qt rich text (the HTML subset QTextDocument understands), for the PDF.

The body comes from the report template (template.py), written here in Qt's dialect: tables with bgcolor instead of an
SVG heat map, inline styles instead of classes, ``dir="rtl"`` on blocks. Still Qt-free: this
only builds a string; qt/pdf.py lays it out and paints it.
"""
from __future__ import annotations

import unicodedata
from html import escape

from .content import AlignedPair, ReportContent
from .highlight import Mark, control_label, pieces, split_controls
from .html import color, meta_parts
from .labels import COLORS, LEGEND, outlet_display, t
from .svg import ink, ramp
from .template import render_body, shown_groups

# A report in Qt's subset: one style per highlight class.
STYLE = {
    "shared": f"background-color:{COLORS['shared']}",
    "sub": f"background-color:{COLORS['sub']}",
    "drop": f"background-color:{COLORS['drop']}; text-decoration: line-through",
    "attr": f"background-color:{COLORS['attr']}; text-decoration: line-through; font-weight:bold",
    "add": f"background-color:{COLORS['add']}",
    "move": f"background-color:{COLORS['move']}; border: 1px dashed #d9480f",
    "frame": f"background-color:{COLORS['frame']}; text-decoration: underline",
    "frameq": f"background-color:{COLORS['frameq']}; text-decoration: underline",
}
PRIORITY = ("attr", "drop", "sub", "add", "move", "shared", "frame", "frameq")
HIGHLIGHT_BACKGROUNDS = {c.lower() for c in COLORS.values()}
TABLE = 'border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse: collapse; border-color:#ced4da"'


def text(value: object) -> str:
    out = []
    for run, is_control in split_controls(str(value)):
        if is_control:
            out.append(f'<span style="color:#c92a2a; font-family: monospace">{escape(control_label(run))}</span>')
        else:
            out.append(escape(run, quote=True).replace("\n", "<br>"))
    return "".join(out)


# Qt's rich text honours dir= only on blocks; inline runs are isolated with Unicode isolates
# (Qt's bidi algorithm implements them). Our own isolates are added after escaping, so the
# bidi controls an article brings are still shown as visible marks by text().
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def iso(value: object) -> str:
    """Free text (name, title, memo, author) isolated, its direction from its first strong letter."""
    return f"{FSI}{text(value)}{PDI}"


def ltr(value: object) -> str:
    """Always left to right: dates, timestamps, offsets, file names, versions."""
    return f"{LRI}{text(value)}{PDI}"


def first_strong(value: str, default: str) -> str:
    """"ltr" or "rtl" from the first strong letter (as dir="auto" does), else ``default``."""
    for ch in value:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return default


def block(value: str, lang: str, style: str = "") -> str:
    """A paragraph of free text laid out in its own direction (a Latin memo reads left to right)."""
    d = first_strong(value, _dir(lang))
    css = f' style="{style}"' if style else ""
    return f'<p dir="{d}" align="{"left" if d == "ltr" else "right"}"{css}>{text(value)}</p>'


def _style(classes: tuple[str, ...]) -> str:
    main = next((c for c in PRIORITY if c in classes), None)
    if main is None:
        return ""
    style = STYLE[main]
    if main not in ("frame", "frameq") and ("frame" in classes or "frameq" in classes):
        style += "; text-decoration: underline" if "line-through" not in style else ""
    return style


def marked(full: str, start: int, end: int, marks: tuple[Mark, ...],
           inserts: tuple[tuple[int, str], ...] = ()) -> str:
    cut_points = sorted({p for p, _ in inserts if start <= p <= end})
    bounds = [start, *cut_points, end]
    out = []
    for k, (lo, hi) in enumerate(zip(bounds, bounds[1:])):
        if k > 0:
            out.append('<span style="color:#c92a2a; font-weight:bold">[…]</span>')
        for piece in pieces(full, lo, hi, list(marks)):
            style = _style(piece.classes)
            body = text(piece.text)
            out.append(f'<span style="{style}">{body}</span>' if style else body)
    return "".join(out)


def legend_html(lang: str) -> str:
    cells = [f'<td><b>{text(t(lang, "legend"))}:</b></td>']
    cells += [f'<td><span style="{STYLE[c]}">{text(t(lang, "lg_" + c))}</span></td>' for c in LEGEND]
    cells.append(f'<td><span style="color:#c92a2a; font-weight:bold">[…]</span> {text(t(lang, "lg_insert"))}</td>')
    align = "right" if lang == "ar" else "left"
    # two rows: one row of nine keys leaves each too narrow for an Arabic phrase on a page
    half = (len(cells) + 1) // 2
    rows = tr(lang, cells[:half]) + tr(lang, cells[half:] + ["<td></td>"] * (2 * half - len(cells)))
    return (f'<table align="{align}" cellspacing="0" cellpadding="2" style="font-size:8pt">'
            f'{rows}</table>')


def tr(lang: str, cells: list[str]) -> str:
    """A table row; Qt lays table columns out left to right whatever dir= says, so reverse for RTL."""
    return "<tr>" + "".join(reversed(cells) if lang == "ar" else cells) + "</tr>"


def _dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{round(100 * x)}%"


class QtDialect:
    """What the template needs to write Qt rich text in ``lang``."""

    TABLE = TABLE
    SUB = STYLE["sub"]
    FSI, PDI = FSI, PDI
    text = staticmethod(text)
    iso = staticmethod(iso)
    ltr = staticmethod(ltr)
    color = staticmethod(color)
    pct = staticmethod(_pct)
    row = staticmethod(tr)
    outlet_display = staticmethod(outlet_display)
    shown_groups = staticmethod(shown_groups)

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def head_cells(self, keys) -> list[str]:
        return [f'<th bgcolor="#f1f3f5">{text(t(self.lang, k))}</th>' for k in keys]

    @staticmethod
    def numbered_heads(n: int) -> list[str]:
        return [f'<th bgcolor="#f1f3f5">{j + 1}</th>' for j in range(n)]

    @staticmethod
    def matrix_cells(c: ReportContent, i: int, small: bool) -> list[str]:
        directed = {(cpy, src) for src, cpy in c.directions}
        cells = []
        for j in range(len(c.articles)):
            v = c.matrix[i][j]
            if i == j or v is None:
                cells.append(f'<td bgcolor="{"#dee2e6" if i == j else "#f8f9fa"}"></td>')
                continue
            mark = "◀" if (i, j) in directed else ""
            label = "" if small else str(round(100 * v))
            cells.append(f'<td bgcolor="{ramp(v)}" align="center"><span style="color:{ink(v)}; '
                         f'font-size:{6 if small else 8}pt">{mark}{label}</span></td>')
        return cells

    @staticmethod
    def outlet_heads(c: ReportContent) -> list[str]:
        return [f'<th bgcolor="#f1f3f5">{iso(outlet_display(o, c.lang))}</th>' for o in c.outlets]

    @staticmethod
    def category_head(label: str, col: str) -> str:
        return f'<th bgcolor="#f1f3f5"><span style="color:{color(col)}">■</span> {iso(label)}</th>'

    @staticmethod
    def framing_cells(c: ReportContent, cid: str) -> list[str]:
        cells = []
        for outlet in c.outlets:
            cell = c.framing.get((outlet, cid))
            if not cell:
                cells.append('<td align="center">0</td>')
                continue
            q = f" ({cell.quoted})" if cell.quoted else ""
            q += f" [{cell.distanced}]" if cell.distanced else ""
            terms = cell.term_list(c.lang, iso)
            cells.append(f'<td><b>{cell.own}</b>{q}<br><span style="font-size:8pt; '
                         f'color:#495057">{terms}</span></td>')
        return cells

    @staticmethod
    def aligned_cells(c: ReportContent, p: AlignedPair, r) -> list[str]:
        src_text, copy_text = c.texts[p.source], c.texts[p.copy]
        if r.src_span is None:
            s_cell = f'<td width="50%" bgcolor="#f8f9fa"><i>{text(t(c.lang, "unaligned"))}</i></td>'
        else:
            body = marked(src_text, *r.src_span, p.marks[p.source], p.inserts[p.source])
            s_cell = f'<td width="50%">{body}</td>'
        kind = (f'<br><span style="font-size:7pt; color:#868e96">{text(c.row_kind(r))} · {r.score:.2f}</span>'
                if r.kind != "unaligned" else "")
        body = marked(copy_text, *r.copy_span, p.marks[p.copy], p.inserts[p.copy])
        c_cell = f'<td width="50%">{body}{kind}</td>'
        return [s_cell, c_cell]

    def annotation(self, c: ReportContent, a) -> str:
        L = self.lang
        orphan = f' <span style="color:#c92a2a">{text(t(L, "orphan"))}</span>' if a.orphan else ""
        who = [iso(a.author)] if a.author else []
        if a.modified or a.created:
            who.append(ltr(a.modified or a.created))
        memo = block(a.memo, L, "margin:0") if a.memo else ""
        return (f'<tr><td><p dir="{_dir(L)}" style="margin:0"><span style="font-size:8pt; color:#6c757d">'
                f'{iso(c.label(a.article_id))} {ltr(f"[{a.start}–{a.end}]")}{orphan}'
                f'{"".join(" · " + w for w in who)}</span></p>'
                f'<p dir="{first_strong(a.exact, _dir(L))}" style="margin:0">'
                f'<span style="background-color:#eceff3">{text(a.exact)}</span></p>{memo}</td></tr>')

    @staticmethod
    def path(names) -> str:
        return " › ".join(iso(name) for name in names)


def render_qt_html(c: ReportContent, *, generated: str = "") -> str:
    meta = " · ".join([text(t(c.lang, "generated"))] + [ltr(x) for x in meta_parts(c, generated)])
    return render_body(c, QtDialect(c.lang), web=False, meta=meta)
