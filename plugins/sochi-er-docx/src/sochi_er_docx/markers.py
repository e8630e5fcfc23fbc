"""List markers typed into the text (a pasted "\u2022", a typed "3."), not made by markup."""

from __future__ import annotations

import re

from attrs import frozen

from sochi_er.extraction import split_list_marker

__all__ = ["TypedMarker", "typed_marker"]

_NUMBER_MARKER = re.compile(r"\(\d+\)|\d+[.)]")


@frozen
class TypedMarker:
    """A marker as written, the number it gives (``None`` for bullets), the item text."""

    marker: str
    number: int | None
    text: str


def typed_marker(line: str) -> TypedMarker | None:
    """The list marker *line* starts with: a bullet ("\u2022", "-", "\u2013"...) or a number
    written "3.", "3)" or "(3)"; ``None`` otherwise, and for "2018 - ..." (a year more
    often than an item)."""
    found = split_list_marker(line)
    if found is None:
        return None
    number, text, at = found
    marker = line[:at].strip() if text else line.strip()
    if number is not None and not _NUMBER_MARKER.fullmatch(marker):
        return None
    return TypedMarker(marker, number, text)
