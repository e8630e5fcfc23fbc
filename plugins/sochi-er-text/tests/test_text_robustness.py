"""Property tests: on any text, the parsers return Statements or raise ParseError, and
every span they report slices its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sochi_er_text import PdfParser, PlainTextParser

import sochi_er
from sochi_er import Source
from sochi_er.strategies import mutated_text
from sochi_er.testing import check_robust

TEXT = PlainTextParser()
PDF = PdfParser()
CORPUS = {
    p.name[:3]: p.read_text(encoding="utf-8")
    for p in sochi_er.corpus_paths()
    if p.name[:3] in {"000", "002"}
}
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(source: Source) -> None:
    for statement in check_robust(TEXT, source):
        assert all(m.span is not None for m in statement.mentions)


@FAST
@given(mutated_text(list(CORPUS.values()), max_ops=12))
def test_mutated_corpus_text(text: str) -> None:
    _check(Source.from_text("mutated.txt", text))


@FAST
@given(st.text(max_size=400))
def test_random_unicode_text(text: str) -> None:
    _check(Source.from_text("random.txt", text))


LIST_LINE = st.one_of(
    st.just(""),
    st.builds(lambda n, s: f"{n}. {s}", st.integers(0, 300), st.text(max_size=20)),
    st.builds(lambda n, s: f"- {n}.{s}", st.integers(0, 300), st.text(max_size=20)),
    st.builds(lambda s: f"\u2022 {s}", st.text(max_size=20)),
    st.sampled_from(["Sincerely,", "Signed by:", "Page 2 of 3", "@x", "Warmest regards", "22."]),
    st.text(max_size=30),
)


@FAST
@given(st.lists(LIST_LINE, max_size=40))
def test_list_like_text(lines: list[str]) -> None:
    _check(Source.from_text("list.txt", "\n".join(lines)))


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300))
def test_random_pdf_bytes(tail: bytes) -> None:
    source = Source.from_bytes("random.pdf", b"%PDF-1.4\n" + tail)
    check_robust(PDF, source)  # anything but ParseError fails the test
