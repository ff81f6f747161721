"""Reuse detection on synthetic collections whose answers are known by construction."""
from __future__ import annotations

import random

import pytest

from desktop.corpus import Detector, ReuseSettings, find_reuse, score
from desktop.corpus.align import AlignSettings, cluster, merge_blocks, Block, prune_points, trim_edges
from desktop.corpus.pan_run import to_annotation
from desktop.corpus.pan_xml import Annotation
from desktop.corpus.words import content_words, match_key

LETTERS = "بتثجحخدذرزسشصضطظعغقكلمنهي"
STOP = ["في", "من", "على", "إلى", "أن", "التي", "هذا"]


def make_vocab(rng, n=4000):
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 7))))
    return sorted(words)


def words_text(words):
    """Join words with spaces and a full stop every 11 words; return (text, word spans)."""
    parts, spans, pos = [], [], 0
    for n, w in enumerate(words):
        if n:
            sep = ". " if n % 11 == 0 else " "
            parts.append(sep)
            pos += len(sep)
        parts.append(w)
        spans.append((pos, pos + len(w)))
        pos += len(w)
    return "".join(parts), spans


def random_words(rng, vocab, n):
    out = []
    for _ in range(n):
        out.append(rng.choice(STOP) if rng.random() < 0.25 else rng.choice(vocab))
    return out


def obfuscate(rng, words, kind, vocab):
    words = list(words)
    if kind == "word shuffle":
        rng.shuffle(words)
    elif kind == "phrase shuffle":
        phrases = [words[i:i + 6] for i in range(0, len(words), 6)]
        rng.shuffle(phrases)
        words = [w for p in phrases for w in p]
    elif kind == "synonyms":
        words = [rng.choice(vocab) if rng.random() < 0.25 else w for w in words]
    # keep content words at both ends so the expected span is exact
    return words


@pytest.fixture(scope="module")
def collection():
    rng = random.Random(20150901)
    vocab = make_vocab(rng)
    sources = {}
    source_words = {}
    for n in range(12):
        ws = random_words(rng, vocab, 500)
        source_words[f"src{n:02d}"] = ws
        sources[f"src{n:02d}"] = words_text(ws)[0]
    suspicious, gold = {}, []
    kinds = ["copy", "word shuffle", "phrase shuffle", "synonyms", "copy", "word shuffle"]
    for n, kind in enumerate(kinds):
        src_id = f"src{(3 * n) % 12:02d}"
        start = 60 + 40 * n
        passage = source_words[src_id][start:start + 70]
        passage[0], passage[-1] = rng.choice(vocab), rng.choice(vocab)  # ends: content words
        source_words[src_id][start:start + 70] = passage
        sources[src_id] = words_text(source_words[src_id])[0]
        reused = obfuscate(rng, passage, kind, vocab)
        if kind != "copy":  # start and end on content words the source passage has
            reused[0], reused[-1] = passage[0], passage[-1]
        before, after = random_words(rng, vocab, 150), random_words(rng, vocab, 120)
        text, spans = words_text(before + reused + after)
        sid = f"susp{n}"
        suspicious[sid] = text
        _, src_spans = words_text(source_words[src_id])
        gold.append(Annotation(sid, spans[150][0], spans[150 + 69][1] - spans[150][0], src_id,
                               src_spans[start][0], src_spans[start + 69][1] - src_spans[start][0], kind))
    suspicious["plain"] = words_text(random_words(rng, vocab, 400))[0]
    return sources, suspicious, gold


def test_finds_every_kind_of_reuse(collection):
    sources, suspicious, gold = collection
    found = [to_annotation(d) for d in find_reuse(sources, suspicious)]
    s = score(gold, found)
    assert s.recall > 0.9 and s.precision > 0.9 and s.granularity == 1, s
    assert not [d for d in found if d.this_reference == "plain"]
    for case in gold:
        assert score([case], [d for d in found if d.this_reference == case.this_reference]).plagdet > 0.85, case


def test_exact_copy_span_is_exact(collection):
    sources, suspicious, gold = collection
    case = gold[0]
    [d] = find_reuse(sources, {case.this_reference: suspicious[case.this_reference]})
    assert d.source_id == case.source_reference
    assert d.suspicious_span == (case.this_offset, case.this_end)
    assert d.source_span == (case.source_offset, case.source_end)


def test_offsets_are_code_points_of_the_original_text(collection):
    sources, suspicious, gold = collection
    case = gold[0]
    prefix = "😀 «تَجْرِبَةٌ» "  # astral character, quotes, diacritics before the passage
    text = prefix + suspicious[case.this_reference]
    [d] = find_reuse(sources, {"x": text})
    assert d.suspicious_span == (case.this_offset + len(prefix), case.this_end + len(prefix))
    src = sources[case.source_reference]
    copied = text[d.suspicious_span[0]:d.suspicious_span[1]]
    assert copied.replace(".", "") == src[d.source_span[0]:d.source_span[1]].replace(".", "")


def test_diacritics_and_clitics_do_not_hide_a_copy(collection):
    sources, suspicious, gold = collection
    case = gold[0]
    passage = sources[case.source_reference][case.source_offset:case.source_end]
    words = passage.split(" ")
    varied = " ".join(("و" + w if n % 3 == 0 else w[:1] + "\u064e" + w[1:]) for n, w in enumerate(words))
    [d] = find_reuse(sources, {"v": "مقدمة قصيرة هنا. " + varied + " خاتمة"})
    assert d.source_id == case.source_reference
    assert d.suspicious_span[1] - d.suspicious_span[0] > 0.9 * len(varied)


