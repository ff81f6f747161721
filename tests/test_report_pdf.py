"""The PDF as a reader gets it: A4, page numbers, Arabic in the bundled font, legend where needed,
no blank pages (rendered with poppler's pdftoppm)."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from desktop.report import write_report
from test_report_fixtures import make_analysis, make_coding

needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")


def _pages_text(pdf) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def ink_fraction(pgm: bytes) -> float:
    """Share of non-white pixels in a binary PGM (P5) image, above the page-number band."""
    parts = pgm.split(maxsplit=4)
    assert parts[0] == b"P5"
    width, height = int(parts[1]), int(parts[2])
    body = int(height * 0.9) * width  # the page number alone must not count as content
    pixels = parts[4][:body]
    return sum(1 for v in pixels if v < 200) / body


def render_pages(pdf, tmp_path, dpi: int = 40) -> list[float]:
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(prefix)], check=True)
    return [ink_fraction(p.read_bytes()) for p in sorted(tmp_path.glob("page*.pgm"))]


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_pdf_pages_a4_numbered_not_blank(tmp_path, lang):
    codes, anns = make_coding()
    pdf = tmp_path / "r.pdf"
    result = write_report(make_analysis(), anns, codes, pdf=pdf, lang=lang)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info and re.search(rf"Pages:\s+{result.pdf_pages}\n", info)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Amiri-Regular" in fonts and "Amiri-Bold" in fonts
    inks = render_pages(pdf, tmp_path)
    assert len(inks) == result.pdf_pages >= 2
    assert all(ink > 0.001 for ink in inks), inks  # every page has visible content
    texts = _pages_text(pdf)
    if lang == "en":
        for n, page in enumerate(texts, 1):
            assert f"Page {n} of {len(texts)}" in page
    else:
        # Qt maps Amiri's contextual (GSUB-only) glyphs to no character in the PDF's ToUnicode
        # table, so extracted Arabic loses letters; digits and isolated letters come through.
        for n, page in enumerate(texts, 1):
            footer = page.strip().splitlines()[-1]
            assert sorted(re.findall(r"\d+", footer), key=int) == sorted({str(n), str(len(texts))}, key=int) \
                or re.findall(r"\d+", footer) == [str(n), str(n)], footer
        assert re.search("[\u0621-\u064a]", "".join(texts))  # Arabic is text, not pictures


@needs_poppler
def test_legend_exactly_on_pages_with_highlights(tmp_path):
    codes, anns = make_coding()
    pdf = tmp_path / "r.pdf"
    result = write_report(make_analysis(), anns, codes, pdf=pdf, lang="en")
    texts = _pages_text(pdf)
    with_legend = {i for i, page in enumerate(texts) if "Legend:" in page}
    assert with_legend == set(result.pdf_legend_pages)
    assert with_legend and len(with_legend) < len(texts)  # the summary page has no highlights
    aligned = next(i for i, page in enumerate(texts) if "Aligned texts" in page)
    assert aligned in with_legend
    assert 0 not in with_legend


@needs_poppler
def test_pdf_escapes_markup(tmp_path):
    codes, anns = make_coding()
    pdf = tmp_path / "r.pdf"
    write_report(make_analysis(), anns, codes, pdf=pdf, lang="en")
    text = "".join(_pages_text(pdf))
    assert "script>window.__pwned=1" in text and "RLO U+202E" in text
