"""`report --csv`: no cell a spreadsheet could run as a formula, whatever field it comes from."""
from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from desktop.report.content import ReportAnnotation, ReportCode
from desktop.report.export import annotations_csv
from test_report_fixtures import make_analysis

PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("lead", PREFIXES)
def test_every_text_cell_is_neutralised(lead):
    payload = f"{lead}HYPERLINK(\"http://example.invalid\",\"x\")"
    analysis = make_analysis()
    arts = list(analysis.articles)
    arts[0] = replace(arts[0], id=f"{lead}src", outlet=f"{lead}outlet", title=f"{lead}title")
    analysis = replace(analysis, articles=tuple(arts))
    code = ReportCode(f"{lead}code-guid", f"{lead}code", "#123456", None)
    child = ReportCode(f"{lead}child-guid", payload, "#123456", f"{lead}code-guid")
    ann = ReportAnnotation(f"{lead}guid", f"{lead}src", 0, 5, payload, (code.guid, child.guid), payload,
                           f"{lead}author", f"{lead}2026-01-01", f"{lead}2026-01-02")
    data = annotations_csv(analysis, [ann], [code, child]).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    header, body = rows[0], rows[1:]
    assert len(body) == 2  # one row per code
    for row in body:
        cells = dict(zip(header, row))
        for name, value in cells.items():
            if name in ("start", "end", "orphan"):
                continue
            assert value.startswith("'" + lead), (name, value)
        assert cells["start"] == "0" and cells["end"] == "5"


def test_plain_cells_are_left_alone():
    analysis = make_analysis()
    code = ReportCode("11111111-1111-4111-8111-111111111111", "تسمية")
    ann = ReportAnnotation("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "src", 0, 3, "قال", (code.guid,),
                           "ملاحظة - مع شرطة", "analyst", "2026-01-01T10:00:00Z")
    rows = list(csv.DictReader(io.StringIO(annotations_csv(analysis, [ann], [code]).decode("utf-8-sig"))))
    assert rows[0]["memo"] == "ملاحظة - مع شرطة" and rows[0]["created"] == "2026-01-01T10:00:00Z"
    assert rows[0]["guid"] == ann.guid and rows[0]["code"] == "تسمية"
