"""`qarin gui [PROJECT|PATH ...] [--screenshot FILE] [--view NAME] [--lang ar|en]`."""
from __future__ import annotations

from pathlib import Path

from desktop.cli.main import UsageError

VIEW_NAMES = ("columns", "pair", "framing", "reuse", "lexicon")


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "gui", help="open the desktop window (default: the bundled seeds)",
        description="Open the desktop window on a project file (.qarin) or on article files "
                    "and folders; with no arguments, on the bundled seed articles.")
    p.add_argument("paths", nargs="*", metavar="PROJECT|PATH",
                   help="a .qarin project, article files, or folders of them")
    p.add_argument("--screenshot", metavar="FILE",
                   help="render the window at 1600x1000 offscreen, save a PNG and exit")
    p.add_argument("--view", choices=VIEW_NAMES, default="columns",
                   help="the view shown in the screenshot (default: columns)")
    p.add_argument("--lang", choices=("ar", "en"),
                   help="interface language (default: the one chosen in the View menu, else "
                        "Arabic where the system locale is Arabic, else English)")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.screenshot and not args.screenshot.lower().endswith(".png"):
        raise UsageError("--screenshot needs a .png file name")
    from desktop.store import SUFFIX

    projects = [p for p in args.paths if p.endswith(SUFFIX)]
    if len(projects) > 1:
        raise UsageError("gui: open one project at a time")
    if projects and not Path(projects[0]).is_file():
        raise UsageError(f"gui: no project at {projects[0]}")
    from desktop.store import ProjectCorrupt, ProjectForeign, ProjectNotFound, ProjectTooNew
    from desktop.ui.app import run as run_gui  # Qt loads only for this command
    from desktop.ui.project_session import NoArticles

    try:
        return run_gui(list(args.paths), args.screenshot, args.view, args.lang)
    except (NoArticles, ProjectNotFound, ProjectCorrupt, ProjectForeign, ProjectTooNew) as exc:
        raise UsageError(f"gui: {exc}") from None
