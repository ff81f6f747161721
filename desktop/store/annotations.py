"""Annotations: coded spans of article text, with memo, author and a stable GUID.

``exact`` (with ``prefix``/``suffix``) always describes the text the annotation covers now;
re-anchoring after an edit updates it. ``original_exact`` is the quote the analyst made: set
when the annotation is created or placed by hand (`update_annotation` with a span), and never
changed by re-anchoring, so a fuzzy move (``exact != original_exact``, ``Annotation.requoted``)
stays visible and reviewable.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import anchoring
from .base import StoreBase, default_author, new_guid, now
from .errors import InvalidSpan, ProjectError, UnknownAnnotation
from .records import Annotation, Code

_KEEP = object()
_COLS = ('guid, article, start, "end", exact, prefix, suffix, code, memo, author, created, modified, '
         'orphan, anchor, original_exact')
_MARKS = ",".join("?" * 15)


def _annotation(row: dict) -> Annotation:
    return Annotation(
        guid=row["guid"], article=row["article"], start=row["start"], end=row["end"],
        exact=row["exact"], prefix=row["prefix"] or "", suffix=row["suffix"] or "",
        code=row["code"], memo=row["memo"] or "", author=row["author"] or "",
        created=row["created"] or "", modified=row["modified"] or "",
        orphan=bool(row["orphan"]), anchor=row["anchor"],
        original_exact=row["original_exact"] or row["exact"],
    )


@dataclass(frozen=True)
class NewAnnotation:
    """One item for `annotate_many`."""

    article: str
    start: int
    end: int
    code: Code | str
    memo: str = ""
    author: str | None = None


def check_span(text: str, start: int, end: int, article_id: str) -> None:
    if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) \
            or not isinstance(end, int):
        raise InvalidSpan("span offsets must be whole numbers")
    if not 0 <= start < end <= len(text):
        raise InvalidSpan(f"span [{start}, {end}) is outside article {article_id!r} "
                          f"(text length {len(text)}; need 0 <= start < end <= length)")


class AnnotationsMixin(StoreBase):
    def _user(self, name: str) -> str:
        self._exec("INSERT OR IGNORE INTO users (guid, name) VALUES (?, ?)", (new_guid(), name))
        return name

    def annotate(self, article_id: str, start: int, end: int, code: Code | str, memo: str = "",
                 author: str | None = None) -> Annotation:
        """Code the span [start, end) of an article. Overlaps are allowed. Committed at once."""
        return self.annotate_many([NewAnnotation(article_id, start, end, code, memo, author)])[0]

    def annotate_many(self, items: Iterable[NewAnnotation]) -> list[Annotation]:
        """Add many annotations in one transaction: all or none."""
        out: list[Annotation] = []
        rows = []
        texts: dict[str, str] = {}
        codes: dict[str, str] = {}
        with self.atomic():
            stamp = now()
            for item in items:
                if item.article not in texts:
                    texts[item.article] = self._text(item.article)
                text = texts[item.article]
                check_span(text, item.start, item.end, item.article)
                key = item.code.guid if isinstance(item.code, Code) else item.code
                if key not in codes:
                    codes[key] = self.code(item.code).guid
                author = self._user(item.author or default_author())
                q = anchoring.quote_at(text, item.start, item.end)
                ann = Annotation(new_guid(), item.article, q.start, q.end, q.exact, q.prefix,
                                 q.suffix, codes[key], item.memo or "", author, stamp, stamp,
                                 original_exact=q.exact)
                rows.append(self._row(ann))
                out.append(ann)
            self._execmany(f"INSERT INTO annotations ({_COLS}) VALUES ({_MARKS})", rows)
            self._emit("annotations", tuple(a.guid for a in out))
        return out

    @staticmethod
    def _row(a: Annotation) -> tuple:
        return (a.guid, a.article, a.start, a.end, a.exact, a.prefix, a.suffix, a.code, a.memo,
                a.author, a.created, a.modified, int(a.orphan), a.anchor, a.original)

    def annotation(self, guid: str) -> Annotation:
        row = self._one(f"SELECT {_COLS} FROM annotations WHERE guid = ?", (guid,))
        if row is None:
            raise UnknownAnnotation(f"no annotation {guid!r} in {self.path.name}")
        return _annotation(row)

    def annotations(self, code: Code | str | None = None, article: str | None = None,
                    orphans: bool | None = None, subcodes: bool = False) -> list[Annotation]:
        """Annotations filtered by code (and its descendants when `subcodes`), article, and
        orphan state (None: both); in article import order, then start, end."""
        where, params = [], []
        if code is not None:
            wanted = [self.code(code).guid]
            if subcodes:
                tree = self.codes()
                i = 0
                while i < len(wanted):
                    wanted += [c.guid for c in tree if c.parent == wanted[i]]
                    i += 1
            where.append(f"a.code IN ({','.join('?' * len(wanted))})")
            params += wanted
        if article is not None:
            self._text(article)
            where.append("a.article = ?")
            params.append(article)
        if orphans is not None:
            where.append("a.orphan = ?")
            params.append(int(orphans))
        sql = (f"SELECT {', '.join('a.' + c.strip() for c in _COLS.split(','))} FROM annotations a "
               "JOIN articles r ON r.id = a.article")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY r.position, a.start, a."end", a.created, a.guid'
        return [_annotation(r) for r in self._rows(sql, params)]

    def orphans(self) -> list[Annotation]:
        return self.annotations(orphans=True)

    def count_annotations(self) -> dict[str, int]:
        """{code GUID: number of annotations}."""
        return {r["code"]: r["n"] for r in
                self._rows("SELECT code, COUNT(*) AS n FROM annotations GROUP BY code")}

    def update_annotation(self, guid: str, *, start: int | None = None, end: int | None = None,
                          code: Code | str | None = None, memo=_KEEP) -> Annotation:
        """Change span, code or memo. A new span re-reads exact/prefix/suffix from the text,
        becomes the analyst's quote (`original_exact`) and clears the orphan mark (that is how
        an orphan is placed by hand)."""
        with self.atomic():
            old = self.annotation(guid)
            fields: dict = {}
            if start is not None or end is not None:
                s = old.start if start is None else start
                e = old.end if end is None else end
                if old.orphan and (start is None or end is None):
                    raise InvalidSpan("an orphan needs both start and end to be placed")
                text = self._text(old.article)
                check_span(text, s, e, old.article)
                q = anchoring.quote_at(text, s, e)
                fields.update(start=q.start, end=q.end, exact=q.exact, prefix=q.prefix,
                              suffix=q.suffix, orphan=0, anchor=None, original_exact=q.exact)
            if code is not None:
                fields["code"] = self.code(code).guid
            if memo is not _KEEP:
                fields["memo"] = memo or ""
            if fields:
                fields["modified"] = now()
                sets = ", ".join(f'"{k}" = ?' for k in fields)
                self._exec(f"UPDATE annotations SET {sets} WHERE guid = ?", (*fields.values(), guid))
                self._emit("annotations", (guid,))
        return self.annotation(guid)

    def delete_annotation(self, guid: str) -> Annotation:
        """Delete one annotation; returns it so `restore_annotation` can undo."""
        with self.atomic():
            old = self.annotation(guid)
            self._exec("DELETE FROM annotations WHERE guid = ?", (guid,))
            self._emit("annotations", (guid,))
        return old

    def restore_annotation(self, annotation: Annotation) -> Annotation:
        """Insert an annotation exactly as given (same GUID and times); for undo and import.
        Its article and code must exist; an anchored one must still match the text."""
        a = annotation
        with self.atomic():
            if self._one("SELECT 1 AS x FROM annotations WHERE guid = ?", (a.guid,)):
                raise ProjectError(f"annotation {a.guid} exists already")
            text = self._text(a.article)
            self.code(a.code)
            if not a.orphan:
                check_span(text, a.start, a.end, a.article)
                if text[a.start:a.end] != a.exact:
                    raise InvalidSpan(f"annotation {a.guid} no longer matches the article text")
            self._user(a.author or default_author())
            self._exec(f"INSERT INTO annotations ({_COLS}) VALUES ({_MARKS})", self._row(a))
            self._emit("annotations", (a.guid,))
        return self.annotation(a.guid)
