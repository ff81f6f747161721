"""The outlet registry (resources/outlets.toml): find an outlet by web domain or by name.

Names are compared as folded word sequences (normalize(): hamza, ta marbuta, alef maqsura,
diacritics, digits folded; punctuation and quote marks ignored). A second, looser key drops
long vowels and hamza from longer words, so common misspellings (سبوتنك for سبوتنيك) still
match. A name shared by several outlets (الوطن: Saudi, Qatari, Omani ... papers) resolves to the
first listed outlet, or, when all of them carry one English name, to that name without the
country ("Al-Watan").

The registry can be extended: a TOML file of the same shape named by `$QARIN_OUTLETS`, and an
`outlets.toml` beside the articles being read (see ingest); their entries come first.
"""
from __future__ import annotations

import marshal
import os
import tomllib
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence
from urllib.parse import urlsplit

from desktop.paths import RESOURCES

from . import derived, rx
from .lazy_rows import LazyRows
from .normalize import fold
from .resources import load_toml

from .hashes import sha1  # not hashlib: it loads OpenSSL (~4 ms a start)

KINDS = ("agency", "tv", "radio", "paper", "site", "aggregator")
_WORD = rx.compile(r"[^\W_]+")
_LOOSE_DROP = str.maketrans("", "", "اويء")
_CLITICS = ("وب", "ول", "فب", "فل", "لل", "و", "ف", "ب", "ل", "ك")
_CLITIC_FIRSTS = frozenset(c[0] for c in _CLITICS)
MAX_NAME_WORDS = 8


class Outlet(NamedTuple):  # a named tuple: made in a tenth of a dataclass's time at import
    name: str
    arabic: str = ""
    variants: tuple[str, ...] = ()
    abbrev: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    kind: str = ""
    country: str = ""

    @property
    def base_name(self) -> str:
        """The name without a "(Country)" qualifier."""
        return _base_name(self.name)


@lru_cache(maxsize=4096)
def _base_name(name: str) -> str:
    return _QUALIFIER.sub("", name)


_QUALIFIER = rx.compile(r"\s*\([^)]*\)\s*$")


def fold_words(text: str) -> tuple[str, ...]:
    if len(text) <= 120:  # a name: the same few are folded again and again
        return _fold_name(text)
    return tuple(w.lower() for w in _WORD.findall(fold(text)))  # fold(text) is normalize(text).text


@lru_cache(maxsize=16384)
def _fold_name(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(fold(text)))