def test_same_id_on_both_sides_is_not_compared_with_itself(collection):
    sources, _, _ = collection
    assert find_reuse(sources, {"src00": sources["src00"]}) == []
    found = find_reuse(sources, {"copy-of-src00": sources["src00"]})
    assert {d.source_id for d in found} == {"src00"}


def test_parallel_run_matches_serial(collection):
    sources, suspicious, _ = collection
    assert find_reuse(sources, suspicious, jobs=2) == find_reuse(sources, suspicious)


def test_detector_reports_progress(collection):
    sources, suspicious, _ = collection
    det = Detector(ReuseSettings())
    for k, v in sources.items():
        det.add_source(k, v)
    seen = []
    items = [(k, (lambda t=v: t)) for k, v in suspicious.items()]
    results = dict(det.detect_all(items, progress=lambda d, n: seen.append((d, n))))
    assert seen[-1] == (len(suspicious), len(suspicious)) and len(results) == len(suspicious)


def test_match_key_drops_function_words_and_clitics():
    assert match_key("في") is None and match_key("وفي") is None
    assert match_key("والكتاب") == match_key("الكتاب") == match_key("بالكتاب") == "كتاب"
    assert match_key("للطلاب") == "طلاب"
    assert match_key("وزير") == "زير" and match_key("وزن") == "وزن"  # short words keep و


def test_content_words_offsets_point_into_the_original():
    text = "قالَ الوزيرُ في المؤتمر إنّ «الاتفاق» تمّ"  # في إن تم are function words
    w = content_words(text)
    assert [text[s:e] for s, e in zip(w.starts, w.ends)] == ["قالَ", "الوزيرُ", "المؤتمر", "الاتفاق"]


def test_content_words_agree_with_tokenize():
    from desktop.core.normalize import normalize, tokenize
    from desktop.paths import SEEDS

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append("أَمْرِيكِيّ\u200fـة «الميليشيات» ١٢٣ وللمُدن‌ها\u00ad ok_x 😀 ةٌ")
    assert len(texts) > 1
    for text in texts:
        expected = [(match_key(t.key), t.start, t.end) for t in tokenize(normalize(text)) if match_key(t.key)]
        w = content_words(text)
        assert list(zip(w.keys, w.starts, w.ends)) == expected


def test_cluster_separates_two_passages_and_drops_noise():
    diagonal = [(i, 100 + i) for i in range(20)]
    shuffled = [(50 + i, 300 + (i * 7) % 20) for i in range(20)]
    noise = [(5, 900), (70, 20), (200, 200)]
    s = AlignSettings()
    blocks = cluster(prune_points(diagonal + shuffled + noise, s.gap), s)
    assert [(b.s_first, b.s_last, b.r_first, b.r_last) for b in blocks] == [(0, 19, 100, 119), (50, 69, 300, 319)]


def test_trim_edges_removes_sparse_tails():
    core = [(i, i) for i in range(20, 40)]
    tail = [(10, 10), (19, 1)]  # one point 10 words out, one far in the source
    assert sorted(trim_edges(core + tail, 8, 0.3)) == core


def test_merge_blocks_joins_neighbours_only():
    a, b, far = Block(0, 20, 0, 20, 15), Block(25, 40, 24, 40, 12), Block(100, 120, 500, 520, 15)
    assert merge_blocks([a, b, far], 10) == [Block(0, 40, 0, 40, 27), far]


def test_corpus_runs_with_pyside6_blocked(tmp_path):
    from support import run_without_qt

    script = """
from desktop.corpus import find_reuse
from desktop.cli.main import main
text = " ".join("كلمة%d" % i for i in range(200))
found = find_reuse({"a": text}, {"b": "مقدمة " + text})
assert len(found) == 1, found
assert main(["pan-score", "--gold", sys.argv[1], "--detections", sys.argv[1]]) == 2
assert "PySide6" not in sys.modules
"""
    proc = run_without_qt(script, tmp_path)
    assert proc.returncode == 0, proc.stderr


def test_extend_exact_takes_shared_function_words_and_final_stop():
    from desktop.corpus.extend import extend_exact

    a = "مقدمة أخرى. في الوقت نفسه قال الوزير كلاما. وبعد"
    b = "نص مختلف\nفي الوقت نفسه قال الوزير كلاما. ثم"
    core_a = (a.index("الوقت"), a.index("كلاما") + len("كلاما"))
    core_b = (b.index("الوقت"), b.index("كلاما") + len("كلاما"))
    (a0, a1), (b0, b1) = extend_exact(a, core_a, b, core_b)
    assert a[a0:a1] == b[b0:b1] == "في الوقت نفسه قال الوزير كلاما."


def test_extend_exact_stops_at_word_boundaries_and_differences():
    from desktop.corpus.extend import extend_exact

    # the shared tail "ب" of different words must not be taken; shuffled neighbours add nothing
    a, b = "كتاب قال", "شباب قال"
    assert extend_exact(a, (5, 8), b, (5, 8)) == ((5, 8), (5, 8))
    a, b = "الف باء تاء", "ثاء جيم باء"
    assert extend_exact(a, (4, 7), b, (8, 11)) == ((4, 7), (8, 11))


def test_source_passage_reused_twice_far_apart_keeps_both_uses():
    first = [(i, 100 + i) for i in range(20)]
    second = [(400 + i, 100 + (i * 7) % 20) for i in range(14)]  # 14 of those words, shuffled
    s = AlignSettings()
    blocks = cluster(prune_points(first + second, s.gap, s.prune_keep, s.prune_reach), s)
    assert [(b.s_first, b.s_last, b.r_first, b.r_last) for b in blocks] == [(0, 19, 100, 119), (400, 413, 100, 117)]
    # matches competing across the whole text: the weaker use loses its source words
    assert len(cluster(prune_points(first + second, s.gap, s.prune_keep, (0, 0)), s)) == 1
