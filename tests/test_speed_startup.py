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
