"""Compact, safe encoding of an Analysis for the cache: JSON of rows in dataclass field order
(no repeated keys), zlib-compressed. Several times faster to load than the dict-shaped
`desktop.core.jsonio` contract, and, unlike pickle, it cannot run code from a shared file.
Article ids inside rows are stored as indexes into the entry's article list. A cache entry
that no longer fits the model simply fails to decode and counts as a miss."""
from __future__ import annotations

import json
import zlib
from dataclasses import fields
from typing import Sequence

from desktop.core.model import (
    Analysis,
    Article,
    Change,
    FramingHit,
    Link,
    PairStats,
    Segmentation,
    SharedSpan,
)

FORMAT = 1
_TABLES = (("links", Link), ("shared_spans", SharedSpan), ("changes", Change),
           ("framing", FramingHit), ("pairs", PairStats))


def _is_tuple(annotation) -> bool:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return text.startswith(("Span", "tuple"))


_TUPLE_FIELDS = {cls: [i for i, f in enumerate(fields(cls)) if _is_tuple(f.type)]
                 for _, cls in _TABLES}
_ID_FIELDS = {cls: [i for i, f in enumerate(fields(cls)) if f.name in ("a", "b", "article")]
              for _, cls in _TABLES}  # article ids, stored as their index in "articles"


def _rows(items, cls, index: dict[str, int]) -> list[list]:
    names = [f.name for f in fields(cls)]
    ids = _ID_FIELDS[cls]
    out = []
    for item in items:
        row = [list(v) if isinstance(v, tuple) else v for v in (getattr(item, n) for n in names)]
        for i in ids:
            row[i] = index[row[i]]
        out.append(row)
    return out


def encode(analysis: Analysis) -> bytes:
    doc = {
        "format": FORMAT,
        "engine_version": analysis.engine_version,
        "lexicon_version": analysis.lexicon_version,
        "articles": [a.id for a in analysis.articles],
        "segmentation": {k: [[list(p) for p in s.paragraphs], [list(x) for x in s.sentences]]
                         for k, s in analysis.segmentation.items()},
        "timings": dict(analysis.timings),
    }
    index = {a.id: n for n, a in enumerate(analysis.articles)}
    for name, cls in _TABLES:
        doc[name] = _rows(getattr(analysis, name), cls, index)
    return zlib.compress(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def _build(cls, rows: list[list], ids: list[str]) -> tuple:
    spans = _TUPLE_FIELDS[cls]
    id_fields = _ID_FIELDS[cls]
    out = []
    for row in rows:
        for i in spans:
            row[i] = tuple(row[i])
        for i in id_fields:
            row[i] = ids[row[i]]
        out.append(cls(*row))
    return tuple(out)


def decode(blob: bytes, articles: Sequence[Article]) -> Analysis:
    doc = json.loads(zlib.decompress(blob).decode("utf-8"))
    if doc.get("format") != FORMAT:
        raise ValueError("unknown cache format")
    by_id = {a.id: a for a in articles}
    t = tuple
    return Analysis(
        articles=t(by_id[i] for i in doc["articles"]),
        segmentation={k: Segmentation(t(map(t, p)), t(map(t, s)))
                      for k, (p, s) in doc["segmentation"].items()},
        timings=dict(doc.get("timings", {})),
        engine_version=doc["engine_version"],
        lexicon_version=doc["lexicon_version"],
        **{name: _build(cls, doc[name], doc["articles"]) for name, cls in _TABLES},
    )
