"""Statements in the Nordic languages and letters no accent removal makes plain
(invented names): an op-ed's byline "..., skriver f\u00f6retr\u00e4dare f\u00f6r A, B och C", a
sentence whose subject is its signers, and words spelt with \u00e6 \u00f8 \u00f0 \u0142 matched
as their languages also spell them."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text

from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.items import read_item
from sochi_er.extraction.lexicons import default_signer_words, fold


def _names(text: str) -> list[str]:
    return [e.text for e in read_text(PROSE + text).entries]


def test_an_op_ed_byline_names_its_bodies() -> None:
    text = (
        "Det \u00e4r dags att agera nu f\u00f6r naturen och klimatet, skriver "
        "f\u00f6retr\u00e4dare f\u00f6r EXA, Velmarf\u00f6reningen, Tarrow Sverige, "
        "Quenby skogen och Exempelgruppen Sverige.\n"
    )
    assert _names(text) == [
        "EXA",
        "Velmarf\u00f6reningen",
        "Tarrow Sverige",
        "Quenby skogen",
        "Exempelgruppen Sverige",
    ]


def test_a_norwegian_byline_with_representatives() -> None:
    text = (
        "Regjeringen m\u00e5 lytte til fagfolkene, skriver representanter for EXA, Velmar "
        "forbund, Tarrow Norge og Quenby lag.\n"
    )
    assert _names(text) == ["EXA", "Velmar forbund", "Tarrow Norge", "Quenby lag"]


def test_an_icelandic_sentence_whose_subject_is_its_signers() -> None:
    text = (
        "EXA, EXB, EXC, \u00c9XD og EXE skrifu\u00f0u \u00ed dag undir sameiginlega "
        "yfirl\u00fdsingu \u00fear sem \u00feess er krafist a\u00f0 hagur \u00f6ryrkja ver\u00f0i "
        "b\u00e6ttur.\n"
    )
    assert _names(text) == ["EXA", "EXB", "EXC", "\u00c9XD", "EXE"]


def test_letters_with_no_accent_are_spelt_plain() -> None:
    assert fold("Erkl\u00e6ring") == fold("erklaering") == "erklaering"
    assert fold("\u00e5pent brev") == "apent brev"
    assert fold("podpisa\u0142y") == "podpisaly"
    assert fold("skrifu\u00f0u") == "skrifudu"
    words = default_signer_words()
    assert words.has("statement", "erkl\u00e6ring")
    assert words.has("statement", "podpisa\u0142y")  # written plain in the word list


def test_a_short_given_name_spelt_plain_is_no_given_name_in_capitals() -> None:
    # a Danish given name spelt plain is an acronym here: the body is no person
    assert read_item("SOS VELMAR", in_list=True).kind is ItemKind.ORGANISATION
    assert default_signer_words().is_given_name("S\u00f8s")  # spelt with its own letter
    assert not default_signer_words().is_given_name("R\u00f8d")  # not the name "Rod"


def test_affiliated_organisations_under_a_nordic_heading() -> None:
    """ "## Tilsluttede organisasjoner" (affiliated organisations) over a paragraph of
    names: a Norwegian list cue, like its Danish and Swedish forms (invented names)."""
    text = (
        "# Markering for Velmar\n\n"
        "I Oslo har Velmarutvalget og Tarrowkomiteen gått sammen om en markering.\n\n"
        "## Tilsluttede organisasjoner\n\n"
        "Velmar Folkehjelp, Oslo Tarrow, Quenby Energi, Orsino Forbundet og Exa Fagforening.\n"
    )
    names = [e.name for e in read_text(text).organisations]
    first = ["Velmar Folkehjelp", "Oslo Tarrow", "Quenby Energi", "Orsino Forbundet"]
    assert names == [*first, "Exa Fagforening"]


def test_a_finnish_demonstration_and_its_organisers() -> None:
    """ "Mielenosoituksen järjestävät A, B ja C" (the demonstration is organised by A, B
    and C): the verb is a list phrase (invented names)."""
    text = (
        PROSE + "Mielenosoituksen järjestävät Velmar Suomi, Tarrowliitto, Quenby International "
        "Suomi ja Suomen orsinoliitto.\n"
    )
    names = [e.name for e in read_text(text).organisations]
    first = ["Velmar Suomi", "Tarrowliitto", "Quenby International Suomi"]
    assert names == [*first, "Suomen orsinoliitto"]


def test_an_office_before_a_compound_union_name() -> None:
    # the body is one word ending with the union noun: a name of its own, where the
    # noun alone ("F\u00f6rbundet") is no name and the line stays as written
    reading = read_item("Jane Roe, f\u00f6rbundsordf\u00f6rande Exempelf\u00f6rbundet")
    assert reading.kind is ItemKind.ORGANISATION
    assert (
        "Jane Roe, f\u00f6rbundsordf\u00f6rande Exempelf\u00f6rbundet"[reading.start : reading.end]
        == "Exempelf\u00f6rbundet"
    )
    assert reading.person == "Jane Roe"
    assert reading.person_role == "f\u00f6rbundsordf\u00f6rande"
    words = default_signer_words()
    assert words.is_compound("org", "Exempelf\u00f6rbundet")
    assert not words.is_compound("org", "F\u00f6rbundet")
    assert not words.is_compound("org", "Union")


def test_a_danish_note_counts_its_bodies() -> None:
    text = (
        "Det haster, hedder det i det f\u00e6lles notat fra organisationerne, der blandt "
        "andet t\u00e6ller Velmar Naturfredningsforening, EXA Verdensfonden, R\u00e5det for "
        "Gr\u00f8n Eksempel, Tarrow og Quenby Energi.\n"
    )
    assert _names(text) == [
        "Velmar Naturfredningsforening",
        "EXA Verdensfonden",
        "R\u00e5det for Gr\u00f8n Eksempel",
        "Tarrow",
        "Quenby Energi",
    ]


def test_a_finnish_sentence_opened_by_a_sentence_case_name() -> None:
    text = (
        "Velmarin luonnonsuojeluliitto, Esimerkki-Liitto, EXA Suomi, Tarrow ja Quenby "
        "Milj\u00f6 luovuttavat mets\u00e4vetoomuksen syyskuun alussa valtioneuvostolle.\n"
    )
    assert _names(text) == [
        "Velmarin luonnonsuojeluliitto",
        "Esimerkki-Liitto",
        "EXA Suomi",
        "Tarrow",
        "Quenby Milj\u00f6",
    ]


def test_latvian_organisations_named_in_quotation_marks() -> None:
    text = (
        "Vides nevalstisk\u0101s organiz\u0101cijas \u2013 \u201eVelmar kust\u012bba\u201d, "
        "\u201eTarrow draugi\u201d, \u201eQuenby klubs\u201d, \u201eEXA br\u012bv\u012bba\u201d "
        "nos\u016bt\u012bja v\u0113stuli premjerministram.\n"
    )
    assert _names(text) == [
        "Velmar kust\u012bba",
        "Tarrow draugi",
        "Quenby klubs",
        "EXA br\u012bv\u012bba",
    ]
