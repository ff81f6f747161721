"""Entry point: `python main.py COMMAND ...`.

Each command lives in its own module exposing ``register(subparsers)``; the parser it adds sets
``func`` to a callable taking the parsed args and returning an exit code. Errors reach the user
as one line on stderr, never as a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys

COMMAND_MODULES = (
    "desktop.cli.analyze_cmd",
    "desktop.cli.gui_cmd",
    "desktop.cli.project_cmd",
    "desktop.cli.report_cmd",
    "desktop.cli.pan_cmd",
    "desktop.cli.corpus_cmd",
)

# The command names each module registers, so a run registers only its own command: building
# every parser (some forty, with their options) costs more than parsing. `--help`, no command or
# an unknown one register them all. tests/test_speed_startup.py keeps this table true.
COMMANDS = {
    "analyze": "desktop.cli.analyze_cmd",
    "gui": "desktop.cli.gui_cmd",
    **dict.fromkeys(("project", "annotate", "annotations", "unannotate", "export"),
                    "desktop.cli.project_cmd"),
    **dict.fromkeys(("report", "qdpx"), "desktop.cli.report_cmd"),
    **dict.fromkeys(("pan", "pan-score"), "desktop.cli.pan_cmd"),
    "corpus": "desktop.cli.corpus_cmd",
}

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# One-shot commands whose process need not tear the interpreter down at exit (freeing every
# object one by one: ~7 ms after an `analyze` of the seeds, a twentieth of the whole run).


class UsageError(Exception):
    """Bad usage or no readable input: exit code 2."""


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, its width found without importing shutil (a parser makes one for
    every option it adds, and shutil brings bz2, lzma... to a run that prints no help)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns(fallback: int = 80) -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else the terminal of stdout, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or fallback
        except (AttributeError, ValueError, OSError):
            columns = fallback
    return columns


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # one line, exit 2
        raise UsageError(f"{self.prog}: {message}")


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command-line parser; given the arguments, only the parsers of the command they name
    (all of them when they name none)."""
    parser = _Parser(prog="qarin", description="Compare how news outlets report the same event.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    only = COMMANDS.get(argv[0]) if argv else None
    for name in (only,) if only else COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            parser.print_help()
            return EXIT_USAGE
        return int(args.func(args) or 0)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # the reader (e.g. `| head`) has gone; stop quietly without a second write failing
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        print(f"error: {where}{(exc.strerror or str(exc)).lower()}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"error: {message}", file=sys.stderr)
        return EXIT_ERROR

