#!/usr/bin/env python3
"""Fingerprints of what the engine outputs, to show that a speed change changed nothing else.

For each corpus, the whole analysis as the `analyze --json` contract writes it (articles with
their furniture, credits, outlets, dates and titles; links, changes, pairs, framing hits,
stories), timings left out, is hashed. Run it on two checkouts and compare the hashes, or save
the documents of one (--save DIR) and diff the other against them (--compare DIR).

Corpora: the seeds; generated texts (the engine benchmark's "paragraphs" and "short lines"
shapes at three sizes, and a 30-article single story); when ../shared is beside the repository,
each realnews event, all of realnews in one analysis, and 120 SaudiNewsNet articles (development
data read at run time, never stored).

    python benchmarks/output_fingerprint.py [--code DIR] [--save DIR | --compare DIR]
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if "--code" in sys.argv:
    ROOT = Path(sys.argv[sys.argv.index("--code") + 1]).resolve()
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from desktop.core.analysis import analyze  # noqa: E402
from desktop.core.ingest import article_from_text, load_paths  # noqa: E402
from desktop.core.jsonio import analysis_to_dict  # noqa: E402
from desktop.paths import SEEDS  # noqa: E402

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def corpora():
    from engine_benchmark import generated_text, random_mix, single_story

    yield "seeds", load_paths([SEEDS]).articles
    for shape in ("paragraphs", "short lines"):
        for size in (14000, 55500, 111000):
            yield f"generated {shape} {size}", [
                article_from_text(generated_text(size, shape), id="gen", outlet="Generated")]
    yield "single story 30", single_story(30)
    realnews = SHARED / "realnews"
    if realnews.is_dir():
        from realnews_score import mixed_folder

        with tempfile.TemporaryDirectory() as tmp:
            mixed_folder(realnews, Path(tmp))  # the excerpts with their metadata, in one folder
            yield "realnews all", [dataclasses.replace(a, path=Path(a.path).name)  # not the tmp dir
                                   for a in load_paths([tmp]).articles]
    archive = SHARED / "benchmarks" / "saudinewsnet"
    if archive.is_dir():
        yield "saudinewsnet 120", random_mix(120, archive)


def document(articles) -> str:
    doc = analysis_to_dict(analyze(articles))
    doc.pop("timings", None)
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--code", metavar="DIR", help="fingerprint another checkout of Qarin")
    ap.add_argument("--save", metavar="DIR", help="also write each corpus's document to DIR")
    ap.add_argument("--compare", metavar="DIR", help="diff each document against one saved in DIR")
    args = ap.parse_args()
    differ = 0
    for name, articles in corpora():
        text = document(articles)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        file = name.replace(" ", "_") + ".json"
        verdict = ""
        if args.save:
            Path(args.save).mkdir(parents=True, exist_ok=True)
            (Path(args.save) / file).write_text(text, encoding="utf-8")
        if args.compare:
            saved = Path(args.compare) / file
            if not saved.exists():
                verdict = "  (nothing saved to compare)"
            elif saved.read_text(encoding="utf-8") == text:
                verdict = "  same"
            else:
                differ += 1
                verdict = "  DIFFERENT: " + _first_difference(saved.read_text(encoding="utf-8"), text)
        print(f"{digest}  {name} ({len(articles)} articles){verdict}")
    return 1 if differ else 0


def _first_difference(a: str, b: str) -> str:
    for n, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), 1):
        if x != y:
            return f"line {n}: {x.strip()[:80]!r} -> {y.strip()[:80]!r}"
    return "one document is longer"


if __name__ == "__main__":
    sys.exit(main())
