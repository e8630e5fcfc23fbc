"""The ``pdf`` parser on PDFs rendered inside the test with fpdf2, and on broken ones."""

from __future__ import annotations

import datetime as dt

import pytest
from fpdf import FPDF
from sochi_er_text import PdfParser

from sochi_er import ParseError, Source

PARSER = PdfParser()

NAMES = [f"Local Council of {town}" for town in ("Namar", "Namir", "Nawa", "Tafas")] + [
    "Syrian Civil Defense (The White Helmets)",
    "Zenobia, Syrian Women's Association",
]


def _render(pages: list[list[str]]) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _statement_pdf() -> bytes:
    first = [
        "Joint Letter on the Sochi Conference",
        "",
        "31 January 2018",
        "",
        "We, the undersigned organisations, reject the Sochi conference and call on the UN.",
        "",
        "Sincerely,",
        "",
    ] + [f"{n}. {name}" for n, name in enumerate(NAMES[:3], start=1)]
    second = ["Page 2 of 2"] + [f"- {n}.{name}" for n, name in enumerate(NAMES[3:], start=4)]
    second += ["7. Warmest regards", "", "www.example.org"]
    return _render([first, second])


def test_pdf_statement_is_read_like_text() -> None:
    source = Source.from_bytes("letter.pdf", _statement_pdf())
    assert source.media_type == "application/pdf"
    assert PARSER.confidence(source) == pytest.approx(0.9)
    (statement,) = PARSER.parse(source)
    assert [(m.ordinal, m.name) for m in statement.signatories] == list(enumerate(NAMES, start=1))
    assert statement.title == "Joint Letter on the Sochi Conference"
    assert statement.date == dt.date(2018, 1, 31)
    reasons = {s.text: (s.reason, s.ordinal) for s in statement.skipped}
    assert reasons["Warmest regards"] == ("closing formula", 7)
    assert reasons["www.example.org"] == ("contact line", None)
    for mention in statement.mentions:
        assert mention.span is not None
        assert mention.span.slice(statement.text) == mention.name


def test_corrupted_pdf_raises_parse_error() -> None:
    data = _statement_pdf()
    broken = data[:200] + b"\x00garbage\x00" * 50  # header kept, body and xref gone
    source = Source.from_bytes("broken.pdf", broken)
    assert PARSER.confidence(source) == pytest.approx(0.9)
    with pytest.raises(ParseError) as err:
        PARSER.parse(source)
    assert err.value.location == "broken.pdf" and err.value.parser == "pdf"


def test_pdf_without_text_layer_raises_parse_error() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    source = Source.from_bytes("scan.pdf", bytes(pdf.output()))
    with pytest.raises(ParseError, match="no text layer"):
        PARSER.parse(source)


def test_encrypted_pdf_raises_parse_error() -> None:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "1. Kesh Malek")
    source = Source.from_bytes("locked.pdf", bytes(pdf.output()))
    with pytest.raises(ParseError, match="password"):
        PARSER.parse(source)


def test_not_a_pdf() -> None:
    source = Source.from_text("letter.txt", "1. Kesh Malek\n2. Baytna Syria\n3. Zaad\n")
    assert PARSER.confidence(source) == 0.0
    with pytest.raises(ParseError, match="not a PDF"):
        PARSER.parse(source)


def test_an_arabic_line_stored_in_visual_order_is_read_in_reading_order() -> None:
    """Some PDF writers store right-to-left lines reversed: an Arabic line whose words end
    in the reversed article three times or more is turned round, its numbers, Latin words
    and addresses kept in their own order and its brackets mirrored; a line in reading
    order, a Latin line and a short reversed one stay as they are (invented names)."""
    from sochi_er_text.pdf import logical_order

    reading = (
        "\u0639\u0642\u062f\u062a \u0627\u0644\u062c\u0645\u0639\u064a\u0627\u062a "
        "\u0627\u0644\u0633\u062a (\u0627\u0644\u062a\u062c\u0645\u0639 "
        "\u0627\u0644\u0641\u0644\u0627\u0646\u064a\u060c \u0627\u0644\u0645\u0646\u0628\u0631 "
        "\u0627\u0644\u0645\u062b\u0627\u0644\u064a) "
        "\u0627\u062c\u062a\u0645\u0627\u0639\u0647\u0627 "
        "\u064a\u0648\u0645 12 \u0645\u0627\u064a\u0648 www.example.org"
    )
    visual = (
        "www.example.org \u0648\u064a\u0627\u0645 12 \u0645\u0648\u064a "
        "\u0627\u0647\u0639\u0627\u0645\u062a\u062c\u0627 "
        "(\u064a\u0644\u0627\u062b\u0645\u0644\u0627 "
        "\u0631\u0628\u0646\u0645\u0644\u0627 \u060c\u064a\u0646\u0627\u0644\u0641\u0644\u0627 "
        "\u0639\u0645\u062c\u062a\u0644\u0627) \u062a\u0633\u0644\u0627 "
        "\u062a\u0627\u064a\u0639\u0645\u062c\u0644\u0627 \u062a\u062f\u0642\u0639"
    )
    assert logical_order(visual) == reading
    assert logical_order(reading) == reading
    latin = "Velmar Union, Tarrow Forum (TF) and 12 others"
    assert logical_order(f"{latin}\n{visual}") == f"{latin}\n{reading}"
    short = "\u0645\u0648\u064a \u062a\u0633\u0644\u0627"  # one reversed article only
    assert logical_order(short) == short
