#!/usr/bin/env python3
"""Precision and recall of framing labels on ../shared/realnews, before and after, per event.

The hand-read judgments (each event's JUDGMENTS.md) list, per article, the labels the outlet
uses in its own voice and those inside quotes or attributed to someone else. This script reads
them at run time (nothing of the material is kept in the repository) and compares:

  before  the frozen pre-issue-11 matcher, quote finder and lexicon (benchmarks/framing_baseline)
  after   the engine as it is now (desktop.core.analysis.analyze)

Gold items are the quoted Arabic phrases of the rows "Labels, own voice" and "Labels inside
quotes / attributed"; where a phrase has a **bold** part, that part is the label. A gold item
is found when a hit of the same voice overlaps one of its occurrences in the article
(distanced hits count as the outlet's own voice, since the outlet wrote the marker). A hit is
judged when it overlaps an occurrence of some gold label: right when its voice is one the
judgments give that label, wrong otherwise. Hits on words the judgments do not mention are
counted as "unjudged" and left out of precision (the judgments list labels, they do not list
every word that is not one). Items whose text cannot be found in the article are reported and
left out.

    python benchmarks/framing_realnews.py [--data ../shared/realnews] [--show]
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from desktop.core.analysis import analyze  # noqa: E402
from desktop.core.boilerplate import in_boilerplate  # noqa: E402
from desktop.core.ingest import load_paths  # noqa: E402
from desktop.core.normalize import normalize, tokenize  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "realnews"
ROWS = {"Labels, own voice": "own", "Labels inside quotes / attributed": "quoted",
        "Distancing markers": "distancing"}
QUOTE_CHARS = "\"“”«»„‟″"
ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Gold:
    phrase: str
    focus: str
    voice: str
    spans: list = field(default_factory=list)  # focus occurrences in the article


def _phrases(cell: str) -> list[tuple[str, str]]:
    """(phrase, focus) pairs from one judgments cell: quoted Arabic runs; bold = focus."""
    parts = re.split(f"[{QUOTE_CHARS}]", cell)
    runs: list[str] = []
    current: list[str] = []
    for k, part in enumerate(parts):
        quoted_arabic = ARABIC.search(part) and not LATIN.search(part)
        if quoted_arabic:
            current.append(part)
        elif part.strip(" *") == "" and current and k % 2 == 0:
            continue  # two quote marks side by side (nested quotes)
        else:
            if current:
                runs.append(" ".join(current))
            current = []
    if current:
        runs.append(" ".join(current))
    out = []
    for run in runs:
        pieces = [p for p in re.split(r"\.\.\.|…", run) if ARABIC.search(p)]
        bold = [p for p in pieces if "**" in p]
        for piece in bold or pieces:
            focus = re.findall(r"\*\*(.+?)\*\*", piece)
            phrase = piece.replace("*", "").strip(" ()،,.;:")
            for f in focus or [phrase]:
                out.append((phrase, f.strip(" ()،,.;:")))
    return out


def read_judgments(event: Path) -> dict[str, list[Gold]]:
    gold: dict[str, list[Gold]] = {}
    current = None
    for line in (event / "JUDGMENTS.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"##\s+(\S+\.txt)", line)
        if m:
            current = gold.setdefault(m.group(1), [])
            continue
        cells = [c.strip() for c in line.split("|")]
        if current is None or len(cells) < 3 or cells[1] not in ROWS:
            continue
        for phrase, focus in _phrases(cells[2]):
            current.append(Gold(phrase, focus, ROWS[cells[1]]))
    return gold


def _keys(text: str) -> list:
    return tokenize(normalize(text))


def locate(text: str, doc_tokens, g: Gold) -> None:
    """Occurrences of the gold focus, preferring those inside occurrences of the phrase."""
    def find(words):
        keys = [t.key for t in _keys(words)]
        n = len(keys)
        if not n:
            return []
        return [(doc_tokens[i].start, doc_tokens[i + n - 1].end)
                for i in range(len(doc_tokens) - n + 1)
                if [t.key for t in doc_tokens[i:i + n]] == keys]
    phrase_spans, focus_spans = find(g.phrase), find(g.focus)
    inside = [f for f in focus_spans if any(p[0] <= f[0] and f[1] <= p[1] for p in phrase_spans)]
    g.spans = inside or focus_spans or phrase_spans


def voice(hit) -> str:
    return "quoted" if hit.in_quote else "own"


def score(golds: list[Gold], hits) -> dict:
    marks = [g for g in golds if g.voice == "distancing" and g.spans]
    golds = [g for g in golds if g.voice != "distancing"]
    r = {"dist": [sum(any((h.category == "distancing" or getattr(h, "distanced", False))
                          and h.span[0] < e and s < h.span[1] for h in hits for s, e in g.spans)
                      for g in marks), len(marks)],
         "own": [0, 0], "quoted": [0, 0], "right": {"own": 0, "quoted": 0},
         "wrong": {"own": 0, "quoted": 0}, "unjudged": 0, "missing": 0, "found": [], "missed": []}
    located = [g for g in golds if g.spans]
    r["missing"] = len(golds) - len(located)
    for g in located:
        ok = any(voice(h) == g.voice and h.span[0] < e and s < h.span[1]
                 for h in hits for s, e in g.spans)
        r[g.voice][0 if ok else 1] += 1
        (r["found"] if ok else r["missed"]).append(g)
    for h in hits:
        voices = {g.voice for g in located for s, e in g.spans if h.span[0] < e and s < h.span[1]}
        if not voices:
            r["unjudged"] += 1
        elif voice(h) in voices:
            r["right"][voice(h)] += 1
        else:
            r["wrong"][voice(h)] += 1
    return r


def after_hits(articles):
    return analyze(articles).framing


def before_hits(articles):
    from desktop.core.segment import segment
    from framing_baseline import TermMatcher, old_framing, old_lexicon

    matcher = TermMatcher(old_lexicon())
    out = []
    for art in articles:
        seg = segment(art.text)
        out.extend(old_framing(art.id, art.text, _keys(art.text), seg.paragraphs, matcher,
                               skip=lambda s, e, m=art.boilerplate: in_boilerplate(m, s, e)))
    return out


def fmt(a: int, b: int) -> str:
    return f"{a / b:5.2f}" if b else "  -  "


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--show", action="store_true", help="list missed items and unjudged hits")
    args = ap.parse_args()
    data = Path(args.data)
    events = sorted(p for p in data.glob("*/") if (p / "JUDGMENTS.md").exists()) if data.is_dir() else []
    if not events:
        print(f"skipped: no judged events under {data}")
        return 0
    totals = {name: {"own": [0, 0], "quoted": [0, 0], "right": 0, "wrong": 0, "unjudged": 0,
                     "dist": [0, 0]}
              for name in ("before", "after")}
    print(f"{'event':38} {'run':6} {'own R':>6} {'quo R':>6} {'all R':>6} {'own P':>6} "
          f"{'quo P':>6} {'P':>6}  {'judged':>6} {'unjudged':>8} {'n/a':>4}")
    for event in events:
        loaded = load_paths([event])
        by_file = {Path(a.path).name: a for a in loaded.articles}
        gold = read_judgments(event)
        for name, run in (("before", before_hits), ("after", after_hits)):
            hits = run(loaded.articles)
            agg = {"own": [0, 0], "quoted": [0, 0], "right": 0, "wrong": 0, "unjudged": 0, "n/a": 0,
                   "dist": [0, 0], "pv": {"own": [0, 0], "quoted": [0, 0]}}
            for fname, golds in gold.items():
                art = by_file.get(fname)
                if art is None:
                    continue
                toks = _keys(art.text)
                for g in golds:
                    locate(art.text, toks, g)
                r = score(golds, [h for h in hits if h.article == art.id])
                for v in ("own", "quoted"):
                    agg[v][0] += r[v][0]
                    agg[v][1] += r[v][1]
                for v in ("own", "quoted"):
                    agg["pv"][v][0] += r["right"][v]
                    agg["pv"][v][1] += r["right"][v] + r["wrong"][v]
                agg["right"] += sum(r["right"].values())
                agg["wrong"] += sum(r["wrong"].values())
                agg["unjudged"] += r["unjudged"]
                agg["n/a"] += r["missing"]
                agg["dist"][0] += r["dist"][0]
                agg["dist"][1] += r["dist"][1]
                if args.show and name == "after":
                    for h in hits:
                        if h.article != art.id:
                            continue
                        vs = {g2.voice for g2 in golds for s, e in g2.spans
                              if h.span[0] < e and s < h.span[1]}
                        if vs and voice(h) not in vs:
                            print(f"   wrong {fname} {voice(h)} (judged {'/'.join(vs)}) "
                                  f"{h.category}/{h.frame}: {h.text} [speaker {h.speaker}]")
                    for g in r["missed"]:
                        print(f"   missed {fname} [{g.voice}] {g.focus}")
                    for h in hits:
                        if h.article == art.id and not any(
                                h.span[0] < e and s < h.span[1] for g2 in golds for s, e in g2.spans):
                            print(f"   unjudged {fname} {'Q' if h.in_quote else 'O'}"
                                  f"{'D' if getattr(h, 'distanced', False) else ''} "
                                  f"{h.category}/{h.frame}: {h.text}")
            o, q = agg["own"], agg["quoted"]
            judged = agg["right"] + agg["wrong"]
            po, pq = agg["pv"]["own"], agg["pv"]["quoted"]
            print(f"{event.name:38} {name:6} {fmt(o[0], sum(o))} {fmt(q[0], sum(q))} "
                  f"{fmt(o[0] + q[0], sum(o) + sum(q))} {fmt(*po)} {fmt(*pq)} "
                  f"{fmt(agg['right'], judged)}  "
                  f"{judged:6} {agg['unjudged']:8} {agg['n/a']:4}")
            t = totals[name]
            for v in ("own", "quoted"):
                t[v][0] += agg[v][0]
                t[v][1] += agg[v][1]
            for k in ("right", "wrong", "unjudged"):
                t[k] += agg[k]
            t["dist"] = [t["dist"][0] + agg["dist"][0], t["dist"][1] + agg["dist"][1]]
            for v in ("own", "quoted"):
                t.setdefault("pv_" + v, [0, 0])
                t["pv_" + v] = [t["pv_" + v][0] + agg["pv"][v][0], t["pv_" + v][1] + agg["pv"][v][1]]
    print()
    for name, t in totals.items():
        o, q = t["own"], t["quoted"]
        judged = t["right"] + t["wrong"]
        print(f"ALL {name:6}: own voice recall {o[0]}/{sum(o)} = {fmt(o[0], sum(o)).strip()}, "
              f"quoted recall {q[0]}/{sum(q)} = {fmt(q[0], sum(q)).strip()}, "
              f"precision on judged hits {t['right']}/{judged} = {fmt(t['right'], judged).strip()} "
              f"(own voice {t['pv_own'][0]}/{t['pv_own'][1]}, quoted {t['pv_quoted'][0]}/{t['pv_quoted'][1]}), "
              f"unjudged hits {t['unjudged']}, distancing phrases marked "
              f"{t['dist'][0]}/{t['dist'][1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
