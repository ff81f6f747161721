"""Equivalence of the engine's fast routes with the plain routes they replace (issue 12, speed).

Each test runs the fast route and a plain one (written here as the code first stated it) on
generated text and fails on the first difference.
"""
from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from itertools import combinations

from desktop.core import segment as seg_mod
from desktop.core import stories as stories_mod
from desktop.core.align import _components, make_unit
from support import candidate_edges, plain_story_vectors
from desktop.core.analysis import boilerplate_test
from desktop.core.boilerplate import in_boilerplate
from desktop.core.model import BoilerplateMark
from desktop.core.normalize import Token, _normalize, tokenize_spans, word_key, word_spans
from desktop.core.paraphrase import unify_garbled
from desktop.core.reuse import _diff_unified, _surely_edited
from desktop.core.segment import segment
from desktop.core.significance import Weights, _is_arabic_word, formula_mask
from desktop.core.worddiff import EQUAL, _encode, diff_keys

LETTERS = list("ابتثجحخدذرسشصضطظعغفقكلمنهويأإآةى")
WORDS = ("قصفت الطائرات موقعين قرب النهر صباح اليوم وقال مصدر إن الغارة أسفرت عن إصابات في "
         "المدينة دون ورود معلومات عن خسائر بشرية العدوان على غزة الاحتلال الإسرائيلي المقاومة "
         "الإسلامية في العراق وزارة الصحة مستشفى الشفاء في وقت سابق").split()


def _text(rng: random.Random, n: int, alphabet) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- segment ---------------------------------------------------------------------------------

def _plain_strip(text, s, e):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _plain_segment(text):
    """segment() as first written: a look-behind regex, per-character strips and tests."""
    end_re = re.compile(seg_mod.SENTENCE_END_PLAIN)
    paras = []
    for m in re.finditer(r"[^\r\n]+", text):
        s, e = _plain_strip(text, m.start(), m.end())
        if s < e:
            paras.append((s, e))
    sents = []
    for start, end in paras:
        spans = []
        cursor = start
        for m in end_re.finditer(text, start, end):
            tail = text[m.start():m.end()]
            cut = len(tail.rstrip())
            while cut and tail[cut - 1] in "«“":
                cut -= 1
            s, e = _plain_strip(text, cursor, m.start() + cut)
            if any(c.isalnum() for c in text[s:e]):
                spans.append((s, e))
                cursor = m.start() + cut
        s, e = _plain_strip(text, cursor, end)
        if any(c.isalnum() for c in text[s:e]):
            if spans and not sum(c.isalpha() for c in text[s:e]) >= 2:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        sents.extend(spans)
    return tuple(paras), tuple(sents)


SEGMENT_ALPHABET = LETTERS[:8] + list("0193٣") + [" "] * 4 + [
    "\n", "\r\n", "\t", ".", "!", "?", "؟", "…", "«", "»", "“", "”", '"', "'", ")", "]", "}",
    "\u00a0", "\u2028", "_", "½", "²", "\u200f", "،"]


def test_sentence_end_regex_matches_the_look_behind_form():
    fast, plain = seg_mod._SENTENCE_END_RE, re.compile(seg_mod.SENTENCE_END_PLAIN)
    rng = random.Random(3)
    for _ in range(30000):
        t = _text(rng, rng.randint(0, 30), SEGMENT_ALPHABET)
        s = rng.randint(0, len(t))
        e = rng.randint(s, len(t))
        assert [m.span() for m in fast.finditer(t, s, e)] == [m.span() for m in plain.finditer(t, s, e)], t


def test_segment_matches_the_plain_route():
    rng = random.Random(1)
    for _ in range(4000):
        t = _text(rng, rng.randint(0, 90), SEGMENT_ALPHABET)
        got = segment(t)
        assert (got.paragraphs, got.sentences) == _plain_segment(t), repr(t)


def test_word_character_class_is_isalnum_and_strip_is_isspace():
    word = seg_mod._WORD_CHAR_RE
    for cp in range(0x3000):  # Latin, Arabic and their neighbours, digits of many scripts
        c = chr(cp)
        assert (word.match(c) is not None) == c.isalnum(), hex(cp)
        assert (c.strip() == "") == c.isspace(), hex(cp)


