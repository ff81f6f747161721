"""Equivalence of the warm analysis' fast routes (this round) with their plain routes, on
generated text: each test compares to the last bit and in order, and fails when a fast route
diverges (each was checked by breaking the route it guards; a few tests also show here that
their comparison can fail: a sum in another order, keys that are not the tokens')."""
from __future__ import annotations

import random
from collections import Counter, defaultdict

import pytest
from support import plain_story_similarities, plain_story_vectors

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _vocab(seed: int, n: int = 50) -> list[str]:
    rng = random.Random(seed)
    words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 8))) for _ in range(n)]
    return words + ["في", "من", "على", "2024", "مارس", "تموز", "abc", "12"]


def _docs(rng: random.Random, vocab: list[str], n_docs: int) -> list[list[str]]:
    return [[rng.choice(vocab[:rng.randint(3, len(vocab))]) for _ in range(rng.randint(0, 60))]
            for _ in range(n_docs)]


# --- stories: vectors -------------------------------------------------------------------------

def test_vectors_equal_the_plain_route_with_and_without_the_callers_document_frequencies():
    from desktop.core.stories import _vectors

    rng = random.Random(101)
    vocab = _vocab(7)
    entries = 0
    for _ in range(300):
        docs = _docs(rng, vocab, rng.randint(0, 9))
        if len(docs) > 2 and rng.random() < 0.3:
            for d in docs:
                d.append(vocab[0])  # a word every article has
        plain = [list(v.items()) for v in plain_story_vectors(docs)]
        assert [list(v.items()) for v in _vectors(docs)] == plain, docs
        # the weights' document frequencies: counts of each article's distinct words, in another order
        df = Counter()
        for d in docs:
            df.update(set(d))
        df = Counter(dict(sorted(df.items(), reverse=True)))
        assert [list(v.items()) for v in _vectors(docs, df)] == plain, docs
        entries += sum(map(len, plain))
    assert entries > 3000


# --- stories: similarities and terms ----------------------------------------------------------

@pytest.mark.parametrize("cost", [0, 12, 10**9])  # always pairwise, as chosen, never pairwise
def test_similarities_equal_the_plain_route_by_every_route(monkeypatch, cost):
    from desktop.core import stories

    monkeypatch.setattr(stories, "_PAIRWISE_COST", cost)
    monkeypatch.setattr(stories, "_PAIRWISE_UP_TO", 1000)
    rng = random.Random(103 + cost % 97)
    vocab = ["w%d" % i for i in range(40)]
    pairs = 0
    for trial in range(300):
        n = rng.randint(0, 10)
        vectors = [{k: rng.random() for k in rng.sample(vocab, rng.randint(0, 25))} for _ in range(n)]
        if trial % 3 == 0:  # one story: most words in most articles
            vectors = [{k: rng.random() for k in vocab[:30] if rng.random() < 0.8} for _ in range(n)]
        got = stories._similarities(vectors)
        assert list(got.items()) == list(plain_story_similarities(vectors).items())  # sums, and order met
        pairs += len(got)
    assert pairs > 2000


def test_pairwise_similarities_in_another_order_are_caught():
    from desktop.core.stories import _pairwise_similarities

    vectors = [{"x": 0.1, "y": 0.2, "z": 0.3}, {"z": 1.0, "y": 1.0, "x": 1.0}, {"y": 0.5}]
    held = Counter(k for v in vectors for k in v)
    got = list(_pairwise_similarities(vectors, held).items())
    assert got == list(plain_story_similarities(vectors).items())
    assert got[0] == ((0, 1), 0.1 + 0.2 + 0.3)  # 0.6000000000000001
    # summed in the second vector's word order instead: 0.3 + 0.2 + 0.1 is 0.6
    wrong = {(a, b): sum(vectors[a][k] * vectors[b][k] for k in vectors[b] if k in vectors[a])
             for a, b in ((0, 1), (0, 2), (1, 2))}
    assert list(wrong.items()) != got


def _plain_terms(members, vectors, limit=5):
    from desktop.core.stories import MONTHS, YEAR_RE

    if len(members) < 2:
        return ()
    total = defaultdict(float)
    present = defaultdict(int)
    for i in members:
        for k, v in vectors[i].items():
            total[k] += v
            present[k] += 1
    shared = [k for k in total if present[k] >= 2 and not YEAR_RE.match(k) and k not in MONTHS]
    shared.sort(key=lambda k: (-total[k], k))
    return tuple(shared[:limit])


