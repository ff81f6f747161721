"""The framing lexicon: categories of labels and the terms outlets use for them."""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import asdict, dataclass, field, fields
from itertools import product
from pathlib import Path

from desktop.paths import RESOURCES

from . import hashes
from .hashes import sha1  # not hashlib: it loads OpenSSL (~4 ms a start)

DEFAULT_PATH = RESOURCES / "lexicon.toml"
STANCES = ("legitimizing", "neutral", "delegitimizing")


class LexiconError(Exception):
    pass


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    description: str = ""
    color: str = "#888888"
    label_ar: str = ""  # Arabic label for Arabic reports; falls back to `label`


@dataclass(frozen=True)
class Term:
    term: str
    category: str
    stance: str = "neutral"
    frame: str = ""
    note: str = ""
    variants: tuple[str, ...] = ()
    pos: str = "noun"  # "noun" or "verb": which affixes the matcher accepts
    fixed: bool = False  # True: clitic prefixes only, no endings (الكيان but not الكيانات)
    derived: tuple[str, ...] = ()  # noun forms of a verb entry: masdar, participles (احتلال, محتل)
    verbs: tuple[str, ...] = ()  # verb forms of a noun entry (الاحتلال: احتل -> يحتل, تحتلها)
    distance: str = ""  # a distancing marker: "next" or "prev" label it governs (ما يسمى, المزعوم)
    unless_next: tuple[str, ...] = ()  # another sense when the next word is one of these
    unless_prev: tuple[str, ...] = ()  # another sense when the previous word is one of these


@dataclass(frozen=True)
class Lexicon:
    categories: dict[str, Category]
    terms: tuple[Term, ...]
    base_version: str = ""
    version: str = field(default="", compare=False)

    def __post_init__(self):
        object.__setattr__(self, "version", self._content_hash())

    def _content_hash(self) -> str:
        blob = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True).encode()
        return hashes.sha256(blob).hexdigest()[:16]  # (loaded at first use)

    def category(self, cat_id: str) -> Category:
        return self.categories.get(cat_id) or Category(cat_id, cat_id)

    def with_changes(self, add: list[Term] = (), remove: list[str] = (),
                     categories: list[Category] = ()) -> "Lexicon":
        """A new lexicon: `remove` drops terms by their text, `add` replaces or appends."""
        gone = set(remove) | {t.term for t in add}
        cats = dict(self.categories)
        for cat in categories:
            cats[cat.id] = cat
        for term in add:
            _check_term(term, cats)
        terms = tuple(t for t in self.terms if t.term not in gone) + tuple(add)
        return Lexicon(cats, terms, self.base_version)

    def to_dict(self) -> dict:
        return {
            "version": self.base_version,
            "categories": {k: asdict(v) for k, v in self.categories.items()},
            "terms": [_term_dict(t) for t in self.terms],
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Lexicon":
        try:
            cats = {}
            for cid, c in data.get("categories", {}).items():
                c = {k: v for k, v in c.items() if k != "id"}
                cats[cid] = Category(id=cid, **c)
            sets = {k: [str(v) for v in vs] for k, vs in data.get("sets", {}).items()}
            terms = []
            for t in data.get("terms", []):
                t = _expand(dict(t), sets)
                for key in ("variants", "derived", "verbs", "unless_next", "unless_prev"):
                    t[key] = tuple(t.get(key, ()))
                term = Term(**t)
                _check_term(term, cats)
                terms.append(term)
        except (TypeError, KeyError, AttributeError) as exc:
            raise LexiconError(f"malformed lexicon entry ({exc})") from None
        return cls(cats, tuple(terms), str(data.get("version", "")))


def _term_dict(t: Term) -> dict:
    d = asdict(t)
    for key in ("variants", "derived", "verbs", "unless_next", "unless_prev"):
        d[key] = list(d[key])
    return d


_SLOT = re.compile(r"\{([A-Za-z_]+)\}")


def _fill(text: str, sets: dict[str, list[str]]) -> list[str]:
    """Every filling of the {SET} slots in `text` (one slot per set name at most)."""
    names = _SLOT.findall(text)
    if not names:
        return [text]
    for name in names:
        if name not in sets:
            raise LexiconError(f"term {text!r}: no set named {name!r}")
    out = []
    for values in product(*(sets[n] for n in names)):
        filled = text
        for name, value in zip(names, values):
            filled = filled.replace("{" + name + "}", value, 1)
        out.append(" ".join(filled.split()))
    return out


def _expand(t: dict, sets: dict[str, list[str]]) -> dict:
    """A term written with {SET} slots becomes its first filling plus the others as variants."""
    forms = _fill(str(t.get("term", "")), sets)
    variants = [v for x in t.get("variants", ()) for v in _fill(str(x), sets)]
    t["term"] = forms[0]
    t["variants"] = list(dict.fromkeys(forms[1:] + variants))
    return t


def _check_term(term: Term, cats: dict) -> None:
    if not term.term.strip():
        raise LexiconError("a lexicon term is empty")
    if term.category not in cats:
        raise LexiconError(f"term {term.term!r}: unknown category {term.category!r}")
    if term.stance not in STANCES:
        raise LexiconError(f"term {term.term!r}: stance must be one of {', '.join(STANCES)}")
    if term.pos not in ("noun", "verb"):
        raise LexiconError(f"term {term.term!r}: pos must be noun or verb")
    if term.distance not in ("", "next", "prev"):
        raise LexiconError(f"term {term.term!r}: distance must be next or prev")


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    path = Path(path) if path else DEFAULT_PATH
    from desktop.core import derived  # the parsed lexicon is kept between runs

    rows = derived.cached("lexicon-" + sha1(str(path).encode()).hexdigest()[:8],
                          lambda: derived.shared(to_rows(_read_lexicon(path))), files=[path],
                          code=derived.here("lexicon"), plain=True)  # kept with marshal
    return from_rows(rows)


def to_rows(lex: Lexicon) -> tuple:
    """The lexicon as built-in types only (field values in field order), which marshal keeps
    and reads back in a fraction of what unpickling 200 dataclass objects takes."""
    return ([tuple(getattr(c, n) for n in _CATEGORY_FIELDS) for c in lex.categories.values()],
            [tuple(getattr(t, n) for n in _TERM_FIELDS) for t in lex.terms],
            lex.base_version, lex.version)


def from_rows(rows: tuple) -> Lexicon:
    """The Lexicon `to_rows` wrote: the same objects, made without the frozen dataclasses'
    per-field __setattr__ and without hashing the content again (its version is kept)."""
    cats, terms, base_version, version = rows
    categories = {}
    for row in cats:
        c = _new(Category)
        c.__dict__.update(zip(_CATEGORY_FIELDS, row))
        categories[row[0]] = c
    made = []
    for row in terms:
        t = _new(Term)
        t.__dict__.update(zip(_TERM_FIELDS, row))
        made.append(t)
    lex = _new(Lexicon)
    lex.__dict__.update(categories=categories, terms=tuple(made), base_version=base_version,
                        version=version)
    return lex


_new = object.__new__
_CATEGORY_FIELDS = tuple(f.name for f in fields(Category))
_TERM_FIELDS = tuple(f.name for f in fields(Term))


def _read_lexicon(path: Path) -> Lexicon:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: not valid TOML ({exc})") from None
    return Lexicon.from_dict(data)


_DEFAULT: Lexicon | None = None


def default_lexicon() -> Lexicon:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_lexicon()
    return _DEFAULT


__all__ = ["Category", "Lexicon", "LexiconError", "Term", "default_lexicon", "load_lexicon",
           "STANCES"]
