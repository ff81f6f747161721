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
    title = (doc.title or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return Document(
        text=text + "\n", encoding=encoding, source=source, title=title,
        date=doc.date or None, url=doc.url or url, author=(doc.author or None),
        sitename=(doc.sitename or None), original=data, original_type="text/html",
    )


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
