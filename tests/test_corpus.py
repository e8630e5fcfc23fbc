"""The bundled corpus end to end through the installed plugins: every document parses,
each is claimed by the parser meant for it, and every output keeps the contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from sochi_er import Source, StatementKind, default_registry, parse_source
from sochi_er.testing import check_statements

EXPECTED_PARSER = {
    "000": "text",
    "001": "wordpress-json",
    "002": "text",
    "003": "news",
    "004": "news",
}


@pytest.mark.parametrize("doc", sorted(EXPECTED_PARSER))
def test_each_document_goes_to_its_parser_and_keeps_the_contract(
    doc: str, corpus: dict[str, Path]
) -> None:
    registry = default_registry()
    source = Source.from_path(corpus[doc])
    scores = registry.confidences(source)
    chosen = registry.select(source).name
    assert chosen == EXPECTED_PARSER[doc], scores
    runner_up = max(v for k, v in scores.items() if k != chosen)
    assert scores[chosen] - runner_up >= 0.2, scores  # a clear winner, not a near-tie
    used, statements = parse_source(source, registry)
    assert used == chosen
    assert statements and check_statements(source, statements) == []


def test_list_documents_have_their_exact_signatory_counts(corpus: dict[str, Path]) -> None:
    registry = default_registry()
    counts = {}
    for doc in ("000", "001", "002"):
        _, statements = parse_source(Source.from_path(corpus[doc]), registry)
        (statement,) = statements
        counts[doc] = len(statement.signatories)
    assert counts == {"000": 132, "001": 134, "002": 149}


def test_news_documents_report_statements_with_claimed_signers(
    corpus: dict[str, Path],
) -> None:
    registry = default_registry()
    claims = {}
    for doc in ("003", "004"):
        _, statements = parse_source(Source.from_path(corpus[doc]), registry)
        article = next(s for s in statements if s.kind is StatementKind.ARTICLE)
        reported = [s for s in statements if s.kind is StatementKind.REPORTED]
        assert all(r.reported_in == article.id for r in reported)
        claims[doc] = [
            (r.claimed_signers.count, r.claimed_signers.qualifier)
            for r in reported
            if r.claimed_signers
        ]
    assert claims == {"003": [(3500, "more than")], "004": [(40, "some")]}
