"""`corpus`: reuse, stories, networks and wording shifts across a news archive.

    python main.py corpus build C.sqlite ARCHIVE... [--fields MAP] [--workers N | --scheduler ADDRESS]
    python main.py corpus stories|network|substitutions C.sqlite [--limit N] [--search TEXT]
    python main.py corpus export C.sqlite --format json|csv|html --out FILE
"""
from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.main import UsageError


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "corpus", help="text reuse across a news archive (stories, outlet network, substitutions)",
        description="Build a corpus store from an archive and read what it found.",
    )
    sub = p.add_subparsers(dest="corpus_command", metavar="ACTION")

    b = sub.add_parser("build", help="import an archive and find every reused passage (incremental)",
                       description="Import ARCHIVE (folders, .zip, .json, .jsonl, .csv, .txt, .md) into "
                                   "the corpus file C.sqlite, index new articles, align new candidate "
                                   "pairs and rebuild stories, network and substitutions. Run again with "
                                   "more files to add to it; an interrupted build resumes.")
    b.add_argument("corpus", metavar="C.sqlite")
    b.add_argument("archives", nargs="*", metavar="ARCHIVE")
    b.add_argument("--fields", metavar="MAP",
                   help="row fields, e.g. text=content,title=title,url=url,date=date_extracted,outlet=source")
    where = b.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=0, metavar="N",
                       help="run on a local Dask cluster of N worker processes (default: in-process)")
    where.add_argument("--scheduler", metavar="ADDRESS", help="run on an existing Dask cluster (tcp://host:8786)")
    b.add_argument("--quiet", action="store_true", help="no progress lines")
    b.set_defaults(func=run_build)

    for name, helptext in (("stories", "stories: articles joined by reuse, first publisher, outlets"),
                           ("network", "per outlet pair: articles reusing, credited, uncredited, median lag"),
                           ("substitutions", "wording copies swapped for their source's, over the archive")):
        t = sub.add_parser(name, help=helptext, description=helptext)
        t.add_argument("corpus", metavar="C.sqlite")
        t.add_argument("--limit", type=int, default=50, metavar="N", help="rows to show (default 50; 0 = all)")
        t.add_argument("--search", metavar="TEXT", help="only rows containing TEXT")
        if name == "substitutions":
            t.add_argument("--framing", action="store_true", help="only substitutions of framing lexicon terms")
        t.set_defaults(func=run_table, table=name)

    e = sub.add_parser("export", help="write articles, pairs, stories, network and substitutions",
                       description="Export the corpus as JSON (all tables), CSV (one row per reused "
                                   "passage) or HTML (a readable report).")
    e.add_argument("corpus", metavar="C.sqlite")
    e.add_argument("--format", required=True, choices=("json", "csv", "html"))
    e.add_argument("--out", required=True, metavar="FILE")
    e.set_defaults(func=run_export)
    p.set_defaults(func=lambda args: _no_action(p))


def _no_action(parser) -> int:
    parser.print_help()
    return 2


def _open(path: str, create: bool = False, readonly: bool = False):
    from desktop.store.corpus import CorpusError, CorpusStore

    try:
        return CorpusStore.open(path, create=create, readonly=readonly)
    except CorpusError as exc:
        raise UsageError(str(exc)) from None


