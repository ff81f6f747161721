"""Equivalence of this round's fast routes in normalize, segment, align, stories and jsonio
with the plain routes they replace (issue 12, speed; the `align` helper's stages).

Each test runs the fast route and a plain one (written here as the code stated it before) on
generated text and fails on the first difference.
"""
from __future__ import annotations

import random

from desktop.core import normalize as nz
from desktop.core.normalize import Normalized, _normalize, word_spans
from support import plain_story_similarities, plain_story_vectors

LETTERS = list("ابتثجحخدذرسشصضطظعغفقكلمنهويأإآةى")
MARKS = ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "ـ"]  # word-internal drops
CONTROLS = ["\u200f", "\u200e", "\u200c", "\u00ad", "\u202b", "\u2069", "\ufeff", "\u061c"]
OTHERS = list("0123456789٣abcXY") + [" "] * 8 + ["\n", ".", "؟", "«", "»", "_", "،", "-", "\u00a0"]


def _text(rng: random.Random, n: int, alphabet) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- words -----------------------------------------------------------------------------------

def _plain_word_spans(norm: Normalized):
    """word_spans as first written: a finditer loop, each end widened over word-internal drops."""
    text, origin, original = norm.text, norm.origin, norm.original
    n = len(original)
    out = []
    for m in nz.WORD_RE.finditer(text):
        a, b = m.span()
        o_end = origin[b - 1] + 1
        while o_end < n and original[o_end] in nz.WORD_INTERNAL_DROPS:
            o_end += 1
        out.append((m.group(), origin[a], o_end))
    return out


def test_word_spans_match_the_match_by_match_route():
    rng = random.Random(11)
    alphabets = [LETTERS + OTHERS, LETTERS + OTHERS + MARKS * 2, LETTERS + OTHERS + MARKS + CONTROLS,
                 LETTERS[:3] + MARKS + CONTROLS + [" "]]
    checked_controls = 0
    for k in range(6000):
        t = _text(rng, rng.randint(0, 80), alphabets[k % len(alphabets)])
        norm = _normalize(t)
        got = word_spans(norm)
        assert got == _plain_word_spans(norm), repr(t)
        assert got is word_spans(norm)  # kept on the Normalized
        checked_controls += any(c in t for c in CONTROLS) and len(norm.text) != len(t)
    assert checked_controls > 1000


def test_origin_copied_from_a_count_matches_the_kept_indices(monkeypatch):
    from desktop.core import normalize as nz_mod

    rng = random.Random(13)
    alphabet = LETTERS + OTHERS + MARKS + CONTROLS
    monkeypatch.setattr(nz_mod, "_COUNT", nz_mod.array("i"))  # grown from nothing, several times
    monkeypatch.setattr(nz_mod, "_COUNT_KEPT", 3000)  # longer texts make their own count
    for _ in range(3000):
        t = _text(rng, rng.randint(0, rng.choice([30, 300, 5000])), alphabet)
        norm = _normalize(t)
        kept = [i for i, c in enumerate(t) if nz_mod.TABLE.get(ord(c), c) != ""] + [len(t)]
        assert list(norm.origin) == kept and len(norm.origin) == len(norm.text) + 1
        if len(norm.text) != len(t):
            assert norm.to_original(0, len(norm.text)) == _normalize_plain_span(t)


def _normalize_plain_span(t):
    """The original span of the whole normalized text, from the kept indices."""
    from desktop.core import normalize as nz_mod

    kept = [i for i, c in enumerate(t) if nz_mod.TABLE.get(ord(c), c) != ""]
    if not kept:
        return (len(t), len(t))
    end = kept[-1] + 1
    while end < len(t) and t[end] in nz_mod.WORD_INTERNAL_DROPS:
        end += 1
    return (kept[0], end)


def test_word_spans_end_at_a_control_mark_after_the_diacritics():
    t = "كتبَ\u200f\u064e قال"
    norm = _normalize(t)
    assert word_spans(norm) == [("كتب", 0, 4), ("قال", 7, 10)]
    t2 = "كتبَ\u064e"
    assert word_spans(_normalize(t2)) == [("كتب", 0, 5)]


# --- align -----------------------------------------------------------------------------------

WORDS = ("قصفت الطائرات موقعين قرب النهر صباح اليوم وقال مصدر إن الغارة أسفرت عن إصابات في "
         "المدينة دون ورود معلومات عن خسائر بشرية العدوان على غزة الاحتلال الإسرائيلي المقاومة "
         "الإسلامية في العراق وزارة الصحة مستشفى الشفاء في وقت سابق مرفأ بلدية زلزال فيضان "
         "السدود").split()


