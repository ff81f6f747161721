"""Opening, creating, checking and upgrading the project file; the write transaction.

The file is refused before any change when it is not SQLite, not a Qarin project, damaged, or
newer than this code. An older project is copied to ``<name>.v<N>.bak`` before it is migrated.

Read-only use: a project is opened for reading only when asked (``readonly=True``) or when the
file or its folder is not writable. A writable file then gets an ordinary connection with
``PRAGMA query_only`` (SQLite tidies the WAL files as usual); a file that cannot be written is
opened with ``mode=ro`` — plus ``immutable=1`` when no write-ahead log (``-wal``) holds changes,
since WAL readers otherwise need to create the ``-shm`` file. An older project opened for
reading is upgraded in a private in-memory copy; the file is not touched.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from desktop.envconfig import env_seconds

from . import schema
from .errors import (
    ProjectBusy,
    ProjectCorrupt,
    ProjectError,
    ProjectExists,
    ProjectForeign,
    ProjectNotFound,
    ProjectReadOnly,
    ProjectTooNew,
)

DEFAULT_TIMEOUT = 5.0  # seconds a write waits for another program's write to finish


def default_timeout() -> float:
    """$QARIN_BUSY_TIMEOUT (seconds) when set and valid, else DEFAULT_TIMEOUT."""
    return env_seconds("QARIN_BUSY_TIMEOUT", DEFAULT_TIMEOUT)


def busy_message(path: Path) -> str:
    return f"project busy: another program is writing to {path.name}; try again"


def translate(exc: sqlite3.Error, path: Path) -> ProjectError:
    """Turn a sqlite3 error into the matching one-line ProjectError."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return ProjectReadOnly(f"project is read-only: {path.name} cannot be changed")
    if "locked" in text or "busy" in text:
        return ProjectBusy(busy_message(path))
    if isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "corrupt" in text
        or "disk i/o" in text
    ):
        return ProjectCorrupt(f"project damaged: {path.name} ({exc})")
    return ProjectError(f"{path.name}: {exc}")


def _check_file(path: Path) -> None:
    """Refuse what cannot be a project before SQLite touches it. Uses stat only: opening and
    closing a descriptor on a database file would drop every POSIX lock this process holds
    on it (SQLite, "How To Corrupt An SQLite Database File", 2.2), and another process could
    then delete the write-ahead log of a connection still open here."""
    if not path.exists():
        raise ProjectNotFound(f"no project at {path}")
    if path.is_dir():
        raise ProjectForeign(f"not a Qarin project: {path} is a directory")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ProjectError(f"cannot read {path}: {exc.strerror}") from None
    if size == 0:
        raise ProjectCorrupt(f"project damaged: {path.name} is empty")


def read_header(conn: sqlite3.Connection, path: Path) -> tuple[int, int]:
    """(application_id, user_version) through SQLite (the committed state, the WAL included);
    raises ProjectCorrupt when the file is not SQLite."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower():
            raise ProjectCorrupt(
                f"not a Qarin project or damaged: {path.name} is not a SQLite database") from None
        if "unable to open" in str(exc).lower():
            raise ProjectError(f"cannot read {path}: permission denied or unreadable") from None
        raise translate(exc, path) from None
    return app_id & 0xFFFFFFFF, user_version


def _raw_connect(target: str, timeout: float, uri: bool = False) -> sqlite3.Connection:
    """A connection that has written nothing yet (no journal mode change): safe to point at
    a file that may turn out to be another program's database."""
    conn = sqlite3.connect(target, timeout=timeout, isolation_level=None,
                           check_same_thread=False, uri=uri)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _setup_writer(conn: sqlite3.Connection, path: Path) -> Database:
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise ProjectError(f"{path.name}: cannot switch to WAL journal mode ({mode})")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return Database(conn, execute_plugins=False)


def _connect(path: Path, timeout: float) -> Database:
    try:
        conn = _raw_connect(str(path), timeout)
    except sqlite3.Error as exc:
        raise translate(exc, path) from None
    return _setup_writer(conn, path)


def not_writable(path: Path) -> str | None:
    """Why the project at `path` cannot be written (None when it can): SQLite must write the
    file and create its -wal/-shm files next to it."""
    directory = path.parent if str(path.parent) else Path(".")
    if not os.access(path, os.W_OK):
        return "the file is not writable"
    if not os.access(directory, os.W_OK | os.X_OK):
        return "its folder is not writable"
    return None


