from __future__ import annotations

import pytest

from desktop.corpus.pan_xml import (
    DETECTION_FEATURE, GOLD_FEATURE, Annotation, PanFormatError, format_pan_xml, read_pan_dir,
    read_pan_file, write_pan_file,
)

GOLD = """<?xml version="1.0" encoding="UTF-8"?>
<document reference="suspicious-document0001.txt">
<feature name="plagiarism" this_offset="119" this_length="316" source_reference="source-document00402.txt" source_offset="19259" source_length="316" obfuscation="none" type="artificial"/>
<feature name="about" language="ar"/>
</document>
"""


def test_read_gold(tmp_path):
    path = tmp_path / "suspicious-document0001.xml"
    path.write_text(GOLD, encoding="utf-8")
    [a] = read_pan_file(path, GOLD_FEATURE)
    assert a == Annotation("suspicious-document0001.txt", 119, 316, "source-document00402.txt", 19259, 316, "none")
    assert a.this_end == 435 and a.source_end == 19575
    assert read_pan_file(path, DETECTION_FEATURE) == []


def test_older_gold_feature_names_are_read(tmp_path):
    path = tmp_path / "s.xml"
    path.write_text(GOLD.replace('name="plagiarism"', 'name="artificial-plagiarism"'), encoding="utf-8")
    assert len(read_pan_file(path, GOLD_FEATURE)) == 1


def test_write_read_round_trip(tmp_path):
    dets = [Annotation("s «1».txt", 5, 10, 'src&"x".txt', 7, 12), Annotation("s «1».txt", 0, 3, "b.txt", 1, 2)]
    path = write_pan_file(tmp_path, "s «1».txt", dets)
    assert path.name == "s «1».xml"
    raw = path.read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n') and b"\r" not in raw
    back = read_pan_file(path, DETECTION_FEATURE)
    assert back == sorted(dets, key=lambda a: a.this_offset)
    assert read_pan_dir(tmp_path) == {"s «1».txt": back}


def test_empty_document_keeps_its_reference(tmp_path):
    write_pan_file(tmp_path, "doc.txt", [])
    assert read_pan_dir(tmp_path) == {"doc.txt": []}
    assert "<feature" not in format_pan_xml("doc.txt", [])


@pytest.mark.parametrize("body, message", [
    ("<document", "not well-formed"),
    ("<doc/>", "expected <document>"),
    ('<document><feature name="plagiarism" this_offset="x" this_length="1" source_reference="a" '
     'source_offset="0" source_length="1"/></document>', "not an integer"),
    ('<document><feature name="plagiarism" this_length="1" source_reference="a" '
     'source_offset="0" source_length="1"/></document>', "without this_offset"),
    ('<document><feature name="plagiarism" this_offset="-1" this_length="1" source_reference="a" '
     'source_offset="0" source_length="1"/></document>', "negative"),
])
def test_bad_files_give_one_line_naming_the_file(tmp_path, body, message):
    path = tmp_path / "bad.xml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PanFormatError) as err:
        read_pan_file(path)
    assert message in str(err.value) and "bad.xml" in str(err.value) and "\n" not in str(err.value)


def test_missing_directory(tmp_path):
    with pytest.raises(PanFormatError):
        read_pan_dir(tmp_path / "nope")
