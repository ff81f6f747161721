"""Articles and outlets in the project; re-import re-anchors annotations.

An article is known by its id (from the file name). A re-imported article whose text changed
is an edit only when the two texts share at least ``SIMILAR_MIN`` of their words (word-level
sequence ratio); otherwise it is refused as a different article that happens to have the same
file name, unless the caller asks to replace it. The same text under an id that differs only
by a ``-N`` suffix (what loading two files of the same name gives) is the same article.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher

from desktop.core.analyst_edits import CreditEdit, apply_edits
from desktop.core.model import Article, BoilerplateMark, Credit

from . import anchoring
from .base import StoreBase, check_guid, new_guid, now
from .errors import ArticleInUse, ArticleMismatch, GuidConflict, ProjectError, UnknownArticle
from .records import AddReport, Annotation, ArticleInfo, Placement

_KEEP = object()
# outlet_source values that say nothing about who published (ingest names such an article after
# its file: "name (unidentified)")
_NO_OUTLET = ("unknown", "file")
META_FIELDS = ("outlet", "title", "date", "url", "author")
SIMILAR_MIN = 0.5  # word-level similarity below which a re-import is a different article
DUPLICATE_MIN = 0.97  # word-level similarity from which a new article duplicates a stored one
_WORD = re.compile(r"\w+")
_COPY_SUFFIX = re.compile(r"-\d+$")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def id_stem(article_id: str) -> str:
    """The id without a ``-N`` suffix (ingest adds one when two files share a name)."""
    return _COPY_SUFFIX.sub("", article_id)


def word_similarity(old: str, new: str) -> float:
    """Share of words the two texts have in common, in order (difflib ratio over words)."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    if not a and not b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=len(a) + len(b) > 40_000)
    if matcher.quick_ratio() < SIMILAR_MIN:  # an upper bound, cheap to compute
        return matcher.quick_ratio()
    return matcher.ratio()


def near_duplicate(a: list[str], b: list[str], threshold: float = DUPLICATE_MIN) -> float | None:
    """Word similarity of two word lists when it reaches `threshold`, else None. The length
    test and difflib's upper bounds reject most pairs before the full comparison."""
    if not a or not b:
        return 1.0 if a == b else None
    if min(len(a), len(b)) < threshold * max(len(a), len(b)):
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        return None
    ratio = matcher.ratio()
    return ratio if ratio >= threshold else None


def duplicate_messages(report: AddReport, articles: Iterable[Article], hint: str) -> list[str]:
    """One line per article `add_articles` skipped as a copy of another, ending with `hint`
    (how to add it anyway)."""
    where = {a.id: a.path or a.id for a in articles}
    return [f"skipped {where.get(new, new)}: "
            + ("same text as" if share >= 1.0 else f"{share:.0%} the same words as")
            + f" article {kept!r}; {hint}" for new, kept, share in report.duplicates]


class _DuplicateFinder:
    """Finds, for a new article, a stored (or earlier in the batch) article with the same or
    nearly the same text from the same outlet, or where either outlet is unknown. A copy
    published by another known outlet is not a duplicate: it is the reuse Qarin is there to
    show. Stored texts are read once, on first need."""

    def __init__(self, rows) -> None:
        self._rows = rows
        self._known: dict[str, tuple[list[str], str, str | None]] | None = None

    def _load(self) -> dict[str, tuple[list[str], str, str | None]]:
        if self._known is None:
            self._known = {}
            for r in self._rows("SELECT id, hash, text, outlet, outlet_source FROM articles "
                                "ORDER BY position"):
                outlet = r["outlet"] if r["outlet_source"] not in _NO_OUTLET else None
                self._known[r["id"]] = (_WORD.findall(r["text"]), r["hash"], outlet)
        return self._known

    def find(self, art: Article, digest: str) -> tuple[str, float] | None:
        mine_outlet = art.outlet if art.outlet_source not in _NO_OUTLET else None
        mine = None
        for other_id, (words, other_hash, outlet) in self._load().items():
            if mine_outlet and outlet and mine_outlet != outlet:
                continue
            if other_hash == digest:
                return other_id, 1.0
            mine = _WORD.findall(art.text) if mine is None else mine
            share = near_duplicate(mine, words)
            if share is not None:
                return other_id, share
        return None

    def remember(self, art: Article, digest: str) -> None:
        outlet = art.outlet if art.outlet_source != "unknown" else None
        self._load()[art.id] = (_WORD.findall(art.text), digest, outlet)


