"""Whole-text sketches and pairs of kind "formula"; the faster alignment gives the same
results as the plain one. Texts are written here (corpus_fixtures' generator and templates
made up for the tests)."""
from __future__ import annotations

import random

import numpy as np
import pytest

from corpus_fixtures import FIELDS, GREETING, LINK_FOOTER, STORY, prose, write_jsonl
from desktop.corpus.align import NUMPY_POINTS, _prune_python, prune_points
from desktop.corpus.archive import parse_fields
from desktop.corpus.build import BuildSettings, build_corpus, order_pairs
from desktop.corpus.candidates import CandidateSettings
from desktop.corpus.export import corpus_dict
from desktop.corpus.sketch import band_pairs, estimate, sketch, text_grams
from desktop.corpus.words import all_words, content_from_all, content_words
from desktop.store.corpus import CorpusStore

TELEGRAM = ("بعث رئيس المجلس برقية تهنئة إلى {leader} رئيس جمهورية {country} بمناسبة ذكرى اليوم الوطني "
            "لبلاده، عبر فيها عن أصدق التهاني وأطيب التمنيات بموفور الصحة والسعادة له ولحكومة وشعب "
            "{country} الصديق المزيد من التقدم والازدهار، وأشاد بالعلاقات التي تربط البلدين والشعبين.")
COUNTRIES = [("ماريو سانتوس", "البرتغال"), ("يان نوفاك", "التشيك"), ("أولاف بيرغ", "النرويج"),
             ("كارلوس رويز", "الأوروغواي")]


def _build(tmp_path, rows, settings=None):
    store = CorpusStore.open(tmp_path / "c.sqlite", create=True)
    report = build_corpus(store, [write_jsonl(tmp_path / "a.jsonl", rows)], parse_fields(FIELDS), settings=settings)
    return store, report


def test_sketch_estimates_overlap():
    a, b = prose(1, 8), prose(2, 8)
    sa, sb = sketch(text_grams(a)), sketch(text_grams(b))
    assert estimate(sa, sa) == 1.0 and estimate(sa, sb) < 0.1
    near = a.replace("أعلنت", "قالت", 1)
    assert estimate(sa, sketch(text_grams(near))) > 0.7
    assert len(sketch(text_grams("كلمتان فقط"))) == 0  # no 5-gram, no sketch
    ids = np.array([10, 4, 7])
    keys = band_pairs(ids, np.stack([sa, sb, sketch(text_grams(near))]))
    assert keys.tolist() == [(7 << 32) | 10]  # the near-duplicates, smaller id first


def test_all_words_are_the_core_tokens():
    from desktop.core.normalize import normalize, tokenize

    text = "قالَ الوزيرُ «إنّ» المشروعَ 2024 اكتمل\u200f، وأضاف: الأميركيون هنا."
    keys, starts, ends = all_words(text)
    assert [(t.key, t.start, t.end) for t in tokenize(normalize(text))] == list(zip(keys, starts, ends))
    cw = content_words(text)
    got = content_from_all((keys, starts, ends), text)
    assert got.keys == cw.keys and list(got.starts) == list(cw.starts) and list(got.ends) == list(cw.ends)


def test_numpy_pruning_keeps_the_same_points():
    rng = random.Random(3)
    for trial in range(60):
        n = rng.randint(NUMPY_POINTS, 400)
        pts = [(rng.randint(0, 120), rng.randint(0, 120)) for _ in range(n)]
        pts += [(i, i) for i in range(0, 60, 2)]  # a diagonal passage among repeated words
        for keep, reach in (((1.0, 1.0), (0, 200)), ((1.0, 0.5), (0, 30)), ((0.0, 1.0), (0, 0))):
            fast = prune_points(pts, 10, keep, reach)
            slow = _prune_python(pts, 10, keep, reach)
            assert fast == slow, (trial, keep, reach)


