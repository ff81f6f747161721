"""DESIGN §8 order on a real seed: stored position, else the nearest exact copy, else fuzzy,
else orphan; the analyst's original quote is never overwritten."""
from __future__ import annotations

import pytest

from desktop.core.ingest import load_paths
from desktop.paths import SEEDS
from desktop.store import Project
from desktop.store.anchoring import quote_at, reanchor

ARTICLE = "001_9173de62ffbbbf9b"
QUOTE = "للميادين"


@pytest.fixture
def seed():
    return next(a for a in load_paths([SEEDS]).articles if a.id == ARTICLE)


def edited(text: str) -> str:
    assert text[100:108] == QUOTE
    return "عاجل: خبر محدث\n" + text[:100] + "لقناة الميادين" + text[108:]


def test_an_exact_copy_nearest_the_old_position_wins_over_a_fuzzy_match(seed):
    new = edited(seed.text)
    shift = len("عاجل: خبر محدث\n") + len("لقناة الميادين") - len(QUOTE)
    copies = [i for i in range(len(new)) if new.startswith(QUOTE, i)]
    assert copies == [727 + shift, 771 + shift]  # the edited one is no longer verbatim
    spot = reanchor(quote_at(seed.text, 100, 108), new, seed.text)
    assert spot.method == "exact"
    assert (spot.start, spot.end) == (copies[0], copies[0] + len(QUOTE))
    assert reanchor(quote_at(seed.text, 100, 108), new, None).start == copies[0]


def test_fuzzy_only_when_no_copy_is_left(seed):
    new = edited(seed.text).replace(QUOTE, "لقناة الميادين")
    spot = reanchor(quote_at(seed.text, 100, 108), new, seed.text)
    assert spot.method == "fuzzy"
    assert "الميادين" in new[spot.start:spot.end]
    assert spot.start < 140  # near the old place, not at a later mention


def test_the_store_keeps_the_original_quote(tmp_path, seed):
    path = tmp_path / "c.qarin"
    with Project.create(path) as p:
        p.add_articles([seed])
        ann = p.annotate(ARTICLE, 100, 108, p.add_code("outlet"))
        assert ann.original_exact == QUOTE and not ann.requoted
        new = edited(seed.text).replace(QUOTE, "لقناة الميادين")  # no verbatim copy: fuzzy
        report = p.add_articles([type(seed)(**{**seed.__dict__, "text": new})])
        assert [pl.method for pl in report.placements] == ["fuzzy"]
        moved = p.annotation(ann.guid)
        assert moved.exact == new[moved.start:moved.end] != QUOTE
        assert moved.original_exact == QUOTE and moved.requoted
        # placing it by hand makes the new span the analyst's quote
        s = new.index("لقناة الميادين")
        placed = p.update_annotation(ann.guid, start=s, end=s + len("لقناة الميادين"))
        assert placed.original_exact == "لقناة الميادين" and not placed.requoted


def test_cli_edit_lands_on_the_nearest_exact_copy_and_keeps_the_quote(tmp_path, seed, capsys):
    from desktop.cli.main import main

    src = tmp_path / "src"
    src.mkdir()
    (src / f"{ARTICLE}.txt").write_text(seed.text, encoding="utf-8")
    path = tmp_path / "c.qarin"
    assert main(["project", "create", str(path), str(src)]) == 0
    assert main(["annotate", str(path), "--article", ARTICLE, "--start", "100", "--end", "108",
                 "--code", "outlet", "--create-code"]) == 0
    (src / f"{ARTICLE}.txt").write_text(edited(seed.text), encoding="utf-8")
    assert main(["project", "add", str(path), str(src / f"{ARTICLE}.txt")]) == 0
    assert "1 moved" in capsys.readouterr().out
    with Project.open(path) as p:
        a = p.annotations()[0]
        assert a.anchor == "exact" and a.exact == QUOTE == a.original_exact
        assert a.start == 727 + len("عاجل: خبر محدث\n") + len("لقناة الميادين") - len(QUOTE)


def test_cli_reports_a_fuzzy_move_with_the_kept_quote(tmp_path, seed, capsys):
    from desktop.cli.main import main

    src = tmp_path / "src"
    src.mkdir()
    (src / f"{ARTICLE}.txt").write_text(seed.text, encoding="utf-8")
    path = tmp_path / "c.qarin"
    main(["project", "create", str(path), str(src)])
    main(["annotate", str(path), "--article", ARTICLE, "--start", "100", "--end", "108",
          "--code", "outlet", "--create-code"])
    capsys.readouterr()
    (src / f"{ARTICLE}.txt").write_text(edited(seed.text).replace(QUOTE, "لقناة الميادين"),
                                        encoding="utf-8")
    assert main(["project", "add", str(path), str(src / f"{ARTICLE}.txt")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("re-quoted: ") and f"the analyst's quote '{QUOTE}' is kept" in err