def _article_from_row(row: dict, edited: bool = True) -> Article:
    """The stored article; `edited`: with the analyst's credit and relay edits applied (see
    core/analyst_edits.py), else with the credits as found."""
    art = _found_article(row)
    if not edited:
        return art
    edits = edits_from_json(row.get("credit_edits"))
    relay_set = "relay_of" in json.loads(row.get("user_fields") or "[]")
    return apply_edits(art, edits, (relay_set, row["relay_of"]))


def edits_from_json(raw: str | None) -> list[CreditEdit]:
    try:
        return [CreditEdit.from_list(e) for e in json.loads(raw or "[]")]
    except (ValueError, TypeError, IndexError):
        return []


def edits_to_json(edits) -> str:
    return json.dumps([e.as_list() for e in edits], ensure_ascii=False)


def _found_article(row: dict) -> Article:
    marks = tuple(BoilerplateMark((m[0], m[1]), m[2]) for m in json.loads(row["boilerplate"] or "[]"))
    span = json.loads(row.get("date_span") or "null")
    return Article(
        id=row["id"], path=row["path"] or "", text=row["text"], outlet=row["outlet"],
        encoding=row["encoding"] or "utf-8", title=row["title"] or "", date=row["date"],
        url=row["url"], outlet_source=row["outlet_source"] or "unknown",
        relay_of=row["relay_of"], boilerplate=marks, author=row.get("author") or "",
        source=row.get("source") or "txt", credits=credits_from_json(row.get("credits")),
        date_how=row.get("date_how") or "", date_span=tuple(span) if span else None,
    )


def credits_to_json(credits) -> str:
    return json.dumps([[c.span[0], c.span[1], c.outlet, c.formula, c.name, c.name_span[0],
                        c.name_span[1]] for c in credits], ensure_ascii=False)


def credits_from_json(raw: str | None) -> tuple[Credit, ...]:
    return tuple(Credit((c[0], c[1]), c[2], c[3], c[4], (c[5], c[6]))
                 for c in json.loads(raw or "[]"))


def _provenance(art: Article) -> tuple:
    return (art.author or None, art.source, credits_to_json(art.credits), art.date_how or None,
            json.dumps(list(art.date_span)) if art.date_span else None)


def _info_from_row(row: dict) -> ArticleInfo:
    return ArticleInfo(
        id=row["id"], guid=row["guid"], outlet=row["outlet"], title=row["title"] or "",
        length=row["length"], hash=row["hash"], path=row["path"] or "",
        encoding=row["encoding"] or "", position=row["position"], added=row["added"] or "",
        modified=row["modified"] or "", user_fields=tuple(json.loads(row["user_fields"] or "[]")),
    )


def _boilerplate_json(article: Article) -> str:
    return json.dumps([[m.span[0], m.span[1], m.kind] for m in article.boilerplate])


