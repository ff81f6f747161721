"""Find lexicon terms in articles: morphology, sense, distancing and voice.

- Morphology (see `morphology`): a lexicon form matches a word read as clitics + stem +
  endings, so one entry finds الاحتلال, للاحتلال, احتلالها; a verb entry finds its perfect and
  imperfect forms (احتل, تحتلها) and its listed noun forms (`derived`: احتلال, محتل). Every word
  of a multi-word term takes clitics and agreement endings (المسلحين المدعومين من إيران matches
  المسلحون المدعومون من إيران); only the last takes an attached pronoun. A word glued to the
  next by a missing space (الكيانالاحتلال) and one swap of neighbouring letters (العداون) in a
  long word that matches nothing else are tolerated.
- Sense: an entry is skipped where a listed neighbour gives the word another sense
  (`unless_next`/`unless_prev`, e.g. الادعاء العام); يُدعى/تدعى/المدعو ("named") is not a
  claim; attribution verbs in a headline are not counted (headlines drop the source).
- Distancing: a marker entry (`distance = "next"|"prev"`: ما يسمى, المزعوم, حسب تعبيره) marks
  the label it governs as distanced; so do scare quotes. A distanced label is counted as
  delegitimizing, never as the outlet's endorsement.
- Voice: a label inside quoted or reported speech (see `quotes`) is quoted, with its speaker.
"""
from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import NamedTuple

from . import derived, rx, term_tables
from .broken_words import rejoin_broken_words
from .lexicon import Lexicon, Term
from .model import FramingHit, Span
from .morphology import (MAX_PREFIX, MIN_STEM, definite_core, noun_readings, one_swap_apart,
                         readings_from, readings_in, transposition_key)
from .normalize import WORD_RE, Token, fold, normalize, tokenize, word_key
from .term_tables import GLUE_WORDS
from .outlets import signatures
from .quotes import Quote
from .span_cover import in_marks as _in_marks, quote_cover as _quote_cover

DISTANCE_WINDOW = 6  # words between a marker and the label it governs
_BREAK = rx.compile(r"[.؟?!\n:;]")
_NAMED = rx.compile(r"^[وف]?(?:[يت]\u064f?دع[\u064e\u0651]*[ىا]|ال?مدعو[ةه]?)$")
HEADLINE_MAX_WORDS = 20
SENSE_WINDOW = 3  # words after a term that `unless_next` looks at (a verb's subject may come first)
OWN_SOURCES = ("مراسلنا", "مصادرنا", "مندوبنا", "موفدنا")


class _Entry(NamedTuple):  # named tuples: made at first use of each entry and reading
    term: Term
    form: str
    first: str  # the first word's stem
    rest: tuple[frozenset[str], ...]  # accepted stems/keys of the following words
    verb: bool
    order: int  # later terms (a project's or user's additions) win ties

    @property
    def size(self) -> int:
        return 1 + len(self.rest)


class Match(NamedTuple):
    size: int  # number of tokens
    entry: _Entry
    cut: int | None = None  # for a glued word: characters of the token the term covers
    stem: int = 0
    verb_h: bool = False  # read as a verb with the pronoun -ه (wrong if the word ends in ة)


