"""The visible text of Word paragraphs and table cells.

python-docx's ``Paragraph.text`` reads only the runs directly in the paragraph or in a
hyperlink, so text in a tracked insertion (``w:ins``), an inline content control
(``w:sdt``), a smart tag or a simple field would be lost: names added to a statement
with track changes on, say. Here every run of the paragraph counts, except deleted or
moved-away text and the runs of paragraphs nested in it (text boxes).
"""

from __future__ import annotations

from docx.oxml.table import CT_Tc
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R

__all__ = ["cell_text", "paragraph_text"]

_NOT_DELETED = "not(ancestor::w:del) and not(ancestor::w:moveFrom)"


def _depth(element: CT_P | CT_Tc, tag: str) -> int:
    """How many *tag* elements enclose *element*."""
    return int(element.xpath(f"count(ancestor::{tag})"))


def paragraph_text(p: CT_P) -> str:
    """The text of paragraph *p*: its runs' text (tabs as ``\\t``, line breaks as ``\\n``)."""
    depth = _depth(p, "w:p") + 1
    runs: list[CT_R] = p.xpath(f".//w:r[{_NOT_DELETED} and count(ancestor::w:p) = {depth}]")
    return "".join(run.text for run in runs)


def cell_text(tc: CT_Tc) -> str:
    """The text of table cell *tc*: its paragraphs, one a line; nested tables and text
    boxes aside."""
    cells, paragraphs = _depth(tc, "w:tc") + 1, _depth(tc, "w:p")
    own: list[CT_P] = tc.xpath(
        f".//w:p[count(ancestor::w:tc) = {cells} and count(ancestor::w:p) = {paragraphs}]"
    )
    return "\n".join(paragraph_text(p) for p in own)