def loose(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(map(_loose_word, words))


@lru_cache(maxsize=65536)
def _loose_word(w: str) -> str:
    return w.translate(_LOOSE_DROP) if len(w) >= 4 else w


class Registry:
    """The outlets, with their look-up tables (a plain class: no dataclass to make at import).

    `exact` and `fuzzy` hold, for each folded name, the positions in `outlets` of the outlets
    of that name (plain data: the registry is kept in the derived cache with marshal, read
    several times faster than a pickle of named tuples); `by_domain`, `abbrevs` and `by_label`
    hold outlets. Made from plain tables (from_plain), the outlets are made as they are asked
    for (lazy_rows.LazyRows), and the three tables of outlets only when asked for: look-ups go through
    the positions."""

    _FIELDS = ("outlets", "by_domain", "exact", "fuzzy", "abbrevs", "by_label", "firsts", "longest")
    __hash__ = None  # mutable, compared by value

    def __init__(self, outlets: Sequence[Outlet], by_domain: dict[str, Outlet] | None = None,
                 exact: dict[tuple[str, ...], tuple[int, ...]] | None = None,
                 fuzzy: dict[tuple[str, ...], tuple[int, ...]] | None = None,
                 abbrevs: dict[tuple[str, ...], Outlet] | None = None,
                 by_label: dict[str, Outlet] | None = None, firsts: set[str] | None = None,
                 longest: int = 1, lengths: tuple[dict, dict] | None = None) -> None:
        self.outlets = outlets
        self._by_domain = {} if by_domain is None else by_domain
        self._exact = {} if exact is None else exact
        self._fuzzy = {} if fuzzy is None else fuzzy
        self._abbrevs = {} if abbrevs is None else abbrevs
        self._by_label = {} if by_label is None else by_label  # "okaz" -> Okaz (okaz.com.sa)
        self.firsts = set() if firsts is None else firsts  # first words of every key, for a quick no
        self.longest = longest
        # {first word: the numbers of words of the names opening with it}, of exact and of
        # fuzzy names (made from them when not given)
        self.lengths = _name_lengths(self._exact, self._fuzzy) if lengths is None else lengths
        # from plain tables: the positions behind by_domain, by_label and abbrevs, and
        # {outlet name: its positions} (each table marshalled until first used: see _table);
        # exact and fuzzy by the first word of their names ({first word: table}, see _get)
        self._at: list | None = None
        self._names: dict[str, tuple[int, ...]] | bytes | None = None
        self._groups: tuple[dict, dict] | None = None

    def __eq__(self, other) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._FIELDS)

    def __repr__(self) -> str:
        return f"Registry({len(self.outlets)} outlets)"

    @classmethod
    def build(cls, outlets: Iterable[Outlet]) -> "Registry":
        return cls.from_plain(plain_tables(outlets))

    @classmethod
    def from_plain(cls, tables: tuple) -> "Registry":
        """The registry from plain_tables()' value (as marshal gives it back)."""
        (blob, offsets), names, by_domain, exact, fuzzy, abbrevs, by_label, firsts, longest, lengths = tables
        new = cls(LazyRows(Outlet, blob, offsets), None, None, None, None, None, set(firsts), longest,
                  tuple(lengths))
        new._by_domain = new._abbrevs = new._by_label = new._exact = new._fuzzy = None
        new._at = [by_domain, by_label, abbrevs]
        new._names = names
        new._groups = (dict(exact), dict(fuzzy))  # its own: tables replace bytes as they are read
        return new

    def _table(self, k: int) -> dict:
        """by_domain's (0), by_label's (1) or abbrevs' (2) positions, read at first use."""
        table = self._at[k]
        if table.__class__ is bytes:
            table = self._at[k] = marshal.loads(table)
        return table

    def _get(self, k: int, key: tuple[str, ...]) -> tuple[int, ...] | None:
        """exact.get(key) (k = 0) or fuzzy.get(key) (1); from plain tables, the table of the
        names opening with key's first word is read at its first use."""
        if self._groups is None:
            return (self._exact, self._fuzzy)[k].get(key)
        if not key:
            return None
        groups = self._groups[k]
        table = groups.get(key[0])
        if table is None:
            return None
        if table.__class__ is bytes:
            table = groups[key[0]] = marshal.loads(table)
        return table.get(key)

    def _merged(self, k: int) -> dict:
        out: dict = {}
        for first in list(self._groups[k]):
            self._get(k, (first,))
            out.update(self._groups[k][first])
        return out

    @property
    def exact(self) -> dict[tuple[str, ...], tuple[int, ...]]:
        if self._exact is None:
            self._exact = self._merged(0)
        return self._exact

    @property
    def fuzzy(self) -> dict[tuple[str, ...], tuple[int, ...]]:
        if self._fuzzy is None:
            self._fuzzy = self._merged(1)
        return self._fuzzy

    def _outlets_of(self, k: int) -> dict:
        at = self.outlets.__getitem__
        return {key: at(i) for key, i in self._table(k).items()}

    @property
    def by_domain(self) -> dict[str, Outlet]:
        if self._by_domain is None:
            self._by_domain = self._outlets_of(0)
        return self._by_domain

    @property
    def by_label(self) -> dict[str, Outlet]:
        if self._by_label is None:
            self._by_label = self._outlets_of(1)
        return self._by_label

    @property
    def abbrevs(self) -> dict[tuple[str, ...], Outlet]:
        if self._abbrevs is None:
            self._abbrevs = self._outlets_of(2)
        return self._abbrevs

    def _in(self, k: int, key) -> Outlet | None:
        """The outlet under `key` in by_domain (0), by_label (1) or abbrevs (2)."""
        if self._at is None:
            return (self._by_domain, self._by_label, self._abbrevs)[k].get(key)
        i = self._table(k).get(key)
        return None if i is None else self.outlets[i]

    def _is_abbrev(self, key) -> bool:
        return key in (self._abbrevs if self._at is None else self._table(2))

    def _pick_at(self, found: tuple[int, ...] | None) -> Outlet | None:
        """_pick of the outlets at these positions, remembered per positions."""
        if not found:
            return None
        memo = self.__dict__.get("_picked")
        if memo is None:
            memo = self.__dict__["_picked"] = {}
        got = memo.get(found, memo)
        if got is memo:
            got = memo[found] = _pick([self.outlets[k] for k in found])
        return got

    # --- look-ups ----------------------------------------------------------------------------
    def by_url(self, url: str | None) -> Outlet | None:
        host = host_of(url)
        if not host:
            return None
        parts = host.split(".")
        for k in range(len(parts) - 1):
            outlet = self._in(0, ".".join(parts[k:]))
            if outlet:
                return outlet
        return None

    def via_aggregator(self, url: str | None) -> tuple[Outlet, str] | None:
        """For an aggregator's address (masress.com/ahram/123): the outlet its path names, or
        a distinct name for it, with the aggregator's host."""
        agg = self.by_url(url)
        if agg is None or agg.kind != "aggregator":
            return None
        path = urlsplit(url if "//" in url else "//" + url).path
        segment = next((p for p in path.split("/") if p), "").lower()
        if not segment or segment.isdigit():
            return None
        outlet = self.by_label.get(segment)
        if outlet is None and len(segment) >= 5:
            outlet = next((o for label, o in self.by_label.items() if label.startswith(segment)), None)
        host = host_of(url)
        return (outlet or Outlet(f"{segment} (via {host})")), host

    def by_name(self, name: str) -> Outlet | None:
        key = fold_words(name)
        found = self._get(0, key) or self._get(1, loose(key))
        if not found and key and key[0].startswith("ال") is False:
            found = self._get(0, _strip_clitic(key))
        return self._pick_at(found)

    def match_words(self, words: Sequence[str], *, abbrev_only: bool = False
                    ) -> tuple[Outlet | None, int, str]:
        """The longest registry name at the start of `words` (folded): (outlet, words used,
        how: "name" | "spelling" | "abbrev")."""
        if not words:
            return None, 0, ""
        if not self._may_open(words[0]):
            return None, 0, ""  # no name starts with this word: the common case, made cheap
        limit = min(MAX_NAME_WORDS, self.longest, len(words))
        for n in self._lengths(words[0]):  # only as many words as a name opening so has
            if n > limit:
                continue
            key = tuple(words[:n])
            if abbrev_only:
                hit = self._in(2, key) or self._in(2, _strip_clitic(key))
                if hit:
                    return hit, n, "abbrev"
                continue
            for candidate in (key, _strip_clitic(key)):
                found = self._get(0, candidate)
                if found is not None:
                    how = "abbrev" if self._is_abbrev(candidate) else "name"
                    return self._pick_at(found), n, how
            fz = self._get(1, loose(key)) or self._get(1, loose(_strip_clitic(key)))
            if fz:
                return self._pick_at(fz), n, "spelling"
        return None, 0, ""


    def _lengths(self, w0: str) -> tuple[int, ...]:
        """The numbers of words (longest first) of the names match_words can find opening
        with this word: exact names opening with it or with it without a clitic, names loosely
        spelt opening with the loose spelling of either. Remembered per word."""
        memo = self.__dict__.get("_lens")
        if memo is None or len(memo) > 65536:
            memo = self.__dict__["_lens"] = {}
        got = memo.get(w0)
        if got is None:
            s0 = _strip_clitic((w0,))[0]
            exact, fuzzy = self.lengths
            found = {*exact.get(w0, ()), *exact.get(s0, ()), *fuzzy.get(_loose_word(w0), ()),
                     *fuzzy.get(_loose_word(s0), ())}
            got = memo[w0] = tuple(sorted(found, reverse=True))
        return got

    def positions_named(self, name: str) -> list[int]:
        """Where in `outlets` the outlets named `name` stand (an index made on first use)."""
        index = self._names
        if index is None:
            index = self._names = _positions_by_name(self.outlets)
        elif index.__class__ is bytes:
            index = self._names = marshal.loads(index)
        return list(index.get(name, ()))

    def _may_open(self, w0: str) -> bool:
        """May a name start with this word (as written, without a clitic, or loosely spelt)?
        Remembered per word for this registry."""
        memo = self.__dict__.get("_opens")
        if memo is None or len(memo) > 65536:
            memo = self.__dict__["_opens"] = {}
        got = memo.get(w0)
        if got is None:
            s0 = _strip_clitic((w0,))[0]
            got = memo[w0] = bool({w0, s0, _loose_word(w0), _loose_word(s0)} & self.firsts)
        return got


