"""The corpus store: an archive's articles, their index features, the reuse found between
them and the tables derived from it, in one SQLite file (sqlite-utils).

Built incrementally and safe to interrupt: articles, features and aligned pairs are written
in committed batches, so a build stopped at any point resumes where it was (articles already
stored are skipped, features and pairs already computed are kept). Derived tables (stories,
network, substitution groups) are rebuilt at the end of every build.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from sqlite_utils import Database

FORMAT = "qarin-corpus"
VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, outlet TEXT NOT NULL, outlet_raw TEXT,
    date TEXT, title TEXT, url TEXT, origin TEXT, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS features (
    article INTEGER PRIMARY KEY REFERENCES articles(id), keys BLOB, starts BLOB, ends BLOB, gap BLOB);
CREATE TABLE IF NOT EXISTS sketches (article INTEGER PRIMARY KEY REFERENCES articles(id), sketch BLOB);
CREATE TABLE IF NOT EXISTS checked (a INTEGER, b INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pairs (
    a INTEGER, b INTEGER, kind TEXT, direction TEXT, credited INTEGER, lag_seconds REAL,
    a_share REAL, b_share REAL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS passages (
    a INTEGER, b INTEGER, n INTEGER, a_start INTEGER, a_end INTEGER, b_start INTEGER, b_end INTEGER,
    words INTEGER, kind TEXT, PRIMARY KEY (a, b, n)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pair_substitutions (
    a INTEGER, b INTEGER, n INTEGER, source_text TEXT, copy_text TEXT, source_start INTEGER,
    source_end INTEGER, copy_start INTEGER, copy_end INTEGER, PRIMARY KEY (a, b, n)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stories (
    id INTEGER PRIMARY KEY, size INTEGER, first_article INTEGER, first_outlet TEXT, first_date TEXT,
    last_date TEXT, outlets TEXT, title TEXT);
CREATE TABLE IF NOT EXISTS story_articles (story INTEGER, article INTEGER, PRIMARY KEY (story, article))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS network (
    from_outlet TEXT, to_outlet TEXT, articles INTEGER, pairs INTEGER, credited INTEGER,
    uncredited INTEGER, median_lag_hours REAL, PRIMARY KEY (from_outlet, to_outlet)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS substitutions (
    id INTEGER PRIMARY KEY, source_text TEXT, copy_text TEXT, category TEXT, count INTEGER,
    outlets TEXT, examples TEXT);
"""


class CorpusError(Exception):
    """A corpus file that cannot be used; the message is one line."""


@dataclass(frozen=True)
class ArticleRow:
    id: int
    key: str
    outlet: str
    date: str | None
    title: str
    url: str | None


def _blob(arr: np.ndarray) -> bytes:
    return np.ascontiguousarray(arr).tobytes()


