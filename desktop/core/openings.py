"""The literal strings a pattern's every match opens with, read from the parsed pattern.

A rule tried on many lines or texts fails fastest where nothing it can open with is there:
`str.startswith` with a tuple of strings (or `str.find`) answers in C, where the regular
expression would first try each of its alternatives. What is read here is a promise about
every match, so a line or position without one of the strings cannot match; when the pattern
does not make such a promise (a class or category first, an optional part that may leave the
match empty, case-insensitive matching), the answer is None and the pattern is simply tried.
"""
from __future__ import annotations

import re

from . import rx

try:  # CPython's parser of regular expressions; elsewhere no promise is read
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover
    _c = _parser = None


def _case_sensitive_items(src: str, flags: int) -> list | None:
    """The parsed pattern's top-level items, or None when the engine's parser is absent or the
    pattern is case-insensitive, multi-line or verbose (set by flags or inline)."""
    if _parser is None or flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    parsed = _parser.parse(src, flags)
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    return list(parsed.data)


def line_openings(src: str, flags: int, tight: bool = False) -> tuple[bool, tuple[str, ...]] | None:
    """For a pattern anchored at the start (`^`, no MULTILINE, not case-insensitive): (blanks,
    strings) such that every match opens, after the line's leading blanks when `blanks` (the
    pattern lets \\s* pass them; the strings then open with no blank), with one of `strings`.
    Zero-width looks (lookaheads) at the start are passed over. None when not so. `tight`:
    longer strings where the pattern allows (see _opening)."""
    data = _case_sensitive_items(src, flags)
    if data is None:
        return None
    if not data or data[0][0] is not _c.AT or data[0][1] not in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
        return None
    k = 1
    while k < len(data) and data[k][0] in (_c.ASSERT, _c.ASSERT_NOT):
        k += 1
    blanks = k < len(data) and _is_blanks(*data[k])
    strings = _opening(data[k + 1:] if blanks else data[k:], tight)
    if not strings or any(not s for s in strings):
        return None
    if blanks and any(s[0].isspace() for s in strings):
        return None  # \s* could give a blank back to the string
    return blanks, tuple(sorted(set(strings)))


def _is_blanks(op, av) -> bool:
    """\\s*"""
    return (op is _c.MAX_REPEAT and av[0] == 0 and av[1] == _c.MAXREPEAT and len(av[2]) == 1
            and av[2][0][0] is _c.IN and list(av[2][0][1]) in ([(_c.CATEGORY, _c.CATEGORY_SPACE)],
                                                                [(_c.CATEGORY, _c.CATEGORY_UNI_SPACE)]))


def _leading_literals(items) -> str:
    """The text of the run of literal characters these parsed items open with."""
    run = []
    for op, av in items:
        if op is not _c.LITERAL:
            break
        run.append(chr(av))
    return "".join(run)


_FEW = 20  # characters a class may have to open a match with one of them, when tight (0-9, ٠-٩)
_MANY = 256  # strings at most from an optional run of literals written before each of what follows


def _opening(items, tight: bool = False) -> list[str] | None:
    """Strings one of which opens every match of this sequence of parsed items (each string
    non-empty), or None. `tight`: a class of a few characters (short ranges included) gives
    them, and a run of literals, or an optional one (و?يظهر, (زر )?الذهاب), is written
    before each string of what follows (ويظهر, يظهر; الذهاب, العودة) rather than standing
    alone (و; ال, the start re's parser takes out of «الذهاب|العودة»)."""
    items = list(items)
    if not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is _c.LITERAL:
        run = _leading_literals(items)
        if tight:  # and what follows the run (an alternation the parser took a shared start from)
            after = _opening(items[len(run):], tight)
            if after is not None and len(after) <= _MANY:
                return [run + a for a in after]
        return [run]
    if op is _c.IN:
        if av and all(kind is _c.LITERAL for kind, _ in av):
            return [chr(v) for _, v in av]
        return _few_chars(av) if tight else None
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:  # local flags
            return None
        return _opening(list(av[3]) + rest, tight)
    if op is _c.BRANCH:
        out = []
        for branch in av[1]:
            got = _opening(list(branch) + rest, tight)
            if got is None:
                return None
            out += got
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low = av[0]
        inner = _opening(list(av[2]), tight)
        if inner is None:
            return None
        if low >= 1:
            return inner
        after = _opening(rest, tight)  # the part left out: the match opens with what follows
        if after is None:
            return None
        run = _literal_run(av[2]) if tight and av[1] == 1 else None
        if run and len(after) * 2 <= _MANY:  # taken (its whole text, then what follows) or not
            return [run + a for a in after] + after
        return inner + after
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return _opening(rest, tight)  # zero width: what follows opens the match
    return None


def _few_chars(av) -> list[str] | None:
    """The characters of a class of literals and short ranges, when few."""
    chars: list[str] = []
    for kind, v in av:
        if kind is _c.LITERAL:
            chars.append(chr(v))
        elif kind is _c.RANGE and v[1] - v[0] < _FEW:
            chars.extend(map(chr, range(v[0], v[1] + 1)))
        else:
            return None
    return chars if 0 < len(chars) <= _FEW else None


def _literal_run(items) -> str | None:
    """The text of parsed items that are literals only (in groups without flags), else None."""
    out = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(chr(av))
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            inner = _literal_run(av[3])
            if inner is None:
                return None
            out.append(inner)
        else:
            return None
    return "".join(out)


