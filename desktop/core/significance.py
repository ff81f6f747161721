"""How much a shared word says about reuse: rarity in Arabic news and in the analysed folder.

Two outlets reporting one event share its names, places, numbers and stock phrases without
copying each other. What copying leaves behind is shared wording that is unlikely by chance:
runs of words that are rare in the language. Each word key gets a weight in [0, 1]:

- **Background rarity.** `resources/background_ar.txt` holds Zipf frequencies (log10 of
  occurrences per billion words) of Arabic words, derived from the `wordfreq` lists (CC BY-SA
  4.0) and folded with the engine's own word keys (tools/build_background_table.py). A word at
  Zipf >= COMMON_ZIPF (في، من، على: one word in a few hundred) weighs nearly nothing; one at or
  below RARE_ZIPF (under 10 per million words, or absent) weighs 1; in between the weight falls
  linearly with Zipf, i.e. with the log of the frequency (the word's information content).
- **Numbers and Latin-script tokens** (dates, counts, handles, menu words) are formulas that
  any report of the event repeats: they weigh FORMULA_WEIGHT.
- **Stock formulas** of news writing (resources/news_formulas.txt: "دون ورود معلومات عن خسائر
  بشرية", "في وقت سابق", "بحسب ما أفادت") weigh FORMULA_WEIGHT per word wherever they occur
  in a passage (`token_weights`), so two reports sharing only a formula share nothing.
- **The folder itself.** A word found in most articles of the analysed folder is the story's
  vocabulary (its actors' names, its places), not evidence that two particular articles share
  text. With at least LOCAL_MIN_DOCS articles, weights are multiplied by an inverse document
  frequency factor that is 1 for a word in two articles and falls with log(N/df).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import compress, count, repeat
from operator import mul
from typing import Iterable

from desktop.paths import RESOURCES

from . import background_table, derived

TABLE_FILE = "background_ar.txt"
FORMULAS_FILE = "news_formulas.txt"
RARE_ZIPF = 4.0
COMMON_ZIPF = 6.5
FLOOR = 0.02  # even the commonest word keeps a trace of weight, so runs of them still order
FORMULA_WEIGHT = 0.15
LOCAL_MIN_DOCS = 4
LOCAL_FULL_DOCS = 20  # the folder's own statistics are trusted fully from this many articles


@lru_cache(maxsize=1)
def background() -> dict[str, int]:
    """{word key: Zipf x 10} for keys at or above RARE_ZIPF. (Parsing it takes as long as
    reading a cached copy would, about 2 ms, so it is not in the derived cache.)"""
    table: dict[str, int] = {}
    text = (RESOURCES / TABLE_FILE).read_text(encoding="utf-8")
    for line in text.split("\n"):
        if not line or line[0] == "#":
            continue
        bucket, _, keys = line.partition("\t")
        table.update(zip(keys.split(" "), repeat(int(bucket))))
    return table


@lru_cache(maxsize=1)
def _lookup():
    """background() for look-ups: its hashed layout from the derived cache (no dict of every
    word to build at each start; see background_table.py), or the dict without a cache."""
    if derived.cache_dir() is None:
        return background()
    return background_table.cached(background, files=[RESOURCES / TABLE_FILE],
                                   code=derived.here("significance"))


def zipf(key: str) -> float | None:
    """The key's Zipf frequency in Arabic news, or None when rarer than RARE_ZIPF."""
    z = _lookup().get(key)
    return None if z is None else z / 10


_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3]")


def _is_arabic_word(key: str) -> bool:
    """Does the key hold an Arabic letter (U+0620..U+064A or U+066E..U+06D3)?"""
    return _ARABIC_LETTER.search(key) is not None


_WEIGHTS: dict[str, float] = {}  # background_weight by key, for the life of the process


_MAX_KEPT = 262144  # an archive's vocabulary: start afresh past this many


