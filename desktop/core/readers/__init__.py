"""Readers: one per source kind, one registry. Each turns a file (or fetched page) into a
`Document`: the text every offset will refer to, plus what the source says about itself.

    .txt .md        text as decoded (UTF-8, UTF-16, Windows-1256)
    .html .htm      main text, headline, site name, canonical URL, date and author via
                    trafilatura (dates through htmldate); the page bytes are kept
    .mhtml .mht     the HTML part of a saved "web archive", then as .html
    .docx           paragraphs via python-docx; core properties give title, author, date
    URL             fetched (readers/fetch.py), then as .html

Ingest (core/ingest.py) takes a Document to an Article: outlet, credits, dates, furniture.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..decode import IngestError


@dataclass(frozen=True)
class Document:
    text: str
    encoding: str
    source: str  # txt | html | mhtml | docx | url
    title: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    sitename: str | None = None
    original: bytes | None = None  # the page or file as read, kept for provenance
    original_type: str = ""  # MIME type of `original`


Reader = Callable[[bytes, str], Document]


def _text_reader(data: bytes, name: str) -> Document:
    from ..decode import decode_bytes

    text, encoding = decode_bytes(data, name)
    return Document(text, encoding, "txt")


def _html_reader(data: bytes, name: str) -> Document:
    from .html import read_html

    return read_html(data, name)


def _mhtml_reader(data: bytes, name: str) -> Document:
    from .html import read_mhtml

    return read_mhtml(data, name)


def _docx_reader(data: bytes, name: str) -> Document:
    from .docx import read_docx

    return read_docx(data, name)


READERS: dict[str, Reader] = {
    ".txt": _text_reader, ".md": _text_reader,
    ".html": _html_reader, ".htm": _html_reader, ".xhtml": _html_reader,
    ".mhtml": _mhtml_reader, ".mht": _mhtml_reader,
    ".docx": _docx_reader,
}
SUFFIXES = frozenset(READERS)


def reader_for(path: str | Path) -> Reader | None:
    return READERS.get(Path(path).suffix.lower())


def read_bytes(data: bytes, name: str) -> Document:
    reader = reader_for(name)
    if reader is None:
        raise IngestError(f"{name}: not a file Qarin reads ({', '.join(sorted(SUFFIXES))})")
    return reader(data, name)


__all__ = ["Document", "IngestError", "READERS", "SUFFIXES", "read_bytes", "reader_for"]
