"""`report [PROJECT|PATH ...] --out report.html [--pdf F] [--csv F] [--json F] [--outlets ...]`
and `qdpx export PROJECT --out F.qdpx` / `qdpx import F.qdpx --out P.qarin`."""
from __future__ import annotations

import sys
from pathlib import Path

from .main import UsageError

PROJECT_SUFFIX = ".qarin"


def register(sub) -> None:
    p = sub.add_parser(
        "report", help="write a comparison report (HTML, PDF, CSV, JSON)",
        description="Write a comparison report of a project (.qarin) or of article files/folders "
                    "(default: the bundled seeds). HTML is one self-contained file.")
    p.add_argument("inputs", nargs="*", metavar="PROJECT|PATH",
                   help="one .qarin project, or article files/folders")
    p.add_argument("--out", metavar="HTML", help="write the HTML report here")
    p.add_argument("--pdf", metavar="PDF", help="also write an A4 PDF")
    p.add_argument("--csv", metavar="CSV", help="write the annotations as CSV (UTF-8 with BOM)")
    p.add_argument("--json", metavar="JSON", help="write the analysis and annotations as JSON")
    p.add_argument("--outlets", nargs="+", metavar="OUTLET",
                   help="only these outlets (names as in the report; commas also separate)")
    p.add_argument("--lang", choices=("ar", "en"), default="ar", help="report language (default: ar)")
    p.set_defaults(func=run_report)

    q = sub.add_parser("qdpx", help="REFI-QDA project exchange (.qdpx export/import)",
                       description="Exchange coding with QDA tools (QualCoder, MAXQDA, ATLAS.ti, NVivo).")
    qsub = q.add_subparsers(dest="qdpx_command", metavar="ACTION", parser_class=type(q))
    e = qsub.add_parser("export", help="write a project as .qdpx")
    e.add_argument("project", metavar="PROJECT", help="the .qarin project")
    e.add_argument("--out", required=True, metavar="QDPX", help="the .qdpx file to write")
    e.set_defaults(func=run_export)
    i = qsub.add_parser("import", help="read a .qdpx into a new project")
    i.add_argument("qdpx", metavar="QDPX", help="the .qdpx file")
    i.add_argument("--out", required=True, metavar="PROJECT", help="the new .qarin project to create")
    i.set_defaults(func=run_import)
    q.set_defaults(func=lambda args: _missing_action(q))


def _missing_action(parser) -> int:
    raise UsageError("qdpx: choose an action: export or import")


def _outlets(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def _load(inputs: list[str]):
    """(analysis, codes, annotations, lexicon) from one project or from article paths."""
    from desktop.core.analysis import analyze
    from desktop.core.ingest import load_paths
    from desktop.core.lexicon_layers import working_lexicon
    from desktop.paths import SEEDS

    projects = [x for x in inputs if x.lower().endswith(PROJECT_SUFFIX)]
    if projects:
        if len(inputs) != 1:
            raise UsageError("report: give one project, or article paths, not both")
        from desktop.report import coding_from_project
        from desktop.store import Project

        with Project.open(projects[0]) as project:
            lexicon = project.lexicon()
            analysis = project.analysis(lexicon=lexicon)
            codes, annotations = coding_from_project(project)
        if not analysis.articles:
            raise UsageError(f"report: the project {projects[0]} has no articles")
        return analysis, codes, annotations, lexicon
    loaded = load_paths(inputs or [SEEDS])
    for problem in loaded.problems:
        print(f"warning: {problem.message}", file=sys.stderr)
    if not loaded.articles:
        raise UsageError("report: no readable articles in the given paths")
    lexicon = working_lexicon()  # bundled + the user's lexicon, as in the window
    return analyze(loaded.articles, lexicon), [], [], lexicon


def run_report(args) -> int:
    from desktop.report import write_report

    if not any((args.out, args.pdf, args.csv, args.json)):
        raise UsageError("report: give --out HTML (and/or --pdf, --csv, --json)")
    if args.out and Path(args.out).suffix.lower() == ".pdf":
        raise UsageError(f"report: --out writes HTML; for a PDF use --pdf {args.out}")
    for target in (args.out, args.pdf, args.csv, args.json):
        if target and not Path(target).resolve().parent.is_dir():
            raise UsageError(f"report: the folder for {target} does not exist")
    analysis, codes, annotations, lexicon = _load(args.inputs)
    try:
        result = write_report(analysis, annotations, codes, args.out, pdf=args.pdf,
                              outlets=_outlets(args.outlets), csv=args.csv, json=args.json,
                              lexicon=lexicon, lang=args.lang)
    except ValueError as exc:
        raise UsageError(f"report: {exc}") from None
    for path in result.written:
        extra = f" ({result.pdf_pages} pages)" if args.pdf and path == Path(args.pdf) else ""
        print(f"wrote {path}{extra}", file=sys.stderr)
    return 0


def run_export(args) -> int:
    from desktop.interchange import export_qdpx
    from desktop.store import Project

    if not Path(args.project).exists():
        raise UsageError(f"qdpx export: no project at {args.project}")
    with Project.open(args.project) as project:
        stats = export_qdpx(project, args.out)
    print(f"wrote {args.out}: {stats.sources} sources, {stats.codes} codes, "
          f"{stats.selections} coded selections, {stats.notes} notes", file=sys.stderr)
    for item in stats.not_carried:
        print(f"not carried: {item}", file=sys.stderr)
    return 0


def run_import(args) -> int:
    from desktop.interchange import import_qdpx

    if not Path(args.qdpx).exists():
        raise UsageError(f"qdpx import: no file at {args.qdpx}")
    if Path(args.out).exists():
        raise UsageError(f"qdpx import: {args.out} exists; choose a new project file")
    report = import_qdpx(args.qdpx, args.out)
    for message in [*report.skipped, *report.warnings]:
        print(f"warning: {message}", file=sys.stderr)
    orphans = f" ({report.orphans} kept as orphans to place by hand)" if report.orphans else ""
    print(f"created {args.out}: {report.sources} sources, {report.codes} codes, "
          f"{report.selections} coded selections{orphans}, {report.notes} notes", file=sys.stderr)
    return 0
