"""The stories of a mixed folder (core/stories.py), one list item each; choosing one shows
its articles in the columns and pair views, its pivot first."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.model import Analysis, Story
from desktop.core.stories import surface_terms

from desktop.ui.bidi import article_label


def story_columns(analysis: Analysis, story: Story, limit: int = 8) -> list[str]:
    """The story's articles for the columns view: the pivot first, then by how much each
    shares with it, at most ``limit``."""
    shares: dict[frozenset, float] = {frozenset((p.a, p.b)): max(p.a_in_b, p.b_in_a)
                                      for p in analysis.pairs}
    members = [a for a in story.articles if a != story.pivot]
    members.sort(key=lambda a: -shares.get(frozenset((story.pivot, a)), 0.0))
    return ([story.pivot] + members)[:limit]


def story_partner(analysis: Analysis, story: Story) -> str | None:
    """The article of the story that shares most with its pivot (None when alone)."""
    cols = story_columns(analysis, story, limit=2)
    return cols[1] if len(cols) > 1 else None


def main_story(analysis: Analysis) -> Story | None:
    """The story shown first: the one with most articles (the first of equals)."""
    return max(analysis.stories, key=lambda s: len(s.articles), default=None)


class StoryList(QWidget):
    storyChosen = Signal(object)  # Story

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("storyList")
        self.list = QListWidget(self)
        # an item is a heading line and a line of words: wrap rather than cut them off
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Stories"))
        self.list.setToolTip(self.tr("Articles grouped by event; Enter or a click shows one story"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.stories: list[Story] = []

    def set_analysis(self, analysis: Analysis | None, current: Story | None = None) -> None:
        self.list.clear()
        self.stories = list(analysis.stories) if analysis else []
        by_id = {a.id: a for a in analysis.articles} if analysis else {}
        texts = {a.id: a.text for a in analysis.articles} if analysis else {}
        for n, story in enumerate(self.stories):
            pivot = by_id.get(story.pivot)
            label = article_label(pivot) if pivot else story.pivot
            text = self.tr("Story %1: %2 articles · %3").replace("%1", str(n + 1)) \
                .replace("%2", str(len(story.articles))).replace("%3", label)
            terms = " · ".join(surface_terms(story, texts))
            if terms:
                # the words that tie the story together, on a line of their own
                text += "\n" + terms
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, n)
            outlets = sorted({by_id[a].outlet for a in story.articles if a in by_id})
            item.setToolTip(self.tr("Outlets: %1").replace("%1", "، ".join(outlets) if outlets else "—")
                            + ("\n" + self.tr("Shared words: %1").replace("%1", terms) if terms else ""))
            self.list.addItem(item)
            if current is not None and story.id == current.id:
                self.list.setCurrentItem(item)
        self.summary.setText(self.tr("%1 stories in %2 articles").replace("%1", str(len(self.stories)))
                             .replace("%2", str(len(by_id))))

    def _activated(self, item: QListWidgetItem) -> None:
        n = item.data(Qt.ItemDataRole.UserRole)
        if n is not None and 0 <= n < len(self.stories):
            self.storyChosen.emit(self.stories[n])
