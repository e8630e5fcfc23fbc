"""Property tests: on damaged Word files (bytes or XML mutated) and on valid Word files
holding mutated text (the container rebuilt by the parser's ``build_container``), the
``docx`` parser returns valid Statements or raises ParseError, and its confidence never
raises."""

from __future__ import annotations

import io
import zipfile

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sochi_er_docx import DocxParser
from sochi_er_docx.writer import write_docx

from sochi_er import Source
from sochi_er.extraction import BlockKind, Document
from sochi_er.strategies import mutated_text
from sochi_er.testing import check_robust, fuzz_parser

PARSER = DocxParser(use_env=False)
FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _seed() -> bytes:
    word = docx.Document()
    word.add_heading("Open letter on clean water", level=0)
    word.add_paragraph("We ask the council to act before the summer.")
    word.add_paragraph("Signed by:")
    for name in ("Example Coalition for Clean Water", "River Guardians Network"):
        word.add_paragraph(name, style="List Bullet")
    word.add_paragraph("Sample Institute", style="List Number 2")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Organisation", "Country"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "Lakeside Farmers Union"
    paragraph = word.add_paragraph("Example Hill Foundation")
    paragraph.runs[0].add_break()
    paragraph.add_run("Valley Example Alliance")
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


SEED = _seed()
with zipfile.ZipFile(io.BytesIO(SEED)) as _archive:
    MEMBERS = {info.filename: _archive.read(info) for info in _archive.infolist()}
XML = MEMBERS["word/document.xml"].decode("utf-8")


def _with_document_xml(xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in MEMBERS.items():
            archive.writestr(name, xml if name == "word/document.xml" else content)
    return buffer.getvalue()


def test_seed_parses() -> None:
    (statement,) = check_robust(PARSER, Source.from_bytes("seed.docx", SEED))
    assert len(statement.signatories) >= 3


@FAST
@given(mutated_text([XML], max_ops=6, max_slice=200))
def test_mutated_document_xml(xml: str) -> None:
    check_robust(PARSER, Source.from_bytes("mutated.docx", _with_document_xml(xml)))


@FAST
@given(st.binary(max_size=400))
def test_random_bytes_after_a_zip_signature(tail: bytes) -> None:
    source = Source.from_bytes("random.docx", b"PK\x03\x04" + tail)
    assert PARSER.confidence(source) in (0.0, 0.5)
    check_robust(PARSER, source)


def test_fuzzed_package_bytes() -> None:
    assert fuzz_parser(PARSER, [SEED], rounds=120, location="fuzz.docx") == 120


# ------------------------------------------------- valid containers around hostile text
LETTER = (
    "# Open letter on clean water\n"
    "We ask the council to act before the summer.\n"
    "Signed by:\n"
    "1. Example Coalition for Clean Water\n"
    "2. River Guardians Network\n"
    "- Sample Institute\n"
    "| Organisation | Country |\n"
    "| Lakeside Farmers Union | Kenya |\n"
    "Example Hill Foundation\\\n"
    "Valley Example Alliance\n"
)


def test_built_container_holds_every_kind_of_block() -> None:
    document = PARSER.document(Source.from_bytes("built.docx", PARSER.build_container(LETTER)))
    kinds = {block.kind.value for block in document.blocks}
    assert kinds >= {"heading", "paragraph", "list_item", "table_row", "line"}
    (statement,) = check_robust(PARSER, Source.from_bytes("built.docx", write_docx(LETTER)))
    names = [m.name for m in statement.signatories]
    assert names[:3] == [
        "Example Coalition for Clean Water", "River Guardians Network", "Sample Institute"
    ]  # fmt: skip
    assert "Lakeside Farmers Union" in names


def test_builder_writes_text_xml_cannot_hold() -> None:
    data = write_docx("Signed by:\n1. Example\x00 Network\x1b\n2. \ud800Union\ufffe")
    (statement,) = check_robust(PARSER, Source.from_bytes("odd.docx", data))
    names = [m.name for m in statement.signatories]
    assert names == ["Example\ufffd Network\ufffd", "\ufffdUnion\ufffd"]


def test_fuzzed_text_inside_valid_containers_reaches_the_reader() -> None:
    read: list[int] = []  # list items of each container the parser opened

    class Counting(DocxParser):
        def document(self, source: Source) -> Document:
            document = super().document(source)
            read.append(sum(b.kind is BlockKind.LIST_ITEM for b in document.blocks))
            return document

    parser = Counting(use_env=False)
    assert fuzz_parser(parser, [LETTER], rounds=30, location="fuzz.docx", build=write_docx) == 30
    assert len(read) == 30  # every input was a readable DOCX, none refused as damaged
    assert sum(1 for n in read if n) > 15  # most still hold list paragraphs


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_text([LETTER], max_ops=6, max_slice=80))
def test_mutated_text_in_a_valid_docx(text: str) -> None:
    check_robust(PARSER, Source.from_bytes("mutated.docx", PARSER.build_container(text)))
