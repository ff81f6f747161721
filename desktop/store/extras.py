"""Memos, users, lexicon overrides, project metadata and the cached analysis."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from desktop.core.model import Analysis, Article

from . import cachecodec
from .articles import text_hash
from .base import StoreBase, check_guid, default_author, new_guid, now
from .errors import GuidConflict, ProjectBusy, ProjectError, ProjectReadOnly, UnknownMemo
from .records import LexiconOverride, Memo, User

if TYPE_CHECKING:  # the lexicon module is imported only when used
    from desktop.core.lexicon import Lexicon

_KEEP = object()
CACHE_KEEP = 4  # analyses kept per project (most recently used)
TOUCH_WAIT = 0.05  # seconds a cache hit waits to note its use; skipped when the project is busy
STORE_WAIT = 0.5  # seconds `analysis()` waits to cache a fresh result; skipped when busy
CATEGORY_EDITS_META = "ui.lexicon.categories"  # JSON {id: {label, …} | null}; name kept for old files


def analysis_key(articles: Sequence[Article], engine_version: str, lexicon_version: str) -> str:
    """Cache key: every article's id, text hash, outlet, credited source, credits and date, in order, plus the
    engine and lexicon versions. Any change to one of them means a fresh analysis."""
    h = hashlib.sha256()
    for a in articles:
        parts = [a.id, text_hash(a.text), a.outlet, a.relay_of or ""]
        if a.date:  # dates decide the direction of copying (core/direction.py)
            parts.append(str(a.date))
        if a.credits or a.relay_how:  # so do credits, found or the analyst's
            parts.append(a.relay_how + "|" + ";".join(
                f"{c.outlet}@{c.span[0]}-{c.span[1]}:{c.how}" for c in a.credits))
        h.update("\x1f".join(parts).encode())
        h.update(b"\x1e")
    h.update(f"{engine_version}\x1d{lexicon_version}".encode())
    return h.hexdigest()


def _memo(row: dict) -> Memo:
    return Memo(guid=row["guid"], text=row["text"], article=row["article"],
                title=row["title"] or "", author=row["author"] or "",
                created=row["created"] or "", modified=row["modified"] or "")


class ExtrasMixin(StoreBase):
    # --- project metadata ------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM meta")}

    def set_meta(self, key: str, value: str) -> None:
        with self.atomic():
            self._exec("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, str(value)))

    @property
    def name(self) -> str:
        return self.meta().get("name") or self.path.stem

    # --- users -----------------------------------------------------------------------------
    def users(self) -> list[User]:
        return [User(r["guid"], r["name"]) for r in self._rows("SELECT guid, name FROM users ORDER BY name")]

    def user(self, name: str, guid: str | None = None) -> User:
        """The user with that name, created when first seen: with `guid` when given (e.g. the
        GUID another tool gave this user), else a new one. A known user keeps its GUID; a
        `guid` that belongs to another user raises GuidConflict."""
        name = (name or "").strip() or default_author()
        row = self._one("SELECT guid, name FROM users WHERE name = ?", (name,))
        if row is not None:
            return User(row["guid"], row["name"])
        wanted = check_guid(guid) if guid is not None else new_guid()
        with self.atomic():
            taken = self._one("SELECT name FROM users WHERE guid = ?", (wanted,))
            if taken is not None and taken["name"] != name:
                raise GuidConflict(f"user GUID {wanted} already belongs to {taken['name']!r}")
            self._exec("INSERT OR IGNORE INTO users (guid, name) VALUES (?, ?)", (wanted, name))
        row = self._one("SELECT guid, name FROM users WHERE name = ?", (name,))
        return User(row["guid"], row["name"])

    # --- memos -----------------------------------------------------------------------------
    def add_memo(self, text: str, article: str | None = None, title: str = "",
                 author: str | None = None) -> Memo:
        """A memo on the project (article None) or on one article."""
        with self.atomic():
            if article is not None:
                self._text(article)
            stamp = now()
            memo = Memo(new_guid(), text or "", article, title or "", author or default_author(),
                        stamp, stamp)
            self.restore_memo(memo)
        return memo

    def restore_memo(self, memo: Memo) -> Memo:
        with self.atomic():
            if memo.article is not None:
                self._text(memo.article)
            self._exec("INSERT OR IGNORE INTO users (guid, name) VALUES (?, ?)",
                       (new_guid(), memo.author or default_author()))
            self._exec("INSERT INTO memos (guid, article, title, text, author, created, modified) "
                       "VALUES (?,?,?,?,?,?,?)",
                       (memo.guid, memo.article, memo.title, memo.text,
                        memo.author or default_author(), memo.created or now(),
                        memo.modified or now()))
            self._emit("memos", (memo.guid,))
        return self.memo(memo.guid)

    def memo(self, guid: str) -> Memo:
        row = self._one("SELECT * FROM memos WHERE guid = ?", (guid,))
        if row is None:
            raise UnknownMemo(f"no memo {guid!r} in {self.path.name}")
        return _memo(row)

    def memos(self) -> list[Memo]:
        return [_memo(r) for r in self._rows("SELECT * FROM memos ORDER BY rowid")]

    def project_memos(self) -> list[Memo]:
        return [m for m in self.memos() if m.article is None]

    def article_memos(self, article_id: str) -> list[Memo]:
        self._text(article_id)
        return [_memo(r) for r in self._rows(
            "SELECT * FROM memos WHERE article = ? ORDER BY rowid", (article_id,))]

    def update_memo(self, guid: str, *, text=_KEEP, title=_KEEP) -> Memo:
        with self.atomic():
            self.memo(guid)
            fields = {k: (v or "") for k, v in (("text", text), ("title", title)) if v is not _KEEP}
            if fields:
                sets = ", ".join(f"{k} = ?" for k in fields)
                self._exec(f"UPDATE memos SET {sets}, modified = ? WHERE guid = ?",
                           (*fields.values(), now(), guid))
                self._emit("memos", (guid,))
        return self.memo(guid)

    def delete_memo(self, guid: str) -> Memo:
        with self.atomic():
            old = self.memo(guid)
            self._exec("DELETE FROM memos WHERE guid = ?", (guid,))
            self._emit("memos", (guid,))
        return old

    # --- lexicon overrides -----------------------------------------------------------------
    def lexicon_overrides(self) -> list[LexiconOverride]:
        return [LexiconOverride(r["term"], r["action"], r["category"] or "", r["stance"] or "",
                                r["frame"] or "", r["note"] or "", r["created"] or "")
                for r in self._rows("SELECT * FROM lexicon_overrides ORDER BY rowid")]

    def set_lexicon_override(self, term: str, action: str = "add", category: str = "",
                             stance: str = "", frame: str = "", note: str = "") -> LexiconOverride:
        """Add or redefine a term (`action="add"`, needs a category) or hide a bundled one
        (`action="remove"`). Replaces an earlier override of the same term. The category is
        not checked here: a project may define its own categories (see `lexicon`)."""
        term = (term or "").strip()
        if not term:
            raise ProjectError("a lexicon term cannot be empty")
        if action not in ("add", "remove"):
            raise ProjectError(f"lexicon override action must be 'add' or 'remove', not {action!r}")
        if action == "add" and not category:
            raise ProjectError(f"lexicon term {term!r} needs a category")
        if action == "add":
            from desktop.core.lexicon import STANCES

            stance = stance or "neutral"
            if stance not in STANCES:
                raise ProjectError(f"lexicon term {term!r}: stance must be one of "
                                   f"{', '.join(STANCES)}")
        with self.atomic():
            self._exec("INSERT OR REPLACE INTO lexicon_overrides (term, action, category, stance, "
                       "frame, note, created) VALUES (?,?,?,?,?,?,?)",
                       (term, action, category, stance, frame, note, now()))
            self._emit("lexicon", (term,))
        return next(o for o in self.lexicon_overrides() if o.term == term)

    def remove_lexicon_override(self, term: str) -> LexiconOverride | None:
        """Forget an override; returns it (None when there was none)."""
        old = next((o for o in self.lexicon_overrides() if o.term == term), None)
        if old is not None:
            with self.atomic():
                self._exec("DELETE FROM lexicon_overrides WHERE term = ?", (term,))
                self._emit("lexicon", (term,))
        return old

    def lexicon_categories(self) -> dict[str, dict | None]:
        """This project's category edits: {id: {label, description, color, label_ar} | None}."""
        raw = self.meta().get(CATEGORY_EDITS_META, "")
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def set_lexicon_category(self, cat_id: str, label: str = "", description: str = "",
                             color: str = "#888888", label_ar: str = "") -> None:
        """Add or redefine a lexicon category for this project."""
        cat_id = (cat_id or "").strip()
        if not cat_id:
            raise ProjectError("a lexicon category needs an id")
        edits = self.lexicon_categories()
        edits[cat_id] = {"label": label or cat_id, "description": description, "color": color,
                         "label_ar": label_ar}
        with self.atomic():
            self.set_meta(CATEGORY_EDITS_META, json.dumps(edits, ensure_ascii=False))
            self._emit("lexicon", (cat_id,))

    def remove_lexicon_category(self, cat_id: str, terms: Sequence[str] = ()) -> None:
        """Remove a category for this project, and hide `terms` (those filed under it)."""
        edits = self.lexicon_categories()
        edits[cat_id] = None
        with self.atomic():
            for term in terms:
                self.set_lexicon_override(term, "remove")
            self.set_meta(CATEGORY_EDITS_META, json.dumps(edits, ensure_ascii=False))
            self._emit("lexicon", (cat_id,))

    def lexicon(self, base: Lexicon | None = None) -> Lexicon:
        """The project's working lexicon: `base` (default: the bundled lexicon plus the user's
        lexicon file) with this project's category edits and term overrides applied.
        Added terms filed under a category the result does not have are skipped."""
        from desktop.core.lexicon import LexiconError
        from desktop.core.lexicon_layers import compose, read_user_layer

        try:
            user = read_user_layer() if base is None else None
            return compose(base, user, self.lexicon_categories(), self.lexicon_overrides())
        except LexiconError as exc:
            raise ProjectError(f"lexicon: {exc}") from None

    # --- analysis cache --------------------------------------------------------------------
    def cached_analysis(self, articles: Sequence[Article], engine_version: str,
                        lexicon_version: str, touch: bool = True) -> Analysis | None:
        """The stored analysis of exactly these articles (same order, texts, outlets) by this
        engine and lexicon version, or None. Never waits for the write lock: noting the use
        (`touch`, which keeps the entry among the most recent) is skipped when the project is
        read-only or another program is writing."""
        key = analysis_key(articles, engine_version, lexicon_version)
        row = self._one("SELECT data FROM analysis_cache WHERE key = ?", (key,))
        if row is None:
            return None
        try:
            analysis = cachecodec.decode(row["data"], list(articles))
        except Exception:  # noqa: BLE001 - a stale or damaged cache entry is just a miss
            return None
        if touch and not self.readonly:
            try:
                with self.atomic(wait=TOUCH_WAIT):
                    self._exec("UPDATE analysis_cache SET used = ? WHERE key = ?", (now(), key))
            except (ProjectBusy, ProjectReadOnly):
                pass  # a busy project still gives the cached result
        return analysis

    def store_analysis(self, analysis: Analysis, wait: float | None = None) -> str:
        """Cache `analysis` under its articles and versions; keeps the newest few.
        `wait`: seconds to wait for another program's write (default: the busy timeout)."""
        arts = list(analysis.articles)
        key = analysis_key(arts, analysis.engine_version, analysis.lexicon_version)
        blob = cachecodec.encode(analysis)
        listing = json.dumps([[a.id, text_hash(a.text)] for a in arts])
        stamp = now()
        with self.atomic(wait=wait):
            self._exec("INSERT OR REPLACE INTO analysis_cache (key, articles, engine_version, "
                       "lexicon_version, created, used, size, data) VALUES (?,?,?,?,?,?,?,?)",
                       (key, listing, analysis.engine_version, analysis.lexicon_version, stamp,
                        stamp, len(blob), blob))
            self._exec("DELETE FROM analysis_cache WHERE key NOT IN (SELECT key FROM analysis_cache "
                       "ORDER BY used DESC LIMIT ?)", (CACHE_KEEP,))
            self._emit("analysis", (key,))
        return key

    def analysis(self, lexicon: Lexicon | None = None,
                 progress: Callable[[str, float], Any] | None = None,
                 cancel: Callable[[], bool] | None = None, store: bool = True) -> Analysis:
        """The analysis of all articles with the project lexicon: cached, or computed and
        cached. Reading never needs the write lock. `store=False` writes nothing (not even
        the cache's use time); with `store=True` a fresh result is cached when the project is
        writable and free within STORE_WAIT seconds, and otherwise just returned. Safe to call
        off the UI thread only with its own Project (one connection per thread)."""
        from desktop.core.analysis import ENGINE_VERSION, analyze

        lex = lexicon if lexicon is not None else self.lexicon()
        arts = self.articles()
        cached = self.cached_analysis(arts, ENGINE_VERSION, lex.version, touch=store)
        if cached is not None:
            return cached
        result = analyze(arts, lexicon=lex, progress=progress, cancel=cancel)
        if store and not self.readonly:
            try:
                self.store_analysis(result, wait=STORE_WAIT)
            except (ProjectBusy, ProjectReadOnly):
                pass  # the result is still good; the next call computes it again
        return result
