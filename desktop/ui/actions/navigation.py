"""Moving around the main window: occurrences of a term, pairs, changes, annotations."""
from __future__ import annotations


class NavigationMixin:
    """Mixed into MainWindow; uses its views, session and ``show_view``/``show_message``."""

    def select_term(self, term: str) -> int:
        """Mark every occurrence of a lexicon term in the columns view (F3: next one)."""
        analysis = self.session.analysis
        if analysis is None:
            return 0
        spans = [(h.article, h.span[0], h.span[1]) for h in analysis.framing
                 if (h.term or h.text) == term]
        self._occurrences = spans
        self._occurrence_index = 0
        shown = self.columns.text.set_occurrences(spans)
        self.show_view("columns")
        self.show_message(self.tr("%n occurrence(s) of “{term}” in all articles; {shown} "
                                  "in the columns shown (F3: next)", "", len(spans)).format(
            term=term, shown=shown))
        return shown

    def next_occurrence(self) -> None:
        shown = self.columns.text._occurrences
        if not shown:
            return
        self._occurrence_index = (self._occurrence_index + 1) % len(shown)
        self.columns.text.select_span(*shown[self._occurrence_index])

    def open_pair(self, a: str, b: str) -> None:
        self.pair.set_pair(a, b)
        self._paint_annotations()
        self.show_view("pair")

    def show_change(self, change) -> None:
        self.open_pair(change.a, change.b)
        view = self.pair.right if self.pair.right_id == change.a else self.pair.left
        view.select_span(change.a, *change.a_span)

    def jump_to(self, annotation) -> bool:
        """Show an annotation's span, in the columns view when its article is a column."""
        if annotation.orphan:
            self.show_message(self.tr("This annotation is an orphan: its text is no longer in "
                                      "the article. Adjust its span to place it again."))
            return False
        if annotation.article in self.columns.columns:
            self.show_view("columns")
            ok = self.columns.text.select_span(annotation.article, annotation.start,
                                               annotation.end)
            if not ok:  # on another page of a long alignment: select it once laid out
                a = annotation
                ok = self.columns.reveal(a.article, a.start, lambda: self.columns.text.select_span(
                    a.article, a.start, a.end))
            self.columns.text.setFocus()
            return ok
        other = self.pair.left_id if self.pair.left_id != annotation.article else \
            self.pair.right_id
        if other is None or other == annotation.article:
            other = next((a.id for a in self.session.articles if a.id != annotation.article),
                         None)
        if other is None:
            return False
        self.pair.set_pair(annotation.article, other, orient=False)
        self._paint_annotations()
        self.show_view("pair")
        ok = self.pair.right.select_span(annotation.article, annotation.start, annotation.end)
        self.pair.right.setFocus()
        return ok

