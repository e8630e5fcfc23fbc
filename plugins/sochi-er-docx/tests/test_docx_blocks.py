"""The blocks the ``docx`` parser builds from Word paragraphs, lists and tables."""

from __future__ import annotations

import io
import re

import docx
from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from sochi_er_docx import DocxParser

from sochi_er import Source
from sochi_er.extraction import BlockKind, Document

PARSER = DocxParser(use_env=False)


def _document(word: WordDocument) -> Document:
    buffer = io.BytesIO()
    word.save(buffer)
    return PARSER.document(Source.from_bytes("blocks.docx", buffer.getvalue()))


def _rows(document: Document) -> list[tuple[BlockKind, str, int]]:
    return [(b.kind, document.text_of(b), b.level) for b in document.blocks]


def _number(paragraph: Paragraph, num_id: int, ilvl: int) -> None:
    """Give *paragraph* numbering properties, as Word does for its own lists."""
    num_pr = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )
    paragraph._p.get_or_add_pPr().append(num_pr)


def test_headings_title_and_paragraphs() -> None:
    word = docx.Document()
    word.add_heading("The title", level=0)
    word.add_heading("Part one", level=1)
    word.add_paragraph("Running  text\twith   spaces.")
    word.add_heading("Deep part", level=9)
    assert _rows(_document(word)) == [
        (BlockKind.HEADING, "The title", 1),
        (BlockKind.HEADING, "Part one", 1),
        (BlockKind.PARAGRAPH, "Running text with spaces.", 0),
        (BlockKind.HEADING, "Deep part", 6),
    ]


def test_list_styles_levels_numbers_and_groups() -> None:
    word = docx.Document()
    word.add_paragraph("One", style="List Bullet")
    word.add_paragraph("One a", style="List Bullet 2")
    word.add_paragraph("Two", style="List Bullet")
    word.add_paragraph("Between the lists")
    word.add_paragraph("First", style="List Number")
    word.add_paragraph("First a", style="List Number 2")
    word.add_paragraph("First b", style="List Number 2")
    word.add_paragraph("Second", style="List Number")
    word.add_paragraph("Second a", style="List Number 2")
    document = _document(word)
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(document.text_of(b), b.level, b.number, b.marker) for b in items] == [
        ("One", 0, None, ""),
        ("One a", 1, None, ""),
        ("Two", 0, None, ""),
        ("First", 0, 1, ""),
        ("First a", 1, 1, ""),
        ("First b", 1, 2, ""),
        ("Second", 0, 2, ""),
        ("Second a", 1, 1, ""),
    ]
    groups = [b.group for b in items]
    assert len(set(groups[:3])) == 1 and len(set(groups[3:])) == 1 and groups[0] != groups[3]


def test_numbering_properties_make_list_items() -> None:
    word = docx.Document()
    _number(word.add_paragraph("Word's own list item"), num_id=1, ilvl=0)
    _number(word.add_paragraph("Nested item"), num_id=1, ilvl=2)
    _number(word.add_paragraph("Numbering removed"), num_id=0, ilvl=0)
    assert _rows(_document(word)) == [
        (BlockKind.LIST_ITEM, "Word's own list item", 0),
        (BlockKind.LIST_ITEM, "Nested item", 2),
        (BlockKind.PARAGRAPH, "Numbering removed", 0),
    ]


def test_line_breaks() -> None:
    word = docx.Document()
    paragraph = word.add_paragraph("Example One")
    paragraph.runs[0].add_break()
    paragraph.add_run("Example Two")
    item = word.add_paragraph("Item first line", style="List Bullet")
    item.runs[0].add_break()
    item.add_run("item second line")
    heading = word.add_heading("Heading on", level=2)
    heading.runs[0].add_break()
    heading.add_run("two lines")
    document = _document(word)
    assert _rows(document) == [
        (BlockKind.LINE, "Example One", 0),
        (BlockKind.LINE, "Example Two", 0),
        (BlockKind.LIST_ITEM, "Item first line", 0),
        (BlockKind.LINE, "item second line", 0),
        (BlockKind.HEADING, "Heading on two lines", 2),
    ]
    lines = document.blocks[:2]
    assert lines[0].group == lines[1].group is not None
    assert document.blocks[2].group == document.blocks[3].group


