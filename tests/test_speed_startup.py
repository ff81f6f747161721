"""Start-up work of a one-shot `analyze`: what it imports, and the fast routes it takes
(the derived cache's validity check, the JSON document) against the plain ones."""
from __future__ import annotations

import json
import subprocess
import sys

from desktop.paths import ROOT, SEEDS

# Libraries `analyze` on text files never needs: the project store and what it pulls in
# (sqlite-utils brings numpy, click, dateutil, pluggy), the GUI, the corpus and report layers.
HEAVY = ("desktop.store", "sqlite_utils", "numpy", "click", "dateutil", "pluggy", "PySide6",
         "desktop.ui", "desktop.corpus", "desktop.report", "dask", "trafilatura", "docx")


def _modules_after(code: str, tmp_path) -> set[str]:
    """The modules loaded by the end of `code`, run in a fresh interpreter from the repo."""
    out = tmp_path / "modules.json"
    script = code + f"\nimport json, sys\njson.dump(sorted(sys.modules), open({str(out)!r}, 'w'))\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(out.read_text()))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


def test_analyze_on_text_files_imports_no_store_gui_or_numpy(tmp_path):
    out = tmp_path / "a.json"
    loaded = _modules_after(
        "from desktop.cli.main import main\n"
        f"assert main(['analyze', {str(SEEDS)!r}, '--json', {str(out)!r}]) == 0\n", tmp_path)
    assert out.is_file()
    assert "desktop.core.analysis" in loaded  # the run did happen
    assert _heavy(loaded) == []


def test_summary_run_imports_no_store_either(tmp_path):
    loaded = _modules_after(
        "import contextlib, io\nfrom desktop.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['analyze', {str(SEEDS)!r}]) == 0\n", tmp_path)
    assert _heavy(loaded) == []


def test_registering_every_command_needs_no_heavy_import(tmp_path):
    loaded = _modules_after("from desktop.cli.main import build_parser\nbuild_parser()\n", tmp_path)
    assert _heavy(loaded) == []
    assert "desktop.core.analysis" not in loaded  # the engine loads when a command runs


def test_help_still_lists_every_command():
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True,
                          text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    for name in ("analyze", "gui", "project", "annotate", "annotations", "unannotate", "export",
                 "report", "qdpx", "pan", "pan-score", "corpus"):
        assert f"    {name} " in proc.stdout or f"    {name}\n" in proc.stdout, name


def test_export_formats_offered_are_the_stores():
    from desktop.cli.main import build_parser
    from desktop.store.export import FORMATS

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    export = sub.choices["export"]
    fmt = next(a for a in export._actions if a.dest == "format")
    assert tuple(fmt.choices) == tuple(FORMATS)


def test_command_table_names_what_each_module_registers():
    import argparse
    import importlib

    from desktop.cli.main import COMMAND_MODULES, COMMANDS

    found = {}
    for module in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(module).register(sub)
        found.update(dict.fromkeys(sub.choices, module))
    assert found == COMMANDS


def test_a_command_builds_only_its_own_parsers_and_parses_as_with_all():
    from desktop.cli.main import build_parser

    argv = ["analyze", "a.txt", "--json", "-", "--url", "http://x.example/1"]
    one, every = build_parser(argv), build_parser()
    sub = next(a for a in one._actions if a.dest == "command")
    assert set(sub.choices) == {"analyze"}
    assert vars(one.parse_args(argv)) == vars(every.parse_args(argv))


def test_the_setup_byte_compiles_the_package():
    """Where PYTHONDONTWRITEBYTECODE is set, nothing else writes .pyc files: every lazily
    imported module would be compiled from source on every run."""
    script = (ROOT / "qarin").read_text(encoding="utf-8")
    setup = script[script.index("python_env() {"):script.index("\n}\n", script.index("python_env() {"))]
    assert '-m compileall -q desktop main.py' in setup


# --- the derived cache's digest index: a file's hash is reused while its stat is unchanged ---

def _fresh_process_state(monkeypatch):
    """As a new process sees it: no digests remembered in memory, the index not yet read."""
    from desktop.core import derived

    derived.save_digests()
    monkeypatch.setattr(derived, "_FILE_HASHES", {})
    monkeypatch.setattr(derived, "_index_loaded", False)


def _settled(path, monkeypatch):
    """As if the file had not changed for a while (its ctime cannot be set back: the window
    is shortened instead)."""
    import os
    import time

    from desktop.core import derived

    past = time.time_ns() - 60 * 1_000_000_000
    os.utime(path, ns=(past, past))
    monkeypatch.setattr(derived, "_SETTLED_NS", -1)


def _reads(monkeypatch):
    """Count the files file_digest opens to hash."""
    from desktop.core import derived

    opened = []
    real = derived.sha1

    def counting(data=b""):
        if data:
            opened.append(len(data))
        return real(data)

    monkeypatch.setattr(derived, "sha1", counting)
    return opened


