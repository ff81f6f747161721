"""Mixed-direction free text in the reports: Latin memos, Arabic author names next to
timestamps, file names, code names; the same content in the HTML and the PDF; Arabic category
labels; emoji."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from html import unescape
from types import SimpleNamespace

import pytest

from desktop.report import write_report
from desktop.report.content import ReportAnnotation, ReportCode, build_content
from desktop.report.html import render_html
from desktop.report.labels import t
from desktop.report.qt_html import render_qt_html
from test_report_chromium import Browser, needs_chromium
from test_report_fixtures import CATEGORIES, SRC, make_analysis, make_coding
from test_report_pdf import needs_poppler

FILE = "000_8719b4492cde6233.txt"  # no f-ligatures: pdftotext reads it back letter by letter
STAMP = "2026-01-03T09:15:00Z"
AUTHOR = "محللة أولى"
MEMO = "Latin memo (see p. 3) 😀 done."
CODE = "Loaded language (EN)"


def tricky():
    """The fixture analysis with a file name, a relay credit, a Latin memo by an Arabic author."""
    analysis = make_analysis()
    arts = list(analysis.articles)
    arts[1] = replace(arts[1], path=f"seeds/{FILE}", url=None, relay_of="Al-Mayadeen (relay)")
    analysis = replace(analysis, articles=tuple(arts))
    codes, anns = make_coding()
    codes.append(ReportCode("44444444-4444-4444-8444-444444444444", CODE, "#1864ab"))
    s = SRC.index("قوات")
    anns.append(ReportAnnotation("dddddddd-dddd-4ddd-8ddd-dddddddddddd", "src", s, s + 4, SRC[s:s + 4],
                                 ("44444444-4444-4444-8444-444444444444",), MEMO, AUTHOR,
                                 "2026-01-02T11:30:00Z", STAMP))
    return analysis, codes, anns, (s, s + 4)


def _content(lang="ar"):
    analysis, codes, anns, _ = tricky()
    return build_content(analysis, anns, codes, categories=CATEGORIES, lang=lang)


def test_html_isolates_free_text():
    html = render_html(_content(), generated="2026-11-23 10:00")
    _, _, _, (s, e) = tricky()
    assert f'<p class="memo" dir="auto">{MEMO}</p>' in html
    assert f"<bdi>{AUTHOR}</bdi> · <bdi dir=\"ltr\">{STAMP}</bdi>" in html
    assert f'<bdi dir="ltr">[{s}–{e}]</bdi>' in html
    assert f"<bdi>{CODE}</bdi> (1)" in html  # code names
    assert "<bdi>Orient News</bdi>" in html and "<bdi>Al-Mayadeen (relay)</bdi>" in html  # outlets
    assert '<td dir="auto">عنوان &lt;i&gt;مائل&lt;/i&gt;</td>' in html  # titles
    assert "<bdi>القوات الأميركية</bdi>" in html  # category labels
    assert '<bdi dir="ltr">2026-11-23 10:00</bdi>' in html  # when the report was made


def _x_of(b: Browser, selector: str, needle: str) -> float:
    """Left edge on screen of `needle` inside the element matched by `selector`."""
    return b.evaluate(f"""(() => {{
        const root = [...document.querySelectorAll({selector!r})]
            .find(el => el.textContent.includes({needle!r}));
        const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {{
            const i = n.data.indexOf({needle!r});
            if (i >= 0) {{
                const r = document.createRange();
                r.setStart(n, i); r.setEnd(n, i + {len(needle)});
                return r.getBoundingClientRect().left;
            }}
        }}
        return null;
    }})()""")


@needs_chromium
def test_html_mixed_directions_as_a_reader_sees_them(tmp_path):
    analysis, codes, anns, (s, e) = tricky()
    out = tmp_path / "r.html"
    write_report(analysis, anns, codes, out, lang="ar")
    with Browser() as b:
        b.open(out)
        memo_dir = b.evaluate(f"""getComputedStyle([...document.querySelectorAll('.memo')]
            .find(el => el.textContent.startsWith({MEMO[:10]!r}))).direction""")
        assert memo_dir == "ltr"  # a Latin memo reads left to right
        # the timestamp keeps its order next to an Arabic author name
        assert _x_of(b, ".who", "2026-01-03") < _x_of(b, ".who", "09:15:00Z")
        assert _x_of(b, ".who", f"[{s}") < _x_of(b, ".who", f"{e}]")
        # and a Latin code name with brackets keeps its order inside the Arabic heading
        assert _x_of(b, ".code-group h3", "Loaded") < _x_of(b, ".code-group h3", "(EN)")


def _pdf_text(pdf) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", out.stdout)  # pdftotext's own marks


@needs_poppler
def test_pdf_keeps_left_to_right_runs_in_order(tmp_path):
    analysis, codes, anns, _ = tricky()
    pdf = tmp_path / "r.pdf"
    write_report(analysis, anns, codes, pdf=pdf, lang="ar")
    text = _pdf_text(pdf)
    assert FILE in text  # not "8719b4492cde6233.txt_000"
    assert STAMP in text  # not "03T09:15:00Z-2026-01"
    assert "Al-Mayadeen (relay" in text  # the credits column (pdftotext mirrors the last bracket)


def test_pdf_layout_keeps_left_to_right_runs_in_order():
    """Where Qt puts the characters (what the PDF paints): inside each left-to-right run the
    text goes left to right, even in right-to-left paragraphs next to Arabic."""
    from PySide6.QtGui import QImage

    from desktop.report.qt.pdf import _app, _document

    _app()
    _, _, _, (s, e) = tricky()
    device = QImage(800, 800, QImage.Format_RGB32)
    doc = _document(render_qt_html(_content()), "ar", device, 700)
    plain = doc.toPlainText()

    def x(needle: str, k: int = 2) -> float:
        """x of a cursor inside `needle` (k characters in: away from the run's edges)."""
        pos = plain.index(needle) + k
        block = doc.findBlock(pos)
        line = block.layout().lineForTextPosition(pos - block.position())
        return line.cursorToX(pos - block.position())[0]

    assert x(f"[{s}") < x(f"{e}]")
    assert x("2026-01-03") < x("09:15")
    assert x(FILE[:6]) < x(FILE[8:])
    assert x(MEMO[:8]) < x(MEMO[-6:])


def _visible(markup: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", markup))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pdf_and_html_show_the_same_content(lang):
    c = _content(lang)
    html = _visible(render_html(c, generated="2026-11-23 10:00"))
    qt = _visible(render_qt_html(c, generated="2026-11-23 10:00"))
    keys = ("col_label", "col_outlet", "col_title", "col_date", "col_source", "col_words", "col_relay",
            "source_side", "copy_side", "col_from", "col_to", "col_category", "col_count",
            "summary", "articles", "matrix", "framing", "substitutions", "aligned", "annotations")
    for key in keys:
        assert t(lang, key) in html and t(lang, key) in qt, key
    values = [a.relay_of for a in c.articles if a.relay_of] + [a.source for a in c.articles]
    values += [f"lexicon {c.lexicon_version[:12]}", "engine test", "2026-11-23 10:00", MEMO, AUTHOR, STAMP]
    values += [label for _, label, _ in c.categories]
    values += [g.code.name for g in c.code_groups if g.annotations or g.code.memo]
    for value in values:
        assert value in html and value in qt, value


def test_arabic_report_uses_arabic_category_labels(tmp_path):
    from desktop.core.lexicon import load_lexicon
    from desktop.report import category_labels

    lexicon = load_lexicon()
    us = lexicon.categories["us_forces"]
    assert us.label_ar and us.label_ar != us.label
    analysis, codes, anns, _ = tricky()
    write_report(analysis, anns, codes, tmp_path / "ar.html", lexicon=lexicon, lang="ar")
    write_report(analysis, anns, codes, tmp_path / "en.html", lexicon=lexicon, lang="en")
    ar = (tmp_path / "ar.html").read_text(encoding="utf-8")
    en = (tmp_path / "en.html").read_text(encoding="utf-8")
    assert f"<bdi>{us.label_ar}</bdi>" in ar and us.label not in ar
    assert f"<bdi>{us.label}</bdi>" in en
    # a category without an Arabic label falls back to its label
    fake = SimpleNamespace(categories={
        "a": SimpleNamespace(label="Alpha", label_ar="ألفا", color="#111111"),
        "b": SimpleNamespace(label="Beta", label_ar="", color="#222222"),
        "c": SimpleNamespace(label="Gamma", color="#333333")})
    assert category_labels(fake, "ar") == {"a": ("ألفا", "#111111"), "b": ("Beta", "#222222"),
                                           "c": ("Gamma", "#333333")}
    assert category_labels(fake, "en")["a"] == ("Alpha", "#111111")


def test_substitution_category_labelled_even_without_framing_hits():
    analysis = make_analysis()
    analysis = replace(analysis, framing=())  # no hit names the categories any more
    c = build_content(analysis, categories=CATEGORIES, lang="ar")
    html = render_html(c)
    assert "<bdi>الفصائل المسلحة</bdi>" in html and ">armed_groups<" not in html


def test_emoji_font_chain_without_downloads():
    html = render_html(_content())
    face = next(f for f in re.findall(r"@font-face \{[^}]*\}", html) if "Qarin Emoji" in f)
    for family in ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"):
        assert f'local("{family}")' in face
    assert "url(" not in face and "unicode-range" in face
    assert re.search(r'html \{ font-family: "Amiri", [^;]*"Qarin Emoji"', html)


def _emoji_font_installed() -> bool:
    if not shutil.which("fc-list"):
        return False
    out = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    return "Noto Color Emoji" in out


needs_emoji_font = pytest.mark.skipif(not _emoji_font_installed(),
                                      reason="fonts-noto-color-emoji is not installed")


@needs_chromium
@needs_emoji_font
def test_chromium_draws_emoji_with_the_emoji_font_and_symbols_with_text_fonts(tmp_path):
    analysis, codes, anns, _ = tricky()
    out = tmp_path / "r.html"
    write_report(analysis, anns, codes, out, lang="ar")

    def fonts(b: Browser, selector: str, needle: str) -> set[str]:
        b.call("DOM.enable")
        b.call("CSS.enable")
        root = b.call("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
        ids = b.call("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
        for node in ids:
            html = b.call("DOM.getOuterHTML", {"nodeId": node})["outerHTML"]
            if needle in html:
                used = b.call("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
                return {f["familyName"] for f in used}
        raise AssertionError(f"no {selector} with {needle!r}")

    with Browser() as b:
        b.open(out)
        assert "Noto Color Emoji" in fonts(b, ".memo", "😀")
        assert "Noto Color Emoji" not in fonts(b, "#matrix .note", "◀")  # a symbol, not an emoji
        assert b.network_requests() == []


@needs_emoji_font
def test_pdf_registers_the_installed_emoji_font(tmp_path):
    from PySide6.QtGui import QFontDatabase

    analysis, codes, anns, _ = tricky()
    write_report(analysis, anns, codes, pdf=tmp_path / "r.pdf", lang="ar")
    assert "Noto Color Emoji" in QFontDatabase.applicationEmojiFontFamilies()
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "r.pdf")], capture_output=True,
                            text=True, check=True).stdout
    assert re.search(r"^\s*\d+\s+\d+\s+image", images, re.MULTILINE)  # the colour emoji
