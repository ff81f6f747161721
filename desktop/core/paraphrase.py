"""Garbled and re-inflected words in copies: character-level similarity of rare words.

A copier who retypes or machine-translates a passage mangles words (a letter dropped or
swapped, a clitic added, an ending changed). Inside two aligned passages, a word of one side
that the other side lacks is matched to the most similar word the other side lacks, when both
are long enough to carry meaning and their characters agree closely (rapidfuzz's normalized
Indel similarity, a C implementation). The matched word then diffs as equal.
"""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from .significance import background_weights

MIN_LEN = 5  # shorter words differ by one letter too often for a match to mean anything
MIN_SIMILARITY = 85.0  # percent; السعودية/السورية (80) stay apart, العدوان/العداون (86) match
MIN_WEIGHT = 0.3  # function words are never "garbled" versions of each other


def unify_garbled(ka: list[str], kb: list[str], weights=None) -> list[str]:
    """kb with each word absent from ka replaced by its close match among ka's absent words.

    Only words that are rare enough in Arabic news (background weight >= MIN_WEIGHT) take
    part; `weights` is accepted for callers that have one but not needed."""
    if set(ka) == set(kb):
        return kb
    return list(_unify(tuple(ka), tuple(kb)))


def unify_keys(ka: tuple[str, ...], kb: tuple[str, ...]) -> tuple[str, ...]:
    """unify_garbled for passages known to hold different sets of words, as tuples (kb
    itself when no word was unified)."""
    return _unify(ka, kb)


@lru_cache(maxsize=8192)  # copies repeat the same sentences across pairs and runs
def _unify(ka: tuple[str, ...], kb: tuple[str, ...]) -> tuple[str, ...]:
    set_a, set_b = set(ka), set(kb)
    only_a = _eligible(set_a - set_b)
    if not only_a:
        return kb
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    extract_one, ratio = process.extractOne, fuzz.ratio
    for k in _eligible(set_b - set_a):
        best = extract_one(k, only_a, scorer=ratio, score_cutoff=MIN_SIMILARITY)
        if best and best[0] not in taken:
            mapping[k] = best[0]
            taken.add(best[0])
    if not mapping:
        return kb
    return tuple(map(mapping.get, kb, kb))


def _eligible(keys: set[str]) -> list[str]:
    """The keys long and rare enough to be garbled words, sorted (the keys of length
    MIN_LEN or more weighed together)."""
    long_ = [k for k in keys if len(k) >= MIN_LEN]
    out = [k for k, w in zip(long_, background_weights(long_)) if w >= MIN_WEIGHT]
    out.sort()
    return out
