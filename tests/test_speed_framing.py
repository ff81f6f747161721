"""The framing speed work changes how terms are found, never which: each fast route (word
screens, reading groups, match plans, readings from cores, quote and boilerplate bisection,
marks found in one pass, the reported-speech scan between triggers) is checked here against
the plain route on generated Arabic text built from the lexicon's own terms, with clitics,
endings, typos, glued words, quotes, reported speech and boilerplate."""
from __future__ import annotations

import pickle
import random
import re

import pytest

from desktop.core import framing, quotes as quotes_mod, term_tables
from desktop.core.boilerplate import in_boilerplate
from desktop.core.framing import Match, TermMatcher, _noun_stems, find_terms, matcher_for
from desktop.core.lexicon import default_lexicon
from desktop.core.model import BoilerplateMark, FramingHit
from desktop.core.morphology import one_swap_apart, readings, readings_from, transposition_key
from desktop.core.normalize import normalize, tokenize
from desktop.core.quotes import Quote, find_quotes
from desktop.core.segment import segment

PREFIXES = ("", "", "و", "ف", "ب", "ل", "ال", "لل", "وال", "بال", "وب", "س", "ست", "وي", "فت")
ENDINGS = ("", "", "ها", "هم", "ات", "ين", "ون", "ه", "ة", "تها", "وا", "ي", "ان", "تين", "نا", "كم")
FILLER = ("قال", "المتحدث", "إن", "في", "من", "على", "اليوم", "أمس", "مصدر", "الشرطة", "المدينة",
          "أن", "وأضاف", "بحسب", "وفق", "أكد", "الوزارة", "بيان", "شهود", "عيان", "ما", "يسمى",
          "هجرة", "هجره", "العام", "الادعاء", "عن", "لكن", "كما", "مراسلنا", "الطائرات", "قصفت",
          "قتلة", "قتله", "روجه", "ذكرة", "ذكره", "شدة", "نفاه", "نفاة")
QUOTES = (("«", "»"), ("“", "”"), ('"', '"'), ("»", "«"), ("„", "“"))


def _forms(lexicon) -> list[str]:
    return [f for t in lexicon.terms for f in (t.term, *t.variants, *t.derived, *t.verbs)]


def _mangle(word: str, rng: random.Random) -> str:
    """A lexicon word as news text writes it: clitics, endings, a swap, a glued neighbour."""
    w = rng.choice(PREFIXES) + word + rng.choice(ENDINGS)
    r = rng.random()
    if r < 0.12 and len(w) >= 5:
        k = len(w) - rng.randint(2, 3)
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]  # a typo: neighbouring letters swapped
    elif r < 0.2:
        w += rng.choice(("في", "على", "من", "الاحتلال", "القوات"))  # a missing space
    elif r < 0.24:
        w = w[:-1]
    return w


def _words(lexicon, n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    forms = _forms(lexicon)
    senses = [t for t in lexicon.terms if t.unless_next or t.unless_prev]
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.55:
            out.extend(_mangle(w, rng) for w in rng.choice(forms).split())
        elif r < 0.65:  # a term next to a word that gives it another sense
            t = rng.choice(senses)
            form = rng.choice((t.term, *t.variants, *t.derived, *t.verbs))
            out.extend(([rng.choice(t.unless_prev)] if t.unless_prev and rng.random() < 0.5 else [])
                       + [_mangle(w, rng) for w in form.split()]
                       + ([rng.choice(t.unless_next)] if t.unless_next else []))
        else:
            out.append(rng.choice(FILLER))
    return out


def _text(lexicon, seed: int, paragraphs: int = 6) -> str:
    """Paragraphs of terms and filler with quotes of every style, reported speech, sources."""
    rng = random.Random(seed)
    paras = []
    for p in range(paragraphs):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            words = _words(lexicon, rng.randint(3, 14), seed * 100 + p * 10 + len(sentences))
            if rng.random() < 0.4:  # marks around some words, now and then left open
                a = rng.randrange(len(words))
                b = min(len(words), a + rng.randint(1, 6))
                op, cl = rng.choice(QUOTES)
                words[a] = op + words[a]
                if rng.random() < 0.85:
                    words[b - 1] = words[b - 1] + cl
            if rng.random() < 0.3:
                words[0:0] = [rng.choice(("وقال", "وأضاف", "أعلنت", "زعم")), rng.choice(FILLER), "إن"]
            if rng.random() < 0.2:
                words += ["،", rng.choice(("وفق", "بحسب")), "مصادر", "محلية"]
            sentences.append(" ".join(words) + rng.choice((".", ".", "؟", ":", "")))
        paras.append(" ".join(sentences))
    return "\n\n".join(paras)


class PlainMatcher(TermMatcher):
    """The matcher as it was before the speed work: every word read in full, no screens, no
    reading groups, no match plans."""

    def screen(self, keys):
        for key in keys:
            self.entries_for(key)
        return self._cache

    def _may_match(self, key):
        return True

    def _may_be_typo(self, key):
        return True

    def next_stems(self, key):
        return _noun_stems(key)

    def _typo(self, key):
        out = []
        for r in readings(key):
            if r.kind != "noun" or r.construct:
                continue
            for stem, n in self._typos.get(transposition_key(r.stem) or (), ()):
                entry = self._entry(n)
                if one_swap_apart(stem, r.stem) and not (entry.term.fixed and r.ending):
                    out.append(Match(1, entry, None, len(stem)))
        return tuple(out[:1])

    def _lookup(self, key, screened=False):
        cached = self._plain.get(key)
        if cached is not None:
            return cached
        found = {}
        for r in readings(key):
            for n in self._index.get((r.stem, r.kind), ()):
                entry = self._entry(n)
                if entry.term.fixed and r.ending or entry.rest and r.pronoun \
                        or not entry.rest and r.construct:
                    continue
                m = Match(entry.size, entry, None, len(r.stem), r.kind != "noun" and r.ending.endswith("ه"))
                old = found.get(id(entry))
                if old is None or (old.stem, old.verb_h) < (m.stem, not m.verb_h):
                    found[id(entry)] = m
        result = tuple(sorted(found.values(), key=lambda m: (m.size, m.stem, len(m.entry.form), m.entry.order),
                              reverse=True))
        self._plain[key] = result
        return result

    def match_at(self, tokens, i, text=None):
        cands = self.entries_for(tokens[i].key)
        nxt_key = tokens[i + 1].key if i + 1 < len(tokens) else None
        for m in cands:
            if m.verb_h and text is not None and framing._ends_in_ta_marbuta(text, tokens[i]):
                continue
            if m.size > 1:
                if m.cut is not None or nxt_key is None:
                    continue
                first = m.entry.rest[0]
                if nxt_key not in first and first.isdisjoint(_noun_stems(nxt_key)[0 if m.size == 2 else 1]):
                    continue
                if m.size > 2 and not framing._rest_matches(tokens, i, m.entry.rest):
                    continue
            nxt, prev = self._unless[m.entry.order]
            if nxt and any(framing._any_form(t.key, nxt) for t in tokens[i + m.size:i + m.size + 3]):
                continue
            if prev and i > 0 and framing._any_form(tokens[i - 1].key, prev):
                continue
            return m
        return None


def _plain_scan(tokens, matcher, text=None):
    i = 0
    while i < len(tokens):
        m = matcher.match_at(tokens, i, text) if matcher.entries_for(tokens[i].key) else None
        if m is None:
            i += 1
            continue
        yield i, m
        i += m.size


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


@pytest.fixture(scope="module")
def words(lexicon):
    return sorted(set(_words(lexicon, 6000, 1)) | {t.key for w in _words(lexicon, 3000, 2)
                                                     for t in tokenize(normalize(w))})


def test_the_word_screen_sets_aside_only_words_that_start_no_term(lexicon, words):
    keys = sorted({t.key for w in words for t in tokenize(normalize(w))})
    fast, plain = TermMatcher(lexicon), PlainMatcher(lexicon)
    found = set(fast._screen().findall("\n".join(keys)))
    assert 0 < len(found) < len(keys)  # the screen does set words aside
    fast.screen(keys)
    for key in keys:
        expected = plain.entries_for(key)
        assert fast._cache[key] == expected, key
        if expected:
            assert key in found, key


def test_the_rest_screen_drops_only_words_that_cannot_follow(lexicon, words):
    fast = TermMatcher(lexicon)
    forms = set().union(*(f for row in fast._rows for f in row[3]))
    dropped = 0
    for w in words:
        for key in (t.key for t in tokenize(normalize(w))):
            got = fast.next_stems(key)
            if got == framing._NO_STEMS and _noun_stems(key) != got:
                dropped += 1
                assert _noun_stems(key)[0].isdisjoint(forms), key
    assert dropped  # the screen does drop words


def test_readings_from_cores_keep_every_indexed_reading_in_order(lexicon, words):
    tables = term_tables.build(lexicon)
    index = tables["index"]
    cores = term_tables.word_set(tables, "cores")
    for w in words:
        for key in (t.key for t in tokenize(normalize(w))):
            full = [r for r in readings(key) if (r.stem, r.kind) in index]
            assert [r for r in readings_from(key, cores) if (r.stem, r.kind) in index] == full, key


def test_cores_for_turns_every_way_of_making_a_stem_round():
    rng = random.Random(4)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءلااتهيون"  # endings' letters more often
    for _ in range(4000):
        key = "".join(rng.choice(letters) for _ in range(rng.randint(2, 9)))
        for r in readings(key):
            assert r in readings_from(key, frozenset(term_tables.cores_for({r.stem}))), (key, r)


def test_terms_found_in_generated_text_match_the_plain_matcher(lexicon):
    fast, plain = TermMatcher(lexicon), PlainMatcher(lexicon)
    total = 0
    for seed in range(40):
        text = _text(lexicon, seed)
        tokens = tokenize(normalize(text))
        got = list(framing._scan(tokens, fast, text))
        assert got == list(_plain_scan(tokens, plain, text)), seed
        total += len(got)
    assert total > 200


def test_find_terms_matches_the_plain_route(lexicon, monkeypatch):
    fast = TermMatcher(lexicon)
    cases = []
    for seed in range(30):
        text = _text(lexicon, 100 + seed)
        seg = segment(text)
        tokens = tokenize(normalize(text))
        quotes = find_quotes(text, seg.paragraphs, seg.sentences, tokens)
        rng = random.Random(seed)
        marks = tuple(BoilerplateMark((s, s + rng.randint(5, 120)), "furniture")
                      for s in rng.sample(range(len(text)), 3)) if seed % 3 else ()
        cases.append((text, seg, tokens, quotes, marks))
    got = [find_terms(f"a{n}", text, tokens, fast, quotes, headline=framing.headline_span(text, seg.paragraphs),
                      own=("مراسلنا",), boilerplate=marks)
           for n, (text, seg, tokens, quotes, marks) in enumerate(cases)]
    monkeypatch.setattr(framing, "_scan", _plain_scan)
    monkeypatch.setattr(framing, "_quote_cover", lambda quotes: lambda start, end: True)
    monkeypatch.setattr(framing, "_hit", FramingHit)
    plain = PlainMatcher(lexicon)
    want = [find_terms(f"a{n}", text, tokens, plain, quotes, headline=framing.headline_span(text, seg.paragraphs),
                       own=("مراسلنا",), skip=lambda s, e, marks=marks: in_boilerplate(marks, s, e))
            for n, (text, seg, tokens, quotes, marks) in enumerate(cases)]
    assert got == want
    assert sum(map(len, got)) > 100 and any(h.in_quote for hits in got for h in hits)
    assert any(h.scare_quoted for hits in got for h in hits)


def test_quote_cover_and_boilerplate_bisection_agree_with_the_scans():
    rng = random.Random(8)
    for _ in range(300):
        spans = [(s, s + rng.randint(1, 60)) for s in (rng.randrange(400) for _ in range(rng.randint(0, 6)))]
        quotes = [Quote(sp, False) for sp in spans]
        marks = tuple(BoilerplateMark(sp, "furniture") for sp in spans)
        inside = framing._quote_cover(quotes)
        marked = framing._in_marks(marks) if marks else None
        for _ in range(40):
            start = rng.randrange(450)
            end = start + rng.randint(0, 30)
            assert inside(start, end) == any(q.span[0] <= start and end <= q.span[1] for q in quotes)
            if marked:
                assert marked(start, end) == in_boilerplate(marks, start, end)


def test_a_hit_made_fast_is_the_hit_the_dataclass_makes():
    values = ("a", (3, 9), "الاحتلال", "actors", "delegitimizing", True, "الاحتلال", "occupation",
              False, True, "المتحدث")
    fast, plain = framing._hit(*values), FramingHit(*values)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain
    assert vars(fast) == vars(plain)


def _plain_pair(text, marks, p_end, ends):
    """Every orientation tried; the one with fewest stray marks kept (the first on a tie)."""
    tried = [quotes_mod._pair_with(pairs, marks, p_end, ends) for pairs in quotes_mod._orientations(marks)]
    return min(tried, key=lambda spans_stray: spans_stray[1])[0]


def _plain_marks(text, paragraphs, sentences):
    ends = sorted(e for _s, e in sentences)
    out = []
    for p_start, p_end in paragraphs:
        marks = [(m.start(), m.group()) for m in quotes_mod._MARK_RE.finditer(text, p_start, p_end)]
        if marks:
            for s, e in _plain_pair(text, marks, p_end, ends):
                out.append(Quote((s, e), len(text[s + 1:e - 1].split()) <= quotes_mod.SCARE_QUOTE_MAX_WORDS))
    return out


def test_quotes_found_in_one_pass_and_between_triggers_match_the_word_by_word_scan(lexicon, monkeypatch):
    cases = []
    for seed in range(60):
        text = _text(lexicon, 500 + seed, paragraphs=4)
        seg = segment(text)
        cases.append((text, seg, tokenize(normalize(text))))
    fast = [find_quotes(text, seg.paragraphs, seg.sentences, tokens) for text, seg, tokens in cases]
    assert [find_quotes(text, seg.paragraphs, seg.sentences) for text, seg, _ in cases] == \
        [_plain_marks(text, seg.paragraphs, seg.sentences) for text, seg, _ in cases]
    original = quotes_mod._reported_in_sentence
    # every word a stop: the scan goes word by word, as it did
    monkeypatch.setattr(quotes_mod, "_reported_in_sentence",
                        lambda text, sent, s_end, first=0, triggers=None:
                        original(text, sent, s_end, first, list(range(len(sent)))))
    plain = [find_quotes(text, seg.paragraphs, seg.sentences, tokens) for text, seg, tokens in cases]
    assert fast == plain
    assert sum(q.kind == "reported" for qs in fast for q in qs) > 10
    assert sum(q.kind == "source" for qs in fast for q in qs) > 3


def test_tables_survive_the_derived_cache(tmp_path, monkeypatch, lexicon):
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("QARIN_DERIVED_CACHE", raising=False)
    framing._MATCHERS.clear()
    built = matcher_for(lexicon)
    framing._MATCHERS.clear()
    loaded = matcher_for(lexicon)  # read back from the cache
    assert loaded is not built and loaded._tables == built._tables
    assert list(tmp_path.glob("derived/matcher-tables-*"))
    text = _text(lexicon, 7)
    tokens = tokenize(normalize(text))
    assert find_terms("a", text, tokens, loaded, []) == find_terms("a", text, tokens, built, [])
    for name in ("screen", "rest_screen"):  # screens rebuilt from their kept programs
        assert term_tables.compiled(loaded._tables, name) == re.compile(loaded._tables[name], re.MULTILINE)
        without = {k: v for k, v in loaded._tables.items() if k != "programs"}
        assert term_tables.compiled(without, name) == re.compile(loaded._tables[name], re.MULTILINE)
    again = pickle.loads(pickle.dumps(loaded))  # the window sends matchers to its worker
    assert find_terms("a", text, tokens, again, []) == find_terms("a", text, tokens, built, [])
    framing._MATCHERS.clear()


def test_a_one_word_term_ruled_out_by_its_context_gives_way_to_the_next():
    """Match plans: the first one-word term of a word may need its context (a sense rule, a
    verb read with -ه); when it fails there, the next one is tried, as in the plain route."""
    from desktop.core.lexicon import Lexicon

    lex = Lexicon.from_dict({"categories": {"c": {"label": "C"}, "d": {"label": "D"}}, "terms": [
        {"term": "ادعاء", "category": "c"},
        {"term": "الادعاء", "category": "d", "unless_next": ["العام"]},
        {"term": "هجرة", "category": "c"},
        {"term": "هجر", "category": "d", "pos": "verb"},
        {"term": "الادعاء الكاذب", "category": "c"},
    ]})
    fast, plain = TermMatcher(lex), PlainMatcher(lex)
    texts = ["قال الادعاء العام إن", "الادعاء الكاذب", "والادعاء الذي", "هجرة الناس", "هجره الناس",
             "الادعاء", "ادعاء العام", "للادعاء العام الكاذب"]
    for text in texts:
        tokens = tokenize(normalize(text))
        assert list(framing._scan(tokens, fast, text)) == list(_plain_scan(tokens, plain, text)), text
    assert [t.category for t in framing.terms_in("قال الادعاء العام إن", fast)] == ["c"]
    assert [t.category for t in framing.terms_in("قال الادعاء إن", fast)] == ["d"]


def _plain_readings(key: str) -> tuple:
    """readings() written prefix by prefix and ending by ending, as it first was."""
    from desktop.core.morphology import (IMPERFECT_PREFIXES, MIN_STEM, NOUN_ENDINGS, NOUN_PREFIXES,
                                         PERFECT_PREFIXES, VERB_ENDINGS, _prefix_splits, stem_of)
    out = {}

    def add(stem, kind, ending, pronoun, construct=False):
        if len(stem) >= MIN_STEM:
            out[(stem, kind, ending, construct)] = (stem, kind, ending, pronoun, construct)

    for _prefix, rest in _prefix_splits(key, NOUN_PREFIXES):
        for n in range(len(rest) - MIN_STEM + 1):
            ending = rest[len(rest) - n:] if n else ""
            for infl, pron in NOUN_ENDINGS.get(ending, ()):
                core = rest[:len(rest) - n] + ("ه" if infl == "ت" else "")
                add(stem_of(core), "noun", ending, pron, infl == "ي" and not pron)
                if infl in ("ات", "تان", "تين"):
                    add(stem_of(core + "ه"), "noun", ending, pron)
                if infl == "ات":
                    add(core + "ا", "noun", ending, pron)
                if pron and core.endswith("ا"):
                    add(core[:-1] + "ي", "noun", ending, pron)
                if pron and core[-2:] in ("او", "اي"):
                    add(core[:-1] + "ء", "noun", ending, pron)
    if key.endswith("ي"):
        for _prefix, rest in _prefix_splits(key, NOUN_PREFIXES):
            if len(rest) - 1 >= MIN_STEM:
                add(stem_of(rest[:-1]), "noun", "ي", False, True)
    for kind, prefixes in (("perfect", PERFECT_PREFIXES), ("imperfect", IMPERFECT_PREFIXES)):
        for prefix, rest in _prefix_splits(key, prefixes):
            if kind == "imperfect" and not prefix:
                continue
            for n in range(len(rest) - MIN_STEM + 1):
                ending = rest[len(rest) - n:] if n else ""
                if ending in VERB_ENDINGS:
                    add(rest[:len(rest) - n], kind, ending, VERB_ENDINGS[ending])
                    if kind == "perfect" and ending[:1] in ("ت", "و"):
                        add(rest[:len(rest) - n] + "ي", kind, ending, VERB_ENDINGS[ending])
    return tuple(out.values())


def test_readings_are_those_read_prefix_by_prefix(words):
    rng = random.Random(6)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءلااتهيونوال"
    keys = [t.key for w in words for t in tokenize(normalize(w))]
    keys += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 11))) for _ in range(5000)]
    for key in keys:
        assert [tuple(r) for r in readings(key)] == list(_plain_readings(key)), key


def test_speech_and_condemning_verbs_by_one_set_lookup():
    sv, cv, conj = quotes_mod.SPEECH_VERBS, quotes_mod.CONDEMN_VERBS, ("و", "ف")
    keys = {p + v for v in sv | cv for p in ("", "و", "ف", "ب", "وو", "فو")} | {"", "و", "ف", "قالت"}
    keys |= {v[1:] for v in sv} | {v + "ه" for v in sv}
    for k in keys:
        assert quotes_mod._verb(k) == (k in sv or (k[:1] in conj and k[1:] in sv)), k
        assert quotes_mod._condemns(k) == (k in cv or (k[:1] in conj and k[1:] in cv)), k


def test_a_marked_quote_finds_its_speaker_the_same_by_bisecting_the_tokens(lexicon):
    checked = 0
    for seed in range(40):
        text = _text(lexicon, 900 + seed)
        seg = segment(text)
        tokens = tokenize(normalize(text))
        ends = [t.end for t in tokens]
        for q in find_quotes(text, seg.paragraphs):
            assert quotes_mod._with_speaker(q, text, tokens) == quotes_mod._with_speaker(q, text, tokens, ends)
            checked += 1
    assert checked > 50
