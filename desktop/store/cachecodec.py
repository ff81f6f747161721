"""Compact, safe encoding of an Analysis for the cache: JSON of rows in dataclass field order
(no repeated keys), zlib-compressed. Several times faster to load than the dict-shaped
`desktop.core.jsonio` contract, and, unlike pickle, it cannot run code from a shared file.
Article ids inside rows are stored as indexes into the entry's article list; spans as two
numbers. A cache entry that no longer fits the model simply fails to decode and counts as a
miss.

The JSON comes in lines: a header, one line per article's segmentation, then the rows of each
table in chunks of CHUNK rows. Each line is encoded and decoded on its own, so neither ever
holds the interpreter lock for long (json's C code keeps it for a whole call, which for a
multi-megabyte entry froze a window whose worker thread was reading it); zlib lets go of the
lock while it works."""
from __future__ import annotations

import json
import zlib
from dataclasses import fields
from typing import Sequence

from desktop.core.collector import collector_paused
from desktop.core.model import (
    Analysis,
    Article,
    Change,
    FramingHit,
    Link,
    PairStats,
    Segmentation,
    SharedSpan,
    Story,
)

FORMAT = 3
CHUNK = 2000  # rows per line
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


def _line(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode(analysis: Analysis) -> bytes:
    head = {
        "format": FORMAT,
        "engine_version": analysis.engine_version,
        "lexicon_version": analysis.lexicon_version,
        "articles": [a.id for a in analysis.articles],
        "timings": dict(analysis.timings),
        "stories": [[st.id, list(st.articles), st.pivot, list(st.terms)] for st in analysis.stories],
    }
    lines = [_line(head)]
    for k, seg in analysis.segmentation.items():
        lines.append(_line(["seg", k, [list(p) for p in seg.paragraphs],
                            [list(x) for x in seg.sentences]]))
    index = {a.id: n for n, a in enumerate(analysis.articles)}
    for name, cls in _TABLES:
        items = getattr(analysis, name)
        for i in range(0, len(items), CHUNK):
            lines.append(_line([name, _rows(items[i:i + CHUNK], cls, index)]))
    return zlib.compress(b"\n".join(lines), 6)


def decode(blob: bytes, articles: Sequence[Article]) -> Analysis:
    # Hundreds of thousands of small objects and no cycles: the cyclic GC would only rescan them.
    with collector_paused():
        return _decode(blob, articles)


def _decode(blob: bytes, articles: Sequence[Article]) -> Analysis:
    lines = zlib.decompress(blob).split(b"\n")
    head = json.loads(lines[0])
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise ValueError("unknown cache format")
    by_id = {a.id: a for a in articles}
    ids = head["articles"]
    t = tuple
    segmentation = {}
    tables: dict[str, list] = {name: [] for name, _ in _TABLES}
    builders = {name: _BUILDERS[cls] for name, cls in _TABLES}
    for raw in lines[1:]:
        line = json.loads(raw)
        if line[0] == "seg":
            segmentation[line[1]] = Segmentation(t(map(t, line[2])), t(map(t, line[3])))
        else:
            build = builders[line[0]]
            tables[line[0]].extend(build(r, ids) for r in line[1])
    return Analysis(
        articles=t(by_id[i] for i in ids),
        segmentation=segmentation,
        timings=dict(head.get("timings", {})),
        engine_version=head["engine_version"],
        lexicon_version=head["lexicon_version"],
        stories=t(Story(i, t(arts), pivot, t(terms)) for i, arts, pivot, terms in head.get("stories", ())),
        **{name: t(rows) for name, rows in tables.items()},
    )