def background_weight(key: str) -> float:
    w = _WEIGHTS.get(key)
    if w is None:
        if not _is_arabic_word(key):
            return FORMULA_WEIGHT
        if len(_WEIGHTS) > _MAX_KEPT:
            _WEIGHTS.clear()
        w = _WEIGHTS[key] = _weight_of(key, _lookup().get(key))
    return w


def _weight_of(key: str, z: int | None) -> float:
    """The background weight of a key whose table value (Zipf x 10) is z."""
    if not _is_arabic_word(key):
        return FORMULA_WEIGHT
    if z is None:
        return 1.0
    w = (COMMON_ZIPF - z / 10) / (COMMON_ZIPF - RARE_ZIPF)
    return min(1.0, max(FLOOR, w))


def background_weights(keys: list[str]) -> list[float]:
    """[background_weight(k) for k in keys]: the keys not weighed yet are looked up in the
    table together (one pass, no call per key)."""
    known = _WEIGHTS
    values = list(map(known.get, keys))
    if None not in values:
        return values
    new = list(dict.fromkeys(k for k, v in zip(keys, values) if v is None))
    table = _lookup()
    get_many = getattr(table, "get_many", None)
    zs = get_many(new) if get_many is not None else list(map(table.get, new))
    of_z = _BY_Z
    arabic = _ARABIC_LETTER.search
    fresh: dict[str, float] = {}
    for k, z in zip(new, zs):
        if not arabic(k):
            fresh[k] = FORMULA_WEIGHT
        elif z is None:
            fresh[k] = 1.0
        else:
            w = of_z.get(z)
            if w is None:
                w = of_z[z] = _weight_of(k, z)
            fresh[k] = w
    if len(known) + len(fresh) > _MAX_KEPT:  # an archive's vocabulary: start afresh
        known.clear()
    known.update(fresh)
    # answered from this call's own values (another thread may clear the shared memo)
    return [fresh[k] if v is None else v for k, v in zip(keys, values)]


_BY_Z: dict[int, float] = {}  # the weight of an Arabic key by its table value


@lru_cache(maxsize=1)
def formulas() -> dict[str, tuple[tuple[str, ...], ...]]:
    """{first word key: formulas starting with it, longest first}, as word-key tuples (built
    once from the resource and kept in the derived cache)."""
    return derived.cached("news-formulas", _build_formulas, files=[RESOURCES / FORMULAS_FILE],
                          code=derived.here("significance", "normalize"), plain=True)


def _build_formulas() -> dict[str, tuple[tuple[str, ...], ...]]:
    from .normalize import normalize, tokenize

    out: dict[str, list[tuple[str, ...]]] = {}
    for line in (RESOURCES / FORMULAS_FILE).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keys = tuple(t.key for t in tokenize(normalize(line)))
        if keys:
            out.setdefault(keys[0], []).append(keys)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _formula_starts() -> frozenset[tuple[str, str]]:
    """The first two words of every formula (the first also with a leading و or ف)."""
    out = set()
    for phrases in formulas().values():
        for p in phrases:
            if len(p) >= 2:
                out.update((c + p[0], p[1]) for c in ("", "و", "ف"))
    return frozenset(out)


def formula_mask(keys: list[str]) -> list[bool]:
    """For each word, whether it lies inside a stock formula (of two words or more). Only the
    places where a formula's first two words stand are visited (found at C speed)."""
    mask = [False] * len(keys)
    places = list(compress(count(), map(_formula_starts().__contains__, zip(keys, keys[1:]))))
    if not places:
        return mask
    table = formulas()
    for i in places:
        k = keys[i]
        phrases = table.get(k) or table.get(k[1:], ())
        for phrase in phrases:
            n = len(phrase)
            if tuple(keys[i + 1:i + n]) == phrase[1:]:
                for j in range(i, i + n):
                    mask[j] = True
                break
    return mask


