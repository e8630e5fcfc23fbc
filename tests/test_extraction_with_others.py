"""A news report's names given with a count of the others who signed beside them
("Velmar Aid and 58 other organisations have signed a joint letter"), and the bodies
a report says are among the signatories ("Tra i firmatari anche i vertici di A, B"),
each rule on invented names, in several languages."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, read_text

from sochi_er.extraction.with_others import find_names_with_others


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "To mark Human Rights Day, Velmar Rights Now and 58 other organisations have "
            "signed a joint letter to the First Minister.",
            ["Velmar Rights Now"],
        ),
        (
            "Exactly two months after the scheme began operating, Tarrowfam and more than "
            "100 organisations are sounding the alarm.",
            ["Tarrowfam"],
        ),
        (
            "La Federaci\u00f3n Quenby de Derechos Humanos y 98 organizaciones e instituciones "
            "condenaron los ataques.",
            ["Federaci\u00f3n Quenby de Derechos Humanos"],
        ),
        (
            "Velmar Aid, the Tarrow Trust and dozens of other groups wrote to the minister.",
            ["Velmar Aid", "Tarrow Trust"],
        ),
        ("EXA, together with 45 other charities, sent a letter today.", ["EXA"]),
        (
            "Quenby Umwelt und 40 weitere Organisationen fordern ein Ende der Praxis.",
            ["Quenby Umwelt"],
        ),
    ],
)
def test_names_before_a_count_of_other_organisations_signed(
    sentence: str, names: list[str]
) -> None:
    """The names right before the count phrase are read, not the clause before them."""
    found = find_names_with_others(sentence)
    assert [sentence[n.start : n.end] for n in found] == names


@pytest.mark.parametrize(
    "sentence",
    [
        # a count of persons, not of organisations
        "Jane Roe and 40 other activists wrote to the minister.",
        "Velmar Aid and 40 other signatories wrote to the minister.",
        # "with" describes a body's members, not who signed beside it
        "The Velmar Network, with 251 member organisations in 89 countries, has worked for years.",
        # a clause before the count, not a name
        "Co-sign\u00e9e par 220 citoyens et 9 organisations, la tribune appelle au d\u00e9bat.",
        # a place is no signer
        "Berlin and 12 other organisations met in the town hall today.",
        # no noun for organisations after the number
        "Velmar Aid and 58 other people met today.",
        # nothing goes on after the noun: a heading's count, no sentence
        "Velmar Aid and 58 other organisations",
    ],
)
def test_no_names_without_a_count_of_organisations_beside_them(sentence: str) -> None:
    assert find_names_with_others(sentence) == []


def test_a_report_with_no_list_is_signed_by_the_names_beside_the_count() -> None:
    """A report that names one signer and counts the rest yields that signer alone."""
    text = (
        "Joint letter to the First Minister\n\n"
        "To mark Human Rights Day, Velmar Rights Now and 58 other organisations have "
        "signed a joint letter to the First Minister.\n\n" + PROSE
    )
    result = read_text(text)
    assert [e.name for e in result.organisations] == ["Velmar Rights Now"]
    assert result.how == "inline"


def test_among_the_signatories_also_the_leaders_of_the_bodies_that_follow() -> None:
    """ "Tra i firmatari anche i vertici di A, B, ...": the bodies, not their leaders; a
    piece naming persons by kind with examples of where they work ("docenti ... come
    l'universit\u00e0 X") ends the list, its examples are no signers."""
    text = (
        PROSE + "Tra i firmatari anche i vertici di Fondazione per lo sviluppo velmarino, "
        "Tarrowpeace, Legavelmar, Quenby club, Acli Velmar, Arci Tarrow, Exa, Exb, "
        "docenti e ricercatori di diversi atenei come l'universit\u00e0 di Quenby, il "
        "Politecnico di Velmar.\n"
    )
    result = read_text(text)
    assert [e.name for e in result.organisations] == [
        "Fondazione per lo sviluppo velmarino",
        "Tarrowpeace",
        "Legavelmar",
        "Quenby club",
        "Acli Velmar",
        "Arci Tarrow",
        "Exa",
        "Exb",
    ]


def test_examples_among_the_organisations_that_joined_and_a_closing_or() -> None:
    """ "800 organizaciones y colectivos, entre los que destacan algunos como A, B ... o
    el C": the examples are signers, and the Spanish "o" before an article closes the
    list ("Castilla y Le\u00f3n" inside the last name stays whole)."""
    text = (
        PROSE + "A la carta se han sumado m\u00e1s de 800 organizaciones y colectivos, entre "
        "los que destacan algunos como Velmarpeace, Ecologistas de Tarrow, Amigos de Quenby, "
        "la Fundaci\u00f3n Velmar o el Colegio Profesional de Tarrow en Castilla y Le\u00f3n.\n"
    )
    assert [e.name for e in read_text(text).organisations] == [
        "Velmarpeace",
        "Ecologistas de Tarrow",
        "Amigos de Quenby",
        "Fundaci\u00f3n Velmar",
        "Colegio Profesional de Tarrow en Castilla y Le\u00f3n",
    ]


def test_regions_among_which_some_stand_out_are_no_list() -> None:
    """ "las comunidades aut\u00f3nomas, entre las que destacan la Comunidad Valenciana y
    Catalu\u00f1a": regions, not a collective noun of signers, before the examples."""
    text = (
        PROSE + "La iniciativa la protagonizan las comunidades, entre las que destacan la "
        "Comunidad Valenciana y Catalu\u00f1a, que han propuesto medidas.\n"
    )
    assert read_text(text).organisations == ()


def test_a_clause_about_a_statement_after_the_examples_is_no_name() -> None:
    """ "These organisations, including A and B, issued a statement": the clause after
    the last comma is the sentence's verb, so "A and B" are two names."""
    text = (
        PROSE + "These organisations, including Velmar Rights Watch and Tarrow "
        "International, issued a statement on Thursday.\n"
    )
    assert [e.name for e in read_text(text).organisations] == [
        "Velmar Rights Watch",
        "Tarrow International",
    ]
