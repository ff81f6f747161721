"""CLI over desktop.store: `project create|add|info|code` (and `credits|credit|relay|outlets|outlet`,
desktop/cli/sources_cmd.py), `annotate`, `annotations`,
`unannotate`, `export`. Thin: parse, call the library, print."""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.main import UsageError
from desktop.cli.sources import add_source_args, wants_urls

if TYPE_CHECKING:
    from desktop.store import Project

# desktop.store (sqlite-utils, numpy...) loads when a command runs, not when it is registered
EXPORT_FORMATS = ("json", "csv", "w3c")  # desktop.store.export.FORMATS (a test keeps them equal)

CODE_POLICY = ("CODE is a code's name, GUID or path ('parent/child', as `project info` shows "
               "it). An unknown --code is an error; add codes first with `project code P NAME`, "
               "or pass --create-code to add it on the fly (for a path, under its existing "
               "parent).")


def _load(args):
    from desktop.cli.sources import load_sources
    from desktop.paths import SEEDS

    return load_sources(args, [str(SEEDS)])


def _report(report, articles=()) -> None:
    from desktop.store.articles import duplicate_messages

    parts = [f"{len(report.added)} added", f"{len(report.updated)} updated",
             f"{len(report.unchanged)} unchanged"]
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} skipped as duplicates")
    moved = [p for p in report.placements if p.method in ("exact", "fuzzy")]
    if report.placements:
        parts.append(f"{len(report.placements)} annotation(s) re-anchored "
                     f"({len(moved)} moved, {len(report.orphans)} orphaned)")
    print("articles: " + ", ".join(parts))
    for line in duplicate_messages(report, articles, "--allow-duplicates adds it anyway"):
        print(f"warning: {line}", file=sys.stderr)
    for orphan in report.orphans:
        print(f"orphan: {orphan.guid} {orphan.article} [{orphan.start}, {orphan.end}) "
              f"{orphan.exact[:60]!r}", file=sys.stderr)


def cmd_create(args) -> int:
    from desktop.store import Project

    path = Path(args.project)
    loaded = _load(args)
    project = Project.create(path, name=args.name)
    try:
        report = project.add_articles(loaded.articles, allow_duplicates=args.allow_duplicates,
                                      originals=loaded.originals)
    except BaseException:
        project.close()
        path.unlink(missing_ok=True)  # the file was new: leave nothing half-made
        raise
    project.close()
    print(f"created {path}")
    _report(report, loaded.articles)
    return 0


def cmd_add(args) -> int:
    from desktop.store import Project

    with Project.open(args.project, readonly=False) as project:
        if not args.paths and not wants_urls(args):
            raise UsageError("give article files or folders, --url URL or --urls FILE")
        loaded = _load(args)
        articles = loaded.articles
        report = project.add_articles(articles, replace_dissimilar=args.replace,
                                      allow_duplicates=args.allow_duplicates,
                                      originals=loaded.originals)
        _report(report, articles)
        for placement in report.placements:
            if placement.method == "fuzzy":  # placed on text that differs from the quote
                a = project.annotation(placement.guid)
                print(f"re-quoted: {a.guid} {a.article} [{a.start}, {a.end}) {a.exact[:60]!r} "
                      f"(the analyst's quote {a.original[:60]!r} is kept)", file=sys.stderr)
    return 0


def _info(project: Project) -> dict:
    from desktop.store.export import code_paths

    counts = project.count_annotations()
    paths = code_paths(project.codes())
    dates = {a.id: a.date for a in project.articles()}
    per_article: dict[str, int] = {}
    for a in project.annotations():
        per_article[a.article] = per_article.get(a.article, 0) + 1
    return {
        "project": project.name,
        "path": str(project.path),
        "articles": [{"id": i.id, "outlet": i.outlet, "title": i.title, "length": i.length,
                      "date": dates.get(i.id), "annotations": per_article.get(i.id, 0),
                      "guid": i.guid}
                     for i in project.article_infos()],
        "codes": [{"guid": c.guid, "name": c.name, "path": paths[c.guid], "parent": c.parent,
                   "color": c.color, "description": c.description,
                   "annotations": counts.get(c.guid, 0)} for c in project.codes()],
        "annotations": sum(counts.values()),
        "orphans": len(project.orphans()),
        "memos": len(project.memos()),
    }