class TermMatcher:
    """Terms of a lexicon found at a token. Built from `term_tables.build` (plain data, kept in
    the derived cache); each word is read once per process (`_cache`), and the words of an
    article that cannot start a term are set aside together by one regex (`screen`)."""

    def __init__(self, lexicon: Lexicon, tables: dict | None = None):
        self.lexicon = lexicon
        if tables is None:
            tables = term_tables.build(lexicon)
        self._tables = tables
        self._rows = tables["entries"]
        self._made: dict[int, _Entry] = {}  # entry number -> _Entry, made at first use
        self._index: dict[tuple[str, str], list[int]] = tables["index"]
        self._typos: dict[tuple, list[tuple[str, int]]] = tables["typos"]
        self._unless: list[tuple[frozenset[str], frozenset[str]]] = tables["unless"]
        self._cache: dict[str, tuple[Match, ...]] = {}
        self._plain: dict[str, tuple[Match, ...]] = {}
        self._groups: dict[tuple, tuple[tuple[Match, ...], tuple[Match, ...]]] = {}
        self._every: dict[tuple, tuple[tuple[Match, ...], tuple[Match, ...]]] = {}
        self._merged: dict[tuple, tuple[Match, ...]] = {}  # see _lookup
        self._screen_rx = None
        self._rest_rx = None
        self._cores: frozenset[str] | None = None  # every core that can give an indexed stem
        self._typo_cores: frozenset[str] | None = None  # ... a stem one swap from a typo entry's
        self._next: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._plans: dict[str, tuple] = {}  # key -> how match_at goes through its entries (_plan)
        self._plan_of: dict[int, tuple] = {}  # id of a word's matches -> their plan (holds them)
        self._pairs: dict[tuple, tuple[Match, ...] | Match] = {}  # see _for_pair
        self._heads: tuple[frozenset[str], ...] = tables["heads"]  # see _may_match
        self._typo_heads: frozenset[str] = tables["typo_heads"]

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_screen_rx"] = state["_rest_rx"] = None  # compiled again at first use
        state["_plan_of"] = {}  # keyed by ids of this process's objects
        return state

    def _entry(self, n: int) -> _Entry:
        entry = self._made.get(n)
        if entry is None:
            order, form, first, rest, verb = self._rows[n]
            entry = self._made[n] = _tuple_new(_Entry, (self.lexicon.terms[order], form, first,
                                                        rest, verb, order))
        return entry

    def _may_match(self, key: str) -> bool:
        """False when no reading of `key` can be an indexed stem, so readings() need not run.

        Every reading's stem is a piece of the word after a prefix of at most MAX_PREFIX
        letters, perhaps with one of ه ا ي ء added or put for its last letter (ة restored
        before ت or ات, ى before ا, ت or و, ء for و or ي): so the stem stands in the word
        from that offset, or all but its last letter does, followed by ت ا و or ي. `_heads`
        holds what must stand there (three letters at most) for every indexed stem."""
        heads = self._heads
        for p in range(min(MAX_PREFIX, len(key) - MIN_STEM) + 1):
            for k, found in enumerate(heads, start=1):
                if key[p:p + k] in found:
                    return True
        return False

    def _may_be_typo(self, key: str) -> bool:
        """A typo stem keeps the first letters of the stem it misspells (the swap is among
        its last three of five or more): they stand in the word after a prefix."""
        return any(key[p:p + 2] in self._typo_heads for p in range(MAX_PREFIX + 1))

    def _lookup(self, key: str, screened: bool = False) -> tuple[Match, ...]:
        """Entries whose first word this word can be, best reading first."""
        cached = self._plain.get(key)
        if cached is not None:
            return cached
        if not screened and not self._may_match(key):
            self._plain[key] = ()
            return ()
        index = self._index
        if self._cores is None:
            self._cores = term_tables.word_set(self._tables, "cores")
        made, groups, gkeys = self._groups, [], []
        for stem, kind, ending, pronoun, construct in readings_in(key, self._cores):
            if (stem, kind) in index:
                verb_h = kind != "noun" and ending.endswith("ه")
                gkey = (stem, kind, bool(ending), pronoun, construct, verb_h)
                group = made.get(gkey) or self._group(gkey)
                if group[0]:
                    groups.append(group)
                    gkeys.append(gkey)
        if not groups:
            result = ()
        elif len(groups) == 1:  # one reading: its matches, ranked once for all words
            result = groups[0][1]
        else:  # the best reading of each entry, ranked: once per run of groups (shared by
            result = self._merged.get(gkeys := tuple(gkeys))  # المقاومة, والمقاومة ...)
            if result is None:
                result = self._merged[gkeys] = self._merge(groups)
        self._plain[key] = result
        return result

    @staticmethod
    def _merge(groups) -> tuple[Match, ...]:
        found: dict[int, Match] = {}  # entry id -> its match from the best reading
        for matches, _ranked in groups:
            for m in matches:
                old = found.get(id(m.entry))
                if old is None or (old.stem, old.verb_h) < (m.stem, not m.verb_h):
                    found[id(m.entry)] = m
        return tuple(sorted(found.values(), key=_rank, reverse=True))

    def _group(self, gkey: tuple) -> tuple[tuple[Match, ...], tuple[Match, ...]]:
        """The matches one reading gives (in index order, and ranked), made once per process:
        they depend only on `gkey` (stem, kind, ending?, pronoun?, construct?, verb with -ه?)."""
        group = self._groups.get(gkey)
        if group is None:
            stem, kind, ending, pronoun, construct, verb_h = gkey
            every = self._every.get((stem, kind, verb_h))
            if every is None:  # all the stem's matches, whatever the ending
                matches = [_tuple_new(Match, (1 + len(entry.rest), entry, None, len(stem), verb_h))
                           for entry in map(self._entry, self._index[(stem, kind)])]
                every = self._every[(stem, kind, verb_h)] = (
                    tuple(matches), tuple(sorted(matches, key=_rank, reverse=True)))
            if ending or pronoun or construct:  # those the ending leaves (the ranked order of
                # a part of a list is the part of its ranked order: the sort is stable)
                group = tuple(tuple(m for m in ms if not (
                    (m.entry.term.fixed and ending) or (m.entry.rest and pronoun)
                    or (not m.entry.rest and construct))) for ms in every)
            else:
                group = every
            self._groups[gkey] = group
        return group

    def screen(self, keys) -> dict[str, tuple[Match, ...]]:
        """The entries of every word in `keys`, in `_cache` (returned). Words new to this
        process are screened together: one regex pass over all of them sets aside those that
        can start no term (see term_tables); only the others are read one by one."""
        cache = self._cache
        if all(map(cache.__contains__, keys)):  # all read before (a second analysis)
            return cache
        new = set(keys).difference(cache)
        if new:
            found = self._screen().findall("\n".join(new))
            cache.update(dict.fromkeys(new.difference(found), ()))
            for key in found:
                self.entries_for(key, screened=True)
        return cache

    def _screen(self):
        if self._screen_rx is None:
            self._screen_rx = term_tables.compiled(self._tables, "screen")
        return self._screen_rx

    def next_stems(self, key: str) -> tuple[frozenset[str], frozenset[str]]:
        """_noun_stems of a word that follows a term's first word, or none when the rest
        screen shows that no noun reading of it can be a word of any term (so every test
        against a term's following words fails, as it would with all its stems)."""
        got = self._next.get(key)
        if got is None:
            if self._rest_rx is None:
                self._rest_rx = term_tables.compiled(self._tables, "rest_screen")
            got = _noun_stems(key) if self._rest_rx.fullmatch(key) else _NO_STEMS
            self._next[key] = got
        return got

    def entries_for(self, key: str, screened: bool = False) -> tuple[Match, ...]:
        """`screened`: the word passed the word screen, a finer test than _may_match's."""
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        result = self._lookup(key, screened)
        if not result:
            result = self._typo(key) or self._glued(key)
        self._cache[key] = result
        return result

    def _typo(self, key: str) -> tuple[Match, ...]:
        if not self._may_be_typo(key):
            return ()
        if self._typo_cores is None:
            self._typo_cores = term_tables.word_set(self._tables, "typo_cores")
        out = []
        for r in readings_from(key, self._typo_cores):  # those with a stem one swap from a term's
            if r.kind != "noun" or r.construct:
                continue
            for stem, n in self._typos.get(transposition_key(r.stem) or (), ()):
                entry = self._entry(n)
                if one_swap_apart(stem, r.stem) and not (entry.term.fixed and r.ending):
                    out.append(Match(1, entry, None, len(stem)))
        return tuple(out[:1])

    def _glued(self, key: str) -> tuple[Match, ...]:
        if len(key) < 7:
            return ()
        for cut in range(len(key) - 2, 2, -1):
            right = key[cut:]
            if not (right in GLUE_WORDS or (right.startswith("ال") and len(right) >= 4)):
                continue
            for m in self._lookup(key[:cut]):
                if m.size == 1:
                    return (Match(1, m.entry, cut, m.stem),)
        return ()

    def match_at(self, tokens: list[Token], i: int, text: str | None = None) -> Match | None:
        """The longest term starting at token i (`text`: the original, to tell ة from -ه)."""
        key = tokens[i].key
        nxt_key = tokens[i + 1].key if i + 1 < len(tokens) else None
        cands = self._pairs.get((key, nxt_key))
        if cands is None:
            cands = self._for_pair(key, nxt_key)
        if cands.__class__ is Match:
            return cands  # a one-word term that takes no context, before any other
        for m in cands:
            if m.verb_h and text is not None and _ends_in_ta_marbuta(text, tokens[i]):
                continue  # هجرة is a noun, not هجر + ه
            if m.size > 2 and not _rest_matches(tokens, i, m.entry.rest, self.next_stems):
                continue
            nxt, prev = self._unless[m.entry.order]
            if nxt and any(_any_form(t.key, nxt) for t in tokens[i + m.size:i + m.size + SENSE_WINDOW]):
                continue
            if prev and i > 0 and _any_form(tokens[i - 1].key, prev):
                continue
            return m
        return None

    def _for_pair(self, key: str, nxt_key: str | None):
        """What match_at tries at `key` before `nxt_key` (kept per pair of words): the terms
        whose second word the next word can be and the one-word terms (_second); when it can
        be none, the one-word terms up to the first that takes no context, or that term."""
        plan = self._plans.get(key)
        if plan is None:
            cands = self._cache.get(key)
            if cands is None:
                cands = self.entries_for(key)
            if cands:
                plan = self._plan_of.get(id(cands))  # one plan for words with the same matches
                if plan is None or plan[0] is not cands:
                    plan = self._plan_of[id(cands)] = self._plan(cands)
                self._plans[key] = plan
        if plan is None:
            got = ()
        else:
            cands, firsts, short = plan
            if not (firsts and nxt_key is not None and (
                    nxt_key in firsts or not firsts.isdisjoint(self.next_stems(nxt_key)[0]))):
                got = short  # the next word can be the second word of no longer term
            else:
                got = self._second(cands, nxt_key)
        if len(self._pairs) > 200_000:
            self._pairs.clear()
        self._pairs[(key, nxt_key)] = got
        return got

    def _second(self, cands: tuple[Match, ...], nxt_key: str) -> tuple[Match, ...]:
        """`cands` less the longer terms whose second word `nxt_key` cannot be (a glued word
        starts none): what match_at tests of them depends on these two words only."""
        stems = None
        out = []
        for m in cands:
            if m.size > 1:
                if m.cut is not None:
                    continue
                first = m.entry.rest[0]
                if nxt_key not in first:  # a cheap test of the second word before its stems
                    if stems is None:
                        stems = self.next_stems(nxt_key)
                    if first.isdisjoint(stems[0 if m.size == 2 else 1]):
                        continue
            out.append(m)
        return tuple(out)

    def _plan(self, cands: tuple[Match, ...]):
        """(cands, second words of its longer terms, its one-word terms up to the first that
        takes no context (verb_h or a sense rule), or that term itself when it is the first)."""
        firsts = frozenset().union(*(m.entry.rest[0] for m in cands if m.size > 1))
        short = []
        for m in cands:
            if m.size == 1:
                short.append(m)
                nxt, prev = self._unless[m.entry.order]
                if not (m.verb_h or nxt or prev):
                    break
        return cands, firsts, (short[0] if len(short) == 1 and not (
            short[0].verb_h or any(self._unless[short[0].entry.order])) else tuple(short))


