"""Read article files (.txt/.md, or folders of them) into Articles; refuse bad files one by one."""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .boilerplate import find_boilerplate, in_boilerplate
from .decode import MAX_BYTES, IngestError, decode_bytes, too_big
from .model import Article
from .outlets import recognise_outlet

SUFFIXES = {".txt", ".md"}
METADATA_FILE = "metadata.toml"
UNKNOWN_OUTLET = "Unknown outlet"

__all__ = ["IngestError", "LoadResult", "Problem", "article_from_text", "decode_bytes", "load_paths"]


@dataclass(frozen=True)
class Problem:
    path: str
    message: str


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def load_paths(paths: Iterable[str | Path]) -> LoadResult:
    result = LoadResult()
    used_ids: set[str] = set()
    metadata: dict[Path, dict] = {}
    for path in _expand(paths, result):
        meta = _metadata_for(path, metadata, result)
        try:
            data = _read_limited(path)
            text, encoding = decode_bytes(data, str(path))
        except IngestError as exc:
            result.problems.append(Problem(str(path), str(exc)))
            continue
        except OSError as exc:
            result.problems.append(Problem(str(path), f"{path}: cannot read ({exc.strerror or exc})"))
            continue
        article_id = _unique_id(path.stem, used_ids)
        result.articles.append(
            article_from_text(
                text, id=article_id, path=str(path), encoding=encoding, outlet=meta.get("outlet"),
                title=meta.get("title"), date=meta.get("date"), url=meta.get("url"),
                relay_of=meta.get("relay_of"),
            )
        )
    return result


def article_from_text(
    text: str, *, id: str, path: str = "", encoding: str = "utf-8", outlet: str | None = None,
    title: str | None = None, date: str | None = None, url: str | None = None,
    relay_of: str | None = None,
) -> Article:
    marks = find_boilerplate(text)
    guess = recognise_outlet(text)
    if outlet:
        source = "metadata"
    elif guess.outlet or guess.relay_of:
        outlet = guess.outlet or f"{guess.relay_of} (relay)"
        source = "cue"
    else:
        outlet, source = UNKNOWN_OUTLET, "unknown"
    if relay_of is None and guess.relay_of and guess.relay_of != outlet:
        relay_of = guess.relay_of
    if title is None:
        title = guess_title(text, marks)
    return Article(
        id=id, path=path, text=text, outlet=outlet, encoding=encoding, title=title, date=date,
        url=url, outlet_source=source, relay_of=relay_of, boilerplate=marks,
    )


def guess_title(text: str, marks) -> str:
    """The first short line that is not boilerplate and does not end like a sentence."""
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        start = pos + len(line) - len(line.lstrip())
        pos += len(line)
        if not body or in_boilerplate(marks, start, start + len(body)):
            continue
        words = body.split()
        if len(words) <= 20 and not re.search(r"[.!؟?:]$", body):
            return body
        return ""
    return ""


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
                result.problems.append(Problem(str(path), f"{path}: not a .txt or .md file"))
            else:
                files.append(path)
        else:
            result.problems.append(Problem(str(path), f"{path}: no such file or folder"))
    return files


def _kinds(last: str = ", ") -> str:
    names = sorted(SUFFIXES)
    return ", ".join(names[:-1]) + last + names[-1] if len(names) > 1 else names[0]


def _companion(path: Path) -> bool:
    """Files that belong beside articles and are not articles: the metadata table, hidden
    files (.DS_Store, editor backups)."""
    return path.name == METADATA_FILE or path.name.startswith(".") or path.name.endswith("~")


def _read_limited(path: Path) -> bytes:
    with open(path, "rb") as fh:
        data = fh.read(MAX_BYTES + 1)
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
    base = re.sub(r"[^\w.-]+", "_", stem) or "article"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate
