"""Cells for CSV files a clinician opens in a spreadsheet."""

from __future__ import annotations


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def safe_cell(value: object) -> str:
    """Text a spreadsheet will not run as a formula (CSV injection); numbers stay numbers."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text
