"""One lexicon for window, CLI and reports: bundled + the user's lexicon file + the project's
category edits and term overrides, built by the store (no Qt)."""
from __future__ import annotations

import pytest

from desktop.core.framing import TermMatcher, terms_in
from desktop.core.lexicon import LexiconError, Term, default_lexicon
from desktop.core.lexicon_layers import (USER_LEXICON_ENV, add_user_term, user_lexicon_path,
                                         working_lexicon)
from desktop.store import Project, ProjectError

USER_TOML = """
remove = ["الثوار"]

[categories.tribes]
label = "Tribes"
color = "#123456"

[[terms]]
term = "أبناء العشائر"
category = "tribes"
stance = "legitimizing"
frame = "tribal"
"""


@pytest.fixture
def user_lexicon(tmp_path, monkeypatch):
    path = tmp_path / "mine.toml"
    path.write_text(USER_TOML, encoding="utf-8")
    monkeypatch.setenv(USER_LEXICON_ENV, str(path))
    return path


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "lex.qarin")
    yield p
    p.close()


def test_without_a_user_lexicon_the_working_lexicon_is_the_bundled_one(monkeypatch, tmp_path):
    monkeypatch.setenv(USER_LEXICON_ENV, str(tmp_path / "absent.toml"))
    assert working_lexicon() == default_lexicon()
    monkeypatch.delenv(USER_LEXICON_ENV)
    assert user_lexicon_path() == tmp_path / "config" / "qarin" / "lexicon.toml"


def test_user_lexicon_adds_categories_and_terms_and_hides_bundled_ones(user_lexicon, project):
    for lex in (working_lexicon(), project.lexicon()):
        terms = {t.term: t for t in lex.terms}
        assert terms["أبناء العشائر"].category == "tribes" and "tribes" in lex.categories
        assert "الثوار" not in terms
        assert [t.term for t in terms_in("لأبناء العشائر", TermMatcher(lex))] == ["أبناء العشائر"]


def test_category_edits_live_in_the_project_and_every_reader_sees_them(project):
    project.set_lexicon_category("sources", "Sources", "who is cited", "#00aa00", "المصادر")
    project.set_lexicon_override("مصدر مطلع", category="sources", stance="neutral")
    lex = project.lexicon()
    assert lex.categories["sources"].label_ar == "المصادر"
    assert any(t.term == "مصدر مطلع" for t in lex.terms)
    with Project.open(project.path) as other:  # the CLI and reports open the file again
        assert other.lexicon().version == lex.version
    project.remove_lexicon_category("sources", ["مصدر مطلع"])
    lex = project.lexicon()
    assert "sources" not in lex.categories and not any(t.term == "مصدر مطلع" for t in lex.terms)


def test_removing_a_bundled_category_hides_its_terms(project):
    gone = [t.term for t in default_lexicon().terms if t.category == "evaluative"]
    project.remove_lexicon_category("evaluative", gone)
    lex = project.lexicon()
    assert "evaluative" not in lex.categories
    assert not any(t.category == "evaluative" for t in lex.terms)


def test_redefining_a_term_keeps_its_matching_forms(project):
    project.set_lexicon_override("الاحتلال", category="acts", stance="neutral", frame="control")
    lex = project.lexicon()
    term = next(t for t in lex.terms if t.term == "الاحتلال")
    assert (term.category, term.stance, term.verbs) == ("acts", "neutral", ("احتل",))
    assert [t.term for t in terms_in("تحتلها", TermMatcher(lex))] == ["الاحتلال"]


def test_cli_report_uses_the_projects_lexicon(project):
    from desktop.cli.report_cmd import _load
    from desktop.core.ingest import article_from_text

    project.add_articles([article_from_text("وقصفت المليشيات البلدة.\n", id="a", outlet="X")])
    project.set_lexicon_category("sources", "Sources")
    path = project.path
    project.close()
    _analysis, _codes, _annotations, lexicon = _load([str(path)])
    with Project.open(path) as again:
        assert lexicon.version == again.lexicon().version
        assert "sources" in lexicon.categories


def test_a_broken_user_lexicon_gives_a_one_line_error(tmp_path, monkeypatch, project):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[terms]\n", encoding="utf-8")
    monkeypatch.setenv(USER_LEXICON_ENV, str(bad))
    with pytest.raises(LexiconError, match="user lexicon is not valid TOML"):
        working_lexicon()
    with pytest.raises(ProjectError, match="^lexicon: .*not valid TOML"):
        project.lexicon()


def test_terms_added_to_the_user_lexicon_reach_every_project(tmp_path, monkeypatch, project):
    path = tmp_path / "me" / "lexicon.toml"
    monkeypatch.setenv(USER_LEXICON_ENV, str(path))
    add_user_term(Term("أبناء القبائل", "armed_groups", "legitimizing", "tribal", 'a "note"'))
    add_user_term(Term("أبناء القبائل", "armed_groups", "neutral", "tribal"))  # redefined
    add_user_term(Term("قوات النخبة", "forces", "neutral"))
    terms = {t.term: t for t in project.lexicon().terms}
    assert terms["أبناء القبائل"].stance == "neutral" and "قوات النخبة" in terms
    assert path.read_text(encoding="utf-8").count("أبناء القبائل") == 1
    before = path.read_text(encoding="utf-8")
    with pytest.raises(LexiconError, match="not changed"):
        add_user_term(Term("كلمة", "no-such-category"))
    assert path.read_text(encoding="utf-8") == before
