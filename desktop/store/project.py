"""`Project`: one analyst's work in one SQLite file. Every method commits before it returns."""
from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from .annotations import AnnotationsMixin
from .articles import ArticlesMixin
from .codes import CodesMixin
from .connection import backup, create_database, default_timeout, open_database, translate
from .extras import ExtrasMixin
from .schema import SCHEMA_VERSION
from .sources import SourcesMixin
from .base import now

SUFFIX = ".qarin"


class Project(AnnotationsMixin, CodesMixin, ArticlesMixin, ExtrasMixin, SourcesMixin):
    """Open with `Project.open(path)` or `Project.create(path)`; use as a context manager or
    call `close()`. One Project per thread (SQLite connections are not shared)."""

    backup_path: Path | None = None  # set when opening upgraded an older file

    @classmethod
    def create(cls, path: str | os.PathLike, name: str | None = None,
               timeout: float | None = None) -> "Project":
        """Make a new, empty project file (refuses to overwrite) and open it."""
        p = Path(path)
        timeout = default_timeout() if timeout is None else timeout
        create_database(p, timeout, meta={"name": name or p.stem, "created": now(),
                                         "schema_version": SCHEMA_VERSION})
        return cls.open(p, timeout=timeout)

    @classmethod
    def open(cls, path: str | os.PathLike, timeout: float | None = None,
             readonly: bool | None = None) -> "Project":
        """Open a project; raises ProjectNotFound, ProjectBusy, ProjectCorrupt,
        ProjectForeign or ProjectTooNew with a one-line message. An older project is
        backed up (see `backup_path`) and upgraded. `timeout`: seconds a write waits for
        another program's write (default $QARIN_BUSY_TIMEOUT or 5).

        `readonly`: True opens for reading only (nothing is written, not even an upgrade of
        an older file, which is upgraded in memory); False insists on write access
        (ProjectReadOnly when the file or its folder is not writable); None (default) opens
        for writing when possible and otherwise for reading. On a read-only project every
        write raises ProjectReadOnly ("project is read-only: ...")."""
        p = Path(path)
        db, saved, reason = open_database(p, default_timeout() if timeout is None else timeout,
                                          readonly)
        project = cls(db, p)
        project.backup_path = saved
        project.readonly_reason = reason
        return project

    def close(self) -> None:
        if self._db is not None:
            if not self.readonly:
                try:
                    self._db.conn.execute("PRAGMA optimize")
                except sqlite3.Error:
                    pass
            self._db.close()
            self._db = None

    @property
    def closed(self) -> bool:
        return self._db is None

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def save_copy(self, target: str | os.PathLike, name: str | None = None) -> Path:
        """Write a consistent copy of the whole project (WAL included, whoever else has it
        open) to `target` through SQLite's online backup, replacing `target` only once the
        copy is complete. `name`: the copy's project name (default: the target's stem)."""
        target = Path(target)
        directory = target.parent if str(target.parent) else Path(".")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            backup(self.db, tmp)
            copy = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                copy.execute("INSERT INTO meta (key, value) VALUES ('name', ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                             (name or target.stem,))
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            os.replace(tmp, target)
        except sqlite3.Error as exc:
            raise translate(exc, target) from None
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        return target

    def integrity_check(self) -> list[str]:
        """`PRAGMA integrity_check` rows (["ok"] when sound)."""
        try:
            return [r[0] for r in self.db.conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("read-only" if self.readonly else "open")
        return f"<Project {self.path} ({state})>"