def _kept_provenance(art: Article, row: dict, kept: set) -> tuple:
    author, source, credits, date_how, date_span = _provenance(art)
    if "author" in kept:
        author = row.get("author")
    if "date" in kept:
        date_how, date_span = row.get("date_how"), row.get("date_span")
    return author, source, credits, date_how, date_span


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

    def add_articles(self, articles: Iterable[Article], guids: Mapping[str, str] | None = None,
                     *, replace_dissimilar: bool = False, merge_copies: bool = True,
                     allow_duplicates: bool = False,
                     originals: Mapping[str, object] | None = None) -> AddReport:
        """Add new articles; for ones already present (same id) with changed text, store the
        new text and re-anchor their annotations. One transaction for the whole batch: an
        error changes nothing.

        The same text under the same id, or (`merge_copies`) under an id that differs only by
        a ``-N`` suffix, is "unchanged". A changed text sharing fewer than SIMILAR_MIN of its words
        with the stored one raises ArticleMismatch unless `replace_dissimilar`.
        `guids`: {article id: GUID} for articles new to the project (e.g. the GUIDs another
        tool gave them); a malformed GUID or one already in the project raises
        GuidConflict. An article already present keeps its GUID. `originals`: {article id:
        ingest.Original}, the page or file each was read from, kept for provenance.

        A new article whose text is identical or nearly identical (DUPLICATE_MIN of its words,
        in order) to a stored one, or to one added earlier in the batch, from the same outlet
        (or where either outlet is unknown), is skipped and listed in `duplicates`, unless
        `allow_duplicates`."""
        items = list(articles)
        ids = [a.id for a in items]
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise ProjectError(f"article id {dup!r} given twice")
        wanted = {k: check_guid(v) for k, v in (guids or {}).items()}
        added, updated, unchanged = [], [], []
        duplicates: list[tuple[str, str, float]] = []
        finder = None if allow_duplicates else _DuplicateFinder(self._rows)
        placements: list[Placement] = []
        orphans: list[Annotation] = []
        old_texts: dict[str, str] = {}  # updated article id -> its text before
        with self.atomic():
            pos_row = self._one("SELECT COALESCE(MAX(position), -1) AS p FROM articles")
            position = pos_row["p"] + 1
            known = {(id_stem(r["id"]), r["hash"]): r["id"]
                     for r in self._rows("SELECT id, hash FROM articles ORDER BY position DESC")}
            for art in items:
                digest = text_hash(art.text)
                row = self._one("SELECT * FROM articles WHERE id = ?", (art.id,))
                same = known.get((id_stem(art.id), digest)) if merge_copies else None
                if (row is not None and row["hash"] == digest) or (same and same != art.id):
                    unchanged.append(art.id if row is not None and row["hash"] == digest else same)
                    continue
                if row is None and finder is not None:
                    found = finder.find(art, digest)
                    if found is not None:
                        duplicates.append((art.id, *found))
                        continue
                    finder.remember(art, digest)
                stamp = now()
                self._ensure_outlet(art.outlet)
                if row is None:
                    guid = wanted.get(art.id) or new_guid()
                    other = self._one("SELECT id FROM articles WHERE guid = ?", (guid,))
                    if other is not None:
                        raise GuidConflict(f"GUID {guid} for article {art.id!r} already belongs "
                                           f"to article {other['id']!r}")
                    self._exec(
                        "INSERT INTO articles (id, guid, position, path, encoding, outlet, "
                        "outlet_source, relay_of, title, date, url, text, hash, length, "
                        "boilerplate, user_fields, added, modified, author, source, credits, "
                        "date_how, date_span) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (art.id, guid, position, art.path, art.encoding, art.outlet,
                         art.outlet_source, art.relay_of, art.title, art.date, art.url, art.text,
                         digest, len(art.text), _boilerplate_json(art), "[]", stamp, stamp,
                         *_provenance(art)))
                    position += 1
                    added.append(art.id)
                    known[(id_stem(art.id), digest)] = art.id
                    continue
                if not replace_dissimilar:
                    share = word_similarity(row["text"], art.text)
                    if share < SIMILAR_MIN:
                        raise ArticleMismatch(
                            f"{art.path or art.id} shares only {share:.0%} of its words with the "
                            f"stored article {art.id!r}: it looks like a different article with "
                            "the same file name; rename the file to add it, or replace the "
                            "stored text on purpose (project add --replace)")
                kept = set(json.loads(row["user_fields"] or "[]"))
                meta = {f: (row[f] if f in kept else getattr(art, f)) for f in META_FIELDS}
                old_texts[art.id] = row["text"]
                self._ensure_outlet(meta["outlet"])
                self._exec(
                    "UPDATE articles SET path=?, encoding=?, outlet=?, outlet_source=?, relay_of=?, "
                    "title=?, date=?, url=?, text=?, hash=?, length=?, boilerplate=?, modified=?, "
                    "author=?, source=?, credits=?, date_how=?, date_span=? WHERE id=?",
                    (art.path, art.encoding, meta["outlet"],
                     row["outlet_source"] if "outlet" in kept else art.outlet_source,
                     row["relay_of"] if "relay_of" in kept else art.relay_of,
                     meta["title"], meta["date"], meta["url"], art.text, digest,
                     len(art.text), _boilerplate_json(art), stamp,
                     *_kept_provenance(art, row, kept), art.id))
                moved, lost = self._reanchor_article(art.id, row["text"], art.text)
                placements += moved
                orphans += lost
                updated.append(art.id)
                if known.get((id_stem(art.id), row["hash"])) == art.id:
                    del known[(id_stem(art.id), row["hash"])]
                known[(id_stem(art.id), digest)] = art.id
            self._after_import({a.id: a for a in items if a.id in set(added + updated)},
                               old_texts)
            for article_id in added + updated:
                original = (originals or {}).get(article_id)
                if original is not None:
                    self._exec(
                        "INSERT OR REPLACE INTO originals (article, kind, mime, name, url, data, "
                        "size, added) VALUES (?,?,?,?,?,?,?,?)",
                        (article_id, original.kind, original.mime, original.name, original.url,
                         original.data, len(original.data), now()))
            self._emit("articles", tuple(added + updated))
            if placements:
                self._emit("annotations", tuple(p.guid for p in placements))
        return AddReport(tuple(added), tuple(updated), tuple(unchanged), tuple(placements),
                         tuple(orphans), tuple(duplicates))

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
                            url=_KEEP, author=_KEEP) -> Article:
        """Change an article's metadata (never its text). Edited fields survive re-import."""
        changes = {k: v for k, v in
                   (("outlet", outlet), ("title", title), ("date", date), ("url", url),
                    ("author", author))
                   if v is not _KEEP}
        if "outlet" in changes and not str(changes["outlet"] or "").strip():
            raise ProjectError("an outlet name cannot be empty")
        with self.atomic():
            row = self._one("SELECT user_fields FROM articles WHERE id = ?", (article_id,))
            if row is None:
                raise UnknownArticle(f"no article {article_id!r} in {self.path.name}")
            if not changes:
                return self.article(article_id)
            kept = sorted(set(json.loads(row["user_fields"] or "[]")) | (set(changes) & set(META_FIELDS)))
            if "outlet" in changes:
                self._ensure_found(article_id)
                self._ensure_outlet(changes["outlet"])
                changes["outlet_source"] = "user"
            if "date" in changes:
                changes["date_how"], changes["date_span"] = ("user" if changes["date"] else None), None
            sets = ", ".join(f"{k} = ?" for k in changes)
            self._exec(f"UPDATE articles SET {sets}, user_fields = ?, modified = ? WHERE id = ?",
                       (*changes.values(), json.dumps(kept), now(), article_id))
            self._emit("articles", (article_id,))
        return self.article(article_id)

    def original(self, article_id: str) -> dict | None:
        """The page, web archive or Word file an article was read from: {kind, mime, name, url,
        data, size, added}, or None (plain text, pasted)."""
        return self._one("SELECT * FROM originals WHERE article = ?", (article_id,))

    def remove_article(self, article_id: str) -> Article:
        """Remove an article that has no annotations or memos (those are never dropped)."""
        with self.atomic():
            art = self.article(article_id)
            n = self._one("SELECT COUNT(*) AS n FROM annotations WHERE article = ?", (article_id,))["n"]
            m = self._one("SELECT COUNT(*) AS n FROM memos WHERE article = ?", (article_id,))["n"]
            if n or m:
                raise ArticleInUse(f"article {article_id!r} has {n} annotation(s) and {m} memo(s); "
                                   "delete them first")
            self._exec("DELETE FROM originals WHERE article = ?", (article_id,))
            self._exec("DELETE FROM articles WHERE id = ?", (article_id,))
            self._emit("articles", (article_id,))
        return art