def _units(rng, docs, per_doc, skip_docs=()):
    from desktop.core.align import make_unit
    from desktop.core.normalize import tokenize_spans

    units = []
    for doc in range(docs):
        if doc in skip_docs:
            continue
        for idx in range(per_doc):
            if rng.random() < 0.15:
                continue  # sentences without a unit (too short, boilerplate)
            words = [rng.choice(WORDS) for _ in range(rng.randint(2, 12))]
            norm = _normalize(" ".join(words))
            units.append(make_unit(doc, idx, (idx, idx + 1), tokenize_spans(norm, [(0, len(norm.original))])[0]))
    return units


def _plain_groups(units, weights):
    """align_groups as analysis first stated it: candidate_edges, then group_edges per pair."""
    from support import candidate_edges, group_edges

    by_doc: dict[int, dict] = {}
    for u in units:
        by_doc.setdefault(u.doc, {})[u.index] = u
    edges = candidate_edges(units, weights)
    out = []
    for a, b in sorted(edges):
        out.extend(group_edges(a, b, edges[(a, b)], by_doc[a], by_doc[b], weights))
    return out


def test_align_groups_match_candidate_edges_then_group_edges(monkeypatch):
    from desktop.core import align
    from desktop.core.align import align_groups
    from desktop.core.significance import Weights

    rng = random.Random(23)
    found = 0
    for trial in range(300):
        docs = rng.randint(1, 7)
        units = _units(rng, docs, rng.randint(1, 14), skip_docs={rng.randrange(docs)} if docs > 2 else ())
        key_sets = [set().union(*(u.keys for u in units if u.doc == d)) for d in range(docs)]
        weights = Weights(key_sets)
        weights.prepare(set().union(*key_sets))
        if trial % 3:  # units weighed, as the analysis does; else their totals come from unit_total
            weights.weigh_units(units)
        monkeypatch.setattr(align, "_CHECK_EVERY", rng.choice([1, 5, 1 << 16]))  # checks between runs
        calls = []
        got = align_groups(units, weights, calls.append)
        plain = _plain_groups(units, weights)
        box = lambda g: (g.a, g.b, g.a0, g.b0, g.a1, g.b1)  # noqa: E731 - the analysis' sort key
        assert len(set(map(box, plain))) == len(plain)  # a total order: the order met is moot
        assert sorted(got, key=box) == sorted(plain, key=box)
        assert all(0 <= f < 1 for f in calls) and calls == sorted(calls)
        found += len(got)
    assert found > 300



# --- boilerplate test ------------------------------------------------------------------------

def test_boilerplate_test_by_bisection_answers_as_in_boilerplate():
    from desktop.core.analysis import boilerplate_test
    from desktop.core.boilerplate import in_boilerplate
    from desktop.core.model import BoilerplateMark

    rng = random.Random(31)
    inside = 0
    for _ in range(4000):
        marks = tuple(BoilerplateMark((s, s + rng.randint(-3, 40)), "tweet")  # overlapping, empty, reversed
                      for s in (rng.randint(0, 200) for _ in range(rng.randint(1, 8))))
        test = boilerplate_test(marks)
        for _ in range(10):
            s = rng.randint(0, 250)
            e = s + rng.randint(-3, 60)
            assert test(s, e) == in_boilerplate(marks, s, e), (marks, s, e)
            inside += e > s and test(s, e)
    assert inside > 1000


def test_pair_counts_of_long_posting_lists_match_combinations():
    from collections import Counter
    from itertools import combinations

    from desktop.core.align import _SHORT_POSTING, _pair_counts

    rng = random.Random(37)
    long_lists = 0
    for _ in range(300):
        docs = sorted(rng.randrange(rng.randint(1, 30)) for _ in range(rng.randint(2, 300)))
        size = len(docs)
        plists = [sorted(rng.sample(range(size), rng.randint(0, min(size, 80)))) for _ in range(rng.randint(1, 6))]
        cap = rng.choice([10, 60, 400])
        plain = Counter()
        for plist in plists:
            if 2 <= len(plist) <= cap:
                plain.update([u * size + v for u, v in combinations(plist, 2) if docs[u] != docs[v]])
        got = _pair_counts(plists, cap, docs, size)
        assert list(got.items()) == list(plain.items())  # the same counts, met in the same order
        long_lists += sum(_SHORT_POSTING < len(p) <= cap for p in plists)
    assert long_lists > 200


# --- word keys -------------------------------------------------------------------------------

