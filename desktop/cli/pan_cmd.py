"""`pan` and `pan-score`: corpus-scale reuse detection in the PAN format, and its measures.

    python main.py pan --sources DIR --suspicious DIR --out DIR [--jobs N]
    python main.py pan-score --gold DIR --detections DIR [--json]
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from desktop.cli.main import UsageError


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "pan", help="find reused passages in a document collection, write PAN XML",
        description="For every suspicious *.txt, find passages reused from any source *.txt and "
                    "write one PAN XML file (<document reference=..> with detected-plagiarism "
                    "features, code-point offsets) per suspicious document into --out.",
    )
    p.add_argument("--sources", required=True, metavar="DIR", help="folder of source *.txt files")
    p.add_argument("--suspicious", required=True, metavar="DIR", help="folder of suspicious *.txt files")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the XML files (created)")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per CPU)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_pan_command)

    s = subparsers.add_parser(
        "pan-score", help="PAN precision, recall, granularity, plagdet of detections against gold",
        description="Score PAN XML detections against PAN XML gold (macro precision and recall "
                    "over characters, granularity, plagdet), overall and per obfuscation type.",
    )
    s.add_argument("--gold", required=True, metavar="DIR", help="folder of gold PAN XML files")
    s.add_argument("--detections", required=True, metavar="DIR", help="folder of detection PAN XML files")
    s.add_argument("--json", action="store_true", help="print the scores as JSON")
    s.set_defaults(func=run_score_command)


class ProgressBar:
    """A one-line progress bar on stderr (a line per 10% when stderr is not a terminal)."""

    def __init__(self, stream=None, width: int = 30):
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.width = width
        self.start = time.perf_counter()
        self.last_stage: str | None = None
        self.last_tenth = -1

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.last_stage:
            if self.last_stage is not None and self.tty:
                self.stream.write("\n")
            self.last_stage, self.last_tenth = stage, -1
        frac = done / total if total else 1.0
        elapsed = time.perf_counter() - self.start
        if stage != getattr(self, "_timed_stage", None):
            self._timed_stage, self._stage_start = stage, time.perf_counter()
        if self.tty:
            filled = int(frac * self.width)
            bar = "#" * filled + "." * (self.width - filled)
            spent = time.perf_counter() - self._stage_start
            eta = f" eta {spent / done * (total - done):4.0f}s" if 0 < done < total else " " * 9
            self.stream.write(f"\r{stage:6s} [{bar}] {done}/{total} {elapsed:6.1f}s{eta}")
            if done >= total:
                self.stream.write("\n")
                self.last_stage = None
        else:
            tenth = int(frac * 10)
            if tenth > self.last_tenth:
                self.last_tenth = tenth
                self.stream.write(f"{stage}: {done}/{total} ({frac:.0%}) {elapsed:.1f}s\n")
        self.stream.flush()


def _existing_dir(value: str, option: str) -> Path:
    path = Path(value)
    if not path.is_dir():
        raise UsageError(f"{option} {value}: no such folder")
    return path


def run_pan_command(args) -> int:
    from desktop.corpus.pan_run import run_pan, text_files

    sources = text_files(_existing_dir(args.sources, "--sources"))
    suspicious = text_files(_existing_dir(args.suspicious, "--suspicious"))
    if not sources:
        raise UsageError(f"--sources {args.sources}: no .txt files")
    if not suspicious:
        raise UsageError(f"--suspicious {args.suspicious}: no .txt files")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 or more")
    if Path(args.out).exists() and not Path(args.out).is_dir():
        raise UsageError(f"--out {args.out}: exists and is not a folder")
    jobs = args.jobs or os.cpu_count() or 1
    bar = None if args.quiet else ProgressBar()
    run = run_pan(sources, suspicious, args.out, jobs=jobs, stage=bar)
    for problem in run.problems:
        print(f"warning: {problem}", file=sys.stderr)
    print(
        f"{run.detections} detections in {len(run.written)} of {run.suspicious} suspicious documents "
        f"against {run.sources} sources, written to {args.out} "
        f"(index {run.index_seconds:.1f} s, detection {run.detect_seconds:.1f} s)"
    )
    if run.problems:
        print(f"error: {len(run.problems)} file(s) could not be read (see warnings)", file=sys.stderr)
        return 1
    return 0


def run_score_command(args) -> int:
    from desktop.corpus.pan_score import score_dirs
    from desktop.corpus.pan_xml import DETECTION_FEATURE, GOLD_FEATURE, PanFormatError, read_pan_dir

    gold_dir = _existing_dir(args.gold, "--gold")
    det_dir = _existing_dir(args.detections, "--detections")
    try:
        gold = read_pan_dir(gold_dir, GOLD_FEATURE)
        dets = read_pan_dir(det_dir, DETECTION_FEATURE)
    except PanFormatError as exc:
        raise UsageError(str(exc)) from None
    if not gold:
        raise UsageError(f"--gold {args.gold}: no .xml files")
    if not dets:
        raise UsageError(f"--detections {args.detections}: no .xml files")
    overall, by_type = score_dirs(gold, dets)
    if args.json:
        def row(s):
            return {"precision": s.precision, "recall": s.recall, "granularity": s.granularity,
                    "plagdet": s.plagdet, "cases": s.cases, "detections": s.detections,
                    "detected_cases": s.detected_cases}
        print(json.dumps({"overall": row(overall), "by_obfuscation": {k: row(v) for k, v in by_type.items()}},
                         ensure_ascii=False, indent=2))
        return 0
    print(format_table(overall, by_type))
    return 0


def format_table(overall, by_type) -> str:
    head = f"{'obfuscation':30s} {'cases':>5s} {'dets':>5s} {'P':>6s} {'R':>6s} {'gran':>6s} {'plagdet':>7s}"
    lines = [head, "-" * len(head)]
    for name, s in [("all", overall), *by_type.items()]:
        lines.append(f"{name:30s} {s.cases:5d} {s.detections:5d} {s.precision:6.3f} {s.recall:6.3f} "
                     f"{s.granularity:6.3f} {s.plagdet:7.3f}")
    return "\n".join(lines)
