"""Read a news archive into records: folders of article files, and JSON / JSONL / CSV files of
rows (also inside .zip files) mapped to fields with ``--fields text=content,title=title,...``.

Each record gets a stable ``key`` (outlet and URL when there is a URL, else a hash of the text)
so importing the same archive twice, or a folder that grew by a day, adds only new articles.
Problems (an unreadable file, a row without text) are collected one line each; nothing stops
the rest of the archive from loading.
"""
from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from desktop.core.decode import IngestError, decode_bytes
from desktop.core.ingest import SUFFIXES as ARTICLE_SUFFIXES
from desktop.core.ingest import load_paths

from .outlet_names import resolve_outlet

ROW_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv"}
FIELDS = ("text", "title", "url", "date", "outlet")
DEFAULT_FIELDS = {"text": "text", "title": "title", "url": "url", "date": "date", "outlet": "outlet"}


class ArchiveError(ValueError):
    """Bad usage (a field map that cannot be parsed); the message is one line."""


@dataclass(frozen=True)
class Record:
    key: str  # stable identity inside a corpus
    text: str
    title: str
    url: str | None
    date: str | None
    outlet: str
    outlet_raw: str
    origin: str  # file (and member, row) it came from


@dataclass
class ReadReport:
    records: int = 0
    problems: list[str] = field(default_factory=list)


def parse_fields(spec: str | None) -> dict[str, str]:
    """``text=content,title=title`` -> ``{"text": "content", ...}`` (missing fields default to
    their own names)."""
    mapping = dict(DEFAULT_FIELDS)
    if not spec:
        return mapping
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        name, sep, column = part.partition("=")
        name, column = name.strip(), column.strip()
        if not sep or not column:
            raise ArchiveError(f"--fields: {part!r} is not FIELD=COLUMN")
        if name not in FIELDS:
            raise ArchiveError(f"--fields: unknown field {name!r} (known: {', '.join(FIELDS)})")
        mapping[name] = column
    return mapping


def record_key(outlet: str, url: str | None, text: str) -> str:
    if url:
        return f"url:{outlet}|{url.strip()}"
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def _clean(value) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def record_from_row(row: dict, fields: dict[str, str], origin: str) -> Record | None:
    text = _clean(row.get(fields["text"]))
    if not text.strip():
        return None
    raw_outlet = _clean(row.get(fields["outlet"])).strip()
    url = _clean(row.get(fields["url"])).strip() or None
    outlet = resolve_outlet(raw_outlet, url) if raw_outlet or url else "Unknown outlet"
    outlet = outlet or "Unknown outlet"
    date = _clean(row.get(fields["date"])).strip() or None
    title = html.unescape(_clean(row.get(fields["title"]))).strip()
    return Record(record_key(outlet, url, text), text, title, url, date,
                  outlet, raw_outlet, origin)


def _rows(name: str, data: bytes) -> Iterator[dict]:
    suffix = Path(name).suffix.lower()
    try:
        text = data.decode("utf-8-sig")  # archives are large: no size limit for UTF-8 rows
    except UnicodeDecodeError:
        try:
            text, _ = decode_bytes(data, name)
        except IngestError as exc:
            raise ArchiveError(str(exc)) from None
    if suffix == ".csv":
        csv.field_size_limit(1 << 28)
        yield from csv.DictReader(io.StringIO(text))
        return
    if suffix == ".json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArchiveError(f"{name}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        if isinstance(value, dict):  # {"articles": [...]} or one article
            lists = [v for v in value.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
            value = lists[0] if len(lists) == 1 else [value]
        if not isinstance(value, list):
            raise ArchiveError(f"{name}: expected a list of objects")
        yield from (v for v in value if isinstance(v, dict))
        return
    for n, line in enumerate(text.splitlines(), 1):  # JSON lines
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArchiveError(f"{name}: line {n} is not valid JSON ({exc.msg})") from None
        if isinstance(value, dict):
            yield value


def _row_records(name: str, data: bytes, fields: dict[str, str], report: ReadReport) -> Iterator[Record]:
    empty = 0
    try:
        for n, row in enumerate(_rows(name, data)):
            rec = record_from_row(row, fields, f"{name}#{n}")
            if rec is None:
                empty += 1
            else:
                yield rec
    except ArchiveError as exc:
        report.problems.append(str(exc))
    if empty:
        report.problems.append(f"{name}: {empty} row(s) without text in field {fields['text']!r} skipped")


def _zip_records(path: Path, fields: dict[str, str], report: ReadReport) -> Iterator[Record]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        report.problems.append(f"{path}: not a readable zip file ({exc})")
        return
    with zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if info.is_dir():
                continue
            name = f"{path}!{info.filename}"
            suffix = Path(info.filename).suffix.lower()
            if suffix in ROW_SUFFIXES:
                yield from _row_records(name, zf.read(info), fields, report)
            elif suffix in ARTICLE_SUFFIXES:
                try:
                    text, _ = decode_bytes(zf.read(info), name)
                except IngestError as exc:
                    report.problems.append(str(exc))
                    continue
                yield _text_record(text, name, Path(info.filename).stem)


def _text_record(text: str, origin: str, stem: str, outlet: str | None = None, title: str | None = None,
                 date: str | None = None, url: str | None = None) -> Record:
    from desktop.core.ingest import article_from_text

    art = article_from_text(text, id=stem, path=origin, outlet=outlet, title=title, date=date, url=url)
    return Record(record_key(art.outlet, art.url, text), text, art.title, art.url, art.date,
                  resolve_outlet(art.outlet, art.url), art.outlet, origin)


def _files(paths: Iterable[str | os.PathLike], report: ReadReport) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in ROW_SUFFIXES | ARTICLE_SUFFIXES | {".zip"})
            if not found:
                report.problems.append(f"{path}: no supported files in this folder")
            out.extend(found)
        elif path.is_file():
            out.append(path)
        else:
            report.problems.append(f"{path}: no such file or folder")
    return out


def read_archive(paths: Iterable[str | os.PathLike], fields: dict[str, str] | None = None,
                 report: ReadReport | None = None) -> Iterator[Record]:
    """Records of every supported file under ``paths``, in a stable order."""
    fields = fields or dict(DEFAULT_FIELDS)
    report = report if report is not None else ReadReport()
    for path in _files(paths, report):
        suffix = path.suffix.lower()
        if suffix == ".zip":
            source = _zip_records(path, fields, report)
        elif suffix in ROW_SUFFIXES:
            try:
                data = path.read_bytes()
            except OSError as exc:
                report.problems.append(f"{path}: cannot read ({exc.strerror or exc})")
                continue
            source = _row_records(str(path), data, fields, report)
        elif suffix in ARTICLE_SUFFIXES:
            loaded = load_paths([path])
            report.problems.extend(p.message for p in loaded.problems)
            source = (_text_record(a.text, a.path, a.id, a.outlet if a.outlet_source == "metadata" else None,
                                   a.title, a.date, a.url) for a in loaded.articles)
        else:
            report.problems.append(f"{path}: not a supported archive file (.zip, .json, .jsonl, .csv, .txt, .md)")
            continue
        for rec in source:
            report.records += 1
            yield rec