def _any_form(key: str, forms: frozenset[str]) -> bool:
    return key in forms or definite_core(key) in forms


def _rest_matches(tokens: list[Token], i: int, rest: tuple[frozenset[str], ...], stems=None) -> bool:
    if i + len(rest) >= len(tokens):
        return False
    for k, forms in enumerate(rest, start=1):
        key = tokens[i + k].key
        if key in forms:
            continue
        with_pronoun, without = (stems or _noun_stems)(key)
        if forms.isdisjoint(with_pronoun if k == len(rest) else without):
            return False
    return True


@lru_cache(maxsize=200_000)
def _noun_stems(key: str) -> tuple[frozenset[str], frozenset[str]]:
    """Noun stems of a word: all readings, and readings without an attached pronoun."""
    nouns = noun_readings(key)
    return frozenset(r.stem for r in nouns), frozenset(r.stem for r in nouns if not r.pronoun)


_tuple_new = tuple.__new__  # a named tuple made without its Python-level __new__
_KEY = itemgetter(0)  # a Token's key


def _rank(m: Match) -> tuple:
    return (m.size, m.stem, len(m.entry.form), m.entry.order)


_NO_STEMS: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
_MATCHERS: dict[str, TermMatcher] = {}


def matcher_for(lexicon: Lexicon) -> TermMatcher:
    """One matcher per lexicon version, so its per-word cache outlives a single analysis."""
    matcher = _MATCHERS.get(lexicon.version)
    if matcher is None:
        if len(_MATCHERS) > 8:
            _MATCHERS.clear()
        # its tables are built once per lexicon version and kept in the derived cache
        tables = derived.cached(
            "matcher-tables-" + lexicon.version[:2], lambda: term_tables.build(lexicon),
            extra=lexicon.version, plain=True,  # built-in types only: kept with marshal
            code=derived.here("term_tables", "morphology", "normalize", "lexicon", "rx"))
        matcher = _MATCHERS[lexicon.version] = TermMatcher(lexicon, tables)
    return matcher


