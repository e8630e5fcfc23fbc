"""The ``docx`` parser end to end, on Word files built here with python-docx (every
organisation name is made up): selection by format, signatories from lists, tables and
line-broken paragraphs, and a ParseError naming any file it cannot read."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from sochi_er_docx import DocxParser

import sochi_er
from sochi_er import ParseError, Source, Statement
from sochi_er.extraction import BlockKind
from sochi_er.testing import check_parser, check_statements

PARSER = DocxParser(use_env=False)
PROSE = (
    "We, the undersigned organisations, call on the regional authorities to stop the "
    "release of untreated industrial waste into the rivers and lakes that our communities "
    "depend on."
)
NAMES = [
    "Example Coalition for Clean Water",
    "River Guardians Network",
    "Sample Association of Fishers",
    "Lakeside Farmers Union",
]
Build = Callable[[WordDocument], None]


def _letter(body: Build) -> WordDocument:
    word = docx.Document()
    word.add_heading("Open letter on clean water", level=0)
    word.add_paragraph(PROSE)
    body(word)
    return word


def _bytes(word: WordDocument) -> bytes:
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _save(tmp_path: Path, word: WordDocument, name: str = "letter.docx") -> Source:
    path = tmp_path / name
    path.write_bytes(_bytes(word))
    return Source.from_path(path)


def _statement(tmp_path: Path, body: Build) -> Statement:
    source = _save(tmp_path, _letter(body))
    parser, statements = sochi_er.parse_source(source, sochi_er.default_registry())
    assert parser == "docx"
    assert check_statements(source, statements) == []
    (statement,) = statements
    return statement


def _names(statement: Statement) -> list[str]:
    return [m.name for m in statement.signatories]


def _bullets(word: WordDocument) -> None:
    word.add_paragraph("Signed by:")
    for name in NAMES:
        word.add_paragraph(name, style="List Bullet")


def test_docx_files_go_to_the_docx_parser(tmp_path: Path) -> None:
    source = _save(tmp_path, _letter(_bullets))
    registry = sochi_er.default_registry()
    assert registry.select(source).name == "docx"
    assert registry.confidences(source)["docx"] == pytest.approx(0.9)
    unnamed = Source.from_bytes("statement.bin", source.data)
    assert registry.select(unnamed).name == "docx"


def test_confidence_never_raises_and_claims_only_docx() -> None:
    other_zip = io.BytesIO()
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert PARSER.confidence(Source.from_bytes("data.zip", other_zip.getvalue())) == 0.0
    assert PARSER.confidence(Source.from_bytes("data.zip", b"PK\x03\x04garbage")) == 0.0
    assert PARSER.confidence(Source.from_text("letter.txt", "Signed by:\n- Example")) == 0.0
    assert PARSER.confidence(Source.from_bytes("x.pdf", b"%PDF-1.4\n")) == 0.0
    # a file that says it is a DOCX but is not one is still claimed, to report why
    assert PARSER.confidence(Source.from_bytes("broken.docx", b"PK\x03\x04")) == 0.5


def test_bulleted_list_after_signed_by(tmp_path: Path) -> None:
    statement = _statement(tmp_path, _bullets)
    assert _names(statement) == NAMES
    assert [m.ordinal for m in statement.signatories] == [1, 2, 3, 4]
    assert statement.title == "Open letter on clean water"


def test_numbered_list_is_numbered(tmp_path: Path) -> None:
    def body(word: WordDocument) -> None:
        word.add_heading("Signatories", level=2)
        for name in NAMES:
            word.add_paragraph(name, style="List Number")

    source = _save(tmp_path, _letter(body))
    document = PARSER.document(source)
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(document.text_of(b), b.number, b.marker) for b in items] == [
        (name, k, "") for k, name in enumerate(NAMES, 1)
    ]
    (statement,) = PARSER.parse(source)
    assert [(m.ordinal, m.name) for m in statement.signatories] == list(enumerate(NAMES, 1))


def test_table_with_a_header_row_and_merged_cells(tmp_path: Path) -> None:
    def body(word: WordDocument) -> None:
        word.add_paragraph("Signed by:")
        table = word.add_table(rows=4, cols=2)
        rows = [("Organisation", "Country"), (NAMES[0], "Kenya"), (NAMES[1], "Uganda")]
        for r, (name, country) in enumerate(rows):
            table.cell(r, 0).text = name
            table.cell(r, 1).text = country
        merged = table.cell(3, 0).merge(table.cell(3, 1))
        merged.text = NAMES[2]

    statement = _statement(tmp_path, body)
    assert [(m.name, m.country) for m in statement.signatories] == [
        (NAMES[0], "Kenya"),
        (NAMES[1], "Uganda"),
        (NAMES[2], None),
    ]
    assert statement.text.count(NAMES[2]) == 1  # the merged cell is not repeated
    assert any(s.reason == "table header" for s in statement.skipped)


def test_line_broken_paragraph_after_a_closing(tmp_path: Path) -> None:
    def body(word: WordDocument) -> None:
        word.add_paragraph("Sincerely,")
        paragraph = word.add_paragraph()
        for name in NAMES:
            run = paragraph.add_run(name)
            run.add_break()

    statement = _statement(tmp_path, body)
    assert _names(statement) == NAMES


def test_paragraphs_and_tables_keep_their_order(tmp_path: Path) -> None:
    def body(word: WordDocument) -> None:
        word.add_paragraph("Before the table")
        word.add_table(rows=1, cols=1).cell(0, 0).text = "Inside the table"
        word.add_paragraph("After the table")

    text = PARSER.document(_save(tmp_path, _letter(body))).text
    assert text.index("Before the") < text.index("Inside the") < text.index("After the")


def test_no_list_gives_no_signatories(tmp_path: Path) -> None:
    statement = _statement(tmp_path, lambda word: None)
    assert statement.signatories == ()
    assert [s.reason for s in statement.skipped] == ["no signatory list found"]


def test_contract_and_stable_ids(tmp_path: Path) -> None:
    check_parser(PARSER, _save(tmp_path, _letter(_bullets)), min_confidence=0.5)


def _zip(members: Mapping[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _members() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(_bytes(_letter(_bullets)))) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _damaged_xml() -> bytes:
    members = _members()
    members["word/document.xml"] = members["word/document.xml"][:500]  # cut mid-element
    return _zip(members)


def _spreadsheet_type() -> bytes:
    members = _members()
    types = members["[Content_Types].xml"]
    members["[Content_Types].xml"] = types.replace(b"wordprocessingml.document", b"spreadsheetml")
    assert members["[Content_Types].xml"] != types
    return _zip(members)


BROKEN: dict[str, tuple[Callable[[], bytes], str]] = {
    "truncated": (lambda: _bytes(_letter(_bullets))[:700], "zip"),
    "no main part": (lambda: _zip({"xl/workbook.xml": "<workbook/>"}), "word/document.xml"),
    "not a zip": (lambda: b"Just some text that claims to be a Word file", "not a zip"),
    "encrypted": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "encrypted"),
    "damaged xml": (_damaged_xml, "damaged"),
    "spreadsheet content type": (_spreadsheet_type, "not a Word document"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_docx_is_a_parse_error_naming_the_file(tmp_path: Path, case: str) -> None:
    make, problem = BROKEN[case]
    path = tmp_path / f"broken {case}.docx"
    path.write_bytes(make())
    source = Source.from_path(path)
    with pytest.raises(ParseError) as raised:
        sochi_er.parse_source(source, sochi_er.default_registry())
    error = raised.value
    assert error.location == str(path) and str(path) in str(error)
    assert error.parser == "docx"
    assert problem in error.problem


def test_empty_document_is_a_parse_error(tmp_path: Path) -> None:
    source = _save(tmp_path, docx.Document(), "empty.docx")
    with pytest.raises(ParseError, match="no text content"):
        PARSER.parse(source)
