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
from .needles import Needles
from .normalize import normalize
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
        needles = tuple(normalize(w).text for w in r.get("needles", ()))
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


def find_inline_furniture(text: str) -> tuple[BoilerplateMark, ...]:
    """Marks (in original offsets) for every inline furniture rule that matches."""
    folded = normalize(text).text  # shared with the other readers and the engine
    found: list[tuple[int, int, str]] = []
    all_rules = inline_rules()
    held = _needles(all_rules).held(folded)  # bit k: a needle of rule k is in the text
    for k, rule in enumerate(all_rules):
        if rule.needles and not held >> k & 1 and all(rule.needles):  # "" is in every text
            continue
        for m in rule.pattern.finditer(folded):
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
