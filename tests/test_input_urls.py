"""URL import (issue 10) against a local HTTP server on 127.0.0.1, never the internet: one
article per good page, one clear message per bad URL, the batch goes on; CLI and JSON."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.core.ingest import load_urls
from desktop.store import Project
from support import run_cli

PAGES = Path(__file__).parent / "fixtures" / "pages"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        routes = {
            "/news/relay.html": (200, "text/html; charset=utf-8", (PAGES / "agency_relay.html").read_bytes()),
            "/news/local.html": (200, "text/html", (PAGES / "local_cp1256.html").read_bytes()),
            "/report.pdf": (200, "application/pdf", b"%PDF-1.4 fake"),
            "/english.html": (200, "text/html; charset=utf-8", (PAGES / "english.html").read_bytes()),
            "/empty.html": (200, "text/html; charset=utf-8", (PAGES / "no_article.html").read_bytes()),
        }
        if self.path == "/slow.html":
            time.sleep(1.5)
            self._send(200, "text/html", b"<html></html>")
        elif self.path == "/huge.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(6 * 1024 * 1024))
            self.end_headers()
            try:
                self.wfile.write(b" " * 1024)
            except OSError:
                pass
        elif self.path in routes:
            self._send(*routes[self.path])
        else:
            self._send(404, "text/html", b"<html>not found</html>")

    def _send(self, status, ctype, body):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_batch_of_urls_loads_the_good_pages_and_names_each_failure(server):
    urls = [f"{server}/news/relay.html", f"{server}/report.pdf", f"{server}/missing.html",
            f"{server}/slow.html", f"{server}/huge.html", f"{server}/english.html",
            f"{server}/empty.html", f"{server}/news/local.html", "ftp://example.org/x"]
    seen = []
    result = load_urls(urls, timeout=0.5, progress=lambda n, total, url: seen.append((n, total)))
    assert [a.source for a in result.articles] == ["url", "url"]
    relay, local = result.articles
    assert relay.outlet == "Youm7" and relay.relay_of == "Petra"
    assert relay.outlet_source == "domain"  # the page's canonical URL names it
    assert relay.url == f"{server}/news/relay.html"  # the address given stays the URL
    assert local.outlet == "نشرة الواحة" and local.url == f"{server}/news/local.html"
    messages = {p.path.rsplit("/", 1)[-1]: p.message for p in result.problems}
    assert "not a web page" in messages["report.pdf"] and "application/pdf" in messages["report.pdf"]
    assert "404" in messages["missing.html"]
    assert "timed out" in messages["slow.html"]
    assert "5 MB" in messages["huge.html"]
    assert "not in Arabic" in messages["english.html"]
    assert "no article text" in messages["empty.html"]
    assert "not a web address" in messages["x"]
    assert len(set(messages.values())) == len(messages) == 7
    assert seen[-1] == (9, 9)
    assert result.originals[relay.id].url == relay.url


def test_cli_project_add_url_and_url_list_keeps_the_page(server, tmp_path, capsys):
    project = tmp_path / "p.qarin"
    code, _, _ = run_cli(capsys, "project", "create", project, str(PAGES / "local_cp1256.html"))
    assert code == 0
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# pages to compare\n{server}/news/relay.html\n\n{server}/missing.html\n",
                       encoding="utf-8")
    code, out, err = run_cli(capsys, "project", "add", project, "--urls", listing,
                             "--url", f"{server}/report.pdf", "--timeout", "2")
    assert code == 0
    assert "1 added" in out
    warnings = [l for l in err.splitlines() if l.startswith("warning:")]
    assert len(warnings) == 2 and any("404" in w for w in warnings)
    with Project.open(project, readonly=True) as p:
        arts = {a.id: a for a in p.articles()}
        url_art = next(a for a in arts.values() if a.source == "url")
        assert url_art.outlet == "Youm7" and url_art.relay_of == "Petra"
        assert {c.outlet for c in url_art.credits} == {"Petra", "Reuters"}
        kept = p.original(url_art.id)
        assert kept["kind"] == "url" and kept["data"] == (PAGES / "agency_relay.html").read_bytes()
        assert p.original("local_cp1256")["kind"] == "html"


def test_cli_add_with_only_bad_urls_fails_cleanly(server, tmp_path, capsys):
    project = tmp_path / "p.qarin"
    run_cli(capsys, "project", "create", project)
    code, out, err = run_cli(capsys, "project", "add", project, "--url", f"{server}/missing.html")
    assert code != 0
    assert err.splitlines()[-1].startswith("error: no readable articles")


def test_analyze_json_carries_text_source_metadata_and_credits(tmp_path, capsys):
    out_path = tmp_path / "a.json"
    code, _, _ = run_cli(capsys, "analyze", str(PAGES / "agency_relay.html"),
                         str(PAGES / "local_cp1256.html"), "--json", out_path)
    assert code == 0
    data = json.loads(out_path.read_text(encoding="utf-8"))
    relay = next(a for a in data["articles"] if a["id"] == "agency_relay")
    assert relay["source"] == "html" and relay["outlet"] == "Youm7"
    assert relay["relay_of"] == "Petra" and relay["date"] == "2024-03-01"
    assert relay["date_how"] == "html" and relay["author"] == "سامر عبد الرحيم"
    text = relay["text"]
    for credit in relay["credits"]:
        s, e = credit["name_span"]
        assert text[s:e] == credit["name"]
        assert credit["formula"] and credit["outlet"]
    for s, e in relay["sentences"]:
        assert 0 <= s < e <= len(text)
    local = next(a for a in data["articles"] if a["id"] == "local_cp1256")
    s, e = local["date_span"]
    assert local["text"][s:e] == "15 آذار 2024"
