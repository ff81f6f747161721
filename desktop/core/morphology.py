"""Light Arabic morphology for the lexicon matcher: the stems a news word can be read as.

A word is read as proclitics + stem + endings, each taken from closed lists: conjunctions and
prepositions (و ف ب ك ل) with or without the article (ال, لل), the imperfect prefixes of verbs
(ي ت ن ا, with س/ل before them), the feminine, dual and plural endings (ة ات ين ون تان تين,
tanween alif; not the masculine dual ان, which would read العدوان as two enemies) and the
attached pronouns (ه ها هم هما هن نا كم ك ي). Stems compare after the
feminine ending is dropped, so المقاومة, للمقاومين and مقاومتها share the stem مقاوم, and one
lexicon form matches them all. Words are the keys of `normalize.word_key` (hamza seats, ى/ي,
ة/ه, diacritics and أمريكي/أميركي, مليشيا/ميليشيا already folded).

Verbs: a verb form in the lexicon written in the perfect (احتل, أعلن, زعم) also yields its
imperfect stem when it starts with an alef that the imperfect drops (احتل -> يحتل, تحتلها);
a form written in the imperfect (يقول, يؤكد) gives the stem after its ي.
"""
from __future__ import annotations

from functools import lru_cache, partial
from itertools import product
from typing import NamedTuple

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")
NOUN_PREFIXES = frozenset(
    c + ("لل" if p == "ل" and a else p + a) for c, p, a in product(_CONJ, _PREP, ("", "ال")))
PERFECT_PREFIXES = frozenset(_CONJ)
IMPERFECT_PREFIXES = frozenset(c + t + p for c, t, p in product(_CONJ, ("", "س", "ل"), "يتنا"))

PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "كم", "ك")  # not -ي "my": it reads
# every nisba adjective (الإسرائيلي, عدواني) as "my …"
# (inflection, whether a pronoun must follow it)
_NOUN_INFLECTIONS = (("", False), ("ه", False), ("ات", False), ("ين", False), ("ون", False),
                     ("تان", False), ("تين", False), ("ا", False),
                     ("ت", True), ("ي", True), ("ا", True))
_VERB_SUBJECTS = ("", "ت", "وا", "ا", "ن", "نا", "تم", "تما", "ون", "ين", "ان", "تا", "تن", "و")


def _noun_endings() -> dict[str, list[tuple[str, bool]]]:
    """ending -> [(inflection it contains, whether it has a pronoun)]"""
    out: dict[str, list[tuple[str, bool]]] = {}
    for (infl, needs), pron in product(_NOUN_INFLECTIONS, PRONOUNS):
        if needs and not pron:
            continue
        if pron and infl in ("ه", "ين", "ون", "تان", "تين"):
            continue  # these drop or change before a pronoun (ت, ي, ا stand for them)
        if infl == "ي" and pron == "ه":
            continue  # -يه is far more often a feminine nisba (عدوانية) than "his …"
        out.setdefault(infl + pron, []).append((infl, bool(pron)))
    return out


NOUN_ENDINGS = _noun_endings()
VERB_ENDINGS: dict[str, bool] = {}  # ending -> holds an object pronoun
for _s, _o in product(_VERB_SUBJECTS, PRONOUNS):
    if (_s == "و" and not _o) or (_s == "وا" and _o):
        continue
    VERB_ENDINGS[_s + _o] = VERB_ENDINGS.get(_s + _o, False) or bool(_o)
_MAX_NOUN_END = max(map(len, NOUN_ENDINGS))
_MAX_VERB_END = max(map(len, VERB_ENDINGS))
MIN_STEM = 2


def stem_of(core: str) -> str:
    """The comparison form of a noun core: the feminine ending dropped (not from a short
    word, where it would leave another word: غارة is not غار, ضحية is not ضحى)."""
    return core[:-1] if core.endswith("ه") and len(core) > 4 else core


def definite_core(key: str) -> str:
    """A lexicon word without its article (الكيان -> كيان; الله stays)."""
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


