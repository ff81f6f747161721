"""`analyze [PATH ...] [--json OUT]`: compare articles and print or write the analysis."""
from __future__ import annotations

import gc
import json
import sys
import time

from desktop.core.collector import collector_paused

from .sources import add_source_args


def register(sub) -> None:
    p = sub.add_parser("analyze", help="compare articles; print a summary or write JSON",
                       description="Compare articles (files or folders of .txt/.md; default: the bundled seeds).")
    p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    p.add_argument("--json", metavar="OUT", help="write the analysis as JSON to OUT ('-' for stdout)")
    p.add_argument("--lexicon", metavar="TOML", help="framing lexicon to use instead of the bundled one")
    add_source_args(p)
    p.set_defaults(func=run)


def run(args) -> int:
    # The engine and all a run uses load here, when the command runs (registering it, `--help`
    # and the other commands need none of it), and before the clock of `timings` starts.
    from desktop.core.analysis import analyze
    from desktop.core.lexicon import load_lexicon
    from desktop.core.lexicon_layers import working_lexicon
    from desktop.paths import SEEDS

    from .sources import load_sources

    _preload(args)
    started = time.perf_counter()
    # A one-shot command: what is alive now (modules, the caches it loads) stays to the end, and
    # what the engine makes is freed by reference counting, so the cyclic collector would only
    # trace live objects again and again (a fifth of a run on the seeds). Frozen out of its
    # passes, and paused for the run (peak memory was the same on 200 and 600 real articles).
    gc.freeze()
    with collector_paused():  # in-process (tests, a caller's main()): left as it was
        if any(str(p).lower().endswith(".qarin") for p in args.paths):
            analysis = _project_analysis(args)
        else:
            loaded = load_sources(args, [str(SEEDS)])
            read_done = time.perf_counter()
            read_ms = round((read_done - started) * 1000, 3)
            lexicon = load_lexicon(args.lexicon) if args.lexicon else working_lexicon()
            lexicon_ms = round((time.perf_counter() - read_done) * 1000, 3)  # timed: the whole command
            analysis = analyze(loaded.articles, lexicon, timings={"read": read_ms, "lexicon": lexicon_ms})
        if args.json:
            write_json(analysis, args.json, started)
            if args.json != "-":
                print(f"wrote {args.json}: {len(analysis.articles)} articles, "
                      f"{len(analysis.links)} links", file=sys.stderr)
        else:
            print(summary(analysis))
    return 0


def _project_analysis(args):
    """A project's analysis, as the window shows it: its articles with the analyst's edits,
    its lexicon (or --lexicon), its cached result when there is one."""
    from desktop.cli.main import UsageError
    from desktop.core.lexicon import load_lexicon
    from desktop.store import Project

    if len(args.paths) != 1 or args.url or args.urls:
        raise UsageError("analyze: give one project (.qarin), or article files, not both")
    with Project.open(args.paths[0], readonly=True) as project:
        lexicon = load_lexicon(args.lexicon) if args.lexicon else project.lexicon()
        analysis = project.analysis(lexicon, store=False)
    if not analysis.articles:
        raise UsageError(f"analyze: the project {args.paths[0]} has no articles")
    return analysis


def write_json(analysis, out: str, started: float) -> None:
    """Write the analysis; its `timings` cover the whole command, this writing included.

    Everything but the timings is serialized and written first; then the "json" stage (building,
    serializing and writing) and the total, measured from the command's start, close the
    document."""
    from desktop.core.jsonio import analysis_to_dict

    t0 = time.perf_counter()
    doc = analysis_to_dict(analysis)
    timings = doc.pop("timings")
    body, indent = _dumps(doc)
    assert body.endswith(b"\n}")
    # a file gets the UTF-8 bytes as they are; stdout, text (it may be a captured stream)
    to_stdout = out == "-"
    stream = sys.stdout if to_stdout else open(out, "wb")
    try:
        if to_stdout:
            stream.write(body[:-2].decode("utf-8") + ",\n")
        else:  # written through a view: no second copy of the document
            stream.write(memoryview(body)[:-2])
            stream.write(b",\n")
        now = time.perf_counter()
        timings.pop("total", None)
        timings["json"] = round((now - t0) * 1000, 3)
        timings["total"] = round(sum(timings.values()), 3)
        timings["command"] = round((now - started) * 1000, 3)
        tail = indent + '"timings": ' + json.dumps(timings) + "\n}\n"
        stream.write(tail if to_stdout else tail.encode("utf-8"))
    finally:
        if not to_stdout:
            stream.close()


def _preload(args) -> None:
    """Import what the timed run would otherwise import on first use: reading files, the JSON
    document and its serializer (or the summary's helpers)."""
    import desktop.core.ingest  # noqa: F401
    import desktop.core.readers  # noqa: F401

    if any(str(p).lower().endswith(".qarin") for p in args.paths):
        import desktop.store  # noqa: F401 - a project's analysis comes from the store
    if args.json:
        import desktop.core.jsonio  # noqa: F401

        try:
            import orjson  # noqa: F401
        except ImportError:
            pass
    else:
        import desktop.core.display  # noqa: F401


def _dumps(doc: dict) -> tuple[bytes, str]:
    """The document as indented JSON in UTF-8, and its indent: orjson when installed (about
    ten times faster than the json module, whose C encoder does not indent), else json."""
    try:
        import orjson

        return orjson.dumps(doc, option=orjson.OPT_INDENT_2), "  "
    except (ImportError, TypeError, ValueError):  # absent, or a value orjson refuses
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"), " "


def summary(analysis) -> str:
    from desktop.core.display import shown
    from desktop.core.stories import surface_terms
    from desktop.core.titles import display_title

    lines = [f"{len(analysis.articles)} articles"]
    for art in analysis.articles:
        relay = f", credits {art.relay_of}" if art.relay_of else ""
        relay += " (set by the analyst)" if art.relay_of and art.relay_how == "analyst" else ""
        lines.append(f"  {shown(art.id)}: {shown(art.outlet)} [{art.encoding}{shown(relay)}] "
                     f"{shown(display_title(art)[:60])}")
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
    if len(analysis.stories) > 1:
        lines.append(f"Stories: {len(analysis.stories)} (pivot first)")
        texts = {a.id: a.text for a in analysis.articles}
        for st in analysis.stories:
            rest = [a for a in st.articles if a != st.pivot]
            lines.append(f"  {st.id}: {st.pivot}" + (f" + {', '.join(rest)}" if rest else ""))
            terms = surface_terms(st, texts)
            if terms:
                lines.append(f"    shared words: {shown(' · '.join(terms))}")
    lines.append(f"Time: {analysis.timings.get('total', 0):.1f} ms")
    return "\n".join(lines)
