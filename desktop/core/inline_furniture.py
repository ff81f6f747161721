"""Page furniture inside or around sentences: search-engine bait clauses, the page speaking
to its reader, inline "read also" links, "click here", click-bait prefixes of headlines.

Rules are data (resources/inline_furniture.toml): a pattern on the folded text (see
normalize()) and how far the mark reaches (the match, its sentence, or its line). Spans map
back to the original text exactly; nothing is removed.
"""
from __future__ import annotations

import re
from typing import NamedTuple
from functools import lru_cache

from . import rx
from .model import BoilerplateMark
from .needles import Needles, Shared
from .openings import _opening_strings, _shortest, _string_starts, _StringStarts  # noqa: F401
from .normalize import fold, normalize
from .resources import load_toml

EXTENTS = ("match", "sentence", "line")
_SENTENCE_END = rx.compile(r"[.!؟?](?=\s|$)|\n")  # not the dot of www.example


class InlineRule(NamedTuple):  # a named tuple: quicker to make at import than a dataclass
    kind: str
    pattern: re.Pattern
    extent: str
    needles: tuple[str, ...] = ()  # folded words; the rule runs only when one is in the text


@lru_cache(maxsize=1)
def inline_rules() -> tuple[InlineRule, ...]:
    out = []
    for r in load_toml("inline_furniture.toml").get("rule", []):
        extent = r.get("extent", "match")
        if extent not in EXTENTS:
            raise ValueError(f"inline_furniture.toml: unknown extent {extent!r}")
        needles = tuple(map(fold, r.get("needles", ())))  # normalize(w).text, without the offset map
        out.append(InlineRule(r["kind"], rx.compile(r["pattern"]), extent, needles))
    return tuple(out)


def _needles(all_rules: tuple[InlineRule, ...]) -> Needles:
    """Every rule's needles, each with the bit of the rules it belongs to: one pass over the
    text tells which rules may match (instead of a scan per needle)."""
    if _NEEDLES[0] is not all_rules:  # by identity: hashing the rules would cost more
        wanted: dict[str, int] = {}
        for k, rule in enumerate(all_rules):
            for w in rule.needles:
                wanted[w] = wanted.get(w, 0) | 1 << k
        _NEEDLES[:] = [all_rules, Needles(wanted)]
    return _NEEDLES[1]


_NEEDLES: list = [None, None]


def shared_needles() -> Shared:
    """The strings boilerplate's line rules need (first) and inline furniture's rules need
    (second), looked for in one pass over a text (needles.Shared), made once for the rules."""
    from .boilerplate import _needle_rules, rules

    line_rules, all_rules = rules(), inline_rules()
    if _SHARED[0] is not line_rules or _SHARED[1] is not all_rules:
        _, line_needles = _needle_rules(line_rules)
        _SHARED[:] = [line_rules, all_rules, Shared(line_needles.values, _needles(all_rules).values,
                                                     len(line_rules))]
    return _SHARED[2]


_SHARED: list = [None, None, None]  # [boilerplate's rules, inline rules, their Shared]


def find_inline_furniture(text: str) -> tuple[BoilerplateMark, ...]:
    """Marks (in original offsets) for every inline furniture rule that matches."""
    folded = normalize(text).text  # shared with the other readers and the engine
    found: list[tuple[int, int, str]] = []
    all_rules = inline_rules()
    # bit k: a needle of rule k is in the text (found in one pass with boilerplate's strings)
    held = shared_needles().second_held(normalize(text))
    for k, rule in enumerate(all_rules):
        if rule.needles and not held >> k & 1 and all(rule.needles):  # "" is in every text
            continue
        for m in rule_matches(rule.pattern, folded):
            if m.end() <= m.start():
                continue
            start = m.start()
            while start < m.end() and folded[start] in " \t":
                start += 1
            end = m.end()
            if rule.extent == "sentence":
                stop = _SENTENCE_END.search(folded, end)
                end = stop.end() if stop and stop.group() != "\n" else (stop.start() if stop else len(folded))
            elif rule.extent == "line":
                stop = folded.find("\n", end)
                end = stop if stop >= 0 else len(folded)
            while end > start and folded[end - 1] in " \t":
                end -= 1
            if end > start:
                found.append((start, end, rule.kind))
    if not found:
        return ()
    norm = normalize(text)
    marks = [BoilerplateMark(norm.to_original(s, e), kind) for s, e, kind in found]
    marks.sort(key=lambda mk: mk.span)
    return tuple(marks)


# --- where a rule's match can start ----------------------------------------------------------
# A rule whose pattern opens in one of these ways can match only at a few places: there its
# pattern is tried (pattern.match at each, in order, skipping those inside the last match),
# not at every position of the text as finditer would.
_STOPS = rx.compile(r"[.!؟?:]")
_DASH = rx.compile(r"[-–—|]")
_AFTER_STOP = r"(?:^|(?<=[.!؟?:]\s)|(?<=[.!؟?:]))"


def _line_starts(text: str) -> list[int]:
    """(?m)^: the text's start and each position after a line break."""
    out = [0]
    at = text.find("\n")
    while at >= 0:
        out.append(at + 1)
        at = text.find("\n", at + 1)
    return out


def _after_stops(text: str) -> list[int]:
    """^ (the text's start, no MULTILINE), or after a stop, or after a stop and a blank
    (re's \\s is str.isspace)."""
    out = [0]
    n = len(text)
    for m in _STOPS.finditer(text):
        at = m.end()
        out.append(at)
        if at < n and text[at].isspace():
            out.append(at + 1)
    return sorted(set(out))


def _blank_runs_before_dashes(text: str) -> list[int]:
    """[ \\t]*[-–—|]: where the run of blanks before each dash starts (a match from inside
    the run, or from the dash, would go on as the one from its start). The dashes are found
    by one scan for the one character class; the blanks are walked back over."""
    out = []
    for m in _DASH.finditer(text):
        at = m.start()
        while at and text[at - 1] in " \t":
            at -= 1
        out.append(at)
    return out


def _starts_finder(pattern: re.Pattern):
    src, multiline = pattern.pattern, pattern.flags & re.MULTILINE
    if src.startswith("(?m)^") and multiline:
        finder = _line_starts
    elif src.startswith(_AFTER_STOP) and not multiline:
        finder = _after_stops
    elif src.startswith("(?m)[ \\t]*(?:[-–—|])"):
        finder = _blank_runs_before_dashes
    else:
        return None
    # the route skips what finditer does after an empty match: only for patterns that cannot
    # match one (the shortest match's length read from the parsed pattern, kept with the
    # compiled programs: parsing the rules at each start would cost milliseconds)
    shortest = rx._remembered("shortest", pattern, _shortest)
    return finder if isinstance(shortest, int) and shortest > 0 else None


_FINDERS: dict[tuple[str, int], object] = {}


def rule_matches(pattern: re.Pattern, text: str):
    """pattern.finditer(text), trying only where a match can start when the pattern's opening
    tells (see _starts_finder, _string_starts)."""
    key = (pattern.pattern, pattern.flags)
    finder = _FINDERS.get(key, False)
    if finder is False:
        finder = _FINDERS[key] = _starts_finder(pattern) or _string_starts(pattern)
    if finder is None:
        return pattern.finditer(text)
    return rx.matches_at(pattern, text, finder(text))
