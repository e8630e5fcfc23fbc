"""The ``text`` parser on the real corpus (000 Medium post, 002 SNHR letter) and on
small made-up statements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sochi_er_text import PlainTextParser

import sochi_er
from sochi_er import ParseError, Role, Source, Statement

PARSER = PlainTextParser(use_env=False)


def _corpus(prefix: str) -> Path:
    (path,) = [p for p in sochi_er.corpus_paths() if p.name.startswith(prefix)]
    return path


def _parse(prefix: str) -> Statement:
    (statement,) = PARSER.parse(Source.from_path(_corpus(prefix)))
    return statement


@pytest.fixture(scope="module")
def medium() -> Statement:
    return _parse("000")


@pytest.fixture(scope="module")
def letter() -> Statement:
    return _parse("002")


def _assert_prose_outside_the_list(statement: Statement) -> None:
    spans = [m.span for m in statement.signatories if m.span is not None]
    first, last = min(s.start for s in spans), max(s.end for s in spans)
    for m in statement.with_role(Role.MENTIONED):
        assert m.span is not None and (m.span.end <= first or m.span.start >= last), m


def _assert_spans(statement: Statement) -> None:
    for mention in statement.mentions:
        assert mention.span is not None
        assert mention.span.slice(statement.text) == mention.name
    for item in statement.skipped:
        if item.span is not None:
            assert item.span.slice(statement.text) == item.text


def test_medium_signatories(medium: Statement) -> None:
    signatories = medium.signatories
    assert len(signatories) == 132
    assert [m.ordinal for m in signatories] == [n for n in range(1, 134) if n != 22]
    by_ordinal = {m.ordinal: m.name for m in signatories}
    assert by_ordinal[1] == "Agriculture engineering syndicate of Daraa"
    assert by_ordinal[25] == "Help4Syria"  # written "Help4Syria, UK"
    assert next(m for m in signatories if m.ordinal == 25).country == "UK"
    assert by_ordinal[74] == "Local Council of Namar"
    assert by_ordinal[75] == "Local Council of Namir"
    assert by_ordinal[94] == "Office for the Documentation of Violations in the Southern Region"
    assert by_ordinal[133] == "Zenobia, Syrian Women\u2019s Association"
    _assert_spans(medium)


def test_medium_gap_is_reported_with_its_ordinal(medium: Statement) -> None:
    gaps = [s for s in medium.skipped if s.ordinal == 22]
    assert len(gaps) == 1
    assert "missing" in gaps[0].reason or "empty" in gaps[0].reason
    assert all(s.ordinal is None or s.ordinal == 22 for s in medium.skipped)


def test_medium_title_date_and_claim(medium: Statement) -> None:
    assert medium.title == (
        "100+ Syrian Civil Society Groups, Local Councils, and White Helmets Reject "
        "Russia\u2019s Sochi Conference"
    )
    assert medium.date == dt.date(2018, 1, 3)  # the dateline, not the "Jan 4" post date
    claim = medium.claimed_signers
    assert claim is not None
    assert (claim.count, claim.qualifier) == (100, "more than")
    assert claim.span is not None and claim.span.slice(medium.text) == claim.text
    assert medium.publishers == () and medium.addressees == ()


def test_medium_prose_mentions(medium: Statement) -> None:
    """The headline and body name the White Helmets and the UN and its Security Council in
    their written forms; the events, the sector and the envoy they also name are not
    organisations."""
    mentioned = [m.name for m in medium.with_role(Role.MENTIONED)]
    assert mentioned == [
        "White Helmets", "UN Security Council", "Security Council",
        "United Nations Security Council", "UN", "UN", "Security Council",
        "UN Security Council", "UN", "UN", "UN", "UN",
    ]
    _assert_prose_outside_the_list(medium)
    _assert_spans(medium)


def test_acronym_definition_and_gazetteer_extension(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "JOINT STATEMENT\n\n"
        "The Douma Medical Relief Bureau (DMRB) and the Idlib Lawyers Collective, with DMRB "
        "staff, ask the European Union to act at the Sochi Conference.\n\n"
        "Signatories:\n1. Kesh Malek\n2. Baytna Syria\n3. European Union\n"
    )
    source = Source.from_text("s.txt", text)
    (statement,) = PARSER.parse(source)
    mentioned = [(m.name, m.span.start if m.span else None) for m in statement.mentions
                 if m.role is Role.MENTIONED]
    # name and acronym are two mentions, each occurrence once; the list's names are not
    assert mentioned == [
        ("Douma Medical Relief Bureau", text.index("Douma")),
        ("DMRB", text.index("(DMRB)") + 1),
        ("DMRB", text.index("DMRB staff")),
        ("European Union", text.index("European Union")),
    ]
    mine = tmp_path / "mine.txt"
    mine.write_text("@head Collective\n", "utf-8")
    monkeypatch.setenv("SOCHI_ER_GAZETTEER", str(mine))
    (statement,) = PlainTextParser().parse(source)
    assert "Idlib Lawyers Collective" in [m.name for m in statement.with_role(Role.MENTIONED)]
    (statement,) = PlainTextParser(use_env=False).parse(source)
    assert "Idlib Lawyers Collective" not in [m.name for m in statement.mentions]


def test_letter_signatories(letter: Statement) -> None:
    signatories = letter.signatories
    assert len(signatories) == 149
    assert [m.ordinal for m in signatories] == [n for n in range(1, 151) if n != 144]
    by_ordinal = {m.ordinal: m.name for m in signatories}
    assert by_ordinal[1] == "A Voice of the British Syrian Community"
    assert by_ordinal[8] == "Association de Soutien aux Medias Libres"
    assert by_ordinal[44] == "Local Council of Alhirak"
    assert by_ordinal[123] == "Syrian Civil Defense (The White Helmets)"
    assert by_ordinal[148] == "Zaad"
    assert "Warmest regards" not in by_ordinal.values()
    _assert_spans(letter)


def test_letter_skipped_items(letter: Statement) -> None:
    reasons = {s.text: (s.reason, s.ordinal) for s in letter.skipped}
    assert reasons["Warmest regards"] == ("closing formula", 144)
    for contact in ("@snhr", "Info@sn4hr.org", "www.sn4hr.org"):
        assert reasons[contact] == ("contact line", None)


def test_letter_publishers_addressee_date(letter: Statement) -> None:
    assert [m.name for m in letter.publishers] == [
        "SNHR",
        "SYRIAN NETWORK FOR HUMAN RIGHTS",
        "\u0627\u0644\u0634\u0628\u0643\u0629 \u0627\u0644\u0633\u0648\u0631\u064a\u0629 "
        "\u0644\u062d\u0642\u0648\u0642 \u0627\u0644\u0625\u0646\u0633\u0627\u0646",
    ]
    # the address block's first line, then the organisation the block names
    assert [m.name for m in letter.addressees] == [
        "H.E. Mr. Ant\u00f3nio Guterres",
        "United Nations",
    ]
    assert letter.date == dt.date(2018, 1, 31)
    assert letter.title == "Joint Letter to the UN Secretary-General about Sochi Conference"
    # "more than 130 ... groups" in the body speaks of the earlier letter, not this one
    assert letter.claimed_signers is None
    mentioned = [m.name for m in letter.with_role(Role.MENTIONED)]
    # the title's "UN", the publisher description's name and acronym (one mention each),
    # then the body; no event ("Sochi Conference"), sector ("Civil Society") or person
    assert mentioned == [
        "UN", "Syrian Network for Human Rights", "SNHR", "OHCHR", "Office of the Special Envoy",
        "United Nations", "UN", "United Nations", "UN", "UN", "United Nations",
    ]
    _assert_prose_outside_the_list(letter)
    # signatories come first, then the other roles
    roles = [m.role for m in letter.mentions]
    assert roles[:149] == [Role.SIGNATORY] * 149
    assert Role.SIGNATORY not in roles[149:]


def test_made_up_statement_with_cue_block_and_address() -> None:
    text = (
        "OPEN LETTER ON DETAINEES\n\n"
        "To: The Office of the Special Envoy\n\n"
        "12 March 2019\n\n"
        "We, the undersigned 4 organisations, call on all parties to release detainees now.\n\n"
        "Signed by:\n"
        "Kesh Malek\n"
        "Baytna Syria\n\n"
        "Families for Freedom\n"
        "Page 2\n"
        "Women Now for Development\n"
    )
    (statement,) = PARSER.parse(Source.from_text("letter.txt", text))
    assert [(m.ordinal, m.name) for m in statement.signatories] == [
        (1, "Kesh Malek"),
        (2, "Baytna Syria"),
        (3, "Families for Freedom"),
        (4, "Women Now for Development"),
    ]
    assert [m.name for m in statement.addressees] == ["The Office of the Special Envoy"]
    assert statement.date == dt.date(2019, 3, 12)
    assert statement.title == "OPEN LETTER ON DETAINEES"
    claim = statement.claimed_signers
    assert claim is not None and (claim.count, claim.qualifier) == (4, None)
    assert [s.reason for s in statement.skipped] == ["page furniture"]
    _assert_spans(statement)


def test_text_without_list_has_no_signatories() -> None:
    source = Source.from_text("note.txt", "Russia announced a conference.\n\nMany rejected it.\n")
    (statement,) = PARSER.parse(source)
    assert statement.signatories == ()
    assert PARSER.confidence(source) == pytest.approx(0.3)
    assert [s.reason for s in statement.skipped] == ["no signatory list found"]


def test_parse_errors_name_the_document() -> None:
    binary = Source.from_bytes("scan.bin", b"\x00\x01\x02\xff" * 10)
    with pytest.raises(ParseError) as err:
        PARSER.parse(binary)
    assert err.value.location == "scan.bin" and err.value.parser == "text"
    with pytest.raises(ParseError, match="no text"):
        PARSER.parse(Source.from_text("blank.txt", " \n\t\n"))


def test_confidence() -> None:
    assert PARSER.confidence(Source.from_path(_corpus("000"))) == pytest.approx(0.8)
    assert PARSER.confidence(Source.from_path(_corpus("002"))) == pytest.approx(0.8)
    assert PARSER.confidence(Source.from_path(_corpus("001"))) == 0.0  # WordPress JSON
    html = Source.from_text("page.html", "<html><body><ol><li>A</li></ol></body></html>")
    assert PARSER.confidence(html) == 0.0
    assert PARSER.confidence(Source.from_bytes("x.pdf", b"%PDF-1.4\n\x00\xff")) == 0.0


def test_installed_registry_picks_text_for_the_plain_statements() -> None:
    registry = sochi_er.default_registry()
    assert {"text", "pdf"} <= set(registry.parsers)
    for prefix in ("000", "002"):
        source = Source.from_path(_corpus(prefix))
        assert registry.select(source).name == "text", registry.confidences(source)