# --- tokens ----------------------------------------------------------------------------------

def _plain_tokenize_spans(norm, spans):
    out = [[] for _ in spans]
    if not spans:
        return out
    k = 0
    s, e = spans[0]
    for word, o_start, o_end in word_spans(norm):
        while o_start >= e:
            k += 1
            if k == len(spans):
                return out
            s, e = spans[k]
        if o_start >= s:
            out[k].append(Token(word_key(word), o_start, o_end))
    return out


def test_tokenize_spans_matches_the_word_by_word_route():
    alphabet = LETTERS + list("0123456789٣") + [" "] * 6 + [
        "\n", ".", "؟", "«", "»", "\u064e", "\u0651", "ـ", "_", "\u200f", "،", "-"]
    rng = random.Random(2)
    for _ in range(3000):
        t = _text(rng, rng.randint(0, 120), alphabet)
        spans = list(segment(t).sentences)
        if spans and rng.random() < 0.3:
            spans = spans[::2]  # words between spans are skipped
        got = tokenize_spans(_normalize(t), spans)
        assert got == _plain_tokenize_spans(_normalize(t), spans), t
        assert all(type(tok) is Token for toks in got for tok in toks)


# --- align -----------------------------------------------------------------------------------

def _random_units(rng, docs=4, per_doc=12):
    units = []
    for doc in range(docs):
        for idx in range(per_doc):
            words = [rng.choice(WORDS) for _ in range(rng.randint(2, 10))]
            norm = _normalize(" ".join(words))
            units.append(make_unit(doc, idx, (0, 1), tokenize_spans(norm, [(0, len(norm.original))])[0]))
    return units


def test_candidate_edges_with_weights_match_tuple_counting():
    rng = random.Random(7)
    for _ in range(20):
        units = _random_units(rng)
        by_doc = defaultdict(set)
        for u in units:
            by_doc[u.doc] |= u.keys
        weights = Weights(by_doc.values())
        for keys in by_doc.values():
            weights.prepare(keys)
        from desktop.core import align
        heavy = {k for k, w in weights.cache.items() if w >= align.RARE_WEIGHT}
        expected = defaultdict(dict)
        for plists, cap, rare in (
                (_postings(units, lambda u: u.bigrams), align.MAX_POSTING, False),
                (_postings(units, lambda u: u.keys & heavy),
                 align.MAX_RARE_POSTING, True)):
            counts = Counter()
            for plist in plists.values():
                if 2 <= len(plist) <= cap:
                    counts.update([(a, b) for a, b in combinations(plist, 2) if a[0] != b[0]])
            for ((da, ia), (db, ib)), n in counts.items():
                if not rare:
                    expected[(da, db)][(ia, ib)] = n
                elif n >= align.RARE_SHARED:
                    expected[(da, db)].setdefault((ia, ib), 0)
        got = candidate_edges(units, weights)
        assert got == expected
        assert [list(v) for v in got.values()] == [list(expected[k]) for k in got]  # same order


def _postings(units, keys_of):
    postings = defaultdict(list)
    for u in units:
        for g in keys_of(u):
            postings[g].append((u.doc, u.index))
    return postings


def _plain_components(edges):
    parent = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[find(("a", i))] = find(("b", j))
    comps = defaultdict(list)
    for i, j in edges:
        comps[find(("a", i))].append((i, j))
    return list(comps.values())


def test_components_over_int_labels_match_tuple_labels():
    rng = random.Random(9)
    for _ in range(2000):
        edges = {(rng.randint(0, 12), rng.randint(0, 12)): rng.random() for _ in range(rng.randint(0, 15))}
        assert _components(edges) == _plain_components(edges)


# --- significance ----------------------------------------------------------------------------

def test_arabic_letter_search_matches_the_character_ranges():
    for cp in range(0x0500, 0x0800):
        c = chr(cp)
        assert _is_arabic_word("x" + c + "1") == ("\u0620" <= c <= "\u064a" or "\u066e" <= c <= "\u06d3")
    assert not _is_arabic_word("2024") and not _is_arabic_word("")


