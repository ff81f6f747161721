"""Whom an article credits, as the analyst corrects it, and the project's own outlet registry.

Credits stay as found (``articles.credits``); the analyst's removals and additions are kept
beside them (``articles.credit_edits``) and applied on reading, so a re-import or a search for
credits with new registry entries never loses them. A relay the analyst sets is kept like any
edited field (``user_fields`` holds "relay_of"). The project's entries (``registry_outlets``)
come first when its articles are resolved: adding, changing or removing one applies the
entries again to every article, from what ingest found (``articles.found``).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence

from desktop.core.analyst_edits import CreditEdit, addition, removal
from desktop.core.model import Article, Credit
from desktop.core.project_registry import (EntryError, Found, entry_from_dict, make_entry,
                                           resolve_with)
from desktop.core.registry import Outlet

from . import anchoring
from .articles import (_article_from_row, credits_to_json, edits_from_json, edits_to_json)
from .base import StoreBase, now
from .errors import ProjectError, UnknownArticle

EDIT_COLUMNS = ("outlet", "outlet_source", "title", "date", "date_how", "date_span", "url",
                "author", "relay_of", "user_fields", "credit_edits", "found", "credits")


class SourcesMixin(StoreBase):
    # --- credits and relay -------------------------------------------------------------------
    def _article_row(self, article_id: str) -> dict:
        row = self._one("SELECT * FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise UnknownArticle(f"no article {article_id!r} in {self.path.name}")
        return row

    def credit_edits(self, article_id: str) -> list[CreditEdit]:
        return edits_from_json(self._article_row(article_id).get("credit_edits"))

    def removed_credits(self, article_id: str) -> list[Credit]:
        """Found credits the analyst removed (still in the text; listed to restore them)."""
        return list(self.article(article_id).credits_removed)

    def add_credit(self, article_id: str, outlet: str, span: tuple[int, int] | None = None
                   ) -> Article:
        """Credit `outlet` as a source of the article, at `span` of its text when given."""
        with self.atomic():
            row = self._article_row(article_id)
            try:
                edit = addition(row["text"], outlet, span)
            except ValueError as exc:
                raise ProjectError(f"article {article_id!r}: {exc}") from None
            edits = edits_from_json(row.get("credit_edits"))
            undone = [e for e in edits if e.action == "remove" and e.outlet == edit.outlet
                      and e.name_span == edit.name_span and edit.has_span]
            if undone:  # adding back a found credit the analyst had removed
                edits = [e for e in edits if e not in undone]
            elif edit not in edits:
                edits.append(edit)
            self._write_edits(article_id, edits)
        return self.article(article_id)

    def remove_credit(self, article_id: str, credit: Credit) -> Article:
        """Take a credit away: one the analyst added is forgotten, a found one is hidden."""
        with self.atomic():
            row = self._article_row(article_id)
            edits = edits_from_json(row.get("credit_edits"))
            if credit.how == "analyst":
                mine = [e for e in edits if e.action == "add" and e.outlet == credit.outlet
                        and e.span == credit.span]
                if not mine:
                    raise ProjectError(f"article {article_id!r} has no credit to "
                                       f"{credit.outlet!r} added by the analyst there")
                edits.remove(mine[0])
            else:
                current = self.article(article_id).credits
                if credit not in current:
                    raise ProjectError(f"article {article_id!r} has no such credit to "
                                       f"{credit.outlet!r}")
                edits.append(removal(credit))
            self._write_edits(article_id, edits)
        return self.article(article_id)

    def restore_credit(self, article_id: str, credit: Credit) -> Article:
        """Show again a found credit the analyst removed."""
        with self.atomic():
            edits = self.credit_edits(article_id)
            kept = [e for e in edits if not (e.action == "remove" and e.span == credit.span
                                             and e.name_span == credit.name_span)]
            if len(kept) == len(edits):
                raise ProjectError(f"article {article_id!r}: that credit was not removed")
            self._write_edits(article_id, kept)
        return self.article(article_id)

    def _write_edits(self, article_id: str, edits: Sequence[CreditEdit]) -> None:
        self._exec("UPDATE articles SET credit_edits = ?, modified = ? WHERE id = ?",
                   (edits_to_json(edits) if edits else None, now(), article_id))
        self._emit("articles", (article_id,))

    def set_relay(self, article_id: str, outlet: str | None) -> Article:
        """The outlet the article relays, as the analyst says (None or "": it relays none).
        Kept on re-import and when registry entries change."""
        outlet = " ".join((outlet or "").split()) or None
        with self.atomic():
            row = self._article_row(article_id)
            self._ensure_found(article_id)
            kept = sorted(set(json.loads(row["user_fields"] or "[]")) | {"relay_of"})
            self._exec("UPDATE articles SET relay_of = ?, user_fields = ?, modified = ? "
                       "WHERE id = ?", (outlet, json.dumps(kept), now(), article_id))
            self._emit("articles", (article_id,))
        return self.article(article_id)

    def reset_relay(self, article_id: str) -> Article:
        """Forget the analyst's relay: the article relays what was found again."""
        with self.atomic():
            row = self._article_row(article_id)
            kept = set(json.loads(row["user_fields"] or "[]"))
            if "relay_of" not in kept:
                return self.article(article_id)
            self._ensure_found(article_id)
            kept.discard("relay_of")
            self._exec("UPDATE articles SET user_fields = ? WHERE id = ?",
                       (json.dumps(sorted(kept)), article_id))
            self._resolve_rows([self._article_row(article_id)], self.registry_outlets(), (), force=True)
            self._emit("articles", (article_id,))
        return self.article(article_id)

    def found_relay(self, article_id: str) -> str | None:
        """The relay as found, whatever the analyst set."""
        row = self._article_row(article_id)
        if "relay_of" not in set(json.loads(row["user_fields"] or "[]")):
            return row["relay_of"]
        found = Found.from_json(row.get("found"))
        return found.relay_of if found is not None else None

    # --- undo support --------------------------------------------------------------------------
    def article_edit_state(self, article_id: str) -> dict:
        """Every field an analyst's edit can change, to put back with `restore_article_edit_state`."""
        row = self._article_row(article_id)
        return {**{k: row.get(k) for k in EDIT_COLUMNS}, "hash": row["hash"]}

    def restore_article_edit_state(self, article_id: str, state: Mapping) -> Article:
        """Put back what `article_edit_state` kept; refused when the text changed since (a
        re-import), whose credits and spans the old state would not fit."""
        with self.atomic():
            row = self._article_row(article_id)
            if state.get("hash") and state["hash"] != row["hash"]:
                raise ProjectError(f"article {article_id!r} was re-imported with another text "
                                   "since; its edit is not undone")
            cols = [k for k in EDIT_COLUMNS if k in state]
            if state.get("outlet"):
                self._ensure_outlet(state["outlet"])
            sets = ", ".join(f"{k} = ?" for k in cols)
            self._exec(f"UPDATE articles SET {sets}, modified = ? WHERE id = ?",
                       (*[state[k] for k in cols], now(), article_id))
            self._emit("articles", (article_id,))
        return self.article(article_id)

    # --- the project's outlet registry ---------------------------------------------------------
    def registry_outlets(self) -> list[Outlet]:
        """This project's own outlet entries, in the order they are tried."""
        out = []
        for r in self._rows("SELECT * FROM registry_outlets ORDER BY position, name"):
            out.append(entry_from_dict({**r, **{k: json.loads(r[k] or "[]")
                                               for k in ("variants", "abbrev", "domains")}}))
        return out

    def set_registry_outlet(self, entry: Outlet, replaces: str | None = None) -> Outlet:
        """Add an outlet entry, or replace the one named `replaces` (or of the same name); then
        apply the entries to every article. Returns the stored entry."""
        try:
            entry = make_entry(entry.name, entry.arabic, entry.variants, entry.abbrev,
                               entry.domains, entry.kind, entry.country)
        except EntryError as exc:
            raise ProjectError(f"outlet entry: {exc}") from None
        entries = self.registry_outlets()
        old_names = {replaces, entry.name} - {None}
        at = next((i for i, o in enumerate(entries) if o.name in old_names), len(entries))
        new = [o for o in entries if o.name not in old_names]
        new.insert(min(at, len(new)), entry)
        self.set_registry_outlets(new)
        return entry

    def remove_registry_outlet(self, name: str) -> Outlet:
        entries = self.registry_outlets()
        gone = next((o for o in entries if o.name == name), None)
        if gone is None:
            raise ProjectError(f"no outlet entry {name!r} in {self.path.name}")
        self.set_registry_outlets([o for o in entries if o.name != name])
        return gone

    def set_registry_outlets(self, entries: Iterable[Outlet]) -> None:
        """Make `entries` (in order) the project's outlet registry; apply it to every article."""
        entries = list(entries)
        names = [o.name for o in entries]
        if len(set(names)) != len(names):
            raise ProjectError("two outlet entries with one name")
        with self.atomic():
            previous = self.registry_outlets()
            stamp = now()
            added = {r["name"]: r["added"] for r in self._rows("SELECT name, added FROM registry_outlets")}
            self._exec("DELETE FROM registry_outlets")
            for i, o in enumerate(entries):
                self._exec(
                    "INSERT INTO registry_outlets (name, arabic, variants, abbrev, domains, kind, "
                    "country, position, added, modified) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (o.name, o.arabic, json.dumps(list(o.variants), ensure_ascii=False),
                     json.dumps(list(o.abbrev), ensure_ascii=False), json.dumps(list(o.domains)),
                     o.kind, o.country, i, added.get(o.name, stamp), stamp))
            changed = [o for o in entries if o not in previous]
            dropped = [o for o in previous if o not in entries]
            rows = self._rows("SELECT * FROM articles ORDER BY position")
            touched = self._resolve_rows(rows, entries, changed + dropped)
            self._emit("registry", tuple(names))
            if touched:
                self._emit("articles", tuple(touched))

    # --- applying the entries ------------------------------------------------------------------
    def _ensure_found(self, article_id: str) -> None:
        """Keep what ingest found before an edit overwrites it (projects made before schema 4)."""
        row = self._article_row(article_id)
        if not row.get("found"):
            found = Found(row["outlet"], row["outlet_source"] or "unknown", row["relay_of"])
            self._exec("UPDATE articles SET found = ? WHERE id = ?", (found.to_json(), article_id))

    def _after_import(self, articles: Mapping[str, Article], old_texts: Mapping[str, str]) -> None:
        """Called by add_articles (inside its transaction) for new and updated articles."""
        entries = self.registry_outlets()
        for art in articles.values():
            found = Found(art.outlet, art.outlet_source, art.relay_of)
            self._exec("UPDATE articles SET found = ? WHERE id = ?", (found.to_json(), art.id))
            old = old_texts.get(art.id)
            if old is not None and old != art.text:
                self._reanchor_edits(art.id, old, art.text)
        if entries and articles:
            marks = ",".join("?" * len(articles))
            rows = self._rows(f"SELECT * FROM articles WHERE id IN ({marks})", tuple(articles))
            self._resolve_rows(rows, entries, entries, force=True)

    def _reanchor_edits(self, article_id: str, old: str, new: str) -> None:
        edits = self.credit_edits(article_id)
        if not edits:
            return
        blocks = anchoring.equal_blocks(old, new)
        moved = []
        for e in edits:
            if not e.has_span:
                moved.append(e)
                continue
            s, t = e.span
            quote = anchoring.quote_at(old, s, t) if t <= len(old) else None
            spot = anchoring.reanchor(quote, new, old, blocks) if quote else None
            if spot is None or not spot.placed:
                # the words are gone: a removal has nothing left to hide; an addition stays,
                # without a place in the text
                if e.action == "add":
                    moved.append(CreditEdit("add", e.outlet, name=e.name))
                continue
            shift = spot.start - s
            ns, ne = e.name_span
            moved.append(CreditEdit(e.action, e.outlet, (spot.start, spot.end),
                                    (ns + shift, ne + shift), e.name, e.formula))
        self._exec("UPDATE articles SET credit_edits = ? WHERE id = ?",
                   (edits_to_json(moved) if moved else None, article_id))

    def _resolve_rows(self, rows: list[dict], entries: Sequence[Outlet],
                      changed: Sequence[Outlet], force: bool = False) -> list[str]:
        """Apply `entries` to each row from what was found; write what changed. Returns ids."""
        touched = []
        for row in rows:
            kept = set(json.loads(row["user_fields"] or "[]"))
            found = Found.from_json(row.get("found")) or Found(
                row["outlet"], row["outlet_source"] or "unknown", row["relay_of"])
            if "outlet" in kept:
                found = Found(row["outlet"], "user", found.relay_of)
            art = _article_from_row(row, edited=False)
            new = resolve_with(art, found, entries, previous=changed if not force else entries)
            relay = row["relay_of"] if "relay_of" in kept else new.relay_of
            values = (new.outlet, new.outlet_source, credits_to_json(new.credits), relay)
            if values == (row["outlet"], row["outlet_source"], row["credits"] or "[]",
                          row["relay_of"]):
                continue
            self._ensure_outlet(new.outlet)
            self._exec("UPDATE articles SET outlet = ?, outlet_source = ?, credits = ?, "
                       "relay_of = ?, found = COALESCE(found, ?) WHERE id = ?",
                       (*values, found.to_json(), row["id"]))
            touched.append(row["id"])
        return touched