def test_order_pairs_groups_components():
    pairs = [(1, 9), (2, 3), (3, 8), (1, 4), (5, 6), (2, 8)]
    ordered = order_pairs(pairs)
    assert sorted(ordered) == sorted(pairs)
    assert ordered == [(1, 4), (1, 9), (2, 3), (2, 8), (3, 8), (5, 6)]


def test_template_and_formula_only_pairs_are_kind_formula(tmp_path):
    """Telegrams of one template to four countries on four days share recurring n-grams only:
    reported as kind "formula", never as reuse, and kept out of stories and network. Two
    articles made only of a greeting block and a link footer (all masked) likewise. A real
    copy in the same archive stays a copy."""
    rows = []
    for day, (leader, country) in enumerate(COUNTRIES, 1):
        rows.append({"content": TELEGRAM.format(leader=leader, country=country), "url": f"t{day}",
                     "source": "X" if day % 2 else "Y", "date_extracted": f"2024-05-0{day} 10:00:00",
                     "title": f"تهنئة {country}"})
    rows += [
        {"content": GREETING + " " + LINK_FOOTER, "url": "g1", "source": "X", "date_extracted": "2024-05-01"},
        {"content": GREETING + "\n" + LINK_FOOTER, "url": "g2", "source": "Y", "date_extracted": "2024-05-02"},
        {"content": STORY, "url": "s1", "source": "X", "date_extracted": "2024-05-01 08:00:00"},
        {"content": "متابعات: " + STORY, "url": "s2", "source": "Y", "date_extracted": "2024-05-01 09:00:00"},
        {"content": prose(300), "url": "o1", "source": "Y", "date_extracted": "2024-05-03"},
    ]
    # near_copy=1.0: the telegrams are not near-copies by masked n-grams (as real ones, whose
    # honorifics are masked, are not), so only the sketches can find them
    settings = BuildSettings(candidates=CandidateSettings(near_copy=1.0))
    store, report = _build(tmp_path, rows, settings)
    url = {a.id: a.url for a in store.articles()}
    pairs = {(url[a], url[b]): kind for a, b, kind, *_ in store.pair_rows()}
    telegrams = {(f"t{i}", f"t{j}") for i in range(1, 5) for j in range(i + 1, 5)}
    assert {p: pairs.get(p) for p in telegrams} == {p: "formula" for p in telegrams}
    assert pairs[("g1", "g2")] == "formula"
    assert pairs[("s1", "s2")] == "copy"
    assert not any("o1" in p for p in pairs)
    data = corpus_dict(store)
    formula_ids = {i for a, b, kind, *_ in store.pair_rows() if kind == "formula" for i in (a, b)}
    assert all(not set(s["articles"]) & formula_ids for s in data["stories"])
    assert sum(e["pairs"] for e in data["network"]) == 1  # the copy only
    assert not data["substitutions"]
    p = next(x for x in data["pairs"] if x["kind"] == "formula" and {url[x["a"]], url[x["b"]]} == {"t1", "t2"})
    (a0, a1) = p["passages"][0]["a_span"]
    assert "برقية تهنئة" in store.texts([p["a"]])[p["a"]][a0:a1]
    counts = store.counts()
    assert counts["formula_pairs"] == 7 and counts["reuse_pairs"] == 1
    store.close()


def test_store_without_sketches_gets_them(tmp_path):
    """A corpus made before sketches existed: the next build computes them once."""
    rows = [{"content": STORY, "url": "s1", "source": "X"}, {"content": "متابعات: " + STORY, "url": "s2", "source": "Y"}]
    store, _ = _build(tmp_path, rows)
    with store.db.conn:
        store.db.execute("DELETE FROM sketches")
    stages = []
    build_corpus(store, [], None, stage=lambda name, done, total: stages.append(name))
    assert "sketch" in stages and store.unsketched_count() == 0
    store.close()


@pytest.mark.parametrize("n", [0, 1])
def test_band_pairs_small_inputs(n):
    assert len(band_pairs(np.arange(n), np.zeros((n, 64), dtype=np.uint32))) == 0
