"""CSV cells a spreadsheet will not run as formulas. Shared by every CSV Qarin writes (the
project store's annotation export and the report's CSV). No Qt.

A text cell that starts with = + - @ TAB or CR gets a ' in front, as OWASP advises for CSV
injection; other cells (numbers included) are left alone.
"""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value` with a leading ' when it is text a spreadsheet could take for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values) -> list:
    """`safe_cell` applied to every cell of a row."""
    return [safe_cell(v) for v in values]
