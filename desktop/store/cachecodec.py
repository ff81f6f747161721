"""Compact, safe encoding of an Analysis for the cache: JSON of rows in dataclass field order
(no repeated keys), zlib-compressed. Several times faster to load than the dict-shaped
`desktop.core.jsonio` contract, and, unlike pickle, it cannot run code from a shared file.
Article ids inside rows are stored as indexes into the entry's article list; spans as two
numbers. A cache entry
that no longer fits the model simply fails to decode and counts as a miss."""
from __future__ import annotations

import gc
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

FORMAT = 2
_TABLES = (("links", Link), ("shared_spans", SharedSpan), ("changes", Change),
           ("framing", FramingHit), ("pairs", PairStats))


def _kind(f) -> str:
    text = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", "")
    if f.name in ("a", "b", "article"):
        return "id"  # an article id, stored as its index in the entry's article list
    if text.startswith("Span"):
        return "span"  # stored flat as two numbers
    if text.startswith("tuple"):
        return "tuple"
    return "plain"


_KINDS = {cls: [(f.name, _kind(f)) for f in fields(cls)] for _, cls in _TABLES}


def _make_builder(cls):
    """A row -> instance function for `cls`, generated from its field list (not from data)."""
    args, i = [], 0
    for _name, kind in _KINDS[cls]:
        if kind == "id":
            args.append(f"ids[r[{i}]]")
        elif kind == "span":
            args.append(f"(r[{i}], r[{i + 1}])")
            i += 1
        elif kind == "tuple":
            args.append(f"tuple(r[{i}])")
        else:
            args.append(f"r[{i}]")
        i += 1
    return eval(f"lambda r, ids: cls({', '.join(args)})", {"cls": cls})  # noqa: S307


_BUILDERS = {cls: _make_builder(cls) for _, cls in _TABLES}


def _rows(items, cls, index: dict[str, int]) -> list[list]:
    kinds = _KINDS[cls]
    out = []
    for item in items:
        row: list = []
        for name, kind in kinds:
            v = getattr(item, name)
            if kind == "id":
                row.append(index[v])
            elif kind == "span":
                row += (v[0], v[1])
            elif kind == "tuple":
                row.append(list(v))
            else:
                row.append(v)
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
    build = _BUILDERS[cls]
    return tuple(build(r, ids) for r in rows)


def decode(blob: bytes, articles: Sequence[Article]) -> Analysis:
    # Hundreds of thousands of small objects and no cycles: the cyclic GC would only rescan them.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _decode(blob, articles)
    finally:
        if enabled:
            gc.enable()


def _decode(blob: bytes, articles: Sequence[Article]) -> Analysis:
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
