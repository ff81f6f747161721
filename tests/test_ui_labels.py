"""Labels that show user text: bidi controls stay visible and contained; names are not cut."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

from desktop.core.model import Article
from desktop.ui.bidi import BIDI_CONTROLS, isolated
from desktop.ui.panels.column_chooser import ColumnChooser
from desktop.ui.main_window import MainWindow
from desktop.ui.project_session import ProjectSession

RLO = "\u202e"


def _x_positions(text: str, font, direction=Qt.LayoutDirection.LeftToRight) -> list[float]:
    """Where Qt's text engine puts each character of a one-line label (its left edge)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text))]


def _reads_left_to_right(label: str, word: str, font) -> bool:
    xs = _x_positions(label, font)
    at = label.index(word)
    return xs[at] < xs[at + len(word) - 1]


def _no_live_controls(text: str) -> bool:
    """Only our own balanced FSI…PDI isolates remain as bidi controls."""
    depth = 0
    for ch in text:
        if ch == "\u2068":
            depth += 1
        elif ch == "\u2069":
            depth -= 1
            if depth < 0:
                return False
        elif ch in BIDI_CONTROLS:
            return False
    return depth == 0


def test_an_override_in_a_title_cannot_reverse_the_column_chooser(qtbot):
    chooser = ColumnChooser()
    qtbot.addWidget(chooser)
    arts = [Article(id="a1", path="", text="نص", outlet=f"{RLO}Outlet one", encoding="utf-8",
                    title=f"{RLO}abc"),
            Article(id="a2", path="", text="نص", outlet="Outlet two", encoding="utf-8",
                    title=f"عنوان {RLO}")]
    chooser.set_articles(arts, ["a1", "a2"], "a1")
    for label in [chooser.list.item(i).text() for i in range(2)] + \
            [chooser.pivot.itemText(i) for i in range(2)]:
        assert _no_live_controls(label)
    first = chooser.list.item(0).text()
    assert "[RLO U+202E]abc" in first  # the control is shown, not obeyed
    assert _reads_left_to_right(first, "abc", chooser.font())
    assert _reads_left_to_right(first, "Outlet one", chooser.font())
    # an override at the end of a title does not reach the text the label adds after it
    second = chooser.pivot.itemText(1)
    assert _reads_left_to_right(second + " · pivot", "pivot", chooser.font())


def test_the_window_shows_controls_in_codes_headers_and_filters(seeds_window, qtbot):
    w = seeds_window
    aid = w.columns.columns[0]
    w.actions_.annotate(aid, 0, 5, f"{RLO}code one")
    name = w.codebook_model.index(0, 0).data()
    assert name == "[RLO U+202E]code one"
    filters = [w.annotations.code_filter.itemText(i)
               for i in range(w.annotations.code_filter.count())]
    assert isolated(f"{RLO}code one") in filters and all(map(_no_live_controls, filters))
    assert w.annotations_model.index(0, 0).data() == name
    assert all(_no_live_controls(h) for h in w.columns.header_texts())
    assert _no_live_controls(w.windowTitle()) and _no_live_controls(w.message.text())


def _project_with_codes(tmp_path, names):
    from desktop.core.ingest import load_paths
    from desktop.paths import SEEDS
    from desktop.store import Project
    path = tmp_path / "coded.qarin"
    with Project.create(path) as p:
        arts = load_paths([SEEDS]).articles
        p.add_articles(arts)
        for i, n in enumerate(names):
            p.annotate(arts[0].id, 10 * i, 10 * i + 5, p.add_code(n))
    return path


def test_code_names_are_not_cut_in_a_project_opened_with_codes(qtbot, tmp_path):
    names = ["تسمية المصدر الميداني", "تسمية القوات الأميركية في الشرق السوري"]
    window = MainWindow(ProjectSession.open_project(_project_with_codes(tmp_path, names)))
    window.quiet_close = True
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    with qtbot.waitSignal(window.refreshed, timeout=120_000):
        window.show()
        window.start()
    tree = window.codebook.tree
    assert tree.isVisible() and window.codebook_model.rowCount() == 2
    need = tree.sizeHintForColumn(0)
    assert need > 0 and tree.columnWidth(0) >= need  # every name shown whole
    window.close()


def test_code_names_stay_whole_when_the_font_grows(seeds_window, qtbot):
    w = seeds_window
    w.actions_.annotate(w.columns.columns[0], 0, 5, "تسمية المصدر الميداني")
    tree = w.codebook.tree
    font = tree.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tree.setFont(font)  # a zoom, a late font, another style: the names get wider
    qtbot.waitUntil(lambda: tree.columnWidth(0) >= tree.sizeHintForColumn(0) > 0)
    table = w.annotations.table  # the annotations list shows the code's name whole too
    assert table.columnWidth(0) >= table.sizeHintForColumn(0) > 0
