"""A letter quoted whole in a page (invented names): its signers' lines come last, the
last one closes the quotation, and the page's own lines after it are no signers; a
closing quotation mark no mark in the name opened is no part of the name."""

from __future__ import annotations

from extraction_helpers import read_text

from sochi_er.extraction.item_parts import core_span, stray_closing_quote

_LETTER = (
    "The union federations published this letter today:\n\n"
    '"We stand with our colleagues in their struggle for free unions and call on all '
    "governments to act now.\n\n"
    "Signed:\n\n"
    "Jane Roe, chair, Exempelf\u00f6rbundet\n"
    "John Doe, chair, Velmar Union\n"
    'Mary Major, chair, Tarrow Workers Union"\n\n'
    "Quenby Media Group\n"
    "Velmar Press Agency\n"
    "Northtown Radio Network\n"
)


def test_the_quotation_closes_the_list() -> None:
    result = read_text(_LETTER)
    signers = [e.name for e in result.entries if e.reading.kind.value == "organisation"]
    assert signers == ["Exempelf\u00f6rbundet", "Velmar Union", "Tarrow Workers Union"]
    skipped = [e.text for e in result.entries if e.reading.kind.value == "not_signatory"]
    assert "Quenby Media Group" in skipped  # reported, not dropped


def test_a_stray_closing_mark_is_no_part_of_the_name() -> None:
    for written, name in [
        ('Example Union"', "Example Union"),
        ("Example Union\u201d", "Example Union"),
        ("Examplia Verband\u201c", "Examplia Verband"),  # German marks: \u201e ... \u201c
        ("Union Exemple\u00bb", "Union Exemple"),
    ]:
        start, end = core_span(written)
        assert written[start:end] == name, written


def test_a_quotation_inside_the_name_is_kept() -> None:
    for written in [
        'Tavolo "No Example"',
        "Rete \u201cSalute Example\u201d",
        "Verein \u201eExample Hilfe\u201c",
        "Associa\u00e7\u00e3o \u00abExemplo\u00bb",
        # marks typed mismatched or twice the same: still the name's own
        'Velmar, autora de "Example Guide\u201d',
        "Associazione \u201c Example Pisano \u201c",
    ]:
        assert not stray_closing_quote(written), written
        start, end = core_span(written)
        assert written[start:end] == written
