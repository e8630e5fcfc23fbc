"""Signature lines studied on the fifty-sixth blind round, each rule on invented names:
a person's name over the office she holds in a state ("Governador do Estado de X"),
acronyms of bodies between dashes on one line, a quoted paragraph cut short, and a
coalition's members after a colon in sentence case."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, read_text

from sochi_er.extraction import ItemKind
from sochi_er.extraction.glued_names import dashed_acronyms
from sochi_er.extraction.items import read_item
from sochi_er.extraction.lines import non_organisation_reason


@pytest.mark.parametrize(
    "office",
    [
        "Governador do Estado de Velmar",
        "Gobernadora de la Provincia de Tarrow",
        "Gouverneur de la province de Quenby",
    ],
)
def test_a_governors_office_is_a_role_not_a_body(office: str) -> None:
    assert read_item(office, in_list=True).kind is ItemKind.NOT_SIGNATORY


def test_governors_signing_under_their_offices_are_persons_not_bodies() -> None:
    text = (
        "Carta aberta em defesa da democracia\n\n"
        + PROSE
        + "\nBras\u00edlia, 18 de abril de 2020.\n"
        "JANE ROE\nGovernador do Estado de Velmar\n"
        "JOHN DOE\nGovernador do Estado de Tarrow\n"
        "MAX POE\nGovernador do Estado de Quenby\n"
    )
    assert read_text(text).organisations == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("EXA \u2013 EXB \u2013 EXC \u2013 EXD", ["EXA", "EXB", "EXC", "EXD"]),
        ("EXA - EXB \u2013 EXC", ["EXA", "EXB", "EXC"]),
        ("EXA - Example Association", []),  # one name and its acronym
        ("EXA \u2013 EXB", []),  # two: a name's parts as often as two bodies
    ],
)
def test_acronyms_between_dashes_on_one_line(line: str, names: list[str]) -> None:
    assert [line[a:b] for a, b in dashed_acronyms(line)] == names


def test_a_signature_line_of_acronyms_under_the_closing_gives_each_body() -> None:
    text = (
        PROSE + "\nAtenciosamente,\nCOMIT\u00ca NACIONAL DE EXEMPLO DAS ENTIDADES\n"
        "EXA \u2013 EXB \u2013 EXC \u2013 EXD\n"
    )
    names = [e.name for e in read_text(text).organisations]
    assert names[-4:] == ["EXA", "EXB", "EXC", "EXD"]


def test_a_quoted_paragraph_cut_short_is_no_name() -> None:
    assert non_organisation_reason("Dans (...)") == "placeholder"
    assert non_organisation_reason("Velmar Aid [\u2026]") == "placeholder"
    assert non_organisation_reason("Velmar Aid (Tarrow)") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir erwarten von der neuen Verordnung, dass sie folgende Bedingungen erf\u00fcllt:",
        "We expect the new regulation to meet the following conditions:",
    ],
)
def test_points_after_what_is_expected_are_no_signers(sentence: str) -> None:
    """A sentence saying what its authors expect, ending with a colon, announces
    demands: the capitalised points after it are no list of signers."""
    text = (
        PROSE + sentence + "\n"
        "- Ausdr\u00fcckliche, starke und informierte Einwilligung f\u00fcr die Verarbeitung\n"
        "- Datenverarbeitung und Datenweitergabe m\u00fcssen transparent gemacht werden.\n"
        "- Wirksame Schadenersatzmechanismen und Strafen f\u00fcr Firmen\n"
        "- Den Schutz aller pers\u00f6nlicher Information\n"
    )
    assert read_text(text).organisations == ()


def test_a_coalitions_members_after_a_colon_in_sentence_case() -> None:
    """ "Koaliciju ... \u010dine: A, B, C \u2013 gloss, D i E.": after the colon the names run to
    the sentence's end, so the first and the last are whole though in sentence case, and a
    name glossed after a dash goes on to the next."""
    text = (
        PROSE + "Koaliciju protiv diskriminacije \u010dine: Centar za unapre\u0111ivanje "
        "velmarskih studija, Tarrow Rights Defenders, Quenby \u2013 organizacija za ljudska "
        "prava, Velmar LGBT, EXA i Regionalni centar za manjine.\n"
    )
    assert [e.name for e in read_text(text).organisations] == [
        "Centar za unapre\u0111ivanje velmarskih studija",
        "Tarrow Rights Defenders",
        "Quenby",  # its gloss after the dash is no part of the name
        "Velmar LGBT",
        "EXA",
        "Regionalni centar za manjine",
    ]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Danielle, retrait\u00e9e", "Danielle"),
        ("Alban et Mathilde, usagers du parc pour enfants", "Alban et Mathilde"),
        ("Elsa, assistante sociale", "Elsa"),
    ],
)
def test_a_given_name_with_a_description_in_lower_case_is_a_person(line: str, person: str) -> None:
    """A supporter signing with her given name and what she is ("Danielle, retrait\u00e9e")
    is a person, not a body named "Danielle, retrait\u00e9e"."""
    reading = read_item(line, in_list=True)
    assert (reading.kind, reading.person) == (ItemKind.PERSON, person)


def test_a_given_name_before_a_body_in_lower_case_stays_a_body() -> None:
    """An organisation word in the part after the comma: not a person's description."""
    assert read_item("Mathilde, association des riverains", in_list=True).kind is (
        ItemKind.ORGANISATION
    )
