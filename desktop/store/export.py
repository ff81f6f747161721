"""Annotation exports: Qarin JSON, CSV (UTF-8 with BOM, for spreadsheets; text cells that a
spreadsheet could run as a formula get a leading ', see desktop.csvcell) and W3C Web
Annotation JSON-LD (TextQuoteSelector + TextPositionSelector, code points, end exclusive).
Reads through the Project API only. ``exact`` is the text the annotation covers now;
``original_exact`` the quote the analyst made (they differ after a fuzzy re-anchoring)."""
from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

from desktop.csvcell import safe_row

from .base import now
from .records import Annotation, Code

if TYPE_CHECKING:
    from .project import Project

FORMATS = ("json", "csv", "w3c")
CSV_COLUMNS = ("guid", "article", "outlet", "start", "end", "exact", "prefix", "suffix",
               "code", "code_path", "code_guid", "memo", "author", "created", "modified",
               "orphan", "anchor", "original_exact")


def code_paths(codes: list[Code]) -> dict[str, str]:
    """{code GUID: "Parent/Child"}."""
    by_guid = {c.guid: c for c in codes}
    out: dict[str, str] = {}
    for c in codes:
        parts, walk = [], c
        while walk is not None:
            parts.append(walk.name)
            walk = by_guid.get(walk.parent) if walk.parent else None
        out[c.guid] = "/".join(reversed(parts))
    return out


def _annotation_dict(a: Annotation, paths: dict[str, str]) -> dict:
    return {"guid": a.guid, "article": a.article, "start": a.start, "end": a.end,
            "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix, "code": a.code,
            "code_path": paths.get(a.code, ""), "memo": a.memo, "author": a.author,
            "created": a.created, "modified": a.modified, "orphan": a.orphan, "anchor": a.anchor,
            "original_exact": a.original}


def to_json(project: Project, annotations: list[Annotation] | None = None) -> str:
    codes = project.codes()
    paths = code_paths(codes)
    anns = project.annotations() if annotations is None else annotations
    doc = {
        "format": "qarin-annotations",
        "version": 1,
        "project": project.name,
        "exported": now(),
        "offsets": "code points into the article text, [start, end)",
        "articles": [{"id": i.id, "guid": i.guid, "outlet": i.outlet, "title": i.title,
                      "length": i.length, "sha256": i.hash, "path": i.path}
                     for i in project.article_infos()],
        "codes": [{"guid": c.guid, "name": c.name, "path": paths[c.guid], "parent": c.parent,
                   "color": c.color, "description": c.description} for c in codes],
        "annotations": [_annotation_dict(a, paths) for a in anns],
        "memos": [{"guid": m.guid, "article": m.article, "title": m.title, "text": m.text,
                   "author": m.author, "created": m.created, "modified": m.modified}
                  for m in project.memos()],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def to_csv(project: Project, annotations: list[Annotation] | None = None) -> str:
    """CSV text starting with a BOM so spreadsheet programs read it as UTF-8."""
    paths = code_paths(project.codes())
    outlets = {i.id: i.outlet for i in project.article_infos()}
    names = {c.guid: c.name for c in project.codes()}
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for a in project.annotations() if annotations is None else annotations:
        writer.writerow(safe_row([
            a.guid, a.article, outlets.get(a.article, ""), a.start, a.end, a.exact, a.prefix,
            a.suffix, names.get(a.code, ""), paths.get(a.code, ""), a.code, a.memo, a.author,
            a.created, a.modified, int(a.orphan), a.anchor or "", a.original]))
    return buf.getvalue()


def w3c_annotation(a: Annotation, source: str, code_path: str, code_guid: str) -> dict:
    selectors: list[dict] = [{"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix,
                              "suffix": a.suffix}]
    if not a.orphan:  # an orphan's old offsets do not point into the current text
        selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
    body: list[dict] = [{"type": "TextualBody", "purpose": "classifying", "value": code_path,
                         "id": f"urn:uuid:{code_guid}"}]
    if a.memo:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": a.memo,
                     "format": "text/plain"})
    return {
        "id": f"urn:uuid:{a.guid}",
        "type": "Annotation",
        "motivation": "classifying",
        "created": a.created,
        "modified": a.modified,
        "creator": {"type": "Person", "name": a.author},
        "body": body,
        "target": {"source": source, "selector": selectors},
    }


def to_w3c(project: Project, annotations: list[Annotation] | None = None) -> str:
    """A W3C Web Annotation AnnotationCollection (JSON-LD) holding one page of annotations.
    Each target's source is the article's stable `urn:uuid:` (its REFI-QDA GUID)."""
    paths = code_paths(project.codes())
    sources = {i.id: f"urn:uuid:{i.guid}" for i in project.article_infos()}
    items = [w3c_annotation(a, sources[a.article], paths.get(a.code, ""), a.code)
             for a in (project.annotations() if annotations is None else annotations)]
    doc = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": project.name,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def export(project: Project, fmt: str, annotations: list[Annotation] | None = None) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose {', '.join(FORMATS)})")
    return {"json": to_json, "csv": to_csv, "w3c": to_w3c}[fmt](project, annotations)