def test_digest_index_reuses_a_hash_while_the_file_is_unchanged(tmp_path, monkeypatch):
    import hashlib

    from desktop.core import derived

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "rules.toml"
    src.write_bytes(b"a = 1\n")
    _settled(src, monkeypatch)
    _fresh_process_state(monkeypatch)
    assert derived.file_digest(src) == hashlib.sha1(b"a = 1\n").digest()
    derived.save_digests()
    assert (tmp_path / "cache" / "derived" / "digests.marshal").is_file()

    _fresh_process_state(monkeypatch)
    opened = _reads(monkeypatch)
    assert derived.file_digest(src) == hashlib.sha1(b"a = 1\n").digest()
    assert opened == []  # known from the index: not read


def test_digest_index_sees_a_same_size_rewrite_with_the_old_mtime(tmp_path, monkeypatch):
    import hashlib
    import os

    from desktop.core import derived

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "rules.toml"
    src.write_bytes(b"a = 1\n")
    _settled(src, monkeypatch)
    _fresh_process_state(monkeypatch)
    derived.file_digest(src)
    old = os.stat(src)
    src.write_bytes(b"a = 2\n")  # same size, same inode, and the old mtime put back:
    os.utime(src, ns=(old.st_atime_ns, old.st_mtime_ns))  # only the ctime tells
    _fresh_process_state(monkeypatch)
    assert derived.file_digest(src) == hashlib.sha1(b"a = 2\n").digest()


def test_digest_index_does_not_record_a_file_changed_just_now(tmp_path, monkeypatch):
    from desktop.core import derived

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "rules.toml"
    src.write_bytes(b"a = 1\n")  # now: another change could follow within the same clock tick
    _fresh_process_state(monkeypatch)
    derived.file_digest(src)
    _fresh_process_state(monkeypatch)
    opened = _reads(monkeypatch)
    derived.file_digest(src)
    assert opened == [6]  # hashed again


def test_derived_cache_keys_are_the_same_with_and_without_the_index(tmp_path, monkeypatch):
    """The index changes how a key is computed, never the key: the same files give the same
    key from an empty index, a warm index and with the cache off (plain hashing)."""
    from desktop.core import derived

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(derived, "_SETTLED_NS", -1)  # record every file
    files = sorted((ROOT / "resources").glob("*.toml"))
    code = derived.here("registry", "normalize", "lexicon")
    _fresh_process_state(monkeypatch)
    first = derived.key_for(files, code, "x")
    derived.save_digests()
    _fresh_process_state(monkeypatch)
    opened = _reads(monkeypatch)
    again = derived.key_for(files, code, "x")
    assert opened == []  # warm: no file read again
    monkeypatch.setenv("QARIN_DERIVED_CACHE", "0")
    _fresh_process_state(monkeypatch)
    plain = derived.key_for(files, code, "x")
    assert len(opened) == len(files) + len(code)  # no index: every file hashed
    assert first == again == plain


def test_reading_a_cache_entry_leaves_the_collector_as_it_found_it(tmp_path, monkeypatch):
    import gc

    from desktop.core import derived

    monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path / "cache"))
    value = {"rules": [("a", (1, 2))] * 50}
    for plain in (False, True):
        derived.cached(f"gc-{plain}", lambda: value, plain=plain)  # built and stored
        was = gc.isenabled()
        try:
            for state in (True, False):
                (gc.enable if state else gc.disable)()
                seen = []
                monkeypatch.setattr(derived.pickle if not plain else derived.marshal, "loads",
                                    lambda data, real=(derived.marshal.loads if plain else
                                                       derived.pickle.loads):
                                    seen.append(gc.isenabled()) or real(data))
                assert derived.cached(f"gc-{plain}", lambda: None, plain=plain) == value
                assert seen == [False]  # read with the collector paused
                assert gc.isenabled() is state
                monkeypatch.undo()
                monkeypatch.setenv("QARIN_CACHE_DIR", str(tmp_path / "cache"))
        finally:
            (gc.enable if was else gc.disable)()


def test_a_warm_analyze_imports_no_file_utilities(tmp_path):
    """With the derived cache filled, nothing is written, so tempfile (and random, shutil) stay
    out; argparse's formatter finds the terminal width without shutil; names and resources
    are hashed without hashlib (which loads OpenSSL)."""
    out = tmp_path / "a.json"
    code = ("from desktop.cli.main import main\n"
            f"assert main(['analyze', {str(SEEDS)!r}, '--json', {str(out)!r}]) == 0\n")
    _modules_after(code, tmp_path)  # fills the derived cache if it is cold
    loaded = _modules_after(code, tmp_path)
    assert {"shutil", "tempfile", "random", "hashlib", "_hashlib"} & loaded == set()


