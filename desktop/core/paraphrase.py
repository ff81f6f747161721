"""Garbled and re-inflected words in copies: character-level similarity of rare words.

A copier who retypes or machine-translates a passage mangles words (a letter dropped or
swapped, a clitic added, an ending changed). Inside two aligned passages, a word of one side
that the other side lacks is matched to the most similar word the other side lacks, when both
are long enough to carry meaning and their characters agree closely (rapidfuzz's normalized
Indel similarity, a C implementation). The matched word then diffs as equal.
"""
from __future__ import annotations

from rapidfuzz import fuzz, process

MIN_LEN = 5  # shorter words differ by one letter too often for a match to mean anything
MIN_SIMILARITY = 85.0  # percent; السعودية/السورية (80) stay apart, العدوان/العداون (86) match
MIN_WEIGHT = 0.3  # function words are never "garbled" versions of each other


def unify_garbled(ka: list[str], kb: list[str], weights=None) -> list[str]:
    """kb with each word absent from ka replaced by its close match among ka's absent words."""
    set_a, set_b = set(ka), set(kb)
    only_a = [k for k in set_a - set_b if len(k) >= MIN_LEN and _heavy(k, weights)]
    if not only_a:
        return kb
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for k in sorted(set_b - set_a):
        if len(k) < MIN_LEN or not _heavy(k, weights):
            continue
        best = process.extractOne(k, only_a, scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY)
        if best and best[0] not in taken:
            mapping[k] = best[0]
            taken.add(best[0])
    if not mapping:
        return kb
    return [mapping.get(k, k) for k in kb]


def _heavy(key: str, weights) -> bool:
    return weights is None or weights(key) >= MIN_WEIGHT
