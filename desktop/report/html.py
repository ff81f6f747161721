"""One self-contained HTML report: fonts, styles and the heat map inline, no script at all.

Every piece of text that comes from an article, a title, a memo or a code name goes through
``text()``, which escapes markup and turns scoped bidi controls into visible marks.
"""
from __future__ import annotations

import base64
import re
import datetime as _dt
from functools import lru_cache
from html import escape
from string import Template

from desktop.paths import RESOURCES

from .content import AlignedPair, ReportContent
from .highlight import Mark, control_label, pieces, split_controls
from .labels import COLORS, LEGEND, UNDERLINE, t
from .svg import heatmap_svg

FONTS = (("Amiri-Regular.ttf", "normal"), ("Amiri-Bold.ttf", "bold"))


def text(value: object) -> str:
    """Escape for HTML element content and attribute values; show bidi controls as marks."""
    out = []
    for run, is_control in split_controls(str(value)):
        if is_control:
            out.append(f'<span class="ctl">{escape(control_label(run))}</span>')
        else:
            out.append(escape(run, quote=True))
    return "".join(out)


def iso(value: object) -> str:
    """Free text (a name, title, memo, author) isolated, its direction taken from its own first
    strong letter, so a Latin memo reads left to right and an Arabic name cannot pull the
    neighbouring timestamp or numbers around."""
    return f"<bdi>{text(value)}</bdi>"


def ltr(value: object) -> str:
    """Text that is always left to right (dates, timestamps, offsets, file names, versions)."""
    return f'<bdi dir="ltr">{text(value)}</bdi>'


def attr(value: object) -> str:
    """Attribute text (tooltips): escaped, scoped bidi controls spelled out."""
    plain = "".join(control_label(r) if c else r for r, c in split_controls(str(value)))
    return escape(plain, quote=True)


_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def color(value: str, default: str = "#adb5bd") -> str:
    """A colour safe to put in a style attribute (``#RRGGBB`` only)."""
    return value if isinstance(value, str) and _COLOR.fullmatch(value) else default


@lru_cache(maxsize=1)
def font_css() -> str:
    rules = []
    for name, weight in FONTS:
        path = RESOURCES / "fonts" / name
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        rules.append(
            '@font-face { font-family: "Amiri"; font-style: normal; '
            f'font-weight: {weight}; src: url(data:font/ttf;base64,{data}) format("truetype"); }}'
        )
    return "\n".join(rules)


def _css_vars() -> str:
    parts = [f"--{k}: {v};" for k, v in COLORS.items()]
    parts += [f"--{k}-line: {v};" for k, v in UNDERLINE.items()]
    return " ".join(parts)


def marked(full: str, start: int, end: int, marks: tuple[Mark, ...],
           inserts: tuple[tuple[int, str], ...] = ()) -> str:
    """``full[start:end]`` with highlight spans and insertion signs where text was dropped."""
    cut_points = sorted({p for p, _ in inserts if start <= p <= end})
    out = []
    bounds = [start, *cut_points, end]
    for k, (lo, hi) in enumerate(zip(bounds, bounds[1:])):
        if k > 0:
            dropped = [s for p, s in inserts if p == lo]
            out.append(f'<span class="ins" title="{attr(" / ".join(dropped))}">[…]</span>')
        for piece in pieces(full, lo, hi, list(marks)):
            body = text(piece.text)
            if piece.classes:
                title = f' title="{attr(" · ".join(piece.titles))}"' if piece.titles else ""
                out.append(f'<span class="hl {" ".join(piece.classes)}"{title}>{body}</span>')
            else:
                out.append(body)
    return "".join(out)


def legend(lang: str) -> str:
    items = [f'<b>{text(t(lang, "legend"))}</b>']
    for cls in LEGEND:
        items.append(f'<span class="sw hl {cls}">{text(t(lang, "lg_" + cls))}</span>')
    items.append(f'<span><span class="ins">[…]</span> {text(t(lang, "lg_insert"))}</span>')
    return f'<div class="legend">{"".join(items)}</div>'


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{round(100 * x)}%"


def _summary(c: ReportContent) -> str:
    items = "".join(f"<li>{text(s)}</li>" for s in c.summary)
    return f'<section class="summary" id="summary"><h2>{text(t(c.lang, "summary"))}</h2><ul>{items}</ul></section>'