def test_story_terms_equal_the_plain_route_ties_included():
    from desktop.core.stories import _terms

    rng = random.Random(107)
    vocab = ["w%d" % i for i in range(30)] + ["2023", "مارس"]
    for _ in range(400):
        n = rng.randint(1, 8)
        values = [0.25, 0.5, rng.random()]  # equal totals, ordered by word
        vectors = [{k: rng.choice(values) for k in rng.sample(vocab, rng.randint(0, 20))} for _ in range(n)]
        members = sorted(rng.sample(range(n), rng.randint(1, n)))
        for limit in (1, 5, 50):
            assert _terms(members, vectors, limit) == _plain_terms(members, vectors, limit)
    # a tie broken the other way is caught
    vectors = [{"b": 0.5, "a": 0.5}, {"a": 0.5, "b": 0.5}]
    assert _terms([0, 1], vectors) == ("a", "b") == _plain_terms([0, 1], vectors)


# --- segment: paragraphs ----------------------------------------------------------------------

def test_paragraphs_from_one_split_equal_the_regex_route():
    from desktop.core.segment import _paragraphs_re, paragraphs

    pieces = ["قال المصدر", " ", "\n", "\n\n", "\t", "\u00a0", "\u2028", "\u2029", "\x0c", "\x85",
              "«", ".", "word", "  \n  ", "\u200f", "٣.٥", "\r\n", "\r"]
    rng = random.Random(109)
    spans = 0
    for trial in range(2000):
        text = "".join(rng.choice(pieces if trial % 2 else pieces[:-2]) for _ in range(rng.randint(0, 30)))
        got = paragraphs(text)
        assert got == _paragraphs_re(text), repr(text)
        spans += len(got)
    assert spans > 4000
    # a route that split at every line end splitlines() knows would differ
    text = "سطر أول\u2028تابع\x85تابع\nسطر ثان"
    assert paragraphs(text) == [(0, 17), (18, 25)]


# --- reuse: a sentence's own key set ----------------------------------------------------------

PHRASES = ["قال المتحدث باسم الوزارة", "إن القوات", "شنت غارات على مواقع", "في ريف دير الزور",
           "وأكد المرصد السوري", "مقتل عشرة عناصر", "من الميليشيات المدعومة من إيران", "الاحتلال الأمريكي",
           "المقاومة الإسلامية في العراق", "دون ورود معلومات عن خسائر بشرية", "وزعمت مصادر", "العدوان",
           "العداون", "ديرالزور", "2024", "«الإرهابيين»", "يوم الخميس", "بحسب ما أفادت وكالة"]


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(PHRASES) for _ in range(rng.randint(1, 6))) + rng.choice([".", "!", "؟", ""])