# --- where in a text a match can start (inline furniture, dates) ---------------------------

class _StringStarts:
    """Where one of these strings begins, in order: the starts of a pattern whose every match
    opens with one of them (_opening_strings), found with str.find instead of the regular
    expression's own scan, which tries its alternatives at every letter that may begin one."""

    def __init__(self, strings: tuple[str, ...]) -> None:
        self.strings = strings

    def __call__(self, text: str) -> list[int]:
        out = set()
        for s in self.strings:
            at = text.find(s)
            while at >= 0:
                out.add(at)
                at = text.find(s, at + 1)
        return sorted(out)


def _opening_strings(src: str, flags: int) -> list[str] | None:
    """The literal strings one of which opens every match (a run of literals, a group of
    alternatives each all literals: «(?:اقرا|طالع) ...», or a class of characters: [(\\[]),
    or None."""
    if _parser is None or flags & (re.IGNORECASE | re.VERBOSE):
        return None
    c = _c
    parsed = _parser.parse(src, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    data = list(parsed.data)

    def literals(items) -> str | None:
        items = list(items)
        if not items or any(op is not c.LITERAL for op, _ in items):
            return None
        return "".join(chr(av) for _, av in items)

    if not data:
        return None
    op, av = data[0]
    if op is c.LITERAL:
        return [_leading_literals(data)]
    if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group without local flags
        inner = list(av[3])
        if len(inner) == 1:
            op, av = inner[0]
        elif (run := literals(inner)) is not None:
            return [run]
        else:
            return None
    if op is c.BRANCH:
        out = [literals(branch) for branch in av[1]]
        return None if any(s is None for s in out) else sorted(set(out))
    if op is c.IN and av and all(kind is c.LITERAL for kind, _ in av):  # [(\[]: one of these
        return sorted({chr(v) for _, v in av})
    return None


def _string_starts(pattern: re.Pattern):
    """A _StringStarts for a pattern whose every match opens with one of a few strings (see
    _opening_strings) and is never empty, else None."""
    opens = rx._remembered("opening-strings", pattern, _opening_strings)
    if not opens:
        return None
    shortest = rx._remembered("shortest", pattern, _shortest)
    return _StringStarts(tuple(opens)) if isinstance(shortest, int) and shortest > 0 else None


def _shortest(src: str, flags: int) -> int:
    return int(_parser.parse(src, flags).getwidth()[0])


# --- the first character after a line's blanks, for a pattern anchored at the start -------------

def first_nonblank_chars(src: str, flags: int) -> frozenset[str] | None:
    """For a pattern anchored at the start (`^` first, or first in every branch; no
    MULTILINE, not case-insensitive): the characters that the first character of a line
    that is not a blank (str.isspace) can be, for any line the pattern matches (re.search).
    A match consumes a start of the line; read item by item, blanks and zero-width looks
    pass, optional items add what they may begin with, until an item that always consumes a
    character that is not a blank. None when that cannot be told (a match may consume
    blanks only, a class or category that is not a few characters, local flags)."""
    data = _case_sensitive_items(src, flags)
    if data is None:
        return None
    starts = (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    if len(data) == 1 and data[0][0] is _c.BRANCH:
        branches = [list(b) for b in data[0][1][1]]
    else:
        branches = [data]
    chars: set[str] = set()
    for items in branches:
        if not items or items[0][0] is not _c.AT or items[0][1] not in starts:
            return None
        got, done = _first_nonblank(items[1:])
        if got is None or not done:
            return None
        chars |= got
    return frozenset(chars) if chars else None


_MAX_CLASS = 2000  # a class of more characters tells nothing


def _first_nonblank(items) -> tuple[set[str] | None, bool]:
    """(the characters the first non-blank character consumed by these items can be, whether
    every match of them consumes one); (None, False) when not told."""
    out: set[str] = set()
    for op, av in items:
        got, done = _first_nonblank_item(op, av)
        if got is None:
            return None, False
        out |= got
        if done:
            return out, True
    return out, False


def _first_nonblank_item(op, av) -> tuple[set[str] | None, bool]:
    c = _c
    if op is c.LITERAL:
        ch = chr(av)
        return (set(), False) if ch.isspace() else ({ch}, True)
    if op is c.IN:
        chars: set[str] = set()
        blank = False
        for kind, v in av:
            if kind is c.LITERAL:
                chars.add(chr(v))
            elif kind is c.RANGE and v[1] - v[0] < _MAX_CLASS:
                chars.update(map(chr, range(v[0], v[1] + 1)))
            elif kind is c.CATEGORY and v in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
                blank = True
            else:
                return None, False
        non_blank = {ch for ch in chars if not ch.isspace()}
        return non_blank, not blank and len(non_blank) == len(chars)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        got, done = _first_nonblank(av[2])
        return (got, done and av[0] >= 1) if got is not None else (None, False)
    if op is c.SUBPATTERN:
        if av[1] or av[2]:  # local flags
            return None, False
        return _first_nonblank(av[3])
    if op is c.ATOMIC_GROUP:
        return _first_nonblank(av)
    if op is c.BRANCH:
        out: set[str] = set()
        every = True
        for branch in av[1]:
            got, done = _first_nonblank(branch)
            if got is None:
                return None, False
            out |= got
            every = every and done
        return out, every
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set(), False  # zero width
    return None, False
