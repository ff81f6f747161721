"""Keep the translation files current: `python -m desktop.i18n.tools update` re-reads the
sources with `pyside6-lupdate` (new strings appear unfinished in `qarin_ar.ts`; English keeps
only plural forms), `python -m desktop.i18n.tools release` compiles the `.qm` files the window
loads with `pyside6-lrelease`. A test checks that both are current."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from desktop.paths import ROOT

from .catalog import I18N
from .language import LANGUAGES

SOURCES = ("desktop/ui", "desktop/i18n", "desktop/report")


def tool(name: str) -> str:
    """A PySide6 tool: beside the running Python (a venv), else on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found (it comes with PySide6)")
    return found


def source_files(root: Path = ROOT) -> list[str]:
    return sorted(str(p.relative_to(root)) for folder in SOURCES
                  for p in (root / folder).rglob("*.py"))


def lupdate(ts: Path, lang: str, root: Path = ROOT) -> str:
    """Merge the strings of the sources into ``ts``; returns lupdate's report."""
    args = [tool("pyside6-lupdate"), *source_files(root), "-no-obsolete", "-locations",
            "none", "-target-language", lang, "-ts", str(ts)]
    if lang == "en":
        args.insert(-2, "-pluralonly")
    done = subprocess.run(args, cwd=root, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> str:
    done = subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                          capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "update"
    for lang in LANGUAGES:
        ts, qm = I18N / f"qarin_{lang}.ts", I18N / f"qarin_{lang}.qm"
        if command in ("update", "all"):
            print(lupdate(ts, lang).strip())
        if command in ("release", "all"):
            lrelease(ts, qm)
            print(f"wrote {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
