"""Outlets the analyst adds or corrects for one project (or, in a file, for every project),
used before the bundled registry when the project's articles are resolved.

An entry has the shape of `resources/outlets.toml` (`registry.Outlet`). Applying the project's
entries to an article starts from what ingest found (its outlet, how, and relay) and gives:

- the outlet: an entry owning the article's web domain, else an entry one of whose names is
  the outlet ingest found (a site name, a byline, the bare domain); an outlet from metadata or
  set by the analyst stands;
- the credits, found again in the text with the entries first (only when the text names one of
  them, see `mentions`), so a name the bundled registry did not know becomes a credit;
- the relay: decided again from those credits, else the found relay under its entry's name.

Everything here is deterministic from what was found, the text and the entries: removing an
entry and applying again gives back what ingest found.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import urlsplit

from .credits import find_credits
from .user_files import replace_text, toml_string
from .model import Article
from .registry import (KINDS, Outlet, Registry, fold_words, host_of, registry,  # noqa: F401
                       user_outlets_path)

KEPT_SOURCES = ("metadata", "user")  # outlet_source values no registry entry overrides


class EntryError(ValueError):
    """An outlet entry that cannot be used, with a one-line reason."""


def _words(values: Iterable[str] | str) -> tuple[str, ...]:
    """Clean, distinct values; a string is split at commas, Arabic commas and new lines."""
    if isinstance(values, str):
        values = re.split(r"[,،\n]", values)
    out: list[str] = []
    for v in values:
        v = " ".join(str(v).split())
        if v and v not in out:
            out.append(v)
    return tuple(out)


def clean_domain(value: str) -> str:
    """"https://www.Example.com/news/1" -> "example.com"; EntryError when it is no domain."""
    raw = value.strip().lower()
    host = urlsplit(raw if "//" in raw else "//" + raw).hostname or ""
    host = host.removeprefix("www.")
    if not re.fullmatch(r"[a-z0-9\u0600-\u06ff-]+(\.[a-z0-9\u0600-\u06ff-]+)+", host):
        raise EntryError(f"{value.strip()!r} is not a web domain (such as example.com)")
    return host


def make_entry(name: str, arabic: str = "", variants: Iterable[str] | str = (),
               abbrev: Iterable[str] | str = (), domains: Iterable[str] | str = (),
               kind: str = "", country: str = "") -> Outlet:
    """A checked entry: a name (English or Arabic), domains as bare hosts, a known kind."""
    name = " ".join((name or "").split())
    arabic = " ".join((arabic or "").split())
    if not name and arabic:
        name = arabic
    if not name:
        raise EntryError("an outlet needs a name")
    if not fold_words(name):
        raise EntryError(f"{name!r} has no letters to match")
    kind = (kind or "").strip().lower()
    if kind and kind not in KINDS:
        raise EntryError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    hosts = tuple(dict.fromkeys(clean_domain(d) for d in _words(domains)))
    return Outlet(name, "" if arabic == name else arabic,
                  tuple(v for v in _words(variants) if v not in (name, arabic)),
                  _words(abbrev), hosts, kind, " ".join((country or "").split()))


def entry_to_dict(o: Outlet) -> dict:
    return {"name": o.name, "arabic": o.arabic, "variants": list(o.variants),
            "abbrev": list(o.abbrev), "domains": list(o.domains), "kind": o.kind,
            "country": o.country}


def entry_from_dict(d: dict) -> Outlet:
    return Outlet(str(d.get("name", "")), str(d.get("arabic", "") or ""),
                  tuple(d.get("variants") or ()), tuple(d.get("abbrev") or ()),
                  tuple(d.get("domains") or ()), str(d.get("kind", "") or ""),
                  str(d.get("country", "") or ""))


_COMBINED: dict[tuple, tuple[Registry, Registry]] = {}  # (entries, id(base)) -> (base, result)


def with_entries(entries: Sequence[Outlet]) -> Registry:
    """The working registry (user file, `$QARIN_OUTLETS`, bundled) with `entries` first."""
    base = registry()
    if not entries:
        return base
    key = (tuple(entries), id(base))
    hit = _COMBINED.get(key)
    if hit is None or hit[0] is not base:
        if len(_COMBINED) >= 16:
            _COMBINED.clear()
        hit = _COMBINED[key] = (base, Registry.build([*entries, *base.outlets]))
    return hit[1]


@lru_cache(maxsize=16)
def only(entries: tuple[Outlet, ...]) -> Registry:
    return Registry.build(entries)


def mentions(text: str, entries: Sequence[Outlet]) -> bool:
    """Might the text name one of the entries (a name, variant or abbreviation)? A quick test
    on folded text (the last word of a name, without its article, anywhere), so most articles
    need no new search for credits. It may say yes wrongly, never no wrongly for an exact name."""
    folded = " ".join(fold_words(text))
    if not folded:
        return False
    for o in entries:
        for name in (o.name, o.arabic, *o.variants, *o.abbrev):
            key = fold_words(name)
            if key:
                core = key[-1].removeprefix("ال") if len(key[-1]) > 4 else key[-1]
                if core in folded:
                    return True
    return False


@dataclass(frozen=True)
class Found:
    """What ingest found about an article's publisher, kept so entries can be undone."""

    outlet: str
    outlet_source: str
    relay_of: str | None

    def to_json(self) -> str:
        return json.dumps([self.outlet, self.outlet_source, self.relay_of], ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str | None) -> "Found | None":
        if not raw:
            return None
        try:
            outlet, how, relay = json.loads(raw)
        except (ValueError, TypeError):
            return None
        return cls(str(outlet), str(how), relay if relay is None else str(relay))


