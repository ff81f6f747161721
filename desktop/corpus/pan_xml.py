"""Read and write PAN plagiarism-detection XML (one file per suspicious document).

Format (PAN 2009-2015, AraPlagDet): ``<document reference="suspicious-documentNNNN.txt">``
holding ``<feature name=.. this_offset this_length source_reference source_offset
source_length [obfuscation type]/>``. Offsets and lengths are code points into the decoded text.
"""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

GOLD_FEATURE = "plagiarism"
DETECTION_FEATURE = "detected-plagiarism"


class PanFormatError(ValueError):
    """A PAN XML file that cannot be read; the message names the file."""


@dataclass(frozen=True)
class Annotation:
    """One case (gold) or one detection: a passage of ``this_reference`` taken from a source."""

    this_reference: str
    this_offset: int
    this_length: int
    source_reference: str
    source_offset: int
    source_length: int
    obfuscation: str | None = None

    @property
    def this_end(self) -> int:
        return self.this_offset + self.this_length

    @property
    def source_end(self) -> int:
        return self.source_offset + self.source_length


def _int_attr(elem: ET.Element, name: str, path: Path) -> int:
    raw = elem.get(name)
    if raw is None:
        raise PanFormatError(f"{path}: feature without {name}")
    try:
        value = int(raw)
    except ValueError:
        raise PanFormatError(f"{path}: {name}={raw!r} is not an integer") from None
    if value < 0:
        raise PanFormatError(f"{path}: {name}={raw!r} is negative")
    return value


def read_pan_file(path: str | os.PathLike, feature: str | None = None) -> list[Annotation]:
    """Annotations in one PAN XML file; ``feature`` keeps only features whose name ends with
    it, as the PAN evaluator does (``plagiarism`` also takes ``artificial-plagiarism`` and
    ``simulated-plagiarism`` from older corpora).

    Features that are not text-reuse cases (no ``source_reference``) are skipped.
    """
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise PanFormatError(f"{path}: not well-formed XML ({exc})") from None
    except OSError as exc:
        raise PanFormatError(f"{path}: {exc.strerror or exc}") from None
    if root.tag != "document":
        raise PanFormatError(f"{path}: root element is <{root.tag}>, expected <document>")
    this_ref = root.get("reference") or path.with_suffix(".txt").name
    out = []
    for elem in root.iter("feature"):
        if feature is not None and not (elem.get("name") or "").endswith(feature):
            continue
        if elem.get("source_reference") is None:
            continue
        out.append(
            Annotation(
                this_ref,
                _int_attr(elem, "this_offset", path),
                _int_attr(elem, "this_length", path),
                elem.get("source_reference", ""),
                _int_attr(elem, "source_offset", path),
                _int_attr(elem, "source_length", path),
                elem.get("obfuscation"),
            )
        )
    return out


def read_pan_dir(directory: str | os.PathLike, feature: str | None = None) -> dict[str, list[Annotation]]:
    """``{suspicious reference: annotations}`` for every ``*.xml`` in ``directory``."""
    directory = Path(directory)
    if not directory.is_dir():
        raise PanFormatError(f"{directory}: not a directory")
    result: dict[str, list[Annotation]] = {}
    for path in sorted(directory.glob("*.xml")):
        anns = read_pan_file(path, feature)
        ref = anns[0].this_reference if anns else _reference_of(path)
        result.setdefault(ref, []).extend(anns)
    return result


def _reference_of(path: Path) -> str:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        return path.with_suffix(".txt").name
    return root.get("reference") or path.with_suffix(".txt").name


def format_pan_xml(reference: str, detections: list[Annotation], feature: str = DETECTION_FEATURE) -> str:
    """The PAN XML text for one suspicious document."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<document reference={quoteattr(reference)}>"]
    for d in sorted(detections, key=lambda a: (a.this_offset, a.source_reference, a.source_offset)):
        lines.append(
            f"<feature name={quoteattr(feature)} this_offset=\"{d.this_offset}\" "
            f"this_length=\"{d.this_length}\" source_reference={quoteattr(d.source_reference)} "
            f"source_offset=\"{d.source_offset}\" source_length=\"{d.source_length}\"/>"
        )
    lines.append("</document>")
    return "\n".join(lines) + "\n"


def write_pan_file(directory: str | os.PathLike, reference: str, detections: list[Annotation]) -> Path:
    """Write ``<reference stem>.xml`` into ``directory`` (UTF-8, LF) and return its path."""
    path = Path(directory) / (Path(reference).stem + ".xml")
    path.write_text(format_pan_xml(reference, detections), encoding="utf-8", newline="\n")
    return path
