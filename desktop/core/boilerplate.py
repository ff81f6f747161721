"""Mark news boilerplate (subscribe prompts, "most read" blocks, embedded tweets...) as spans.

Nothing is removed: the marks tell later stages which text to leave out of alignment and
framing, and the UI greys it out. Rules live in resources/boilerplate.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import rx
from .model import BoilerplateMark
from .normalize import fold, normalize
from .resources import load_toml


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern
    to_end: bool | str  # True, False, or "tail" (to the end only in the text's second half)
    folded: re.Pattern | None = None  # the pattern with its Arabic letters folded


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    data = load_toml("boilerplate.toml")
    out = []
    for r in data["rule"]:
        to_end = r.get("to_end", False)
        folded_src = normalize(r["pattern"]).text
        folded = rx.compile(folded_src) if folded_src != r["pattern"] else None
        out.append(Rule(r["kind"], rx.compile(r["pattern"]), to_end if to_end == "tail" else bool(to_end),
                        folded))
    return tuple(out)


def _candidates(all_rules: tuple[Rule, ...], first: str, folded_first: str, possible: int = -1) -> tuple:
    """(rule, strings its pattern needs, strings its folded pattern needs) for the rules, in
    order, that a line opening with these characters (after spaces; folded) may match. The
    others cannot: their patterns are anchored and begin with other characters
    (rx.first_chars), so they are not tried. A rule that is not anchored so is tried on a line
    only if the line holds one of the strings its pattern cannot match without
    (rx.needed_strings). `possible`: the rules to consider at all (bits, see _possible)."""
    _table(all_rules)
    cache = _CANDIDATES[1]
    found = cache.get((first, folded_first, possible))
    if found is None:
        if len(cache) > 4096:
            openings = cache[None]
            cache.clear()
            cache[None] = openings
        found = cache[(first, folded_first, possible)] = tuple(
            entry for k, (plain, fold_, entry) in enumerate(cache[None])
            if (possible >> k & 1) and (plain is None or first in plain or fold_ is None
                                         or folded_first in fold_))
    return found


def _table(all_rules: tuple[Rule, ...]) -> tuple:
    """(first characters, folded first characters, (rule, needs, folded needs)) per rule, in
    order, made once for the rules (see _candidates)."""
    if _CANDIDATES[0] is not all_rules:  # by identity: hashing the rules would cost more
        openings = []
        for r in all_rules:
            plain = rx.first_chars(r.pattern)
            fold_ = rx.first_chars(r.folded) if r.folded else frozenset()
            # an anchored pattern fails fast by itself; one that is not (^.{0,80}(…)) is worth
            # a quick look for the strings it needs
            needs = rx.needed_strings(r.pattern) if plain is None else None
            folded_needs = (rx.needed_strings(r.folded) if fold_ is None else None) if r.folded else ()
            openings.append((plain, fold_, (r, needs, folded_needs)))
        openings = tuple(openings)
        _CANDIDATES[:] = [all_rules, {None: openings}]
    return _CANDIDATES[1][None]


_LONG_LINE = 60  # on a shorter line the pattern's own search costs less than the look
_CANDIDATES: list = [None, {}]  # [the rules they were made for, {(first, folded first, possible): entries}]


def find_boilerplate(text: str) -> tuple[BoilerplateMark, ...]:
    marks: list[BoilerplateMark] = []
    pos = 0
    all_rules = rules()
    # the text folded once: folding maps character by character and keeps every line break,
    # so its lines are the folded lines of the text
    folded_text = fold(text)
    possible = _possible(all_rules, text, folded_text)
    for line, folded_line in zip(text.splitlines(keepends=True), folded_text.splitlines(keepends=True)):
        body = line.rstrip("\r\n")
        start, end = pos, pos + len(body)
        pos += len(line)
        if not body.strip():
            continue
        folded = folded_line.rstrip("\r\n")  # fold(body)
        for rule, needs, folded_needs in _candidates(all_rules, body.lstrip()[:1], folded.lstrip()[:1],
                                                     possible):
            if (needs is not None and folded_needs is not None and len(body) > _LONG_LINE
                    and not any(n in body for n in needs)
                    and not any(n in folded for n in folded_needs)):
                continue  # neither pattern can match without a string the line lacks
            if rule.pattern.search(body) or (rule.folded is not None and rule.folded.search(folded)):
                lead = len(body) - len(body.lstrip())
                to_end = rule.to_end is True or (rule.to_end == "tail" and start * 2 >= len(text))
                span_end = len(text.rstrip()) if to_end else end
                marks.append(BoilerplateMark((start + lead, span_end), rule.kind))
                break
        if marks and marks[-1].span[1] >= len(text.rstrip()):
            break
    return tuple(marks)


def _possible(all_rules: tuple[Rule, ...], text: str, folded_text: str) -> int:
    """The rules (bit k: rule k) that may match some line of this text: a rule whose pattern
    and folded pattern each need a string (rx.needed_strings) the whole text lacks matches no
    line of it."""
    key = 0
    for k, (plain, fold_, (rule, needs, folded_needs)) in enumerate(_table(all_rules)):
        if (needs is not None and folded_needs is not None
                and not any(n in text for n in needs)
                and not any(n in folded_text for n in folded_needs)):
            continue
        key |= 1 << k
    return key


def in_boilerplate(marks: tuple[BoilerplateMark, ...], start: int, end: int) -> bool:
    """True when most of [start, end) lies inside boilerplate."""
    covered = sum(max(0, min(end, m.span[1]) - max(start, m.span[0])) for m in marks)
    return covered * 2 >= (end - start)
