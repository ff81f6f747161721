"""The term matcher's tables, built from a lexicon once and kept as plain data.

`build(lexicon)` gives dicts, lists, tuples, strings and frozensets only (no Term or Match
objects: the matcher makes those at first use), so the derived cache reads them in about
half a millisecond, a fifth of what a pickle of a whole matcher took.

It also writes the matcher's word screen: a regular expression over whole words that says
whether a word CAN start a term, so that most words of an article are set aside by one regex
pass over all of them, in C, without reading them morphologically. The screen accepts a
superset of the words in which the matcher's own route can find something:

    a word's readings (morphology.readings) are prefix + core + ending, from closed lists,
    and each reading's stem is made from its core in one of a few ways (the core itself, its
    feminine ending dropped or restored, ى/ء/ا put back for a changed last letter, see
    `readings`). `cores_for` turns those ways round: for a set of stems, every core that can
    give one of them. A word can have a reading with a stem in the set only when it is
    some prefix + one of those cores + some ending, which is what the screen matches.

The screen never decides a match; it only skips words in which the full route would find
nothing (tests/test_speed_framing.py checks this against the plain route).
"""
from __future__ import annotations

import re
from array import array
from typing import Iterable

from . import derived, rx
from .lexicon import Lexicon
from .morphology import (IMPERFECT_PREFIXES, NOUN_ENDINGS, NOUN_PREFIXES, PERFECT_PREFIXES,
                         VERB_ENDINGS, definite_core, stem_of, transposition_key, verb_stems)
from .normalize import normalize, tokenize

GLUE_WORDS = frozenset("علي في من عن الي مع".split())
TABLES_VERSION = "2"


def word_forms(key: str) -> frozenset[str]:
    """What a following word of a term may be: its key, without the article, its stem."""
    core = definite_core(key)
    return frozenset({key, core, stem_of(core)})


def keys_of(words) -> list[str]:
    return [definite_core(t.key) for w in words for t in tokenize(normalize(w))[:1]]


def build(lexicon: Lexicon) -> dict:
    """entries: (term order, form, first stem, forms of each following word, verb) for every
    indexed form; index: (stem, kind) -> entry numbers; typos: transposition key -> [(stem,
    entry number)]; unless: per term order (unless_next keys, unless_prev keys); screen and
    rest_screen: the word screens' patterns; cores, typo_cores: the cores that can give an
    indexed stem, a typo entry's stem with two letters swapped; heads, typo_heads: see
    TermMatcher._may_match and _may_be_typo."""
    entries: list[tuple] = []
    index: dict[tuple[str, str], list[int]] = {}
    typos: dict[tuple, list[tuple[str, int]]] = {}
    unless: list[tuple[frozenset[str], frozenset[str]]] = []
    forms_of: dict[str, frozenset[str]] = {}  # one set per following word, shared by entries
    for order, term in enumerate(lexicon.terms):
        forms = [(f, term.pos == "verb") for f in (term.term, *term.variants)]
        forms += [(f, False) for f in term.derived] + [(f, True) for f in term.verbs]
        for form, verb in forms:
            keys = [t.key for t in tokenize(normalize(form))]
            if not keys:
                continue
            rest = tuple(forms_of.get(k) or forms_of.setdefault(k, word_forms(k)) for k in keys[1:])
            if verb:
                stems = verb_stems(keys[0])
            else:
                stems = [(stem_of(definite_core(keys[0])), "noun")]
            for stem, kind in stems:
                n = len(entries)
                entries.append((order, form, stem, rest, verb))
                index.setdefault((stem, kind), []).append(n)
                sig = transposition_key(stem)
                if sig and not rest and kind == "noun":
                    typos.setdefault(sig, []).append((stem, n))
        nxt, prev = frozenset(keys_of(term.unless_next)), frozenset(keys_of(term.unless_prev))
        unless.append((nxt or _NONE, prev or _NONE))  # one empty set for all: one in the pickle
    stems = {stem for stem, _kind in index}
    swapped = {v for entries_ in typos.values() for stem, _n in entries_ for v in swaps(stem)}
    by_kind: dict[str, set[str]] = {"noun": set(), "perfect": set(), "imperfect": set()}
    for stem, kind in index:
        by_kind[kind].add(stem)
    noun_endings = set(NOUN_ENDINGS) | {"ي"}  # ي: the construct reading (مقاتلي)
    # entries_for can find something in a word only when a reading's stem is an indexed stem
    # of its kind (_lookup), a noun reading's stem is one with two letters swapped (_typo), or
    # the word is one of those glued to a following short word or article-word (_glued)
    screen = word_pattern([(NOUN_PREFIXES, cores_for(by_kind["noun"] | swapped), noun_endings),
                           (PERFECT_PREFIXES, cores_for(by_kind["perfect"]), VERB_ENDINGS),
                           (IMPERFECT_PREFIXES, cores_for(by_kind["imperfect"]), VERB_ENDINGS)],
                          tail="(?:" + "|".join(sorted(GLUE_WORDS)) + "|ال[^\\n]{2,})?")
    # a word that follows a term's first word is read only when a noun reading's stem can be
    # one of the forms the terms' following words take
    rest_forms = set().union(*forms_of.values())
    rest_screen = word_pattern([(NOUN_PREFIXES, cores_for(rest_forms), noun_endings)])
    # each string, tuple and set once (derived.shared): stems and forms recur across entries,
    # the index and the typo table, and the derived cache keeps and reads back one of each
    return derived.shared({"version": TABLES_VERSION, "entries": entries, "index": index, "typos": typos,
            "unless": unless, "screen": screen, "rest_screen": rest_screen,
            "programs": {"screen": _program(screen), "rest_screen": _program(rest_screen)},
            # the core sets as one string each (split at first use: a third of the time
            # marshal takes to read a list of the same strings)
            "cores": _joined(cores_for(stems)), "typo_cores": _joined(cores_for(swapped)),
            "heads": heads(stems),
            "typo_heads": frozenset(stem[:2] for entries_ in typos.values() for stem, _n in entries_)})


def _joined(words) -> str:
    return "\n".join(sorted(words))


def word_set(tables: dict, name: str) -> frozenset[str]:
    """The set of words kept as `name` in `tables` (see _joined)."""
    return frozenset(tables[name].split("\n")) if tables[name] else frozenset()


def _program(pattern: str):
    """The compiled program of a screen (what `re` hands its engine), kept with the tables: a
    screen is rebuilt from it in a fraction of a millisecond, where compiling takes tens. Not
    in rx's shared store, which every process reads at start: a screen changes with each
    lexicon, and would pile up there."""
    try:
        prog = list(rx._program(pattern, int(re.MULTILINE)))
        prog[2] = array("I", prog[2]).tobytes()  # thousands of small ints: one string to read
        return tuple(prog)
    except Exception:  # noqa: BLE001 - regex internals differ: compile at first use instead
        return None


def compiled(tables: dict, name: str) -> re.Pattern:
    """The screen `name` of `tables`, from its kept program, else compiled afresh."""
    prog = tables.get("programs", {}).get(name)
    if prog is not None and rx._sre is not None:
        try:  # the integers read in place from the kept bytes (no copy of them first)
            code = memoryview(prog[2]).cast("I").tolist()
            return rx._sre.compile(prog[0], prog[1], code, *prog[3:])
        except Exception:  # noqa: BLE001 - a program this engine refuses
            pass
    return re.compile(tables[name], re.MULTILINE)


_NONE: frozenset[str] = frozenset()
_ADDED_LAST = frozenset("هايء")  # letters a reading may add to a stem or put for its last
_BEFORE_ADDED = "تاوي"  # what follows, in the word, the letters before such an added one


def heads(stems) -> tuple[frozenset[str], ...]:
    """What a word must hold, after its prefix, for each stem to be one of its readings (see
    TermMatcher._may_match), by length (one to three letters)."""
    by_len: tuple[set[str], set[str], set[str]] = (set(), set(), set())
    for stem in stems:
        if len(stem) >= 4 or stem[-1:] not in _ADDED_LAST:
            found = {stem[:3]}
        else:  # a short stem whose last letter may have been added
            found = {stem[:-1] + c for c in _BEFORE_ADDED + stem[-1]}
        for head in found:
            if head:
                by_len[len(head) - 1].add(head)
    return tuple(frozenset(h) for h in by_len)


def swaps(stem: str) -> set[str]:
    """Stems one swap of neighbouring letters among the last three away (see one_swap_apart)."""
    out = set()
    for i in (len(stem) - 3, len(stem) - 2):
        if i >= 0 and stem[i] != stem[i + 1]:
            out.add(stem[:i] + stem[i + 1] + stem[i] + stem[i + 2:])
    return out


def cores_for(stems: Iterable[str]) -> set[str]:
    """Every core (a word without prefix and ending) from which `readings` can make one of
    `stems`. readings makes a stem from a core as: stem_of(core) (the core, or the core less
    a feminine ه); stem_of(core + ه) (ة restored before ت, ات, تان, تين); core + ا (ات after a
    word in ا); core[:-1] + ي (ا before a pronoun for ى); core[:-1] + ء (او/اي before a pronoun
    for اء); core + ي (a perfect verb in ى before ت or و). Turned round, per stem:"""
    out: set[str] = set()
    for s in stems:
        out.add(s)
        out.add(s + "ه")  # stem_of(core) when core = stem + ة
        last = s[-1:]
        if last in ("ه", "ا", "ي"):
            out.add(s[:-1])  # core + ه, core + ا, core + ي
        if last == "ي":
            out.add(s[:-1] + "ا")
        if last == "ء":
            out.add(s[:-1] + "و")
            out.add(s[:-1] + "ي")
    out.discard("")
    return out


def word_pattern(shapes, tail: str = "") -> str:
    """A whole word (a line, under re.MULTILINE) that is, for one of `shapes` (prefixes, cores,
    endings), some prefix, a core, some ending; a prefix or an ending may be left out where
    its list holds ""."""
    alts = []
    for prefixes, cores, endings in shapes:
        c = trie(cores)
        if not c:
            continue
        p, e = trie(prefixes), trie(endings)
        alts.append((f"(?:{p})" + ("?" if "" in prefixes else "") if p else "") + f"(?:{c})"
                    + ((f"(?:{e})" + ("?" if "" in endings else "")) if e else ""))
    return "^(?:" + ("|".join(alts) or "(?!)") + ")" + tail + "$"


def trie(words: Iterable[str]) -> str:
    """An alternation of `words` as a regex trie (shared beginnings written once), so the
    engine follows one branch per letter instead of trying every word; "" is left out."""
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body
