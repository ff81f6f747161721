"""The form dialogs share one frame: fields, a red error line, OK only when nothing is wrong."""
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.lexicon import default_lexicon
from desktop.ui.dialogs.category_dialog import CategoryDialog
from desktop.ui.dialogs.code_dialog import CodeDialog
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.paste_dialog import PasteDialog
from desktop.ui.dialogs.term_dialog import TermDialog


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _fix_category(d):
    d.id_edit.setText("sources")


def _fix_term(d):
    d.term_edit.setText("مصدر ميداني")


def _fix_paste(d):
    d.text.setPlainText("نص الخبر")
    d.outlet.setText("Outlet")


def _fix_code(d):
    d.code.setEditText("تسمية")


@pytest.mark.parametrize("make, fix, complaint", [
    (lambda: CategoryDialog(), _fix_category, "Id:"),
    (lambda: TermDialog(default_lexicon()), _fix_term, "cannot be empty"),
    (lambda: PasteDialog([]), _fix_paste, "text"),
    (lambda: CodeDialog("نص <b>غامق</b>", []), _fix_code, "Choose a code"),
])
def test_ok_needs_valid_input_and_says_what_is_wrong(qtbot, make, fix, complaint):
    dialog = make()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, FormDialog)
    dialog.show()
    _ok(dialog)
    assert dialog.isVisible() and complaint in dialog.error.text()
    fix(dialog)
    with qtbot.waitSignal(dialog.accepted):
        _ok(dialog)
    assert not dialog.isVisible() and dialog.error.text() == ""


def test_the_quoted_text_is_shown_as_text_not_markup(qtbot):
    dialog = CodeDialog("نص <b>غامق</b>\u202e", [])
    qtbot.addWidget(dialog)
    assert "<b>" in dialog.quote.text() and "[RLO U+202E]" in dialog.quote.text()
    assert dialog.quote.textFormat().name == "PlainText"
