"""The wordpress-json parser on the real corpus document 001 and on variations of it."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sochi_er_web import WordPressJsonParser
from sochi_er_web.wordpress import post_date

from sochi_er import ParseError, Role, Source, corpus_paths, default_registry
from sochi_er.testing import check_parser, make_source

PARSER = WordPressJsonParser()


def corpus_001() -> Path:
    return next(p for p in corpus_paths() if p.name.startswith("001_"))


def post() -> dict[str, Any]:
    value: dict[str, Any] = json.loads(corpus_001().read_text("utf-8"))
    return value


def test_001_is_claimed_by_wordpress_json_despite_the_txt_extension() -> None:
    source = Source.from_path(corpus_001())
    assert PARSER.confidence(source) == pytest.approx(0.95)
    assert default_registry().select(source).name == "wordpress-json"


def test_001_signatories() -> None:
    (statement,) = check_parser(PARSER, Source.from_path(corpus_001()))
    names = [m.name for m in statement.signatories]
    assert len(names) == 134
    assert names[0] == "Agriculture engineering syndicate of Daraa"
    assert names[24] == "Help4Syria"
    assert names[60] == "Local Council of Gharbya GHarya"
    assert names[126] == "Syrische Jeugd Forum (Zaad)"
    assert names[133] == "Zenobia, Syrian Women\u2019s Association"
    assert [m.ordinal for m in statement.signatories] == list(range(1, 135))
    for m in statement.signatories:
        assert m.span is not None and m.span.slice(statement.text) == m.name
    # &nbsp; is rendered as a space, the en dash is kept as written
    assert "Engineers Association \u2013 Hama" in names
    assert "Syrian Journalists Association (SJA)" in names
    assert not any("\u00a0" in n or ("&" in n and ";" in n) for n in names)


def test_001_metadata() -> None:
    (statement,) = PARSER.parse(Source.from_path(corpus_001()))
    assert statement.title == (
        "Sochi Conference Threatens Syria Peace Process: Joint Statement by Syrian Civil Society"
    )
    # the statement's own date line, not the post date 2018-01-05
    assert statement.date == dt.date(2018, 1, 3)
    assert statement.published == dt.date(2018, 1, 5)
    assert statement.url == "https://stj-sy.org/en/377/"
    assert statement.language == "en"
    publisher, arabic = statement.publishers
    assert publisher.name == "Syrians for Truth and Justice"
    assert publisher.role is Role.PUBLISHER and publisher.span is None
    # the site's schema.org description is bilingual: "<Arabic name> - <English name>"
    assert arabic.name == "سوريون من أجل الحقيقة والعدالة"
    assert post_date(post()) == dt.date(2018, 1, 5)


def test_post_date_is_used_when_the_content_states_no_date() -> None:
    obj = post()
    obj["content"]["rendered"] = obj["content"]["rendered"].replace("January 03, 2018", "")
    (statement,) = PARSER.parse(make_source(json.dumps(obj), "post.json"))
    assert statement.date == dt.date(2018, 1, 5)


def test_publisher_falls_back_to_schema_then_yoast_head() -> None:
    obj = post()
    del obj["yoast_head_json"]["og_site_name"]
    both = ["Syrians for Truth and Justice", "سوريون من أجل الحقيقة والعدالة"]
    (statement,) = PARSER.parse(make_source(json.dumps(obj)))
    assert [m.name for m in statement.publishers] == both
    del obj["yoast_head_json"]
    (statement,) = PARSER.parse(make_source(json.dumps(obj)))
    assert [m.name for m in statement.publishers] == both
    assert statement.language == "en"
    del obj["yoast_head"]
    (statement,) = PARSER.parse(make_source(json.dumps(obj)))
    assert statement.publishers == ()


def test_alternate_site_names_come_from_schema_org_only_when_stated() -> None:
    from sochi_er_web.metadata import site_name_forms

    site = {"@type": "WebSite", "name": "Example Org", "alternateName": ["EO", "Example Org"]}
    assert site_name_forms([site], "Example Org") == ["EO"]
    bilingual = {
        "@type": "Organization",
        "name": "Example Org",
        "description": "مثال - Example Org",
    }
    assert site_name_forms([bilingual], "Example Org") == ["مثال"]
    # same script on both sides of the dash is a tagline, not another form of the name
    tagline = {"@type": "WebSite", "name": "Example Org", "description": "News - Example Org"}
    assert site_name_forms([tagline], "Example Org") == []
    assert site_name_forms([bilingual], "Other Org") == []


def _small_post(title: str, items: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": 1,
        "date": "2018-02-01T10:00:00",
        "link": "https://example.org/1/",
        "type": "post",
        "title": {"rendered": title},
        "content": {"rendered": f"<p>Text.</p>{items}"},
        **extra,
    }


def test_array_of_two_posts_gives_two_statements_in_order() -> None:
    first = _small_post("First &amp; foremost", "<ul><li>Baytna Syria</li><li>Kesh Malek</li></ul>")
    second = _small_post(
        "Second &#8211; letter",
        '<ol start="5"><li>Scotland4Syria</li><li>&nbsp;</li><li>Warmest regards</li>'
        "<li>Help 4Syria UK</li></ol>",
        yoast_head_json={"og_site_name": "Example &amp; Co", "og_locale": "ar_SY"},
    )
    source = make_source(json.dumps([first, second]), "posts.json")
    assert PARSER.confidence(source) == pytest.approx(0.95)
    one, two = check_parser(PARSER, source)
    assert one.id != two.id
    assert one.title == "First & foremost" and two.title == "Second \u2013 letter"
    assert [(m.name, m.ordinal) for m in one.signatories] == [
        ("Baytna Syria", 1),
        ("Kesh Malek", 2),
    ]
    assert [(m.name, m.ordinal) for m in two.signatories] == [
        ("Scotland4Syria", 5),
        ("Help 4Syria UK", 8),
    ]
    assert [(s.text, s.ordinal, s.reason) for s in two.skipped] == [
        ("", 6, "empty list item"),
        ("Warmest regards", 7, "closing formula"),
    ]
    assert [m.name for m in two.publishers] == ["Example & Co"]
    assert two.language == "ar" and one.language is None
    assert one.date == dt.date(2018, 2, 1)


def test_malformed_json_raises_parse_error_with_line_and_column() -> None:
    text = corpus_001().read_text("utf-8")
    broken = text[:5000] + "\n" + text[5010:]
    source = make_source(broken, "broken.json")
    assert PARSER.confidence(source) > 0  # claimed, so the user sees where it breaks
    with pytest.raises(ParseError, match=r"line \d+, column \d+") as info:
        PARSER.parse(source)
    assert info.value.parser == "wordpress-json"


@pytest.mark.parametrize(
    "content",
    ['{"name": "not a post"}', "[1, 2, 3]", "[]", '"just a string"', '{"title": "x"}'],
)
def test_json_that_is_not_wordpress_is_refused(content: str) -> None:
    source = make_source(content, "other.json")
    # claimed only as the last resort, so the user hears what is wrong with the file
    assert 0.0 <= PARSER.confidence(source) < 0.1
    with pytest.raises(ParseError, match="not a WordPress"):
        PARSER.parse(source)


def test_deeply_nested_json_is_said_to_be_nested_too_deeply() -> None:
    from sochi_er import default_registry, parse_source

    source = make_source("[" * 100_000 + "]" * 100_000, "deep.json")
    with pytest.raises(ParseError, match="nested too deeply"):
        parse_source(source, default_registry())


def test_an_array_of_nothing_but_other_objects_is_refused() -> None:
    source = make_source(json.dumps([{"name": "x"}, {"name": "y"}]))
    assert PARSER.confidence(source) < 0.1
    with pytest.raises(ParseError):
        PARSER.parse(source)


def test_binary_and_plain_text_are_not_claimed() -> None:
    binary = make_source(b"%PDF-1.4 \x00\x01\x02", "x.pdf")
    assert PARSER.confidence(binary) == 0.0
    with pytest.raises(ParseError):
        PARSER.parse(binary)
    assert PARSER.confidence(make_source("1. Baytna Syria\n2. Kesh Malek\n")) == 0.0


def test_wrongly_typed_fields_do_not_crash() -> None:
    obj = copy.deepcopy(_small_post("T", "<ul><li>Baytna Syria</li><li>Kesh Malek</li></ul>"))
    obj.update(link=5, date=None, yoast_head_json=[], yoast_head=7, _embedded={"author": "x"})
    (statement,) = PARSER.parse(make_source(json.dumps(obj)))
    assert statement.url is None and statement.date is None and statement.author is None
    assert len(statement.signatories) == 2


def test_001_prose_mentions() -> None:
    """The content's prose names the UN and its Security Council in their written forms,
    outside the list; the events ("Sochi Conference", "Syrian Congress on National
    Dialogue", "Geneva Peace Process") and the sector ("Syrian Civil Society") it also
    names are not organisations."""
    (statement,) = check_parser(WordPressJsonParser(use_env=False), Source.from_path(corpus_001()))
    mentioned = [m for m in statement.mentions if m.role is Role.MENTIONED]
    assert [m.name for m in mentioned] == [
        "UN Security Council",
        "Security Council",
        "United Nations Security Council",
        "UN",
        "UN",
        "Security Council",
        "UN Security Council",
        "UN",
        "UN",
        "UN",
        "UN",
    ]
    first = min(m.span.start for m in statement.signatories if m.span is not None)
    assert all(m.span is not None and m.span.end <= first for m in mentioned)


def test_an_array_item_that_is_not_a_post_is_reported_and_the_posts_are_read() -> None:
    good = _small_post("Letter", "<ul><li>Example Network</li><li>Example Foundation</li></ul>")
    source = make_source(json.dumps([good, {"unrelated": 1}, good]), "posts.json")
    first, second = check_parser(PARSER, source)
    assert [m.name for m in first.signatories] == ["Example Network", "Example Foundation"]
    assert [m.name for m in second.signatories] == ["Example Network", "Example Foundation"]
    assert ("", "array item 1 is not a WordPress post or page") in [
        (s.text, s.reason) for s in first.skipped
    ]


def test_a_post_without_content_text_says_so() -> None:
    post = _small_post("Letter", "", guid={"rendered": "https://example.org/?p=1"})
    post["content"] = {"rendered": 12}
    (statement,) = PARSER.parse(make_source(json.dumps(post), "post.json"))
    assert "the post has no content text (content.rendered)" in [
        s.reason for s in statement.skipped
    ]
