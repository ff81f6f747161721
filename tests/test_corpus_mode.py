"""Corpus mode on small archives written in corpus_fixtures: import, store, every reuse pair,
precision filters, direction and credit, derived tables, incremental and resumed builds."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import numpy as np
import pytest

from corpus_fixtures import (EDITED, FIELDS, STORY, day1_rows, day2_rows, prose, write_jsonl,
                             write_zip_json)
from desktop.corpus.archive import ArchiveError, ReadReport, parse_fields, read_archive
from desktop.corpus.build import BuildSettings, build_corpus
from desktop.corpus.candidates import CandidateSettings, count_pairs, merge_counts, shard_input, unpack_votes
from desktop.corpus.export import corpus_dict
from desktop.corpus.shingles import features, formula_mask
from desktop.corpus.words import content_words
from desktop.store.corpus import CorpusError, CorpusStore


def _build(tmp_path, name, archives, settings=None, stage=None):
    store = CorpusStore.open(tmp_path / name, create=True)
    report = build_corpus(store, archives, parse_fields(FIELDS), settings=settings, stage=stage)
    return store, report


def _pairs_by_url(store):
    url = {a.id: a.url for a in store.articles()}
    return {(url[a], url[b]): (kind, direction, credited)
            for a, b, kind, direction, credited, *_ in store.pair_rows()}


@pytest.fixture
def day1(tmp_path):
    return write_zip_json(tmp_path / "day1.zip", day1_rows())


@pytest.fixture
def day2(tmp_path):
    return write_jsonl(tmp_path / "day2.jsonl", day2_rows())


def test_parse_fields():
    assert parse_fields(FIELDS) == {"text": "content", "title": "title", "url": "url",
                                    "date": "date_extracted", "outlet": "source"}
    assert parse_fields("text=body")["outlet"] == "outlet"
    with pytest.raises(ArchiveError, match="unknown field 'colour'"):
        parse_fields("colour=x")
    with pytest.raises(ArchiveError, match="not FIELD=COLUMN"):
        parse_fields("text")


def test_read_archive_formats(tmp_path, day1):
    rows = day1_rows()[:3]
    write_jsonl(tmp_path / "a.jsonl", rows)
    with open(tmp_path / "a.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "one.txt").write_text(prose(3), encoding="utf-8")
    fields = parse_fields(FIELDS)
    report = ReadReport()
    recs = list(read_archive([day1, tmp_path / "a.jsonl", tmp_path / "a.csv", folder], fields, report))
    assert [r.outlet for r in recs[:3]] == ["Al-Mayadeen", "OutletB", "OutletC"]  # الميادين via the registry
    assert recs[0].outlet_raw == "الميادين" and recs[0].date == "2024-03-01 08:00:00"
    assert len(recs) == 8 + 3 + 3 + 1
    assert recs[0].key == recs[8].key == recs[11].key  # same outlet and URL: one article
    assert any("1 row(s) without text" in p for p in report.problems)
    assert recs[-1].text == prose(3) and recs[-1].origin.endswith("one.txt")


def test_read_archive_problems_are_one_line(tmp_path):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "bad.zip").write_bytes(b"not a zip")
    report = ReadReport()
    assert list(read_archive([tmp_path / "bad.json", tmp_path / "bad.zip", tmp_path / "missing"],
                             parse_fields(FIELDS), report)) == []
    assert len(report.problems) == 3 and all("\n" not in p for p in report.problems)


def test_formulas_are_masked():
    words = content_words("قال صاحب السمو الملكي الأمير فيصل بن خالد إن المشروع اكتمل عبر الرابط التالي http://x.example")
    masked = [k for k, m in zip(words.keys, formula_mask(words.keys)) if m]
    assert "سمو" in masked and "بن" in masked and "رابط" in masked and "http" in masked
    assert "مشروع" not in masked and "فيصل" not in masked


def test_candidates_shards_merge_to_the_same_votes():
    texts = [STORY, EDITED, "متابعات: " + STORY, prose(5), prose(6)]
    sh = [features(t).shingles() for t in texts]
    st = CandidateSettings()
    one = count_pairs(*shard_input(list(range(5)), sh, 0, 1), st)
    many = merge_counts([count_pairs(*shard_input(list(range(5)), sh, s, 5), st) for s in range(5)])
    assert np.array_equal(one[0], many[0]) and np.array_equal(one[1], many[1])
    found = {(int(k >> 32), int(k & 0xFFFFFFFF)) for k, c in zip(one[0], unpack_votes(one[1])[0]) if c >= st.min_shared}
    assert found == {(0, 1), (0, 2), (1, 2)}


def test_document_frequency_cap_drops_stock_phrases():
    common = prose(7, 2)
    texts = [common + " " + prose(100 + i) for i in range(8)]
    sh = [features(t).shingles() for t in texts]
    keys, counts = count_pairs(*shard_input(list(range(8)), sh, 0, 1), CandidateSettings(max_df=5))
    assert not (unpack_votes(counts)[0] >= 3).any()  # the shared opening is in 8 articles: over the cap
    keys, counts = count_pairs(*shard_input(list(range(8)), sh, 0, 1), CandidateSettings(max_df=8))
    assert (unpack_votes(counts)[0] >= 3).sum() == 28


def test_build_finds_every_pair_and_no_formula_pair(tmp_path, day1):
    store, report = _build(tmp_path, "c.sqlite", [day1])
    assert report.added == 8 and any("without text" in p for p in report.problems)
    pairs = _pairs_by_url(store)
    wire, b, c = "http://wire.example/1", "http://b.example/7", "http://c.example/3"
    # all three pairs of the three copies, not a chain from the strongest source
    assert set(pairs) == {(wire, b), (wire, c), (b, c)}
    assert pairs[(wire, b)] == ("copy", "a->b", 0)
    assert pairs[(wire, c)] == ("edited", "a->b", 1)  # the edited copy credits the wire by name
    assert pairs[(b, c)] == ("edited", "a->b", 0)
    data = corpus_dict(store)
    p = next(x for x in data["pairs"] if x["kind"] == "edited" and x["credited"])
    texts = store.texts([p["a"], p["b"]])
    (a0, a1), (b0, b1) = p["passages"][0]["a_span"], p["passages"][0]["b_span"]
    assert "بدء عملية واسعة" in texts[p["a"]][a0:a1] and "بدء عملية واسعة" in texts[p["b"]][b0:b1]
    assert p["lag_hours"] == 3.0 and p["source"] == p["a"] and p["copy"] == p["b"]
    store.close()


def test_stories_network_substitutions(tmp_path, day1, day2):
    store, _ = _build(tmp_path, "c.sqlite", [day1, day2])
    data = corpus_dict(store)
    by_id = {a["id"]: a for a in data["articles"]}
    sizes = sorted(len(s["articles"]) for s in data["stories"])
    assert sizes == [2, 4]
    big = max(data["stories"], key=lambda s: len(s["articles"]))
    assert big["first_publisher"]["outlet"] == "Al-Mayadeen"
    assert [t["date"] for t in big["timeline"]] == sorted(t["date"] for t in big["timeline"])
    net = {(n["from"], n["to"]): n for n in data["network"]}
    assert net[("Al-Mayadeen", "OutletC")]["credited"] == 1 and net[("Al-Mayadeen", "OutletC")]["uncredited"] == 0
    assert net[("Al-Mayadeen", "OutletB")]["articles"] == 2  # two stories relayed
    assert net[("Al-Mayadeen", "OutletB")]["median_lag_hours"] == 1.75
    swap = next(s for s in data["substitutions"] if "الاحتلال" in s["from"])
    assert "الأميركية" in swap["to"] and swap["count"] == 4 and swap["category"]
    assert {(o["from"], o["to"]) for o in swap["outlets"]} >= {("Al-Mayadeen", "OutletC"), ("Al-Mayadeen", "OutletD")}
    ex = swap["examples"][0]
    texts = store.texts([ex["source"], ex["copy"]])
    assert "الاحتلال" in texts[ex["source"]][slice(*ex["source_span"])]
    assert by_id[ex["copy"]]["outlet"] in ("OutletB", "OutletC", "OutletD")
    store.close()


def test_incremental_build_equals_one_shot(tmp_path, day1, day2):
    one, _ = _build(tmp_path, "one.sqlite", [day1, day2])
    inc, r1 = _build(tmp_path, "inc.sqlite", [day1])
    r2 = build_corpus(inc, [day1, day2], parse_fields(FIELDS))
    assert (r2.added, r2.already, r2.indexed) == (4, 8, 4)  # only the new day is indexed
    assert r2.aligned < r2.candidates  # pairs aligned on day 1 are not aligned again
    r3 = build_corpus(inc, [day2], parse_fields(FIELDS))
    assert (r3.added, r3.indexed, r3.aligned) == (0, 0, 0)
    assert corpus_dict(inc) == corpus_dict(one)
    one.close()
    inc.close()


def test_interrupted_build_resumes(tmp_path, day1, day2):
    full, _ = _build(tmp_path, "full.sqlite", [day1, day2])
    small = BuildSettings(index_batch=3, align_chunk=1)

    def stop(stage, done, total):
        if stage == "align" and done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _build(tmp_path, "resumed.sqlite", [day1, day2], settings=small, stage=stop)
    store = CorpusStore.open(tmp_path / "resumed.sqlite")
    assert store.counts()["checked"] == 2  # what was aligned before the stop is kept
    report = build_corpus(store, [day1, day2], parse_fields(FIELDS), settings=small)
    assert report.added == 0 and report.aligned == report.candidates - 2
    assert corpus_dict(store) == corpus_dict(full)
    store.close()
    full.close()


def test_store_refuses_other_files(tmp_path):
    with pytest.raises(CorpusError, match="no corpus"):
        CorpusStore.open(tmp_path / "none.sqlite")
    (tmp_path / "x.sqlite").write_bytes(b"hello, not sqlite at all" * 100)
    with pytest.raises(CorpusError, match="not a Qarin corpus"):
        CorpusStore.open(tmp_path / "x.sqlite")


def test_zip_with_folder_of_texts(tmp_path):
    path = tmp_path / "texts.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a/one.txt", STORY)
        zf.writestr("a/two.txt", "متابعات: " + STORY)
    store, report = _build(tmp_path, "t.sqlite", [path])
    assert report.added == 2 and len(store.pair_rows()) == 1
    store.close()


def test_export_json_shape(tmp_path, day1):
    store, _ = _build(tmp_path, "c.sqlite", [day1])
    data = json.loads(json.dumps(corpus_dict(store)))
    assert set(data) >= {"articles", "pairs", "stories", "network", "substitutions"}
    assert set(data["articles"][0]) >= {"id", "url", "outlet", "date", "title"}
    assert set(data["pairs"][0]) >= {"a", "b", "passages", "kind", "direction", "credited"}
    assert set(data["pairs"][0]["passages"][0]) >= {"a_span", "b_span"}
    assert set(data["stories"][0]) >= {"id", "articles", "first_publisher"}
    assert set(data["network"][0]) >= {"from", "to", "articles", "credited", "uncredited", "median_lag_hours"}
    assert set(data["substitutions"][0]) >= {"from", "to", "outlets", "count", "examples"}
    out = io.StringIO()
    json.dump(data, out)
    store.close()


def test_one_tokenizer_with_the_core():
    """Corpus words are the core tokenizer's tokens (same keys before stemming, same spans)."""
    from desktop.core.normalize import normalize, tokenize
    from desktop.corpus.words import match_key

    text = "أعلنت «الحكومة» أمس، في بيانٍ رسميّ: الميليشيات والأمريكيون ١٢ قتيلاً…"
    core = [(match_key(t.key), t.start, t.end) for t in tokenize(normalize(text))]
    core = [c for c in core if c[0] is not None]
    words = content_words(text)
    assert core == list(zip(words.keys, words.starts, words.ends))


