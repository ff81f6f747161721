"""Cached analysis (keyed by article hashes, engine and lexicon versions) and lexicon overrides,
with the real engine on the seeds."""
from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core import analysis as engine
from desktop.core.ingest import load_paths
from desktop.core.jsonio import analysis_to_dict
from desktop.paths import SEEDS
from desktop.store import Project, ProjectError, analysis_key


@pytest.fixture(scope="module")
def seeds():
    return load_paths([SEEDS]).articles


@pytest.fixture
def project(tmp_path, seeds):
    p = Project.create(tmp_path / "c.qarin")
    p.add_articles(seeds)
    yield p
    p.close()


def test_analysis_is_computed_once_then_read_from_the_file(project, monkeypatch):
    first = project.analysis()
    calls = []
    real = engine.analyze
    monkeypatch.setattr(engine, "analyze", lambda *a, **k: calls.append(1) or real(*a, **k))
    project.close()
    reopened = Project.open(project.path)
    try:
        again = reopened.analysis()
        assert calls == []
        assert analysis_to_dict(again) == analysis_to_dict(first)
        # a changed text is a different key: analysed afresh
        arts = reopened.articles()
        reopened.add_articles([replace(arts[0], text=arts[0].text + "\nسطر جديد")])
        reopened.analysis()
        assert calls == [1]
    finally:
        reopened.close()


def test_key_covers_texts_outlets_order_and_versions(seeds):
    base = analysis_key(seeds, "1", "L")
    assert analysis_key(list(seeds), "1", "L") == base
    assert analysis_key(seeds, "2", "L") != base
    assert analysis_key(seeds, "1", "M") != base
    assert analysis_key(seeds[::-1], "1", "L") != base
    assert analysis_key([replace(seeds[0], outlet="X"), *seeds[1:]], "1", "L") != base
    assert analysis_key([replace(seeds[0], text=seeds[0].text + " "), *seeds[1:]], "1", "L") != base


def test_cached_analysis_misses_on_other_versions(project, seeds):
    result = project.analysis()
    assert project.cached_analysis(seeds, result.engine_version, result.lexicon_version) is not None
    assert project.cached_analysis(seeds, result.engine_version + "x", result.lexicon_version) is None
    assert project.cached_analysis(seeds, result.engine_version, "other") is None


def test_lexicon_overrides_change_the_lexicon_and_the_cache_key(project):
    base = project.lexicon()
    cat = next(iter(base.categories))
    removed = base.terms[0].term
    project.set_lexicon_override("مصطلح تجريبي", category=cat, stance="delegitimizing")
    project.set_lexicon_override(removed, action="remove")
    lex = project.lexicon()
    terms = {t.term for t in lex.terms}
    assert "مصطلح تجريبي" in terms and removed not in terms
    assert lex.version != base.version
    assert [o.term for o in project.lexicon_overrides()] == ["مصطلح تجريبي", removed]
    with pytest.raises(ProjectError, match="stance"):
        project.set_lexicon_override("x", category=cat, stance="hostile")
    project.set_lexicon_override("y", category="project-only-category")
    assert "y" not in {t.term for t in project.lexicon().terms}  # kept, not applied to base
    assert project.remove_lexicon_override(removed).action == "remove"
    assert removed in {t.term for t in project.lexicon().terms}
