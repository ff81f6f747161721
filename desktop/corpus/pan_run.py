"""Run detection over PAN-style directories of ``*.txt`` files and write PAN XML."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from desktop.core.decode import IngestError, decode_bytes

from .engine import Detection, LoadError, ReuseSettings, build_detector
from .pan_xml import Annotation, write_pan_file

Stage = Callable[[str, int, int], None]  # (stage, done, total)


class FileText:
    """Picklable loader: the decoded text of a file (UTF-8, else what ``decode_bytes`` finds).

    Plain UTF-8 is decoded as is (a BOM stays as U+FEFF) so offsets match other PAN tools.
    """

    __slots__ = ("path",)

    def __init__(self, path: str | os.PathLike):
        self.path = str(path)

    def __call__(self) -> str:
        try:
            data = Path(self.path).read_bytes()
        except OSError as exc:
            raise LoadError(f"{self.path}: {exc.strerror or exc}") from None
        if not data.strip():
            raise LoadError(f"{self.path}: the file is empty")
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise LoadError(f"{self.path}: looks like a binary file, not text")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        try:
            return decode_bytes(data, self.path)[0]
        except IngestError as exc:
            raise LoadError(str(exc)) from None


def text_files(directory: str | os.PathLike) -> list[Path]:
    """The ``*.txt`` files of a directory, sorted by name."""
    return sorted(p for p in Path(directory).glob("*.txt") if p.is_file())


def to_annotation(d: Detection) -> Annotation:
    (s, e), (ss, se) = d.suspicious_span, d.source_span
    return Annotation(d.suspicious_id, s, e - s, d.source_id, ss, se - ss)


@dataclass
class PanRun:
    sources: int = 0
    suspicious: int = 0
    detections: int = 0
    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    index_seconds: float = 0.0
    detect_seconds: float = 0.0


def run_pan(sources: list[Path], suspicious: list[Path], out_dir: str | os.PathLike, *,
            jobs: int = 1, settings: ReuseSettings | None = None, stage: Stage | None = None) -> PanRun:
    """Detect reuse of ``sources`` in each ``suspicious`` file; one PAN XML per suspicious file.

    Source references are file names. Files that cannot be read are listed in ``problems``
    and get no XML; everything else is still written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    run = PanRun(sources=len(sources), suspicious=len(suspicious))
    t0 = time.perf_counter()
    detector = build_detector(
        ((p.name, FileText(p)) for p in sources), settings, jobs,
        progress=(lambda d, n: stage("index", d, n)) if stage else None, total=len(sources),
    )
    run.problems.extend(str(e) for e in detector.problems)
    run.index_seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    items = [(p.name, FileText(p)) for p in suspicious]
    for ref, result in detector.detect_all(
        items, jobs=jobs, progress=(lambda d, n: stage("detect", d, n)) if stage else None
    ):
        if isinstance(result, LoadError):
            run.problems.append(str(result))
            continue
        run.detections += len(result)
        run.written.append(write_pan_file(out, ref, [to_annotation(d) for d in result]))
    run.detect_seconds = time.perf_counter() - t1
    return run
