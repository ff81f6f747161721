"""What every part of the project store shares: the connection, the write transaction,
timestamps, GUIDs and change notification."""
from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .connection import translate, write_transaction
from .errors import ProjectClosed
from .records import StoreEvent

Listener = Callable[[StoreEvent], None]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_guid() -> str:
    return str(uuid.uuid4())


def default_author() -> str:
    """$QARIN_AUTHOR, else the login name, else "analyst"."""
    name = os.environ.get("QARIN_AUTHOR", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "analyst"
    except Exception:  # noqa: BLE001 - no login name in some sandboxes
        return "analyst"


class StoreBase:
    """Holds the sqlite-utils Database; subclasses add the tables' operations."""

    path: Path

    def __init__(self, db: Database, path: Path) -> None:
        self._db: Database | None = db
        self.path = path
        self._listeners: list[Listener] = []
        self._pending: list[StoreEvent] = []
        self._depth = 0

    @property
    def db(self) -> Database:
        """The sqlite-utils Database (for reading; write through the Project's methods)."""
        if self._db is None:
            raise ProjectClosed(f"project {self.path.name} is closed")
        return self._db

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """Group several Project calls into one transaction: all of them or none."""
        self._depth += 1
        try:
            with write_transaction(self.db, self.path):
                yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._pending.clear()
            raise
        self._depth -= 1
        if self._depth == 0:
            events, self._pending = self._pending, []
            for event in events:
                for listener in list(self._listeners):
                    listener(event)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(StoreEvent)` after each committed change; returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, kind: str, keys: tuple[str, ...] = ()) -> None:
        self._pending.append(StoreEvent(kind, tuple(keys)))

    def _rows(self, sql: str, params: Any = ()) -> list[dict]:
        try:
            cur = self.db.conn.execute(sql, params)
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None

    def _one(self, sql: str, params: Any = ()) -> dict | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _exec(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        """Run one write statement; callers hold `atomic()`."""
        return self.db.conn.execute(sql, params)

    def _execmany(self, sql: str, rows: list) -> None:
        self.db.conn.executemany(sql, rows)
