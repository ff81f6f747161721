"""The framing matcher, quote finder and lexicon as they were before issue 11, frozen so the
benchmarks can measure the new ones against them in the same run. Not used by the application."""
from __future__ import annotations

import tomllib
from pathlib import Path

from desktop.core.lexicon import Category, Lexicon, Term

from .matcher import TermMatcher, find_terms
from .quotes import find_quotes

HERE = Path(__file__).resolve().parent


def old_lexicon() -> Lexicon:
    """The bundled lexicon of that time, read with that time's fields only."""
    data = tomllib.loads((HERE / "lexicon.toml").read_text(encoding="utf-8"))
    cats = {cid: Category(id=cid, **c) for cid, c in data["categories"].items()}
    terms = tuple(Term(**{**t, "variants": tuple(t.get("variants", ()))}) for t in data["terms"])
    return Lexicon(cats, terms, str(data.get("version", "")))


def old_framing(article_id, text, tokens, paragraphs, matcher, skip=lambda s, e: False):
    """Framing hits as the old engine found them for one article."""
    return find_terms(article_id, text, tokens, matcher, find_quotes(text, paragraphs), skip)


__all__ = ["TermMatcher", "old_framing", "old_lexicon"]
