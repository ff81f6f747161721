"""A derived cache: resources parsed and built once, kept in the user's cache directory.

Parsing resources/outlets.toml, building the outlet registry, the framing lexicon and its
matcher take tens of milliseconds each, at the first use in every process. `cached()` keeps the
built object as a pickle named after a key: a hash of the resource files' bytes, the source of
the code that builds it, the Python version and CACHE_VERSION. Change a resource or the code
and the key changes, so a stale entry is never read; it is simply rebuilt (and the old file of
that name replaced).

It is never a correctness risk: a missing, corrupt or unreadable entry is rebuilt from the
resources; an unwritable directory only means rebuilding next time. `QARIN_CACHE_DIR` moves the
directory (default: $XDG_CACHE_HOME/qarin or ~/.cache/qarin, subfolder `derived`);
`QARIN_DERIVED_CACHE=0` turns the cache off.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import sys
from pathlib import Path
from typing import Callable, Iterable, TypeVar

CACHE_VERSION = "2"
T = TypeVar("T")
_FILE_HASHES: dict[tuple[str, int, int, int], bytes] = {}


def cache_dir() -> Path | None:
    if os.environ.get("QARIN_DERIVED_CACHE", "1") == "0":
        return None
    base = os.environ.get("QARIN_CACHE_DIR")
    if base:
        return Path(base) / "derived"
    xdg = os.environ.get("XDG_CACHE_HOME")
    try:
        root = Path(xdg) if xdg else Path.home() / ".cache"
    except RuntimeError:  # no home directory: no cache
        return None
    return root / "qarin" / "derived"


def file_digest(path: str | Path) -> bytes:
    """sha1 of a file's bytes (b"missing" when it cannot be read), remembered per (path, size,
    mtime, inode: a rewrite within one clock tick is a new inode) so a process hashes each
    file once."""
    p = str(path)
    try:
        st = os.stat(p)
    except OSError:
        return b"missing"
    k = (p, st.st_size, st.st_mtime_ns, st.st_ino)
    digest = _FILE_HASHES.get(k)
    if digest is None:
        try:
            with open(p, "rb") as fh:
                digest = hashlib.sha1(fh.read()).digest()
        except OSError:
            return b"missing"
        _FILE_HASHES[k] = digest
    return digest


def key_for(files: Iterable[str | Path] = (), code: Iterable[str | Path] = (), extra: str = "") -> str:
    h = hashlib.sha1()
    h.update(f"{CACHE_VERSION}|{sys.version}|{extra}".encode())
    for group in (files, code):
        for p in group:
            h.update(str(p).encode() + b"\0" + file_digest(p))
    return h.hexdigest()[:24]


def cached(name: str, build: Callable[[], T], *, files: Iterable[str | Path] = (),
           code: Iterable[str | Path] = (), extra: str = "", plain: bool = False) -> T:
    """`build()`, or the object it built earlier for the same files, code and `extra`.
    `plain`: the value holds only built-in types (dicts of strings and numbers...): kept with
    marshal, which reads such values about twice as fast as pickle."""
    folder = cache_dir()
    if folder is None:
        return build()
    suffix = ".marshal" if plain else ".pickle"
    path = folder / f"{name}-{key_for(files, code, extra)}{suffix}"
    try:
        with open(path, "rb") as fh:
            data = fh.read()  # whole: marshal.load(file) reads object by object, ~8x slower
        return marshal.loads(data) if plain else pickle.loads(data)
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a corrupt or foreign entry: rebuild it
        pass
    value = build()
    store(path, value, name, plain)
    return value


def store(path: Path, value, name: str, plain: bool = False) -> None:
    """Write atomically; replace older entries of the same name. Failure is silent."""
    import tempfile  # only when writing (tempfile pulls in random, shutil...)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                if plain:
                    marshal.dump(value, fh)
                else:
                    pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        for old in path.parent.glob(f"{name}-*{path.suffix}"):
            if old != path:
                try:
                    old.unlink()
                except OSError:
                    pass
    except Exception:  # noqa: BLE001 - unwritable or full: the cache is only an aid
        pass


def here(*modules: str) -> list[Path]:
    """Source files of desktop.core modules (by name), for a key's `code`."""
    root = Path(__file__).resolve().parent
    return [root / f"{m}.py" for m in modules]
