"""Flat exports next to a report: CSV (one row per annotation) and JSON (analysis + coding)."""
from __future__ import annotations

import csv
import io
import json
from typing import Sequence

from desktop.core.jsonio import analysis_to_dict
from desktop.csvcell import safe_cell as _cell
from desktop.core.model import Analysis

from .content import ReportAnnotation, ReportCode

CSV_COLUMNS = ("guid", "article", "outlet", "title", "start", "end", "exact", "code", "code_path",
               "code_guid", "memo", "author", "created", "modified", "orphan")


def code_paths(codes: Sequence[ReportCode]) -> dict[str, str]:
    by_guid = {c.guid: c for c in codes}
    out = {}
    for c in codes:
        parts, seen, walk = [], set(), c
        while walk is not None and walk.guid not in seen:
            seen.add(walk.guid)
            parts.append(walk.name)
            walk = by_guid.get(walk.parent) if walk.parent else None
        out[c.guid] = " / ".join(reversed(parts))
    return out


def annotations_csv(analysis: Analysis, annotations: Sequence[ReportAnnotation],
                    codes: Sequence[ReportCode]) -> bytes:
    """UTF-8 with BOM (so spreadsheet programs show Arabic), CRLF rows as RFC 4180 says.
    An annotation with several codes gives one row per code."""
    paths = code_paths(codes)
    names = {c.guid: c.name for c in codes}
    arts = {a.id: a for a in analysis.articles}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for a in annotations:
        art = arts.get(a.article_id)
        for code in a.codes or ("",):
            # every text cell, ids and timestamps too: an imported .qdpx can put anything there
            writer.writerow([_cell(v) if isinstance(v, str) else v for v in (
                a.guid, a.article_id, art.outlet if art else "", art.title if art else "",
                a.start, a.end, a.exact, names.get(code, ""), paths.get(code, ""), code,
                a.memo, a.author, a.created, a.modified, "yes" if a.orphan else "no",
            )])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def report_json(analysis: Analysis, annotations: Sequence[ReportAnnotation],
                codes: Sequence[ReportCode]) -> str:
    paths = code_paths(codes)
    doc = {
        "format": "qarin-report",
        "version": 1,
        "offsets": "code points into the article text, [start, end)",
        "analysis": analysis_to_dict(analysis),
        "codes": [{"guid": c.guid, "name": c.name, "path": paths[c.guid], "parent": c.parent,
                   "color": c.color, "memo": c.memo} for c in codes],
        "annotations": [{"guid": a.guid, "article": a.article_id, "start": a.start, "end": a.end,
                         "exact": a.exact, "codes": list(a.codes), "memo": a.memo, "author": a.author,
                         "created": a.created, "modified": a.modified, "orphan": a.orphan}
                        for a in annotations],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
