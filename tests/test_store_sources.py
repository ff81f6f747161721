"""The analyst's credit and relay edits, and the project's own outlet registry (issue 10):
stored in the project, kept through re-import, reaching the analysis (direction of copying)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.core.analysis import analyze
from desktop.core.analyst_edits import addition, apply_credit_edits, removal
from desktop.core.ingest import article_from_text
from desktop.core.jsonio import analysis_to_dict
from desktop.core.project_registry import (EntryError, add_user_entry, make_entry,
                                           user_outlets_path)
from desktop.core.registry import registry
from desktop.store import Project, ProjectError, schema

LEAD = ("أعلنت وزارة الصحة في المدينة اليوم أن عدد المصابين في حادث انهيار المبنى القديم ارتفع "
        "إلى خمسة وعشرين شخصا، وأن فرق الدفاع المدني ما زالت تبحث عن مفقودين تحت الأنقاض. ")
MORE = ("وقال المتحدث باسم الوزارة إن المستشفيات استقبلت الجرحى منذ ساعات الصباح الأولى، وإن "
        "حالة ثلاثة منهم حرجة، داعيا السكان إلى الابتعاد عن مكان الانهيار حتى انتهاء عمليات البحث. ")
CREDITED = "خبر الانهيار\nنقلا عن وكالة رويترز، " + LEAD + "\n" + MORE + "\nوذكرت قناة الجزيرة أن البحث مستمر."


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "p.qarin") as p:
        yield p


def _credited(project, **kw):
    art = article_from_text(CREDITED, id="a1", outlet="Daily A", **kw)
    project.add_articles([art])
    return project.article("a1")


def test_removed_and_added_credits_are_kept_apart_from_what_was_found(project):
    art = _credited(project)
    assert [c.outlet for c in art.credits] == ["Reuters", "Al Jazeera"]
    at = CREDITED.index("المتحدث")
    project.remove_credit("a1", art.credits[1])
    project.add_credit("a1", "Ministry Wire", (at, at + len("المتحدث باسم الوزارة")))
    after = project.article("a1")
    assert [(c.outlet, c.how) for c in after.credits] == [("Reuters", "text"),
                                                          ("Ministry Wire", "analyst")]
    mine = after.credits[1]
    assert after.text[mine.span[0]:mine.span[1]] == "المتحدث باسم الوزارة"
    assert [c.outlet for c in project.removed_credits("a1")] == ["Al Jazeera"]
    raw = project.db.conn.execute("SELECT credits FROM articles").fetchone()[0]
    assert "Al Jazeera" in raw and "Ministry Wire" not in raw  # found credits stay as found
    project.restore_credit("a1", project.removed_credits("a1")[0])
    assert [c.outlet for c in project.article("a1").credits] == ["Reuters", "Ministry Wire",
                                                                 "Al Jazeera"]
    project.remove_credit("a1", project.article("a1").credits[1])  # the analyst's own: forgotten
    assert project.credit_edits("a1") == []


def test_a_credit_without_words_and_bad_spans(project):
    _credited(project)
    art = project.add_credit("a1", "  Sky News   Arabia ")
    mine = [c for c in art.credits if c.how == "analyst"]
    assert [(c.outlet, c.span) for c in mine] == [("Sky News Arabia", (0, 0))]
    with pytest.raises(ProjectError, match="outside the text"):
        project.add_credit("a1", "X", (5, 10_000))
    with pytest.raises(ProjectError, match="outlet"):
        project.add_credit("a1", "   ")
    doc = analysis_to_dict(analyze(project.articles()))
    spanless = [c for c in doc["articles"][0]["credits"] if c["how"] == "analyst"]
    assert spanless == [{"outlet": "Sky News Arabia", "span": None, "name": "Sky News Arabia",
                         "name_span": None, "formula": "analyst", "how": "analyst"}]


def test_edits_survive_reimport_of_a_changed_text(project):
    art = _credited(project)
    at = CREDITED.index("المتحدث")
    project.remove_credit("a1", art.credits[0])
    project.add_credit("a1", "Ministry Wire", (at, at + 7))
    project.set_relay("a1", "Al Jazeera")
    changed = "سطر جديد في أول النص.\n" + CREDITED
    report = project.add_articles([article_from_text(changed, id="a1", outlet="Daily A")])
    assert report.updated == ("a1",)
    after = project.article("a1")
    assert [(c.outlet, c.how) for c in after.credits] == [("Ministry Wire", "analyst"),
                                                          ("Al Jazeera", "text")]
    mine = after.credits[0]
    assert after.text[mine.span[0]:mine.span[1]] == "المتحدث"
    assert (after.relay_of, after.relay_how) == ("Al Jazeera", "analyst")
    # the relay is cleared on purpose, and stays cleared through another import
    project.set_relay("a1", None)
    project.add_articles([article_from_text(changed + "\nسطر أخير.", id="a1", outlet="Daily A")])
    after = project.article("a1")
    assert (after.relay_of, after.relay_how) == (None, "analyst")
    assert project.found_relay("a1") is None
    assert project.reset_relay("a1").relay_how == ""


def test_removing_the_credit_a_relay_rests_on_clears_that_relay(project):
    text = "خبر\nالمصدر: رويترز\n" + LEAD + MORE
    project.add_articles([article_from_text(text, id="r", outlet="Daily A")])
    art = project.article("r")
    assert art.relay_of == "Reuters" and art.relay_how == ""
    after = project.remove_credit("r", art.credits[0])
    assert after.relay_of is None and after.credits == ()


def test_analyst_credit_and_relay_decide_the_direction_and_say_so(project):
    a = article_from_text("خبر للاختبار\n" + LEAD + MORE, id="a", outlet="Daily A")
    b = article_from_text("خبر للاختبار\n" + LEAD + MORE, id="b", outlet="Daily B")
    project.add_articles([a, b], allow_duplicates=True)
    (pair,) = project.analysis(store=False).pairs
    assert pair.direction == "unknown"
    project.add_credit("b", "Daily A")
    (pair,) = project.analysis().pairs
    assert pair.direction == "a->b"
    assert "b credits Daily A, as the analyst added" in pair.evidence[0]
    project.remove_credit("b", project.article("b").credits[0])
    project.set_relay("a", "Daily B")
    (pair,) = project.analysis().pairs  # a fresh analysis, not the cached one
    assert pair.direction == "b->a" and "as the analyst set it" in pair.evidence[0]
    doc = analysis_to_dict(project.analysis())
    assert [x["relay_how"] for x in doc["articles"]] == ["analyst", None]


def test_core_edits_match_a_moved_credit_by_its_words():
    text = CREDITED
    found = article_from_text(text, id="x", outlet="Daily A").credits
    gone = removal(found[1])
    moved_text = "مقدمة.\n" + text
    moved = article_from_text(moved_text, id="x", outlet="Daily A").credits
    kept, removed = apply_credit_edits(moved_text, moved, [gone])
    assert [c.outlet for c in kept] == ["Reuters"] and [c.outlet for c in removed] == ["Al Jazeera"]
    with pytest.raises(ValueError, match="only spaces"):
        addition(text, "X", (text.index("\n"), text.index("\n") + 1))


# --- the project's outlet registry ---------------------------------------------------------

T1 = "قصف على المدينة\nقالت مصادر إن القصف استمر ساعات طويلة في الأحياء الشرقية من المدينة.\n"
T2 = ("خبر آخر عن القصف\nنقلا عن صدى الوادي، تواصل القصف على المدينة طوال الليل وحتى الصباح.\n"
      "المصدر: صدى الوادي\n")


def _outlets(project):
    return {a.id: (a.outlet, a.outlet_source, a.relay_of) for a in project.articles()}


def test_an_entry_names_every_article_from_its_domain_and_every_credit(project):
    project.add_articles([
        article_from_text(T1, id="a1", url="https://news.sada-wadi.example/x/1"),
        article_from_text(T2, id="a2", url="https://other.example/2"),
        article_from_text(T1 + "و", id="a3", url="https://www.sada-wadi.example/y"),
        article_from_text(T1 + "ف", id="a4", url="https://www.sada-wadi.example/z", outlet="Mine"),
    ], allow_duplicates=True)
    before = _outlets(project)
    assert before["a1"][0] == "news.sada-wadi.example" and before["a2"][2] is None
    project.update_article_meta("a3", outlet="Analyst's name")
    entry = make_entry("Sada Al-Wadi", "صدى الوادي", domains="https://sada-wadi.example/",
                       kind="site", country="Syria")
    project.set_registry_outlet(entry)
    after = _outlets(project)
    assert after["a1"] == ("Sada Al-Wadi", "domain", None)
    assert after["a2"] == ("other.example", "domain", "Sada Al-Wadi")  # credited, so a relay
    assert after["a3"][0] == "Analyst's name" and after["a4"][0] == "Mine"  # edits stand
    assert [(c.outlet, c.formula) for c in project.article("a2").credits] == [
        ("Sada Al-Wadi", "naqlan_an"), ("Sada Al-Wadi", "source_line")]
    # a new article from the domain is named by the entry when it comes in
    project.add_articles([article_from_text(T1 + "ق", id="a5",
                                            url="https://sada-wadi.example/new")],
                         allow_duplicates=True)
    assert project.article("a5").outlet == "Sada Al-Wadi"
    # removing the entry gives back what was found
    project.remove_registry_outlet("Sada Al-Wadi")
    again = _outlets(project)
    assert {k: again[k] for k in before} == {**before, "a3": again["a3"]}
    assert project.article("a2").credits == ()
    assert project.article("a5").outlet == "sada-wadi.example"


def test_entries_are_checked_ordered_and_kept_in_the_file(project, tmp_path):
    with pytest.raises(EntryError, match="web domain"):
        make_entry("X", domains="not a domain")
    with pytest.raises(EntryError, match="kind"):
        make_entry("X", kind="blog")
    with pytest.raises(EntryError, match="name"):
        make_entry("  ")
    project.set_registry_outlet(make_entry("B News", domains="b.example"))
    project.set_registry_outlet(make_entry("A News", "أخبار أ", variants="أ نيوز، ايه نيوز"))
    project.set_registry_outlet(make_entry("B Daily", domains="b.example"), replaces="B News")
    assert [o.name for o in project.registry_outlets()] == ["B Daily", "A News"]
    assert project.registry_outlets()[1].variants == ("أ نيوز", "ايه نيوز")
    with pytest.raises(ProjectError, match="no outlet entry"):
        project.remove_registry_outlet("nothing")
    path = project.path
    project.close()
    with Project.open(path, readonly=True) as again:
        assert [o.name for o in again.registry_outlets()] == ["B Daily", "A News"]


def test_user_outlet_file_is_read_by_every_registry(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert user_outlets_path() == tmp_path / "cfg" / "qarin" / "outlets.toml"
    assert registry().by_url("https://wadi-voice.example/a") is None
    add_user_entry(make_entry("Wadi Voice", "صوت الوادي", domains="wadi-voice.example"))
    add_user_entry(make_entry("Other Voice", domains="other-voice.example"))
    add_user_entry(make_entry("Wadi Voice", "صوت الوادي", domains="wadi-voice.example",
                              kind="radio"))  # replaced, not doubled
    text = user_outlets_path().read_text(encoding="utf-8")
    assert text.count('name = "Wadi Voice"') == 1 and 'kind = "radio"' in text
    assert registry().by_url("https://wadi-voice.example/a").name == "Wadi Voice"
    art = article_from_text(T1, id="u", url="https://www.wadi-voice.example/n/1")
    assert art.outlet == "Wadi Voice"


def test_schema_3_projects_gain_the_columns_and_keep_their_articles(tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "old.qarin"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrations.apply(Database(conn), stop_before="m004_analyst_sources")
    conn.execute("INSERT INTO outlets (name) VALUES ('X')")
    conn.execute("INSERT INTO articles (id, guid, position, path, encoding, outlet, outlet_source, "
                 "relay_of, text, hash, length, boilerplate, user_fields, credits) VALUES "
                 "('a1', '22222222-2222-2222-2222-222222222222', 0, 'a1.txt', 'utf-8', 'X', "
                 "'domain', 'Reuters', ?, 'h', 5, '[]', '[]', '[]')", (T1,))
    conn.close()
    with Project.open(path) as p:
        assert p.backup_path is not None
        assert p.set_relay("a1", None).relay_of is None
        assert p.found_relay("a1") == "Reuters"
        assert json.loads(p.db.conn.execute("SELECT found FROM articles").fetchone()[0]) == \
            ["X", "domain", "Reuters"]
        assert p.reset_relay("a1").relay_of == "Reuters"


def test_an_edit_state_is_not_put_back_over_a_changed_text(project):
    _credited(project)
    state = project.article_edit_state("a1")
    project.set_relay("a1", "Reuters")
    project.restore_article_edit_state("a1", state)
    assert project.article("a1").relay_how == ""
    project.set_relay("a1", "Reuters")
    project.add_articles([article_from_text("مقدمة.\n" + CREDITED, id="a1", outlet="Daily A")])
    with pytest.raises(ProjectError, match="re-imported"):
        project.restore_article_edit_state("a1", state)
    assert project.article("a1").relay_of == "Reuters"