def _raw_connect_readonly(path: Path, timeout: float, writable: bool) -> sqlite3.Connection:
    if writable:
        return _raw_connect(str(path), timeout)
    wal = Path(f"{path}-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    uri = path.resolve().as_uri() + ("?mode=ro" if pending else "?mode=ro&immutable=1")
    return _raw_connect(uri, timeout, uri=True)


def _setup_reader(conn: sqlite3.Connection, path: Path, writable: bool) -> Database:
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        if not writable and "readonly" in str(exc).lower():
            raise ProjectError(
                f"cannot read {path.name}: its unsaved changes ({path.name}-wal) need a writable "
                "folder; open it once where it can be written") from None
        raise translate(exc, path) from None
    return Database(conn, execute_plugins=False)


def _upgraded_copy(db: Database, path: Path) -> Database:
    """An in-memory copy of an older project, migrated, for reading only."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        db.conn.backup(mem)
        copy = Database(mem, execute_plugins=False)
        schema.migrations.apply(copy)
        mem.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        mem.close()
        raise translate(exc, path) from None
    db.close()
    return copy


def _check(db: Database, path: Path) -> None:
    try:
        rows = db.conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        raise translate(exc, path) from None
    if [r[0] for r in rows] != ["ok"]:
        raise ProjectCorrupt(f"project damaged: {path.name} fails its integrity check ({rows[0][0]})")


def _applied(db: Database) -> list[str]:
    return [m.name for m in schema.migrations.applied(db)]


def backup(db: Database, target: Path) -> Path:
    """Copy the whole database to `target` with SQLite's online backup."""
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def _backup_path(path: Path, version: int) -> Path:
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.v{version}.{n}.bak")
    return candidate


def open_database(path: Path, timeout: float = DEFAULT_TIMEOUT, readonly: bool | None = None
                  ) -> tuple[Database, Path | None, str | None]:
    """Open an existing project, upgrading it when older. Returns (db, backup path or None,
    why it is read-only or None). `readonly`: True reads only; False insists on writing
    (ProjectReadOnly when the file or folder is not writable); None: whichever is possible."""
    _check_file(path)
    blocked = not_writable(path)
    if readonly is False and blocked:
        raise ProjectReadOnly(f"project is read-only: {path.name} ({blocked})")
    reason = blocked if blocked else ("opened for reading only" if readonly else None)
    try:
        conn = (_raw_connect_readonly(path, timeout, blocked is None) if reason
                else _raw_connect(str(path), timeout))
    except sqlite3.Error as exc:
        raise translate(exc, path) from None
    try:
        app_id, version = read_header(conn, path)
        if app_id != schema.APPLICATION_ID:
            raise ProjectForeign(
                f"not a Qarin project: {path.name} is another program's SQLite database")
        if version > schema.SCHEMA_VERSION:
            raise ProjectTooNew(
                f"{path.name} was saved by a newer Qarin (schema {version}, this one reads up to "
                f"{schema.SCHEMA_VERSION}); update Qarin to open it")
    except BaseException:
        conn.close()
        raise
    db = _setup_reader(conn, path, blocked is None) if reason else _setup_writer(conn, path)
    try:
        _check(db, path)
        applied = _applied(db)
        known = schema.migration_names()
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise ProjectTooNew(f"{path.name} has changes from a newer Qarin ({unknown[0]}); update Qarin")
        saved = None
        if len(applied) < len(known):
            if reason:
                return _upgraded_copy(db, path), None, reason
            saved = backup(db, _backup_path(path, version))
            try:
                schema.migrations.apply(db)
            except sqlite3.Error as exc:
                raise translate(exc, path) from None
        return db, saved, reason
    except BaseException:
        db.close()
        raise


def create_database(path: Path, timeout: float = DEFAULT_TIMEOUT, meta: dict | None = None) -> None:
    """Write a new, empty project at `path`; never overwrites an existing file."""
    if path.exists():
        raise ProjectExists(f"{path} already exists; choose another name or open it")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ProjectError(f"no such folder: {directory}")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise ProjectReadOnly(f"cannot create {path.name}: the folder {directory} is not writable")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    os.unlink(tmp_name)
    tmp = Path(tmp_name)
    try:
        db = _connect(tmp, timeout)
        try:
            schema.migrations.apply(db)
            with db.atomic():
                for key, value in (meta or {}).items():
                    db["meta"].upsert({"key": key, "value": str(value)}, pk="key")
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            db.close()
        try:
            os.link(tmp, path)  # fails rather than overwrite a file made meanwhile
        except FileExistsError:
            raise ProjectExists(f"{path} already exists; choose another name or open it") from None
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


@contextlib.contextmanager
def write_transaction(db: Database, path: Path, wait: float | None = None) -> Iterator[None]:
    """One atomic write. Takes the write lock up front (BEGIN IMMEDIATE) so a busy project
    fails before anything is done; nested use becomes a savepoint. `wait`: seconds to wait
    for another program's write instead of the connection's busy timeout."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    try:
        if wait is None:
            conn.execute("BEGIN IMMEDIATE")
        else:
            usual = conn.execute("PRAGMA busy_timeout").fetchone()[0]
            conn.execute(f"PRAGMA busy_timeout = {max(0, int(wait * 1000))}")
            try:
                conn.execute("BEGIN IMMEDIATE")
            finally:
                conn.execute(f"PRAGMA busy_timeout = {int(usual)}")
    except sqlite3.Error as exc:
        raise translate(exc, path) from None
    try:
        yield
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, path) from None
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise translate(exc, path) from None
