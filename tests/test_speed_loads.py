"""The derived cache's loads read the fast way give what the plain route builds (issue 12,
speed: what a run loads from the derived cache). Each test would fail if the fast route
diverged: programs are compiled with the fresh route switched off, tables are compared with
those built afresh."""
from __future__ import annotations

import random
import re

import pytest

from desktop.core import derived, rx

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى"


def _pattern(rng: random.Random) -> str:
    """A random-ish pattern: literals, classes, groups (named ones too), repeats, branches."""
    parts = []
    for _ in range(rng.randrange(1, 7)):
        kind = rng.randrange(7)
        word = "".join(rng.choice(_LETTERS) for _ in range(rng.randrange(1, 6)))
        if kind == 0:
            parts.append(re.escape(word))
        elif kind == 1:
            parts.append("[" + "".join(rng.sample(_LETTERS, 4)) + "]+")
        elif kind == 2:
            parts.append(f"(?P<g{len(parts)}>{re.escape(word)}|\\d{{2,4}})")
        elif kind == 3:
            parts.append(r"\s*")
        elif kind == 4:
            parts.append("(?:" + "|".join(re.escape(w) for w in (word, word[::-1], "xyz")) + ")?")
        elif kind == 5:
            parts.append(r"(?<!\w)" + re.escape(word))
        else:
            parts.append(rf"[^\W\d_]{{1,{rng.randrange(1, 9)}}}")
    return ("^" if rng.random() < 0.3 else "") + "".join(parts)


def _count_fresh_compiles(monkeypatch) -> list:
    """The patterns compiled afresh from here on (by rx's own route or by re.compile)."""
    afresh: list = []
    program, plain = rx._program, re.compile

    def counted_program(src, flags):
        afresh.append(src)
        return program(src, flags)

    def counted_plain(src, flags=0):
        afresh.append(src)
        return plain(src, flags)

    monkeypatch.setattr(rx, "_program", counted_program)
    monkeypatch.setattr(rx.re, "compile", counted_plain)
    return afresh


def _fresh_process(monkeypatch) -> None:
    monkeypatch.setattr(rx, "_store", None)
    monkeypatch.setattr(rx, "_codes", None)
    monkeypatch.setattr(rx, "_compiled", {})


