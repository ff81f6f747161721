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
import marshal
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
_READERS = ("rx", "openings", "boilerplate", "inline_furniture")  # modules passing readers to _remembered
_SUFFIX = ".programs"
_MAGIC = b"QRXPROG1"  # the layout below; a file without it is not read
_lock = threading.Lock()
_store: dict[tuple, tuple] | None = None
_codes: memoryview | None = None  # the programs' code as read from the file (machine integers)
_dirty = False

# The store's file: _MAGIC, the header's length (8 bytes, little-endian), the header (marshal:
# {(pattern, flags): (offset, count, flags, groups, groupindex, indexgroup)} for each program,
# {(kind, pattern, flags): reading} for each remembered reading, in one dict), zero to three
# bytes of padding, then the programs' code as unsigned 32-bit integers (_sre.CODESIZE). The
# file is mapped and the code left in place: a program's list of integers, which _sre.compile
# needs, is made when that pattern is compiled and freed after, instead of ~47,000 int objects
# and their lists unmarshalled at every start whatever is compiled.


def _path():
    from . import derived

    folder = derived.cache_dir()
    if folder is None or not _ENGINE:
        return None
    # keyed by the code of every module whose readers' results the store keeps (_remembered):
    # an edited reader must not find the readings its older version made
    key = derived.key_for(code=derived.here(*_READERS), extra=_ENGINE + "|" + _MAGIC.decode())
    return folder / f"{_NAME}-{key}{_SUFFIX}"


def _load() -> dict:
    global _store, _codes
    if _store is None:
        _store = {}
        path = _path()
        if path is not None:
            try:
                _store, _codes = _read(path)
            except Exception:  # noqa: BLE001 - missing, corrupt or foreign: compile afresh
                _store, _codes = {}, None
        atexit.register(_save)
    return _store


def _read(path) -> tuple[dict, memoryview]:
    from . import derived

    view = memoryview(derived.mapped(path))
    if view[:8] != _MAGIC:
        raise ValueError("not a program store")
    size = int.from_bytes(view[8:16], "little")
    start = 16 + size + (-(16 + size)) % 4
    entries = derived._loads(view[16:16 + size], plain=True)
    codes = view[start:].cast("I")
    if not isinstance(entries, dict) or codes.itemsize != _sre.CODESIZE:
        raise ValueError("not a program store")
    return entries, codes


def _code(entry: tuple) -> list[int] | None:
    """The code of a program kept as (offset, count, ...) in the mapped file, as a new list."""
    at, count = entry[0], entry[1]
    codes = _codes
    if codes is None or at < 0 or count <= 0 or at + count > len(codes):
        return None
    return codes[at:at + count].tolist()


def _save() -> None:
    if not _dirty or _store is None:
        return
    path = _path()
    if path is None:
        return
    from array import array

    from . import derived

    entries: dict = {}
    code = array("I")
    if code.itemsize != _sre.CODESIZE:
        return
    with _lock:
        for key, value in _store.items():
            if len(key) == 2:  # a program: (pattern, flags, code, ...) or kept in the file
                if type(value[0]) is str:
                    program, rest = value[2], (value[1], *value[3:])
                else:
                    program, rest = _code(value), value[2:]
                if program is None:
                    continue
                entries[key] = (len(code), len(program), *rest)
                code.extend(program)
            else:
                entries[key] = value
    header = marshal.dumps(entries)
    pad = b"\0" * ((-(16 + len(header))) % 4)
    data = b"".join([_MAGIC, len(header).to_bytes(8, "little"), header, pad, code.tobytes()])
    derived.store(path, data, _NAME, raw=True)


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


_DEBUG = int(re.DEBUG)  # an int: `flags & re.DEBUG` would run the enum's Python-level __and__
_MAX_STORED = 5000  # patterns no longer in use are dropped when the store grows past this
_compiled: dict[tuple[str, int], re.Pattern] = {}  # this process's patterns, as re's own cache


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's twin
    global _dirty
    flags = int(flags)
    if not _ENGINE or not isinstance(pattern, str) or flags & _DEBUG:
        return re.compile(pattern, flags)
    done = _compiled.get((pattern, flags))
    if done is not None:
        return done
    with _lock:
        store = _load()
        prog = store.get((pattern, flags))
        if prog is not None and type(prog[0]) is int:  # kept in the file: its code read now
            code = _code(prog)
            prog = None if code is None else (pattern, prog[2], code, *prog[3:])
    compiled = None
    if prog is not None:
        try:
            compiled = _sre.compile(*prog)
        except Exception:  # noqa: BLE001 - a program this engine refuses: compile afresh
            compiled = None
    if compiled is None:
        try:
            prog = _program(pattern, flags)
            compiled = _sre.compile(*prog)
        except re.error:
            raise
        except Exception:  # noqa: BLE001 - internals changed: the ordinary route
            return re.compile(pattern, flags)
        with _lock:
            if len(store) > _MAX_STORED:
                store.clear()
            store[(pattern, flags)] = prog
            _dirty = True
    _compiled[(pattern, flags)] = compiled
    return compiled


def save() -> None:
    """Write the programs compiled so far (also done at exit)."""
    _save()


