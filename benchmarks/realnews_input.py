"""Input side on ../shared/realnews (issue 10): outlets, credits, titles, page furniture.

    python benchmarks/realnews_input.py [--code DIR] [--data DIR] [--verbose]

Reads the development set at run time (never copies it) and skips cleanly when it is absent.
`--code DIR` measures another checkout (e.g. /work/main) for a before/after comparison.

Per event, against each folder's JUDGMENTS.md (written by reading the excerpts):
- outlets: distinct names among the event's articles; "named": the outlet Qarin gives matches
  the judgment's English or Arabic outlet name (loosely: folded, either contains the other);
- credits: outlets the judgment says the article credits (registry names found in the
  "Copies / relays" row, leaving out sentences that say "no credit", "without", "hedged",
  "style", "likely" ...), found among the article's credits or its relay_of;
- titles: the title is not furniture (printed with --verbose for reading);
- furniture: quoted fragments of the "Page furniture" row that occur in the text (typo notes
  and tool metadata left out), counted marked when at least half of it lies in marks.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

HEDGES = re.compile(r"no credit|uncredited|without|hedged|style|suggest|likely|inferred|"
                    r"points to|reads like|no wire|no agency|cannot be verified|no \w+ credit|"
                    r"not visible|may be|same|twin|match|verbatim|word for word|share|differs|"
                    r"rendering|other story|where", re.I)
NOT_FURNITURE = re.compile(r"typo|spelling|grammar|tool metadata|normalisation|search-tool|"
                           r"cut off|breaks off|run together|event dates", re.I)
CLAUSES = re.compile(r"(?<=[.;])\s+|,\s+(?!which)")
QUOTED = re.compile(r"\"([^\"]{2,200})\"|“([^”]{2,200})”")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument("--data", default=None)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, args.code)
    data = Path(args.data) if args.data else Path(args.code).resolve().parent / "shared" / "realnews"
    if not data.is_dir():
        data = Path(__file__).resolve().parent.parent.parent / "shared" / "realnews"
    if not data.is_dir():
        print(f"skipped: no development set at {data}")
        return 0
    from desktop.core.ingest import load_paths
    from desktop.core.normalize import normalize

    def fold(s: str) -> str:
        s = unicodedata.normalize("NFKC", s)
        return " ".join(re.findall(r"[^\W_]+", normalize(s).text.lower()))

    registry_names = _registry_names(args.code)
    totals = dict(arts=0, named=0, cred_exp=0, cred_found=0, titles_ok=0, furn=0, furn_marked=0)
    print(f"code: {args.code}")
    print(f"{'event':42} {'arts':>4} {'distinct':>8} {'named':>6} {'credits':>9} {'titles':>7} {'furniture':>10}")
    for event in sorted(p for p in data.iterdir() if p.is_dir()):
        judg = _judgments(event / "JUDGMENTS.md")
        loaded = load_paths(sorted(event.glob("*.txt")))
        arts = loaded.articles
        outlets = [a.outlet for a in arts]
        named = cred_exp = cred_found = titles_ok = furn = furn_marked = 0
        for a in arts:
            j = judg.get(Path(a.path).name, {})
            eng, ara = _outlet_names(j.get("Outlet", ""))
            ours = fold(a.outlet)
            ok_name = any(n and (n in ours or ours in n) for n in (fold(eng), fold(ara)) if n)
            named += ok_name
            expected = _expected_credits(j.get("Copies / relays", ""), registry_names, a.outlet, eng)
            got = {c.outlet for c in getattr(a, "credits", ())} | ({a.relay_of} if a.relay_of else set())
            hit = expected & got
            cred_exp += len(expected)
            cred_found += len(hit)
            title_ok = _title_ok(a, judg_frags := _furniture_fragments(j.get("Page furniture", ""), a.text))
            titles_ok += title_ok
            frags = _furniture_fragments(j.get("Page furniture", ""), a.text)
            marked = [f for f in frags if _covered(a, *_find(a.text, f)) >= 0.5]
            furn += len(frags)
            furn_marked += len(marked)
            if args.verbose:
                print(f"  {Path(a.path).name:22} outlet={a.outlet!r} ({a.outlet_source}) "
                      f"{'OK' if ok_name else 'want ' + eng!r}")
                print(f"      title={a.title[:70]!r}")
                print(f"      date={a.date} ({getattr(a, 'date_how', '')}) relay_of={a.relay_of}")
                print(f"      credits expected={sorted(expected)} found={sorted(got)}")
                missed = [f[:40] for f in frags if f not in marked]
                print(f"      furniture {len(marked)}/{len(frags)} missed={missed}")
        distinct = len(set(outlets))
        print(f"{event.name:42} {len(arts):>4} {distinct:>4}/{len(arts):<3} {named:>3}/{len(arts):<2} "
              f"{_pct(cred_found, cred_exp):>9} {titles_ok:>3}/{len(arts):<3} {_pct(furn_marked, furn):>10}")
        for k, v in (("arts", len(arts)), ("named", named), ("cred_exp", cred_exp),
                     ("cred_found", cred_found), ("titles_ok", titles_ok), ("furn", furn),
                     ("furn_marked", furn_marked)):
            totals[k] += v
    t = totals
    print(f"{'all':42} {t['arts']:>4} {'':>8} {t['named']:>3}/{t['arts']:<2} "
          f"{_pct(t['cred_found'], t['cred_exp']):>9} {t['titles_ok']:>3}/{t['arts']:<3} "
          f"{_pct(t['furn_marked'], t['furn']):>10}")
    return 0


def _title_ok(article, furniture: list[str]) -> bool:
    """Right when the title is a whole line of the text that the judgment does not call
    furniture, or when there is no title and the text opens with a sentence (no headline)."""
    lines = [ln.strip() for ln in article.text.splitlines() if ln.strip()]
    if not article.title:
        first = next((ln for ln in lines if not any(ln == f or ln in f for f in furniture)
                      and not re.match(r"^date \d", ln)), "")
        first = re.sub(r"^date [\d-]+\s*", "", first)
        return len(first.split()) > 25 or bool(re.search(r"[.!؟?]\s*$", first))
    return article.title.strip() in lines and not any(f == article.title.strip() for f in furniture)


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} {100 * a / b:3.0f}%" if b else "-"


def _registry_names(code: str) -> dict[str, str]:
    """English spellings that name each registry outlet in the judgments' prose."""
    names: dict[str, str] = {}
    try:
        from desktop.core.registry import registry
    except ImportError:  # an older checkout without the registry: read the bundled file
        import tomllib
        data = tomllib.loads((Path(code) / "resources" / "outlets.toml").read_text("utf-8"))
        outs = [(o["name"], o.get("abbrev", [])) for o in data.get("outlet", [])]
    else:
        outs = [(o.name, o.abbrev) for o in registry().outlets]
    import tomllib
    here = tomllib.loads((Path(__file__).resolve().parent.parent / "resources" / "outlets.toml")
                         .read_text("utf-8"))
    outs += [(o["name"], o.get("abbrev", [])) for o in here.get("outlet", [])]
    for name, abbrevs in outs:
        base = re.sub(r"\s*\([^)]*\)\s*$", "", name)
        for n in {name, base, *[a for a in abbrevs if a.isascii()]}:
            if len(n) >= 2:
                names.setdefault(n, name)
    names.update({"NYT": "New York Times", "WSJ": "Wall Street Journal", "AP": "Associated Press"})
    return names


