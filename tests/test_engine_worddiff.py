import pytest

from desktop.core.worddiff import diff_keys


def tags(a, b):
    return [op.tag for op in diff_keys(a.split(), b.split())]


@pytest.mark.parametrize("a, b", [
    ("شرقي ديرالزور بستة", "شرقي دير الزور بستة"),  # glued words
    ("المسؤولية عن العداون على مدينة", "المسؤولية عن العدوان على مدينة"),  # transposition typo
    ("عن العداون على مدينة", "عن العدوانعلى مدينة"),  # glued and misspelt
])
def test_tolerated_differences_count_as_equal(a, b):
    assert tags(a, b) == ["equal"]


def test_label_swap_is_one_change_between_equal_runs():
    ops = diff_keys("ضد قوات الاحتلال الأميركية في العراق".split(), "ضد القوات الأميركية في العراق".split())
    assert [op.tag for op in ops] == ["equal", "change", "equal"]
    assert (ops[1].a0, ops[1].a1, ops[1].b0, ops[1].b1) == (1, 3, 1, 2)


def test_short_words_are_not_typos():
    assert "equal" != tags("في العراق", "من العراق")[0]
