"""Where CLI commands take articles from: files and folders, `--url`, and `--urls FILE`."""
from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.main import UsageError


def add_source_args(parser) -> None:
    parser.add_argument("--url", action="append", default=[], metavar="URL",
                        help="a web page to fetch and add (repeat for several)")
    parser.add_argument("--urls", action="append", default=[], metavar="FILE",
                        help="a text file of URLs, one a line (# starts a comment)")
    parser.add_argument("--timeout", type=float, default=None, metavar="S",
                        help="seconds to wait for each page (default 20)")


def wants_urls(args) -> bool:
    return bool(getattr(args, "url", None) or getattr(args, "urls", None))


def load_sources(args, default_paths: list[str] | None = None):
    """Read args.paths (or `default_paths`) and every URL; warnings go to stderr, one a line.
    Returns a LoadResult; UsageError when nothing at all could be read."""
    from desktop.core.ingest import LoadResult, load_paths, load_urls

    paths = list(getattr(args, "paths", None) or [])
    result = LoadResult()
    if paths or not wants_urls(args):
        result = load_paths(paths or default_paths or [])
    urls = list(getattr(args, "url", None) or [])
    for name in getattr(args, "urls", None) or []:
        from desktop.core.readers.fetch import read_url_list  # networking only when asked for

        try:
            urls.extend(read_url_list(Path(name).read_text(encoding="utf-8-sig")))
        except (OSError, UnicodeDecodeError) as exc:
            result.problems.append(_problem(name, f"{name}: cannot read the URL list ({exc})"))
    if urls:
        def progress(done: int, total: int, url: str) -> None:
            if url:
                print(f"fetching {done + 1}/{total}: {url}", file=sys.stderr)

        fetched = load_urls(urls, timeout=args.timeout, progress=progress,
                            used_ids=[a.id for a in result.articles])
        result.articles.extend(fetched.articles)
        result.problems.extend(fetched.problems)
        result.originals.update(fetched.originals)
    for problem in result.problems:
        print(f"warning: {problem.message}", file=sys.stderr)
    if not result.articles:
        where = ", ".join(paths + urls) or ", ".join(map(str, default_paths or []))
        raise UsageError("no readable articles in " + where)
    return result


def _problem(path: str, message: str):
    from desktop.core.ingest import Problem

    return Problem(path, message)
