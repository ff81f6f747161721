"""Input side on ../shared/realnews (issue 10): outlets, credits, titles, furniture, dates.

    python benchmarks/realnews_input.py [--code DIR] [--data DIR] [--verbose] [--with-dates]

Reads the development set at run time (never copies it) and skips cleanly when it is absent.
`--code DIR` measures another checkout (e.g. /work/main) for a before/after comparison.
As the issue asks, articles are read with URL-only metadata: the three dates the folders'
metadata.toml give are left out (a copy of each folder goes to a temporary directory), unless
`--with-dates`.

Per event, against each folder's JUDGMENTS.md (written by reading the excerpts):
- outlets: distinct names among the event's articles; "named": the outlet Qarin gives matches
  the judgment's English or Arabic outlet name (loosely: folded, either contains the other);
- credits: outlets the judgment says the article credits: registry names in the "Copies /
  relays" row (English names in its prose, and Arabic names inside the Arabic it quotes),
  leaving out clauses that say "no credit", "without", "hedged", "style", "likely", "photo"...
  Recall: expected ones found among the article's text credits or its relay_of. Precision:
  text credits found (photo credits apart) that the judgment lists;
- titles, judged strictly: a title must be a whole line that the judgment does not call
  furniture, that does not end like a sentence and that no prose line precedes; an article
  without a title must open (after furniture) with a sentence, and then its label (the
  fallback the window and reports show) must be, in square brackets, its opening words or
  the headline its web address spells;
- furniture: quoted fragments of the "Page furniture" row that occur in the text (typo notes
  and tool metadata left out), counted marked when at least half of it lies in marks; "body":
  sentences of the article (five words or more, ending with . ! ؟) more than half inside
  marks while no judged fragment is in them, i.e. article text wrongly marked;
- dates: how many articles get a date, and from what (metadata, html, text, url).
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
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
    ap.add_argument("--with-dates", action="store_true",
                    help="keep the dates metadata.toml gives (default: URL-only metadata)")
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
    try:
        from desktop.core.titles import article_label
    except ImportError:  # an older checkout: no label beyond the title
        article_label = None

    def fold(s: str) -> str:
        s = unicodedata.normalize("NFKC", s)
        return " ".join(re.findall(r"[^\W_]+", normalize(s).text.lower()))

    registry_names = _registry_names(args.code)
    arabic_names = _registry_arabic(args.code)
    keys = ("arts", "named", "cred_exp", "cred_found", "cred_got", "cred_right", "titles_ok",
            "furn", "furn_marked", "body_marked", "dated")
    totals = dict.fromkeys(keys, 0)
    how_all: dict[str, int] = {}
    print(f"code: {args.code}  ({'metadata dates kept' if args.with_dates else 'URL-only metadata'})")
    print(f"{'event':38} {'arts':>4} {'distinct':>8} {'named':>6} {'credits recall':>15} "
          f"{'precision':>10} {'titles':>7} {'furniture':>11} {'body':>4} {'dated':>6}")
    tmp = tempfile.TemporaryDirectory()
    for event in sorted(p for p in data.iterdir() if p.is_dir()):
        judg = _judgments(event / "JUDGMENTS.md")
        folder = event if args.with_dates else _url_only_copy(event, Path(tmp.name))
        loaded = load_paths(sorted(folder.glob("*.txt")))
        arts = loaded.articles
        outlets = [a.outlet for a in arts]
        c = dict.fromkeys(keys, 0)
        c["arts"] = len(arts)
        for a in arts:
            j = judg.get(Path(a.path).name, {})
            eng, ara = _outlet_names(j.get("Outlet", ""))
            ours = fold(a.outlet)
            ok_name = any(n and (n in ours or ours in n) for n in (fold(eng), fold(ara)) if n)
            c["named"] += ok_name
            expected = _expected_credits(j.get("Copies / relays", ""), registry_names, a.outlet, eng)
            expected |= _expected_arabic(j.get("Copies / relays", ""), a.text, arabic_names,
                                         a.outlet, eng, fold)
            text_credits = {cr.outlet for cr in getattr(a, "credits", ()) if cr.formula != "photo"}
            photo = {cr.outlet for cr in getattr(a, "credits", ()) if cr.formula == "photo"}
            got = text_credits | ({a.relay_of} if a.relay_of else set())
            c["cred_exp"] += len(expected)
            c["cred_found"] += len(expected & got)
            c["cred_got"] += len(got)
            c["cred_right"] += len(got & expected)
            frags = _furniture_fragments(j.get("Page furniture", ""), a.text)
            label = article_label(a) if article_label else None
            title_ok, why = _title_ok(a, frags, label)
            c["titles_ok"] += title_ok
            marked = [f for f in frags if _covered(a, *_find(a.text, f)) >= 0.5]
            c["furn"] += len(frags)
            c["furn_marked"] += len(marked)
            body = _body_marked(a, frags)
            c["body_marked"] += len(body)
            c["dated"] += bool(a.date)
            how = (getattr(a, "date_how", "") or "?").split(":")[0] if a.date else "none"
            how_all[how] = how_all.get(how, 0) + 1
            if args.verbose:
                print(f"  {Path(a.path).name:22} outlet={a.outlet!r} ({a.outlet_source}) "
                      f"{'OK' if ok_name else 'want ' + repr(eng)}")
                print(f"      title={a.title[:70]!r} {'OK' if title_ok else 'WRONG: ' + why}")
                if label is not None and not a.title:
                    print(f"      label={label.text[:70]!r} ({label.how})")
                span = getattr(a, "date_span", None)
                read = f" from {a.text[span[0]:span[1]]!r}" if span else ""
                print(f"      date={a.date} ({getattr(a, 'date_how', '')}{read}) relay_of={a.relay_of}")
                print(f"      credits expected={sorted(expected)} found={sorted(got)}"
                      + (f" photo={sorted(photo)}" if photo else "")
                      + (f" NOT LISTED={sorted(got - expected)}" if got - expected else ""))
                missed = [f[:40] for f in frags if f not in marked]
                print(f"      furniture {len(marked)}/{len(frags)} missed={missed}")
                for sent in body:
                    print(f"      BODY MARKED: {sent[:90]!r}")
        distinct = len(set(outlets))
        print(f"{event.name[:38]:38} {len(arts):>4} {distinct:>4}/{len(arts):<3} {c['named']:>3}/{len(arts):<2} "
              f"{_pct(c['cred_found'], c['cred_exp']):>15} {_pct(c['cred_right'], c['cred_got']):>10} "
              f"{c['titles_ok']:>3}/{len(arts):<3} {_pct(c['furn_marked'], c['furn']):>11} "
              f"{c['body_marked']:>4} {c['dated']:>3}/{len(arts):<2}")
        for k in keys:
            totals[k] += c[k]
    t = totals
    print(f"{'all':38} {t['arts']:>4} {'':>8} {t['named']:>3}/{t['arts']:<2} "
          f"{_pct(t['cred_found'], t['cred_exp']):>15} {_pct(t['cred_right'], t['cred_got']):>10} "
          f"{t['titles_ok']:>3}/{t['arts']:<3} {_pct(t['furn_marked'], t['furn']):>11} "
          f"{t['body_marked']:>4} {t['dated']:>3}/{t['arts']:<2}")
    print("dates from: " + ", ".join(f"{k} {v}" for k, v in sorted(how_all.items())))
    tmp.cleanup()
    return 0


def _url_only_copy(event: Path, tmp: Path) -> Path:
    """The event's texts with a metadata.toml that keeps only each file's URL (in `tmp`)."""
    import tomllib

    out = tmp / event.name
    out.mkdir(parents=True, exist_ok=True)
    meta = {}
    if (event / "metadata.toml").is_file():
        meta = tomllib.loads((event / "metadata.toml").read_text("utf-8"))
    lines = []
    for f in sorted(event.glob("*.txt")):
        shutil.copyfile(f, out / f.name)
        url = (meta.get(f.name) or {}).get("url")
        if url:
            lines += [f'["{f.name}"]', f"url = {json.dumps(url, ensure_ascii=False)}", ""]
    (out / "metadata.toml").write_text("\n".join(lines), "utf-8")
    return out


def _body_marked(article, frags: list[str]) -> list[str]:
    """Sentences of the article (5+ words, ending like a sentence) mostly inside marks, where
    neither the sentence nor the mark holding it contains a judged furniture fragment (a mark
    running from "قد يعجبك أيضا" over the recommended item is right) and the line is not a
    tweet embed: article text marked as furniture."""
    out = []
    text = article.text
    judged = [_find(text, f) for f in frags]
    for m in re.finditer(r"[^\n.!؟?]+[.!؟?]", text):
        s, e = m.start(), m.end()
        sent = m.group().strip()
        if len(sent.split()) < 5 or _covered(article, s, e) <= 0.5:
            continue
        if any(f in sent or sent in f for f in frags):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if re.search(r"pic\.twitter\.com|\(@\w+\)", line):
            continue  # a tweet embed: furniture whatever the judgment quotes of it
        holders = [mk.span for mk in article.boilerplate if mk.span[0] < e and s < mk.span[1]]
        if any(a <= js < b for a, b in holders for js, je in judged if je > js):
            continue
        out.append(sent)
    return out


def _title_ok(article, furniture: list[str], label) -> tuple[bool, str]:
    """Strict: a title is a whole line, not judged furniture, not ending like a sentence, with
    no prose line before it; without a title the text opens (after furniture and the search
    tool's " date ..." prefix) with a sentence, and the label is that sentence's opening
    words, flagged as a fallback."""
    lines = [ln.strip() for ln in article.text.splitlines() if ln.strip()]

    def furniture_line(ln: str) -> bool:
        return any(ln == f or ln in f for f in furniture)

    def prose(ln: str) -> bool:
        return len(ln.split()) > 25 or bool(re.search(r"[.!؟?]\s*$", ln))

    title = article.title.strip()
    if not title:
        first = next((ln for ln in lines if not furniture_line(ln) and not re.match(r"^date \d", ln)), "")
        first = re.sub(r"^date [\d-]+\s*", "", first)
        if not prose(first):
            return False, "no title, but the text opens with a line that is not a sentence"
        if label is not None:
            from urllib.parse import unquote
            words = [w for w in label.text.strip("[]…. ").split()]
            where = " ".join(article.text.split()) if label.how == "lead" else \
                " ".join(re.split(r"[-_/+]+", unquote(article.url or "")))
            if label.how not in ("lead", "address") or not label.text.startswith("[") or \
                    not words or " ".join(words) not in where:
                return False, f"label {label.text[:40]!r} ({label.how}) is not a flagged lead or address headline"
        return True, ""
    if title not in lines:
        return False, "not a whole line of the text"
    if furniture_line(title):
        return False, "judged furniture"
    if re.search(r"[.!؟?:،,]\s*$", title) and not title.endswith("؟") and not title.endswith("?"):
        return False, "ends like a sentence"
    before = lines[:lines.index(title)]
    if any(prose(ln) and not furniture_line(ln) and not re.match(r"^date \d", ln) for ln in before):
        return False, "a prose line comes before it"
    return True, ""


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


def _registry_arabic(code: str):
    """The registry of the code under test, for Arabic names quoted in the judgments."""
    try:
        from desktop.core.registry import registry
        from desktop.core.credits import common_names
    except ImportError:
        return None
    return registry(), common_names()


_DESCRIPTORS = {"وكاله", "صحيفه", "قناه", "موقع", "شبكه", "اذاعه", "تلفزيون", "جريده", "مجله"}
_SENTENCES = re.compile(r"(?<=[.;])\s+(?=[A-Z(*])")


def _expected_arabic(cell: str, text: str, arabic, own: str, own_eng: str, fold) -> set[str]:
    """Outlets the judgment names in Arabic (inside the Arabic it quotes, «صحيفة “العربي
    الجديد”», «وكالة الأنباء الإيرانية “إرنا”») in sentences that do not hedge."""
    if arabic is None:
        return set()
    reg, common = arabic
    from desktop.core.registry import fold_words

    found = set()
    for sentence in _SENTENCES.split(cell):
        english = re.sub(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|\([^)]*[^\x00-\x7f][^)]*\)", " ", sentence)
        if HEDGES.search(english) or re.search(r"photo|picture|image", english, re.I):
            continue
        for run in re.findall(r"[\u0600-\u06ff][\u0600-\u06ff\s\"“”«»()،,/.ـ-]*", sentence):
            # words with whether a quote mark or parenthesis opens right before each
            spots = [(fold_words(m.group(2)), bool(m.group(1)))
                     for m in re.finditer(r"([\"“”«(]?)([\u0600-\u06ff]+)", run)]
            words = [w[0] if w else "" for w, _ in spots]
            k = 0
            while k < len(words):
                outlet, n, how = reg.match_words(words[k:])
                prev = re.sub(r"^[وفل]", "", words[k - 1]) if k else ""
                # a name in the judgment's Arabic counts when it is one: two words or more,
                # quoted, or after وكالة/صحيفة/قناة... (not «الجيش السوداني», «اللواء»)
                named = outlet is not None and not (n == 1 and words[k] in common) and (
                    n >= 2 or spots[k][1] or prev in _DESCRIPTORS)
                if not named:
                    k += 1
                    continue
                found.add(outlet.name)
                k += n
    own_f = fold(own)
    return {f for f in found if fold(f) != own_f and not (own_eng and fold(own_eng) in fold(f))
            and not (fold(f) in own_f)}


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
