"""Random and mutated inputs: both parsers return valid Statements or raise ParseError."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sochi_er_web import HtmlPageParser, WordPressJsonParser

from sochi_er import Parser, corpus_paths
from sochi_er.strategies import mutated_text
from sochi_er.testing import check_robust, fuzz_parser, make_source

FIXTURES = Path(__file__).parent / "fixtures"
WORDPRESS = next(p for p in corpus_paths() if p.name.startswith("001_")).read_text("utf-8")
# a shorter WordPress seed keeps each example fast
_obj = json.loads(WORDPRESS)
_obj["content"]["rendered"] = _obj["content"]["rendered"][-3000:]
SMALL_WORDPRESS = json.dumps(_obj)
PAGES = [p.read_text("utf-8") for p in sorted(FIXTURES.glob("*.html"))]
PARSERS: list[Parser] = [WordPressJsonParser(), HtmlPageParser()]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=mutated_text([SMALL_WORDPRESS]))
def test_mutated_wordpress_json(text: str) -> None:
    for parser in PARSERS:
        check_robust(parser, make_source(text, "mutated.json"))


@SETTINGS
@given(text=mutated_text(PAGES))
def test_mutated_html(text: str) -> None:
    for parser in PARSERS:
        check_robust(parser, make_source(text, "mutated.html"))


@SETTINGS
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300)))
def test_random_input(data: bytes | str) -> None:
    for parser in PARSERS:
        check_robust(parser, make_source(data, "random.html"))


@SETTINGS
@given(
    items=st.lists(st.text(max_size=30), max_size=8),
    start=st.one_of(st.none(), st.integers(-5, 5)),
)
def test_random_list_items_render_to_spans_that_slice(items: list[str], start: int | None) -> None:
    attr = "" if start is None else f' start="{start}"'
    html = (
        f"<html><body><ol{attr}>" + "".join(f"<li>{i}</li>" for i in items) + "</ol></body></html>"
    )
    check_robust(HtmlPageParser(), make_source(html, "list.html"))


def test_byte_level_fuzz_with_the_core_kit() -> None:
    for parser in PARSERS:
        assert fuzz_parser(parser, [SMALL_WORDPRESS, *PAGES], rounds=40, seed=7) == 120
