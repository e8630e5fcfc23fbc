"""Random and mutated inputs: the news parser returns valid Statements or ParseError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sochi_er_news import NewsParser

from sochi_er import ParseError, corpus_paths
from sochi_er.testing import check_statements, fuzz_parser, make_source

PARSER = NewsParser(use_env=False)
SEEDS = [p.read_text("utf-8") for p in corpus_paths() if p.name[:3] in ("003", "004")]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _run(data: str | bytes) -> None:
    source = make_source(data, "news.txt")
    assert 0.0 <= PARSER.confidence(source) <= 1.0
    try:
        statements = PARSER.parse(source)
    except ParseError:
        return
    assert check_statements(source, statements) == []
    ids = {s.id for s in statements}
    assert all(s.reported_in in ids for s in statements[1:])


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 400)))
        op = draw(st.sampled_from(["delete", "insert", "duplicate"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[:i] + draw(st.text(max_size=20)) + text[i:]
    return text


@SETTINGS
@given(text=mutated())
def test_mutated_articles(text: str) -> None:
    _run(text)


@SETTINGS
@given(data=st.one_of(st.binary(max_size=300), st.text(max_size=300)))
def test_random_input(data: bytes | str) -> None:
    _run(data)


def test_byte_level_fuzz_with_the_core_kit() -> None:
    assert fuzz_parser(PARSER, SEEDS, rounds=40, seed=3) == 80