def test_programs_read_back_from_the_mapped_store_are_re_compile(tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_dirty", False)
    _fresh_process(monkeypatch)
    rng = random.Random(12)
    cases = list(dict.fromkeys((_pattern(rng), rng.choice((0, re.M, re.I, re.S))) for _ in range(120)))
    for src, flags in cases:
        rx.compile(src, flags)
    rx.save()
    assert list((tmp_path / "derived").glob("regex-programs-*.programs"))
    plains = {case: re.compile(*case) for case in cases}
    _fresh_process(monkeypatch)  # a new process: every program must come from the file
    afresh = _count_fresh_compiles(monkeypatch)
    texts = ["".join(rng.choice(_LETTERS + " 0123456789xyz") for _ in range(200)) for _ in range(20)]
    for src, flags in cases:
        got, plain = rx.compile(src, flags), plains[(src, flags)]
        assert got == plain and got.groupindex == plain.groupindex and got.groups == plain.groups
        for text in texts:
            assert [m.span() for m in got.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert rx._codes is not None and all(type(rx._store[k][0]) is int for k in cases)
    assert not afresh  # every program came from the file


def test_programs_and_readings_survive_a_second_save(tmp_path, monkeypatch):
    """A process that read programs from the file and compiled one more writes them all back."""
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_dirty", False)
    _fresh_process(monkeypatch)
    first = rx.compile(r"^\s*(اقرأ|إقرأ) (أيضا|ايضا)\s*[:：]?")
    assert rx.first_chars(first) == frozenset("اإ")
    rx.save()
    _fresh_process(monkeypatch)
    monkeypatch.setattr(rx, "_dirty", False)
    second = rx.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")
    rx.save()
    _fresh_process(monkeypatch)
    afresh = _count_fresh_compiles(monkeypatch)
    assert rx.compile(first.pattern) == first and rx.compile(second.pattern) == second
    assert not afresh
    assert rx.compile(second.pattern).groupindex == {"y": 1, "m": 2}
    assert rx._store[("first", first.pattern, first.flags)] == frozenset("اإ")


@pytest.mark.parametrize("damage", [b"", b"QRXPROG1" + b"\xff" * 40, b"not a store at all" * 100])
def test_a_damaged_program_store_is_rebuilt(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_dirty", False)
    _fresh_process(monkeypatch)
    rx.compile(r"[ابت]+\d")
    rx.save()
    (path,) = (tmp_path / "derived").glob("regex-programs-*")
    path.write_bytes(damage)
    _fresh_process(monkeypatch)
    assert rx.compile(r"[ابت]+\d") == re.compile(r"[ابت]+\d")


def test_a_program_past_the_stored_code_is_compiled_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_dirty", False)
    _fresh_process(monkeypatch)
    rx.compile(r"(ب|ت)\s+ث")
    rx.save()
    (path,) = (tmp_path / "derived").glob("regex-programs-*")
    data = path.read_bytes()
    path.write_bytes(data[:-8])  # the code cut short: its entry points past the end
    _fresh_process(monkeypatch)
    assert rx.compile(r"(ب|ت)\s+ث") == re.compile(r"(ب|ت)\s+ث")


def test_large_entries_read_through_a_mapping_are_the_values_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    rng = random.Random(4)
    big = {"".join(rng.choice(_LETTERS) for _ in range(8)): (k, [k] * 3) for k in range(6000)}
    for plain in (True, False):
        calls = []

        def build():
            calls.append(1)
            return big

        assert derived.cached(f"big-{plain}", build, extra="x", plain=plain) == big
        assert derived.cached(f"big-{plain}", build, extra="x", plain=plain) == big
        assert len(calls) == 1  # the second came from the file
    assert all(p.stat().st_size >= derived._MAP_FROM for p in (tmp_path / "derived").glob("big-*"))


# --- the outlet registry ------------------------------------------------------------------------

def _outlets(rng: random.Random, n: int):
    from desktop.core.registry import KINDS, Outlet

    words = ["".join(rng.choice(_LETTERS) for _ in range(rng.randrange(2, 7))) for _ in range(60)]
    out = []
    for k in range(n):
        name = " ".join(rng.sample(words, rng.randrange(1, 4)))
        out.append(Outlet(f"Outlet {k % (n // 2)}", name,
                          tuple(" ".join(rng.sample(words, rng.randrange(1, 4))) for _ in range(rng.randrange(3))),
                          tuple(rng.sample(["ABC", "XYZ", "أ ب", "و ا س"], rng.randrange(2))),
                          tuple(f"site{rng.randrange(n)}.com" for _ in range(rng.randrange(3))),
                          rng.choice(KINDS), rng.choice(["", "Egypt", "Qatar"])))
    return out


def test_registry_read_back_from_the_cache_is_the_registry_built_afresh(tmp_path, monkeypatch):
    from desktop.core import registry

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    fresh = registry.Registry.build(registry.outlets_from_toml(registry.load_toml("outlets.toml")))
    registry._registry.cache_clear()
    try:
        built = registry.registry()  # built, then kept
        registry._registry.cache_clear()
        read = registry.registry()  # read back from the derived cache
    finally:
        registry._registry.cache_clear()
    assert list((tmp_path / "derived").glob("registry-*"))
    assert read is not built and read == built == fresh
    for name in ("رويترز", "وكالة الأنباء الفرنسية", "الجزيرة", "سبوتنك", "no such outlet"):
        assert read.by_name(name) == fresh.by_name(name)


def test_registry_tables_share_equal_words_and_keep_their_values():
    import marshal

    from desktop.core import registry

    rng = random.Random(8)
    outlets = _outlets(rng, 80)
    tables = registry.plain_tables(outlets)
    again = marshal.loads(marshal.dumps(tables))
    assert again == tables
    assert registry.Registry.from_plain(again) == registry.Registry.build(outlets)
    # each word is one object wherever it stands (as the tables are kept and read back)
    seen: dict[str, int] = {}

    def walk(value):
        if isinstance(value, str):
            assert seen.setdefault(value, id(value)) == id(value), value
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)
        elif isinstance(value, (tuple, list, set, frozenset)):
            for v in value:
                walk(v)

    walk(again)
    assert len(seen) > 30
    groups = [g for table in (again[3], again[4]) for g in table.values()]
    assert all(isinstance(g, bytes) for g in groups) and len(groups) > 30
    for g in groups:  # a group read back: its words once too
        seen.clear()
        walk(marshal.loads(g))


# --- shared strings and tuples in cached tables -----------------------------------------------

def test_shared_keeps_every_value_and_type_and_makes_equal_ones_one():
    import marshal

    rng = random.Random(21)
    words = ["".join(rng.choice(_LETTERS) for _ in range(rng.randrange(1, 5))) for _ in range(40)]

    def value(depth=0):
        kind = rng.randrange(9 if depth < 3 else 4)
        if kind == 0:
            return rng.choice(words)
        if kind == 1:
            return rng.choice([0, 1, 2, True, False, 1.0, None, b"ab"])
        if kind == 2:
            return rng.choice(words) + rng.choice(words)  # equal strings, distinct objects
        if kind == 3:
            return (rng.choice([1, True]),)  # (1,) and (True,) are equal, not the same
        if kind == 4:
            return tuple(value(depth + 1) for _ in range(rng.randrange(4)))
        if kind == 5:
            return frozenset(rng.sample(words, rng.randrange(3)))
        if kind == 6:
            return [value(depth + 1) for _ in range(rng.randrange(4))]
        if kind == 7:
            return {rng.choice(words): value(depth + 1) for _ in range(rng.randrange(4))}
        return {rng.choice(words) for _ in range(rng.randrange(3))}

    def typed(v):  # the value with every element's type, all the way down
        if isinstance(v, dict):
            return ("dict", sorted((typed(k), typed(x)) for k, x in v.items()))
        if isinstance(v, (set, frozenset)):
            return (type(v).__name__, sorted(map(typed, v)))
        if isinstance(v, (tuple, list)):
            return (type(v).__name__, [typed(x) for x in v])
        return (type(v).__name__, repr(v))

    for _ in range(200):
        original = [value() for _ in range(rng.randrange(1, 8))]
        made = derived.shared(original)
        assert typed(made) == typed(original)
        assert typed(marshal.loads(marshal.dumps(made))) == typed(original)
    made = derived.shared([("ab", (1,)), ("a" + "b", (True,)), ["ab"], ["ab"]])
    assert made[0][0] is made[1][0] is made[2][0] and made[0] is not made[1]
    assert made[0][1] is not made[1][1] and made[1][1][0] is True and made[2] is not made[3]
    assert made == [("ab", (1,)), ("ab", (True,)), ["ab"], ["ab"]]


def test_matcher_tables_read_back_from_the_cache_are_the_tables_built_afresh(tmp_path, monkeypatch):
    import marshal

    from desktop.core import framing, term_tables
    from desktop.core.lexicon import default_lexicon

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(framing, "_MATCHERS", {})
    lex = default_lexicon()
    built = framing.matcher_for(lex)._tables
    monkeypatch.setattr(framing, "_MATCHERS", {})
    read = framing.matcher_for(lex)._tables
    assert read is not built and read == built == marshal.loads(marshal.dumps(term_tables.build(lex)))


# --- the background word table, read in place ----------------------------------------------------

def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS + "0123456789abc") for _ in range(rng.randrange(1, 9)))


