"""The HTML report as a reader's browser sees it (headless Chromium), and its escaping."""
from __future__ import annotations

import re

import pytest

from desktop.report import write_report
from desktop.report.content import build_content
from desktop.report.highlight import Mark, pieces
from desktop.report.html import render_html
from test_report_chromium import Browser, needs_chromium
from test_report_fixtures import CATEGORIES, make_analysis, make_coding


def _html(**kw):
    codes, anns = make_coding()
    return render_html(build_content(make_analysis(), anns, codes, categories=CATEGORIES, **kw))


def test_self_contained_no_script_no_external_reference():
    html = _html()
    assert html.startswith("<!DOCTYPE html>") and '<html lang="ar" dir="rtl">' in html
    assert "<script" not in html  # the article's <script> appears only escaped
    assert "&lt;script&gt;window.__pwned=1" in html
    assert "default-src 'none'" in html  # CSP: even a bug could not fetch or run anything
    assert html.count('@font-face { font-family: "Amiri"') == 2 and "data:font/ttf;base64," in html
    # the only other face: system emoji fonts by name (local()), never a URL
    faces = re.findall(r"@font-face \{[^}]*\}", html)
    assert len(faces) == 3 and "url(" not in faces[2] and 'local("Noto Color Emoji")' in faces[2]
    for attr in re.findall(r'(?:src|href)\s*=\s*"([^"]*)"', html):
        pytest.fail(f"unexpected reference {attr!r}")
    assert "url(http" not in html and "@import" not in html


def test_bidi_controls_shown_as_marks_not_applied():
    html = _html()
    assert "\u202e" not in html and "\u202c" not in html
    assert "[RLO U+202E]" in html and "[PDF U+202C]" in html


def test_unsafe_colour_not_injected():
    html = _html()
    assert "url(http://x)" not in html and "red;background" not in html


def test_pieces_split_exactly_at_mark_boundaries():
    text = "abcdefghij"
    out = pieces(text, 0, 10, [Mark(2, 6, "shared"), Mark(4, 8, "frame", "t")])
    assert [(p.text, p.classes) for p in out] == [
        ("ab", ()), ("cd", ("shared",)), ("ef", ("frame", "shared")), ("gh", ("frame",)), ("ij", ())]
    assert "".join(p.text for p in out) == text


def test_sections_present_and_generated():
    html = _html(lang="en")
    for heading in ("Summary", "Articles and outlets", "Reuse matrix", "Framing table",
                    "Substitutions when copying", "Aligned texts", "Coding and memos", "Legend"):
        assert heading in html, heading
    assert "<svg" in html and 'class="heatmap"' in html
    assert "Orient News takes about 80% of its words from Al-Mayadeen" in html


@needs_chromium
def test_chromium_loads_report_without_errors_or_requests(tmp_path):
    codes, anns = make_coding()
    out = tmp_path / "report.html"
    write_report(make_analysis(), anns, codes, out)
    with Browser() as b:
        b.open(out)
        assert b.network_requests() == []
        assert b.console_errors() == []
        # the hostile article text is on the page as text, and nothing ran
        assert b.evaluate("typeof window.__pwned") == "undefined"
        assert b.evaluate("document.querySelectorAll('script, img, iframe, object').length") == 0
        body = b.evaluate("document.body.innerText")
        assert "<script>window.__pwned=1;console.error('pwned')</script>" in body
        assert "<b>عريض</b>" in body and '<img src="http://example.invalid/x.png">' in body
        assert b.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
        assert b.evaluate("document.fonts.check('16px Amiri')") is True
        assert b.evaluate("[...document.fonts].some(f => f.family.includes('Amiri') && f.status == 'loaded')")
        shot = tmp_path / "shot.png"
        b.screenshot(shot)
        assert shot.stat().st_size > 20_000
        pdf = tmp_path / "printed.pdf"
        b.print_pdf(pdf)  # printable: Chromium's own print path works on it
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
