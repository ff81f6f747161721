"""Mark news boilerplate (subscribe prompts, "most read" blocks, embedded tweets...) as spans.

Nothing is removed: the marks tell later stages which text to leave out of alignment and
framing, and the UI greys it out. Rules live in resources/boilerplate.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .model import BoilerplateMark
from .resources import load_toml


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern
    to_end: bool


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    data = load_toml("boilerplate.toml")
    return tuple(
        Rule(r["kind"], re.compile(r["pattern"]), bool(r.get("to_end", False))) for r in data["rule"]
    )


def find_boilerplate(text: str) -> tuple[BoilerplateMark, ...]:
    marks: list[BoilerplateMark] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start, end = pos, pos + len(body)
        pos += len(line)
        if not body.strip():
            continue
        for rule in rules():
            if rule.pattern.search(body):
                lead = len(body) - len(body.lstrip())
                span_end = len(text.rstrip()) if rule.to_end else end
                marks.append(BoilerplateMark((start + lead, span_end), rule.kind))
                break
        if marks and marks[-1].span[1] >= len(text.rstrip()):
            break
    return tuple(marks)


def in_boilerplate(marks: tuple[BoilerplateMark, ...], start: int, end: int) -> bool:
    """True when most of [start, end) lies inside boilerplate."""
    covered = sum(max(0, min(end, m.span[1]) - max(start, m.span[0])) for m in marks)
    return covered * 2 >= (end - start)
