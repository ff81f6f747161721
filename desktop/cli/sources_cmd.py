"""`project credits|credit|relay|outlets|outlet`: the analyst's corrections of whom an article
credits and relays, and the project's own outlet registry (as the window's Credits and relay…
and Outlets… do). Thin: parse, call the store, print."""
from __future__ import annotations

import json

from desktop.cli.main import UsageError

# desktop.store (sqlite-utils, numpy...) loads when a command runs, not when it is registered

KINDS_HELP = "agency, tv, radio, paper, site or aggregator"


def _credit_row(text: str, c) -> dict:
    has_span = c.span != (0, 0)
    return {"outlet": c.outlet, "name": c.name, "formula": c.formula, "how": c.how,
            "span": list(c.span) if has_span else None,
            "text": text[c.span[0]:c.span[1]] if has_span else ""}


def cmd_credits(args) -> int:
    from desktop.store import Project

    with Project.open(args.project, readonly=True) as project:
        art = project.article(args.article)
        removed = project.removed_credits(args.article)
    credits = [_credit_row(art.text, c) for c in art.credits]
    gone = [_credit_row(art.text, c) for c in removed]
    relay = {"relay_of": art.relay_of, "relay_how": art.relay_how or ("found" if art.relay_of
                                                                         else None)}
    if args.json:
        print(json.dumps({"article": art.id, "outlet": art.outlet, **relay, "credits": credits,
                          "removed": gone}, ensure_ascii=False, indent=2))
        return 0
    by = " (set by the analyst)" if art.relay_how == "analyst" else ""
    print(f"{art.id}\t{art.outlet}\trelays {art.relay_of or 'none'}{by}")
    for n, c in enumerate(credits, start=1):
        where = f"[{c['span'][0]}, {c['span'][1]})\t{' '.join(c['text'].split())}" \
            if c["span"] else "-"
        print(f"  {n}\t{c['outlet']}\t{c['how'] if c['how'] == 'analyst' else c['formula']}\t{where}")
    for n, c in enumerate(gone, start=1):
        print(f"  removed {n}\t{c['outlet']}\t{c['formula']}\t[{c['span'][0]}, {c['span'][1]})")
    return 0


def _pick(items, number: int, what: str):
    if not 1 <= number <= len(items):
        from desktop.store import ProjectError

        raise ProjectError(f"no {what} number {number} (see `project credits`: 1-{len(items)})"
                           if items else f"no {what} to choose from")
    return items[number - 1]


def cmd_credit(args) -> int:
    from desktop.store import Project

    chosen = [x for x in (args.add, args.remove, args.restore) if x is not None]
    if len(chosen) != 1:
        raise UsageError("project credit: give one of --add OUTLET, --remove N, --restore N")
    if (args.start is None) != (args.end is None) or (args.start is not None and args.add is None):
        raise UsageError("project credit: --start and --end go together, with --add")
    with Project.open(args.project, readonly=False) as project:
        if args.add is not None:
            span = (args.start, args.end) if args.start is not None else None
            art = project.add_credit(args.article, args.add, span)
            print(f"credited {args.add} in {art.id}")
        elif args.remove is not None:
            credit = _pick(list(project.article(args.article).credits), args.remove, "credit")
            project.remove_credit(args.article, credit)
            print(f"removed the credit to {credit.outlet} from {args.article}")
        else:
            credit = _pick(project.removed_credits(args.article), args.restore, "removed credit")
            project.restore_credit(args.article, credit)
            print(f"restored the credit to {credit.outlet} in {args.article}")
    return 0


def cmd_relay(args) -> int:
    from desktop.store import Project

    if sum(bool(x) for x in (args.outlet, args.none, args.found)) != 1:
        raise UsageError("project relay: give OUTLET, --none or --found")
    with Project.open(args.project, readonly=False) as project:
        if args.found:
            art = project.reset_relay(args.article)
        else:
            art = project.set_relay(args.article, None if args.none else args.outlet)
    how = "as found" if args.found else "set by the analyst"
    print(f"{art.id} relays {art.relay_of or 'none'} ({how})")
    return 0