class CorpusStore:
    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, create: bool = False, readonly: bool = False) -> "CorpusStore":
        path = Path(path)
        if path.is_dir():
            raise CorpusError(f"{path}: is a folder, not a corpus file")
        exists = path.exists() and path.stat().st_size > 0
        if not exists and not create:
            raise CorpusError(f"no corpus at {path} (build one with `corpus build {path.name} ARCHIVE`)")
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            else:
                conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
            db = Database(conn)
            store = cls(db, path)
            if exists:
                store._check()
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.executescript(_SCHEMA)
                if not exists:
                    store.set_meta("format", FORMAT)
                    store.set_meta("version", str(VERSION))
        except sqlite3.DatabaseError as exc:
            raise CorpusError(f"{path}: not a Qarin corpus ({exc})") from None
        return store

    def _check(self) -> None:
        tables = set(self.db.table_names())
        if "meta" not in tables:
            raise CorpusError(f"{self.path}: not a Qarin corpus file")
        fmt = self.get_meta("format")
        if fmt != FORMAT:
            raise CorpusError(f"{self.path}: not a Qarin corpus file")
        if int(self.get_meta("version") or 0) > VERSION:
            raise CorpusError(f"{self.path}: made by a newer Qarin (corpus version {self.get_meta('version')})")

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.conn:
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    # -- articles ------------------------------------------------------------------------
    def add_records(self, records: Iterable, batch: int = 2000) -> tuple[int, int]:
        """Insert records whose key is new, in committed batches; (added, already present)."""
        added = skipped = 0
        conn = self.db.conn
        buf: list = []

        def flush():
            nonlocal added, skipped
            before = conn.total_changes
            with conn:
                conn.executemany(
                    "INSERT OR IGNORE INTO articles (key, outlet, outlet_raw, date, title, url, origin, text) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", buf)
            n = conn.total_changes - before
            added += n
            skipped += len(buf) - n
            buf.clear()

        for r in records:
            buf.append((r.key, r.outlet, r.outlet_raw, r.date, r.title, r.url, r.origin, r.text))
            if len(buf) >= batch:
                flush()
        if buf:
            flush()
        return added, skipped

    def article_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def articles(self, ids: Iterable[int] | None = None) -> list[ArticleRow]:
        sql = "SELECT id, key, outlet, date, title, url FROM articles"
        if ids is None:
            rows = self.db.execute(sql + " ORDER BY id").fetchall()
        else:
            rows = []
            ids = list(ids)
            for i in range(0, len(ids), 900):
                part = ids[i:i + 900]
                rows.extend(self.db.execute(sql + f" WHERE id IN ({','.join('?' * len(part))})", part).fetchall())
            rows.sort()
        return [ArticleRow(*r) for r in rows]

    def texts(self, ids: Iterable[int]) -> dict[int, str]:
        ids = list(ids)
        out: dict[int, str] = {}
        for i in range(0, len(ids), 900):
            part = ids[i:i + 900]
            out.update(self.db.execute(f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(part))})",
                                       part).fetchall())
        return out

    def iter_unindexed(self, batch: int = 1000) -> Iterator[list[tuple[int, str]]]:
        """Batches of (id, text) of articles without features."""
        last = 0
        while True:
            rows = self.db.execute(
                "SELECT a.id, a.text FROM articles a LEFT JOIN features f ON f.article = a.id "
                "WHERE f.article IS NULL AND a.id > ? ORDER BY a.id LIMIT ?", [last, batch]).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]

    def unindexed_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles a LEFT JOIN features f ON f.article = a.id "
                               "WHERE f.article IS NULL").fetchone()[0]

    # -- features ------------------------------------------------------------------------
    def save_features(self, items: Iterable[tuple[int, object]]) -> None:
        rows = [(i, _blob(f.keys), _blob(f.starts), _blob(f.ends), _blob(f.gap)) for i, f in items]
        with self.db.conn:
            self.db.conn.executemany("INSERT OR REPLACE INTO features VALUES (?, ?, ?, ?, ?)", rows)

    def iter_features(self, ids: Iterable[int] | None = None) -> Iterator[tuple[int, tuple[bytes, bytes, bytes, bytes]]]:
        if ids is None:
            cur = self.db.execute("SELECT article, keys, starts, ends, gap FROM features ORDER BY article")
            for row in cur:
                yield row[0], row[1:]
            return
        ids = list(ids)
        for i in range(0, len(ids), 900):
            part = ids[i:i + 900]
            for row in self.db.execute("SELECT article, keys, starts, ends, gap FROM features WHERE article IN "
                                       f"({','.join('?' * len(part))})", part):
                yield row[0], row[1:]

    # -- whole-text sketches (a store made before them gets them on its next build) ----------
    def iter_unsketched(self, batch: int = 1000) -> Iterator[list[tuple[int, str]]]:
        """Batches of (id, text) of articles without a sketch."""
        last = 0
        while True:
            rows = self.db.execute(
                "SELECT a.id, a.text FROM articles a LEFT JOIN sketches s ON s.article = a.id "
                "WHERE s.article IS NULL AND a.id > ? ORDER BY a.id LIMIT ?", [last, batch]).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]

    def unsketched_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles a LEFT JOIN sketches s ON s.article = a.id "
                               "WHERE s.article IS NULL").fetchone()[0]

    def save_sketches(self, items: Iterable[tuple[int, np.ndarray]]) -> None:
        with self.db.conn:
            self.db.conn.executemany("INSERT OR REPLACE INTO sketches VALUES (?, ?)",
                                     [(i, _blob(s)) for i, s in items])

    def sketches(self) -> tuple[np.ndarray, np.ndarray]:
        """(article ids, sketches as rows) of the articles whose text has word 5-grams."""
        ids, rows = [], []
        for i, blob in self.db.execute("SELECT article, sketch FROM sketches WHERE length(sketch) > 0 "
                                       "ORDER BY article"):
            ids.append(i)
            rows.append(np.frombuffer(blob, dtype=np.uint32))
        if not rows:
            return np.empty(0, dtype=np.int64), np.empty((0, 0), dtype=np.uint32)
        return np.asarray(ids, dtype=np.int64), np.vstack(rows)

    # -- pairs ---------------------------------------------------------------------------
    def checked_keys(self) -> np.ndarray:
        rows = self.db.execute("SELECT a, b FROM checked").fetchall()
        if not rows:
            return np.empty(0, dtype=np.int64)
        arr = np.asarray(rows, dtype=np.int64)
        return np.sort((arr[:, 0] << 32) | arr[:, 1])

    def save_pairs(self, checked: list[tuple[int, int]], results: list) -> None:
        """Record candidate pairs as aligned, with the reuse found among them (one commit)."""
        conn = self.db.conn
        with conn:
            conn.executemany("INSERT OR IGNORE INTO checked VALUES (?, ?)", checked)
            for r in results:
                conn.execute("INSERT OR REPLACE INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             (r.a, r.b, r.kind, r.direction, None if r.credited is None else int(r.credited),
                              r.lag_seconds, r.a_share, r.b_share))
                conn.executemany("INSERT OR REPLACE INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 [(r.a, r.b, n, p.a_span[0], p.a_span[1], p.b_span[0], p.b_span[1], p.words, p.kind)
                                  for n, p in enumerate(r.passages)])
                conn.executemany("INSERT OR REPLACE INTO pair_substitutions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 [(r.a, r.b, n, s.source_text, s.copy_text, s.source_span[0], s.source_span[1],
                                   s.copy_span[0], s.copy_span[1]) for n, s in enumerate(r.substitutions)])

    def pair_rows(self) -> list[tuple]:
        """(a, b, kind, direction, credited, lag_seconds, a_share, b_share) of every pair."""
        return self.db.execute("SELECT a, b, kind, direction, credited, lag_seconds, a_share, b_share "
                               "FROM pairs ORDER BY a, b").fetchall()

    def passage_rows(self) -> list[tuple]:
        return self.db.execute("SELECT a, b, n, a_start, a_end, b_start, b_end, words, kind FROM passages "
                               "ORDER BY a, b, n").fetchall()

    def substitution_rows(self) -> list[tuple]:
        """(a, b, n, source_text, copy_text, source_start, source_end, copy_start, copy_end)."""
        return self.db.execute("SELECT * FROM pair_substitutions ORDER BY a, b, n").fetchall()

    def counts(self) -> dict[str, int]:
        counts = {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "features", "checked", "pairs", "passages", "stories", "network",
                            "substitutions")}
        # pairs that share only formulas or a template (kind "formula") are counted apart
        counts["formula_pairs"] = self.db.execute("SELECT count(*) FROM pairs WHERE kind = 'formula'").fetchone()[0]
        counts["reuse_pairs"] = counts["pairs"] - counts["formula_pairs"]
        return counts

    # -- derived tables ------------------------------------------------------------------
    def replace_derived(self, stories: list, network: list, substitutions: list) -> None:
        conn = self.db.conn
        with conn:
            for t in ("stories", "story_articles", "network", "substitutions"):
                conn.execute(f"DELETE FROM {t}")
            for s in stories:
                conn.execute("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             (s.id, len(s.articles), s.first_article, s.first_outlet, s.first_date, s.last_date,
                              json.dumps(s.outlets, ensure_ascii=False), s.title))
                conn.executemany("INSERT INTO story_articles VALUES (?, ?)", [(s.id, a) for a in s.articles])
            conn.executemany("INSERT INTO network VALUES (?, ?, ?, ?, ?, ?, ?)",
                             [(n.from_outlet, n.to_outlet, n.articles, n.pairs, n.credited, n.uncredited,
                               n.median_lag_hours) for n in network])
            conn.executemany("INSERT INTO substitutions VALUES (?, ?, ?, ?, ?, ?, ?)",
                             [(i, s.source_text, s.copy_text, s.category, s.count,
                               json.dumps(s.outlets, ensure_ascii=False), json.dumps(s.examples, ensure_ascii=False))
                              for i, s in enumerate(substitutions, 1)])

    def stories(self) -> list[dict]:
        rows = self.db.execute("SELECT id, size, first_article, first_outlet, first_date, last_date, outlets, title "
                               "FROM stories ORDER BY size DESC, id").fetchall()
        members: dict[int, list[int]] = {}
        for story, article in self.db.execute("SELECT story, article FROM story_articles ORDER BY story, article"):
            members.setdefault(story, []).append(article)
        return [{"id": r[0], "size": r[1], "first_article": r[2], "first_outlet": r[3], "first_date": r[4],
                 "last_date": r[5], "outlets": json.loads(r[6]), "title": r[7], "articles": members.get(r[0], [])}
                for r in rows]

    def network(self) -> list[dict]:
        rows = self.db.execute("SELECT from_outlet, to_outlet, articles, pairs, credited, uncredited, "
                               "median_lag_hours FROM network ORDER BY articles DESC, from_outlet, to_outlet")
        keys = ("from", "to", "articles", "pairs", "credited", "uncredited", "median_lag_hours")
        return [dict(zip(keys, r)) for r in rows]

    def substitutions(self) -> list[dict]:
        rows = self.db.execute("SELECT source_text, copy_text, category, count, outlets, examples FROM substitutions "
                               "ORDER BY count DESC, id")
        return [{"from": r[0], "to": r[1], "category": r[2], "count": r[3], "outlets": json.loads(r[4]),
                 "examples": json.loads(r[5])} for r in rows]
