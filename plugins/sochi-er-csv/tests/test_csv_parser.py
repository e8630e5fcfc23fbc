"""Tests for the worked example plugin, written with the plugin author's test kit."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from sochi_er_csv import CsvListParser

from sochi_er import ParseError
from sochi_er.strategies import mutated_text
from sochi_er.testing import check_parser, check_robust, fuzz_parser, make_source, registry_with

LISTS = (
    "statement,name,date\n"
    "Open letter on Sochi,Help4Syria,31 January 2018\n"
    'Open letter on Sochi,"Zenobia, Syrian Women\'s Association",\n'
    "Open letter on Sochi,,\n"
    "Boycott call,Scotland for Syria,2018-01-03\n"
)


def test_rows_group_into_statements_with_ordinals_and_gaps() -> None:
    statements = check_parser(CsvListParser(), make_source(LISTS, "lists.csv"))
    assert [s.title for s in statements] == ["Open letter on Sochi", "Boycott call"]
    letter, boycott = statements
    assert [(m.ordinal, m.name) for m in letter.signatories] == [
        (1, "Help4Syria"),
        (2, "Zenobia, Syrian Women's Association"),
    ]
    assert [(s.ordinal, s.reason) for s in letter.skipped] == [(3, "empty name on CSV line 4")]
    assert letter.date == dt.date(2018, 1, 31)
    assert boycott.date == dt.date(2018, 1, 3)


def test_selected_for_csv_files_only() -> None:
    registry = registry_with(CsvListParser())
    assert registry.select(make_source(LISTS, "lists.csv")).name == "csv"
    assert CsvListParser().confidence(make_source("title\nHelp4Syria\n", "x.csv")) == 0.0


def test_no_name_column_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="no 'name' column"):
        list(CsvListParser().parse(make_source("org,date\nX,2018\n", "bad.csv")))


def test_mutated_input_gives_statements_or_parse_error() -> None:
    assert fuzz_parser(CsvListParser(), [LISTS], rounds=150) == 150


@settings(max_examples=50, deadline=None)
@given(mutated_text([LISTS]))
def test_any_edit_of_a_real_document(text: str) -> None:
    check_robust(CsvListParser(), make_source(text, "lists.csv"))