def headline_span(text: str, paragraphs: tuple[Span, ...]) -> Span | None:
    """The first paragraph when it reads as a headline: short, no closing full stop."""
    for s, e in paragraphs:
        line = text[s:min(e, s + 400)].strip()
        if not line:
            continue
        if e - s < 400 and len(line.split()) <= HEADLINE_MAX_WORDS and not line.endswith((".", "؟", "?", "!", ":")):
            return (s, e)
        return None
    return None


def _ends_in_ta_marbuta(text: str, tok: Token) -> bool:
    return text[tok.start:tok.end].rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة")


def _scan(tokens: list[Token], matcher: TermMatcher, text: str | None = None, keys=None):
    """(start token, Match) for every term occurrence, longest first, left to right (`keys`:
    the tokens' keys, when the caller has them)."""
    if keys is None:
        keys = list(map(_KEY, tokens))
    found = list(map(matcher._cache.get, keys))
    if None in found:  # words new to this process
        found = list(map(matcher.screen(keys).__getitem__, keys))
    after = 0  # the first token after the last term found
    plans = matcher._plans
    for i in list(compress(count(), found)):  # most words start no term
        if i < after:
            continue
        plan = plans.get(keys[i])
        if plan is not None and not plan[1] and plan[2].__class__ is Match:
            m = plan[2]  # a word that starts one term only, whatever its context (match_at)
        else:
            m = matcher.match_at(tokens, i, text)
        if m is not None:
            yield i, m
            after = i + m.size