def _judgments(path: Path) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    current = None
    if not path.is_file():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"##\s+(\S+\.txt)", line)
        if m:
            current = out.setdefault(m.group(1), {})
            continue
        m = re.match(r"\|\s*([^|]+?)\s*\|\s*(.*)\|\s*$", line)
        if current is not None and m:
            current[m.group(1)] = m.group(2)
    return out


def _outlet_names(cell: str) -> tuple[str, str]:
    m = re.match(r"\s*([^(,]+?)\s*\(([^)]*)\)", cell)
    if m:
        eng, inner = m.group(1), m.group(2)
        ara = " ".join(w for w in re.split(r"[/,]", inner)[0].split() if not w.isascii())
        return eng, ara
    return cell.split(",")[0].strip(), ""


def _expected_credits(cell: str, names: dict[str, str], own: str, own_eng: str) -> set[str]:
    found = set()
    plain_cell = re.sub(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|\([^)]*[^\x00-\x7f][^)]*\)", " ", cell)
    for plain in CLAUSES.split(plain_cell):
        if HEDGES.search(plain):
            continue
        for n, canon in names.items():
            if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", plain):
                found.add(canon)
    return {f for f in found if f != own and f.lower() not in own_eng.lower()}


def _furniture_fragments(cell: str, text: str) -> list[str]:
    frags = []
    for sentence in re.split(r"(?<=[.;])\s+", cell):
        if NOT_FURNITURE.search(sentence):
            continue
        for m in QUOTED.finditer(sentence):
            raw = m.group(1) or m.group(2)
            for piece in re.split(r"\s+/\s+|\.\.\.|…", raw):
                piece = piece.strip()
                if len(piece) >= 2 and piece in text and piece not in frags:
                    frags.append(piece)
    return frags


def _find(text: str, frag: str) -> tuple[int, int]:
    """Where a fragment sits: a line that is exactly the fragment first, else its first copy."""
    m = re.search(rf"(?m)^[ \t\u00a0]*{re.escape(frag)}[ \t\u00a0]*$", text) if frag else None
    if m:
        return m.start() + len(m.group()) - len(m.group().lstrip()), m.start() + len(m.group().rstrip())
    at = text.find(frag) if frag else -1
    return (at, at + len(frag)) if at >= 0 else (0, 0)


def _covered(article, s: int, e: int) -> float:
    if e <= s:
        return 0.0
    got = sum(max(0, min(e, m.span[1]) - max(s, m.span[0])) for m in article.boilerplate)
    return got / (e - s)


def _in_marks(article, s: int, e: int) -> bool:
    return e > s and _covered(article, s, e) >= 0.5


if __name__ == "__main__":
    sys.exit(main())
