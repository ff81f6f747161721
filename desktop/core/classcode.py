"""The compiled code of the methods `dataclasses` writes, kept between runs.

For every dataclass, `dataclasses` writes the source of `__init__`, `__repr__`, `__eq__`,
`__hash__`, `__setattr__`... and compiles it with `exec` when the class is created: the
engine's sixty-odd dataclasses took 17-20 ms of compiling at every start, a quarter of loading
the engine. `install()` gives the `dataclasses` module an `exec` that compiles a source text
once per machine: the code object is kept (marshal) in the derived cache, keyed by the whole
source text and the Python version, and run from there. The text decides the code entirely,
so an entry can never be stale; compiling uses the flags `dataclasses`'s own `exec` uses (none
inherited), and anything unexpected falls back to compiling. Like .pyc files, it changes how
the methods are built, never what they are.
"""
from __future__ import annotations

import builtins
import marshal
import sys
import threading

_NAME = "dataclass-code"
_ENGINE = f"{sys.implementation.cache_tag}|{sys.version}"
_MAX_STORED = 4000  # sources no longer in use are dropped when the store grows past this
_lock = threading.Lock()
_store: dict[str, bytes] | None = None
_dirty = False


def install() -> None:
    """Let `dataclasses` compile through the store (the module then finds this `exec` before
    the built-in one). Done once, when desktop.core is imported."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is not cached_exec:
        dataclasses.exec = cached_exec


def cached_exec(source, globals=None, locals=None, /):
    """builtins.exec, with a source text's compiled code taken from the store."""
    global _dirty
    if type(source) is not str:
        return builtins.exec(source, globals, locals)
    store = _store if _store is not None else _load()
    with _lock:
        blob = store.get(source)
    code = None
    if blob is not None:
        try:
            code = marshal.loads(blob)
        except Exception:  # noqa: BLE001 - a damaged entry: compile afresh
            code = None
    if code is None:
        # what exec(source) compiles: file "<string>", and (dataclasses having no __future__
        # imports) no inherited flags
        code = compile(source, "<string>", "exec", dont_inherit=True)
        with _lock:
            if len(store) > _MAX_STORED:
                store.clear()
            store[source] = marshal.dumps(code)
            _dirty = True
    return builtins.exec(code, globals, locals)


def _path():
    from . import derived

    folder = derived.cache_dir()
    return None if folder is None else folder / f"{_NAME}-{derived.key_for(extra=_ENGINE)}.marshal"


def _load() -> dict[str, bytes]:
    """The store, read at the first class created (outside the lock: reading imports)."""
    global _store
    data: dict[str, bytes] = {}
    try:
        path = _path()
        if path is not None:
            from . import derived

            with open(path, "rb") as fh:
                got = derived._loads(fh.read(), plain=True)
            if isinstance(got, dict):
                data = got
    except Exception:  # noqa: BLE001 - missing, unreadable or foreign: compile afresh
        pass
    with _lock:
        if _store is None:  # another thread may have read it meanwhile
            _store = data
            import atexit

            atexit.register(save)
        return _store


def save() -> None:
    """Write the store if it gained entries (also done at exit)."""
    global _dirty
    if not _dirty or _store is None:
        return
    _dirty = False
    try:
        path = _path()
    except Exception:  # noqa: BLE001
        return
    if path is not None:
        from . import derived

        derived.store(path, _store, _NAME, plain=True)