def _article(rng: random.Random, paragraphs: int = 5) -> str:
    return "\n\n".join(" ".join(_sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(paragraphs))


def _units(texts):
    from desktop.core.align import make_unit
    from desktop.core.normalize import normalize, tokens_in_spans
    from desktop.core.segment import segment

    units = []
    for d, text in enumerate(texts):
        seg = segment(text)
        toks, keys, bounds = tokens_in_spans(normalize(text), seg.sentences)
        units.append([make_unit(d, i, span, toks[lo:hi], keys[lo:hi])
                      for i, (span, (lo, hi)) in enumerate(zip(seg.sentences, bounds)) if hi - lo >= 2])
    return units


def test_compare_group_with_the_sentences_key_sets_equals_the_plain_route(monkeypatch):
    from desktop.core import reuse
    from desktop.core.align import Group
    from desktop.core.significance import Weights

    rng = random.Random(113)
    linked = 0
    for _ in range(60):
        texts = [_article(rng), _article(rng)]
        if rng.random() < 0.5:  # a copy with edits
            texts[1] = texts[0].replace("العدوان", "العداون").replace("دير الزور", "ديرالزور") + " " + _sentence(rng)
        ua, ub = _units(texts)
        if not ua or not ub:
            continue
        weights = Weights([set(k for u in ua for k in u.keys), set(k for u in ub for k in u.keys)])
        for _ in range(8):
            a0 = rng.randrange(len(ua))
            a1 = min(len(ua) - 1, a0 + rng.choice([0, 0, 1]))
            b0 = rng.randrange(len(ub))
            b1 = min(len(ub) - 1, b0 + rng.choice([0, 0, 1]))
            g = Group(0, a0, a1, 1, b0, b1, 1.0)
            args = (g, ["a", "b"], texts, ua[a0:a1 + 1], ub[b0:b1 + 1], weights)
            for relaxed in (False, True):
                fast = reuse.compare_group(*args, relaxed=relaxed)
                with monkeypatch.context() as m:
                    m.setattr(reuse, "_key_set", lambda units, keys: set(keys))
                    plain = reuse.compare_group(*args, relaxed=relaxed)
                assert fast == plain
                linked += fast is not None
    assert linked > 50


def test_key_set_is_the_sentences_own_only_for_one_sentence_and_its_own_keys():
    from desktop.core.reuse import _key_set, _tokens_keys

    rng = random.Random(127)
    (units,) = _units([_article(rng, 8)])
    one = units[:1]
    assert _key_set(one, _tokens_keys(one)[1]) is one[0].keys
    two = units[:2]
    keys = _tokens_keys(two)[1]
    assert _key_set(two, keys) == set(keys) and _key_set(two, keys) is not two[0].keys
    other = tuple(list(units[1].klist))  # equal keys in another tuple: not taken as the sentence's
    assert other is not units[1].klist and _key_set([units[1]], other) is not units[1].keys


# --- quotes and framing: the analysis' keys passed on -------------------------------------------

def test_quotes_and_terms_with_the_callers_keys_equal_those_without():
    from desktop.core.framing import find_terms, matcher_for
    from desktop.core.lexicon import default_lexicon
    from desktop.core.normalize import normalize, tokens_in_spans
    from desktop.core.quotes import find_quotes
    from desktop.core.segment import segment

    matcher = matcher_for(default_lexicon())
    rng = random.Random(131)
    hits = quotes_found = 0
    for trial in range(80):
        text = _article(rng, 6)
        if trial % 4 == 0:
            text += "\n\nسقط شـ.ـهيد من المقـ-ـاومة في قصف الاحـ.ـتلال."  # broken words: joined, new keys
        seg = segment(text)
        toks, keys, _bounds = tokens_in_spans(normalize(text), seg.sentences)
        plain_q = find_quotes(text, seg.paragraphs, seg.sentences, toks)
        fast_q = find_quotes(text, seg.paragraphs, seg.sentences, toks, keys)
        assert fast_q == plain_q
        plain = find_terms("x", text, toks, matcher, plain_q)
        fast = find_terms("x", text, toks, matcher, fast_q, keys=keys)
        assert fast == plain
        hits += len(plain)
        quotes_found += len(plain_q)
    assert hits > 300 and quotes_found > 100
    # keys that are not the tokens' give other results: the comparison can fail
    wrong = tuple(reversed(keys))
    assert find_terms("x", text, toks, matcher, plain_q, keys=wrong) != find_terms("x", text, toks, matcher, plain_q)


# --- align: rare words one document holds -------------------------------------------------------

def _weights_of(units_by_doc):
    from desktop.core.significance import Weights

    weights = Weights([set().union(*(u.keys for u in doc)) for doc in units_by_doc])
    weights.prepare(weights.df)
    weights.weigh_units([u for doc in units_by_doc for u in doc])
    return weights


def test_align_groups_with_the_documents_word_counts_equal_those_without():
    from desktop.core.align import align_groups

    box = lambda g: (g.a, g.b, g.a0, g.b0, g.a1, g.b1, g.weight)  # noqa: E731
    rng = random.Random(137)
    found = 0
    for trial in range(40):
        texts = [_article(rng, rng.randint(2, 6)) for _ in range(rng.randint(2, 5))]
        if trial % 2:  # a copy, and rare words of one article only
            texts.append(texts[0] + " كلمةفريدة وحيدةجدا نادرةتماما")
        by_doc = _units(texts)
        units = [u for doc in by_doc for u in doc]
        weights = _weights_of(by_doc)
        plain = sorted(align_groups(units, weights), key=box)
        assert sorted(align_groups(units, weights, None, weights.df), key=box) == plain
        found += len(plain)
    assert found > 200


def test_align_groups_with_too_low_word_counts_would_lose_candidates():
    from desktop.core.align import align_groups
    from collections import Counter as C

    # three rare words two sentences share in another order (no shared bigram): found by the rare postings
    texts = ["قصفت الطائرات مستودعا للذخيرة قرب المطار العسكري.", "المطار مستودعا العسكري قرب الطائرات للذخيرة قصفت."]
    by_doc = _units(texts)
    units = [u for doc in by_doc for u in doc]
    weights = _weights_of(by_doc)
    groups = align_groups(units, weights, None, weights.df)
    assert groups == align_groups(units, weights) and len(groups) == 1
    assert align_groups(units, weights, None, C()) == []  # counts saying one doc holds each word


# --- segment: sentence ends tried at the stops --------------------------------------------------

def test_sentences_tried_at_the_stops_equal_the_regex_scan():
    from desktop.core.segment import _stops, paragraphs, sentences

    pieces = ["قال المصدر", " ", "\n", "\n\n", ".", "..", "!", "?", "؟", "…", "3.5", "2024.", "12",
              "«", "»", "“", "”", '"', ")", "]", "}", "(", "ب", "x", "\t", "\u00a0", ".3", "؟!"]
    rng = random.Random(139)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        stops = _stops(text)
        assert stops == [i for i, c in enumerate(text) if c in ".!?؟…"]
        for p in paragraphs(text):
            got = sentences(text, p, stops)
            assert got == sentences(text, p), (repr(text), p)
            found += len(got)
    assert found > 6000


# --- significance: stock formulas -----------------------------------------------------------------

def _plain_formula_mask(keys):
    """significance.formula_mask as first written: every pair of neighbouring words visited."""
    from desktop.core.significance import _formula_starts, formulas

    mask = [False] * len(keys)
    starts, table = _formula_starts(), formulas()
    for i, pair in enumerate(zip(keys, keys[1:])):
        if pair not in starts:
            continue
        k = keys[i]
        for phrase in table.get(k) or table.get(k[1:], ()):
            n = len(phrase)
            if tuple(keys[i + 1:i + n]) == phrase[1:]:
                for j in range(i, i + n):
                    mask[j] = True
                break
    return mask


def test_formula_mask_visiting_only_formula_openings_equals_the_plain_route():
    from desktop.core.significance import formula_mask, formulas

    phrases = [p for ps in formulas().values() for p in ps]
    assert phrases
    rng = random.Random(149)
    words = ["قال", "في", "وقت", "سابق", "المصدر", "دون", "ورود", "معلومات", "عن"]
    inside = 0
    for _ in range(2000):
        keys = []
        while len(keys) < rng.randint(0, 40):
            r = rng.random()
            if r < 0.25:
                phrase = list(rng.choice(phrases))
                if rng.random() < 0.3:
                    phrase[0] = rng.choice("وف") + phrase[0]
                if rng.random() < 0.3:  # a formula cut short
                    phrase = phrase[:rng.randint(1, len(phrase))]
                keys.extend(phrase)
            else:
                keys.append(rng.choice(words))
        got = formula_mask(keys)
        assert got == _plain_formula_mask(keys), keys
        inside += sum(got)
    assert inside > 2000


# --- align: a component of one edge -------------------------------------------------------------

def _plain_groups(a, b, comp, edges):
    """align._groups as first written (every component through its sides' sets)."""
    from desktop.core.align import KEEP_RELATIVE, Group, _components

    side_a = {i for i, _ in comp}
    side_b = {j for _, j in comp}
    contiguous = lambda s: max(s) - min(s) + 1 == len(s)  # noqa: E731
    if contiguous(side_a) and contiguous(side_b):
        weight = max(edges[e] for e in comp)
        return [Group(a, min(side_a), max(side_a), b, min(side_b), max(side_b), weight)]
    top = max(edges[e] for e in comp)
    strong = {e: edges[e] for e in comp if edges[e] >= KEEP_RELATIVE * top}
    if len(strong) < len(comp):
        out = [g for sub in _components(strong) for g in _plain_groups(a, b, sub, strong)]
        out += [Group(a, i, i, b, j, j, edges[(i, j)]) for i, j in sorted(comp) if (i, j) not in strong]
        return out
    return [Group(a, i, i, b, j, j, edges[(i, j)]) for i, j in sorted(comp)]


def test_groups_of_components_equal_the_plain_route_single_edges_included():
    from desktop.core.align import _components, _groups

    rng = random.Random(151)
    singles = 0
    for _ in range(3000):
        n = rng.randint(1, 10)
        pairs = {(rng.randint(0, 8), rng.randint(0, 8)) for _ in range(n)}
        edges = {p: rng.choice([0.2, 0.3, 0.5, 0.9, 1.0, rng.random() + 0.2]) for p in pairs}
        for comp in _components(edges):
            assert _groups(3, 7, comp, edges) == _plain_groups(3, 7, comp, edges), (comp, edges)
            singles += len(comp) == 1
    assert singles > 2000


# --- align: a sentence's bigrams ------------------------------------------------------------------

def test_unit_bigrams_are_the_distinct_pairs_in_order_of_first_appearance():
    from desktop.core.align import make_unit
    from desktop.core.normalize import Token

    rng = random.Random(157)
    repeated = distinct = 0
    for _ in range(3000):
        keys = tuple(rng.choice(["في", "من", "قال", "غارة", "قصف", "ريف"][:rng.randint(1, 6)] + [f"w{i}" for i in range(rng.randint(0, 30))])
                     for _ in range(rng.randint(0, 25)))
        tokens = [Token(k, 2 * n, 2 * n + 1) for n, k in enumerate(keys)]
        u = make_unit(0, 0, (0, 2 * len(keys)), tokens, keys)
        assert u.bigrams == tuple(dict.fromkeys(zip(keys, keys[1:])))
        assert u.keys == frozenset(keys) and u.klist is keys
        repeated += len(set(zip(keys, keys[1:]))) < max(0, len(keys) - 1)
        distinct += len(set(keys)) == len(keys) and len(keys) > 2
    assert repeated > 300 and distinct > 300
