"""Property tests: on any text, the parsers return Statements or raise ParseError, and
every span they report slices its text."""

from __future__ import annotations

import contextlib
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sochi_er_text import PdfParser, PlainTextParser

import sochi_er
from sochi_er import ParseError, Source, Statement

TEXT = PlainTextParser()
PDF = PdfParser()
CORPUS = {
    p.name[:3]: p.read_text(encoding="utf-8")
    for p in sochi_er.corpus_paths()
    if p.name[:3] in {"000", "002"}
}
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(source: Source) -> None:
    try:
        statements = TEXT.parse(source)
    except ParseError:
        return
    for statement in statements:
        assert isinstance(statement, Statement)
        for mention in statement.mentions:
            assert mention.span is not None
            assert mention.span.slice(statement.text) == mention.name
        ordinals = [m.ordinal for m in statement.signatories if m.ordinal is not None]
        assert len(ordinals) == len(set(ordinals))
    assert 0.0 <= TEXT.confidence(source) <= 1.0


@st.composite
def mutated_corpus(draw: st.DrawFn) -> str:
    lines = CORPUS[draw(st.sampled_from(sorted(CORPUS)))].split("\n")
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(0, 12))):
        op = rng.choice(["delete", "insert", "swap", "cut", "dup"])
        i = rng.randrange(len(lines))
        if op == "delete":
            del lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.text(max_size=40)))
        elif op == "swap":
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "cut" and lines[i]:
            k = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:k] + lines[i][k + 1 :]
        else:
            lines.insert(i, lines[i])
        if not lines:
            lines = [""]
    return "\n".join(lines)


@FAST
@given(mutated_corpus())
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
    with contextlib.suppress(ParseError):
        PDF.parse(source)  # anything but ParseError fails the test
