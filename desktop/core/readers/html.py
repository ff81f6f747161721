"""HTML pages (and MHTML web archives) to a Document, through trafilatura."""
from __future__ import annotations

import email
import email.policy
import re

from ..decode import MAX_BYTES, IngestError, too_big
from . import Document

MIN_WORDS = 15  # less main text than this is "no article found"
MIN_ARABIC_SHARE = 0.3
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes: the HTTP or <meta> charset, else UTF-8, else Windows-1256."""
    candidates = []
    if declared:
        candidates.append(declared)
    m = _CHARSET.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "cp1256"]
    for enc in candidates:
        try:
            return data.decode(enc), _canonical(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace"), "utf-8"


def _canonical(enc: str) -> str:
    enc = enc.lower().replace("_", "-")
    return {"cp1256": "windows-1256", "utf8": "utf-8"}.get(enc, enc)


def read_html(data: bytes, name: str, *, url: str | None = None, charset: str | None = None,
              source: str = "html") -> Document:
    if len(data) > MAX_BYTES:
        raise too_big(name, len(data))
    if not data.strip():
        raise IngestError(f"{name}: the page is empty")
    html, encoding = decode_html(data, charset)
    try:
        import trafilatura
    except ImportError as exc:  # lxml without lxml_html_clean fails here
        raise IngestError(f"{name}: cannot read HTML ({exc}); install trafilatura and "
                          "lxml_html_clean") from None
    # dates only from the page's own markup (meta tags, JSON-LD, <time>), not guessed from
    # any year in the text: a wrong date would decide the direction of copying
    dates = {"extensive_search": False, "original_date": True}
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=True,
                                      date_extraction_params=dates)
    if doc is None or not (doc.text or "").strip():
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                          include_comments=False, favor_recall=True,
                                          date_extraction_params=dates)
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_WORDS:
        raise IngestError(f"{name}: no article text found on the page")
    letters = _LETTER.findall(text)
    share = len(_ARABIC.findall(text)) / max(1, len(letters))
    if share < MIN_ARABIC_SHARE:
        raise IngestError(f"{name}: the page's main text is not in Arabic "
                          f"({share:.0%} Arabic letters); Qarin compares Arabic articles")
    title = clean_title(doc.title, doc.sitename)
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return Document(
        text=text + "\n", encoding=encoding, source=source, title=title,
        date=doc.date or None, url=doc.url or url, author=(doc.author or None),
        sitename=(doc.sitename or None), original=data, original_type="text/html",
    )


_TITLE_SPLIT = re.compile(r"\s+[|\-–—:»«]{1,2}\s+|\s*::\s*")
_NOT_TITLES = {"icon", "facebook", "twitter", "whatsapp", "telegram", "share", "home", "الرئيسية",
               "شارك", "مشاركة", "فيسبوك", "تويتر", "واتساب", "تلغرام", "الصفحة الرئيسية"}


def clean_title(title: str | None, sitename: str | None) -> str | None:
    """The page's headline without the site's name or slogan around it ("Headline | Site",
    "Site - Section - Headline"); nothing when what is left is a share label or the site."""
    if not title or not title.strip():
        return None
    from ..registry import fold_words, registry

    site = fold_words(sitename or "")
    reg = registry()
    title = " ".join(title.split())
    pieces = [m for m in _TITLE_SPLIT.finditer(title)]
    if pieces:
        # drop the site's name or a known outlet's name at either end, and one- or two-word
        # section names at the end; keep the headline between them as written
        bounds = [0] + [x for m in pieces for x in (m.start(), m.end())] + [len(title)]
        parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]

        def furniture(span, short_ok: bool) -> bool:
            text = title[span[0]:span[1]]
            return (fold_words(text) == site or reg.by_name(text) is not None
                    or text.lower() in _NOT_TITLES or (short_ok and len(text.split()) <= 2))

        while len(parts) > 1 and furniture(parts[-1], True):  # "... - سياسة - Site"
            parts.pop()
        while len(parts) > 1 and furniture(parts[0], False):  # "Site | ...", "الرئيسية - ..."
            parts.pop(0)
        kept = title[parts[0][0]:parts[-1][1]]
        if len(kept.split()) >= 3:
            title = kept
    if title.lower() in _NOT_TITLES or (site and fold_words(title) == site):
        return None
    return title


def read_mhtml(data: bytes, name: str) -> Document:
    """A saved web archive: the first text/html part, decoded with its own charset."""
    if len(data) > MAX_BYTES:
        raise too_big(name, len(data))
    msg = email.message_from_bytes(data, policy=email.policy.default)
    url = msg.get("Snapshot-Content-Location") or None
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            url = url or part.get("Content-Location")
            doc = read_html(payload, name, url=url, charset=part.get_content_charset(),
                            source="mhtml")
            return Document(doc.text, doc.encoding, "mhtml", doc.title, doc.date, doc.url,
                            doc.author, doc.sitename, data, "multipart/related")
    raise IngestError(f"{name}: no HTML page inside this web archive")
