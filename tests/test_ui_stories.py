"""The window on a folder mixing two invented events: a story list, one story at a time."""
import pytest

from test_engine_stories import (FLOOD_COPY, FLOOD_OWN, FLOOD_SOURCE, MUSEUM_COPY, MUSEUM_OWN,
                                 MUSEUM_SOURCE)


@pytest.fixture
def mixed_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_UNTITLED_DIR", str(tmp_path / "untitled"))
    folder = tmp_path / "mixed"
    folder.mkdir()
    texts = {"flood_own": FLOOD_OWN, "museum_copy": MUSEUM_COPY, "flood_source": FLOOD_SOURCE,
             "museum_own": MUSEUM_OWN, "flood_copy": FLOOD_COPY, "museum_source": MUSEUM_SOURCE,
             "museum_more": MUSEUM_SOURCE.replace("العاصمة الساحلية", "العاصمة الجبلية")}
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    from support import open_window

    window = open_window(qtbot, [folder])
    yield window
    window.close()


def test_the_window_lists_stories_and_shows_the_largest_first(mixed_window):
    w = mixed_window
    stories = w.session.analysis.stories
    assert len(stories) == 2 and w.stories.list.count() == 2
    assert w.stories_dock.isVisible()
    museum = next(s for s in stories if "museum_own" in s.articles)
    assert set(w.chooser.columns()) == set(museum.articles)  # the larger story, alone
    assert w.chooser.pivot_id() == museum.pivot
    assert {w.pair.right_id, w.pair.left_id} <= set(museum.articles)


def test_choosing_a_story_shows_it_in_columns_and_pair(mixed_window, qtbot):
    w = mixed_window
    flood = next(s for s in w.session.analysis.stories if "flood_own" in s.articles)
    row = next(i for i in range(w.stories.list.count())
               if w.stories.stories[i].id == flood.id)
    w.stories.list.itemClicked.emit(w.stories.list.item(row))
    assert set(w.chooser.columns()) == set(flood.articles)
    assert w.chooser.pivot_id() == flood.pivot
    assert w.columns.columns[0] == flood.pivot
    assert {w.pair.right_id, w.pair.left_id} <= set(flood.articles)
    assert flood.pivot in (w.pair.right_id, w.pair.left_id)


def test_each_story_shows_the_words_that_tie_it_together(mixed_window):
    w = mixed_window
    for i in range(w.stories.list.count()):
        item = w.stories.list.item(i)
        story = w.stories.stories[i]
        assert story.terms
        first_line, words = item.text().split("\n")
        # spelled as in the articles (terms are normalized keys), visible without hovering
        texts = " ".join(a.text for a in w.session.analysis.articles if a.id in story.articles)
        assert all(word in texts for word in words.split(" · "))
        assert item.toolTip()