def test_background_table_file_answers_as_the_dict_does(monkeypatch):
    from desktop.core import background_table

    for buckets in (background_table.BUCKETS, 4):  # few buckets: words side by side
        monkeypatch.setattr(background_table, "BUCKETS", buckets)
        rng = random.Random(buckets)
        words = sorted({_word(rng) for _ in range(4000)})
        table = {w: rng.randrange(0, 4096) for w in words[:3000]}
        table.update({"ب": 0, "با": 4095, "باب": 64, "x1": 63})  # prefixes of each other
        fast = background_table.from_file(background_table.to_file(background_table.build(table)))
        probes = words + [w[:-1] for w in words[::3]] + [w + "ا" for w in words[::3]]
        probes += ["", "\0", "\0ب", "ب\0", "\ue040", "با\ue040", "\uffff", "بابا", "x", "😀"]
        rng.shuffle(probes)
        assert [fast.get(k) for k in probes] == [table.get(k) for k in probes]
        assert fast.get_many(probes) == [table.get(k) for k in probes]


def test_background_table_from_the_cache_is_background(tmp_path, monkeypatch):
    from desktop.core import background_table, significance

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    table = significance.background()
    built = background_table.cached(significance.background, [significance.RESOURCES / significance.TABLE_FILE], [])
    (path,) = (tmp_path / "derived").glob("background-table-*.bin")
    calls = []
    read = background_table.cached(lambda: calls.append(1) or table,
                                   [significance.RESOURCES / significance.TABLE_FILE], [])
    assert not calls and not isinstance(read._records, bytes)  # the mapped file, not rebuilt
    keys = list(table)
    assert read.get_many(keys) == built.get_many(keys) == list(table.values())
    for damage in (b"", b"QBGTAB02" + b"\xff" * 64, path.read_bytes()[:-5], b"\0" * 5000):
        path.write_bytes(damage)
        again = background_table.cached(lambda: calls.append(1) or table,
                                        [significance.RESOURCES / significance.TABLE_FILE], [])
        assert again.get_many(keys) == list(table.values())
    assert len(calls) == 4  # each damaged file was built again
    with pytest.raises(ValueError):
        background_table.build({"ا\0ب": 40})