def cmd_outlets(args) -> int:
    from desktop.core.project_registry import entry_to_dict
    from desktop.store import Project

    with Project.open(args.project, readonly=True) as project:
        entries = project.registry_outlets()
    if args.json:
        print(json.dumps([entry_to_dict(o) for o in entries], ensure_ascii=False, indent=2))
        return 0
    for o in entries:
        print(f"{o.name}\t{o.arabic}\t{', '.join(o.domains)}\t{o.kind}\t{o.country}")
    return 0


def cmd_outlet(args) -> int:
    from desktop.core.project_registry import EntryError, make_entry
    from desktop.store import Project, ProjectError

    with Project.open(args.project, readonly=False) as project:
        if args.remove:
            project.remove_registry_outlet(args.name)
            print(f"removed the outlet {args.name}")
            return 0
        old = next((o for o in project.registry_outlets() if o.name == args.name), None)
        keep = (lambda new, attr: new if new else (getattr(old, attr) if old else ()))
        try:
            entry = make_entry(args.name, args.arabic if args.arabic is not None else
                               (old.arabic if old else ""),
                               keep(args.variant, "variants"), keep(args.abbrev, "abbrev"),
                               keep(args.domain, "domains"),
                               args.kind if args.kind is not None else (old.kind if old else ""),
                               args.country if args.country is not None else
                               (old.country if old else ""))
        except EntryError as exc:
            raise ProjectError(f"outlet entry: {exc}") from None
        before = {a.id: a.outlet for a in project.articles()}
        project.set_registry_outlet(entry)
        moved = [a.id for a in project.articles() if before.get(a.id) != a.outlet]
    print(f"{'changed' if old else 'added'} the outlet {entry.name}; "
          f"{len(moved)} article(s) now credited to another outlet")
    return 0


def register(sub) -> None:
    c = sub.add_parser("credits", help="an article's credits and relay (found and edited)")
    c.add_argument("project", metavar="P", help="project file (.qarin)")
    c.add_argument("article", metavar="ID", help="article id (see project info)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(func=cmd_credits)

    k = sub.add_parser("credit", help="add, remove or restore a credit of an article")
    k.add_argument("project", metavar="P", help="project file (.qarin)")
    k.add_argument("article", metavar="ID", help="article id")
    k.add_argument("--add", metavar="OUTLET", help="credit this outlet")
    k.add_argument("--start", type=int, metavar="S", help="with --add: where the credit's words start")
    k.add_argument("--end", type=int, metavar="E", help="with --add: where they end (exclusive)")
    k.add_argument("--remove", type=int, metavar="N", help="remove credit N (project credits)")
    k.add_argument("--restore", type=int, metavar="N", help="restore removed credit N")
    k.set_defaults(func=cmd_credit)

    r = sub.add_parser("relay", help="set the outlet an article relays (or none, or as found)")
    r.add_argument("project", metavar="P", help="project file (.qarin)")
    r.add_argument("article", metavar="ID", help="article id")
    r.add_argument("outlet", nargs="?", metavar="OUTLET", help="the outlet it relays")
    r.add_argument("--none", action="store_true", help="it relays no outlet")
    r.add_argument("--found", action="store_true", help="forget the analyst's relay")
    r.set_defaults(func=cmd_relay)

    lo = sub.add_parser("outlets", help="the project's own outlet registry entries")
    lo.add_argument("project", metavar="P", help="project file (.qarin)")
    lo.add_argument("--json", action="store_true", help="print JSON")
    lo.set_defaults(func=cmd_outlets)

    o = sub.add_parser("outlet", help="add, change or remove an outlet of the project's registry")
    o.add_argument("project", metavar="P", help="project file (.qarin)")
    o.add_argument("name", metavar="NAME", help="the outlet's name (English, or Arabic)")
    o.add_argument("--arabic", metavar="A", help="its Arabic name")
    o.add_argument("--variant", action="append", default=[], metavar="V",
                   help="another spelling (repeat for several)")
    o.add_argument("--abbrev", action="append", default=[], metavar="A",
                   help="an abbreviation used in credits (repeat)")
    o.add_argument("--domain", action="append", default=[], metavar="D",
                   help="a web domain (repeat)")
    o.add_argument("--kind", metavar="K", help=KINDS_HELP)
    o.add_argument("--country", metavar="C")
    o.add_argument("--remove", action="store_true", help="remove the entry NAME")
    o.set_defaults(func=cmd_outlet)
