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

Hashing the files of every key at every start cost more than reading the entry; the folder
also keeps `digests.marshal`: each file's hash with its size, times and inode, so a file whose
stat is unchanged is not read again (the way git's index knows a file is unchanged). A file
changed within the last seconds is not recorded there (a second change in the same clock tick
would keep its stat): it is hashed at every use until it settles.

Every run pays for reading what it needs, so reading is kept cheap: an entry of 32 KB or more
is read through a read-only mapping of its file instead of a copy (`_read`); `cached_file`
keeps bytes laid out to be searched in place in the mapped file (the background table), as
rx.py does for compiled patterns; `shared` makes each repeated word of a table one object,
which marshal then writes and reads once. Entries are replaced (written aside, then renamed),
never rewritten in place, so a mapping keeps the bytes it was given.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
import time
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from .collector import collector_paused
from .hashes import sha1  # not hashlib: it would first load OpenSSL (~4 ms)

CACHE_VERSION = "2"
T = TypeVar("T")
_FILE_HASHES: dict[tuple, bytes] = {}
_INDEX_NAME = "digests.marshal"
_SETTLED_NS = 3_000_000_000  # a file untouched this long is recorded in the index
_index: dict[str, tuple] = {}
_index_dir: Path | None = None
_index_loaded = False
_index_dirty = False
_dirs: dict[tuple, Path | None] = {}


def cache_dir() -> Path | None:
    env = os.environ
    k = (env.get("QARIN_DERIVED_CACHE"), env.get("QARIN_CACHE_DIR"), env.get("XDG_CACHE_HOME"),
         env.get("HOME"))
    try:
        return _dirs[k]
    except KeyError:
        folder = _dirs[k] = _cache_dir()
        return folder


def _cache_dir() -> Path | None:
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
    mtime, ctime, inode) in this process, and across processes in the folder's digest index."""
    p = str(path)
    try:
        st = os.stat(p)
    except OSError:
        return b"missing"
    stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    k = (p, stamp)
    digest = _FILE_HASHES.get(k)
    if digest is None:
        index = _digest_index()
        known = index.get(p)
        if known is not None and known[0] == stamp:
            digest = known[1]
        else:
            try:
                with open(p, "rb") as fh:
                    digest = sha1(fh.read()).digest()
            except OSError:
                return b"missing"
            if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > _SETTLED_NS:
                _record(p, stamp, digest)
        _FILE_HASHES[k] = digest
    return digest


def _digest_index() -> dict[str, tuple]:
    """The digest index of the current cache folder ({} without one)."""
    global _index, _index_dir, _index_loaded, _index_dirty
    folder = cache_dir()
    if folder != _index_dir or not _index_loaded:
        if _index_dirty:
            save_digests()
        _index, _index_dir, _index_loaded, _index_dirty = {}, folder, True, False
        if folder is not None:
            try:
                with open(folder / _INDEX_NAME, "rb") as fh:
                    data = marshal.loads(fh.read())
                if isinstance(data, dict):
                    _index = data
            except Exception:  # noqa: BLE001 - missing or damaged: hash the files afresh
                pass
    return _index


def _record(path: str, stamp: tuple, digest: bytes) -> None:
    global _index_dirty
    if _index_dir is None:
        return
    if not _index_dirty:
        import atexit

        atexit.register(save_digests)
    _index[path] = (stamp, digest)
    _index_dirty = True


def save_digests() -> None:
    """Write the digest index of this process's cache folder if it gained entries (also done
    at exit)."""
    global _index_dirty
    if _index_dirty and _index_dir is not None:
        _index_dirty = False
        store(_index_dir / _INDEX_NAME, _index, _INDEX_NAME, plain=True, prune=False)


def key_for(files: Iterable[str | Path] = (), code: Iterable[str | Path] = (), extra: str = "") -> str:
    h = sha1()
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
        return _read(path, plain)
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a corrupt or foreign entry: rebuild it
        pass
    value = build()
    store(path, value, name, plain)
    return value


_MAP_FROM = 32768  # an entry this large is read through a mapping of its file