def plain_tables(outlets: Iterable[Outlet]) -> tuple:
    """The registry's look-up tables as plain data: ((outlet rows, their offsets), {name:
    positions}, by_domain, exact, fuzzy, abbrevs, by_label, firsts, longest, name lengths),
    each outlet named by its position; the rows are the outlets' fields marshalled one by one
    into one bytes blob, the offsets array('I') bytes."""
    outlets = tuple(outlets)
    by_domain: dict[str, int] = {}
    by_label: dict[str, int] = {}
    exact: dict[tuple[str, ...], list[int]] = {}
    fuzzy: dict[tuple[str, ...], list[int]] = {}
    abbrevs: dict[tuple[str, ...], int] = {}
    for k, o in enumerate(outlets):
        for d in o.domains:
            by_domain.setdefault(d.lower().removeprefix("www."), k)
            label = d.lower().removeprefix("www.").split(".")[0]
            if o.kind != "aggregator" and len(label) >= 3:
                by_label.setdefault(label, k)
        for name in (o.name, o.arabic, *o.variants):
            key = fold_words(name)
            if not key:
                continue
            exact.setdefault(key, []).append(k)
            if sum(len(w) for w in key) >= 5 and _loose_is_safe(key):
                fuzzy.setdefault(loose(key), []).append(k)
        for ab in o.abbrev:
            key = fold_words(ab)
            if key:
                abbrevs.setdefault(key, k)
                exact.setdefault(key, []).append(k)
    firsts = {key[0] for key in (*exact, *fuzzy)}
    longest = max((len(key) for key in (*exact, *fuzzy)), default=1)
    # the outlets' rows marshalled one by one into one blob (made into Outlets as asked for,
    # see lazy_rows.py); the tables with each word once (derived.shared): they name ~2,600 words
    # ~8,500 times
    offsets = array("I", [0])
    rows = []
    for o in outlets:
        rows.append(marshal.dumps(tuple(o)))
        offsets.append(offsets[-1] + len(rows[-1]))
    # names, domains and labels are looked up in few runs: kept marshalled until then; names
    # by their first word, each group marshalled until a name opening with that word is met
    same: dict = {}  # each word once across the tables (derived.shared)
    return ((b"".join(rows), offsets.tobytes()), marshal.dumps(_positions_by_name(outlets)),
            marshal.dumps(by_domain), _grouped(exact, same), _grouped(fuzzy, same),
            derived.shared(abbrevs, same), marshal.dumps(by_label), derived.shared(firsts, same),
            max(longest, 1), derived.shared(_name_lengths(exact, fuzzy), same))