def _eager(outlets):
    """The registry as made before its outlets were made lazily: every table of outlets made
    at once from a tuple."""
    from desktop.core import registry

    reg = registry.Registry.build(outlets)
    eager = registry.Registry(tuple(outlets), dict(reg.by_domain), reg.exact, reg.fuzzy,
                              dict(reg.abbrevs), dict(reg.by_label), reg.firsts, reg.longest,
                              reg.lengths)
    return reg, eager


def test_registry_outlets_made_as_asked_are_the_outlets_and_look_ups_agree():
    from desktop.core import registry

    rng = random.Random(31)
    outlets = _outlets(rng, 120)
    reg, eager = _eager(outlets)
    lazy = registry.Registry.from_plain(registry.plain_tables(outlets))
    probes = list(range(-len(outlets), len(outlets)))
    rng.shuffle(probes)
    assert [lazy.outlets[k] for k in probes] == [outlets[k] for k in probes]
    assert all(lazy.outlets[k] is lazy.outlets[k] for k in probes)  # made once
    for cut in (slice(None), slice(3, 40, 2), slice(-5, None), slice(None, None, -1)):
        assert lazy.outlets[cut] == tuple(outlets)[cut]
    for bad in (len(outlets), -len(outlets) - 1):
        with pytest.raises(IndexError):
            lazy.outlets[bad]
    fresh = registry.Registry.from_plain(registry.plain_tables(outlets))
    assert fresh.by_name(outlets[7].arabic) == eager.by_name(outlets[7].arabic)
    assert 1 <= len(fresh.outlets._made) <= 3  # only the outlets found were made
    words = [w for o in outlets for n in (o.arabic, *o.variants, *o.abbrev) for w in n.split()]
    names = [o.name for o in outlets] + [o.arabic for o in outlets] + ["nothing here"]
    for name in names + ["و" + n for n in names]:
        assert fresh.by_name(name) == eager.by_name(name)
        assert fresh.positions_named(name) == eager.positions_named(name)
    for _ in range(400):
        seq = [registry.fold_words(w)[0] if registry.fold_words(w) else "x"
               for w in rng.sample(words, rng.randrange(1, 5))]
        if rng.random() < 0.3:  # a clitic on the first word
            seq[0] = rng.choice(["و", "ب", "لل", "ول"]) + seq[0]
        if rng.random() < 0.2:  # loosely spelt
            seq = list(registry.loose(seq))
        for abbrev_only in (False, True):
            assert fresh.match_words(seq, abbrev_only=abbrev_only) == eager.match_words(seq, abbrev_only=abbrev_only)
    for url in [f"https://www.site{k}.com/a" for k in range(130)] + ["https://x.example.org", ""]:
        assert fresh.by_url(url) == eager.by_url(url)
    assert fresh == eager == reg and fresh.outlets == tuple(outlets) == eager.outlets
    assert fresh.by_domain == eager.by_domain and fresh.by_label == eager.by_label
    assert fresh.abbrevs == eager.abbrevs and list(fresh.outlets) == outlets


def test_bundled_lexicon_read_back_from_the_cache_is_the_lexicon_read_afresh(tmp_path, monkeypatch):
    from desktop.core import lexicon

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    plain = lexicon._read_lexicon(lexicon.DEFAULT_PATH)
    built = lexicon.load_lexicon()  # parsed, kept
    read = lexicon.load_lexicon()  # read back
    assert list((tmp_path / "derived").glob("lexicon-*"))
    for lex in (built, read):
        assert lex == plain and lex.to_dict() == plain.to_dict() and lex.version == plain.version
        assert [repr(t) for t in lex.terms] == [repr(t) for t in plain.terms]
        assert [type(v) for t in lex.terms for v in vars(t).values()] == \
            [type(v) for t in plain.terms for v in vars(t).values()]


