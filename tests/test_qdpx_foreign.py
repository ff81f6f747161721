""".qdpx files as other tools write them: CRLF, Sources/, upper-case GUIDs, BOM, odd sources."""
from __future__ import annotations

import zipfile

from desktop.interchange import import_qdpx
from desktop.interchange.qde import NS
from desktop.store import Project

SRC_GUID = "0A1B2C3D-0000-4000-8000-00000000000A"
CODE_A = "AAAAAAAA-1111-4111-8111-111111111111"
CODE_B = "BBBBBBBB-2222-4222-8222-222222222222"
USER = "CCCCCCCC-3333-4333-8333-333333333333"
TEXT_CRLF = "السطر الأول عن المقاومة\r\nالسطر الثاني عن قوات الاحتلال\r\nالثالث"


def _qde(start: int, end: int) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>\r
<Project xmlns="{NS}" name="من أداة أخرى" origin="OtherTool">\r
 <Users><User guid="{USER}" name="باحث"/></Users>\r
 <CodeBook><Codes>\r
  <Code guid="{CODE_A}" name="تأطير" isCodable="true" color="#ff0000">\r
   <Code guid="{CODE_B}" name="تسمية" isCodable="true" color="not-a-colour"/>\r
  </Code>\r
 </Codes></CodeBook>\r
 <Sources>\r
  <TextSource guid="{SRC_GUID}" name="مقال واحد" plainTextPath="internal://{SRC_GUID}.txt">\r
   <PlainTextSelection guid="DDDDDDDD-4444-4444-8444-444444444444" startPosition="{start}" endPosition="{end}" creatingUser="{USER}" creationDateTime="2024-02-01T09:00:00Z">\r
    <Coding guid="EEEEEEEE-5555-4555-8555-555555555555"><CodeRef targetGUID="{CODE_A}"/></Coding>\r
    <Coding guid="FFFFFFFF-6666-4666-8666-666666666666"><CodeRef targetGUID="{CODE_B}"/></Coding>\r
    <NoteRef targetGUID="12345678-7777-4777-8777-777777777777"/>\r
   </PlainTextSelection>\r
   <PlainTextSelection guid="87654321-8888-4888-8888-888888888888" startPosition="0" endPosition="5"/>\r
  </TextSource>\r
  <TextSource guid="99999999-9999-4999-8999-999999999999" name="inline"><PlainTextContent>نص داخلي</PlainTextContent></TextSource>\r
  <TextSource guid="99999999-0000-4999-8999-999999999999" name="elsewhere" plainTextPath="relative://far/away.txt"/>\r
  <PDFSource guid="99999999-1111-4999-8999-999999999999" name="a pdf" path="internal://x.pdf"/>\r
 </Sources>\r
 <Notes>\r
  <Note guid="12345678-7777-4777-8777-777777777777" name="ملاحظة"><PlainTextContent>ملاحظة على\r
سطرين</PlainTextContent></Note>\r
  <Note guid="23456789-7777-4777-8777-777777777777" name="عامة"><PlainTextContent>مذكرة عامة</PlainTextContent></Note>\r
 </Notes>\r
 <Sets><Set guid="34567890-7777-4777-8777-777777777777" name="s"/></Sets>\r
</Project>\r
"""


def test_import_from_other_tools(tmp_path):
    phrase = "قوات الاحتلال"
    lf_text = TEXT_CRLF.replace("\r\n", "\n")
    # positions as the other tool counted them: on the CRLF file
    start = TEXT_CRLF.index(phrase)
    end = start + len(phrase)
    path = tmp_path / "other.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", b"\xef\xbb\xbf" + _qde(start, end).encode("utf-8"))
        zf.writestr(f"Sources/{SRC_GUID}.txt", b"\xef\xbb\xbf" + TEXT_CRLF.encode("utf-8"))
    report = import_qdpx(path, tmp_path / "new.qarin")
    assert report.sources == 2 and report.codes == 2
    assert any("elsewhere" in s for s in report.skipped)
    assert any("PDFSource" in s for s in report.skipped)
    assert any("Sets" in s for s in report.skipped)
    with Project.open(tmp_path / "new.qarin") as p:
        arts = {a.id: a for a in p.articles()}
        assert arts["مقال_واحد"].text == lf_text
        assert arts["inline"].text == "نص داخلي"
        codes = {c.guid: c for c in p.codes()}
        assert codes[CODE_A.lower()].color == "#FF0000"
        assert codes[CODE_B.lower()].parent == CODE_A.lower()
        anns = p.annotations(article="مقال_واحد")
        coded = [a for a in anns if a.exact == phrase]
        assert {a.code for a in coded} == {CODE_A.lower(), CODE_B.lower()}  # one per coding
        assert all(a.memo == "ملاحظة على\nسطرين" and a.author == "باحث" for a in coded)
        assert "ddddddd" in coded[0].guid or "ddddddd" in coded[1].guid
        uncoded = [a for a in anns if a.start == 0]
        assert len(uncoded) == 1 and codes[uncoded[0].code].name == "Uncoded selections"
        assert [m.text for m in p.memos()] == ["مذكرة عامة"]
