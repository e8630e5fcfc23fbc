"""Property tests: on any text, the ``markdown`` parser returns valid Statements or raises
ParseError, and every span it reports slices its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sochi_er_markdown import MarkdownParser

from sochi_er import Source
from sochi_er.strategies import mutated_text
from sochi_er.testing import check_robust, fuzz_parser

PARSER = MarkdownParser(use_env=False)
SEEDS = [
    "---\ntitle: Example\n---\n# Open letter\n\nWe, the undersigned organisations, ask the "
    "council to act.\n\n**Signed by:**\n\n- [Example Org](https://x.example)\n"
    "- *River Guardians Network*\n  second line\n\n  more\n- Sample Association, Kenya\n",
    "Dear Minister,\n\nPlease act.\n\n_Sincerely,_\n\nExample Coalition for Clean Water\n"
    "Lakeside Farmers Union  \nSample Institute\n",
    "Signatories:\n\n| Organisation | Country |\n|---|---|\n| Example Org | Kenya |\n"
    "| Lakeside Union | |\n\n1. One\n2.\n4. Four\n   - nested\n\n> quoted\n\n<div>x</div>\n",
]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MARKUP = st.sampled_from(
    ["# ", "- ", "* ", "1. ", "2) ", "> ", "| ", " |", "|---|", "**", "_", "`", "```\n",
     "[", "](", ")", "![", "<br>", "<div>", "  \n", "\\\n", "\n\n", "---\n", "&amp;", "    "]
)  # fmt: skip


def _check(text: str) -> None:
    for statement in check_robust(PARSER, Source.from_text("input.md", text)):
        assert all(m.span is not None for m in statement.signatories)


@FAST
@given(mutated_text(SEEDS, max_ops=12))
def test_mutated_markdown(text: str) -> None:
    _check(text)


@FAST
@given(st.text(max_size=400))
def test_random_unicode_text(text: str) -> None:
    _check(text)


@FAST
@given(st.lists(st.one_of(MARKUP, st.text(max_size=12)), max_size=60))
def test_markup_soup(pieces: list[str]) -> None:
    _check("".join(pieces))


def test_deep_nesting_does_not_crash() -> None:
    for unit in ("> ", "- ", "1. ", "[", "_", "**a ", "![", "<b>"):
        _check(unit * 3000 + "Example Org\n")


def test_fuzzed_bytes() -> None:
    assert fuzz_parser(PARSER, SEEDS, rounds=80, location="fuzz.md") == 240