def own_names(outlet: str) -> tuple[str, ...]:
    """Folded names under which an outlet cites itself (مصادر أورينت is the outlet's voice)."""
    names = [outlet] if outlet else []
    for sig in signatures():
        if sig.name == outlet and sig.arabic:
            names.append(sig.arabic)
    return tuple(_fold_cached(n) for n in names if n) + OWN_SOURCES


def _fold(text: str) -> str:
    """" ".join(t.key for t in tokenize(normalize(text))) without Normalized or Tokens: the
    normalized text is fold(text), and its tokens' keys are word_key of its words."""
    return " ".join(map(word_key, WORD_RE.findall(fold(text))))


_fold_cached = lru_cache(maxsize=4096)(_fold)


def find_terms(article_id: str, text: str, tokens: list[Token], matcher: TermMatcher,
               quotes: list[Quote], skip=None, headline: Span | None = None,
               own: tuple[str, ...] = OWN_SOURCES, boilerplate=(), keys=None) -> list[FramingHit]:
    """Lexicon terms in an article, each with its voice and stance. A term is left out where
    `skip(start, end)` says so, or where it lies mostly in the `boilerplate` marks. `keys`:
    the tokens' keys, when the caller has them."""
    joined = rejoin_broken_words(text, tokens)
    if joined is not tokens:  # broken words joined: their keys are new
        tokens, keys = joined, None
    if boilerplate:
        marked = _in_marks(boilerplate)
        skip = marked if skip is None else (lambda s, e, first=skip: first(s, e) or marked(s, e))
    found: list[tuple[int, int, Span, Match]] = []  # (first token, last token, span, match)
    markers: list[int] = []  # those of distancing markers (few)
    scan = _scan(tokens, matcher, text) if keys is None else _scan(tokens, matcher, text, keys)
    for i, m in scan:
        tok = tokens[i]
        start, end = tok.start, tokens[i + m.size - 1].end
        if m.cut is not None and end - start == len(tok.key):
            end = start + m.cut
        if skip is not None and skip(start, end):
            continue
        term = m.entry.term
        if term.category == "attribution" and (
                _NAMED.match(text[start:end]) or
                (headline and headline[0] <= start and end <= headline[1])):
            continue
        if term.distance:
            markers.append(len(found))
        found.append((i, i + m.size - 1, (start, end), m))
    distanced = _distanced(text, tokens, found, quotes, markers) if markers else ()
    inside = _quote_cover(quotes)
    spans = None
    hits = []
    for n, (_i, _j, span, m) in enumerate(found):
        start, end = span
        term = m.entry.term
        if inside(start, end):
            if spans is None:  # the quotes' spans, read once
                spans = [q[0] for q in quotes]
            around = [q for q, (s, e) in zip(quotes, spans) if s <= start and end <= e]
            labels = [q for q in around if _label_only(q, text, start, end)]
            speech = [q for q in around if q not in labels and not (q.speaker and _is_own(q.speaker, own))]
            quote = min(speech, key=lambda q: q.span[1] - q.span[0]) if speech else None
            scare = bool(labels)
        else:  # in no quote at all (most words)
            quote, scare = None, False
        far = n in distanced or (scare and not term.distance)
        hits.append(_hit(article_id, span, text[start:end], term.category,
                         "delegitimizing" if far else term.stance, quote is not None, term.term,
                         term.frame, scare, far, quote.speaker if quote else ""))
    return hits