class Reading(NamedTuple):  # a named tuple: readings are made for every new word
    stem: str
    kind: str  # "noun", "perfect" or "imperfect"
    ending: str  # the whole ending, "" if none
    pronoun: bool  # the ending holds an attached pronoun
    construct: bool  # a construct-state ending (ي) with no pronoun: مقاتلي


MAX_PREFIX = 5  # letters a reading may take off the front of a word


def _prefix_splits(key: str, prefixes: frozenset[str]):
    for n in range(0, min(MAX_PREFIX, len(key) - MIN_STEM) + 1):
        if key[:n] in prefixes:
            yield key[:n], key[n:]


@lru_cache(maxsize=200_000)
def readings(key: str) -> tuple[Reading, ...]:
    """Every way to read the word `key` as clitics + stem + ending."""
    return _readings(key)


def readings_from(key: str, cores: frozenset[str]) -> tuple[Reading, ...]:
    """Readings of `key` made only from cores (the word less a prefix and an ending) in
    `cores`. When `cores` holds every core that can give a stem in a set S
    (term_tables.cores_for), its readings with a stem in S are those of readings(key) with a
    stem in S, in the same order (others may differ). Not remembered: for words read once."""
    return tuple(map(_reading, readings_in(key, cores)))


def readings_in(key: str, cores: frozenset[str]) -> list[tuple]:
    """readings_from(key, cores) as plain tuples (stem, kind, ending, pronoun, construct), the
    same readings in the same order. The places where a core can stand (a prefix and an
    ending whose core is in `cores`) are found once for nouns and verbs together; the
    readings are then written from those places only, in _readings' order."""
    size = len(key)
    top = size - MIN_STEM
    places = _places(key, size, top, cores) if top >= 0 else []
    construct = key[-1:] == "ي"
    if not places and not construct:
        return []
    out: dict[tuple, tuple] = {}  # as in _readings: a later reading of the same key wins
    verbs = []
    for p, n in places:
        ending = key[size - n:] if n else ""
        head = _HEADS[key[:p]]
        infls, vpron = _TAILS[ending]
        if vpron is not None and (head[1] or head[2]):
            verbs.append((p, n, ending, head, vpron))
        if not head[0] or infls is None:
            continue
        core0 = key[p:size - n]
        for infl, pron in infls:
            core = core0 + "ه" if infl == "ت" else core0
            stem = core[:-1] if core[-1] == "ه" and len(core) > 4 else core
            if len(stem) >= MIN_STEM:
                construct_ = infl == "ي" and not pron
                out[(stem, "noun", ending, construct_)] = (stem, "noun", ending, pron, construct_)
            if infl in _FEMININE_PLURALS:
                stem = core if len(core) > 3 else core + "ه"
                if len(stem) >= MIN_STEM:
                    out[(stem, "noun", ending, False)] = (stem, "noun", ending, pron, False)
                if infl == "ات":
                    out[(core + "ا", "noun", ending, False)] = (core + "ا", "noun", ending, pron, False)
            if pron:
                if core[-1] == "ا":
                    stem = core[:-1] + "ي"
                    out[(stem, "noun", ending, False)] = (stem, "noun", ending, pron, False)
                if core[-2:] in ("او", "اي"):
                    stem = core[:-1] + "ء"
                    out[(stem, "noun", ending, False)] = (stem, "noun", ending, pron, False)
    if construct:
        for p in range(min(MAX_PREFIX, top) + 1):
            if top - p >= 1 and key[:p] in NOUN_PREFIXES and key[p:size - 1] in cores:
                stem = stem_of(key[p:size - 1])
                out[(stem, "noun", "ي", True)] = (stem, "noun", "ي", False, True)
    for kind, which in (("perfect", 1), ("imperfect", 2)):
        for p, n, ending, head, pron in verbs:
            if head[which]:
                stem = key[p:size - n]
                out[(stem, kind, ending, False)] = (stem, kind, ending, pron, False)
                if which == 1 and ending[:1] in ("ت", "و"):
                    out[(stem + "ي", kind, ending, False)] = (stem + "ي", kind, ending, pron, False)
    return list(out.values())


