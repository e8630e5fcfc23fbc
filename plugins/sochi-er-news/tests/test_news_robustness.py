"""Random and mutated inputs: the news parser returns valid Statements or ParseError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sochi_er_news import NewsParser

from sochi_er import corpus_paths
from sochi_er.strategies import mutated_text
from sochi_er.testing import check_robust, fuzz_parser, make_source

PARSER = NewsParser(use_env=False)
SEEDS = [p.read_text("utf-8") for p in corpus_paths() if p.name[:3] in ("003", "004")]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _run(data: str | bytes) -> None:
    statements = check_robust(PARSER, make_source(data, "news.txt"))
    ids = {s.id for s in statements}
    assert all(s.reported_in in ids for s in statements[1:])


@SETTINGS
@given(text=mutated_text(SEEDS))
def test_mutated_articles(text: str) -> None:
    _run(text)


@SETTINGS
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300)))
def test_random_input(data: bytes | str) -> None:
    _run(data)


def test_byte_level_fuzz_with_the_core_kit() -> None:
    assert fuzz_parser(PARSER, SEEDS, rounds=40, seed=3) == 80
