"""One line on whom an article relays and credits, for tooltips and headers (HTML, isolated)."""
from __future__ import annotations

from desktop.core.model import Article
from desktop.ui.bidi import isolated_html
from desktop.ui.language import tr


def sources_html(art: Article) -> str:
    """"Relays X (set by you) · Credits: A, B (added by you)", or "" when there is nothing."""
    parts = []
    if art.relay_of or art.relay_how == "analyst":
        relay = isolated_html(art.relay_of) if art.relay_of else tr("none")
        mine = " " + tr("(set by you)") if art.relay_how == "analyst" else ""
        parts.append(tr("Relays {0}").format(relay) + mine)
    names = []
    for c in art.credits:
        name = isolated_html(c.outlet) + (" " + tr("(added by you)") if c.how == "analyst" else "")
        if name not in names:
            names.append(name)
    if names:
        parts.append(tr("Credits: {0}").format(tr(", ").join(names)))
    return " · ".join(parts)