def test_keys_of_many_words_match_word_key_one_by_one():
    from desktop.core.normalize import _KEYS, keys_of, word_key

    pieces = ["امريك", "ميليشي", "ميليامريكشي", "ال", "ية", "Σ", "ΑΣ", "σ", "ʰ", "İ", "I", "ß",
              "ABC", "x", "٣", "7", "ﬁ", "Ǆ", "ǅ", "ΣΑ", "ᾼ"]
    rng = random.Random(41)
    _KEYS.clear()
    for round_ in range(400):
        words = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(0, 40))]
        got = keys_of(words)
        assert type(got) is tuple
        assert got == tuple(map(word_key, words)), words
        if round_ == 200:
            _KEYS.clear()  # met afresh
    assert keys_of(["ΑΣ", "ميليشيا", "الامريكية"]) == ("ας", "مليشيا", "الاميركية")
    _KEYS.clear()
    word = "".join(["قصف", "ت"])  # a word no other string is
    assert keys_of([word])[0] is word  # unchanged by the key: the word itself


def _plain_pair_groups(a, b, edges):
    """align._pair_groups as first written: best edges, the relative cut, then components."""
    from desktop.core.align import KEEP_RELATIVE, _components, _groups

    best_a, best_b = {}, {}
    for (i, j), w in edges.items():
        best_a[i] = max(best_a.get(i, 0.0), w)
        best_b[j] = max(best_b.get(j, 0.0), w)
    edges = {e: w for e, w in edges.items()
             if w >= KEEP_RELATIVE * best_a.get(e[0], 0.0) or w >= KEEP_RELATIVE * best_b.get(e[1], 0.0)}
    return [g for comp in _components(edges) for g in _groups(a, b, comp, edges)]


def test_pair_groups_match_the_plain_route_on_matchings_and_tangles():
    from desktop.core.align import _pair_groups

    rng = random.Random(43)
    matchings = 0
    for _ in range(3000):
        n = rng.randint(0, 12)
        if rng.random() < 0.5:  # sentence by sentence, shuffled: a matching
            i0, j0 = rng.randint(0, 5), rng.randint(0, 5)
            pairs = list(zip(rng.sample(range(i0, i0 + 20), n), rng.sample(range(j0, j0 + 20), n)))
            matchings += 1
        else:
            pairs = [(rng.randint(0, 8), rng.randint(0, 8)) for _ in range(n)]
        edges = {p: rng.choice([0.2, 0.3, 0.5, 0.9, 1.0, rng.random() + 0.2]) for p in pairs}
        assert _pair_groups(3, 7, edges) == _plain_pair_groups(3, 7, edges), edges
    assert matchings > 1000


# --- the CLI's JSON --------------------------------------------------------------------------

def test_analyze_json_file_is_the_document_then_the_timings(tmp_path):
    import json
    import time

    from desktop.cli.analyze_cmd import _dumps, write_json
    from desktop.core.analysis import analyze
    from desktop.core.ingest import article_from_text
    from desktop.core.jsonio import analysis_to_dict

    rng = random.Random(47)
    texts = [" ".join(rng.choice(WORDS) for _ in range(60)) + "." for _ in range(3)]
    analysis = analyze([article_from_text(t, id=f"a{k}", outlet=f"O{k}") for k, t in enumerate(texts)])
    out = tmp_path / "out.json"
    write_json(analysis, str(out), time.perf_counter())
    raw = out.read_bytes()
    doc = analysis_to_dict(analysis)
    doc.pop("timings")
    body, indent = _dumps(doc)
    assert raw.startswith(body[:-2] + b",\n" + indent.encode() + b'"timings": ')
    written = json.loads(raw)
    assert {k: v for k, v in written.items() if k != "timings"} == json.loads(body)
    assert {"json", "total", "command"} <= set(written["timings"])


# --- stories ---------------------------------------------------------------------------------

def test_story_vectors_match_the_plain_route_to_the_last_bit():
    from desktop.core.normalize import word_key
    from desktop.core.stories import _vectors

    vocab = [word_key(w) for w in WORDS] + ["2023", "1999", "يناير", "تموز", "abc", "٣"] + [
        "".join(random.Random(i).choice(LETTERS) for _ in range(6)) for i in range(40)]
    rng = random.Random(29)
    found = 0
    for _ in range(400):
        docs = [[rng.choice(vocab) for _ in range(rng.randint(0, 60))] for _ in range(rng.randint(1, 8))]
        if rng.random() < 0.3 and len(docs) > 2:
            for d in docs:
                d.append("الشفاء")  # a word every article has
        got = _vectors(docs)
        assert [list(v.items()) for v in got] == [list(v.items()) for v in plain_story_vectors(docs)], docs
        found += sum(map(len, got))
    assert found > 5000


def test_story_similarities_match_the_plain_route_in_rows_and_in_a_dict(monkeypatch):
    from desktop.core import stories
    from desktop.core.stories import _similarities, _vectors

    vocab = ["w%d" % i for i in range(60)]
    rng = random.Random(53)
    pairs = 0
    for trial in range(300):
        docs = [[rng.choice(vocab[:rng.randint(5, 60)]) for _ in range(rng.randint(0, 40))]
                for _ in range(rng.randint(1, 12))]
        vectors = _vectors(docs) if trial % 2 else [  # values of every size, some words shared
            {k: rng.random() for k in rng.sample(vocab, rng.randint(0, 20))} for _ in docs]
        plain = plain_story_similarities(vectors)
        monkeypatch.setattr(stories, "_DENSE_UP_TO", rng.choice([0, 1000]))
        got = _similarities(vectors)
        assert list(got.items()) == list(plain.items())  # the same sums, in the order first met
        pairs += len(got)
    assert pairs > 1500


