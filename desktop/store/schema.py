"""The project file's schema: numbered migrations applied through sqlite-utils.

Each migration sets ``PRAGMA user_version`` to its number, so the schema version can be read
from the file header without SQL. ``PRAGMA application_id`` marks the file as a Qarin project.
Add a migration by appending a function; never edit one that has shipped.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

APPLICATION_ID = 0x51524E31  # "QRN1"
MIGRATION_SET = "qarin"

def _set_version(db: Database, number: int) -> None:
    db.execute(f"PRAGMA user_version = {int(number)}")


def m001_initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["outlets"].create({"name": str, "color": str, "note": str}, pk="name",
                         defaults={"color": "", "note": ""})
    db["articles"].create(
        {
            "id": str, "guid": str, "position": int, "path": str, "encoding": str,
            "outlet": str, "outlet_source": str, "relay_of": str, "title": str, "date": str,
            "url": str, "text": str, "hash": str, "length": int, "boilerplate": str,
            "user_fields": str, "added": str, "modified": str,
        },
        pk="id",
        not_null={"guid", "position", "text", "hash", "length", "outlet"},
        foreign_keys=[("outlet", "outlets", "name")],
    )
    db["articles"].create_index(["guid"], unique=True)
    db["codes"].create(
        {
            "guid": str, "name": str, "parent": str, "color": str, "description": str,
            "position": int, "created": str, "modified": str,
        },
        pk="guid",
        not_null={"name", "color"},
        foreign_keys=[("parent", "codes", "guid")],
    )
    db["codes"].create_index(["name"], unique=True)
    db["users"].create({"guid": str, "name": str}, pk="guid", not_null={"name"})
    db["users"].create_index(["name"], unique=True)
    db["annotations"].create(
        {
            "guid": str, "article": str, "start": int, "end": int, "exact": str,
            "prefix": str, "suffix": str, "code": str, "memo": str, "author": str,
            "created": str, "modified": str, "orphan": int, "anchor": str,
        },
        pk="guid",
        not_null={"article", "start", "end", "exact", "code", "orphan"},
        foreign_keys=[("article", "articles", "id"), ("code", "codes", "guid")],
    )
    db["annotations"].create_index(["article", "start"])
    db["annotations"].create_index(["code"])
    db["memos"].create(
        {
            "guid": str, "article": str, "title": str, "text": str, "author": str,
            "created": str, "modified": str,
        },
        pk="guid",
        not_null={"text"},
        foreign_keys=[("article", "articles", "id")],
    )
    db["lexicon_overrides"].create(
        {
            "term": str, "action": str, "category": str, "stance": str, "frame": str,
            "note": str, "created": str,
        },
        pk="term",
        not_null={"action"},
    )
    db["analysis_cache"].create(
        {
            "key": str, "articles": str, "engine_version": str, "lexicon_version": str,
            "created": str, "used": str, "size": int, "data": bytes,
        },
        pk="key",
        not_null={"data"},
    )
    _set_version(db, 1)


CODE_PATH_SEPARATOR = "/"
SEPARATOR_STAND_IN = "\u2215"  # DIVISION SLASH, looks like "/" in a name


def m002_original_quote_paths_guids(db: Database) -> None:
    """The analyst's own quote kept apart from re-anchoring (``annotations.original_exact``);
    "/" in code names (it separates levels in code paths) becomes U+2215; the REFI-QDA GUIDs an
    import used to keep in project meta (``qdpx_source_guids``, ``qdpx_user_guids``) move
    into ``articles.guid`` and ``users.guid``."""
    import json

    db.execute("ALTER TABLE annotations ADD COLUMN original_exact TEXT")
    db.execute("UPDATE annotations SET original_exact = exact")
    names = {r[0] for r in db.execute("SELECT name FROM codes").fetchall()}
    for guid, name in db.execute("SELECT guid, name FROM codes WHERE instr(name, '/') > 0").fetchall():
        base = new = name.replace(CODE_PATH_SEPARATOR, SEPARATOR_STAND_IN)
        k = 2
        while new in names:
            new, k = f"{base} ({k})", k + 1
        names.add(new)
        db.execute("UPDATE codes SET name = ? WHERE guid = ?", (new, guid))
    for key, table, column in (("qdpx_source_guids", "articles", "id"),
                               ("qdpx_user_guids", "users", "name")):
        row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is None:
            continue
        try:
            kept = json.loads(row[0])
        except ValueError:
            kept = {}
        for owner, guid in (kept.items() if isinstance(kept, dict) else ()):
            taken = db.execute(f"SELECT 1 FROM {table} WHERE guid = ?", (guid,)).fetchone()
            if not taken and isinstance(guid, str):
                db.execute(f"UPDATE {table} SET guid = ? WHERE {column} = ?", (guid.lower(), owner))
        db.execute("DELETE FROM meta WHERE key = ?", (key,))
    _set_version(db, 2)


def m003_article_provenance(db: Database) -> None:
    """What the readers learn about an article (issue 10): ``author``, ``source`` (reader kind:
    txt, html, mhtml, docx, url, pasted), ``credits`` (JSON list of the outlets the text
    credits, with spans), ``date_how`` and ``date_span`` (where the date came from); and the
    page, web archive or Word file it was read from, kept for provenance in ``originals``."""
    for column in ("author", "source", "credits", "date_how", "date_span"):
        db.execute(f"ALTER TABLE articles ADD COLUMN {column} TEXT")
    db.execute("UPDATE articles SET source = 'txt', credits = '[]'")
    db["originals"].create(
        {"article": str, "kind": str, "mime": str, "name": str, "url": str, "data": bytes,
         "size": int, "added": str},
        pk="article",
        not_null={"data"},
        foreign_keys=[("article", "articles", "id")],
    )
    _set_version(db, 3)


def m004_analyst_sources(db: Database) -> None:
    """The analyst's corrections to whom an article credits (issue 10):
    ``articles.credit_edits`` (JSON list of credits removed or added by hand, see
    core/analyst_edits.py; applied over ``credits``, which stays what was found) and
    ``articles.found`` (JSON [outlet, outlet_source, relay_of] as ingest found them, so the
    project's outlet entries can be applied and taken back); and ``registry_outlets``, this
    project's own outlet registry entries (the shape of resources/outlets.toml, lists as JSON),
    used before the bundled registry, in ``position`` order."""
    for column in ("credit_edits", "found"):
        db.execute(f"ALTER TABLE articles ADD COLUMN {column} TEXT")
    db["registry_outlets"].create(
        {"name": str, "arabic": str, "variants": str, "abbrev": str, "domains": str,
         "kind": str, "country": str, "position": int, "added": str, "modified": str},
        pk="name",
        not_null={"name", "position"},
    )
    _set_version(db, 4)


# In order; the position (1-based) is the schema version each one leaves behind.
MIGRATIONS = (m001_initial, m002_original_quote_paths_guids, m003_article_provenance,
              m004_analyst_sources)
SCHEMA_VERSION = len(MIGRATIONS)

migrations = Migrations(MIGRATION_SET)
for _fn in MIGRATIONS:
    migrations(name=_fn.__name__)(_fn)


def migration_names() -> list[str]:
    return [fn.__name__ for fn in MIGRATIONS]