def _places(key: str, size: int, top: int, cores) -> list[tuple[int, int]]:
    """[(p, n) for p in range(min(MAX_PREFIX, top) + 1) if key[:p] in _HEADS
    for n in range(min(_MAX_END, top) + 1) if key[size - n:] in _TAILS
    if n <= top - p and key[p:size - n] in cores], with fewer look-ups: the word's ends are
    tried only while they are the end of some ending (likewise its beginnings and prefixes),
    as a longer one cannot be one then; "" is both a prefix and an ending."""
    tails = [0]
    n = 1
    while n <= top:  # (no ending is longer than _MAX_END: the look-up stops before)
        found = _TAIL_PARTS.get(key[-n:])
        if found is None:
            break
        if found:
            tails.append(n)
        n += 1
    places = [(0, n) for n in tails if key[:size - n] in cores]
    p = 1
    while p <= top and p <= MAX_PREFIX:
        found = _HEAD_PARTS.get(key[:p])
        if found is None:
            break
        if found:
            places += [(p, n) for n in tails if n <= top - p and key[p:size - n] in cores]
        p += 1
    return places


def noun_readings(key: str) -> tuple[Reading, ...]:
    """The noun readings of `key`: those of readings(key) whose kind is "noun", in order
    (made without the verb readings, which come after them and never replace one)."""
    return _readings(key, verbs=False)


def _readings(key: str, cores: frozenset[str] | None = None, verbs: bool = True) -> tuple[Reading, ...]:
    out: dict[tuple, tuple] = {}  # (stem, kind, ending, construct) -> reading; a later one wins
    size = len(key)
    top = size - MIN_STEM  # the most letters a prefix and an ending may take together
    # an ending is the word's tail whatever prefix comes off, so each is looked up once; the
    # readings are made in the same order as prefix by prefix (the order decides ties later)
    noun_tails = []
    verb_tails = []
    for n in range(min(_MAX_END, top) + 1):
        tail = key[size - n:] if n else ""
        if n and tail not in _TAIL_PARTS:
            break  # no longer tail ends an ending either (see _places)
        found = _TAILS.get(tail)
        if found is not None:
            infls, pron = found
            if infls is not None:
                noun_tails.append((n, tail, infls))
            if pron is not None:
                verb_tails.append((n, tail, pron))
    starts = [(0, _HEADS[""])] if top >= 0 else []
    for p in range(1, min(MAX_PREFIX, top) + 1):
        head = _HEAD_PARTS.get(key[:p])
        if head is None:
            break
        if head:
            starts.append((p, _HEADS[key[:p]]))
    noun_starts = [p for p, (noun, _perfect, _imperfect) in starts if noun]
    for p in noun_starts:
        room = top - p  # the longest ending that leaves a stem
        for n, ending, infls in noun_tails:
            if n > room:
                break
            core0 = key[p:size - n]
            if cores is not None and core0 not in cores:
                continue
            for infl, pron in infls:
                core = core0 + "ه" if infl == "ت" else core0  # ta marbuta before a pronoun: مقاومتها
                stem = core[:-1] if core[-1] == "ه" and len(core) > 4 else core  # stem_of
                if len(stem) >= MIN_STEM:
                    construct = infl == "ي" and not pron
                    out[(stem, "noun", ending, construct)] = (stem, "noun", ending, pron, construct)
                if infl in _FEMININE_PLURALS:
                    stem = core if len(core) > 3 else core + "ه"  # stem_of(core + ه): غارات <- غارة
                    if len(stem) >= MIN_STEM:
                        out[(stem, "noun", ending, False)] = (stem, "noun", ending, pron, False)
                    if infl == "ات":  # ميليشيات <- ميليشيا
                        out[(core + "ا", "noun", ending, False)] = (core + "ا", "noun", ending, pron, False)
                if pron:
                    if core[-1] == "ا":  # قتلاهم <- قتلى
                        stem = core[:-1] + "ي"
                        out[(stem, "noun", ending, False)] = (stem, "noun", ending, pron, False)
                    if core[-2:] in ("او", "اي"):  # وكلاؤها <- وكلاء
                        stem = core[:-1] + "ء"
                        out[(stem, "noun", ending, False)] = (stem, "noun", ending, pron, False)
    # construct plural without pronoun: مقاتلي (only useful before another word)
    if key[-1:] == "ي":
        for p in noun_starts:
            if top - p >= 1 and (cores is None or key[p:size - 1] in cores):
                stem = stem_of(key[p:size - 1])
                out[(stem, "noun", "ي", True)] = (stem, "noun", "ي", False, True)
    if not verbs:
        return tuple(map(_reading, out.values()))
    for kind, which in (("perfect", 1), ("imperfect", 2)):
        for p, kinds in starts:
            if not kinds[which]:
                continue
            room = top - p
            for n, ending, pron in verb_tails:
                if n > room:
                    break
                stem = key[p:size - n]
                if cores is not None and stem not in cores:
                    continue
                out[(stem, kind, ending, False)] = (stem, kind, ending, pron, False)
                if which == 1 and ending[:1] in ("ت", "و"):  # نفت, ادعوا <- نفى, ادعى
                    out[(stem + "ي", kind, ending, False)] = (stem + "ي", kind, ending, pron, False)
    return tuple(map(_reading, out.values()))