_HIT_FIELDS = ("article", "span", "text", "category", "stance", "in_quote", "term", "frame",
               "scare_quoted", "distanced", "speaker")


def _hit(article, span, text, category, stance, in_quote, term, frame, scare_quoted, distanced,
         speaker) -> FramingHit:
    """FramingHit(...), made without the frozen dataclass's per-field __setattr__: its dict
    built at once (a dict display of the fields, in order), so the same object."""
    hit = _new(FramingHit)
    _set(hit, "__dict__", {"article": article, "span": span, "text": text, "category": category,
                           "stance": stance, "in_quote": in_quote, "term": term, "frame": frame,
                           "scare_quoted": scare_quoted, "distanced": distanced, "speaker": speaker})
    return hit


_new, _set = object.__new__, object.__setattr__
if (tuple(f.name for f in fields(FramingHit)) != _HIT_FIELDS or hasattr(FramingHit, "__post_init__")
        or getattr(FramingHit, "__slots__", None) is not None):
    _hit = FramingHit  # noqa: F811 - the model changed: build hits the ordinary way


def _label_only(q: Quote, text: str, start: int, end: int) -> bool:
    """Marks around a label rather than speech: a short quote (scare quotes), or one holding
    nothing but this label («المقاومة الإسلامية في العراق»), with no speech verb before it."""
    if q.kind != "marks":
        return False  # marks after a speech verb hold speech
    return q.scare or text[q.span[0] + 1:q.span[1] - 1].strip() == text[start:end]


def _is_own(speaker: str, own: tuple[str, ...]) -> bool:
    """_is_own_plain, remembered per speaker and names (asked for every label it quotes)."""
    got = _OWN.get((speaker, own))
    if got is None:
        if len(_OWN) > 4096:
            _OWN.clear()
        got = _OWN[(speaker, own)] = _is_own_plain(speaker, own)
    return got


def _is_own_plain(speaker: str, own: tuple[str, ...]) -> bool:
    words = f" {_fold_cached(speaker)} "
    return any(f" {n} " in words for n in own)


_OWN: dict[tuple[str, tuple[str, ...]], bool] = {}


def _distanced(text: str, tokens: list[Token], found, quotes: list[Quote], markers=None) -> set[int]:
    """Indexes (into `found`) of labels governed by a distancing marker (`markers`: the indexes
    of the markers in `found`, when known)."""
    out: set[int] = set()
    if markers is None:
        markers = [n for n, f in enumerate(found) if f[3].entry.term.distance]
    for n in markers:
        i, j, span, m = found[n]
        direction = m.entry.term.distance
        if direction == "next":
            for k in range(n + 1, len(found)):
                i2, _j2, span2, m2 = found[k]
                if i2 - j > DISTANCE_WINDOW or _BREAK.search(text, span[1], span2[0]):
                    break
                if not m2.entry.term.distance:
                    out.add(k)
                    break
        elif direction == "prev":
            quote = next((q for q in quotes if 0 <= span[0] - q.span[1] <= 3
                          and q.kind in ("marks", "speech")), None)
            if quote is not None:
                out.update(k for k, f in enumerate(found)
                           if quote.span[0] <= f[2][0] and f[2][1] <= quote.span[1])
                continue
            for k in range(n - 1, -1, -1):
                _i2, j2, span2, m2 = found[k]
                if i - j2 > DISTANCE_WINDOW or _BREAK.search(text, span2[1], span[0]):
                    break
                if not m2.entry.term.distance:
                    out.add(k)
                    break
    return out


def terms_in(text: str, matcher: TermMatcher) -> list[Term]:
    """Lexicon terms found in a short piece of text (used to classify substitutions)."""
    return [m.entry.term for _i, m in _scan(tokenize(normalize(text)), matcher, text)]


__all__ = ["Match", "TermMatcher", "find_terms", "headline_span", "matcher_for", "terms_in",
           "word_key"]
