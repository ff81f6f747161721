"""The working lexicon, in three layers: bundled, the user's, the project's.

1. bundled: `resources/lexicon.toml`;
2. the user's lexicon, a TOML file in the same format (`$QARIN_USER_LEXICON`, else
   `$XDG_CONFIG_HOME/qarin/lexicon.toml` or `~/.config/qarin/lexicon.toml`): its categories and
   terms are added or replace bundled ones of the same id/text; `remove = ["term", …]` hides
   bundled terms. It applies to every project on this computer; the lexicon editor adds to it
   ("Add to my lexicon for every project") through `add_user_term`.
3. the project's edits, kept in the project file by the store: category edits and term
   overrides (add/redefine/remove). A redefinition keeps the term's matching data (variants,
   verb and derived forms, sense and distancing fields) and changes what the analyst set:
   category, stance, frame, note.

Window, CLI and reports all build their lexicon with `compose` (through
`Project.lexicon()` for a project, `working_lexicon()` without one), so they agree.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Mapping

from .user_files import replace_text, toml_string
from .lexicon import Category, Lexicon, LexiconError, Term, default_lexicon

USER_LEXICON_ENV = "QARIN_USER_LEXICON"


def user_lexicon_path() -> Path:
    env = os.environ.get(USER_LEXICON_ENV)
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "qarin" / "lexicon.toml"


def read_user_layer(path: Path | None = None) -> dict | None:
    """The user's lexicon file as data, or None when there is none."""
    path = path or user_lexicon_path()
    if not path.is_file():
        return None
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read the user lexicon ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: the user lexicon is not valid TOML ({exc})") from None


def add_user_term(term: Term, path: Path | None = None) -> Path:
    """Add (or redefine) a term in the user's lexicon file, creating it when needed. The file
    is checked after writing and left as it was when the result would not load."""
    path = path or user_lexicon_path()
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    kept = _without_term(old, term.term)
    block = ["", "[[terms]]", f"term = {toml_string(term.term)}",
             f"category = {toml_string(term.category)}", f"stance = {toml_string(term.stance)}"]
    for key in ("frame", "note"):
        if getattr(term, key):
            block.append(f"{key} = {toml_string(getattr(term, key))}")
    new = kept.rstrip("\n") + "\n" + "\n".join(block) + "\n"
    try:
        apply_user_layer(default_lexicon(), tomllib.loads(new))
    except (tomllib.TOMLDecodeError, LexiconError) as exc:
        raise LexiconError(f"{path}: not changed ({exc})") from None
    try:
        replace_text(path, new)
    except OSError as exc:
        raise LexiconError(f"{path}: cannot write the user lexicon ({exc.strerror or exc})") from None
    return path



def _without_term(text: str, term: str) -> str:
    """The file text without the [[terms]] block whose term is `term` (as this module writes)."""
    if not text:
        return ""
    blocks = text.split("\n[[terms]]")
    head, rest = blocks[0], blocks[1:]
    line = f"term = {toml_string(term)}"
    rest = [b for b in rest if line not in b.splitlines()[:2]]
    return "\n[[terms]]".join([head, *rest])


def apply_user_layer(base: Lexicon, data: Mapping | None) -> Lexicon:
    if not data:
        return base
    merged = {
        "version": base.base_version,
        "sets": dict(data.get("sets", {})),
        "categories": {**{k: _cat_dict(c) for k, c in base.categories.items()},
                       **dict(data.get("categories", {}))},
        "terms": list(data.get("terms", [])),
    }
    layer = Lexicon.from_dict(merged)  # validates the user's terms against all categories
    gone = {str(t) for t in data.get("remove", [])} | {t.term for t in layer.terms}
    terms = tuple(t for t in base.terms if t.term not in gone) + layer.terms
    return Lexicon(layer.categories, terms, base.base_version)


def _cat_dict(c: Category) -> dict:
    return {"label": c.label, "description": c.description, "color": c.color, "label_ar": c.label_ar}


def apply_category_edits(base: Lexicon, edits: Mapping[str, Mapping | None]) -> Lexicon:
    """Category edits: {id: {label, description, color, label_ar} | None (removed)}."""
    if not edits:
        return base
    cats = dict(base.categories)
    for cid, data in edits.items():
        if data is None:
            cats.pop(cid, None)
            continue
        old = cats.get(cid)
        cats[cid] = Category(cid, data.get("label") or (old.label if old else cid),
                             data.get("description", old.description if old else ""),
                             data.get("color", old.color if old else "#888888"),
                             data.get("label_ar", old.label_ar if old else ""))
    terms = tuple(t for t in base.terms if t.category in cats)
    return Lexicon(cats, terms, base.base_version)


def apply_overrides(base: Lexicon, overrides: Iterable) -> Lexicon:
    """Term overrides (objects with term, action, category, stance, frame, note). An added
    term whose category the lexicon lacks is skipped (kept in the project, not applied)."""
    overrides = list(overrides)
    if not overrides:
        return base
    known = {t.term: t for t in base.terms}
    add = []
    for o in overrides:
        if o.action != "add" or o.category not in base.categories:
            continue
        old = known.get(o.term)
        fields = dict(category=o.category, stance=o.stance or "neutral", frame=o.frame,
                      note=o.note)
        add.append(replace(old, **fields) if old else Term(o.term, **fields))
    return base.with_changes(add=add, remove=[o.term for o in overrides])


def compose(base: Lexicon | None = None, user: Mapping | None = None,
            category_edits: Mapping | None = None, overrides: Iterable = ()) -> Lexicon:
    lex = base if base is not None else default_lexicon()
    lex = apply_user_layer(lex, user)
    lex = apply_category_edits(lex, category_edits or {})
    return apply_overrides(lex, overrides)


def working_lexicon(base: Lexicon | None = None) -> Lexicon:
    """The lexicon outside a project: bundled (or `base`) plus the user's lexicon."""
    return compose(base, read_user_layer())


__all__ = ["USER_LEXICON_ENV", "add_user_term", "apply_category_edits", "apply_overrides", "apply_user_layer",
           "compose", "read_user_layer", "user_lexicon_path", "working_lexicon"]
