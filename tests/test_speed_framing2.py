"""Second round of framing speed work: each fast route against the plain one.

- the lexicon kept as rows (marshal) gives back the very lexicon the TOML reading makes;
"""
from __future__ import annotations

from desktop.core.lexicon import Category, Lexicon, Term, _read_lexicon, from_rows, load_lexicon, to_rows

LEXICON_TOML = """
version = "t1"
[categories.actor]
label = "Actor"
description = "who"
color = "#123456"
label_ar = "فاعل"
[categories.act]
label = "Act"
[sets]
GROUP = ["حركة", "جماعة"]
[[terms]]
term = "الكيان"
category = "actor"
stance = "delegitimizing"
fixed = true
variants = ["الكيان الغاصب"]
unless_next = ["السياسي"]
[[terms]]
term = "{GROUP} المقاومة"
category = "actor"
stance = "legitimizing"
frame = "resistance"
note = "a note"
[[terms]]
term = "احتل"
category = "act"
pos = "verb"
derived = ["احتلال", "محتل"]
unless_prev = ["قد"]
[[terms]]
term = "المزعوم"
category = "act"
distance = "prev"
verbs = ["زعم"]
"""


def _same(a: Lexicon, b: Lexicon) -> None:
    assert a == b
    assert a.version == b.version and a.base_version == b.base_version
    assert a.to_dict() == b.to_dict()
    assert [repr(t) for t in a.terms] == [repr(t) for t in b.terms]
    assert [hash(t) for t in a.terms] == [hash(t) for t in b.terms]
    assert list(a.categories) == list(b.categories)
    assert all(type(t) is Term for t in a.terms)
    assert all(type(c) is Category for c in a.categories.values())


def test_lexicon_rows_give_back_the_read_lexicon(tmp_path):
    path = tmp_path / "lex.toml"
    path.write_text(LEXICON_TOML, encoding="utf-8")
    plain = _read_lexicon(path)
    assert len(plain.terms) == 4 and plain.terms[1].variants  # {GROUP}: one term, a variant
    _same(from_rows(to_rows(plain)), plain)
    # changed afterwards as a working lexicon is: the same as the plain one changed
    extra = Term("العدوان", "act")
    _same(from_rows(to_rows(plain)).with_changes(add=[extra]), plain.with_changes(add=[extra]))


def test_load_lexicon_through_the_cache(tmp_path, monkeypatch):
    path = tmp_path / "lex.toml"
    path.write_text(LEXICON_TOML, encoding="utf-8")
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("QARIN_DERIVED_CACHE", raising=False)
    first = load_lexicon(path)  # built and stored
    assert list((tmp_path / "cache" / "derived").glob("lexicon-*.marshal"))
    again = load_lexicon(path)  # read from the stored rows
    _same(first, _read_lexicon(path))
    _same(again, _read_lexicon(path))