def _plain_find_stories(ids, doc_keys, shares, dates=()):
    """find_stories as first written: dates subtracted per pair, a pivot's reuse summed over
    every other member."""
    from desktop.core import stories as st
    from desktop.core.model import Story

    n = len(ids)
    if n == 0:
        return []
    vectors = st._vectors(doc_keys)
    sim = st._similarities(vectors)
    parsed = [st._parse_date(d) for d in dates] if dates else [None] * n
    related = {}
    for (a, b), s in sim.items():
        da, db = parsed[a], parsed[b]
        if da and db and abs((da - db).days) > st.MAX_DAYS_APART:
            s *= st.FAR_APART_FACTOR
        if s > 0:
            related[(a, b)] = s
    for p, v in shares.items():
        if v > 0:
            related[p] = 1.0 + v
    out = []
    for k, members in enumerate(sorted(st._cluster(n, related), key=min)):
        members = sorted(members)
        pivot = max(members, key=lambda i: (st._reuse_of(i, members, shares), -i))
        out.append(Story(f"s{k + 1}", tuple(ids[i] for i in members), ids[pivot], st._terms(members, vectors)))
    return out


def test_find_stories_match_the_plain_route_with_dates_and_shares():
    from desktop.core.stories import find_stories

    vocab = ["w%d" % i for i in range(40)] + ["2024", "مارس"]
    rng = random.Random(59)
    joined = 0
    for _ in range(400):
        n = rng.randint(0, 12)
        ids = [f"a{i}" for i in range(n)]
        docs = [[rng.choice(vocab[:rng.randint(3, 42)]) for _ in range(rng.randint(0, 30))] for _ in range(n)]
        shares = {(a, b): rng.choice([0.0, 0.1, 0.25, 0.5, rng.random()])
                  for a in range(n) for b in range(a + 1, n) if rng.random() < 0.3}
        dates = [rng.choice([None, "2024-03-01", "2024-03-15", "2024-03-16", "2024-05-20", "2023-12-31T10:00", "bad"])
                 for _ in range(n)] if rng.random() < 0.7 else ()
        got = find_stories(ids, docs, shares, dates)
        assert got == _plain_find_stories(ids, docs, shares, dates), (docs, shares, dates)
        joined += sum(len(s.articles) > 1 for s in got)
    assert joined > 200


def test_reuse_in_sums_a_members_shares_as_reuse_of_does():
    from collections import defaultdict

    from desktop.core.stories import _reuse_in, _reuse_of

    rng = random.Random(61)
    for _ in range(2000):
        n = rng.randint(1, 30)
        shares = {(a, b): rng.random() / rng.choice([1, 3, 7]) for a in range(n) for b in range(a + 1, n)
                  if rng.random() < 0.6}
        partners = defaultdict(list)
        for (a, b), v in shares.items():
            partners[a].append((b, v))
            partners[b].append((a, v))
        members = sorted(rng.sample(range(n), rng.randint(1, n)))
        for i in members:
            assert _reuse_in(i, set(members), partners) == _reuse_of(i, members, shares)


def test_related_pairs_match_dates_subtracted_per_pair():
    from desktop.core import stories as st

    rng = random.Random(67)
    days = ["2024-03-01", "2024-03-15", "2024-03-16", "2024-02-15", "2024-02-16", "2023-12-31T10:00", "bad", None]
    far = 0
    for _ in range(3000):
        n = rng.randint(1, 8)
        sim = {(a, b): rng.random() for a in range(n) for b in range(a + 1, n) if rng.random() < 0.7}
        shares = {p: rng.choice([0.0, 0.3]) for p in sim if rng.random() < 0.2}
        dates = [rng.choice(days) for _ in range(n)] if rng.random() < 0.8 else ()
        parsed = [st._parse_date(d) for d in dates] if dates else [None] * n
        plain = {}
        for (a, b), s in sim.items():
            da, db = parsed[a], parsed[b]
            if da and db and abs((da - db).days) > st.MAX_DAYS_APART:
                s *= st.FAR_APART_FACTOR
                far += 1
            if s > 0:
                plain[(a, b)] = s
        for p, v in shares.items():
            if v > 0:
                plain[p] = 1.0 + v
        assert list(st._related(sim, shares, dates).items()) == list(plain.items())
    assert far > 1000