def _remembered(kind: str, pattern: re.Pattern, read):
    """``read(pattern, flags)`` kept in the store with the compiled programs; anything
    unexpected while reading the pattern gives None (no pre-test), never an error."""
    global _dirty
    key = (kind, pattern.pattern, pattern.flags)
    with _lock:
        store = _load()
        if key in store:
            return store[key]
    try:
        found = read(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001
        found = None
    with _lock:
        store[key] = found
        _dirty = True
    return found


# --- what a line must start with for an anchored pattern to match it -------------------------

def first_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """For a pattern anchored at the start (`^`, no MULTILINE or IGNORECASE): the characters
    its match can begin with once leading whitespace is passed, so a line whose first
    non-space character is not among them cannot match. None when that cannot be told (not
    anchored, a class or category there, a match that may be empty or start with a space):
    then the pattern must simply be tried. Read from the parsed pattern, kept with the
    compiled programs."""
    return _remembered("first", pattern, _anchored_first)


_MAX_RANGE = 2000


def _anchored_first(pattern: str, flags: int) -> frozenset[str] | None:
    if _parser is None or flags & (re.IGNORECASE | re.MULTILINE):
        return None
    from re import _constants as c

    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    data = list(parsed.data)
    if not data or data[0][0] is not c.AT or data[0][1] not in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
        return None

    def is_spaces(op, av) -> bool:  # \s*
        return (op is c.MAX_REPEAT and av[0] == 0 and av[1] == c.MAXREPEAT and len(av[2]) == 1
                and av[2][0][0] is c.IN and list(av[2][0][1]) in ([(c.CATEGORY, c.CATEGORY_SPACE)],
                                                                 [(c.CATEGORY, c.CATEGORY_UNI_SPACE)]))

    def seq(items, skip) -> tuple[set[str] | None, bool]:
        """(first characters, can be empty) of a sequence; `skip`: a leading \\s* is passed."""
        out: set[str] = set()
        for op, av in items:
            if skip and is_spaces(op, av):
                skip = False
                continue
            first, empty = item(op, av, skip)
            if first is None:
                return None, True
            out |= first
            if not empty:
                return out, False
            if first:  # a consuming, optional item: a later \s* is no longer leading
                skip = False
        return out, True

    def item(op, av, skip) -> tuple[set[str] | None, bool]:
        if op is c.LITERAL:
            return {chr(av)}, False
        if op is c.IN:
            chars: set[str] = set()
            for kind, v in av:
                if kind is c.LITERAL:
                    chars.add(chr(v))
                elif kind is c.RANGE and v[1] - v[0] < _MAX_RANGE:
                    chars.update(map(chr, range(v[0], v[1] + 1)))
                else:
                    return None, True
            return chars, False
        if op is c.SUBPATTERN:
            if av[1] or av[2]:  # local flags
                return None, True
            return seq(av[3], skip)
        if op is c.ATOMIC_GROUP:
            return seq(av, skip)
        if op is c.BRANCH:
            out: set[str] = set()
            empty = False
            for branch in av[1]:
                first, e = seq(branch, skip)
                if first is None:
                    return None, True
                out |= first
                empty = empty or e
            return out, empty
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            first, e = seq(av[2], False)
            return first, (e or av[0] == 0)
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return set(), True  # zero width: what follows decides
        return None, True

    first, empty = seq(data[1:], True)
    if first is None or empty or not first or any(ch.isspace() for ch in first):
        return None
    return frozenset(first)


# --- what text a pattern cannot match without ---------------------------------------------------

def needed_strings(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of the pattern contains (a literal run it must match,
    or the literal openings of every branch of a group it must match), so a text holding none
    of them cannot match. None when the pattern promises no such string. Chosen for the
    longest shortest string; kept with the compiled programs."""
    return _remembered("needs", pattern, _needed)


def _needed(pattern: str, flags: int) -> tuple[str, ...] | None:
    if _parser is None or flags & re.IGNORECASE:
        return None
    from re import _constants as c

    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None

    def better(a, b):
        if a is None:
            return b
        if b is None:
            return a
        return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a

    def seq(items) -> tuple[str, ...] | None:
        """The best needed set of a sequence: a run of literals, or a needed group."""
        best = None
        run = ""
        for op, av in list(items) + [(None, None)]:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if run:
                best = better(best, (run,))
                run = ""
            if op is None:
                break
            best = better(best, item(op, av))
        return best

    def openings(items) -> tuple[str, ...] | None:
        """The literal strings one of which a match of the sequence starts with."""
        run = ""
        for op, av in items:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if run:
                return (run,)
            if op is c.SUBPATTERN and not (av[1] or av[2]):
                return openings(av[3])
            if op is c.BRANCH:
                out: list[str] = []
                for branch in av[1]:
                    got = openings(branch)
                    if not got:
                        return None
                    out.extend(got)
                return tuple(dict.fromkeys(out))
            return None
        return (run,) if run else None

    def item(op, av) -> tuple[str, ...] | None:
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                return None
            return better(seq(av[3]), openings(av[3]))
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op is c.BRANCH:
            return openings([(op, av)])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return seq(av[2])
        return None

    found = seq(parsed.data)
    if not found or any(not s for s in found):
        return None
    return found


def matches_at(pattern: re.Pattern, text: str, starts: list[int]):
    """pattern.finditer(text) when a match can start only at `starts` (ascending): each
    tried in turn, skipping those inside the last match, as the scan would."""
    end = 0
    for at in starts:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m:
            yield m
            end = m.end()
