"""Mark news boilerplate (subscribe prompts, "most read" blocks, embedded tweets...) as spans.

Nothing is removed: the marks tell later stages which text to leave out of alignment and
framing, and the UI greys it out. Rules live in resources/boilerplate.toml.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from . import rx
from .model import BoilerplateMark
from .inline_furniture import shared_needles
from .needles import Needles, by_line
from .normalize import fold, normalize
from .openings import first_nonblank_chars, line_openings
from .resources import load_toml


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern
    to_end: bool | str  # True, False, or "tail" (to the end only in the text's second half)
    folded: re.Pattern | None = None  # the pattern with its Arabic letters folded


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    from desktop.paths import RESOURCES

    from . import derived

    # the rules' sources, their folded sources and what their patterns tell about the lines
    # they can match (_plan) made once (kept in the derived cache)
    rows, plan = derived.cached("boilerplate-rules", _rule_rows, files=[RESOURCES / "boilerplate.toml"],
                                code=derived.here("boilerplate", "normalize", "resources", "rx", "openings"),
                                plain=True)
    out = tuple(Rule(kind, rx.compile(src), to_end, rx.compile(folded) if folded is not None else None)
                for kind, src, to_end, folded in rows)
    _PLAN[:] = [out, plan]
    return out


_PLAN: list = [None, None]  # [the rules made by rules(), their _plan]


def _rule_rows() -> tuple[list[tuple], tuple]:
    """((kind, pattern, to_end, folded pattern or None when folding changes nothing) per
    rule, the rules' _plan)."""
    out = []
    for r in load_toml("boilerplate.toml")["rule"]:
        to_end = r.get("to_end", False)
        folded_src = fold(r["pattern"])  # normalize(...).text, without the offset map
        out.append((r["kind"], r["pattern"], to_end if to_end == "tail" else bool(to_end),
                    folded_src if folded_src != r["pattern"] else None))
    compiled = [Rule(kind, re.compile(src), to_end, re.compile(folded) if folded is not None else None)
                for kind, src, to_end, folded in out]
    return out, _plan(compiled)


def _plan(all_rules) -> tuple:
    """What the rules' patterns tell about the lines they can match, read from the parsed
    patterns as _table, _tries and _needle_rules read it at first use (rx.first_chars,
    rx.needed_strings, _word_limit, _openings), in plain values kept in the derived cache with
    the rules: (the rules by their first characters (_bits), the word limits and openings
    of _tries per rule, what _needle_rules gives: (always, {string: bits}))."""
    per_rule = [_first_and_needs(r, lambda p: _read(rx._anchored_first, p), lambda p: _read(first_nonblank_chars, p),
                                 lambda p: _read(rx._needed, p)) for r in all_rules]
    limits = tuple((_word_limit(r.pattern), _word_limit(r.folded), _opening_pair(_read(_tight_openings, r.pattern)),
                    _opening_pair(_read(_tight_openings, r.folded)) if r.folded else None) for r in all_rules)
    needs = _needs_by_string([(needs, folded_needs) for _, _, needs, folded_needs in per_rule])
    return _bits([(plain, fold_) for plain, fold_, _, _ in per_rule]), limits, needs


def _first_and_needs(r: Rule, first_chars, nonblank_chars, needed_strings) -> tuple:
    """(first characters, folded first characters, needs, folded needs) of a rule. The
    first characters: those its match can begin with once leading blanks are passed
    (rx.first_chars), else those the line's first character after its blanks can be
    (openings.first_nonblank_chars: a pattern with optional characters first, «-? انتهى»)."""
    plain = first_chars(r.pattern)
    fold_ = first_chars(r.folded) if r.folded else frozenset()
    # an anchored pattern fails fast by itself; one that is not (^.{0,80}(…)) is worth a
    # quick look for the strings it needs
    needs = needed_strings(r.pattern) if plain is None else None
    folded_needs = (needed_strings(r.folded) if fold_ is None else None) if r.folded else ()
    if plain is None:
        plain = nonblank_chars(r.pattern)
    if fold_ is None:
        fold_ = nonblank_chars(r.folded)
    return plain, fold_, needs, folded_needs


def _read(reader, pattern):
    """reader(source, flags) of a compiled pattern, None when it fails (as rx._remembered)."""
    if pattern is None:
        return None
    try:
        return reader(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001
        return None


def _opening_pair(got):
    return (got[0], tuple(got[1])) if got else None


def _candidates(all_rules: tuple[Rule, ...], first: str, folded_first: str, possible: int = -1) -> tuple:
    """(rule, its pattern, its folded pattern) for the rules, in order, that a line opening
    with these characters (after spaces; folded) may match, each pattern None where it
    cannot match that line. The others cannot: their patterns are anchored and begin with
    other characters (rx.first_chars), so they are not tried. A rule that is not anchored so
    is tried on a line only if the line holds one of the strings its pattern cannot match without
    (rx.needed_strings): `possible` holds the bits of the rules to consider at all (see
    _needle_rules)."""
    cache = _by_bits(all_rules)
    found = cache.get((first, folded_first, possible))
    if found is None:
        if len(cache) > 4096:
            kept = cache["bits"]
            cache.clear()
            cache["bits"] = kept
        plain_any, plain_by, folded_any, folded_by = cache["bits"]
        plain_ok = plain_any | plain_by.get(first, 0)  # bit k: rule k's pattern may match
        folded_ok = folded_any | folded_by.get(folded_first, 0)
        bits = (plain_ok | folded_ok) & possible
        out = []
        while bits:
            low = bits & -bits
            k = low.bit_length() - 1
            bits ^= low
            rule = all_rules[k]
            out.append((rule, rule.pattern if plain_ok & low else None,
                        rule.folded if folded_ok & low else None))
        found = cache[(first, folded_first, possible)] = tuple(out)
    return found


def _by_bits(all_rules: tuple[Rule, ...]) -> dict:
    """{"bits": the rules by their first characters (_bits), (first, folded first,
    possible): _candidates' entries}, made once for the rules: from their plan when rules()
    made them (which also gives _tries its word limits and openings), else from _table."""
    if _CANDIDATES[0] is not all_rules:  # by identity: hashing the rules would cost more
        if _PLAN[0] is all_rules:
            bits, limits, _ = _PLAN[1]
            for r, kept in zip(all_rules, limits):
                _LIMITS[id(r)] = (r, *kept)
        else:
            bits = _bits([(plain, fold_) for plain, fold_, _ in _table(all_rules)])
        _CANDIDATES[:] = [all_rules, {"bits": bits}]
    return _CANDIDATES[1]


def _nonblank_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """openings.first_nonblank_chars of the pattern (kept with the compiled programs)."""
    return rx._remembered("first-nonblank", pattern, first_nonblank_chars)


def _table(all_rules: tuple[Rule, ...]) -> tuple:
    """(first characters, folded first characters, (rule, needs, folded needs)) per rule, in
    order, read from the patterns (kept with the compiled programs) once for the rules."""
    if _TABLE[0] is not all_rules:
        _TABLE[:] = [all_rules, tuple((plain, fold_, (r, needs, folded_needs)) for r, (plain, fold_, needs, folded_needs)
                                      in ((r, _first_and_needs(r, rx.first_chars, _nonblank_chars, rx.needed_strings))
                                          for r in all_rules))]
    return _TABLE[1]


_TABLE: list = [None, ()]  # [the rules, what _table gives for them]


def _bits(first_chars) -> tuple:
    """(plain any, plain by character, folded any, folded by character): the rules by the
    characters their patterns may open with, as bits (k: rule k), from each rule's (first
    characters, folded first characters); a pattern whose first characters are not known
    (None) may open with any."""
    plain_any, plain_by, folded_any, folded_by = 0, {}, 0, {}
    for k, (plain, fold_) in enumerate(first_chars):
        if plain is None:
            plain_any |= 1 << k
        else:
            for ch in plain:
                plain_by[ch] = plain_by.get(ch, 0) | 1 << k
        if fold_ is None:
            folded_any |= 1 << k
        else:
            for ch in fold_:
                folded_by[ch] = folded_by.get(ch, 0) | 1 << k
    return plain_any, plain_by, folded_any, folded_by


_CANDIDATES: list = [None, {}]  # [the rules they were made for, what _by_bits gives for them]


def find_boilerplate(text: str) -> tuple[BoilerplateMark, ...]:
    marks: list[BoilerplateMark] = []
    all_rules = rules()
    # the text folded once: folding maps character by character and keeps every line break,
    # so its lines are the folded lines of the text
    norm = normalize(text)  # shared with the other readers and the engine
    folded_text = norm.text
    lines = text.splitlines(keepends=True)
    folded_lines = folded_text.splitlines(keepends=True)
    always, needles = _needle_rules(all_rules)
    # the rules that need strings, by the lines holding one of them (see _needle_rules); the
    # strings found in the same pass as inline furniture's (inline_furniture.shared_needles)
    needing = _lines_holding(needles, folded_text, folded_lines, shared_needles().first_found(norm))
    by_line = _by_bits(all_rules)  # (the tries of a line, kept by its first characters and bits)
    pos = 0
    for k, (line, folded_line) in enumerate(zip(lines, folded_lines)):
        body = line.rstrip("\r\n")
        start, end = pos, pos + len(body)
        pos += len(line)
        if not body.strip():
            continue
        folded = folded_line.rstrip("\r\n")  # fold(body)
        stripped, folded_stripped = body.lstrip(), folded.lstrip()
        first, folded_first = stripped[:1], folded_stripped[:1]
        possible = always | needing.get(k, 0)
        got = by_line.get((None, first, folded_first, possible))
        if got is None:  # _tries of _candidates, kept beside them
            got = _tries(_candidates(all_rules, first, folded_first, possible), first, folded_first)
            by_line = _by_bits(all_rules)  # (_candidates may have started it afresh)
            by_line[(None, first, folded_first, possible)] = got
        tries, gate, free = got
        if gate is not None and not (stripped.startswith(gate[0]) or body.startswith(gate[1]) or
                                     folded_stripped.startswith(gate[2]) or folded.startswith(gate[3])):
            tries = free  # the line opens with none of the gated patterns' openings
        counts = None  # the line's and the folded line's words, up to _MAX_WORDS + 1
        for rule, pattern, folded_pattern, most, folded_most, opens, folded_opens in tries:
            if most or folded_most:  # a pattern opens with a look at the line's number of words
                if counts is None:
                    counts = (len(body.split(None, _MAX_WORDS)), len(folded.split(None, _MAX_WORDS)))
                if most and counts[0] > most:
                    pattern = None
                if folded_most and counts[1] > folded_most:
                    folded_pattern = None
            # a pattern whose every match opens (after blanks) with one of a few strings
            if opens is not None and not (stripped if opens[0] else body).startswith(opens[1]):
                pattern = None
            if folded_opens is not None and not (
                    folded_stripped if folded_opens[0] else folded).startswith(folded_opens[1]):
                folded_pattern = None
            if (pattern is not None and pattern.search(body)) or (
                    folded_pattern is not None and folded_pattern.search(folded)):
                lead = len(body) - len(body.lstrip())
                to_end = rule.to_end is True or (rule.to_end == "tail" and start * 2 >= len(text))
                span_end = len(text.rstrip()) if to_end else end
                marks.append(BoilerplateMark((start + lead, span_end), rule.kind))
                break
        if marks and marks[-1].span[1] >= len(text.rstrip()):
            break
    return tuple(marks)


# a pattern opening with this look ahead matches only a line of one to N + 1 words (split()'s
# words: \s and \S are str.isspace's blanks and the rest)
_WORD_LIMIT = re.compile(r"\^\(\?=\\s\*\(\\S\+\\s\+\)\{0,(\d+)\}\\S\+\\s\*\$\)")
_NOT_PLAIN = int(re.MULTILINE | re.VERBOSE | re.ASCII)  # (an int: enum flags are slow to combine)
_MAX_WORDS = 30  # limits above this are not used (the words are counted up to one more)
_LIMITS: dict = {}  # {id(rule): (rule, its patterns' word limits, their openings)}
_TRIES: dict = {}  # {id(candidates): (candidates, tries)}: the candidates kept, so no id is reused


def _opening_with(opens: tuple, first: str) -> tuple[str, ...]:
    """The openings (blanks, sorted strings) a line whose first character after blanks is
    `first` may open with: all when they do not follow blanks, else those beginning with it
    (a run of the sorted strings, found by bisection)."""
    blanks, strings = opens
    if not blanks:
        return strings
    if not first:
        return ()
    lo = bisect_left(strings, first)
    return strings[lo:] if first == "\U0010ffff" else strings[lo:bisect_left(strings, chr(ord(first) + 1))]


def _word_limit(pattern: re.Pattern | None) -> int:
    """N + 1 when the pattern opens with ^(?=\\s*(\\S+\\s+){0,N}\\S+\\s*$) (a line of at most
    N + 1 words), else 0."""
    if pattern is None or pattern.flags & _NOT_PLAIN:
        return 0
    m = _WORD_LIMIT.match(pattern.pattern)
    most = int(m.group(1)) + 1 if m else 0
    return most if most <= _MAX_WORDS else 0


def _tries(candidates: tuple, first: str = "", folded_first: str = "") -> tuple:
    """(tries, gate, free). The tries: _candidates' entries with what tells quickly that a
    line cannot match a pattern: (rule, pattern, folded pattern, limit, folded limit,
    openings, folded openings). A line with more words than a pattern's limit (_word_limit)
    cannot match it, nor a line that does not open with one of its openings
    (openings.line_openings: (blanks first, strings)); a limit of 0 or openings of None tell
    nothing. A try is gated when each of its patterns has openings; `gate` holds all their
    openings (plain after blanks, plain, folded after blanks, folded: four tuples for
    str.startswith), so a line opening with none of them can match only the other tries,
    `free` (in order). `gate` is None when no try is gated. `first`, `folded_first`: the
    first characters (after blanks) of the lines _candidates gave these for; the openings
    after blanks that begin otherwise are left out of the gate (no such line opens with them)."""
    cache = _TRIES
    got = cache.get(id(candidates))
    if got is None or got[0] is not candidates:
        if len(cache) > 4096:
            cache.clear()
        tries = []
        for rule, pattern, folded in candidates:
            kept = _LIMITS.get(id(rule))  # by identity (the rule kept with it): hashing costs more
            if kept is None or kept[0] is not rule:
                kept = _LIMITS[id(rule)] = (rule, _word_limit(rule.pattern), _word_limit(rule.folded),
                                            _openings(rule.pattern), _openings(rule.folded))
            tries.append((rule, pattern, folded, kept[1] if pattern is not None else 0,
                          kept[2] if folded is not None else 0, kept[3] if pattern is not None else None,
                          kept[4] if folded is not None else None))
        gate, free = None, []
        sets = ([], [], [], [])
        for t in tries:
            _, pattern, folded, _, _, opens, folded_opens = t
            if (pattern is not None and opens is None) or (folded is not None and folded_opens is None):
                free.append(t)
                continue
            gate = sets
            if pattern is not None:
                sets[0 if opens[0] else 1].extend(_opening_with(opens, first))
            if folded is not None:
                sets[2 if folded_opens[0] else 3].extend(_opening_with(folded_opens, folded_first))
        if gate is not None:
            gate = tuple(tuple(dict.fromkeys(strings)) for strings in sets)
        free = tuple(free)
        got = cache[id(candidates)] = (candidates, (tuple(tries), gate, free))
    return got[1]


def _openings(pattern: re.Pattern | None):
    """openings.line_openings of the pattern, tight (kept with the compiled programs), or None."""
    if pattern is None:
        return None
    got = rx._remembered("line-openings-tight", pattern, _tight_openings)
    return (got[0], tuple(got[1])) if got else None


def _tight_openings(src: str, flags: int):
    return line_openings(src, flags, tight=True)


def _needle_rules(all_rules: tuple[Rule, ...]) -> tuple[int, Needles]:
    """(bits of the rules tried on every line, the strings the others need, to find in the
    folded line). A rule whose patterns are not anchored on known first characters
    (rx.first_chars) but each need a string (rx.needed_strings) cannot match a line without
    one of them: it is tried only on lines that hold one. A string its pattern needs in the
    line is looked for folded in the folded line (folding maps character by character, so a
    line holding the string holds it folded): a line may be tried in vain, none is missed.
    Strings carry the bits of the rules that need them."""
    if _NEEDLES[0] is not all_rules:
        if _PLAN[0] is all_rules:  # (read when the rules were made, see _plan)
            always, wanted = _PLAN[1][2]
        else:
            always, wanted = _needs_by_string([(needs, folded_needs) for _, _, (_, needs, folded_needs)
                                               in _table(all_rules)])
        _NEEDLES[:] = [all_rules, (always, Needles(wanted))]
    return _NEEDLES[1]


def _needs_by_string(needs: list[tuple]) -> tuple[int, dict[str, int]]:
    """(bits of the rules tried on every line, {string: bits of the rules needing it}) from
    each rule's (needs, folded needs) (see _needle_rules)."""
    always, wanted = 0, {}
    for k, (needs, folded_needs) in enumerate(needs):
        strings = [fold(n) for n in needs or ()] + list(folded_needs or ())
        if needs is None or folded_needs is None or not all(strings):
            always |= 1 << k
            continue
        for n in strings:
            wanted[n] = wanted.get(n, 0) | 1 << k
    return always, wanted


_NEEDLES: list = [None, None]  # [the rules, what _needle_rules gives for them]


def _lines_holding(needles: Needles, text: str, lines: list[str], found=None) -> dict[int, int]:
    """{line number: bits of the strings found inside that line}. `found`: needles.found(text)
    when already at hand."""
    if found is None:
        found = needles.found(text)
    if not found:
        return {}
    starts, ends, pos = [], [], 0
    for line in lines:
        starts.append(pos)
        ends.append(pos + len(line.rstrip("\r\n")))
        pos += len(line)
    return by_line(found, starts, ends)


def in_boilerplate(marks: tuple[BoilerplateMark, ...], start: int, end: int) -> bool:
    """True when most of [start, end) lies inside boilerplate."""
    covered = sum(max(0, min(end, m.span[1]) - max(start, m.span[0])) for m in marks)
    return covered * 2 >= (end - start)