def test_title_chain_and_template_figures_are_not_reuse(tmp_path):
    chain = ("نائب رئيس الهيئة العامة للنقل البري والبحري المدير التنفيذي لمركز الدراسات الاستراتيجية "
             "العليا عضو مجلس أمناء المؤسسة الوطنية للتدريب المهني سالم راشد الكعبي")
    market = ("أغلق المؤشر العام للسوق اليوم عند مستوى {} نقطة بتداولات بلغت {} مليون ريال وارتفعت أسهم {} "
              "شركة وتراجعت أسهم {} شركة في حين استقرت أسهم {} شركة وبلغ عدد الصفقات المنفذة {} صفقة")
    rows = [
        {"content": prose(70, 3, 0) + " وقال " + chain + " " + prose(71, 3, 0), "url": "u1", "source": "X", "date_extracted": "2024-01-01"},
        {"content": prose(72, 3, 1) + " وأكد " + chain + " " + prose(73, 3, 1), "url": "u2", "source": "Y", "date_extracted": "2024-01-02"},
        {"content": market.format(7100, 420, 80, 60, 12, 9100) + ". " + prose(74, 2, 0), "url": "u3", "source": "X",
         "date_extracted": "2024-01-01"},
        {"content": market.format(7250, 515, 45, 97, 10, 8800) + ". " + prose(75, 2, 1), "url": "u4", "source": "Y",
         "date_extracted": "2024-01-02"},
    ]
    store, report = _build(tmp_path, "c.sqlite", [write_jsonl(tmp_path / "t.jsonl", rows)])
    assert report.candidates >= 1  # they do share rare n-grams ...
    assert store.pair_rows() == []  # ... but neither is reuse
    store.close()


