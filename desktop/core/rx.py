"""Regular expressions compiled once per machine, not once per process.

The rule modules (furniture, credits, dates, boilerplate) hold a few hundred patterns, some
with long alternations (every month name, every share label); compiling them costs tens of
milliseconds at each start. `compile()` is `re.compile` with a memory: the compiler's output
(the parsed and assembled program `re` hands to its engine, `_sre.compile`) is kept in the
derived cache (see derived.py), keyed by the Python version and the engine's magic number, and
the pattern is rebuilt from it directly. The pattern object is the same as `re.compile` gives
(tests compare them with ==, which compares the compiled programs); whenever anything about
this route fails, it falls back to `re.compile`. It changes how a pattern is built, never what
it matches.
"""
from __future__ import annotations

import atexit
import re
import sys
import threading

try:  # CPython's regular-expression internals; absent or different elsewhere
    import _sre
    from re import _compiler, _parser
    _ENGINE = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
except Exception:  # noqa: BLE001
    _sre = _compiler = _parser = None
    _ENGINE = ""

_NAME = "regex-programs"
_lock = threading.Lock()
_store: dict[tuple[str, int], tuple] | None = None
_dirty = False


def _load() -> dict:
    global _store
    if _store is None:
        from . import derived

        _store = {}
        folder = derived.cache_dir()
        if folder is not None and _ENGINE:
            path = folder / f"{_NAME}-{derived.key_for(extra=_ENGINE)}.pickle"
            try:
                import pickle

                with open(path, "rb") as fh:
                    data = pickle.load(fh)
                if isinstance(data, dict):
                    _store = data
            except Exception:  # noqa: BLE001 - missing or corrupt: compile afresh
                pass
        atexit.register(_save)
    return _store


def _save() -> None:
    if not _dirty or _store is None or not _ENGINE:
        return
    from . import derived

    folder = derived.cache_dir()
    if folder is not None:
        derived.store(folder / f"{_NAME}-{derived.key_for(extra=_ENGINE)}.pickle", _store, _NAME)


def _program(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile passes to _sre.compile, computed the same way."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]  # plain ints: opcodes are int subclasses
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (pattern, flags | p.state.flags, code, p.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's twin
    global _dirty
    flags = int(flags)
    if not _ENGINE or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    with _lock:
        store = _load()
        prog = store.get((pattern, flags))
    if prog is not None:
        try:
            return _sre.compile(*prog)
        except Exception:  # noqa: BLE001 - a program this engine refuses: compile afresh
            pass
    try:
        prog = _program(pattern, flags)
        compiled = _sre.compile(*prog)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - internals changed: the ordinary route
        return re.compile(pattern, flags)
    with _lock:
        store[(pattern, flags)] = prog
        _dirty = True
    return compiled


def save() -> None:
    """Write the programs compiled so far (also done at exit)."""
    _save()
