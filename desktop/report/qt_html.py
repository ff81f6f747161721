"""The report as Qt rich text (the HTML subset QTextDocument understands), for the PDF.

Same content and order as html.py, written for Qt's renderer: tables with bgcolor instead of an
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

# A report in Qt's subset: one style per highlight class.
STYLE = {
    "shared": f"background-color:{COLORS['shared']}",
    "sub": f"background-color:{COLORS['sub']}",
    "drop": f"background-color:{COLORS['drop']}; text-decoration: line-through",
    "attr": f"background-color:{COLORS['attr']}; text-decoration: line-through; font-weight:bold",
    "add": f"background-color:{COLORS['add']}",
    "frame": f"background-color:{COLORS['frame']}; text-decoration: underline",
    "frameq": f"background-color:{COLORS['frameq']}; text-decoration: underline",
}
PRIORITY = ("attr", "drop", "sub", "add", "shared", "frame", "frameq")
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
    return (f'<table align="{align}" cellspacing="0" cellpadding="2" style="font-size:8pt">'
            f'{tr(lang, cells)}</table>')


def tr(lang: str, cells: list[str]) -> str:
    """A table row; Qt lays table columns out left to right whatever dir= says, so reverse for RTL."""
    return "<tr>" + "".join(reversed(cells) if lang == "ar" else cells) + "</tr>"


def _dir(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{round(100 * x)}%"


def _h2(c: ReportContent, key: str) -> str:
    return f'<h2 dir="{_dir(c.lang)}">{text(t(c.lang, key))}</h2>'


def _p(c: ReportContent, body: str, cls: str = "") -> str:
    style = ' style="color:#495057; font-size:9pt"' if cls == "note" else ""
    return f'<p dir="{_dir(c.lang)}"{style}>{body}</p>'


def _articles(c: ReportContent) -> str:
    L = c.lang
    head = tr(L, [f'<th bgcolor="#f1f3f5">{text(t(L, k))}</th>' for k in
                  ("col_label", "col_outlet", "col_title", "col_date", "col_source", "col_words", "col_relay")])
    rows = "".join(
        tr(L, [f"<td>{i}. {iso(a.label)}</td>", f"<td>{iso(a.outlet)}</td>", f"<td>{iso(a.title)}</td>",
               f'<td>{ltr(a.date or t(L, "none"))}</td>',
               f'<td style="font-size:7pt">{ltr(a.source or t(L, "none"))}</td>',
               f'<td align="center">{a.words}</td>', f'<td>{iso(a.relay_of or t(L, "none"))}</td>'])
        for i, a in enumerate(c.articles, 1))
    return _h2(c, "articles") + f'<table {TABLE}><thead>{head}</thead>{rows}</table>'


def _matrix(c: ReportContent) -> str:
    L = c.lang
    n = len(c.articles)
    small = n > 16
    directed = {(cpy, src) for src, cpy in c.directions}
    head = tr(L, ['<th bgcolor="#f1f3f5"></th>'] + [f'<th bgcolor="#f1f3f5">{j + 1}</th>' for j in range(n)])
    rows = []
    for i, a in enumerate(c.articles):
        cells = []
        for j in range(n):
            v = c.matrix[i][j]
            if i == j or v is None:
                cells.append(f'<td bgcolor="{"#dee2e6" if i == j else "#f8f9fa"}"></td>')
                continue
            mark = "◀" if (i, j) in directed else ""
            label = "" if small else str(round(100 * v))
            cells.append(f'<td bgcolor="{ramp(v)}" align="center"><span style="color:{ink(v)}; '
                         f'font-size:{6 if small else 8}pt">{mark}{label}</span></td>')
        rows.append(tr(L, [f'<th bgcolor="#f1f3f5" style="font-size:8pt">{i + 1}. {iso(a.label)}</th>', *cells]))
    copied = "نقل عن" if L == "ar" else "copied from"
    dirs = "".join(f"<li>{iso(c.articles[cpy].label)} {text(copied)} {iso(c.articles[src].label)} "
                   f"{FSI}({_pct(c.matrix[cpy][src])}){PDI}</li>" for src, cpy in c.directions)
    dirs = (f'<h3 dir="{_dir(L)}">{text(t(L, "directions"))}</h3><ul dir="{_dir(L)}">{dirs}</ul>') if dirs else ""
    return (_h2(c, "matrix") + _p(c, text(t(L, "matrix_note")), "note")
            + f'<table align="{"right" if L == "ar" else "left"}" border="1" cellspacing="0" cellpadding="2" '
            f'style="border-collapse: collapse; border-color:#ffffff"><thead>{head}</thead>{"".join(rows)}</table>'
            f'<br clear="all">{dirs}')


def _framing(c: ReportContent) -> str:
    L = c.lang
    if not c.categories:
        return _h2(c, "framing") + _p(c, text(t(L, "no_framing")))
    head = tr(L, [f'<th bgcolor="#f1f3f5">{text(t(L, "col_outlet"))}</th>'] + [
        f'<th bgcolor="#f1f3f5"><span style="color:{color(col)}">■</span> {iso(label)}</th>'
        for _, label, col in c.categories])
    rows = []
    for outlet in c.outlets:
        cells = []
        for cid, _, _ in c.categories:
            cell = c.framing.get((outlet, cid))
            if not cell:
                cells.append('<td align="center">0</td>')
                continue
            q = f" ({cell.quoted})" if cell.quoted else ""
            terms = cell.term_list(L, iso)
            cells.append(f'<td><b>{cell.own}</b>{q}<br><span style="font-size:8pt; color:#495057">{terms}</span></td>')
        rows.append(tr(L, [f'<th bgcolor="#f1f3f5">{iso(outlet_display(outlet, L))}</th>', *cells]))
    return (_h2(c, "framing") + _p(c, text(t(L, "framing_note")), "note")
            + f'<table {TABLE}><thead>{head}</thead>{"".join(rows)}</table>')


def _substitutions(c: ReportContent) -> str:
    L = c.lang
    if not c.substitutions:
        return _h2(c, "substitutions") + _p(c, text(t(L, "no_substitutions")))
    head = tr(L, [f'<th bgcolor="#f1f3f5">{text(t(L, k))}</th>' for k in
                  ("source_side", "copy_side", "col_from", "col_to", "col_category", "col_count")])
    rows = "".join(
        tr(L, [f"<td>{iso(s.source)}</td>", f"<td>{iso(s.copy)}</td>",
               f'<td><span style="{STYLE["sub"]}">{iso(s.source_text)}</span></td>',
               f'<td><span style="{STYLE["sub"]}">{iso(s.copy_text)}</span></td>',
               f'<td>{iso(c.category_label(s.category) or t(L, "none"))}</td>',
               f'<td align="center">{s.count}</td>'])
        for s in c.substitutions)
    return _h2(c, "substitutions") + f'<table {TABLE}><thead>{head}</thead>{rows}</table>'


def _pair(c: ReportContent, p: AlignedPair) -> str:
    L = c.lang
    src_text, copy_text = c.texts[p.source], c.texts[p.copy]
    if p.direction_known:
        right, left = t(L, "source_side"), t(L, "copy_side")
        share = p.copied_share
        sub = f'{_pct(share)} {t(L, "copied_share")}'
        head = f"{iso(c.label(p.copy))} ⟵ {iso(c.label(p.source))}"
    else:
        right, left = t(L, "side_a"), t(L, "side_b")
        sub = t(L, "no_direction")
        head = f"{iso(c.label(p.source))} · {iso(c.label(p.copy))}"
    rows = []
    for r in p.rows:
        if r.src_span is None:
            s_cell = f'<td width="50%" bgcolor="#f8f9fa"><i>{text(t(L, "unaligned"))}</i></td>'
        else:
            s_cell = f'<td width="50%">{marked(src_text, *r.src_span, p.marks[p.source], p.inserts[p.source])}</td>'
        kind = (f'<br><span style="font-size:7pt; color:#868e96">{text(r.kind)} · {r.score:.2f}</span>'
                if r.kind != "unaligned" else "")
        c_cell = f'<td width="50%">{marked(copy_text, *r.copy_span, p.marks[p.copy], p.inserts[p.copy])}{kind}</td>'
        rows.append(tr(L, [s_cell, c_cell]))
    return (f'<h3 dir="{_dir(L)}">{head}</h3>' + _p(c, text(sub), "note")
            + f'<table {TABLE}><thead>'
            + tr(L, [f'<th bgcolor="#f1f3f5">{text(right)}: {iso(c.label(p.source))}</th>',
                     f'<th bgcolor="#f1f3f5">{text(left)}: {iso(c.label(p.copy))}</th>'])
            + f'</thead>{"".join(rows)}</table>')


def _annotations(c: ReportContent) -> str:
    L = c.lang
    parts = []

    def one(a) -> str:
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

    for g in c.code_groups:
        if not g.annotations and not g.code.memo:
            continue
        memo = (f'<tr><td bgcolor="#fff9db">{text(t(L, "code_memo"))}: {iso(g.code.memo)}</td></tr>'
                if g.code.memo else "")
        path = " › ".join(iso(name) for name in g.names)
        parts.append(f'<h3 dir="{_dir(L)}"><span style="color:{color(g.code.color)}">■</span> {path} '
                     f'({len(g.annotations)})</h3><table {TABLE}>{memo}'
                     f'{"".join(one(a) for a in g.annotations)}</table>')
    if c.uncoded:
        parts.append(f'<h3 dir="{_dir(L)}">{text(t(L, "uncoded"))} ({len(c.uncoded)})</h3>'
                     f'<table {TABLE}>{"".join(one(a) for a in c.uncoded)}</table>')
    return _h2(c, "annotations") + ("".join(parts) or _p(c, text(t(L, "no_annotations"))))


def render_qt_html(c: ReportContent, *, generated: str = "") -> str:
    L = c.lang
    meta = " · ".join([text(t(L, "generated"))] + [ltr(x) for x in meta_parts(c, generated)])
    summary = "".join(f"<li>{text(s)}</li>" for s in c.summary)
    aligned = "".join(_pair(c, p) for p in c.aligned)
    return "".join((
        f'<html><body dir="{_dir(L)}"><h1 dir="{_dir(L)}">{text(t(L, "title"))}</h1>',
        _p(c, meta, "note"),
        _h2(c, "summary"), f'<ul dir="{_dir(L)}">{summary}</ul>',
        _articles(c), _matrix(c), _framing(c), _substitutions(c),
        _h2(c, "aligned"), _p(c, text(t(L, "aligned_note")), "note"),
        _p(c, text(t(L, "omitted").format(n=c.aligned_omitted)), "note") if c.aligned_omitted else "", aligned,
        _annotations(c), "</body></html>",
    ))