def cmd_info(args) -> int:
    from desktop.store import Project

    with Project.open(args.project, readonly=True) as project:
        info = _info(project)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"{info['project']}: {len(info['articles'])} article(s), {len(info['codes'])} code(s), "
          f"{info['annotations']} annotation(s) ({info['orphans']} orphaned), {info['memos']} memo(s)")
    for art in info["articles"]:
        print(f"  {art['id']}\t{art['outlet']}\t{art['length']} chars\t"
              f"{art['annotations']} ann.\t{art['title']}")
    for code in info["codes"]:
        print(f"  code {code['path']}\t{code['color']}\t{code['annotations']} ann.")
    return 0


def cmd_code(args) -> int:
    from desktop.store import Project

    with Project.open(args.project, readonly=False) as project:
        code = project.add_code(args.name, parent=args.parent, color=args.color,
                                description=args.description)
    print(f"{code.guid}\t{code.name}\t{code.color}")
    return 0


def cmd_annotate(args) -> int:
    from desktop.store import Project, UnknownCode

    with Project.open(args.project, readonly=False) as project:
        with project.atomic():
            try:
                code = project.code(args.code)
            except UnknownCode as exc:
                if not args.create_code:
                    raise UnknownCode(f"{exc}; add it with `project code` "
                                      "or pass --create-code") from None
                parent, _, leaf = args.code.rpartition("/")
                code = project.add_code(leaf, parent=parent.strip() or None)
            ann = project.annotate(args.article, args.start, args.end, code, memo=args.memo,
                                   author=args.author)
    print(ann.guid)
    return 0


def cmd_annotations(args) -> int:
    from desktop.store import Project
    from desktop.store.export import code_paths

    with Project.open(args.project, readonly=True) as project:
        anns = project.annotations(code=args.code, article=args.article,
                                   orphans=True if args.orphans else None)
        names = code_paths(project.codes())
    if args.json:
        print(json.dumps([{**a.__dict__, "code_path": names.get(a.code, "")} for a in anns],
                         ensure_ascii=False, indent=2))
        return 0
    for a in anns:
        flag = "\torphan" if a.orphan else ""
        quote = a.exact.replace("\n", " ").replace("\t", " ")
        memo = a.memo.replace("\n", " ").replace("\t", " ")
        print(f"{a.guid}\t{a.article}\t{a.start}\t{a.end}\t{names.get(a.code, a.code)}\t"
              f"{quote}\t{memo}{flag}")
    return 0


def cmd_unannotate(args) -> int:
    from desktop.store import Project

    with Project.open(args.project, readonly=False) as project:
        gone = project.delete_annotation(args.guid)
    print(f"deleted {gone.guid}")
    return 0


def _write_out(text: str, out: str, bom_free_stdout: bool) -> None:
    if out == "-":
        sys.stdout.write(text.lstrip("\ufeff") if bom_free_stdout else text)
        return
    target = Path(out)
    if not target.parent.is_dir():
        from desktop.store import ProjectError

        raise ProjectError(f"no such folder: {target.parent}")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cmd_export(args) -> int:
    from desktop.store import Project
    from desktop.store.export import export

    with Project.open(args.project, readonly=True) as project:
        text = export(project, args.format)
        count = len(project.annotations())
    _write_out(text, args.out, bom_free_stdout=False)
    if args.out != "-":
        print(f"exported {count} annotation(s) as {args.format} to {args.out}")
    return 0


def _int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    return number


DUPLICATES_HELP = ("add articles whose text is identical or nearly identical to one already in "
                   "the project (normally skipped with a warning)")


