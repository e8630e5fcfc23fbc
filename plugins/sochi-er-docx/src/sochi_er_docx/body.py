"""A Word document's body -> document blocks, paragraphs and tables in reading order.

- "Title" / "Heading N" paragraphs -> ``HEADING``;
- list paragraphs (see :func:`sochi_er_docx.styles.paragraph_role`) -> ``LIST_ITEM`` with
  marker ``""`` (Word draws the bullet, the text has none; a bullet typed into the text
  is taken off and kept as the marker), ``number`` = running count
  within the list for numbered styles, ``level`` = nesting depth, a group per list;
  further lines of an item (line breaks) -> ``LINE`` blocks in the list's group;
- other paragraphs -> ``PARAGRAPH``, or one ``LINE`` per line (a group) when the
  paragraph holds line breaks; a paragraph or line that starts with a typed marker
  ("\u2022 X", "3. X", see :func:`sochi_er.extraction.lines.typed_marker`) is a
  ``LIST_ITEM`` with it;
- table rows -> ``TABLE_ROW`` with one cell per ``w:tc`` (a merged cell once), a group
  per table;
- content controls (``w:sdt``) are read through; other body children are skipped.

Text is read with :mod:`sochi_er_docx.text` (tracked insertions and inline content
controls included, deletions not). An empty paragraph is a visible break (a gap), as is
the change between running text, a list, a table and a heading. Headers, footers,
footnotes, text boxes and tables nested in cells are not read.
"""

from __future__ import annotations

from collections.abc import Iterable

from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.oxml.text.paragraph import CT_P
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

from sochi_er.extraction import BlockKind, Document, DocumentWriter
from sochi_er.extraction.lines import TypedMarker, typed_marker
from sochi_er_docx.styles import paragraph_role
from sochi_er_docx.text import cell_text, paragraph_text

__all__ = ["body_document"]

_SDT = qn("w:sdt")
_SDT_CONTENT = qn("w:sdtContent")


def collapse(text: str) -> str:
    """*text* with whitespace runs made one space, trimmed."""
    return " ".join(text.split())


def _lines(text: str) -> list[str]:
    return [line for line in map(collapse, text.split("\n")) if line]


def _row_cells(row: _Row, table: Table) -> list[_Cell]:
    """The cells of *row*, each ``w:tc`` once (python-docx repeats a merged cell)."""
    try:
        cells = list(row.cells)
    except ValueError:  # a vertical merge with no cell above: read the cells as they are
        cells = [_Cell(tc, table) for tc in row._tr.tc_lst]
    unique: list[_Cell] = []
    for cell in cells:
        if not unique or cell._tc is not unique[-1]._tc:
            unique.append(cell)
    return unique


class _BodyWriter:
    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.writer = DocumentWriter()
        self.section: str | None = None  # "text", "list", "table", "heading"
        self.list_group: int | None = None
        self.counts: dict[int, int] = {}  # list level -> items so far

    # ------------------------------------------------------------------ output
    def _start(self, section: str) -> None:
        """Enter *section*; a change of section (or a heading) is a visible break."""
        if not self.writer.empty and (section != self.section or section == "heading"):
            self.writer.gap()
        if section != "list":
            self.list_group = None
            self.counts = {}
        self.section = section

    # ------------------------------------------------------------------ blocks
    def children(self, elements: Iterable[BaseOxmlElement]) -> None:
        for element in elements:
            if isinstance(element, CT_P):
                self.paragraph(element)
            elif isinstance(element, CT_Tbl):
                self.table(Table(element, self.word))
            elif element.tag == _SDT:
                for content in element.iterchildren(_SDT_CONTENT):
                    self.children(content.iterchildren())

    def paragraph(self, p: CT_P) -> None:
        lines = _lines(paragraph_text(p))
        if not lines:
            if not self.writer.empty:
                self.writer.gap()
            return
        role = paragraph_role(Paragraph(p, self.word))
        if role.kind is BlockKind.HEADING:
            self._start("heading")
            self.writer.add(BlockKind.HEADING, " ".join(lines), level=role.level)
        elif role.kind is BlockKind.LIST_ITEM:
            self._start("list")
            self.list_item(lines, role.level, role.numbered)
        else:
            self.text(lines)

    def text(self, lines: list[str]) -> None:
        """A plain paragraph; a line with a typed marker ("\u2022 X", "3. X") is an item."""
        typed = [typed_marker(line) for line in lines]
        if len(lines) == 1 and typed[0] is not None:
            self._start("list")
            self._typed_item(typed[0], self._list_group())
            return
        self._start("text")
        group = self.writer.new_group() if len(lines) > 1 else None
        kind = BlockKind.LINE if len(lines) > 1 else BlockKind.PARAGRAPH
        for line, marker in zip(lines, typed, strict=True):
            if marker is not None:
                self._typed_item(marker, group)
            else:
                self.writer.add(kind, line, group=group)

    def _typed_item(self, typed: TypedMarker, group: int | None) -> None:
        self.writer.add(
            BlockKind.LIST_ITEM, typed.text, number=typed.number, marker=typed.marker, group=group
        )

    def _list_group(self) -> int:
        if self.list_group is None:
            self.list_group = self.writer.new_group()
        return self.list_group

    def list_item(self, lines: list[str], level: int, numbered: bool) -> None:
        group = self._list_group()
        for deeper in [k for k in self.counts if k > level]:
            del self.counts[deeper]
        self.counts[level] = self.counts.get(level, 0) + 1
        number = self.counts[level] if numbered else None
        first, *rest = lines
        marker = ""
        typed = typed_marker(first)  # a bullet typed into a list-styled paragraph
        if typed is not None:
            first, marker = typed.text, typed.marker
            number = typed.number if typed.number is not None else number
        self.writer.add(
            BlockKind.LIST_ITEM, first, level=level, number=number, marker=marker, group=group
        )
        for line in rest:  # further lines of the item (<w:br/>): never a signatory
            self.writer.add(BlockKind.LINE, line, group=group, continuation=True)

    def table(self, table: Table) -> None:
        self._start("table")
        group = self.writer.new_group()
        for row in table.rows:
            cells = [collapse(cell_text(cell._tc)) for cell in _row_cells(row, table)]
            self.writer.add(BlockKind.TABLE_ROW, "", cells=cells, group=group)


def body_document(word: WordDocument) -> Document:
    """The blocks of the body of *word* (see the module doc)."""
    body = _BodyWriter(word)
    body.children(word.element.body.iterchildren())
    return body.writer.document()
