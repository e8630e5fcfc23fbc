"""The html parser on fixtures: an <ol> statement page and a <p>-lines one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sochi_er_web import HtmlPageParser

from sochi_er import ParseError, Role
from sochi_er.testing import check_parser, make_source

PARSER = HtmlPageParser()
FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8")


def test_ol_page() -> None:
    source = make_source(fixture("statement_ol.html"), "statement.html")
    assert PARSER.confidence(source) == pytest.approx(0.7)
    (statement,) = check_parser(PARSER, source)
    assert [(m.name, m.ordinal) for m in statement.signatories] == [
        ("Syrian Journalists Association (SJA)", 3),
        ("Help 4Syria", 4),
        ("Women Now for Development", 6),
        ("Zaad \u2014 Syrische Jeugd Forum", 8),
    ]
    assert [(s.text, s.ordinal) for s in statement.skipped] == [
        ("", 5),
        ("Warmest regards", 7),
        ("January 8, 2018", None),  # the line after the list, reported as read
    ]
    # "<strong>Zaad — ...</strong><br>Amsterdam": the item's second line is its place
    assert statement.signatories[-1].place == "Amsterdam"
    assert [s.reason for s in statement.skipped][-1] == "date line"
    assert statement.title == "Joint Statement: Reject the Sochi Conference"
    # the dated line after the list is the statement's own date
    assert statement.date == dt.date(2018, 1, 8)
    assert statement.language == "en"
    assert statement.url == "https://example.org/sochi-statement"
    assert [(m.name, m.role) for m in statement.publishers] == [("Example Network", Role.PUBLISHER)]
    # the menu lists are not signatories
    assert not {"Home", "About Us", "Privacy Policy"} & {m.name for m in statement.mentions}


def test_time_element_dates_a_page_without_a_date_line() -> None:
    html = fixture("statement_ol.html").replace("<p>January 8, 2018</p>", "")
    (statement,) = PARSER.parse(make_source(html, "s.html"))
    assert statement.date == dt.date(2018, 1, 9)
    html = html.replace('<time datetime="2018-01-09">9 January 2018</time>', "")
    (statement,) = PARSER.parse(make_source(html, "s.html"))
    assert statement.date == dt.date(2018, 1, 10)  # article:published_time


def test_p_lines_after_a_signatories_cue() -> None:
    source = make_source(fixture("statement_plines.html"), "letter.html")
    (statement,) = check_parser(PARSER, source)
    assert [m.name for m in statement.signatories] == [
        "Baytna Syria",
        "Kesh Malek",
        "Local Council of Namar",
        "Local Council of Namir",
        "Syrian Network for Human Rights",
        "Scotland4Syria",
    ]
    assert [m.ordinal for m in statement.signatories] == [1, 2, 3, 4, 5, 6]
    assert ("Info@sn4hr.org", "contact line") in {(s.text, s.reason) for s in statement.skipped}
    assert "Follow us on social media" not in {m.name for m in statement.mentions}
    assert statement.title == "Open letter"
    assert [m.name for m in statement.publishers] == ["Civil Voices"]
    assert statement.language == "fr"


def test_truncated_html_gives_what_is_there() -> None:
    html = fixture("statement_ol.html")
    cut = html[: html.index("Women Now") + 5]
    (statement,) = check_parser(PARSER, make_source(cut, "cut.html"))
    assert [m.name for m in statement.signatories][:2] == [
        "Syrian Journalists Association (SJA)",
        "Help 4Syria",
    ]


@pytest.mark.parametrize(
    "content",
    ["<!doctype html><html><head><title>x</title></head></html>", "<html><", b"<html>\xff\xfe\x00"],
)
def test_html_without_readable_text_raises_parse_error(content: str | bytes) -> None:
    with pytest.raises(ParseError):
        PARSER.parse(make_source(content, "bad.html"))


def test_confidence_is_zero_for_json_and_plain_text() -> None:
    assert PARSER.confidence(make_source('{"a": "<html>"}', "x.json")) == 0.0
    assert PARSER.confidence(make_source("Signatories:\nBaytna Syria\n", "x.txt")) == 0.0


def test_prose_mentions_outside_the_list_and_the_page_chrome() -> None:
    page = (
        "<html><body><nav><p>Partners: Amnesty International</p></nav>"
        "<h1>Open letter to the UN Security Council</h1>"
        "<p>We ask the Security Council and the Arab League to act before the Sochi "
        "Conference; the Syrian Network for Human Rights (SNHR) documented it.</p>"
        "<h2>Signatories</h2><ol><li>Syrian Network for Human Rights</li>"
        "<li>Kesh Malek</li><li>Baytna Syria</li></ol>"
        "<footer><p>Human Rights Watch</p></footer></body></html>"
    )
    (statement,) = check_parser(HtmlPageParser(use_env=False), make_source(page, "p.html"))
    assert [m.name for m in statement.signatories] == [
        "Syrian Network for Human Rights", "Kesh Malek", "Baytna Syria"
    ]
    mentioned = [m.name for m in statement.mentions if m.role is Role.MENTIONED]
    assert mentioned == [
        "UN Security Council", "Security Council", "Arab League",
        "Syrian Network for Human Rights", "SNHR",
    ]
