"""The news parser on the real corpus articles 003 and 004."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sochi_er_news import NewsParser

from sochi_er import Role, Source, Statement, StatementKind, corpus_paths
from sochi_er.testing import check_parser

PARSER = NewsParser(use_env=False)
PEOPLE = {
    "Bashar al-Assad",
    "Bashar Al-Assad",
    "Assad",
    "Al-Assad",
    "Antonio Guterres",
    "Ahmed Aboul Gheit",
    "Staffan de Mistura",
    "Vladimir Putin",
    "Recep Tayyip Erdogan",
    "Bassel Oudat",
}


def corpus(prefix: str) -> Path:
    return next(p for p in corpus_paths() if p.name.startswith(prefix))


def parse(prefix: str) -> list[Statement]:
    return check_parser(PARSER, Source.from_path(corpus(prefix)), min_confidence=0.5)


def names(statement: Statement, role: Role) -> list[str]:
    return [m.name for m in statement.with_role(role)]


def test_confidence_claims_articles_and_leaves_lists_to_the_text_parser() -> None:
    scores = {p.name[:3]: PARSER.confidence(Source.from_path(p)) for p in corpus_paths()}
    assert scores["003"] == pytest.approx(0.6)
    assert scores["004"] == pytest.approx(0.6)
    assert scores["000"] == pytest.approx(0.1)  # numbered list of 132 names
    assert scores["002"] == pytest.approx(0.1)
    assert scores["001"] == 0.0  # JSON


def test_003_article() -> None:
    article, _ = parse("003_")
    assert article.kind is StatementKind.ARTICLE
    # "Coalition News" is the section name (repeated as "In Coalition News"): no headline
    assert article.title is None
    assert article.date == dt.date(2017, 12, 27)
    assert names(article, Role.PUBLISHER) == ["Syrian Coalition\u2019s Media Department"]
    mentioned = set(names(article, Role.MENTIONED))
    assert {
        "Syrian Coalition",
        "Syrian Interim Government",
        "Free Syrian Army",
        "FSA",
        "Arab League",
        "UN Security Council",
    } <= mentioned
    assert "Coalition News" not in mentioned
    assert not mentioned & PEOPLE
    for m in article.mentions:
        assert m.span is not None and m.span.slice(article.text) == m.name


def test_003_reported_statement() -> None:
    article, reported = parse("003_")
    assert reported.kind is StatementKind.REPORTED
    assert reported.reported_in == article.id
    claim = reported.claimed_signers
    assert claim is not None
    assert (claim.count, claim.qualifier) == (3500, "more than")
    assert claim.span is not None
    assert claim.span.slice(reported.text) == "more than 3,500 opposition figures"
    # the text says opposition figures signed, some of them members of these bodies:
    # the bodies are mentioned, not signatories
    assert reported.signatories == ()
    assert {"Syrian Coalition", "Syrian Interim Government", "Free Syrian Army"} <= set(
        names(reported, Role.MENTIONED)
    )
    # "The signatories called upon ... Arab League Secretary-General ..., the UN Security
    # Council member states"; "The statement called on ... the FSA groups"
    assert {"Arab League", "UN Security Council", "FSA"} <= set(names(reported, Role.ADDRESSEE))


def test_004_article() -> None:
    article, _ = parse("004_")
    assert article.title == "Calls to boycott Sochi"
    assert article.date == dt.date(2018, 1, 5)  # the byline, not the 2021 "Last Update"
    assert article.author == "Bassel Oudat"
    assert names(article, Role.PUBLISHER) == ["Ahram Online"]
    mentioned = set(names(article, Role.MENTIONED))
    assert {
        "Higher Negotiations Commission",
        "Coalition of Revolutionary Forces",
        "Arab League",
        "UN Security Council",
        "Bar Association",
    } <= mentioned
    assert not mentioned & PEOPLE
    assert not {"Sochi Conference", "UN and the Arab League", "Geneva I Declaration"} & mentioned
    assert "Sochi Conference" in {s.text for s in article.skipped}
    for m in article.mentions:
        assert m.span is not None and m.span.slice(article.text) == m.name


def test_004_reported_statement() -> None:
    article, reported = parse("004_")
    assert reported.reported_in == article.id
    claim = reported.claimed_signers
    assert claim is not None
    assert (claim.count, claim.qualifier) == (40, "some")
    assert claim.span is not None
    assert claim.span.slice(reported.text) == "Some 40 opposition military groups"
    assert reported.mentions == ()  # the groups are not named