def register(subparsers) -> None:
    p = subparsers.add_parser("project", help="create, extend and inspect a project file",
                              description="A project file (.qarin) is one SQLite database.")
    sub = p.add_subparsers(dest="project_command", metavar="ACTION", required=True)
    c = sub.add_parser("create", help="create a project from articles (no PATH: the seeds)")
    c.add_argument("project", metavar="P", help="new project file, e.g. gaza.qarin")
    c.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    c.add_argument("--name", help="project name (default: the file name)")
    c.add_argument("--allow-duplicates", action="store_true", help=DUPLICATES_HELP)
    add_source_args(c)
    c.set_defaults(func=cmd_create)
    a = sub.add_parser("add", help="add articles; a changed text re-anchors its annotations")
    a.add_argument("project", metavar="P", help="project file (.qarin)")
    a.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files or folders (.txt .md .html .htm .mhtml .docx)")
    add_source_args(a)
    a.add_argument("--replace", action="store_true",
                   help="replace a stored article's text even when the new text shares less than "
                        "half its words with it (normally refused as a different article with "
                        "the same file name)")
    a.add_argument("--allow-duplicates", action="store_true", help=DUPLICATES_HELP)
    a.set_defaults(func=cmd_add)
    i = sub.add_parser("info", help="articles and codes in a project")
    i.add_argument("project", metavar="P", help="project file (.qarin)")
    i.add_argument("--json", action="store_true", help="print JSON")
    i.set_defaults(func=cmd_info)
    k = sub.add_parser("code", help="add a code to the codebook")
    k.add_argument("project", metavar="P", help="project file (.qarin)")
    k.add_argument("name", help="code name (unique in the project; no '/')")
    k.add_argument("--parent", help="parent code: name, GUID or path ('a/b')")
    k.add_argument("--color", help="#RRGGBB")
    k.add_argument("--description", default="")
    k.set_defaults(func=cmd_code)
    from desktop.cli import sources_cmd  # credits, relay and the project's outlet registry

    sources_cmd.register(sub)

    n = subparsers.add_parser("annotate", help="code a span of an article", epilog=CODE_POLICY)
    n.add_argument("project", metavar="P", help="project file (.qarin)")
    n.add_argument("--article", required=True, metavar="ID", help="article id (see project info)")
    n.add_argument("--start", required=True, type=_int, metavar="S",
                   help="first code point (0-based)")
    n.add_argument("--end", required=True, type=_int, metavar="E", help="end, exclusive")
    n.add_argument("--code", required=True, metavar="CODE",
                   help="code name, GUID or path ('parent/child')")
    n.add_argument("--memo", default="", metavar="TEXT", help="a note on this annotation")
    n.add_argument("--author", metavar="A", help="default: $QARIN_AUTHOR or the login name")
    n.add_argument("--create-code", action="store_true", help="add CODE when it does not exist")
    n.set_defaults(func=cmd_annotate)

    ls = subparsers.add_parser("annotations", help="list annotations (tab-separated)")
    ls.add_argument("project", metavar="P", help="project file (.qarin)")
    ls.add_argument("--code", metavar="C", help="only this code (name, GUID or path)")
    ls.add_argument("--article", metavar="ID", help="only this article")
    ls.add_argument("--orphans", action="store_true", help="only orphaned annotations")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=cmd_annotations)

    u = subparsers.add_parser("unannotate", help="delete one annotation")
    u.add_argument("project", metavar="P", help="project file (.qarin)")
    u.add_argument("guid", metavar="GUID", help="the annotation's GUID")
    u.set_defaults(func=cmd_unannotate)

    e = subparsers.add_parser("export", help="export annotations")
    e.add_argument("project", metavar="P", help="project file (.qarin)")
    e.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                   help="json (Qarin), csv (UTF-8 with BOM), w3c (Web Annotation JSON-LD)")
    e.add_argument("--out", required=True, metavar="FILE", help="output file ('-': stdout)")
    e.set_defaults(func=cmd_export)
