"""A list set in two columns and read line by line: each line holds two names that
share their organisation word ("VELMAR BAROSU TARROW BAROSU", Turkish bar associations
signing a regional statement; studied on blind round 146, rule on invented names)."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, read_text

from sochi_er.extraction.glued_names import repeated_heads


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("VELMAR BAROSU TARROW BAROSU", ["VELMAR BAROSU", "TARROW BAROSU"]),
        (
            "Velmar Union Tarrow Union Quenby Union",
            ["Velmar Union", "Tarrow Union", "Quenby Union"],
        ),
        ("Verein Velmar Verein Tarrow Nord", ["Verein Velmar", "Verein Tarrow Nord"]),
        ("ORSL BAROSU VAN BAROSU", ["ORSL BAROSU", "VAN BAROSU"]),
    ],
)
def test_names_sharing_their_organisation_word_side_by_side(line: str, names: list[str]) -> None:
    assert [line[a:b] for a, b in repeated_heads(line)] == names


@pytest.mark.parametrize(
    "line",
    [
        "Velmar Union of the Tarrow Union",  # one name: "of the" joins its parts
        "Union of Velmar Union",  # too few words to be two names
        "Velmar Students Union",  # the organisation word once
        "Velmar Union, Tarrow Union",  # a comma: the list's own separator reads it
    ],
)
def test_one_name_or_another_separator_is_not_cut(line: str) -> None:
    assert repeated_heads(line) == []


def test_a_two_column_list_gives_every_name() -> None:
    text = (
        PROSE
        + "\nBölge Baroları olarak açıklamaya aynen iştirak ettiğimizi belirtiriz.\n"
        + "VELMAR BAROSU TARROW BAROSU\nQUENBY BAROSU ORSL BAROSU\nNORBY BAROSU\n"
    )
    names = [e.name for e in read_text(text).organisations]
    assert names == [
        "VELMAR BAROSU",
        "TARROW BAROSU",
        "QUENBY BAROSU",
        "ORSL BAROSU",
        "NORBY BAROSU",
    ]