def test_moved_paragraphs_and_listlike_near_copies_are_reuse(tmp_path):
    p1, p2, p3 = prose(80, 1, 0), prose(81, 1, 0), prose(82, 1, 0)
    groups = " ".join(f"المجموعة {n}: {' .. '.join(teams)}." for n, teams in (
        ("الأولى", ("هولندا", "فرنسا", "السويد", "بلغاريا", "لوكسمبورج")),
        ("الثانية", ("البرتغال", "سويسرا", "المجر", "لاتفيا", "أندورا")),
        ("الثالثة", ("ألمانيا", "التشيك", "النرويج", "أذربيجان", "سان مارينو")),
        ("الرابعة", ("ويلز", "النمسا", "صربيا", "مولدوفا", "جورجيا"))))
    rows = [
        {"content": f"{p1}\n\n{p2}\n\n{p3}", "url": "m1", "source": "X", "date_extracted": "2024-01-01"},
        {"content": f"{p3}\n\n{p1}\n\n{p2}", "url": "m2", "source": "Y", "date_extracted": "2024-01-02"},
        {"content": "قرعة التصفيات: " + groups, "url": "l1", "source": "X", "date_extracted": "2024-01-01"},
        {"content": groups + " " + prose(83, 1, 1), "url": "l2", "source": "Y", "date_extracted": "2024-01-02"},
    ]
    store, _ = _build(tmp_path, "c.sqlite", [write_jsonl(tmp_path / "m.jsonl", rows)])
    pairs = _pairs_by_url(store)
    assert pairs[("m1", "m2")][0] == "edited"  # reordered: not word for word, but reuse
    assert ("l1", "l2") in pairs  # a list copied whole is a near-copy, not a shared formula
    store.close()


