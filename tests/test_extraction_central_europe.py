"""Signers' lines studied on the fifty-fourth blind round (Czech, Slovak, Polish,
Hungarian, Romanian), each rule on invented names: the "signed" cue words of these
languages, a person's body written mostly in lower case after her name, and two roles
joined by the Slavic "a" (and)."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, read_text

from sochi_er.extraction import ItemKind
from sochi_er.extraction.items import read_item


@pytest.mark.parametrize(
    "cue",
    [
        "## Podp\u00edsan\u00ed \u010dlenovia Komory Velmar",  # Slovak heading
        "Podepsan\u00e9 organizace a osobnosti:",  # Czech
        "Semneaz\u0103:",  # Romanian
        "Al\u00e1\u00edr\u00f3k list\u00e1ja:",  # Hungarian
    ],
)
def test_signed_cues_of_central_european_languages_open_the_list(cue: str) -> None:
    text = (
        PROSE + cue + "\n"
        "- Jana Nov\u00e1kov\u00e1, Asoci\u00e1cia Velmar\n"
        "- Petr Svoboda, Platforma Tarrow\n"
        "- Eva Hor\u00e1kov\u00e1, F\u00f3rum Quenby\n"
    )
    result = read_text(text)
    assert result.how == "cue"
    assert [e.name for e in result.organisations] == [
        "Asoci\u00e1cia Velmar",
        "Platforma Tarrow",
        "F\u00f3rum Quenby",
    ]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "Jana Nov\u00e1kov\u00e1, "
            "Platforma dobrovo\u013en\u00edckych centier a organiz\u00e1ci\u00ed",
            "Platforma dobrovo\u013en\u00edckych centier a organiz\u00e1ci\u00ed",
        ),
        (
            "Petr Svoboda, Slovensk\u00e1 koal\u00edcia pre kult\u00farnu diverzitu",
            "Slovensk\u00e1 koal\u00edcia pre kult\u00farnu diverzitu",
        ),
        (
            "Jane Roe, Organizaci\u00f3n de comunidades ind\u00edgenas",
            "Organizaci\u00f3n de comunidades ind\u00edgenas",
        ),
    ],
)
def test_a_body_in_lower_case_after_a_person_is_whom_she_signs_for(line: str, body: str) -> None:
    """A part that opens with a capital and an organisation word names her body, however
    many of its other words are in lower case."""
    reading = read_item(line, in_list=True)
    assert reading.kind is ItemKind.ORGANISATION
    assert line[reading.start : reading.end] == body


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, Ancien organisateur de courses au large",
        "Jane Roe, Facilitador y catalizador de organizaciones",
        "Jane Roe, Director of the human rights organization",
    ],
)
def test_a_person_described_in_lower_case_signs_for_no_body(line: str) -> None:
    """A former office or a role, even with an organisation word in it, describes her."""
    assert read_item(line, in_list=True).kind is ItemKind.PERSON


def test_two_roles_joined_by_the_slavic_and_give_the_body_of_the_second() -> None:
    """ "ekonom a spoluzakladatel X" (economist and co-founder of X): the body is X."""
    reading = read_item(
        "Luk\u00e1\u0161 Dvo\u0159\u00e1k, ekonom a spoluzakladatel Velmar Labs", in_list=True
    )
    assert reading.kind is ItemKind.ORGANISATION
    assert reading.person == "Luk\u00e1\u0161 Dvo\u0159\u00e1k"
    assert (
        "Luk\u00e1\u0161 Dvo\u0159\u00e1k, ekonom a spoluzakladatel Velmar Labs"[
            reading.start : reading.end
        ]
        == "Velmar Labs"
    )
