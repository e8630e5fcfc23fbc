"""Text -> a valid Word file: the container builder the ``docx`` parser's fuzzing uses.

:func:`write_docx` lays out plain text the way Word would hold it, so that mutated text
reaches every reader of :mod:`sochi_er_docx.body`: a line starting with ``#`` is a
heading ("Heading1".."Heading6"), a list line ("1. X", "- X", "\u2022 X") a paragraph in
Word's "List Number" or "List Bullet" style (the marker taken off: Word draws it),
consecutive lines with a ``|`` one table (a cell per ``|``-separated part), a line ending
in a backslash runs on after a line break in the next paragraph, and every other line a
paragraph of its own."""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument
from docx.text.paragraph import Paragraph

from sochi_er.extraction.lines import split_list_marker
from sochi_er.testing import xml_text

__all__ = ["write_docx"]


def _styled(word: WordDocument, text: str, style_id: str) -> Paragraph:
    """A paragraph in the style *style_id* of python-docx's template, set by id (looking
    a style up by name scans every style: the slowest part of writing)."""
    paragraph = word.add_paragraph(text)
    paragraph._p.get_or_add_pPr().style = style_id
    return paragraph


def _table(word: WordDocument, rows: list[list[str]]) -> None:
    table = word.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=False):
            cell.text = text


def write_docx(text: str) -> bytes:
    """The bytes of a DOCX holding *text* laid out as the module doc says. Never fails
    on text: characters XML cannot hold become U+FFFD."""
    word = docx.Document()
    rows: list[list[str]] = []
    broken = None  # the paragraph a line ending in "\" runs on into
    for line in xml_text(text).split("\n"):
        if "|" in line:
            rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
            continue
        if rows:
            _table(word, rows)
            rows = []
        if broken is not None:
            broken.runs[-1].add_break()
            broken.add_run(line)
            broken = None
            continue
        marker = split_list_marker(line)
        if line.startswith("#"):
            level = min(line.count("#", 0, 6), 6)
            _styled(word, line.lstrip("#").strip(), f"Heading{level}")
        elif marker is not None:
            _styled(word, marker[1], "ListBullet" if marker[0] is None else "ListNumber")
        elif line.endswith("\\"):
            broken = word.add_paragraph(line[:-1])
            if not broken.runs:
                broken.add_run("")
        else:
            word.add_paragraph(line)
    if rows:
        _table(word, rows)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()
