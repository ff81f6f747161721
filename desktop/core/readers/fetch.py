"""Fetch web pages by URL (standard library only) and read them as HTML Documents.

Each URL gets one clear error on failure (HTTP status, timeout, not a web page, too large,
no article text, not Arabic); `fetch_many` goes on with the rest of the batch.
"""
from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Callable, Iterable

from ..decode import MAX_BYTES, IngestError
from . import Document
from .html import read_html

TIMEOUT = 20.0
USER_AGENT = "Mozilla/5.0 (compatible; Qarin news comparison; +https://example.invalid/qarin)"
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Fetched:
    url: str
    document: Document | None = None
    error: str = ""


def fetch_page(url: str, timeout: float = TIMEOUT) -> Document:
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise IngestError(f"{url}: not a web address (http:// or https://)")
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                               "Accept": "text/html,application/xhtml+xml"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            ctype = resp.headers.get_content_type()
            if ctype not in HTML_TYPES:
                raise IngestError(f"{url}: not a web page (the server sent {ctype})")
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_BYTES:
                raise IngestError(f"{url}: the page is {int(length) / 1_048_576:.1f} MB; "
                                  "the limit is 5 MB")
            data = resp.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise IngestError(f"{url}: the page is larger than 5 MB, the limit")
            charset = resp.headers.get_content_charset()
            final = resp.geturl() or url
    except urllib.error.HTTPError as exc:
        raise IngestError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise IngestError(f"{url}: no answer within {timeout:g} s (timed out)") from None
        raise IngestError(f"{url}: cannot reach the site ({reason})") from None
    except (socket.timeout, TimeoutError):
        raise IngestError(f"{url}: no answer within {timeout:g} s (timed out)") from None
    except (ValueError, OSError) as exc:
        raise IngestError(f"{url}: cannot fetch ({exc})") from None
    doc = read_html(data, url, url=final, charset=charset, source="url")
    # the address the analyst gave is the provenance; a canonical URL from the page is kept
    # only when the page names one
    return doc if doc.url else Document(**{**doc.__dict__, "url": final})


def fetch_many(urls: Iterable[str], timeout: float = TIMEOUT,
               progress: Callable[[int, int, str], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> list[Fetched]:
    wanted = [u.strip() for u in urls if u.strip() and not u.strip().startswith("#")]
    out: list[Fetched] = []
    for n, url in enumerate(wanted):
        if cancel and cancel():
            break
        if progress:
            progress(n, len(wanted), url)
        try:
            out.append(Fetched(url, fetch_page(url, timeout)))
        except IngestError as exc:
            out.append(Fetched(url, None, str(exc)))
    if progress:
        progress(len(out), len(wanted), "")
    return out


def read_url_list(text: str) -> list[str]:
    """URLs from a list file: one a line; blank lines and # comments skipped."""
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")]
