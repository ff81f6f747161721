"""Adding articles: a different article with the same id is refused, the same text under a
copy id is unchanged, and callers may choose the GUIDs of new articles and users."""
from __future__ import annotations

import pytest

from desktop.core.model import Article
from desktop.store import ArticleMismatch, GuidConflict, Project, ProjectError
from desktop.store.articles import SIMILAR_MIN, word_similarity

TEXT = "قال مصدر ميداني للميادين إن قوات الاحتلال الأميركي قصفت مواقع في دير الزور فجر اليوم."
OTHER = "أعلنت وزارة الصحة في غزة ارتفاع عدد الضحايا بعد غارات ليلية على مخيم جباليا شمال القطاع."
GUID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def art(id="a1", text=TEXT, path=None):
    return Article(id=id, path=path or f"{id}.txt", text=text, outlet="X", encoding="utf-8")


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "p.qarin")
    p.add_articles([art()])
    yield p
    p.close()


def snapshot(p):
    return p.articles(), p.article_infos(), p.annotations()


def test_word_similarity():
    assert word_similarity(TEXT, TEXT) == 1.0
    assert word_similarity(TEXT, "عاجل: " + TEXT.replace("للميادين", "لقناة الميادين")) > 0.85
    assert word_similarity(TEXT, OTHER) < SIMILAR_MIN
    assert word_similarity("", "") == 1.0


def test_a_different_article_with_the_same_id_is_refused_and_changes_nothing(project):
    ann = project.annotate("a1", 16, 24, project.add_code("c"))
    before = snapshot(project)
    with pytest.raises(ArticleMismatch) as info:
        project.add_articles([art("a2", OTHER), art("a1", OTHER, path="other/a1.txt")])
    message = str(info.value)
    assert "\n" not in message and "other/a1.txt" in message and "different article" in message
    assert snapshot(project) == before  # a2 was not added either
    assert project.annotation(ann.guid).exact == "للميادين"


def test_replace_dissimilar_replaces_and_keeps_annotations_as_orphans(project):
    ann = project.annotate("a1", 16, 24, project.add_code("c"))
    report = project.add_articles([art("a1", OTHER)], replace_dissimilar=True)
    assert report.updated == ("a1",) and [o.guid for o in report.orphans] == [ann.guid]
    assert project.article("a1").text == OTHER


def test_an_edit_is_not_refused(project):
    edited = "عاجل\n" + TEXT.replace("للميادين", "لقناة الميادين")
    assert project.add_articles([art("a1", edited)]).updated == ("a1",)


def test_same_text_under_a_copy_id_is_unchanged_in_one_call_or_alone(project):
    both = project.add_articles([art("a1", path="x/a1.txt"), art("a1-2", path="y/a1.txt")])
    assert both.added == () and both.unchanged == ("a1", "a1")
    alone = project.add_articles([art("a1", path="y/a1.txt")])
    assert alone.unchanged == ("a1",)
    assert [a.id for a in project.articles()] == ["a1"]


def test_two_new_copies_in_one_call_add_one_article(tmp_path):
    with Project.create(tmp_path / "n.qarin") as p:
        report = p.add_articles([art("crlf", path="a/crlf.txt"), art("crlf-2", path="b/crlf.txt")])
        assert report.added == ("crlf",) and report.unchanged == ("crlf",)
        # a copy id with a different text is a different article
        assert p.add_articles([art("crlf-2", OTHER)]).added == ("crlf-2",)
        assert p.add_articles([art("crlf-3", OTHER)]).unchanged == ("crlf-2",)


def test_guids_for_new_articles(project):
    report = project.add_articles([art("a2", OTHER)], guids={"a2": GUID.upper(), "a1": GUID})
    assert report.added == ("a2",)
    infos = {i.id: i.guid for i in project.article_infos()}
    assert infos["a2"] == GUID and infos["a1"] != GUID  # a1 was there already: GUID kept


@pytest.mark.parametrize("guids,match", [
    ({"a2": "not-a-guid"}, "not a GUID"),
    ({"a2": GUID, "a3": GUID}, "already belongs to article 'a2'"),
])
def test_bad_or_clashing_guids_change_nothing(project, guids, match):
    before = snapshot(project)
    with pytest.raises(GuidConflict, match=match):
        project.add_articles([art("a2", OTHER), art("a3", OTHER + " ثانية")], guids=guids)
    assert snapshot(project) == before


def test_guid_of_an_existing_article_is_refused(project):
    taken = project.article_info("a1").guid
    with pytest.raises(GuidConflict, match="'a1'"):
        project.add_articles([art("a2", OTHER)], guids={"a2": taken})


def test_user_with_a_given_guid(project):
    user = project.user("lina", guid=GUID.upper())
    assert (user.guid, user.name) == (GUID, "lina")
    assert project.user("lina", guid="11111111-2222-3333-4444-555555555555").guid == GUID
    with pytest.raises(GuidConflict, match="'lina'"):
        project.user("omar", guid=GUID)
    with pytest.raises(ProjectError, match="not a GUID"):
        project.user("omar", guid="x")
    assert [u.name for u in project.users()] == ["lina"]
    assert project.user("omar").guid != GUID


LONG = " ".join(f"{TEXT} الفقرة {n}" for n in range(12))


def _with(id, text, outlet="X", source="metadata"):
    return Article(id=id, path=f"{id}.txt", text=text, outlet=outlet, encoding="utf-8",
                   outlet_source=source)


def test_identical_and_nearly_identical_articles_are_skipped_unless_allowed(tmp_path):
    with Project.create(tmp_path / "d.qarin") as p:
        p.add_articles([_with("orig", LONG)])
        near = LONG.replace("فجر اليوم", "صباح اليوم", 1)
        report = p.add_articles([_with("same", LONG), _with("near", near),
                                 _with("fresh", OTHER), _with("fresh-again", OTHER)])
        assert report.added == ("fresh",)
        dups = {new: (kept, share) for new, kept, share in report.duplicates}
        assert dups["same"] == ("orig", 1.0) and dups["near"][0] == "orig"
        assert 0.97 <= dups["near"][1] < 1.0 and dups["fresh-again"] == ("fresh", 1.0)
        assert [a.id for a in p.articles()] == ["orig", "fresh"]
        report = p.add_articles([_with("same", LONG)], allow_duplicates=True)
        assert report.added == ("same",) and report.duplicates == ()


def test_a_copy_by_another_known_outlet_is_reuse_not_a_duplicate(tmp_path):
    with Project.create(tmp_path / "o.qarin") as p:
        p.add_articles([_with("wire", LONG, outlet="Agency")])
        report = p.add_articles([_with("paper", LONG, outlet="Paper"),
                                 _with("anon", LONG, outlet="Unknown outlet", source="unknown")])
        assert report.added == ("paper",)
        assert [d[:2] for d in report.duplicates] == [("anon", "wire")]


def test_project_add_warns_about_skipped_duplicates(tmp_path, capsys):
    from support import run_cli
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(LONG, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(LONG, encoding="utf-8")
    code, out, err = run_cli(capsys, "project", "create", tmp_path / "p.qarin", tmp_path / "in")
    assert code == 0 and "1 added" in out and "1 skipped as duplicates" in out
    assert f"skipped {tmp_path / 'in' / 'b.txt'}: same text as article 'a'" in err
    assert "--allow-duplicates" in err
    code, out, err = run_cli(capsys, "project", "add", tmp_path / "p.qarin",
                             tmp_path / "in" / "b.txt", "--allow-duplicates")
    assert code == 0 and "1 added" in out
