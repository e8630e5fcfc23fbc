"""Property tests: on damaged Word files (bytes or XML mutated), the ``docx`` parser
returns valid Statements or raises ParseError, and its confidence never raises."""

from __future__ import annotations

import io
import zipfile

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sochi_er_docx import DocxParser

from sochi_er import Source
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
