"""Recognise the publishing outlet, and any outlet credited as the source, from text cues."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .normalize import normalize
from .resources import load_toml


@dataclass(frozen=True)
class OutletSignature:
    name: str
    arabic: str
    byline: tuple[str, ...]
    relay: tuple[str, ...]


@dataclass(frozen=True)
class OutletGuess:
    outlet: str | None  # publisher recognised from a byline cue, if any
    relay_of: str | None  # outlet the text credits as its source
    cue: str | None  # the cue that decided


def _fold(text: str) -> str:
    return " ".join(normalize(text).text.split())


def from_outlets_file(name: str, build, modules: tuple[str, ...] = ()):
    """`build()` (plain data: tuples, lists, strings) read from resources/outlets.toml, kept in
    the derived cache: the few things read from that file need not parse all of it again.
    `modules`: other desktop.core modules whose code `build` runs."""
    from desktop.paths import RESOURCES

    from . import derived

    return derived.cached(f"outlets-{name}", build, files=[RESOURCES / "outlets.toml"],
                          code=derived.here("outlets", "normalize", "resources", *modules), plain=True)


@lru_cache(maxsize=1)
def signatures() -> tuple[OutletSignature, ...]:
    return tuple(OutletSignature(name, arabic, tuple(byline), tuple(relay))
                 for name, arabic, byline, relay in from_outlets_file("signatures", _signature_rows))


def _signature_rows() -> list[tuple]:
    data = load_toml("outlets.toml")
    return [
        (o["name"], o.get("arabic", ""), tuple(map(_fold, o.get("byline", []))),
         tuple(map(_fold, o.get("relay", []))))
        for o in data["outlet"]
        if o.get("byline") or o.get("relay")  # the registry's other entries: core/registry.py
    ]


def recognise_outlet(text: str) -> OutletGuess:
    folded = _fold(text)
    publisher = cue = None
    first_byline = len(folded) + 1
    for sig in signatures():
        for c in sig.byline:
            at = folded.find(c)
            if 0 <= at < first_byline:
                publisher, cue, first_byline = sig.name, c, at
    relay_of = None
    relay_counts = []
    for sig in signatures():
        if sig.name == publisher:
            continue
        hits = sum(folded.count(c) for c in sig.relay)
        if hits:
            relay_counts.append((hits, sig.name, sig.relay[0]))
    if relay_counts:
        _, relay_of, relay_cue = max(relay_counts)
        if publisher is None:
            cue = relay_cue
    return OutletGuess(publisher, relay_of, cue)


@lru_cache(maxsize=1)
def attribution_cues() -> tuple[str, ...]:
    """Folded phrases that credit an outlet, used to flag dropped attribution."""
    return tuple(from_outlets_file("attribution-cues", _attribution_cues))


def _attribution_cues() -> tuple[str, ...]:
    cues: list[str] = []
    for sig in signatures():
        cues.extend(sig.relay)
        if sig.arabic:
            cues.append(_fold(sig.arabic))
    cues.extend(_fold(c) for c in load_toml("outlets.toml").get("attribution", {}).get("cues", []))
    # the wires and agencies of the registry, by their longer names (a short one such as سانا
    # would also match inside other words: انسانا)
    for o in load_toml("outlets.toml").get("outlet", []):
        if o.get("kind") != "agency":
            continue
        for name in [o.get("arabic", ""), *o.get("variants", [])]:
            folded = _fold(name)
            if len(folded.replace(" ", "")) >= 5 and folded not in cues:
                cues.append(folded)
    return tuple(cues)