def _read(path: Path, plain: bool):
    """The value kept in the file. A large entry is read through a read-only mapping of the
    file, not a copy of its bytes: the kernel maps pages the file already has in memory, up to
    16 at a fault, where a copy touches every page of a new buffer (~8 us a page here). The
    whole file at once either way: marshal.load(file) reads object by object, ~8x slower."""
    with open(path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size < _MAP_FROM:
            return _loads(fh.read(), plain)
        import mmap

        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return _loads(mapped, plain)


def mapped(path: Path):
    """A read-only mapping of the whole file (for a reader that keeps and reads it in place);
    OSError or ValueError (an empty file) when it cannot be mapped. Entries are replaced,
    never written in place (see store), so a mapping kept keeps the bytes it was given."""
    import mmap

    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


_ATOMS = frozenset({str, int, float, bool, bytes, type(None)})


def shared(value, same: dict | None = None):
    """The value (built-in types) with every string, tuple and frozenset equal to one met
    before replaced by that one. marshal writes an object met again as a reference to it, so
    a table naming the same words many times is kept, and read back, with each word made
    once: fewer objects, less new memory (each first touch of a page costs microseconds).
    Equal means of the same types all the way down (1 and True, 1 and 1.0 are not merged);
    lists, dicts and sets stay distinct objects (they can change)."""
    if same is None:
        same = {}
    kind = value.__class__
    if kind is str or kind is bytes:
        return same.setdefault((kind, value), value)
    if kind is tuple or kind is frozenset:
        items = kind(shared(v, same) for v in value)
        key = (kind, (frozenset if kind is frozenset else tuple)(
            (v.__class__, v) if v.__class__ in _ATOMS else (v.__class__, id(v)) for v in items))
        return same.setdefault(key, items)
    if kind is list:
        return [shared(v, same) for v in value]
    if kind is dict:
        return {shared(k, same): shared(v, same) for k, v in value.items()}
    if kind is set:
        return {shared(v, same) for v in value}
    return value


def cached_file(name: str, build: Callable[[], bytes], read: Callable[[object], T], *,
                files: Iterable[str | Path] = (), code: Iterable[str | Path] = (),
                extra: str = "") -> T:
    """`read(data)` of the bytes `build()` made for the same files, code and `extra`: the
    entry is a file of those bytes, and `data` a read-only mapping of it (read in place, see
    mapped). `read` raises ValueError for bytes that are not what `build` makes (a damaged or
    foreign file): the entry is then built and written again."""
    folder = cache_dir()
    if folder is None:
        return read(build())
    path = folder / f"{name}-{key_for(files, code, extra)}.bin"
    try:
        return read(mapped(path))
    except (OSError, ValueError):  # missing, empty, damaged or foreign: build it again
        pass
    data = build()
    store(path, data, name, raw=True)
    return read(data)


def _loads(data: bytes, plain: bool):
    """The value, read with the cyclic collector paused: unpickling a matcher makes ~13,000
    containers, and a collection started halfway traced them all (2-4 ms); none is garbage."""
    with collector_paused():
        if plain:
            return marshal.loads(data)
        import pickle  # only for an entry that is not plain data (none in a CLI run)

        return pickle.loads(data)


def store(path: Path, value, name: str, plain: bool = False, prune: bool = True,
          raw: bool = False) -> None:
    """Write atomically; drop all but the KEEP newest entries of the same name (unless not
    `prune`). `raw`: the value is bytes, written as they are. Failure is silent."""
    import tempfile  # only when writing (tempfile pulls in random, shutil...)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                if raw:
                    fh.write(value)
                elif plain:
                    marshal.dump(value, fh)
                else:
                    import pickle

                    pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        if prune:
            _prune(path, name)
    except Exception:  # noqa: BLE001 - unwritable or full: the cache is only an aid
        pass


KEEP = 3  # entries kept per name: two versions of Qarin (or of a resource) used in turn
# would otherwise delete each other's entry at every run and rebuild it at the next


def _prune(path: Path, name: str) -> None:
    def age(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    # every format of the name (an entry whose layout changed has a new suffix), and only it:
    # the key is 24 hex digits, so a longer name this one prefixes is not matched
    entry = re.compile(re.escape(name) + r"-[0-9a-f]{24}\.\w+")
    older = sorted((p for p in path.parent.glob(f"{name}-*") if p != path and entry.fullmatch(p.name)),
                   key=age, reverse=True)
    for old in older[KEEP - 1:]:
        try:
            old.unlink()
        except OSError:
            pass


_CORE = Path(__file__).resolve().parent


def here(*modules: str) -> list[Path]:
    """Source files of desktop.core modules (by name), for a key's `code`."""
    return [_CORE / f"{m}.py" for m in modules]


def __getattr__(name: str):
    """`derived.pickle`: the module, imported at first need (a CLI run reads plain entries
    only, and importing pickle costs about a millisecond)."""
    if name == "pickle":
        import pickle

        return pickle
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