def test_matcher_screens_from_their_kept_programs_are_re_compile(monkeypatch):
    import marshal

    from desktop.core import term_tables
    from desktop.core.lexicon import default_lexicon

    tables = marshal.loads(marshal.dumps(term_tables.build(default_lexicon())))  # as read back
    plains = {name: re.compile(tables[name], re.MULTILINE) for name in ("screen", "rest_screen")}
    afresh = _count_fresh_compiles(monkeypatch)
    rng = random.Random(5)
    words = "\n".join("".join(rng.choice(_LETTERS) for _ in range(rng.randrange(2, 9))) for _ in range(3000))
    for name, plain in plains.items():
        got = term_tables.compiled(tables, name)
        assert got == plain
        assert got.findall(words) == plain.findall(words)
    assert not afresh  # both made from the kept programs


def test_a_registry_read_from_plain_tables_pickles_and_copies_as_before():
    import copy
    import pickle

    from desktop.core import registry

    rng = random.Random(90)
    outlets = _outlets(rng, 50)
    lazy = registry.Registry.from_plain(registry.plain_tables(outlets))
    assert lazy.by_name(outlets[3].arabic) is not None  # partly read already
    for again in (pickle.loads(pickle.dumps(lazy)), copy.deepcopy(lazy)):
        assert again == lazy == registry.Registry.build(outlets)
        assert [again.outlets[k] for k in range(len(outlets))] == outlets


def test_every_remembered_reading_comes_from_a_module_the_store_is_keyed_by():
    """Readings kept in the program store (rx._remembered) go stale when the code reading the
    pattern changes: the store's key covers the module of every reader passed to it anywhere
    in the engine (found in the source: a reader a seeds run never meets counts too)."""
    import ast
    import importlib
    from pathlib import Path

    core = Path(rx.__file__).parent
    readers: dict[str, str] = {}
    for path in sorted(core.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) != 3:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name != "_remembered":
                continue
            reader = node.args[2]
            assert isinstance(reader, ast.Name), f"{path.name}:{node.lineno}: pass a named reader"
            module = importlib.import_module(
                "desktop.core." + ".".join(path.relative_to(core).with_suffix("").parts))
            readers[f"{path.name}:{node.lineno}"] = getattr(module, reader.id).__module__
    assert len(readers) >= 5, readers  # the calls are found at all
    keyed = {f"desktop.core.{m}" for m in rx._READERS}
    outside = {at: m for at, m in readers.items() if m not in keyed}
    assert not outside, f"readers from modules outside the store's key: {outside}"


def test_the_program_store_is_a_new_entry_when_a_reader_module_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path))
    before = rx._path()
    plain = derived.file_digest

    def edited(path):
        digest = plain(path)
        return digest[::-1] if str(path).endswith("openings.py") else digest

    monkeypatch.setattr(derived, "file_digest", edited)
    assert rx._path() != before


def test_pruning_drops_older_entries_of_a_name_in_any_format(tmp_path):
    """An entry whose format changed (a new suffix) still prunes the old format's files of the
    same name; other names, even ones it prefixes, and the digest index are left alone."""
    import os
    import time

    folder = tmp_path / "derived"
    folder.mkdir()
    now = time.time()

    def entry(name: str, n: int, suffix: str, age: int):
        p = folder / f"{name}-{n:024x}{suffix}"
        p.write_bytes(b"x")
        os.utime(p, (now - age, now - age))
        return p

    old = [entry("regex-programs", n, ".marshal", 100 + n) for n in range(4)]
    others = [entry("regex-programs-extra", 7, ".marshal", 500), entry("regex", 8, ".marshal", 500)]
    index = folder / "digests.marshal"
    index.write_bytes(b"x")
    newest = folder / f"regex-programs-{99:024x}.programs"
    derived.store(newest, b"new", "regex-programs", raw=True)
    left = sorted(p.name for p in folder.glob("regex-programs-0*") if p != newest)
    assert newest.exists() and index.exists() and all(p.exists() for p in others)
    assert left == sorted(p.name for p in old[:derived.KEEP - 1]), left  # the youngest old ones