def test_token_weights_match_the_per_word_route():
    rng = random.Random(11)
    phrases = ["دون ورود معلومات عن خسائر بشرية", "في وقت سابق"]
    weights = Weights()
    for _ in range(300):
        words = [rng.choice(WORDS) for _ in range(rng.randint(0, 25))]
        if rng.random() < 0.5:
            at = rng.randint(0, len(words))
            words[at:at] = rng.choice(phrases).split()
        keys = [t.key for t in tokenize_spans(_normalize(" ".join(words)), [(0, 10**6)])[0]]
        plain = [weights(k) for k in keys]
        for i, inside in enumerate(formula_mask(keys)):
            if inside:
                plain[i] = min(plain[i], 0.15)
        assert weights.token_weights(keys) == plain


# --- reuse and worddiff ----------------------------------------------------------------------

def _garble(rng, word):
    if len(word) < 5:
        return word
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _passage_pair(rng):
    a = [rng.choice(WORDS) for _ in range(rng.randint(1, 14))]
    b = list(a)
    for _ in range(rng.randint(0, 4)):
        op = rng.random()
        at = rng.randint(0, max(0, len(b) - 1))
        if op < 0.25 and b:
            b[at] = _garble(rng, b[at])
        elif op < 0.45 and b:
            del b[at]
        elif op < 0.65:
            b.insert(at, rng.choice(WORDS))
        elif op < 0.8 and at + 1 < len(b):
            b[at:at + 2] = [b[at] + b[at + 1]]  # glued
        elif b:
            b[at] = rng.choice(WORDS)
    return tuple(word_key(w) for w in a), tuple(word_key(w) for w in b)


def _plain_diff_unified(ka, kb):
    ops = diff_keys(list(ka), list(kb))
    if any(op.tag != EQUAL for op in ops):
        unified = unify_garbled(list(ka), list(kb))
        if unified != list(kb):
            return tuple(unified), diff_keys(list(ka), unified)
    return None, ops


def test_the_first_diff_is_skipped_only_when_it_must_hold_an_edit():
    rng = random.Random(13)
    skipped = 0
    for _ in range(3000):
        ka, kb = _passage_pair(rng)
        if _surely_edited(ka, kb):
            skipped += 1
            assert any(op.tag != EQUAL for op in diff_keys(list(ka), list(kb))), (ka, kb)
        assert _diff_unified(ka, kb, set(ka) == set(kb)) == _plain_diff_unified(ka, kb), (ka, kb)
    assert skipped > 100  # the test exercises the fast route


def test_diff_encoding_numbers_keys_in_order_of_first_appearance():
    rng = random.Random(17)
    for _ in range(500):
        a = [rng.choice(WORDS) for _ in range(rng.randint(0, 12))]
        b = [rng.choice(WORDS) for _ in range(rng.randint(0, 12))]
        codes: dict[str, str] = {}
        plain = tuple("".join(codes.setdefault(k, chr(0xF0000 + len(codes))) for k in keys) for keys in (a, b))
        assert _encode(a, b) == plain


# --- stories ---------------------------------------------------------------------------------

def test_story_vectors_match_the_per_article_route():
    words = [word_key(w) for w in WORDS] + ["2024", "مارس", "نيسان"]
    rng = random.Random(4)
    for _ in range(1500):
        docs = [[rng.choice(words) for _ in range(rng.randint(0, 40))] for _ in range(rng.randint(0, 9))]
        got, plain = stories_mod._vectors(docs), plain_story_vectors(docs)
        assert got == plain and [list(v) for v in got] == [list(v) for v in plain]


# --- analysis --------------------------------------------------------------------------------

def marks_stretch(marks) -> tuple[int, int]:
    """(first start, last end) of boilerplate marks; (0, 0) without marks. A non-empty span
    outside [start, end) has none of its text in boilerplate, so in_boilerplate() need only
    be asked for spans that overlap it."""
    if not marks:
        return 0, 0
    return min(m.span[0] for m in marks), max(m.span[1] for m in marks)


