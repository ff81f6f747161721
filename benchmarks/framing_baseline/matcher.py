"""FROZEN COPY of desktop/core/framing.py as it was before issue 11, kept only as the
baseline for benchmarks/framing_*.py. Not used by the application.

Find lexicon terms in articles, tolerant of clitics, inflection and spelling variants.

A word matches a term word when it is exactly prefix + term word + ending, the prefix and the
ending taken from closed lists of Arabic clitics; so الميليشيات and وللميليشيات match
"الميليشيات" while a longer word that merely contains the term does not.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from desktop.core.lexicon import Lexicon, Term
from desktop.core.model import FramingHit
from desktop.core.normalize import Token, normalize, tokenize, word_key
from .quotes import Quote, innermost

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")
NOUN_PREFIXES = tuple(sorted({
    c + ("لل" if p == "ل" and a else p + a) for c, p, a in product(_CONJ, _PREP, ("", "ال"))
}, key=len, reverse=True))
VERB_PREFIXES = tuple(sorted({c + v for c, v in product(_CONJ, ("", "ي", "ت", "ن", "ا", "س", "سي", "ست"))},
                             key=len, reverse=True))
# Nisba endings (ي، ية، يين) are left out on purpose: they make a new word (عدوان -> عدوانية).
NOUN_ENDINGS = ("", "ه", "ها", "هم", "هما", "هن", "ات", "ين", "ون", "ان", "نا", "كم", "اته", "اتها",
                "اتهم")
VERB_ENDINGS = ("", "ت", "وا", "ا", "ن", "نا", "تم", "ون", "ين", "ه", "ها", "هم", "ته", "تها", "تا",
                "تهم", "وه", "وها")


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]  # word keys; the first without its definite article
    term: Term
    form: str


def _core(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


class TermMatcher:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._by_first: dict[str, list[_Entry]] = {}
        self._cache: dict[str, tuple[_Entry, ...]] = {}
        for term in lexicon.terms:
            for form in (term.term, *term.variants):
                keys = [t.key for t in tokenize(normalize(form))]
                if not keys:
                    continue
                keys[0] = _core(keys[0])
                entry = _Entry(tuple(keys), term, form)
                self._by_first.setdefault(keys[0], []).append(entry)

    def _first_word_cores(self, key: str, single: bool, verb: bool):
        """Possible (core, ending) readings of a word; longest core first."""
        prefixes = VERB_PREFIXES if verb else NOUN_PREFIXES
        endings = (VERB_ENDINGS if verb else NOUN_ENDINGS) if single else ("",)
        for p in prefixes:
            if not key.startswith(p):
                continue
            rest = key[len(p):]
            for ending in endings:
                if ending and not rest.endswith(ending):
                    continue
                core = rest[: len(rest) - len(ending)] if ending else rest
                if len(core) < 2:
                    continue
                yield core
                if ending and core.endswith("ت"):
                    yield core[:-1] + "ه"  # ta marbuta before an ending: مقاومتها
                if ending == "ات":
                    yield core + "ه"  # plural of a ta-marbuta noun

    def _entries_for(self, key: str) -> tuple[_Entry, ...]:
        """Entries whose first word this word can be (same word, clitics and endings aside)."""
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        found: dict[int, _Entry] = {}
        for single in (True, False):
            for verb in (False, True):
                for core in self._first_word_cores(key, single, verb):
                    for entry in self._by_first.get(core, ()):
                        if (len(entry.words) == 1) != single or (entry.term.pos == "verb") != verb:
                            continue
                        if entry.term.fixed and core != key[len(key) - len(core):]:
                            continue
                        found[id(entry)] = entry
        result = tuple(sorted(found.values(), key=lambda e: (len(e.words), len(e.form)), reverse=True))
        self._cache[key] = result
        return result

    def match_at(self, tokens: list[Token], i: int) -> tuple[int, _Entry] | None:
        """The longest term starting at token i, as (number of words, entry)."""
        for entry in self._entries_for(tokens[i].key):
            n = len(entry.words)
            if n == 1 or _rest_matches(tokens, i, entry.words):
                return n, entry
        return None


_MATCHERS: dict[str, TermMatcher] = {}


def matcher_for(lexicon: Lexicon) -> TermMatcher:
    """One matcher per lexicon version, so its per-word cache outlives a single analysis."""
    matcher = _MATCHERS.get(lexicon.version)
    if matcher is None:
        if len(_MATCHERS) > 8:
            _MATCHERS.clear()
        matcher = _MATCHERS[lexicon.version] = TermMatcher(lexicon)
    return matcher


def _rest_matches(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) > len(tokens):
        return False
    for k in range(1, len(words)):
        tok = tokens[i + k].key
        if k == len(words) - 1:
            if not any(tok == words[k] + e for e in NOUN_ENDINGS):
                return False
        elif tok != words[k]:
            return False
    return True


def find_terms(article_id: str, text: str, tokens: list[Token], matcher: TermMatcher,
               quotes: list[Quote], skip=lambda s, e: False) -> list[FramingHit]:
    hits: list[FramingHit] = []
    i = 0
    while i < len(tokens):
        found = matcher.match_at(tokens, i)
        if not found:
            i += 1
            continue
        n, entry = found
        start, end = tokens[i].start, tokens[i + n - 1].end
        i += n
        if skip(start, end):
            continue
        quote = innermost(quotes, start, end)
        scare = bool(quote and quote.scare)
        hits.append(FramingHit(
            article=article_id, span=(start, end), text=text[start:end],
            category=entry.term.category, stance=entry.term.stance,
            in_quote=bool(quote) and not scare, term=entry.term.term, frame=entry.term.frame,
            scare_quoted=scare,
        ))
    return hits


def terms_in(text: str, matcher: TermMatcher) -> list[Term]:
    """Lexicon terms found in a short piece of text (used to classify substitutions)."""
    tokens = tokenize(normalize(text))
    out = []
    i = 0
    while i < len(tokens):
        found = matcher.match_at(tokens, i)
        if found:
            out.append(found[1].term)
            i += found[0]
        else:
            i += 1
    return out


__all__ = ["TermMatcher", "find_terms", "matcher_for", "terms_in", "word_key"]
