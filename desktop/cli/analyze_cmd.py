"""`analyze [PATH ...] [--json OUT]`: compare articles and print or write the analysis."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from desktop.core.analysis import analyze
from desktop.core.display import shown
from desktop.core.jsonio import analysis_to_dict
from desktop.core.lexicon import load_lexicon
from desktop.core.lexicon_layers import working_lexicon
from desktop.paths import SEEDS

from .sources import add_source_args, load_sources


def register(sub) -> None:
    p = sub.add_parser("analyze", help="compare articles; print a summary or write JSON",
                       description="Compare articles (files or folders of .txt/.md; default: the bundled seeds).")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    p.add_argument("--json", metavar="OUT", help="write the analysis as JSON to OUT ('-' for stdout)")
    p.add_argument("--lexicon", metavar="TOML", help="framing lexicon to use instead of the bundled one")
    add_source_args(p)
    p.set_defaults(func=run)


def run(args) -> int:
    started = time.perf_counter()
    loaded = load_sources(args, [str(SEEDS)])
    read_ms = round((time.perf_counter() - started) * 1000, 3)
    lexicon = load_lexicon(args.lexicon) if args.lexicon else working_lexicon()
    analysis = analyze(loaded.articles, lexicon, timings={"read": read_ms})
    if args.json:
        payload = json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=1)
        if args.json == "-":
            sys.stdout.write(payload + "\n")
        else:
            Path(args.json).write_text(payload + "\n", encoding="utf-8")
            print(f"wrote {args.json}: {len(analysis.articles)} articles, {len(analysis.links)} links",
                  file=sys.stderr)
    else:
        print(summary(analysis))
    return 0


def summary(analysis) -> str:
    lines = [f"{len(analysis.articles)} articles"]
    for art in analysis.articles:
        relay = f", credits {art.relay_of}" if art.relay_of else ""
        lines.append(f"  {shown(art.id)}: {shown(art.outlet)} [{art.encoding}{shown(relay)}] "
                     f"{shown(art.title[:60])}")
    lines.append("")
    lines.append("Reuse (share of each article found in the other):")
    outlet = {a.id: shown(a.outlet) for a in analysis.articles}
    for p in analysis.pairs:
        if max(p.a_in_b, p.b_in_a) < 0.02:
            continue
        arrow = {"a->b": f"{outlet[p.b]} took from {outlet[p.a]}",
                 "b->a": f"{outlet[p.a]} took from {outlet[p.b]}"}.get(p.direction, "direction unknown")
        lines.append(f"  {shown(p.a)} ~ {shown(p.b)}: {p.a_in_b:.0%} / {p.b_in_a:.0%}  ({arrow})")
    kinds: dict[str, int] = {}
    for l in analysis.links:
        kinds[l.kind] = kinds.get(l.kind, 0) + 1
    lines.append(f"Links: {', '.join(f'{n} {k}' for k, n in sorted(kinds.items())) or 'none'}")
    dropped = [c for c in analysis.changes if c.attribution]
    if dropped:
        lines.append("Attribution dropped or changed in copying:")
        for c in dropped:
            lines.append(f"  {shown(c.a)} -> {shown(c.b)}: «{shown(c.a_text)}» -> «{shown(c.b_text)}»")
    subs = [c for c in analysis.changes if c.type == "substitution" and c.category]
    if subs:
        lines.append("Label substitutions:")
        for c in subs:
            lines.append(f"  [{c.category}] {shown(c.a)}: «{shown(c.a_text)}»  /  "
                         f"{shown(c.b)}: «{shown(c.b_text)}»")
    lines.append("Framing terms in each article's own voice, by stance:")
    for art in analysis.articles:
        counts: dict[str, int] = {}
        for h in analysis.framing:
            if h.article == art.id and not h.in_quote:
                counts[h.stance] = counts.get(h.stance, 0) + 1
        tally = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"
        lines.append(f"  {shown(art.id)} ({shown(art.outlet)}): {tally}")
    lines.append(f"Time: {analysis.timings.get('total', 0):.1f} ms")
    return "\n".join(lines)