def test_spans_outside_the_marks_stretch_are_never_boilerplate():
    rng = random.Random(21)
    for _ in range(3000):
        marks = []
        for _ in range(rng.randint(0, 3)):
            s = rng.randint(0, 80)
            marks.append(BoilerplateMark((s, s + rng.randint(0, 30)), "subscribe"))
        marks = tuple(marks)
        lo, hi = marks_stretch(marks)
        s = rng.randint(0, 120)
        e = s + rng.randint(1, 40)
        if not (s < hi and e > lo):
            assert not in_boilerplate(marks, s, e)


# --- background table ------------------------------------------------------------------------

def test_hashed_background_table_answers_as_the_dict_does():
    from desktop.core import background_table
    from desktop.core.significance import background

    table = background()
    fast = background_table.Table(background_table.build(table))
    assert all(fast.get(k) == v for k, v in table.items())
    rng = random.Random(23)
    keys = list(table)
    probes = [k[:-1] for k in keys[::7]] + [k + "ا" for k in keys[::7]] + [
        "".join(rng.choice(LETTERS[:6] + list("01")) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    probes += ["", "\0", "\ue040", keys[0] + "\ue040", "\ufef3" + keys[0]]
    assert all(fast.get(k) == table.get(k) for k in probes)
    small = {"ب": 40, "با": 41, "باب": 76, "x1": 50}  # words that are prefixes of others
    tiny = background_table.Table(background_table.build(small))
    assert [tiny.get(k) for k in ("ب", "با", "باب", "بابا", "x", "x1")] == [40, 41, 76, None, None, 50]


def test_boilerplate_test_answers_as_in_boilerplate():
    rng = random.Random(29)
    for _ in range(3000):
        marks = tuple(BoilerplateMark((s, s + rng.randint(0, 30)), "tweet")
                      for s in (rng.randint(0, 80) for _ in range(rng.randint(0, 3))))
        test = boilerplate_test(marks)
        s = rng.randint(0, 120)
        e = s + rng.randint(-2, 40)  # empty and reversed spans too
        assert test(s, e) == in_boilerplate(marks, s, e), (marks, s, e)


def test_prepared_weights_match_weights_asked_one_by_one():
    rng = random.Random(31)
    words = [word_key(w) for w in WORDS] + ["2024", "abc"]
    for _ in range(200):
        docs = [{rng.choice(words) for _ in range(rng.randint(0, 12))} for _ in range(rng.randint(0, 25))]
        prepared, asked = Weights(docs), Weights(docs)
        for keys in docs:
            prepared.prepare(keys)
        assert prepared.cache == {k: asked(k) for keys in docs for k in keys}


def test_the_collector_is_paused_during_an_analysis_and_resumed_after():
    import gc

    from desktop.core import analysis
    from desktop.core.ingest import article_from_text

    seen = []
    real = analysis._analyze

    def spy(*args):
        seen.append(gc.isenabled())
        return real(*args)

    arts = [article_from_text("قصفت الطائرات موقعين قرب النهر. وقال مصدر إن الغارة أسفرت عن إصابات.",
                              id=f"a{i}", outlet="X") for i in range(2)]
    was = gc.isenabled()
    try:
        analysis._analyze = spy
        gc.enable()
        analysis.analyze(arts)
        assert seen == [False] and gc.isenabled()
        gc.disable()  # a caller that paused it keeps it paused
        analysis.analyze(arts)
        assert seen == [False, False] and not gc.isenabled()
    finally:
        analysis._analyze = real
        (gc.enable if was else gc.disable)()


def test_cached_formulas_are_the_built_ones():
    from desktop.core import significance

    significance.formulas.cache_clear()
    first = significance.formulas()  # built (or read) through the derived cache
    significance.formulas.cache_clear()
    again = significance.formulas()  # read back from it
    assert first == again == significance._build_formulas() and first


def test_weigh_units_matches_total_and_unit_weights():
    rng = random.Random(37)
    phrases = ["دون ورود معلومات عن خسائر بشرية", "في وقت سابق", "وفي وقت سابق"]
    for _ in range(40):
        units = _random_units(rng, docs=5, per_doc=6)
        for u in units[::3]:  # some sentences with a stock formula inside
            words = [rng.choice(WORDS) for _ in range(3)] + rng.choice(phrases).split()
            norm = _normalize(" ".join(words))
            units[units.index(u)] = make_unit(u.doc, u.index, (0, 1), tokenize_spans(norm, [(0, 10**6)])[0])
        by_doc = defaultdict(set)
        for u in units:
            by_doc[u.doc] |= u.keys
        fast, plain = Weights(by_doc.values()), Weights(by_doc.values())
        for keys in by_doc.values():
            fast.prepare(keys)
            plain.prepare(keys)
        fast.weigh_units(units)
        for u in units:
            assert u.wkeys == plain.total(u.keys)
            assert u.wtokens == sum(plain.unit_weights(u))
            assert fast.unit_weights(u) == plain.unit_weights(u)


def _plain_similarities(vectors):
    postings = defaultdict(list)
    for d, vec in enumerate(vectors):
        for k, v in vec.items():
            postings[k].append((d, v))
    sim = defaultdict(float)
    for plist in postings.values():
        for i, (a, va) in enumerate(plist):
            for b, vb in plist[i + 1:]:
                sim[(a, b)] += va * vb
    return sim


def test_story_similarities_match_the_tuple_keyed_sums():
    words = [word_key(w) for w in WORDS] + ["2024", "مارس"]
    rng = random.Random(41)
    for _ in range(500):
        docs = [[rng.choice(words) for _ in range(rng.randint(0, 30))] for _ in range(rng.randint(0, 14))]
        vectors = stories_mod._vectors(docs)
        got, plain = stories_mod._similarities(vectors), _plain_similarities(vectors)
        assert got == dict(plain) and list(got) == list(plain)


def _plain_moved(links, texts):
    from desktop.core.model import Change
    from desktop.core.moves import MOVABLE, _heaviest_chain, _norm

    movable = [l for l in links if l.kind in MOVABLE]
    a_count = Counter(l.a_span for l in movable)
    b_count = Counter(l.b_span for l in movable)
    a_seen = Counter(_norm(texts[l.a], l.a_span) for l in movable)
    b_seen = Counter(_norm(texts[l.b], l.b_span) for l in movable)
    cands = sorted((l for l in movable if a_count[l.a_span] == 1 and b_count[l.b_span] == 1
                    and a_seen[_norm(texts[l.a], l.a_span)] == 1
                    and b_seen[_norm(texts[l.b], l.b_span)] == 1), key=lambda l: (l.a_span, l.b_span))
    if len(cands) < 2:
        return []
    keep = _heaviest_chain(cands)
    return [Change(l.a, l.a_span, texts[l.a][l.a_span[0]:l.a_span[1]], l.b, l.b_span,
                   texts[l.b][l.b_span[0]:l.b_span[1]], "moved", None, False)
            for k, l in enumerate(cands) if k not in keep]


def test_moved_changes_match_the_plain_route():
    from desktop.core.model import Link
    from desktop.core.moves import moved_changes

    rng = random.Random(43)
    texts = {"a": " ".join(rng.choice(WORDS[:6]) for _ in range(60)),
             "b": " ".join(rng.choice(WORDS[:6]) for _ in range(60))}
    for _ in range(1500):
        links = []
        for _ in range(rng.randint(0, 7)):
            sa, sb = rng.randint(0, 300), rng.randint(0, 300)
            links.append(Link("a", (sa, sa + rng.randint(1, 12)), "b", (sb, sb + rng.randint(1, 12)),
                              rng.choice(["copy", "edited", "shared"]), 0.5))
        assert moved_changes(links, texts) == _plain_moved(links, texts)


def test_the_collector_pause_leaves_it_as_it_found_it_nested_or_on_error():
    import gc

    import pytest

    from desktop.core.collector import collector_paused

    was = gc.isenabled()
    gc.enable()
    try:
        with pytest.raises(ValueError):
            with collector_paused():
                with collector_paused():
                    assert not gc.isenabled()
                assert not gc.isenabled()  # the inner pause found it off and leaves it off
                raise ValueError
        assert gc.isenabled()
        gc.disable()
        with collector_paused():
            pass
        assert not gc.isenabled()  # found off: not turned on
    finally:
        (gc.enable if was else gc.disable)()