def _articles(c: ReportContent) -> str:
    L = c.lang
    head = "".join(f"<th>{text(t(L, k))}</th>" for k in
                   ("col_label", "col_outlet", "col_title", "col_date", "col_source", "col_words", "col_relay"))
    rows = []
    for i, a in enumerate(c.articles, 1):
        rows.append(
            f'<tr><td>{i}. {iso(a.label)}</td><td>{iso(a.outlet)}</td><td dir="auto">{text(a.title)}</td>'
            f'<td class="num">{ltr(a.date or t(L, "none"))}</td>'
            f'<td class="src"><span class="ltr">{text(a.source or t(L, "none"))}</span></td>'
            f'<td class="num">{a.words}</td><td>{iso(a.relay_of or t(L, "none"))}</td></tr>'
        )
    return (f'<section id="articles"><h2>{text(t(L, "articles"))}</h2><table><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


def _matrix(c: ReportContent) -> str:
    L = c.lang
    labels = [a.label for a in c.articles]
    copied = "نقل عن" if L == "ar" else "copied from"
    svg = heatmap_svg(labels, c.matrix, c.directions, rtl=(L == "ar"), copied_from=copied)
    lines = []
    for src, cpy in c.directions:
        share = c.matrix[cpy][src]
        lines.append(f"<li><bdi>{text(labels[cpy])}</bdi> {text(copied)} <bdi>{text(labels[src])}</bdi> "
                     f"<bdi>({_pct(share)})</bdi></li>")
    dirs = (f'<h3>{text(t(L, "directions"))}</h3><ul>{"".join(lines)}</ul>') if lines else ""
    return (f'<section id="matrix"><h2>{text(t(L, "matrix"))}</h2><p class="note">{text(t(L, "matrix_note"))}</p>'
            f'<div class="heatwrap">{svg}</div>{dirs}</section>')


def _framing(c: ReportContent) -> str:
    L = c.lang
    if not c.categories:
        return f'<section id="framing"><h2>{text(t(L, "framing"))}</h2><p>{text(t(L, "no_framing"))}</p></section>'
    head = f'<th>{text(t(L, "col_outlet"))}</th>' + "".join(
        f'<th style="border-bottom: 4px solid {color(col)}">{iso(label)}</th>' for _, label, col in c.categories)
    from .labels import outlet_display

    rows = []
    for outlet in c.outlets:
        cells = []
        for cid, _, _ in c.categories:
            cell = c.framing.get((outlet, cid))
            if not cell:
                cells.append('<td class="num">0</td>')
                continue
            q = f" ({cell.quoted})" if cell.quoted else ""
            terms = cell.term_list(L, iso)
            cells.append(f'<td><b>{cell.own}</b>{q}<span class="terms">{terms}</span></td>')
        rows.append(f"<tr><th>{iso(outlet_display(outlet, L))}</th>{''.join(cells)}</tr>")
    return (f'<section id="framing"><h2>{text(t(L, "framing"))}</h2><p class="note">{text(t(L, "framing_note"))}</p>'
            f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _substitutions(c: ReportContent) -> str:
    L = c.lang
    if not c.substitutions:
        body = f'<p>{text(t(L, "no_substitutions"))}</p>'
    else:
        head = "".join(f"<th>{text(t(L, k))}</th>" for k in
                       ("source_side", "copy_side", "col_from", "col_to", "col_category", "col_count"))
        rows = "".join(
            f'<tr><td>{iso(s.source)}</td><td>{iso(s.copy)}</td>'
            f'<td><span class="hl sub" dir="auto">{text(s.source_text)}</span></td>'
            f'<td><span class="hl sub" dir="auto">{text(s.copy_text)}</span></td>'
            f'<td>{iso(c.category_label(s.category) or t(L, "none"))}</td><td class="num">{s.count}</td></tr>'
            for s in c.substitutions)
        body = f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    return f'<section id="substitutions"><h2>{text(t(L, "substitutions"))}</h2>{body}</section>'


def _pair(c: ReportContent, p: AlignedPair) -> str:
    L = c.lang
    src_text, copy_text = c.texts[p.source], c.texts[p.copy]
    if p.direction_known:
        right, left = t(L, "source_side"), t(L, "copy_side")
        share = p.copied_share
        sub = f'{_pct(share)} {t(L, "copied_share")}'
    else:
        right, left = t(L, "side_a"), t(L, "side_b")
        sub = t(L, "no_direction")
    head = (f'<h3><bdi>{text(c.label(p.copy))}</bdi> ⟵ <bdi>{text(c.label(p.source))}</bdi></h3>'
            if p.direction_known else
            f'<h3><bdi>{text(c.label(p.source))}</bdi> · <bdi>{text(c.label(p.copy))}</bdi></h3>')
    rows = []
    for r in p.rows:
        if r.src_span is None:
            s_cell = f'<td class="empty">{text(t(L, "unaligned"))}</td>'
        else:
            s_cell = (f"<td>{marked(src_text, *r.src_span, p.marks[p.source], p.inserts[p.source])}</td>")
        c_cell = f"<td>{marked(copy_text, *r.copy_span, p.marks[p.copy], p.inserts[p.copy])}"
        if r.kind != "unaligned":
            c_cell += f'<span class="kind">{text(r.kind)} · {r.score:.2f}</span>'
        rows.append(f"<tr>{s_cell}{c_cell}</td></tr>")
    return (f'<div class="pair">{head}<p class="note">{text(sub)}</p>{legend(L)}'
            f'<table class="aligned"><thead><tr><th>{text(right)}: {iso(c.label(p.source))}</th>'
            f'<th>{text(left)}: {iso(c.label(p.copy))}</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _aligned(c: ReportContent) -> str:
    L = c.lang
    pairs = "".join(_pair(c, p) for p in c.aligned)
    omitted = (f'<p class="note">{text(t(L, "omitted").format(n=c.aligned_omitted))}</p>'
               if c.aligned_omitted else "")
    return (f'<section id="aligned"><h2>{text(t(L, "aligned"))}</h2><p class="note">{text(t(L, "aligned_note"))}</p>'
            f"{omitted}{pairs}</section>")


def _annotation(c: ReportContent, a) -> str:
    L = c.lang
    orphan = f' <span class="orphan">{text(t(L, "orphan"))}</span>' if a.orphan else ""
    who = [iso(a.author)] if a.author else []
    if a.modified or a.created:
        who.append(ltr(a.modified or a.created))
    memo = f'<p class="memo" dir="auto">{text(a.memo)}</p>' if a.memo else ""
    return (f'<div class="ann"><div class="who">{iso(c.label(a.article_id))} {ltr(f"[{a.start}–{a.end}]")}{orphan}'
            f'{"".join(" · " + w for w in who)}</div><blockquote dir="auto">{text(a.exact)}</blockquote>{memo}</div>')


def _annotations(c: ReportContent) -> str:
    L = c.lang
    parts = []
    for g in c.code_groups:
        if not g.annotations and not g.code.memo:
            continue
        memo = (f'<p class="code-memo">{text(t(L, "code_memo"))}: <bdi class="memo-text">{text(g.code.memo)}</bdi></p>'
                if g.code.memo else "")
        anns = "".join(_annotation(c, a) for a in g.annotations)
        path = " › ".join(iso(name) for name in g.names)
        parts.append(f'<div class="code-group" style="--code: {color(g.code.color)}">'
                     f'<h3>{path} ({len(g.annotations)})</h3>{memo}{anns}</div>')
    if c.uncoded:
        anns = "".join(_annotation(c, a) for a in c.uncoded)
        parts.append(f'<div class="code-group" style="--code: #adb5bd"><h3>{text(t(L, "uncoded"))} '
                     f'({len(c.uncoded)})</h3>{anns}</div>')
    body = "".join(parts) or f'<p>{text(t(L, "no_annotations"))}</p>'
    return f'<section id="annotations"><h2>{text(t(L, "annotations"))}</h2>{body}</section>'


def meta_parts(c: ReportContent, when: str) -> list[str]:
    """When and with what the report was made; both renderers print the same."""
    return [x for x in (when, c.engine_version and f"engine {c.engine_version}",
                        c.lexicon_version and f"lexicon {c.lexicon_version[:12]}") if x]


def render_html(c: ReportContent, *, generated: str | None = None) -> str:
    L = c.lang
    when = generated or _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    meta = " · ".join([text(t(L, "generated"))] + [ltr(x) for x in meta_parts(c, when)])
    body = "".join((
        f'<header><h1>{text(t(L, "title"))}</h1><p class="meta">{meta}</p></header>',
        _summary(c), _articles(c), _matrix(c), _framing(c), _substitutions(c), _aligned(c), _annotations(c),
    ))
    page = Template((RESOURCES / "report" / "page.html").read_text(encoding="utf-8"))
    css = (RESOURCES / "report" / "report.css").read_text(encoding="utf-8")
    return page.substitute(
        lang=L, dir="rtl" if L == "ar" else "ltr", title=text(t(L, "title")), engine=escape(c.engine_version),
        fonts=font_css(), vars=_css_vars(), css=css, body=body,
    )
