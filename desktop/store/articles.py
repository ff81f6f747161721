"""Articles and outlets in the project; re-import re-anchors annotations."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from desktop.core.model import Article, BoilerplateMark

from . import anchoring
from .base import StoreBase, new_guid, now
from .errors import ArticleInUse, ProjectError, UnknownArticle
from .records import AddReport, Annotation, ArticleInfo, Placement

_KEEP = object()
META_FIELDS = ("outlet", "title", "date", "url")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _article_from_row(row: dict) -> Article:
    marks = tuple(BoilerplateMark((m[0], m[1]), m[2]) for m in json.loads(row["boilerplate"] or "[]"))
    return Article(
        id=row["id"], path=row["path"] or "", text=row["text"], outlet=row["outlet"],
        encoding=row["encoding"] or "utf-8", title=row["title"] or "", date=row["date"],
        url=row["url"], outlet_source=row["outlet_source"] or "unknown",
        relay_of=row["relay_of"], boilerplate=marks,
    )


def _info_from_row(row: dict) -> ArticleInfo:
    return ArticleInfo(
        id=row["id"], guid=row["guid"], outlet=row["outlet"], title=row["title"] or "",
        length=row["length"], hash=row["hash"], path=row["path"] or "",
        encoding=row["encoding"] or "", position=row["position"], added=row["added"] or "",
        modified=row["modified"] or "", user_fields=tuple(json.loads(row["user_fields"] or "[]")),
    )


def _boilerplate_json(article: Article) -> str:
    return json.dumps([[m.span[0], m.span[1], m.kind] for m in article.boilerplate])


class ArticlesMixin(StoreBase):
    # --- reading ---------------------------------------------------------------------------
    def articles(self) -> list[Article]:
        """Every article, in import order, exactly as imported."""
        return [_article_from_row(r) for r in self._rows("SELECT * FROM articles ORDER BY position")]

    def article(self, article_id: str) -> Article:
        row = self._one("SELECT * FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise UnknownArticle(f"no article {article_id!r} in {self.path.name}")
        return _article_from_row(row)

    def article_infos(self) -> list[ArticleInfo]:
        cols = "id, guid, outlet, title, length, hash, path, encoding, position, added, modified, user_fields"
        return [_info_from_row(r) for r in self._rows(f"SELECT {cols} FROM articles ORDER BY position")]

    def article_info(self, article_id: str) -> ArticleInfo:
        for info in self.article_infos():
            if info.id == article_id:
                return info
        raise UnknownArticle(f"no article {article_id!r} in {self.path.name}")

    def outlets(self) -> list[str]:
        return [r["name"] for r in self._rows("SELECT name FROM outlets ORDER BY name")]

    def _text(self, article_id: str) -> str:
        row = self._one("SELECT text FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise UnknownArticle(f"no article {article_id!r} in {self.path.name}")
        return row["text"]

    # --- writing ---------------------------------------------------------------------------
    def _ensure_outlet(self, name: str) -> None:
        self._exec("INSERT OR IGNORE INTO outlets (name, color, note) VALUES (?, '', '')", (name,))

    def add_articles(self, articles: Iterable[Article]) -> AddReport:
        """Add new articles; for ones already present (same id) with changed text, store the
        new text and re-anchor their annotations. One transaction for the whole batch."""
        items = list(articles)
        ids = [a.id for a in items]
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise ProjectError(f"article id {dup!r} given twice")
        added, updated, unchanged = [], [], []
        placements: list[Placement] = []
        orphans: list[Annotation] = []
        with self.atomic():
            pos_row = self._one("SELECT COALESCE(MAX(position), -1) AS p FROM articles")
            position = pos_row["p"] + 1
            for art in items:
                digest = text_hash(art.text)
                row = self._one("SELECT * FROM articles WHERE id = ?", (art.id,))
                stamp = now()
                self._ensure_outlet(art.outlet)
                if row is None:
                    self._exec(
                        "INSERT INTO articles (id, guid, position, path, encoding, outlet, "
                        "outlet_source, relay_of, title, date, url, text, hash, length, "
                        "boilerplate, user_fields, added, modified) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (art.id, new_guid(), position, art.path, art.encoding, art.outlet,
                         art.outlet_source, art.relay_of, art.title, art.date, art.url, art.text,
                         digest, len(art.text), _boilerplate_json(art), "[]", stamp, stamp))
                    position += 1
                    added.append(art.id)
                    continue
                if row["hash"] == digest:
                    unchanged.append(art.id)
                    continue
                kept = set(json.loads(row["user_fields"] or "[]"))
                meta = {f: (row[f] if f in kept else getattr(art, f)) for f in META_FIELDS}
                self._ensure_outlet(meta["outlet"])
                self._exec(
                    "UPDATE articles SET path=?, encoding=?, outlet=?, outlet_source=?, relay_of=?, "
                    "title=?, date=?, url=?, text=?, hash=?, length=?, boilerplate=?, modified=? "
                    "WHERE id=?",
                    (art.path, art.encoding, meta["outlet"],
                     row["outlet_source"] if "outlet" in kept else art.outlet_source,
                     art.relay_of, meta["title"], meta["date"], meta["url"], art.text, digest,
                     len(art.text), _boilerplate_json(art), stamp, art.id))
                moved, lost = self._reanchor_article(art.id, row["text"], art.text)
                placements += moved
                orphans += lost
                updated.append(art.id)
            self._emit("articles", tuple(added + updated))
            if placements:
                self._emit("annotations", tuple(p.guid for p in placements))
        return AddReport(tuple(added), tuple(updated), tuple(unchanged), tuple(placements),
                         tuple(orphans))

    def _reanchor_article(self, article_id: str, old_text: str, new_text: str
                          ) -> tuple[list[Placement], list[Annotation]]:
        placements, orphans = [], []
        rows = self._rows('SELECT * FROM annotations WHERE article = ? ORDER BY start, "end"',
                          (article_id,))
        blocks = anchoring.equal_blocks(old_text, new_text) if rows else None
        for row in rows:
            quote = anchoring.Quote(row["start"], row["end"], row["exact"], row["prefix"] or "",
                                    row["suffix"] or "")
            # An orphan's offsets refer to an older text, so the diff hint would mislead.
            if row["orphan"]:
                spot = anchoring.reanchor(quote, new_text)
            else:
                spot = anchoring.reanchor(quote, new_text, old_text, blocks)
            if spot.placed:
                q = anchoring.quote_at(new_text, spot.start, spot.end)
                self._exec(
                    'UPDATE annotations SET start=?, "end"=?, exact=?, prefix=?, suffix=?, '
                    "orphan=0, anchor=? WHERE guid=?",
                    (q.start, q.end, q.exact, q.prefix, q.suffix, spot.method, row["guid"]))
                placements.append(Placement(row["guid"], spot.method, (row["start"], row["end"]),
                                            (q.start, q.end)))
            else:
                self._exec("UPDATE annotations SET orphan=1, anchor='orphan' WHERE guid=?",
                           (row["guid"],))
                placements.append(Placement(row["guid"], "orphan", (row["start"], row["end"]), None))
                orphans.append(self.annotation(row["guid"]))
        return placements, orphans

    def update_article_meta(self, article_id: str, *, outlet=_KEEP, title=_KEEP, date=_KEEP,
                            url=_KEEP) -> Article:
        """Change an article's metadata (never its text). Edited fields survive re-import."""
        changes = {k: v for k, v in
                   (("outlet", outlet), ("title", title), ("date", date), ("url", url))
                   if v is not _KEEP}
        if "outlet" in changes and not str(changes["outlet"] or "").strip():
            raise ProjectError("an outlet name cannot be empty")
        with self.atomic():
            row = self._one("SELECT user_fields FROM articles WHERE id = ?", (article_id,))
            if row is None:
                raise UnknownArticle(f"no article {article_id!r} in {self.path.name}")
            if not changes:
                return self.article(article_id)
            kept = sorted(set(json.loads(row["user_fields"] or "[]")) | set(changes))
            if "outlet" in changes:
                self._ensure_outlet(changes["outlet"])
                changes["outlet_source"] = "user"
            sets = ", ".join(f"{k} = ?" for k in changes)
            self._exec(f"UPDATE articles SET {sets}, user_fields = ?, modified = ? WHERE id = ?",
                       (*changes.values(), json.dumps(kept), now(), article_id))
            self._emit("articles", (article_id,))
        return self.article(article_id)

    def remove_article(self, article_id: str) -> Article:
        """Remove an article that has no annotations or memos (those are never dropped)."""
        with self.atomic():
            art = self.article(article_id)
            n = self._one("SELECT COUNT(*) AS n FROM annotations WHERE article = ?", (article_id,))["n"]
            m = self._one("SELECT COUNT(*) AS n FROM memos WHERE article = ?", (article_id,))["n"]
            if n or m:
                raise ArticleInUse(f"article {article_id!r} has {n} annotation(s) and {m} memo(s); "
                                   "delete them first")
            self._exec("DELETE FROM articles WHERE id = ?", (article_id,))
            self._emit("articles", (article_id,))
        return art
