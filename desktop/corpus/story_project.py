"""A story of a corpus as Articles for a comparison project (Qt-free; the window uses it)."""
from __future__ import annotations

import re

from desktop.core.ingest import article_from_text
from desktop.core.model import Article

MAX_ARTICLES = 40  # a comparison project shows every article side by side


def story_articles(store, story: dict, limit: int = MAX_ARTICLES) -> list[Article]:
    """The story's articles (first publisher first, by date), at most ``limit`` of them."""
    meta = {a.id: a for a in store.articles(story["articles"])}
    ids = sorted(story["articles"], key=lambda i: (meta[i].date or "\uffff", i))[:limit]
    texts = store.texts(ids)
    out = []
    for i in ids:
        m = meta[i]
        slug = re.sub(r"[^\w.-]+", "_", m.outlet).strip("_") or "article"
        out.append(article_from_text(texts[i], id=f"{slug}-{i}", path=m.url or f"corpus:{i}", outlet=m.outlet,
                                     title=m.title or None, date=m.date, url=m.url))
    return out
