"""The framing lexicon: categories of labels and the terms outlets use for them."""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import FrozenInstanceError, asdict, dataclass, field, fields
from itertools import product
from pathlib import Path

from desktop.paths import RESOURCES

from . import hashes
from .hashes import sha1  # not hashlib: it loads OpenSSL (~4 ms a start)

DEFAULT_PATH = RESOURCES / "lexicon.toml"
STANCES = ("legitimizing", "neutral", "delegitimizing")


class LexiconError(Exception):
    pass


try:  # the guard dataclass puts around a generated __repr__
    from dataclasses import _recursive_repr
except ImportError:  # pragma: no cover - another Python's dataclasses
    _recursive_repr = None


# The three classes are dataclasses whose methods are written out here, as dataclass would
# make them for @dataclass(frozen=True): making them (a text per method, compiled at import)
# took ~2.5 ms of every start. dataclass still records the fields (fields, asdict, replace
# work as before); tests/test_speed_loads.py compares each class with its plain dataclass.
_set = object.__setattr__


def _frozen(cls, names: tuple[str, ...]):
    """__setattr__ and __delattr__ of a frozen dataclass of these fields."""

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = f"{cls.__qualname__}.__setattr__"
    __delattr__.__qualname__ = f"{cls.__qualname__}.__delattr__"
    cls.__setattr__, cls.__delattr__ = __setattr__, __delattr__
    return cls


def _recursive(method):
    return _recursive_repr(method) if _recursive_repr is not None else method


@dataclass(init=False, repr=False, eq=False)
class Category:
    """A category of labels."""

    id: str
    label: str
    description: str = ""
    color: str = "#888888"
    label_ar: str = ""  # Arabic label for Arabic reports; falls back to `label`

    def __init__(self, id: str, label: str, description: str = "", color: str = "#888888",
                 label_ar: str = "") -> None:
        _set(self, "id", id)
        _set(self, "label", label)
        _set(self, "description", description)
        _set(self, "color", color)
        _set(self, "label_ar", label_ar)

    @_recursive
    def __repr__(self):
        return self.__class__.__qualname__ + (
            f"(id={self.id!r}, label={self.label!r}, description={self.description!r}, "
            f"color={self.color!r}, label_ar={self.label_ar!r})")

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.id, self.label, self.description, self.color, self.label_ar)
                    == (other.id, other.label, other.description, other.color, other.label_ar))
        return NotImplemented

    def __hash__(self):
        return hash((self.id, self.label, self.description, self.color, self.label_ar))


_frozen(Category, ("id", "label", "description", "color", "label_ar"))


@dataclass(init=False, repr=False, eq=False)
class Term:
    """A term outlets use for a category."""

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

    def __init__(self, term: str, category: str, stance: str = "neutral", frame: str = "",
                 note: str = "", variants: tuple[str, ...] = (), pos: str = "noun",
                 fixed: bool = False, derived: tuple[str, ...] = (), verbs: tuple[str, ...] = (),
                 distance: str = "", unless_next: tuple[str, ...] = (),
                 unless_prev: tuple[str, ...] = ()) -> None:
        _set(self, "term", term)
        _set(self, "category", category)
        _set(self, "stance", stance)
        _set(self, "frame", frame)
        _set(self, "note", note)
        _set(self, "variants", variants)
        _set(self, "pos", pos)
        _set(self, "fixed", fixed)
        _set(self, "derived", derived)
        _set(self, "verbs", verbs)
        _set(self, "distance", distance)
        _set(self, "unless_next", unless_next)
        _set(self, "unless_prev", unless_prev)

    @_recursive
    def __repr__(self):
        return self.__class__.__qualname__ + (
            f"(term={self.term!r}, category={self.category!r}, stance={self.stance!r}, "
            f"frame={self.frame!r}, note={self.note!r}, variants={self.variants!r}, "
            f"pos={self.pos!r}, fixed={self.fixed!r}, derived={self.derived!r}, "
            f"verbs={self.verbs!r}, distance={self.distance!r}, "
            f"unless_next={self.unless_next!r}, unless_prev={self.unless_prev!r})")

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.term, self.category, self.stance, self.frame, self.note, self.variants,
                     self.pos, self.fixed, self.derived, self.verbs, self.distance,
                     self.unless_next, self.unless_prev)
                    == (other.term, other.category, other.stance, other.frame, other.note,
                        other.variants, other.pos, other.fixed, other.derived, other.verbs,
                        other.distance, other.unless_next, other.unless_prev))
        return NotImplemented

    def __hash__(self):
        return hash((self.term, self.category, self.stance, self.frame, self.note, self.variants,
                     self.pos, self.fixed, self.derived, self.verbs, self.distance,
                     self.unless_next, self.unless_prev))


_frozen(Term, ("term", "category", "stance", "frame", "note", "variants", "pos", "fixed",
               "derived", "verbs", "distance", "unless_next", "unless_prev"))


@dataclass(init=False, repr=False, eq=False)
class Lexicon:
    """Categories and terms; `version` is a hash of the content (not compared)."""

    categories: dict[str, Category]
    terms: tuple[Term, ...]
    base_version: str = ""
    version: str = field(default="", compare=False)

    def __init__(self, categories: dict[str, Category], terms: tuple[Term, ...],
                 base_version: str = "", version: str = "") -> None:
        _set(self, "categories", categories)
        _set(self, "terms", terms)
        _set(self, "base_version", base_version)
        _set(self, "version", version)
        self.__post_init__()

    @_recursive
    def __repr__(self):
        return self.__class__.__qualname__ + (
            f"(categories={self.categories!r}, terms={self.terms!r}, "
            f"base_version={self.base_version!r}, version={self.version!r})")

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.categories, self.terms, self.base_version)
                    == (other.categories, other.terms, other.base_version))
        return NotImplemented

    def __hash__(self):
        return hash((self.categories, self.terms, self.base_version))

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


_frozen(Lexicon, ("categories", "terms", "base_version", "version"))


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
