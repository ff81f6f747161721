"""Who published an article and when: outlet and date resolution over every clue a source gives.

Outlet, in this order: metadata (metadata.toml, the analyst) > the URL's domain in the registry
> the page's site name > byline and dateline cues in the text > the page's own name for itself
when it is spelt like its address (self_name.py), with the address > a distinct name from the
domain or file. Whatever decides, a name the registry knows is shown under the registry's name.
Date, in this order: metadata > the page's own date (HTML metadata via htmldate) > a dateline or
timestamp in the text > a date in the URL path.
"""
from __future__ import annotations

from typing import NamedTuple
from pathlib import Path

from .credits import main_source
from .dates import FoundDate, date_from_url, publication_date, weekday_note
from .model import BoilerplateMark, Credit
from .outlets import recognise_outlet
from .registry import Registry, host_of, name_from_host, registry

PUBLISHER_FORMULAS = ("dateline", "signature", "paren")


class OutletChoice(NamedTuple):  # a named tuple: quicker to make at import than a dataclass
    outlet: str
    how: str  # metadata | domain | site_name | cue | file
    relay_of: str | None


def resolve_outlet(text: str, *, meta_outlet: str | None, url: str | None,
                   sitename: str | None, credits: tuple[Credit, ...], path: str, article_id: str,
                   reg: Registry | None = None) -> OutletChoice:
    reg = reg or registry()
    if meta_outlet:
        return OutletChoice(meta_outlet, "metadata", None)
    via = reg.via_aggregator(url)
    if via:
        return OutletChoice(via[0].name, "domain", None)
    by_url = reg.by_url(url)
    if by_url:
        return OutletChoice(by_url.name, "domain", None)
    if sitename and sitename.strip():
        known = reg.by_name(sitename)
        if known is None and host_of(sitename):
            known = reg.by_url(sitename)
        return OutletChoice(known.name if known else sitename.strip(), "site_name", None)
    guess = recognise_outlet(text)  # the seeds' byline and relay cues
    if guess.outlet:
        return OutletChoice(guess.outlet, "cue", None)
    own = _signature_outlet(text, credits, reg)
    if own:
        return OutletChoice(own, "cue", None)
    if guess.relay_of:
        return OutletChoice(f"{guess.relay_of} (relay)", "cue", guess.relay_of)
    host = host_of(url)
    if host:
        from .self_name import own_name  # (and difflib) only for an address the registry lacks

        own_site = own_name(text, host)  # the page naming itself, spelt like its address
        if own_site:
            return OutletChoice(f"{own_site} ({host})", "cue", None)
        return OutletChoice(name_from_host(host), "domain", None)
    stem = Path(path).stem if path and not path.startswith("(") else article_id
    return OutletChoice(f"{stem} (unidentified)", "file", None)


def _signature_outlet(text: str, credits: tuple[Credit, ...], reg: Registry) -> str | None:
    """A non-agency outlet named in a dateline or signature at the head or foot of the text
    (بيروت - الحياة الجديدة -, أربيل (كوردستان24)-, a closing "الثورة" line): its publisher."""
    head, foot = len(text) * 0.25, len(text) * 0.8
    for c in credits:
        if c.formula not in PUBLISHER_FORMULAS or not (c.span[0] <= max(head, 300) or c.span[0] >= foot):
            continue
        outlet = reg.by_name(c.name)
        if outlet is not None and outlet.kind != "agency":
            return outlet.name
    return None


def relay_source(credits: tuple[Credit, ...], publisher: str, meta_relay: str | None) -> str | None:
    if meta_relay:
        return meta_relay
    return main_source(tuple(c for c in credits if c.outlet != publisher), publisher)


def resolve_date(text: str, marks: tuple[BoilerplateMark, ...], *, meta_date: str | None,
                 page_date: str | None, url: str | None) -> FoundDate | None:
    if meta_date:
        return FoundDate(str(meta_date), (0, 0), "metadata")
    if page_date:
        return FoundDate(page_date, (0, 0), "html")
    found = publication_date(text, marks) or date_from_url(url)
    if found:
        note = weekday_note(text, found.iso)
        if note:
            found = FoundDate(found.iso, found.span, found.how, note)
    return found