def entry_outlet(found: Found, url: str | None, entries: Sequence[Outlet]) -> tuple[str, str]:
    """(outlet, outlet_source) for an article once the project's entries apply."""
    if not entries or found.outlet_source in KEPT_SOURCES:
        return found.outlet, found.outlet_source
    own = only(tuple(entries))
    hit = own.by_url(url)
    if hit is not None:
        return hit.name, "domain"
    hit = own.by_name(found.outlet) or (own.by_url(found.outlet) if host_of(found.outlet) else None)
    if hit is not None:
        return hit.name, found.outlet_source
    return found.outlet, found.outlet_source


def resolve_with(article: Article, found: Found, entries: Sequence[Outlet], *,
                 previous: Sequence[Outlet] = ()) -> Article:
    """`article` (as stored: found credits, relay) with the project's `entries` applied.
    `previous`: the entries before a change; texts naming those are searched again too."""
    from dataclasses import replace

    from .credits import main_source
    from .ingest import _as_photo, _base

    outlet, how = entry_outlet(found, article.url, entries)
    own = only(tuple(entries)) if entries else None
    named = own.by_name(found.relay_of) if own is not None and found.relay_of else None
    relay = named.name if named is not None else found.relay_of
    credits = article.credits
    changed = [*entries, *previous]
    if changed and mentions(article.text, changed):
        reg = with_entries(entries)
        credits = tuple(_as_photo(c, article.boilerplate) for c in find_credits(article.text, reg)
                        if _base(c.outlet) != _base(outlet))
        relay = main_source(credits, outlet) or relay
    if relay == outlet:
        relay = None
    return replace(article, outlet=outlet, outlet_source=how, credits=credits, relay_of=relay)


def read_user_entries(path: Path | None = None) -> list[Outlet]:
    """The user's outlet file, or [] when there is none. EntryError when it cannot be read."""
    from .registry import outlets_from_toml

    path = path or user_outlets_path()
    if not path.is_file():
        return []
    try:
        with open(path, "rb") as fh:
            return outlets_from_toml(tomllib.load(fh))
    except OSError as exc:
        raise EntryError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise EntryError(f"{path}: not valid TOML ({exc})") from None


def add_user_entry(entry: Outlet, path: Path | None = None) -> Path:
    """Add (or replace, by name) an entry in the user's outlet file, creating it when needed;
    the file is left as it was when the result would not read back."""
    path = path or user_outlets_path()
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    blocks = old.split("\n[[outlet]]")
    head, rest = blocks[0], blocks[1:]
    if head.lstrip().startswith("[[outlet]]"):  # the file starts with an entry
        head, rest = "", [head.lstrip()[len("[[outlet]]"):], *rest]
    line = f"name = {toml_string(entry.name)}"
    rest = [b for b in rest if line not in b.splitlines()[:2]]
    lines = ["[[outlet]]", line]
    for key, value in entry_to_dict(entry).items():
        if key == "name" or not value:
            continue
        lines.append(f"{key} = " + (json.dumps(value, ensure_ascii=False) if isinstance(value, list)
                                    else toml_string(value)))
    if not head.strip():
        head = "# Qarin: your own outlets, used in every project (README, \"Outlets\")."
    text = "\n[[outlet]]".join([head.rstrip("\n") + "\n", *rest]).rstrip("\n")
    new = text + "\n\n" + "\n".join(lines) + "\n"
    try:
        parsed = tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:
        raise EntryError(f"{path}: not changed ({exc})") from None
    if not any(o.get("name") == entry.name for o in parsed.get("outlet", [])):
        raise EntryError(f"{path}: not changed (the entry did not read back)")
    try:
        replace_text(path, new)
    except OSError as exc:
        raise EntryError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path



def known_name(name: str, entries: Sequence[Outlet] = ()) -> Outlet | None:
    """The entry or registry outlet with this name (any of its names), if any."""
    return with_entries(entries).by_name(name) if (name or "").strip() else None
