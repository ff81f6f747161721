"""Code the standard library compiles from text at every start, compiled once per machine.

@dataclass writes the methods of each class (__init__, __repr__, __eq__, __hash__, the frozen
__setattr__ ...) as source text and compiles it with `exec`, at every start: for the engine's
two dozen dataclasses about 120 compilations, 11-16 ms of a one-shot `analyze` run, more than
all it reads from the derived cache. typing.NamedTuple compiles each string annotation (with
`from __future__ import annotations`, every field's) into a ForwardRef (~55 compilations), and
collections.namedtuple its __new__ (`eval`). A text's compiled code depends only on the text,
so it is a derived resource, like a compiled pattern (rx.py): kept in the derived cache
(marshal keeps code objects), keyed by the Python version (derived.key_for) and its
optimisation level.

`install()` gives those modules an `exec`, `compile` or `eval` of their own (a module global,
found before the builtin) that compiles a text as the builtin would there (file "<string>",
no future flags: none of the three modules has any) or takes the code compiled earlier for the
same text, then runs it as the builtin does. The same text gives the same code object, so what
they make is the same; anything else is handed to the builtin. A module not imported yet is
patched when it is, by a finder that waits for it.
"""
from __future__ import annotations

import atexit
import builtins
import marshal
import sys
import threading

_NAME = "compiled-texts"
_MAX_KEPT = 4000  # texts no longer made are dropped when the store grows past this
_run = builtins.exec
_evaluate = builtins.eval
_compile = compile
_CODE = type((lambda: None).__code__)
_lock = threading.Lock()
_codes: dict[str, object] | None = None
_dirty = False
_loading = False


def _exec(source, globals=None, locals=None, /, *rest, **options):
    """builtins.exec, with a text compiled once (see the module's docstring)."""
    if globals is None:  # the builtin runs in the caller's namespaces
        frame = sys._getframe(1)
        globals = frame.f_globals
        if locals is None:
            locals = frame.f_locals
    if source.__class__ is str and not rest and not options:
        source = _code(source, "exec")
    return _run(source, globals, locals, *rest, **options)


def _eval(source, globals=None, locals=None, /):
    """builtins.eval, with a text compiled once (the builtin passes over leading blanks)."""
    if globals is None:
        frame = sys._getframe(1)
        globals = frame.f_globals
        if locals is None:
            locals = frame.f_locals
    if source.__class__ is str:
        source = _code(source.lstrip(" \t"), "eval")
    return _evaluate(source, globals, locals)


def _compile_text(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **options):
    """builtins.compile as called from a module without future flags, a text compiled once."""
    if (source.__class__ is str and filename == "<string>" and not flags and optimize == -1
            and not options):
        return _code(source, mode)
    return _compile(source, filename, mode, flags, True, optimize, **options)


def _code(source: str, mode: str):
    global _dirty
    codes = _codes if _codes is not None else _load()
    key = (mode, source)
    code = codes.get(key)
    if code is None or code.__class__ is not _CODE:
        code = _compile(source, "<string>", mode, 0, True)
        with _lock:
            if len(codes) > _MAX_KEPT:
                codes.clear()
            codes[key] = code
            _dirty = True
    return code


def _path():
    from . import derived

    folder = derived.cache_dir()
    if folder is None:
        return None
    key = derived.key_for(code=derived.here("method_cache"), extra=f"{sys.flags.optimize}")
    return folder / f"{_NAME}-{key}.marshal"


def _load() -> dict:
    global _codes, _loading
    with _lock:
        if _codes is not None:
            return _codes
        if _loading:  # a dataclass made while the store is read: compiled, not kept
            return {}
        _loading = True
    codes: dict = {}
    try:
        from . import derived

        path = _path()
        if path is not None:
            try:
                got = derived._read(path, plain=True)
                if isinstance(got, dict):
                    codes = got
            except Exception:  # noqa: BLE001 - missing, damaged or foreign: compile afresh
                pass
    finally:
        with _lock:
            _codes = codes
            _loading = False
    atexit.register(save)
    return codes


def save() -> None:
    """Write the texts compiled so far if there are new ones (also done at exit)."""
    global _dirty
    if not _dirty or _codes is None:
        return
    path = _path()
    if path is None:
        return
    from . import derived

    with _lock:
        _dirty = False
        kept = dict(_codes)
    derived.store(path, kept, _NAME, plain=True)


_PATCHES = {"dataclasses": ("exec", _exec), "typing": ("compile", _compile_text),
            "collections": ("eval", _eval)}


def _patch(module) -> None:
    name, replacement = _PATCHES[module.__name__]
    if name not in vars(module):
        setattr(module, name, replacement)


class _Finder:
    """Patches a module of _PATCHES when it is first imported (then leaves sys.meta_path)."""

    waiting: set[str] = set()

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name not in cls.waiting:
            return None
        cls.waiting.discard(name)
        if not cls.waiting:
            try:
                sys.meta_path.remove(cls)
            except ValueError:
                pass
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = _Patching(spec.loader)
        return spec


class _Patching:
    """A loader that runs the real one, then patches the module."""

    def __init__(self, loader) -> None:
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        self.loader.exec_module(module)
        _patch(module)

    def __getattr__(self, name):
        return getattr(self.loader, name)


def install() -> None:
    """Route the compilations of dataclasses, typing and collections through the store (now,
    or when each is imported)."""
    if sys.implementation.name != "cpython":
        return
    for name in _PATCHES:
        module = sys.modules.get(name)
        if module is not None:
            _patch(module)
        else:
            _Finder.waiting.add(name)
    if _Finder.waiting and _Finder not in sys.meta_path:
        sys.meta_path.insert(0, _Finder)