_FEMININE_PLURALS = frozenset(("ات", "تان", "تين"))
_MAX_END = max(_MAX_NOUN_END, _MAX_VERB_END)
# every ending: (its noun inflections or None, whether as a verb ending it holds a pronoun or None)
_TAILS = {t: (NOUN_ENDINGS.get(t), VERB_ENDINGS.get(t)) for t in {*NOUN_ENDINGS, *VERB_ENDINGS}}
# every prefix: whether it starts a noun, a perfect verb, an imperfect verb ("" no imperfect)
_HEADS = {h: (h in NOUN_PREFIXES, h in PERFECT_PREFIXES, bool(h) and h in IMPERFECT_PREFIXES)
          for h in {*NOUN_PREFIXES, *PERFECT_PREFIXES, *IMPERFECT_PREFIXES}}
_TAIL_LENGTHS = tuple(range(max(_MAX_END, MAX_PREFIX) + 1))
# every beginning of a prefix and every end of an ending (not ""), and whether it is one itself
_HEAD_PARTS = {h[:k]: h[:k] in _HEADS for h in _HEADS for k in range(1, len(h) + 1)}
_TAIL_PARTS = {t[len(t) - k:]: t[len(t) - k:] in _TAILS for t in _TAILS for k in range(1, len(t) + 1)}
if "" not in _HEADS or "" not in _TAILS or any(len(t) > _MAX_END for t in _TAILS):
    raise ImportError("morphology: _places needs \"\" among prefixes and endings, none longer than _MAX_END")
_new = tuple.__new__  # Reading(*r) without the named tuple's Python-level __new__
_reading = partial(_new, Reading)  # the same, as a C-level call (map needs no Python frame)


def verb_stems(form_key: str) -> list[tuple[str, str]]:
    """(stem, kind) under which a lexicon verb form is indexed."""
    if form_key.startswith("ي") and len(form_key) > 3:
        return [(form_key[1:], "imperfect")]
    stems = [(form_key, "perfect")]
    if form_key.startswith("ا") and len(form_key) >= 4:
        stems.append((form_key[1:], "imperfect"))  # احتل -> يحتل, أعلن -> يعلن
    elif len(form_key) >= 3:
        stems.append((form_key, "imperfect"))  # زعم -> يزعم
    return stems


def transposition_key(stem: str) -> tuple | None:
    """A key equal for two stems that differ by swapping two neighbouring letters after the first."""
    if len(stem) < 5:
        return None
    return (stem[0], len(stem), "".join(sorted(stem[1:])))


def one_swap_apart(a: str, b: str) -> bool:
    """b is a with two neighbouring letters swapped among its last three (عدوان/عداون); swaps
    nearer the start too often make another real word (عملاء/علماء)."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] >= len(a) - 3 \
        and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
