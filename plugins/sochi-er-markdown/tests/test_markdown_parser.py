"""The ``markdown`` parser end to end: selection by format, and the statements read from
small invented Markdown statements (every organisation name is made up)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sochi_er_markdown import MarkdownParser

import sochi_er
from sochi_er import ParseError, Source, Statement
from sochi_er.testing import check_parser, check_statements

PARSER = MarkdownParser(use_env=False)

INTRO = """# Open letter on clean water

We, the undersigned organisations, call on the regional authorities to stop the release
of untreated industrial waste into the rivers and lakes that our communities depend on.
"""


def _read(tmp_path: Path, name: str, text: str) -> Source:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Source.from_path(path)


def _statement(tmp_path: Path, text: str, name: str = "letter.md") -> Statement:
    source = _read(tmp_path, name, text)
    parser, statements = sochi_er.parse_source(source, sochi_er.default_registry())
    assert parser == "markdown"
    assert check_statements(source, statements) == []
    (statement,) = statements
    return statement


def _names(statement: Statement) -> list[str]:
    return [m.name for m in statement.signatories]


@pytest.mark.parametrize("name", ["letter.md", "LETTER.MD", "letter.markdown", "letter.mdown"])
def test_markdown_files_go_to_the_markdown_parser(tmp_path: Path, name: str) -> None:
    source = _read(tmp_path, name, INTRO)
    registry = sochi_er.default_registry()
    assert registry.select(source).name == "markdown"
    assert registry.confidences(source)["markdown"] == pytest.approx(0.85)


def test_markdown_media_type_without_suffix() -> None:
    for media_type in ("text/markdown", "text/x-markdown"):
        source = Source.from_text("statement", INTRO, media_type=media_type)
        assert PARSER.confidence(source) == pytest.approx(0.85)


def test_other_files_are_not_markdown(tmp_path: Path) -> None:
    assert PARSER.confidence(_read(tmp_path, "letter.txt", INTRO)) == 0.0
    assert PARSER.confidence(Source.from_bytes("scan.pdf", b"%PDF-1.4\n")) == 0.0
    assert sochi_er.default_registry().select(_read(tmp_path, "l.txt", INTRO)).name != "markdown"


def test_list_after_bold_signed_by(tmp_path: Path) -> None:
    text = INTRO + (
        "\n**Signed by:**\n\n"
        "- Example Coalition for Clean Water\n"
        "- *River Guardians Network*\n"
        "- **Sample Association of Fishers**\n"
        "- Lakeside Farmers __Union__\n"
    )
    statement = _statement(tmp_path, text)
    assert _names(statement) == [
        "Example Coalition for Clean Water",
        "River Guardians Network",
        "Sample Association of Fishers",
        "Lakeside Farmers Union",
    ]
    assert [m.ordinal for m in statement.signatories] == [1, 2, 3, 4]
    assert statement.title == "Open letter on clean water"
    assert "*" not in statement.text and "__" not in statement.text


def test_numbered_list_keeps_the_documents_numbers(tmp_path: Path) -> None:
    text = INTRO + (
        "\nSignatories:\n\n"
        "1. Example Coalition for Clean Water\n"
        "2. River Guardians Network\n"
        "4. Sample Association of Fishers\n"
    )
    statement = _statement(tmp_path, text)
    assert [(m.ordinal, m.name) for m in statement.signatories] == [
        (1, "Example Coalition for Clean Water"),
        (2, "River Guardians Network"),
        (4, "Sample Association of Fishers"),
    ]
    assert [(s.ordinal, s.reason) for s in statement.skipped] == [
        (3, "number missing from the list")
    ]


def test_pipe_table_with_a_header_row(tmp_path: Path) -> None:
    text = INTRO + (
        "\n**Signed by:**\n\n"
        "| Organisation | Country |\n"
        "|--------------|---------|\n"
        "| Example Coalition for Clean Water | Kenya |\n"
        "| Lakeside Farmers Union | Uganda |\n"
        "| Sample Institute for Water Policy | Colombia |\n"
    )
    statement = _statement(tmp_path, text)
    assert [(m.name, m.country) for m in statement.signatories] == [
        ("Example Coalition for Clean Water", "Kenya"),
        ("Lakeside Farmers Union", "Uganda"),
        ("Sample Institute for Water Policy", "Colombia"),
    ]
    assert "Organisation" not in _names(statement)
    assert any(s.reason == "table header" for s in statement.skipped)


def test_one_name_per_line_after_a_closing(tmp_path: Path) -> None:
    text = (
        "Dear Minister,\n\n"
        "We write to ask you to stop the dumping of waste into the river before the\n"
        "summer, when the water is lowest and the damage is greatest.\n\n"
        "_Sincerely,_\n\n"
        "Example Coalition for Clean Water\n"
        "River Guardians Network\\\n"
        "Sample Association of Fishers  \n"
        "Lakeside Farmers Union\n"
    )
    statement = _statement(tmp_path, text)
    assert _names(statement) == [
        "Example Coalition for Clean Water",
        "River Guardians Network",
        "Sample Association of Fishers",
        "Lakeside Farmers Union",
    ]


def test_pasted_bullets_are_not_part_of_names(tmp_path: Path) -> None:
    text = INTRO + (
        "\nSigned by:\n"
        "\u2022 Example Coalition for Clean Water\n"
        "\u2022 River Guardians Network\n"
        "\u2022 Sample Association of Fishers\n"
    )
    statement = _statement(tmp_path, text)
    assert _names(statement) == [
        "Example Coalition for Clean Water",
        "River Guardians Network",
        "Sample Association of Fishers",
    ]


def test_links_keep_their_text_and_images_vanish(tmp_path: Path) -> None:
    text = INTRO + (
        "\n**Signed by:**\n\n"
        "- [Example Org](https://example.org/about)\n"
        "- [River Guardians Network](https://example.net) ![logo](logo.png)\n"
        "- Sample Association of Fishers <span>(member)</span>\n"
        "- `Lakeside Farmers Union`\n"
    )
    statement = _statement(tmp_path, text)
    assert _names(statement) == [
        "Example Org",
        "River Guardians Network",
        "Sample Association of Fishers (member)",
        "Lakeside Farmers Union",
    ]
    for fragment in ("https://", "logo", "<span>", "`"):
        assert fragment not in statement.text


def test_front_matter_is_not_content_but_its_title_is_the_heading(tmp_path: Path) -> None:
    """The metadata keys are not content; the title is the page's heading, as the site
    generator renders it, and so the statement's title."""
    text = (
        "---\n"
        "title: Example Front Matter Title\n"
        "layout: post\n"
        "tags: [water, rivers]\n"
        "---\n" + INTRO + "\n**Signed by:**\n\n- Example Coalition for Clean Water\n"
        "- River Guardians Network\n"
    )
    statement = _statement(tmp_path, text)
    assert "layout" not in statement.text and "water, rivers" not in statement.text
    assert statement.title == "Example Front Matter Title"
    assert _names(statement) == ["Example Coalition for Clean Water", "River Guardians Network"]


