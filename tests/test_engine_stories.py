"""Stories in a mixed folder; pairs listed only when they share something (issue 12).

Two invented events, three articles each, mixed in one analysis."""
import json

from desktop.core.analysis import analyze
from desktop.core.ingest import article_from_text
from desktop.core.jsonio import analysis_from_dict, analysis_to_dict
from desktop.core.stories import find_stories

FLOOD_SOURCE = (
    "أعلنت مديرية الدفاع المدني في محافظة وادي الريحان أن السيول الجارفة غمرت ثلاث قرى زراعية "
    "وجرفت الجسور الخشبية القديمة. وأضافت أن فرق الإنقاذ انتشلت عائلتين من فوق أسطح المنازل "
    "المهدمة بعد ساعات طويلة من الانتظار في أيلول 2031.")
FLOOD_COPY = (
    "وادي الريحان: قالت مديرية الدفاع المدني إن السيول الجارفة غمرت ثلاث قرى زراعية وجرفت "
    "الجسور الخشبية القديمة، مضيفة أن فرق الإنقاذ انتشلت عائلتين من فوق أسطح المنازل المهدمة.")
FLOOD_OWN = (
    "زار مراسلنا قرى وادي الريحان بعد انحسار السيول، حيث يحاول المزارعون إنقاذ ما تبقى من "
    "محاصيل الزيتون، فيما ينتظر الأهالي إعادة بناء الجسور الخشبية التي جرفتها المياه في أيلول 2031.")
MUSEUM_SOURCE = (
    "افتتحت وزارة الثقافة في مملكة جبال القمر متحف الفنون الشعبية في العاصمة الساحلية، ويضم "
    "المتحف مجموعة نادرة من المخطوطات المزخرفة والسجاد اليدوي والفخار المطلي بالمينا.")
MUSEUM_COPY = (
    "افتتحت وزارة الثقافة في مملكة جبال القمر متحف الفنون الشعبية، ويضم المتحف مجموعة نادرة "
    "من المخطوطات المزخرفة والسجاد اليدوي والفخار المطلي بالمينا، بحسب ما أفادت وكالة الأنباء.")
MUSEUM_OWN = (
    "يقف الزوار في طوابير طويلة أمام متحف الفنون الشعبية في مملكة جبال القمر لمشاهدة المخطوطات "
    "المزخرفة والسجاد اليدوي، بينما يشكو أصحاب المقاهي المجاورة من زحمة السير.")


def articles():
    texts = [("flood_own", FLOOD_OWN), ("museum_copy", MUSEUM_COPY), ("flood_source", FLOOD_SOURCE),
             ("museum_own", MUSEUM_OWN), ("flood_copy", FLOOD_COPY), ("museum_source", MUSEUM_SOURCE)]
    return [article_from_text(t, id=i, outlet=i) for i, t in texts]


def test_a_mixed_folder_falls_into_its_two_stories():
    analysis = analyze(articles())
    groups = sorted(sorted(s.articles) for s in analysis.stories)
    assert groups == [["flood_copy", "flood_own", "flood_source"],
                      ["museum_copy", "museum_own", "museum_source"]]
    assert [s.id for s in analysis.stories] == ["s1", "s2"]
    # no link crosses the two stories
    story_of = {a: s.id for s in analysis.stories for a in s.articles}
    assert all(story_of[l.a] == story_of[l.b] for l in analysis.links)


def test_the_pivot_is_the_article_with_most_reuse():
    ids = ["x", "hub", "y", "lone"]
    keys = [["وادي", "الريحان"]] * 4
    shares = {(0, 1): 0.6, (1, 2): 0.5, (0, 2): 0.1}
    stories = find_stories(ids, keys, shares)
    assert [s.articles for s in stories] == [("x", "hub", "y"), ("lone",)]
    assert stories[0].pivot == "hub" and stories[1].pivot == "lone"


def test_unrelated_articles_stay_apart_and_a_lone_one_is_its_own_story():
    ids = ["a", "b", "c"]
    keys = [["السيول", "الريحان", "الجسور"], ["السيول", "الريحان", "الجسور"], ["المخطوطات", "السجاد"]]
    stories = find_stories(ids, keys, {})
    assert sorted(s.articles for s in stories) == [("a", "b"), ("c",)]


def test_articles_far_apart_in_time_need_more_than_shared_words():
    ids = ["a", "b"]
    keys = [["السيول", "الريحان", "الجسور", "وعد"], ["السيول", "الريحان", "الجسور", "حلم"]]
    assert len(find_stories(ids, keys, {}, ["2031-09-01", "2031-09-02"])) == 1
    weak = [["السيول", "نادره1", "نادره2", "نادره3", "نادره4"], ["السيول", "نادره5", "نادره6", "نادره7", "نادره8"]]
    assert len(find_stories(ids, weak, {})) == 1  # one shared rare word is enough between two
    assert len(find_stories(ids, weak, {}, ["2031-09-01", "2035-01-01"])) == 2


def test_json_lists_only_pairs_that_share_and_carries_the_stories():
    analysis = analyze(articles())
    data = json.loads(json.dumps(analysis_to_dict(analysis), ensure_ascii=False))
    assert data["pairs"], "the two copies share text with their sources"
    for p in data["pairs"]:
        assert p["a_in_b"] > 0 or p["b_in_a"] > 0
    pairs = {frozenset((p["a"], p["b"])) for p in data["pairs"]}
    assert frozenset(("flood_source", "museum_source")) not in pairs
    assert len(pairs) < 15  # not all pairs of six articles
    assert [s["pivot"] for s in data["stories"]] == [s.pivot for s in analysis.stories]
    back = analysis_from_dict(data, articles())
    assert back.stories == analysis.stories


def test_the_realnews_scorer_skips_when_the_material_is_absent(tmp_path):
    import subprocess
    import sys

    from desktop.paths import ROOT
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "realnews_score.py"),
                           "--root", str(tmp_path / "absent")], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("skipped:")


def test_the_summary_lists_the_stories(tmp_path, capsys):
    from support import run_cli

    for a in articles():
        (tmp_path / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
    code, out, _ = run_cli(capsys, "analyze", tmp_path)
    assert code == 0 and "Stories: 2" in out


def test_story_terms_are_shown_as_the_articles_spell_them():
    from desktop.core.model import Story
    from desktop.core.stories import surface_terms

    story = Story("s1", ("a", "b"), "a", ("الاداره", "مكتبه"))
    texts = {"a": "قالت الإدارة إن المكتبة أغلقت.", "b": "وأعادت مكتبةٌ فتح أبوابها."}
    assert surface_terms(story, texts) == ("الإدارة", "مكتبةٌ")