def test_built_in_hashes_give_hashlibs_digests():
    import hashlib
    import random

    from desktop.core.hashes import sha1, sha256

    rng = random.Random(12)
    for n in (0, 1, 55, 64, 1000, 70_000):
        data = bytes(rng.randrange(256) for _ in range(n))
        assert sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
        assert sha256(data).digest() == hashlib.sha256(data).digest()
        h = sha1()
        h.update(data[: n // 2])
        h.update(data[n // 2:])
        assert h.digest() == hashlib.sha1(data).digest()


def test_help_is_as_wide_as_argparse_makes_it(monkeypatch):
    import argparse

    from desktop.cli.main import _Formatter

    for columns in ("", "60", "200", "x", "-3"):
        monkeypatch.setenv("COLUMNS", columns)
        ours = _Formatter("qarin")
        theirs = argparse.HelpFormatter("qarin")
        assert ours._width == theirs._width and ours._max_help_position == theirs._max_help_position


def test_reading_a_file_gives_the_bytes_the_plain_read_gives(tmp_path, monkeypatch):
    """_read_limited asks for the file's size (plus one byte), not a 5 MB buffer: the same
    bytes, the same refusal past the limit, also for a file larger than its stat said."""
    import os
    import random

    import pytest

    from desktop.core import ingest
    from desktop.core.decode import IngestError

    monkeypatch.setattr(ingest, "MAX_BYTES", 4096)
    rng = random.Random(7)

    def plain(path):
        with open(path, "rb") as fh:
            data = fh.read(4096 + 1)
        if len(data) > 4096:
            raise IngestError("too big")
        return data

    for n in (1, 2, 100, 4095, 4096, 4097, 9000):
        path = tmp_path / f"f{n}.txt"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(n)))
        try:
            want = plain(path)
        except IngestError:
            with pytest.raises(IngestError):
                ingest._read_limited(path)
        else:
            assert ingest._read_limited(path) == want

    grows = tmp_path / "grows.txt"  # stat says 10 bytes; the file holds 3000, then 5000
    for total in (3000, 5000):
        grows.write_bytes(b"x" * total)
        real_fstat = os.fstat
        monkeypatch.setattr(ingest.os, "fstat", lambda fd: os.stat_result(
            (0o100644, 0, 0, 1, 0, 0, 10, 0, 0, 0)) if fd >= 0 else real_fstat(fd))
        if total <= 4096:
            assert ingest._read_limited(grows) == b"x" * total
        else:
            with pytest.raises(IngestError):
                ingest._read_limited(grows)
        monkeypatch.setattr(ingest.os, "fstat", real_fstat)


def test_nothing_is_imported_inside_analyzes_timed_run(tmp_path):
    """`timings` measure the work: every module the run uses is loaded before its clock
    starts (reading, the JSON writer, orjson), none on first use inside it."""
    out = tmp_path / "a.json"
    report = tmp_path / "late.json"
    project = tmp_path / "seeds.qarin"
    script = f"""
import json, sys
import desktop.cli.analyze_cmd as cmd
late, on = [], []
sys.addaudithook(lambda event, args: late.append(args[0]) if on and event == "import" else None)
preload = cmd._preload
def preload_then_watch(args):
    preload(args)
    on.append(True)
cmd._preload = preload_then_watch
from desktop.cli.main import main
import os
if not os.path.exists({str(project)!r}):  # the first run makes the project; the second checks
    from desktop.core.ingest import load_paths
    from desktop.store import Project
    with Project.create({str(project)!r}) as p:
        p.add_articles(load_paths([{str(SEEDS)!r}]).articles)
for argv in (["analyze", {str(SEEDS)!r}, "--json", {str(out)!r}], ["analyze", {str(SEEDS)!r}],
             ["analyze", {str(project)!r}, "--json", {str(out)!r}]):
    on.clear()
    assert main(argv) == 0
json.dump(late, open({str(report)!r}, "w"))
"""
    import os

    env = dict(os.environ, QARIN_CACHE_DIR=str(tmp_path / "cache"))
    for warm in (False, True):  # the first run fills the derived cache (writing imports tempfile)
        proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              cwd=ROOT, env=env)
        assert proc.returncode == 0, proc.stderr
    assert json.loads(report.read_text()) == []


def test_an_in_process_analyze_leaves_the_collector_on(tmp_path, capsys):
    import gc

    from desktop.cli.main import main

    assert gc.isenabled()
    assert main(["analyze", str(SEEDS), "--json", str(tmp_path / "a.json")]) == 0
    assert gc.isenabled()
    assert main(["analyze", str(tmp_path / "nothing-here")]) == 2  # an error on the way out too
    assert gc.isenabled()
