"""One self-contained HTML report: fonts, styles and the heat map inline, no script at all.
The body comes from the report template (template.py), written in the browser dialect here.

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

from .content import ReportContent
from .highlight import Mark, control_label, pieces, split_controls
from .labels import COLORS, LEGEND, UNDERLINE, outlet_display, t
from .svg import heatmap_svg
from .template import render_body, shown_groups

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


def _annotation(c: ReportContent, a) -> str:
    L = c.lang
    orphan = f' <span class="orphan">{text(t(L, "orphan"))}</span>' if a.orphan else ""
    who = [iso(a.author)] if a.author else []
    if a.modified or a.created:
        who.append(ltr(a.modified or a.created))
    memo = f'<p class="memo" dir="auto">{text(a.memo)}</p>' if a.memo else ""
    return (f'<div class="ann"><div class="who">{iso(c.label(a.article_id))} {ltr(f"[{a.start}–{a.end}]")}{orphan}'
            f'{"".join(" · " + w for w in who)}</div><blockquote dir="auto">{text(a.exact)}</blockquote>{memo}</div>')


class WebDialect:
    """What the template needs to write browser HTML."""

    text = staticmethod(text)
    iso = staticmethod(iso)
    ltr = staticmethod(ltr)
    color = staticmethod(color)
    legend = staticmethod(legend)
    marked = staticmethod(marked)
    pct = staticmethod(_pct)
    outlet_display = staticmethod(outlet_display)
    shown_groups = staticmethod(shown_groups)

    @staticmethod
    def heatmap(c: ReportContent, copied: str) -> str:
        return heatmap_svg([a.label for a in c.articles], c.matrix, c.directions,
                           rtl=(c.lang == "ar"), copied_from=copied)

    @staticmethod
    def annotation(c: ReportContent, a) -> str:
        return _annotation(c, a)

    @staticmethod
    def path(names) -> str:
        return " › ".join(iso(name) for name in names)


def meta_parts(c: ReportContent, when: str) -> list[str]:
    """When and with what the report was made; both renderers print the same."""
    return [x for x in (when, c.engine_version and f"engine {c.engine_version}",
                        c.lexicon_version and f"lexicon {c.lexicon_version[:12]}") if x]


def render_html(c: ReportContent, *, generated: str | None = None) -> str:
    L = c.lang
    when = generated or _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    meta = " · ".join([text(t(L, "generated"))] + [ltr(x) for x in meta_parts(c, when)])
    body = render_body(c, WebDialect, web=True, meta=meta)
    page = Template((RESOURCES / "report" / "page.html").read_text(encoding="utf-8"))
    css = (RESOURCES / "report" / "report.css").read_text(encoding="utf-8")
    return page.substitute(
        lang=L, dir="rtl" if L == "ar" else "ltr", title=text(t(L, "title")), engine=escape(c.engine_version),
        fonts=font_css(), vars=_css_vars(), css=css, body=body,
    )
