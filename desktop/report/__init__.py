"""Comparison reports: one self-contained HTML file, an A4 PDF, CSV and JSON.

    from desktop.report import write_report
    write_report(analysis, annotations, codes, "report.html", pdf="report.pdf")

Everything here is Qt-free except ``qt.pdf`` (imported only when a PDF is asked for).
``annotations``/``codes`` are ReportAnnotation/ReportCode, or desktop.store records (converted).
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from desktop.core.model import Analysis

from .coding import annotations_from_records, codes_from_records, coding_from_project
from .content import ReportAnnotation, ReportCode, ReportContent, build_content, filter_outlets
from .export import annotations_csv, report_json
from .html import render_html

__all__ = [
    "ReportAnnotation", "ReportCode", "ReportContent", "ReportResult", "build_content", "category_labels",
    "coding_from_project", "render_html", "write_report",
]


@dataclass
class ReportResult:
    written: list[Path] = field(default_factory=list)
    pdf_pages: int = 0
    pdf_legend_pages: tuple[int, ...] = ()  # 0-based pages with highlights (and the legend)
    summary: list[str] = field(default_factory=list)


def _plain_mode(path: str) -> None:
    """mkstemp makes 0600 files; give the report the mode an ordinary new file would get."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[str]:
    """A temporary file beside `path`, renamed onto it when the block succeeds, so a failure
    never leaves half a report. Errors name the user's path, never the temporary one."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix,
                                   dir=path.parent or ".")
        os.close(fd)
        yield tmp
        _plain_mode(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


def _atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    with _writing(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)


def _normalise_coding(annotations, codes) -> tuple[list[ReportAnnotation], list[ReportCode]]:
    anns = list(annotations or ())
    cds = list(codes or ())
    if anns and not isinstance(anns[0], ReportAnnotation):
        anns = annotations_from_records(anns)
    if cds and not isinstance(cds[0], ReportCode):
        cds = codes_from_records(cds)
    return anns, cds


def category_labels(lexicon, lang: str) -> dict[str, tuple[str, str]]:
    """Category id -> (label in the report's language, colour): ``label_ar`` in Arabic reports
    when the lexicon has one, else ``label``."""
    from desktop.i18n.names import category_name  # the window names them the same way

    return {cid: (category_name(c, lang), c.color) for cid, c in lexicon.categories.items()}


def write_report(
    analysis: Analysis,
    annotations: Sequence = (),
    codes: Sequence = (),
    out_html: str | os.PathLike | None = None,
    pdf: str | os.PathLike | None = None,
    outlets: Sequence[str] | None = None,
    *,
    csv: str | os.PathLike | None = None,
    json: str | os.PathLike | None = None,
    lexicon=None,
    lang: str = "ar",
) -> ReportResult:
    """Write whichever outputs are given. ``lexicon`` (desktop.core.lexicon.Lexicon) supplies
    category labels and colours; ``outlets`` keeps only those outlets' articles.
    Raises ValueError (bad outlets, nothing to write) or OSError (cannot write) with one line."""
    if not any((out_html, pdf, csv, json)):
        raise ValueError("nothing to write: give an HTML, PDF, CSV or JSON path")
    if lang not in ("ar", "en"):
        raise ValueError(f"unknown report language {lang!r} (use ar or en)")
    anns, cds = _normalise_coding(annotations, codes)
    categories = category_labels(lexicon, lang) if lexicon is not None else None
    content = build_content(analysis, anns, cds, outlets=outlets, categories=categories, lang=lang)
    result = ReportResult(summary=list(content.summary))
    generated = datetime.now().strftime("%Y-%m-%d %H:%M")
    kept = {a.id for a in content.articles}
    kept_anns = [a for a in anns if a.article_id in kept]
    if out_html:
        _atomic_write(Path(out_html), render_html(content, generated=generated).encode("utf-8"))
        result.written.append(Path(out_html))
    if pdf:
        from .qt.pdf import write_pdf

        target = Path(pdf)
        with _writing(target) as tmp:
            try:
                info = write_pdf(content, tmp, generated=generated)
            except ImportError as exc:
                raise RuntimeError(f"PDF output needs PySide6 (Qt), which cannot be loaded ({exc})") from None
            result.pdf_pages, result.pdf_legend_pages = info.pages, info.legend_pages
        result.written.append(target)
    if csv:
        _atomic_write(Path(csv), annotations_csv(analysis, kept_anns, cds))
        result.written.append(Path(csv))
    if json:
        filtered = filter_outlets(analysis, outlets)
        _atomic_write(Path(json), report_json(filtered, kept_anns, cds).encode("utf-8"))
        result.written.append(Path(json))
    return result
