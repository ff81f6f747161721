"""Read articles (.txt/.md, .html/.htm, .mhtml, .docx, folders of them, or URLs) into
Articles; refuse bad inputs one by one, each with one clear message.

readers (core/readers) give text and what the source says about itself; here that becomes an
Article: furniture marks and headline (furniture.py), credits (credits.py), outlet and date
(resolve.py). A `metadata.toml` beside the files overrides any field; an `outlets.toml` beside
them extends the outlet registry for those files.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, NamedTuple

from . import rx
from .credits import find_credits
from .decode import MAX_BYTES, IngestError, decode_bytes, too_big
from .furniture import _Marks, find_furniture, mark_outlet_repeats
from .model import Article, BoilerplateMark
from .readers import SUFFIXES, Document, read_bytes
from .registry import registry
from .resolve import relay_source, resolve_date, resolve_outlet

METADATA_FILE = "metadata.toml"
OUTLETS_FILE = "outlets.toml"
UNKNOWN_OUTLET = "Unknown outlet"  # kept for older callers; ingest no longer pools articles

__all__ = ["IngestError", "LoadResult", "Original", "Problem", "article_from_document",
           "article_from_text", "decode_bytes", "load_paths", "load_urls"]


# named tuples and a plain class rather than dataclasses: made at import in a fraction of the time


class Problem(NamedTuple):
    path: str
    message: str


class Original(NamedTuple):
    """The source as read (page, web archive, Word file), kept in the project for provenance."""

    kind: str
    data: bytes
    mime: str
    name: str
    url: str | None = None


class LoadResult:
    __hash__ = None

    def __init__(self, articles: list[Article] | None = None, problems: list[Problem] | None = None,
                 originals: dict[str, Original] | None = None) -> None:
        self.articles: list[Article] = [] if articles is None else articles
        self.problems: list[Problem] = [] if problems is None else problems
        self.originals: dict[str, Original] = {} if originals is None else originals

    def __eq__(self, other) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.articles, self.problems, self.originals) == (other.articles, other.problems,
                                                                   other.originals)

    def __repr__(self) -> str:
        return (f"LoadResult(articles={self.articles!r}, problems={self.problems!r}, "
                f"originals={self.originals!r})")


def load_paths(paths: Iterable[str | Path]) -> LoadResult:
    result = LoadResult()
    used_ids: set[str] = set()
    metadata: dict[Path, dict] = {}
    outlet_files: dict[Path, tuple[str, ...]] = {}
    for path in _expand(paths, result):
        meta = _metadata_for(path, metadata, result)
        try:
            data = _read_limited(path)
            doc = read_bytes(data, str(path))
        except IngestError as exc:
            result.problems.append(Problem(str(path), str(exc)))
            continue
        except OSError as exc:
            result.problems.append(Problem(str(path), f"{path}: cannot read ({exc.strerror or exc})"))
            continue
        article_id = _unique_id(path.stem, used_ids)
        folder = path.parent
        extra = outlet_files.get(folder)
        if extra is None:  # looked for once per folder
            extra = outlet_files[folder] = _local_outlets(folder)
        art = article_from_document(doc, id=article_id, path=str(path), meta=meta, outlet_files=extra)
        result.articles.append(art)
        _keep_original(result, art, doc, path.name)
    result.articles = mark_outlet_repeats(result.articles)
    return result


def load_urls(urls: Iterable[str], *, timeout: float | None = None,
              progress: Callable[[int, int, str], None] | None = None,
              cancel: Callable[[], bool] | None = None,
              used_ids: Iterable[str] = ()) -> LoadResult:
    """Fetch each URL and read it as a page; a failing URL is one Problem, the rest load."""
    from .readers.fetch import TIMEOUT, fetch_many

    result = LoadResult()
    used = set(used_ids)
    for item in fetch_many(urls, timeout or TIMEOUT, progress, cancel):
        if item.document is None:
            result.problems.append(Problem(item.url, item.error))
            continue
        article_id = _unique_id(_id_from_url(item.url), used)
        art = article_from_document(item.document, id=article_id, path=item.url,
                                    meta={"url": item.url})
        result.articles.append(art)
        _keep_original(result, art, item.document, item.url)
    result.articles = mark_outlet_repeats(result.articles)
    return result


def _keep_original(result: LoadResult, art: Article, doc: Document, name: str) -> None:
    if doc.original is not None and doc.source != "txt":
        result.originals[art.id] = Original(doc.source, doc.original, doc.original_type, name,
                                            art.url)


def article_from_document(doc: Document, *, id: str, path: str = "", meta: dict | None = None,
                          outlet_files: tuple[str, ...] = ()) -> Article:
    meta = meta or {}
    return article_from_text(
        doc.text, id=id, path=path, encoding=doc.encoding, outlet=meta.get("outlet"),
        title=meta.get("title"), date=meta.get("date"), url=meta.get("url") or doc.url,
        relay_of=meta.get("relay_of"), author=meta.get("author") or doc.author,
        source=doc.source, page_title=doc.title, page_date=doc.date, sitename=doc.sitename,
        outlet_files=outlet_files, page_url=doc.url,
    )


def article_from_text(
    text: str, *, id: str, path: str = "", encoding: str = "utf-8", outlet: str | None = None,
    title: str | None = None, date: str | None = None, url: str | None = None,
    relay_of: str | None = None, author: str | None = None, source: str = "txt",
    page_title: str | None = None, page_date: str | None = None, sitename: str | None = None,
    outlet_files: tuple[str, ...] = (), page_url: str | None = None,
) -> Article:
    reg = registry(tuple(outlet_files))
    # the address given is kept as the article's URL; the page's own canonical URL names the
    # outlet when the address does not (a mirror, a shortener, a saved copy)
    outlet_url = url if (reg.by_url(url) or not page_url) else page_url
    marks, found_title = find_furniture(text, title or page_title)
    found_credits = _outside_links_and_labels(find_credits(text, reg), marks)
    choice = resolve_outlet(text, meta_outlet=outlet, url=outlet_url, sitename=sitename,
                            credits=found_credits, path=path, article_id=id, reg=reg)
    if found_title and not (title or page_title):
        masthead = _masthead_span(text, found_title, _own_names(choice.outlet, sitename, reg))
        if masthead:  # the "headline" was the site's own name or slogan
            marks, found_title = find_furniture(text, None, (BoilerplateMark(masthead, "masthead"),))
    captions = [m for m in marks if m.kind == "caption"]
    credits = tuple(_as_photo(c, captions) for c in found_credits
                    if _base(c.outlet) != _base(choice.outlet))
    marks = _mark_datelines(text, marks, found_credits)
    relay = relay_source(credits, choice.outlet, relay_of or choice.relay_of)
    if relay == choice.outlet:
        relay = None
    found = resolve_date(text, marks, meta_date=date, page_date=page_date, url=url)
    if title is None:
        title = page_title or found_title
    return Article(
        id=id, path=path, text=text, outlet=choice.outlet, encoding=encoding, title=title,
        date=found.iso if found else None, url=url, outlet_source=choice.how, relay_of=relay,
        boilerplate=marks, author=author or "", source=source, credits=credits,
        date_how=(found.how if found else ""),
        date_span=(found.span if found and found.span != (0, 0) else None),
    )


def _own_names(outlet: str, sitename: str | None, reg) -> list[tuple[str, ...]]:
    from .registry import fold_words

    names = [fold_words(sitename or "")]
    known = reg.by_name(outlet)
    # the registry's outlets of either name, in the registry's order
    at = set(reg.positions_named(outlet))
    if known is not None:
        at.update(reg.positions_named(known.name))
    for k in sorted(at):
        o = reg.outlets[k]
        names += [fold_words(n) for n in (o.arabic, *o.variants)]
    return [n for n in names if n]


def _masthead_span(text: str, line: str, names: list[tuple[str, ...]]) -> tuple[int, int] | None:
    """The line's span when it opens or closes with the publisher's own name and is short:
    a masthead or slogan («موقع المثال الإخباري», «المثال - صوت الناس»), not a headline."""
    from .registry import fold_words

    words = fold_words(line)
    if not words or len(words) > 8:
        return None
    for name in names:
        n = len(name)
        if n and (words[:n] == name or words[-n:] == name):
            at = text.find(line)
            return (at, at + len(line)) if at >= 0 else None
    return None


_COUNTRY = rx.compile(r"\s*\((?!relay\)|via |unidentified\))[^)]*\)\s*$")
_DATELINE_TAIL = rx.compile(r"\s*[-–—:]\s*(?:(?:[^\W\d_]+\s*){1,3}[-–—]\s*)?")
_NOT_ID = rx.compile(r"[^\w.-]+")


def _base(name: str) -> str:
    """An outlet name without its country ("Al-Watan (Egypt)" -> "Al-Watan"); a relay keeps
    its mark: "Al-Mayadeen (relay)" credits Al-Mayadeen, it is not Al-Mayadeen."""
    return _COUNTRY.sub("", name)


def _as_photo(credit, marks):
    """A credit inside a caption line («AP», «صورة: رويترز») credits a picture, not the text."""
    for m in marks:
        if m.kind == "caption" and m.span[0] <= credit.span[0] and credit.span[1] <= m.span[1]:
            return replace(credit, formula="photo")
    return credit


def _mark_datelines(text: str, marks: tuple[BoilerplateMark, ...], credits) -> tuple[BoilerplateMark, ...]:
    """A dateline opening a paragraph (أربيل (كوردستان24)-, بيروت - الحياة الجديدة-) is marked
    up to its closing dash; the paragraph itself is not."""
    extra = []
    whole = None  # the marks, for a quick "is this line inside one" (furniture._Marks)
    for c in credits:
        if c.formula not in ("dateline", "paren"):
            continue
        line_start = text.rfind("\n", 0, c.span[0]) + 1
        if len(text[line_start:c.span[0]].split()) > 3:
            continue
        m = _DATELINE_TAIL.match(text, c.span[1])
        end = m.end() if m and m.end() > c.span[1] else c.span[1]
        line_end = text.find("\n", c.span[1])
        line_end = len(text) if line_end < 0 else line_end
        if end >= line_end:
            continue  # the dateline is the line
        if whole is None:
            whole = _Marks(marks)
        if whole.covers(line_start, line_end):
            continue  # the whole line is already furniture
        extra.append(BoilerplateMark((line_start, end), "dateline"))
    if not extra:
        return marks
    return tuple(sorted(list(marks) + extra, key=lambda m: m.span))


def _expand(paths: Iterable[str | Path], result: LoadResult) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            entries = sorted(p for p in path.iterdir() if p.is_file())
            found = [p for p in entries if p.suffix.lower() in SUFFIXES]
            for other in entries:
                if other.suffix.lower() not in SUFFIXES and not _companion(other):
                    result.problems.append(Problem(str(other), f"{other}: skipped, not a kind of "
                                                               f"file Qarin reads ({_kinds()})"))
            if not found:
                result.problems.append(Problem(str(path), f"{path}: no {_kinds(' or ')} files in this folder"))
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                result.problems.append(Problem(str(path), f"{path}: not a file Qarin reads "
                                               f"({_kinds()})"))
            else:
                files.append(path)
        else:
            result.problems.append(Problem(str(path), f"{path}: no such file or folder"))
    return files


def _kinds(last: str = ", ") -> str:
    names = sorted(SUFFIXES)
    return ", ".join(names[:-1]) + last + names[-1] if len(names) > 1 else names[0]


def _companion(path: Path) -> bool:
    """Files that belong beside articles and are not articles: the metadata and outlet
    tables, hidden files (.DS_Store, editor backups)."""
    return (path.name in (METADATA_FILE, OUTLETS_FILE) or path.name.startswith(".")
            or path.name.endswith("~"))


def _read_limited(path: Path) -> bytes:
    with open(path, "rb") as fh:
        # as much as the file holds, not a 5 MB buffer for a 20 kB article; one more byte
        # finds a file that grew since, and then the reading goes on to the limit
        size = os.fstat(fh.fileno()).st_size
        want = size + 1 if 0 < size < MAX_BYTES else MAX_BYTES + 1
        data = fh.read(want)
        if len(data) == want and want <= MAX_BYTES:
            data += fh.read(MAX_BYTES + 1 - want)
        if len(data) > MAX_BYTES:
            raise too_big(str(path), os.fstat(fh.fileno()).st_size)
    return data


def _metadata_for(path: Path, cache: dict[Path, dict], result: LoadResult) -> dict:
    meta_path = path.parent / METADATA_FILE
    if meta_path not in cache:
        table: dict = {}
        if meta_path.is_file():
            try:
                with open(meta_path, "rb") as fh:
                    table = tomllib.load(fh)
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
                result.problems.append(Problem(str(meta_path), f"{meta_path}: metadata ignored ({exc})"))
        cache[meta_path] = table
    entry = cache[meta_path].get(path.name, {})
    return entry if isinstance(entry, dict) else {}


def _unique_id(stem: str, used: set[str]) -> str:
    base = _NOT_ID.sub("_", stem) or "article"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def _local_outlets(folder: Path) -> tuple[str, ...]:
    extra = folder / OUTLETS_FILE
    return (str(extra),) if extra.is_file() else ()


def _id_from_url(url: str) -> str:
    from .registry import host_of

    host = host_of(url) or "page"
    tail = [p for p in re.split(r"[/?#=&]+", url.split("//", 1)[-1])[1:] if p]
    last = re.sub(r"[^\w.-]+", "_", tail[-1])[:40] if tail else ""
    return f"{host}_{last}" if last else host


# furniture whose outlet names are labels or other stories' titles, never credits of this text
_NOT_CREDIT_KINDS = frozenset({"teaser", "label", "tags", "breadcrumb", "nav", "share", "follow",
                               "ticker", "related", "recommended", "read_also", "most_read"})


def _outside_links_and_labels(credits, marks: tuple[BoilerplateMark, ...]):
    """Credits not inside a headline label («عاجل |»), a tag line, a menu or a teaser for
    another story: an outlet named there is not this article's source."""
    spans = [m.span for m in marks if m.kind in _NOT_CREDIT_KINDS]
    if not spans:
        return credits
    return tuple(c for c in credits
                 if not any(a <= c.name_span[0] and c.name_span[1] <= b for a, b in spans))