def test_kind_counts_runs_of_moved_paragraphs():
    from desktop.core.worddiff import CHANGE, EQUAL, Op
    from desktop.corpus.pairs import PairSettings, _kind

    p1, p2 = [f"w{i}" for i in range(30)], [f"v{i}" for i in range(30)]
    ka, kb = p1 + p2, p2 + p1
    # what a diff with semantic cleanup can make of a move: a short equal run, then one change
    ops = [Op(EQUAL, 0, 0, 0, 0), Op(CHANGE, 0, 60, 0, 60)]
    assert _kind(ops, ka, kb, PairSettings()) == "edited"
    assert _kind(ops, ka, [f"x{i}" for i in range(60)], PairSettings()) is None


def test_formulas_recurring_over_days_do_not_make_candidates():
    """A paragraph printed on five different days (a forecast, a market close) votes for no
    pair, unless the pair shares most of its n-grams (a near-copy)."""
    import datetime

    from desktop.corpus.build import _day
    from desktop.corpus.candidates import candidate_mask

    daily = prose(90, 3)
    texts = [daily + " " + prose(200 + i, 4) for i in range(5)] + [daily]
    dates = [f"2024-02-0{i + 1}" for i in range(5)] + ["2024-02-01"]
    sh = [features(t).shingles() for t in texts]
    hashes, docs = shard_input(list(range(6)), sh, 0, 1)
    days = np.array([_day(d) for d in dates])[docs]
    st = CandidateSettings(max_days=4)
    keys, packed = count_pairs(hashes, docs, st, days)
    total, story = unpack_votes(packed)
    assert total.min() >= 10 and story.max() < st.min_shared
    sizes = np.array([len(s) for s in sh])
    chosen = {(int(k >> 32), int(k & 0xFFFFFFFF)) for k in keys[candidate_mask(keys, packed, st, sizes)]}
    assert chosen == {(i, 5) for i in range(5)}  # the bare paragraph is a near-copy of each
    keys, packed = count_pairs(hashes, docs, CandidateSettings(max_days=0), days)
    assert (unpack_votes(packed)[1] >= 5).sum() == 15  # without the rule every pair votes
    assert _day("2015-07-21 02:51:32") == datetime.date(2015, 7, 21).toordinal() and _day(None) == -1
