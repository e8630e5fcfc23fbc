"""Roles, article metadata and the gazetteer extension on small texts (the prose patterns
themselves are the core's: tests/test_prose.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sochi_er_news import ENV_VAR, NewsParser

from sochi_er import PluginError, Role, Statement
from sochi_er.extraction.prose import ENV_VAR as CORE_ENV_VAR
from sochi_er.testing import check_parser, make_source


def _parse(text: str, parser: NewsParser | None = None) -> list[Statement]:
    return check_parser(parser or NewsParser(use_env=False), make_source(text, "news.txt"))


def test_signatory_role_only_where_the_text_says_they_signed() -> None:
    text = (
        "By Jane Roe\n\n"
        "A joint statement signed by the Syrian Civil Defence, the Kesh Malek Network and "
        "the Free Syrian Lawyers Association was published on Monday. "
        "The statement called on the UN Security Council to act against the regime.\n"
    )
    article, reported = _parse(text)
    assert article.author == "Jane Roe"
    assert [m.name for m in reported.signatories] == [
        "Syrian Civil Defence",
        "Kesh Malek Network",
        "Free Syrian Lawyers Association",
    ]
    assert all(m.ordinal is None for m in reported.signatories)
    assert [m.name for m in reported.addressees] == ["UN Security Council"]
    assert reported.claimed_signers is None


def test_no_reported_statement_without_a_statement_in_the_text() -> None:
    text = "Last Update 10:00\n\nThe Arab League met in Cairo.\n\n\u00a9 2018 Example News.\n"
    statements = _parse(text)
    assert len(statements) == 1
    assert [m.name for m in statements[0].publishers] == ["Example News"]
    assert statements[0].date is None


def test_gazetteer_extension_by_argument_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "By Jane Roe, Monday 8 Jan 2018\n\n"
        "The Douma Lawyers Collective and the Foreign Ministry spoke.\n"
    )
    (article,) = _parse(text)
    assert article.date == dt.date(2018, 1, 8)
    assert [m.name for m in article.mentions] == ["Foreign Ministry"]
    extra = tmp_path / "mine.txt"
    extra.write_text("# mine\nDouma Lawyers Collective\n-Foreign Ministry\n", "utf-8")
    (article,) = _parse(text, NewsParser([extra], use_env=False))
    assert [(m.name, m.role) for m in article.mentions] == [
        ("Douma Lawyers Collective", Role.MENTIONED)
    ]
    heads = tmp_path / "heads.txt"
    heads.write_text("@head Collective\n", "utf-8")
    # the plugin's own variable (kept for compatibility) and the core's both extend it
    for variable in (ENV_VAR, CORE_ENV_VAR):
        with monkeypatch.context() as env:
            env.delenv(ENV_VAR, raising=False)
            env.delenv(CORE_ENV_VAR, raising=False)
            env.setenv(variable, str(heads))
            (article,) = _parse(text, NewsParser())
        names = [m.name for m in article.mentions]
        assert names == ["Douma Lawyers Collective", "Foreign Ministry"], variable
    (article,) = _parse(text, NewsParser(use_env=False))
    assert [m.name for m in article.mentions] == ["Foreign Ministry"]


def test_unreadable_gazetteer_file_is_a_plugin_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(PluginError, match="gazetteer"):
        NewsParser([tmp_path / "missing.txt"], use_env=False)
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "gone.txt"))
    with pytest.raises(PluginError, match=r"gone\.txt"):
        NewsParser()


@pytest.mark.parametrize(
    ("content", "location"),
    [
        ('{"a": 1}', "x.json"),
        ("<html><body>x</body></html>", "x.html"),
        (b"%PDF-1.4\x00", "x.pdf"),
    ],
)
def test_json_html_and_binary_are_not_claimed(content: str | bytes, location: str) -> None:
    assert NewsParser(use_env=False).confidence(make_source(content, location)) == 0.0