class Weights:
    """Word weights for one analysis: background rarity times folder specificity."""

    def __init__(self, docs: Iterable[Iterable[str]] = ()):
        df: Counter[str] = Counter()
        n = 0
        for keys in docs:
            # a set as it is (a copy of it holds, and is gone through in, the same order)
            df.update(keys if keys.__class__ is set or keys.__class__ is frozenset else set(keys))
            n += 1
        self.n_docs = n
        self.df = df
        self._cache: dict[str, float] = {}
        self._units: dict[int, float] = {}  # by id(): units live as long as the analysis
        self._unit_weights: dict[tuple[int, int], list[float]] = {}
        self._local = n >= LOCAL_MIN_DOCS
        self._norm = math.log((n + 1) / 2) if self._local else 1.0

    def local_factor(self, key: str) -> float:
        if not self._local:
            return 1.0
        return self._factor_for(self.df.get(key, 0))

    def _factor_for(self, df: int) -> float:
        """The local factor of a word found in `df` articles."""
        d = max(2, df)
        idf = max(0.0, min(1.0, math.log((self.n_docs + 1) / d) / self._norm))
        trust = min(1.0, self.n_docs / LOCAL_FULL_DOCS)
        return 1.0 - trust * (1.0 - idf)

    def __call__(self, key: str) -> float:
        w = self._cache.get(key)
        if w is None:
            w = background_weight(key) * self.local_factor(key)
            self._cache[key] = w
        return w

    def token_weights(self, keys: list[str]) -> list[float]:
        """Weights of a passage's words in order, stock formulas weighing FORMULA_WEIGHT at most."""
        cache = self._cache
        try:
            ws = list(map(cache.__getitem__, keys))
        except KeyError:
            ws = [cache[k] if k in cache else self(k) for k in keys]
        mask = formula_mask(keys)
        if True in mask:  # (most sentences hold no formula)
            for i, inside in enumerate(mask):
                if inside:
                    ws[i] = min(ws[i], FORMULA_WEIGHT)
        return ws

    def unit_weights(self, unit) -> list[float]:
        """token_weights of a sentence's words (cached per sentence)."""
        key = (unit.doc, unit.index)
        ws = self._unit_weights.get(key)
        if ws is None:
            keys = getattr(unit, "klist", None) or [t.key for t in unit.tokens]
            ws = self._unit_weights[key] = self.token_weights(keys)
        return ws

    def weigh_units(self, units) -> None:
        """Set each unit's wkeys (total of its distinct keys) and wtokens (sum of its
        unit_weights), keeping the unit_weights. A sentence none of whose bigrams starts a
        formula (most) has no word in one, so its weights are just its words' weights."""
        get = self._cache.__getitem__
        starts = _formula_starts()
        kept = self._unit_weights
        for u in units:
            try:
                u.wkeys = sum(map(get, u.keys))
                ws = list(map(get, u.klist)) if starts.isdisjoint(u.bigrams) else None
            except KeyError:  # a word not prepared
                u.wkeys, ws = self.total(u.keys), None
            if ws is None:
                ws = self.token_weights(list(u.klist))
            kept[(u.doc, u.index)] = ws
            u.wtokens = sum(ws)

    def unit_total(self, unit) -> float:
        """Weight of a sentence's distinct words (cached per sentence)."""
        w = self._units.get(id(unit))
        if w is None:
            w = self._units[id(unit)] = self.total(unit.keys)
        return w

    def total(self, keys: Iterable[str]) -> float:
        cache = self._cache
        try:
            return sum(map(cache.__getitem__, keys))
        except KeyError:
            return sum(self(k) for k in keys)

    def prepare(self, keys: Iterable[str]) -> None:
        """Compute the weights of these keys now (total() and `cache` then need no calls)."""
        cache = self._cache
        missing = [k for k in keys if k not in cache]
        if not self._local:
            cache.update(zip(missing, background_weights(missing)))
            return
        # the local factor depends only on a key's document frequency: compute it once per df
        ds = list(map(self.df.get, missing, repeat(0)))
        by_df = {d: self._factor_for(d) for d in set(ds)}
        cache.update(zip(missing, map(mul, background_weights(missing), map(by_df.__getitem__, ds))))

    @property
    def cache(self) -> dict[str, float]:
        """{key: weight} for every key seen so far (after prepare(), all of the analysis)."""
        return self._cache
