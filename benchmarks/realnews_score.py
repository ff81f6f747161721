#!/usr/bin/env python3
"""Score reuse links and stories on ../shared/realnews, all six events mixed into one folder.

Reads the development material at run time (never copied into the repository) and skips when
it is absent. The gold pairs below are file names only, transcribed from each event's
JUDGMENTS.md (which outlet's text reappears in which): `SHARE` pairs carry the same wording,
`UNSURE` pairs restate one source in different renderings (translations, paraphrases) and are
reported but not scored; every other pair, inside an event or across events, shares no text.

    python benchmarks/realnews_score.py [--root ../shared/realnews] [--json OUT]
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARE = {
    ("gaza-flour-massacre-2024-02", "alalam", "yeniyemen"),
    ("lebanon-pager-explosions-2024-09", "lebanondebate", "youm7"),
    ("saudi-iran-beijing-agreement-2023-03", "syriafriends", "al-akhbar"),
    ("sudan-fasher-mosque-drone-2025-09", "masrawy", "aljazeera"),
    ("sudan-fasher-mosque-drone-2025-09", "masrawy", "radio-dabanga"),
    ("sudan-fasher-mosque-drone-2025-09", "aljazeera", "radio-dabanga"),
    ("sudan-fasher-mosque-drone-2025-09", "felesteen-online", "ilkha"),
    ("sudan-fasher-mosque-drone-2025-09", "masrawy", "felesteen-online"),
    ("syria-arab-league-return-2023-05", "thawra", "syriahomenews"),
    ("syria-arab-league-return-2023-05", "tawasul24", "mwq3masr"),
}
UNSURE = {
    # both give the SPA rendering, but the two excerpts carry different parts of it, one in
    # its own words: they share the statement's formulas, not a passage
    ("saudi-iran-beijing-agreement-2023-03", "alsaabiea", "emiratesweekly"),
    ("saudi-iran-beijing-agreement-2023-03", "alsaabiea", "syriafriends"),
    ("saudi-iran-beijing-agreement-2023-03", "alsaabiea", "al-akhbar"),
    ("saudi-iran-beijing-agreement-2023-03", "emiratesweekly", "syriafriends"),
    ("saudi-iran-beijing-agreement-2023-03", "emiratesweekly", "al-akhbar"),
    ("sudan-fasher-mosque-drone-2025-09", "masrawy", "alnilin"),
    ("syria-arab-league-return-2023-05", "thawra", "tawasul24"),
    ("syria-arab-league-return-2023-05", "thawra", "mwq3masr"),
    ("syria-arab-league-return-2023-05", "syriahomenews", "tawasul24"),
    ("syria-arab-league-return-2023-05", "syriahomenews", "mwq3masr"),
    ("syria-arab-league-return-2023-05", "ksaplayers", "tawasul24"),
    ("syria-arab-league-return-2023-05", "ksaplayers", "mwq3masr"),
    ("yemen-us-uk-first-strikes-2024-01", "akhbararabia", "arabkhabar"),
    ("yemen-us-uk-first-strikes-2024-01", "albaladfm", "dostor"),
    ("lebanon-pager-explosions-2024-09", "almashhad", "zamanmasdar"),
}


def _key(x: str, y: str) -> frozenset:
    return frozenset((x, y))


def mixed_folder(root: Path, into: Path) -> dict[str, str]:
    """Link every excerpt into one folder (one merged metadata.toml); return {stem: event}."""
    import tomllib

    event_of: dict[str, str] = {}
    meta_lines: list[str] = []
    for event in sorted(p for p in root.iterdir() if p.is_dir()):
        meta_path = event / "metadata.toml"
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        for f in sorted(event.glob("*.txt")):
            (into / f.name).symlink_to(f)
            event_of[f.stem] = event.name
            fields = meta.get(f.name, {})
            if fields:
                meta_lines.append(f'["{f.name}"]')
                meta_lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items()]
    (into / "metadata.toml").write_text("\n".join(meta_lines) + "\n", encoding="utf-8")
    return event_of


def score(analysis, event_of: dict[str, str]) -> dict:
    share = {_key(a, b) for _, a, b in SHARE}
    unsure = {_key(a, b) for _, a, b in UNSURE}
    linked: dict[frozenset, list] = {}
    for link in analysis.links:
        linked.setdefault(_key(link.a, link.b), []).append(link)
    stems = sorted(event_of)
    false_links = []
    for a, b in itertools.combinations(stems, 2):
        k = _key(a, b)
        if k in linked and k not in share and k not in unsure:
            false_links.append((a, b, len(linked[k])))
    found = sorted(tuple(sorted(k)) for k in share if k in linked)
    missed = sorted(tuple(sorted(k)) for k in share if k not in linked)
    unsure_linked = sorted(tuple(sorted(k)) for k in unsure if k in linked)
    n_pairs = len(stems) * (len(stems) - 1) // 2
    out = {
        "articles": len(stems), "pairs": n_pairs,
        "recall": f"{len(found)}/{len(share)}", "found": found, "missed": missed,
        "false_link_pairs": len(false_links),
        "false_link_pairs_same_event": sum(event_of[a] == event_of[b] for a, b, _ in false_links),
        "false_links": sum(n for *_, n in false_links),
        "false_pairs": [f"{a}~{b} ({n})" for a, b, n in false_links],
        "unsure_linked": f"{len(unsure_linked)}/{len(unsure)}",
        "links": len(analysis.links),
        "json_pairs": len(analysis.pairs),
    }
    stories = getattr(analysis, "stories", None)
    if stories is not None:
        out.update(story_scores(stories, event_of))
    else:
        out["stories"] = "not reported"
    return out


def story_scores(stories, event_of: dict[str, str]) -> dict:
    """Each event against the story holding most of its articles; pairwise precision/recall."""
    cluster = {}
    for n, s in enumerate(stories):
        for art in s.articles:
            cluster[art] = n
    stems = sorted(event_of)
    tp = fp = fn = 0
    for a, b in itertools.combinations(stems, 2):
        same_story = a in cluster and cluster.get(a) == cluster.get(b)
        same_event = event_of[a] == event_of[b]
        tp += same_story and same_event
        fp += same_story and not same_event
        fn += same_event and not same_story
    exact = 0
    for event in sorted(set(event_of.values())):
        members = {s for s in stems if event_of[s] == event}
        exact += any(set(s.articles) == members for s in stories)
    return {"stories": len(stories), "events": len(set(event_of.values())),
            "stories_matching_an_event_exactly": exact,
            "story_pair_precision": round(tp / max(1, tp + fp), 3),
            "story_pair_recall": round(tp / max(1, tp + fn), 3),
            "story_members": [sorted(s.articles) for s in stories]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(ROOT.parent / "shared" / "realnews"))
    ap.add_argument("--json", metavar="OUT")
    args = ap.parse_args()
    root = Path(args.root)
    if not root.is_dir():
        print(f"skipped: {root} is absent")
        return 0
    from desktop.core.analysis import analyze
    from desktop.core.ingest import load_paths

    with tempfile.TemporaryDirectory() as tmp:
        event_of = mixed_folder(root, Path(tmp))
        loaded = load_paths([tmp])
        t0 = time.perf_counter()
        analysis = analyze(loaded.articles)
        ms = (time.perf_counter() - t0) * 1000
    result = score(analysis, event_of)
    result["analyze_ms"] = round(ms, 1)
    for k, v in result.items():
        print(f"{k}: {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