def _grouped(table: dict[tuple[str, ...], list[int]], same: dict) -> dict[str, bytes]:
    """{first word: the marshalled {name: positions} of the names opening with it}."""
    groups: dict[str, dict] = {}
    for key, at in table.items():
        groups.setdefault(key[0], {})[key] = tuple(at)
    return {derived.shared(first, same): marshal.dumps(derived.shared(names))
            for first, names in groups.items()}


def _positions_by_name(outlets) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for k, o in enumerate(outlets):
        index.setdefault(o.name, []).append(k)
    return {name: tuple(at) for name, at in index.items()}


def _name_lengths(exact: dict, fuzzy: dict) -> tuple[dict, dict]:
    """({first word: sorted numbers of words of the exact names opening with it}, the same
    for the loosely spelt names)."""
    out = []
    for table in (exact, fuzzy):
        lens: dict[str, set[int]] = {}
        for key in table:
            lens.setdefault(key[0], set()).add(len(key))
        out.append({w: tuple(sorted(n)) for w, n in lens.items()})
    return out[0], out[1]


def _loose_is_safe(key: tuple[str, ...]) -> bool:
    """May a one-word name also match misspelt (its loose key)? Not when the key is short or
    is the loose key of an everyday word that is not this name: الأول would read as اللواء,
    الكثير as الكوثر, اليابان as البيان, الحادث as الحدث."""
    if len(key) > 1:
        return True
    lk = loose(key)
    if sum(len(w) for w in lk) < 4:
        return False
    return not (common_loose_keys().get(lk, set()) - {key[0]})


@lru_cache(maxsize=1)
def common_loose_keys() -> dict[tuple[str, ...], set[str]]:
    """Loose keys of the everyday words in resources/background_ar.txt (Zipf 4 and up), with
    the words that have them."""
    from desktop.paths import RESOURCES

    out: dict[tuple[str, ...], set[str]] = {}
    try:
        text = (RESOURCES / "background_ar.txt").read_text(encoding="utf-8")
    except OSError:
        return out
    for line in text.splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        for word in line.split("\t", 1)[1].split():
            out.setdefault(loose((word,)), set()).add(word)
    return out