def run_build(args) -> int:
    from desktop.cli.pan_cmd import ProgressBar
    from desktop.corpus.archive import ArchiveError, parse_fields
    from desktop.corpus.build import build_corpus
    from desktop.corpus.runner import RunnerError, make_runner

    try:
        fields = parse_fields(args.fields)
    except ArchiveError as exc:
        raise UsageError(str(exc)) from None
    if args.workers < 0:
        raise UsageError("--workers must be 1 or more")
    if Path(args.corpus).suffix.lower() in (".zip", ".json", ".jsonl", ".csv"):
        raise UsageError(f"{args.corpus}: give the corpus file first (C.sqlite), then the archive")
    for a in args.archives:
        if not Path(a).exists():
            raise UsageError(f"{a}: no such file or folder")
    store = _open(args.corpus, create=True)
    try:
        runner = make_runner(args.workers, args.scheduler)
    except RunnerError as exc:
        store.close()
        print(f"error: {exc}", file=sys.stderr)
        return 1
    bar = None if args.quiet else ProgressBar()
    try:
        with store, runner:
            report = build_corpus(store, args.archives, fields, runner=runner, stage=bar)
            counts = store.counts()
    except KeyboardInterrupt:
        print(f"\ninterrupted: {args.corpus} keeps what was done; run the same command to resume",
              file=sys.stderr)
        return 1
    for problem in report.problems[:20]:
        print(f"warning: {problem}", file=sys.stderr)
    if len(report.problems) > 20:
        print(f"warning: {len(report.problems) - 20} more problem(s) not shown", file=sys.stderr)
    secs = ", ".join(f"{k} {v:.1f} s (cpu {report.cpu.get(k, 0):.1f} s"
                     + (f", workers {report.cpu_workers[k]:.1f} s" if report.cpu_workers.get(k) else "") + ")"
                     for k, v in report.seconds.items())
    print(f"{args.corpus}: {counts['articles']} articles ({report.added} new, {report.already} already stored), "
          f"{report.candidates} candidate pairs of {report.voting} sharing a rare n-gram ({report.aligned} aligned now), {counts['reuse_pairs']} reuse pairs "
          f"(+{counts['formula_pairs']} sharing only a formula), "
          f"{counts['stories']} stories, {counts['network']} outlet links, {counts['substitutions']} "
          f"substitution groups [{report.runner}; {secs}]")
    return 0


def _fit(text, width: int) -> str:
    text = "" if text is None else str(text).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def run_table(args) -> int:
    with _open(args.corpus, readonly=True) as store:
        if args.table == "stories":
            rows = store.stories()
            head = ("story", "size", "first publisher", "first date", "last date", "outlets", "title")
            lines = [(r["id"], r["size"], r["first_outlet"], r["first_date"] or "", r["last_date"] or "",
                      ", ".join(r["outlets"]), r["title"] or "") for r in rows]
            widths = (6, 5, 16, 19, 19, 40, 50)
        elif args.table == "network":
            rows = store.network()
            head = ("from (source)", "to (copy)", "articles", "pairs", "credited", "uncredited", "median lag h")
            lines = [(r["from"], r["to"], r["articles"], r["pairs"], r["credited"], r["uncredited"],
                      "" if r["median_lag_hours"] is None else f"{r['median_lag_hours']:.1f}") for r in rows]
            widths = (18, 18, 8, 6, 8, 10, 12)
        else:
            rows = store.substitutions()
            if args.framing:
                rows = [r for r in rows if r["category"]]
            head = ("count", "source wording", "copy wording", "category", "outlets (source>copy)")
            lines = [(r["count"], r["from"], r["to"], r["category"] or "",
                      ", ".join(f"{o['from']}>{o['to']}:{o['count']}" for o in r["outlets"][:3])) for r in rows]
            widths = (5, 30, 30, 14, 50)
    if args.search:
        lines = [ln for ln in lines if any(args.search in str(c) for c in ln)]
    shown = lines if args.limit == 0 else lines[: args.limit]
    print("  ".join(_fit(h, w).ljust(w) for h, w in zip(head, widths)).rstrip())
    for ln in shown:
        print("  ".join(_fit(c, w).ljust(w) for c, w in zip(ln, widths)).rstrip())
    if len(shown) < len(lines):
        print(f"({len(lines) - len(shown)} more; --limit 0 shows all)")
    return 0


def run_export(args) -> int:
    from desktop.corpus.export import write_export

    out = Path(args.out)
    if out.is_dir():
        raise UsageError(f"--out {args.out}: is a folder")
    with _open(args.corpus, readonly=True) as store:
        n = write_export(store, args.format, out)
    print(f"wrote {out} ({args.format}, {n} pairs)")
    return 0