def test_html_blocks_and_quotes(tmp_path: Path) -> None:
    text = INTRO + (
        '\n<div class="banner">\n<p>Example Hidden Banner Foundation</p>\n</div>\n\n'
        "> We quote our earlier appeal to the authorities, which went unanswered for a year.\n\n"
        "**Signed by:**\n\n"
        "- Example Coalition for Clean Water\n"
        "- River Guardians Network\n"
    )
    statement = _statement(tmp_path, text)
    assert "Hidden Banner" not in statement.text
    assert "We quote our earlier appeal" in statement.text
    assert _names(statement) == ["Example Coalition for Clean Water", "River Guardians Network"]


def test_no_list_gives_no_signatories(tmp_path: Path) -> None:
    statement = _statement(tmp_path, INTRO)
    assert statement.signatories == ()
    assert [s.reason for s in statement.skipped] == ["no signatory list found"]


def test_contract_and_stable_ids(tmp_path: Path) -> None:
    text = INTRO + "\n**Signed by:**\n\n- Example Coalition for Clean Water\n"
    check_parser(PARSER, _read(tmp_path, "letter.md", text), min_confidence=0.5)


@pytest.mark.parametrize("content", ["", "   \n\n", "---\n\n***\n", "<div>\n</div>\n"])
def test_no_visible_text_is_a_parse_error(content: str) -> None:
    with pytest.raises(ParseError) as raised:
        PARSER.parse(Source.from_text("empty.md", content))
    assert raised.value.location == "empty.md"
    assert raised.value.parser == "markdown"


def test_binary_markdown_file_is_a_parse_error() -> None:
    source = Source.from_bytes("broken.md", b"\xff\xd8\xff\x00\x01binary")
    with pytest.raises(ParseError, match=r"broken\.md"):
        PARSER.parse(source)


def test_a_further_line_of_an_item_is_reported_not_read_as_a_signatory() -> None:
    text = (
        "An introduction long enough to be read as running text by the detector here.\n\n"
        "**Signed by:**\n\n- Example Foundation\n  Jane Roe, Director\n- Acme Network\n"
    )
    (statement,) = sochi_er.parse_source(
        sochi_er.Source.from_text("letter.md", text), sochi_er.default_registry()
    )[1]
    assert [(m.name, m.ordinal) for m in statement.signatories] == [
        ("Example Foundation", 1),
        ("Acme Network", 2),
    ]
    assert statement.persons == ()
    assert ("Jane Roe, Director", "further line of a list item") in [
        (s.text, s.reason) for s in statement.skipped
    ]


def test_a_table_of_records_under_a_support_heading_is_no_list(tmp_path: Path) -> None:
    """A page's table of groups worth supporting, with descriptions and dated notes
    ("2015 Review"), is no signatory list: "supportstruct" announces nothing, and the
    rows are records, not a list printed in columns."""
    text = """# supportstruct

| Org. / e.V. | Desc. | Videos | More |
|---|---|---|---|
| examplecampaign | Kampagnen für eine Beispiel-Demokratie | 2015 Rückblick | weexample |
| example des hommes | Hilfe für Beispiele in Not [1] | 2012 Info | wir über uns |
| Example International | Non-Profit-Organisation für Beispiele [1] | 2015 Info | Journal |
| Example Stiftung für unsere Mitwelt | Abschaffung der Beispiele | Jahresrückblicke | |
| exampleswatch | Beteiligungsmöglichkeiten in der Politik | 2015 Öffentlichkeit | |
| Example Control | todo | todo | todo |
"""
    assert _names(_statement(tmp_path, text)) == []


def test_governments_named_in_the_front_matter_title_sign(tmp_path: Path) -> None:
    """A site's post whose title, kept in its front matter, names the governments that
    issue it ("Joint Statement from the Governments of A, B, ... and C"): the rendered
    page's heading, read as the statement's authors."""
    text = (
        "---\n"
        "date: '2024-01-23'\n"
        'title: "Joint Statement from the Governments of Albania, Canada, Kenya,\\\n'
        '  \\ New Zealand, and the United States"\n'
        "---\n\n"
        "In response to continued attacks on shipping, the armed forces acted today in "
        "accordance with the inherent right of self-defence and international law.\n"
    )
    names = _names(_statement(tmp_path, text))
    assert names == ["Albania", "Canada", "Kenya", "New Zealand", "United States"]