def _strip_clitic(key: tuple[str, ...]) -> tuple[str, ...]:
    if not key:
        return key
    first = key[0]
    rest = _without_clitic(first)
    return key if rest is first else (rest, *key[1:])


@lru_cache(maxsize=65536)
def _without_clitic(first: str) -> str:
    if first[:1] not in _CLITIC_FIRSTS:
        return first  # (most words: no clitic opens with their first letter)
    for c in _CLITICS:
        rest = first[len(c):]
        if first.startswith(c) and len(rest) >= 2:
            return rest
    return first


def _pick(found: list[Outlet] | None) -> Outlet | None:
    if not found:
        return None
    bases = {o.base_name for o in found}
    if len({o.name for o in found}) > 1 and len(bases) == 1:
        first = found[0]
        return Outlet(first.base_name, first.arabic, kind=first.kind)
    return found[0]


def host_of(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    host = host.lower()
    if host.endswith(".cdn.ampproject.org"):  # Google's AMP cache: www-example-com.cdn...
        label = host.split(".")[0]
        host = label.replace("--", "\0").replace("-", ".").replace("\0", "-")
    return host.removeprefix("www.")


def outlets_from_toml(data: dict) -> list[Outlet]:
    out = []
    for o in data.get("outlet", []):
        if not isinstance(o, dict) or not o.get("name"):
            continue
        out.append(Outlet(
            str(o["name"]), str(o.get("arabic", "")), tuple(o.get("variants", ())),
            tuple(o.get("abbrev", ())), tuple(d.lower() for d in o.get("domains", ())),
            str(o.get("kind", "")), str(o.get("country", "")),
        ))
    return out


def read_outlet_file(path: str | Path) -> list[Outlet]:
    with open(path, "rb") as fh:
        return outlets_from_toml(tomllib.load(fh))


USER_OUTLETS_ENV = "QARIN_USER_OUTLETS"


def user_outlets_path() -> Path:
    """The user's own outlet file, read for every project: `$QARIN_USER_OUTLETS`, else
    `$XDG_CONFIG_HOME/qarin/outlets.toml` (`~/.config/qarin/outlets.toml`)."""
    env = os.environ.get(USER_OUTLETS_ENV)
    if env:
        return Path(env)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "qarin" / "outlets.toml"


def _user_outlets_file() -> str:
    """str(user_outlets_path()), remembered for the environment it depends on (asked once
    per article read; building the path costs more than the stat)."""
    key = (os.environ.get(USER_OUTLETS_ENV), os.environ.get("XDG_CONFIG_HOME"), os.environ.get("HOME"))
    got = _USER_FILE.get(key)
    if got is None:
        if len(_USER_FILE) > 64:
            _USER_FILE.clear()
        got = _USER_FILE[key] = str(user_outlets_path())
    return got


_USER_FILE: dict[tuple, str] = {}


def registry(extra: tuple[str, ...] = ()) -> Registry:
    """The bundled registry, with entries from `extra` files, `$QARIN_OUTLETS` and the user's
    outlet file (`user_outlets_path`) first."""
    user = _user_outlets_file()
    try:
        st = os.stat(user)
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)  # a rewrite is a new inode
    except OSError:
        stamp = None
    return _registry(tuple(extra), os.environ.get("QARIN_OUTLETS") or "",
                     str(user) if stamp is not None else "", stamp)


@lru_cache(maxsize=8)
def _registry(extra: tuple[str, ...], env: str, user: str, _stamp) -> Registry:
    files = list(extra)
    if env:
        files.append(env)
    if user:
        files.append(user)
    bundled = RESOURCES / "outlets.toml"
    # built once, then kept in the derived cache (as plain data, with marshal), keyed by the
    # bytes of every file read
    return Registry.from_plain(derived.cached(
        "registry-" + sha1("\0".join(map(str, files)).encode()).hexdigest()[:8],
        lambda: _registry_tables(files), files=[*files, bundled],
        code=derived.here("registry", "normalize", "resources"), plain=True))


def _registry_tables(files: list[str]) -> tuple:
    outlets: list[Outlet] = []
    for path in files:
        try:
            outlets.extend(read_outlet_file(path))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, TypeError):
            continue  # a broken user file must not stop reading; ingest reports it
    outlets.extend(outlets_from_toml(load_toml("outlets.toml")))
    return plain_tables(outlets)


def name_from_host(host: str) -> str:
    """A distinct outlet name for a domain the registry does not know: the host itself."""
    return host.lower().removeprefix("www.")