def test_table_cells_and_merges() -> None:
    word = docx.Document()
    table = word.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            table.cell(r, c).text = f"r{r} c{c}"
    table.cell(1, 0).merge(table.cell(1, 2)).text = "wide"
    table.cell(2, 1).text = "  spaced \n  cell  "
    table.cell(2, 2).text = ""
    document = _document(word)
    rows = [[document.text[a:b] for a, b in block.cells] for block in document.blocks]
    # the empty cell stays, zero-length, so the row lines up with its header's columns
    assert rows == [["r0 c0", "r0 c1", "r0 c2"], ["wide"], ["r2 c0", "spaced cell", ""]]
    assert {block.kind for block in document.blocks} == {BlockKind.TABLE_ROW}
    assert len({block.group for block in document.blocks}) == 1


def test_content_controls_are_read_through() -> None:
    word = docx.Document()
    word.add_paragraph("Outside")
    inner = word.add_paragraph("Inside a content control")
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    inner._p.addprevious(sdt)
    sdt[1].append(inner._p)
    assert [text for _, text, _ in _rows(_document(word))] == [
        "Outside",
        "Inside a content control",
    ]


def test_gaps_between_sections() -> None:
    word = docx.Document()
    word.add_paragraph("First paragraph")
    word.add_paragraph("Second paragraph")
    word.add_paragraph("")
    word.add_paragraph("After a blank one")
    word.add_paragraph("Item", style="List Bullet")
    word.add_paragraph("Text again")
    document = _document(word)
    assert [b.gap_before for b in document.blocks] == [False, False, True, True, True]
    assert document.text.startswith("First paragraph\nSecond paragraph\n\nAfter a blank one")


def test_typed_markers_make_list_items() -> None:
    word = docx.Document()
    word.add_paragraph("\u2022 Example One")
    word.add_paragraph("\u2022\tExample Two")
    word.add_paragraph("(3) Example Three")
    word.add_paragraph("2018 - a dry year for every river in the region.")
    lines = word.add_paragraph("Sincerely,")
    lines.runs[0].add_break()
    lines.add_run("- Example Four")
    document = _document(word)
    assert [(b.kind, document.text_of(b), b.marker, b.number) for b in document.blocks] == [
        (BlockKind.LIST_ITEM, "Example One", "\u2022", None),
        (BlockKind.LIST_ITEM, "Example Two", "\u2022", None),
        (BlockKind.LIST_ITEM, "Example Three", "(3)", 3),
        (BlockKind.PARAGRAPH, "2018 - a dry year for every river in the region.", None, None),
        (BlockKind.LINE, "Sincerely,", None, None),
        (BlockKind.LIST_ITEM, "Example Four", "-", None),
    ]
    items = document.blocks[:3]
    assert items[0].group == items[1].group == items[2].group is not None


def _w(fragment: str) -> BaseOxmlElement:
    """Parse a WordprocessingML *fragment*, declaring the ``w:`` namespace on its root."""
    element: BaseOxmlElement = parse_xml(
        re.sub(r"^<(w:\w+)", lambda m: f"<{m[1]} {nsdecls('w')}", fragment, count=1)
    )
    return element


def test_tracked_changes_content_controls_and_text_boxes() -> None:
    word = docx.Document()
    paragraph = word.add_paragraph("Kept ")
    for fragment in (
        '<w:ins w:id="1" w:author="A"><w:r><w:t>Inserted</w:t></w:r></w:ins>',
        '<w:del w:id="2" w:author="A"><w:r><w:delText>Deleted</w:delText></w:r></w:del>',
        '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> in a control</w:t></w:r>'
        "</w:sdtContent></w:sdt>",
        "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></w:r>",
    ):
        paragraph._p.append(_w(fragment))
    assert _rows(_document(word)) == [(BlockKind.PARAGRAPH, "Kept Inserted in a control", 0)]


def test_cell_text_leaves_nested_tables_out() -> None:
    word = docx.Document()
    outer = word.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Example Org"
    cell = outer.cell(0, 1)
    cell.text = "Kenya"
    cell.add_table(rows=1, cols=1).cell(0, 0).text = "Nested"
    document = _document(word)
    assert [[document.text[a:b] for a, b in row.cells] for row in document.blocks] == [
        ["Example Org", "Kenya"]
    ]


def test_typed_bullet_in_a_list_paragraph() -> None:
    word = docx.Document()
    word.add_paragraph("\u2022 Example One", style="List Paragraph")
    document = _document(word)
    (item,) = document.blocks
    assert (item.kind, document.text_of(item), item.marker) == (
        BlockKind.LIST_ITEM,
        "Example One",
        "\u2022",
    )
