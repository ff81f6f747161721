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


# In order; the position (1-based) is the schema version each one leaves behind.
MIGRATIONS = (m001_initial,)
SCHEMA_VERSION = len(MIGRATIONS)

migrations = Migrations(MIGRATION_SET)
for _fn in MIGRATIONS:
    migrations(name=_fn.__name__)(_fn)


def migration_names() -> list[str]:
    return [fn.__name__ for fn in MIGRATIONS]
