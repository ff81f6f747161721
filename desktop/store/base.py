"""What every part of the project store shares: the connection, the write transaction,
timestamps, GUIDs and change notification."""
from __future__ import annotations

import contextlib
import getpass
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from .connection import translate, write_transaction
from .errors import GuidConflict, ProjectClosed, ProjectReadOnly
from .records import StoreEvent

Listener = Callable[[StoreEvent], None]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_guid() -> str:
    return str(uuid.uuid4())


_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_guid(value: str) -> str:
    """`value` as a lowercase 8-4-4-4-12 hex GUID; GuidConflict when it is not one."""
    guid = value.strip().lower() if isinstance(value, str) else ""
    if not _GUID.fullmatch(guid):
        raise GuidConflict(f"{value!r} is not a GUID (8-4-4-4-12 hexadecimal digits)")
    return guid


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
    readonly_reason: str | None = None  # why writes are refused; None when writable

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

    @property
    def readonly(self) -> bool:
        """True when the project was opened for reading only; every write raises
        ProjectReadOnly."""
        return self.readonly_reason is not None

    @contextlib.contextmanager
    def atomic(self, wait: float | None = None) -> Iterator[None]:
        """Group several Project calls into one transaction: all of them or none.
        `wait`: seconds to wait for another program's write (default: the busy timeout)."""
        if self.readonly_reason is not None:
            raise ProjectReadOnly(f"project is read-only: {self.path.name} ({self.readonly_reason})")
        self._depth += 1
        try:
            with write_transaction(self.db, self.path, wait):
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
