"""The analyst's corrections to what ingest found about an article's sources: credits removed
or added by hand, and the outlet it relays set or cleared by hand.

Edits are kept apart from what was found (the project stores both) and applied on top, so a
re-analysis or a re-import that finds the credits again never loses them:

- a removal names a found credit (its outlet, formula and where its name stands); it hides
  that credit, or, when the text moved, the nearest found credit of the same outlet with the
  same name as written;
- an addition is a credit of its own (formula and `how` "analyst"), with the span the analyst
  selected or (0, 0) when none was given;
- a relay set by the analyst (`relay_how` "analyst") stands as given, None included; one that
  was found and rested only on credits the analyst removed is decided again from the rest.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from .credits import main_source
from .model import Article, Credit, Span

ANALYST = "analyst"
NO_SPAN: Span = (0, 0)


@dataclass(frozen=True)
class CreditEdit:
    action: str  # "add" | "remove"
    outlet: str
    span: Span = NO_SPAN  # add: the credit as selected ((0, 0): none); remove: the found one's
    name_span: Span = NO_SPAN
    name: str = ""  # the outlet as written at name_span ("" when no span)
    formula: str = ""  # remove: the found credit's formula

    def as_list(self) -> list:
        return [self.action, self.outlet, self.span[0], self.span[1], self.name_span[0],
                self.name_span[1], self.name, self.formula]

    @classmethod
    def from_list(cls, row: Sequence) -> "CreditEdit":
        return cls(str(row[0]), str(row[1]), (int(row[2]), int(row[3])),
                   (int(row[4]), int(row[5])), str(row[6]), str(row[7]))

    @property
    def has_span(self) -> bool:
        return self.span != NO_SPAN


def removal(credit: Credit) -> CreditEdit:
    """The edit that removes a found credit."""
    return CreditEdit("remove", credit.outlet, credit.span, credit.name_span, credit.name,
                      credit.formula)


def addition(text: str, outlet: str, span: Span | None = None) -> CreditEdit:
    """A credit the analyst adds: to `outlet`, at `span` of `text` when given."""
    outlet = " ".join((outlet or "").split())
    if not outlet:
        raise ValueError("a credit needs an outlet name")
    if span is None or span == NO_SPAN:
        return CreditEdit("add", outlet)
    start, end = int(span[0]), int(span[1])
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"span [{start}, {end}) is outside the text (0-{len(text)})")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise ValueError("the selected span holds only spaces")
    return CreditEdit("add", outlet, (start, end), (start, end), text[start:end])


def as_credit(edit: CreditEdit) -> Credit:
    return Credit(edit.span, edit.outlet, ANALYST, edit.name or edit.outlet, edit.name_span,
                  how=ANALYST)


def apply_credit_edits(text: str, found: Sequence[Credit], edits: Iterable[CreditEdit]
                       ) -> tuple[tuple[Credit, ...], tuple[Credit, ...]]:
    """(credits after the edits, found credits the edits removed)."""
    kept = list(found)
    removed: list[Credit] = []
    added: list[Credit] = []
    for edit in edits:
        if edit.action == "add":
            added.append(as_credit(edit))
            continue
        hit = _match(text, kept, edit)
        if hit is not None:
            removed.append(kept.pop(hit))
    out = sorted(kept + added, key=lambda c: (c.span == NO_SPAN, c.span))
    return tuple(out), tuple(removed)


def _match(text: str, credits: list[Credit], edit: CreditEdit) -> int | None:
    exact = [i for i, c in enumerate(credits)
             if c.name_span == edit.name_span and c.span == edit.span]
    if exact:
        return exact[0]
    same = [i for i, c in enumerate(credits)
            if (c.outlet == edit.outlet or c.name == edit.name) and c.formula == edit.formula
            and text[c.name_span[0]:c.name_span[1]] == edit.name]
    if not same:
        return None
    return min(same, key=lambda i: abs(credits[i].name_span[0] - edit.name_span[0]))


def apply_edits(article: Article, edits: Sequence[CreditEdit], relay: tuple[bool, str | None]
                = (False, None)) -> Article:
    """`article` with the analyst's credit edits and relay applied. `relay`: (set by the
    analyst?, the outlet it relays, None for none)."""
    if not edits and not relay[0]:
        return article
    credits, removed = apply_credit_edits(article.text, article.credits, edits)
    if relay[0]:
        return replace(article, credits=credits, relay_of=relay[1], relay_how=ANALYST,
                       credits_removed=removed)
    relay_of = article.relay_of
    gone = {c.outlet for c in removed} - {c.outlet for c in credits}
    if relay_of and relay_of in gone:
        relay_of = main_source(tuple(c for c in credits if c.how != ANALYST), article.outlet)
    return replace(article, credits=credits, relay_of=relay_of, credits_removed=removed)
