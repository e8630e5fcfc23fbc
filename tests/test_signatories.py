"""The shared signatory detector on plain-text blocks: cues, runs, gaps, odd lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import PROSE
from extraction_helpers import read_text as _read

from sochi_er.extraction import (
    BlockKind,
    CueKind,
    DocumentWriter,
    ItemKind,
    SignatoryList,
    block_cue,
    find_signatories,
)
from sochi_er.extraction.block_shapes import bracket_closed_by
from sochi_er.extraction.signatory_list import is_signer


def _names(result: SignatoryList) -> list[tuple[int | None, str]]:
    return [(e.ordinal, e.name) for e in result.organisations]


def _skipped(result: SignatoryList) -> list[tuple[str, str | None, int | None]]:
    return [
        (e.name, e.reading.reason, e.ordinal)
        for e in result.entries
        if e.reading.kind is ItemKind.NOT_SIGNATORY
    ]


def _check_offsets(text: str, result: SignatoryList) -> None:
    for entry in result.entries:
        assert text[entry.start : entry.start + len(entry.name)] == entry.name


def test_gaps_and_document_numbers_are_kept() -> None:
    text = (
        "Joint statement\n\nWe the undersigned reject the conference.\n\n"
        "1. Baytna Syria\n\n2. Kesh Malek\n\n\n4. Local Council of Namar\n"
        "5.\n6. Local Council of Namir\n"
    )
    result = _read(text)
    assert _names(result) == [
        (1, "Baytna Syria"),
        (2, "Kesh Malek"),
        (4, "Local Council of Namar"),
        (6, "Local Council of Namir"),
    ]
    assert [ordinal for ordinal, _ in result.missing] == [3]
    assert _skipped(result) == [("", "empty list item", 5)]
    _check_offsets(text, result)


def test_mixed_markers_page_breaks_repeated_header_and_trailing_contacts() -> None:
    text = (
        "ACME NETWORK\n\nLetter body that is long enough to be prose, as letters are.\n\n"
        "Sincerely,\n\n1. Alpha Org\n2. Beta Org\n\n\n\n- 3.Gamma Org\n- 4.Delta Org\n"
        "Page 2 of 3\nACME NETWORK\n\n5. Epsilon Org\n- 6.Warmest regards\n- 7.Zeta Org\n"
        "\n\n\n@acme\n\ninfo@acme.org\nwww.acme.org\n"
    )
    result = _read(text)
    assert _names(result) == [
        (1, "Alpha Org"),
        (2, "Beta Org"),
        (3, "Gamma Org"),
        (4, "Delta Org"),
        (5, "Epsilon Org"),
        (7, "Zeta Org"),
    ]
    assert result.missing == ()
    assert _skipped(result) == [
        ("Page 2 of 3", "page furniture", None),
        ("ACME NETWORK", "repeated header", None),
        ("Warmest regards", "closing formula", 6),
        ("@acme", "contact line", None),
        ("info@acme.org", "contact line", None),
        ("www.acme.org", "contact line", None),
    ]
    _check_offsets(text, result)


def test_signatories_win_over_a_numbered_list_of_demands() -> None:
    text = (
        "We demand:\n1. An end to the sieges of all besieged areas.\n"
        "2. The release of all detainees held by the regime.\n"
        "3. Accountability for crimes committed by every party.\n\n"
        "Signed by:\n1. Baytna Syria\n2. Kesh Malek\n3. Zaad\n4. The Day After\n"
    )
    result = _read(text)
    assert _names(result) == [
        (1, "Baytna Syria"),
        (2, "Kesh Malek"),
        (3, "Zaad"),
        (4, "The Day After"),
    ]


def test_bullets_are_numbered_in_order_and_an_odd_line_does_not_end_the_list() -> None:
    text = "Endorsed by\n\n• Baytna Syria\n• Warmest regards\n\n• Kesh Malek\n"
    result = _read(text)
    assert _names(result) == [(1, "Baytna Syria"), (3, "Kesh Malek")]
    assert _skipped(result) == [("Warmest regards", "closing formula", 2)]


def test_one_name_a_line_after_a_cue() -> None:
    text = (
        "We call on the Secretary-General to act now and abide by the conditions he set.\n\n"
        "Signatories:\nBaytna Syria\nKesh Malek\n\nOffice for the Documentation of Violations "
        "in the Southern Region\nKind regards\nwww.example.org\n"
    )
    result = _read(text)
    assert _names(result) == [
        (1, "Baytna Syria"),
        (2, "Kesh Malek"),
        (3, "Office for the Documentation of Violations in the Southern Region"),
    ]
    assert [reason for _, reason, _ in _skipped(result)] == ["closing formula", "contact line"]
    _check_offsets(text, result)


def test_nothing_in_prose_and_nothing_after_a_cue_followed_by_prose() -> None:
    text = "Russia has announced a conference.\n\nThe signatories recognise the need for talks.\n"
    assert not _read(text).found
    cue_then_prose = (
        "Signatories:\n\nThe full list of the organisations that signed this letter is kept "
        "on our website and is updated every week as new groups join the call.\n"
    )
    assert not _read(cue_then_prose).found


def test_cues_in_other_languages_and_markup() -> None:
    for cue in ("**Signed by:**", "_Sincerely,_", "firmata da:", "Liste des signataires",
                "Firmantes:", "Unterzeichnende:", "الموقعون:",
                "This letter is endorsed by the following organisations:"):  # fmt: skip
        text = (
            f"A paragraph of the letter, long enough to be read as prose by any reader.\n\n"
            f"{cue}\nAlpha Cooperative\nBeta Network\nGamma Foundation\n"
        )
        assert [n for _, n in _names(_read(text))] == [
            "Alpha Cooperative",
            "Beta Network",
            "Gamma Foundation",
        ], cue


def test_cue_free_run_of_names_at_the_end() -> None:
    text = (
        "We, the undersigned organisations, call on the government to release every "
        "detained journalist and to end the prosecution of reporters.\n\n"
        "Alpha Press Freedom Network\nBeta Journalists Union\nGamma Media Foundation\n"
        "Associação dos Trabalhadores do Campo\nDelta Reporters Collective\n"
    )
    result = _read(text)
    assert result.how == "cue-free"
    assert len(result.organisations) == 5


def test_odd_lines_inside_a_list_are_kept_or_reported_never_the_end() -> None:
    text = (
        "Signed by:\n\n1. Alpha Association\n2. Acme \u2013 for open data\n3. 10.10.10\n"
        "4. Associação dos Trabalhadores do Campo\n5. Beta Network\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Alpha Association",
        "Acme \u2013 for open data",
        "10.10.10",
        "Associação dos Trabalhadores do Campo",
        "Beta Network",
    ]


def test_persons_and_sections() -> None:
    text = (
        "Signatories\n\nOrganisations\nAlpha Foundation\nBeta Network, Colombia\n"
        "Jane Roe, Director, Gamma Institute\n\nIndividuals\nJohn Doe\nMaria Rossi, lawyer\n"
    )
    result = _read(text)
    orgs = result.organisations
    assert [(e.name, e.reading.country, e.reading.person) for e in orgs] == [
        ("Alpha Foundation", None, None),
        ("Beta Network", "Colombia", None),
        ("Gamma Institute", None, "Jane Roe"),
    ]
    assert [e.name for e in result.persons] == ["John Doe", "Maria Rossi"]
    assert [e.ordinal for e in result.entries if e.ordinal is not None] == [1, 2, 3, 4, 5]
    sections = [e.name for e in result.entries if e.reading.kind is ItemKind.SECTION]
    assert sections == ["Organisations", "Individuals"]


def test_list_numbers_above_9999_are_kept() -> None:
    text = "Signed by:\n" + "".join(f"{n}. Org Number {n} Association\n" for n in range(1, 12_001))
    result = _read(text)
    assert len(result.organisations) == 12_000
    assert result.organisations[-1].ordinal == 12_000


def test_lone_cr_line_endings_read_like_lf(corpus: dict[str, Path]) -> None:
    medium = corpus["000"].read_text(encoding="utf-8")
    assert len(_read(medium.replace("\n", "\r")).organisations) == 132
    assert len(_read(medium.replace("\n", "\r\n")).organisations) == 132


def test_the_corpus_lists(corpus: dict[str, Path]) -> None:
    medium = corpus["000"].read_text(encoding="utf-8")
    result = _read(medium)
    assert len(result.organisations) == 132
    assert [e.ordinal for e in result.organisations] == [n for n in range(1, 134) if n != 22]
    assert [ordinal for ordinal, _ in result.missing] == [22]
    names = {e.ordinal: e.name for e in result.organisations}
    assert names[74] == "Local Council of Namar"
    assert names[75] == "Local Council of Namir"
    _check_offsets(medium, result)

    letter = corpus["002"].read_text(encoding="utf-8")
    result = _read(letter)
    assert len(result.organisations) == 149
    assert [e.ordinal for e in result.organisations] == [n for n in range(1, 151) if n != 144]
    assert _skipped(result) == [
        ("Warmest regards", "closing formula", 144),
        ("@snhr", "contact line", None),
        ("Info@sn4hr.org", "contact line", None),
        ("www.sn4hr.org", "contact line", None),
    ]
    _check_offsets(letter, result)


def test_inline_lists_are_a_fallback_with_evidence() -> None:
    text = (
        "A paragraph about the law that is long enough to be prose for anyone reading it.\n\n"
        "The letter was signed by Example Foundation, the Example Network, Beispielverein "
        "e.V. and Example Watch. It was sent on Monday.\n"
    )
    result = _read(text)
    assert result.how == "inline"
    assert _names(result) == [
        (1, "Example Foundation"),
        (2, "Example Network"),
        (3, "Beispielverein e.V."),
        (4, "Example Watch"),
    ]
    _check_offsets(text, result)
    italian = "La lettera è stata firmata da Associazione Esempio, Rete Prova e Fondazione Test.\n"
    assert [n for _, n in _names(_read(italian))] == [
        "Associazione Esempio",
        "Rete Prova",
        "Fondazione Test",
    ]
    # no organisation evidence: no list
    assert not _read("The report was signed by the minister and his deputy.\n").found


def test_a_country_code_column_run_into_the_names_is_the_country() -> None:
    rows = ["Alpha Network CY", "Beta Foundation DE", "Gamma Collective IT", "Delta Union FR"]
    text = "Signatories\n" + "\n".join(rows) + "\n"
    result = _read(text)
    assert [(e.name, e.reading.country) for e in result.organisations] == [
        ("Alpha Network", "CY"),
        ("Beta Foundation", "DE"),
        ("Gamma Collective", "IT"),
        ("Delta Union", "FR"),
    ]
    # one name ending in a code among many without: part of the name
    text = "Signatories\nHelp Example UK\nBeta Foundation\nGamma Collective\nDelta Union\n"
    assert _names(_read(text))[0] == (1, "Help Example UK")


def test_sub_headings_and_end_headings() -> None:
    text = (
        "Signed by:\n\nAlpha Foundation\nBeta Network\n\nElected & Community Leaders\n"
        "Zorbek Quillon\nMarta Quell\n\nEndnotes\n[1] Jane Roe, Example Journal 12 (2020).\n"
        "Gamma Institute\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == ["Alpha Foundation", "Beta Network"]
    assert [e.name for e in result.persons] == ["Zorbek Quillon", "Marta Quell"]
    # the list ends at "Endnotes"; what follows is reported line by line, not read
    assert [e.name for e in result.entries][-3:] == [
        "Endnotes",
        "[1] Jane Roe, Example Journal 12 (2020).",
        "Gamma Institute",
    ]
    long_tail = text + "".join(f"Further note line {n} of the page.\n" for n in range(20))
    assert any(n.startswith("list ends at: Endnotes") for n in _read(long_tail).notes)


def test_reading_is_linear_on_runs_of_footnote_marks() -> None:
    from sochi_er.extraction import read_item

    reading = read_item("*" * 500 + "Example Org" + "*" * 40 + "." * 40)
    assert reading.kind is ItemKind.ORGANISATION
    # a line longer than any name is reported, not read
    assert read_item("Jane" + " " * 100_000 + "Roe").reason == "too long for a name"


def test_a_number_before_the_first_name_and_in_the_tail_is_reported() -> None:
    text = "Signed by:\n\n1.\n2. Example Foundation\n3. Example Network\n6. Warmest regards\n"
    result = _read(text)
    assert _names(result) == [(2, "Example Foundation"), (3, "Example Network")]
    assert _skipped(result) == [
        ("", "empty list item", 1),
        ("Warmest regards", "closing formula", 6),
    ]
    assert [ordinal for ordinal, _ in result.missing] == [4, 5]


def test_a_name_listed_twice_is_read_twice() -> None:
    text = "Signed by:\nExample Foundation\nExample Network\nExample Foundation\nGamma Union\n"
    assert [n for _, n in _names(_read(text))].count("Example Foundation") == 2


def test_a_table_is_read_by_the_columns_its_header_names() -> None:
    """The header says which cell is the name, the country and the kind of signer: the
    kind cell overrides how the name looks (a product with a given name is an
    organisation; a pseudonym of a person is a person), and a place cell is the place."""
    text = (
        "We, the undersigned, ask the Commission to keep funding free software.\n\n"
        "| Nom / Name | Statut / Organization type | Pays / Country | Lien / Link |\n"
        "|---|---|---|---|\n"
        "| Exampleware Collective | Association | Belgique | https://example.org/a |\n"
        "| Molly Example | FOSS Project | Global | https://example.org/b |\n"
        "| Jane Roe | Free software user and contributor | Denmark | https://example.org/c |\n"
        "| Quuxhacker | Free software developer | The Netherlands | |\n"
        "| Example Blog | Free software user | Italy | https://example.org/d |\n"
        "| Astro Example CAE | Cooperative of Freelancers | France | |\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.country, e.reading.place) for e in result.organisations] == [
        ("Exampleware Collective", "Belgique", None),
        ("Molly Example", None, "Global"),
        ("Example Blog", "Italy", None),
        ("Astro Example CAE", "France", None),
    ]
    assert [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON] == [
        "Jane Roe",
        "Quuxhacker",
    ]
    assert result.entries[0].reading.reason == "table header"
    _check_offsets(text, result)


def test_an_enumeration_under_a_cue_is_read_name_by_name() -> None:
    text = (
        "Appello per i diritti dei migranti, firmato da associazioni e persone.\n\n"
        "Primi aderenti:\n\n"
        "Mario Rossi (giornalista), Giulia Bianchi (Rete Esempio), Paolo Verdi (scrittore).\n\n"
        "Organizzazioni:\n\n"
        "Associazione Esempio, Example Network Italia, Cooperativa Sociale Esempio ONLUS, "
        "Comitato Esempio e Rete Esempio.\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Rete Esempio", "Giulia Bianchi"),
        ("Associazione Esempio", None),
        ("Example Network Italia", None),
        ("Cooperativa Sociale Esempio ONLUS", None),
        ("Comitato Esempio", None),
        ("Rete Esempio", None),
    ]
    persons = [(e.reading.person, e.reading.person_role) for e in result.entries
               if e.reading.kind is ItemKind.PERSON]  # fmt: skip
    assert persons == [("Mario Rossi", "giornalista"), ("Paolo Verdi", "scrittore")]
    _check_offsets(text, result)


def test_a_comma_inside_parentheses_does_not_cut_an_enumeration() -> None:
    text = (
        "Appello per i diritti dei migranti.\n\n"
        "Primi aderenti:\n\n"
        "Mario Rossi (giornalista), Giulia Bianchi (Rete Esempio, Springfield), "
        "Anna Neri (EXA), Paolo Verdi (scrittore), Luca Gialli (storico, Università di "
        "Esempio).\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Rete Esempio", "Giulia Bianchi"),
        ("EXA", "Anna Neri"),
        ("Università di Esempio", "Luca Gialli"),
    ]
    persons = [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON]
    assert persons == ["Mario Rossi", "Paolo Verdi"]
    _check_offsets(text, result)


def test_a_sentence_under_a_cue_is_not_an_enumeration() -> None:
    text = (
        "Signed by:\n\n"
        "The organisations listed on our website, which we thank for their support, "
        "and many others who asked not to be named.\n"
    )
    assert _read(text).organisations == ()


def test_person_then_organisation_lines_teach_the_reader_unknown_names() -> None:
    """Three lines start with known given names; the fourth person's name is unknown, yet
    it is read like the others ("Name, Organisation"), not as an organisation with a
    place."""
    text = (
        "Signatories\n\n"
        "- Jane Roe, Example Foundation\n- John Doe, Example Institute\n"
        "- Maria Rossi, Example University\n- Qwyx Zarbela, Examplar\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person, e.reading.place) for e in result.organisations][-1] == (
        "Examplar",
        "Qwyx Zarbela",
        None,
    )


def test_a_slash_separated_enumeration_after_an_order_note() -> None:
    text = (
        "Comunicato congiunto contro la discriminazione, firmato dalle associazioni.\n\n"
        "(I nomi sono in ordine alfabetico)\n\n"
        "Associazione Esempio \u2013 Italia / Example Students Union /Rete Esempio di Milano / "
        "Unione Studenti Esempio\n\n"
        "\u4eb2\u7231\u7684\u670b\u53cb\u4eec\uff0c\u6211\u4eec\u547c\u5401\u5927\u5bb6"
        "\u4fdd\u6301\u51b7\u9759\u3002\n"
    )
    result = _read(text)
    assert next((e.name, e.reading.country) for e in result.organisations) == (
        "Associazione Esempio",
        "Italia",
    )
    assert [e.name for e in result.organisations] == [
        "Associazione Esempio",
        "Example Students Union",
        "Rete Esempio di Milano",
        "Unione Studenti Esempio",
    ]
    _check_offsets(text, result)


@pytest.mark.parametrize(
    ("ending", "reason"),
    [
        ("3. Al-Fu", "cut off at the end of the document"),
        ("3. Al-Fu\n", "cut off at the end of the document"),
        ("3. Example Ne", "cut off at the end of the document"),
        # a page cut and saved with a line break: "World Wide W", "European Mo"
        ("3. Example Ne\n", "cut off at the end of the document"),
        ("3. World Wide W\n", "cut off at the end of the document"),
        ("3. Example Lodge IV\n", None),  # a Roman numeral
        ("3. Oxfamo", None),
        ("3. Friends of UK", None),
        ("3. Friends of UK\n", None),
    ],
)
def test_a_list_cut_where_the_stored_page_ends(ending: str, reason: str | None) -> None:
    result = _read("Text of the letter.\n\nSignatories:\n1. Example Network\n2. Example Union\n"
                   + ending)  # fmt: skip
    assert result.entries[-1].reading.reason == reason
    assert len(result.organisations) == (2 if reason else 3)


def test_a_table_of_organisations_then_a_table_of_persons() -> None:
    text = (
        "We, the undersigned, oppose the mandatory app.\n\n"
        "| Organisation Name |\n|---|\n| Example Network |\n| Example Union |\n"
        "| Individual Name | Profession/Affiliation |\n"
        "| Jane Roe | Advocate |\n| John Doe | Example University |\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Example Network", None),
        ("Example Union", None),
        ("Example University", "John Doe"),
    ]
    persons = [(e.reading.person, e.reading.person_role) for e in result.entries
               if e.reading.kind is ItemKind.PERSON]  # fmt: skip
    assert persons == [("Jane Roe", "Advocate")]


def test_dash_separated_and_successive_enumerations_under_a_cue() -> None:
    text = (
        "Campagna per la nonviolenza nelle scuole.\n\n"
        "Campagna promossa da:\n"
        "Associazione Esempio Onlus - Centro delle Culture - Rete Esempio - Comitato Esempio\n\n"
        "Le adesioni finora pervenute:\n\n"
        "Mario Rossi, Giulia Bianchi (Rete Solidale), Paolo Verdi (giornalista).\n\n"
        "Arci Esempio, Associazione Culturale Punto Esempio, Circolo Esempio, Naga Esempio.\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Associazione Esempio Onlus",
        "Centro delle Culture",
        "Rete Esempio",
        "Comitato Esempio",
        "Rete Solidale",
        "Arci Esempio",
        "Associazione Culturale Punto Esempio",
        "Circolo Esempio",
        "Naga Esempio",
    ]
    _check_offsets(text, result)


def test_a_list_in_parts_under_sub_headings_is_read_whole() -> None:
    text = (
        "Over 200 organisations call for a new trade policy that puts people first and "
        "ends the rules that caused the crisis.\n\n"
        "Regional and International Organizations\n\n"
        "| 1 | Example Action International |\n| 2 | Example Development Network |\n"
        "| 3 | Example Workers Federation |\n\n"
        "National Organizations\n\n"
        "| 4 | Example Friends of the Earth | Argentina |\n"
        "| 5 | Example Consumers Union | Kenya |\n| 6 | Example Farmers Alliance | Italy |\n"
    )
    result = _read(text)
    assert [(e.ordinal, e.name) for e in result.organisations] == [
        (1, "Example Action International"),
        (2, "Example Development Network"),
        (3, "Example Workers Federation"),
        (4, "Example Friends of the Earth"),
        (5, "Example Consumers Union"),
        (6, "Example Farmers Alliance"),
    ]


def test_and_many_others_closing_an_enumeration_is_not_a_name() -> None:
    text = (
        "Chiediamo al governo di sostenere l'accesso umanitario e la protezione dei civili.\n\n"
        "Primi firmatari:\n\n"
        "Associazione Esempio per la Pace, Rete Italiana Esempio, Fondazione Esempio Onlus, "
        "Un Ponte Esempio e molti altri.\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Associazione Esempio per la Pace",
        "Rete Italiana Esempio",
        "Fondazione Esempio Onlus",
        "Un Ponte Esempio",
    ]
    assert _skipped(result) == [("e molti altri", "end of an enumeration", None)]
    _check_offsets(text, result)


def test_a_city_and_country_line_under_a_name_is_its_place() -> None:
    text = (
        "We, the undersigned, call on the Council to act.\n\n"
        "Example Network\nAmman, Jordan\nExample Relief Society\nGaziantep, Turkey\n"
        "Example Legal Aid\nExample Youth Union\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.place) for e in result.organisations] == [
        ("Example Network", "Amman, Jordan"),
        ("Example Relief Society", "Gaziantep, Turkey"),
        ("Example Legal Aid", None),
        ("Example Youth Union", None),
    ]
    skipped = [e.reading.reason for e in result.entries
               if e.reading.kind is ItemKind.NOT_SIGNATORY]  # fmt: skip
    assert skipped == ["place of the line before", "place of the line before"]


def test_a_persons_table_affiliation_is_read_like_a_person_line() -> None:
    """Long affiliation cells are kept; roles, departments and glued titles are dropped."""
    text = (
        "We, the undersigned, oppose the mandatory app.\n\n"
        "| Individual Name | Affiliation |\n|---|---|\n"
        "| Dr.Jane Roe | Former Professor, Centre of Social Medicine and Community Health, |\n"
        "| John Doe | Professor, Department of Computer Science and Engineering, Example "
        "Institute of Technology |\n"
        "| Ann Poe | Project and Research Lead, Example Civic Technologies |\n"
        "| Bo Lee | Faculty, Example Institute of Management |\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Centre of Social Medicine and Community Health", "Jane Roe"),
        ("Example Institute of Technology", "John Doe"),
        ("Example Civic Technologies", "Ann Poe"),
        ("Example Institute of Management", "Bo Lee"),
    ]
    _check_offsets(text, result)


def test_an_enumeration_in_prose_that_its_sentence_introduces() -> None:
    """No cue phrase: the sentence's own words say the names are the signers."""
    digest = (
        "News of the day from the border, with many groups named in passing.\n\n"
        "The local CSOs Example Aid (EA), Centar za mirovne studije (CMS), Example "
        "Network and Liga za prava (LZP) have released a joint statement against the plan.\n\n"
        "Volunteers of Example Relief and Another Kitchen helped, says the report.\n"
    )
    result = _read(digest)
    assert result.how == "inline"
    assert [n for _, n in _names(result)] == [
        "Example Aid (EA)",
        "Centar za mirovne studije (CMS)",
        "Example Network",
        "Liga za prava (LZP)",
    ]
    _check_offsets(digest, result)
    members = (
        "* Members of the Alliance include the EXA, Example Watch, Rights Centre, Beta "
        "Forum, who together represent consumers, business and industry.\n"
    )
    assert [n for _, n in _names(_read(members))] == [
        "EXA", "Example Watch", "Rights Centre", "Beta Forum",
    ]  # fmt: skip
    # a wrapped closing line: the collective noun heads the names (only places here)
    closing = (
        "We stand with them.\n\nThe Example Movement local groups Springfield, Shelbyville,\n"
        "Capital City, Ogdenville and North Haverbrook.\n"
    )
    assert [n for _, n in _names(_read(closing))] == [
        "Springfield", "Shelbyville", "Capital City", "Ogdenville", "North Haverbrook",
    ]  # fmt: skip


def test_a_run_of_bare_names_without_organisation_evidence_is_of_persons() -> None:
    """Photographers' names, each with a quotation: names we do not know, no
    organisation word anywhere, so persons and not organisations."""
    names = ["Birol Examplar", "Erdal Tamir", "Gorkem Sample", "Agca Kayhan", "Sina Demo"]
    text = (
        "Censorship: say no.\n\n"
        + "\n".join(f"* {n}, \u201cFreedom first, always\u201d." for n in names)
        + "\n"
    )
    result = _read(text)
    assert result.organisations == ()
    assert [e.reading.person for e in result.entries
            if e.reading.kind is ItemKind.PERSON] == names  # fmt: skip
    mixed = "\n".join(["* Example Union", *(f"* {n}" for n in names)]) + "\n"
    assert len(_read("Signed by:\n\n" + mixed).organisations) >= 1


def test_in_a_long_list_of_persons_bare_handles_are_persons() -> None:
    """Nearly all of many signers are persons: a handle ("sbi", "Daniel-Example") with
    nothing of an organisation about it is one too; an organisation word still counts."""
    persons = [
        f"{g} {f}"
        for g in ("Jane", "John", "Anna", "Mario", "Paul", "Maria")
        for f in ("Roe", "Doe", "Poe", "Lee", "Moe")
    ]
    lines = [*persons, "sbi", "Daniel-Example", "Example Foundation"]
    text = "Signed by:\n\n" + "\n".join(lines) + "\n"
    result = _read(text)
    assert [e.name for e in result.organisations] == ["Example Foundation"]
    assert "sbi" in [e.reading.person for e in result.entries]


def test_towns_in_parentheses_after_persons_are_places() -> None:
    """ "Given Family (Town)", the towns coming back: persons and where they are."""
    lines = [
        "Jane Roe (St Example)", "John Doe (St Example)", "Ann Poe (Exampleville)",
        "Bo Lee (Exampleville)", "Mario Rossi (Exampleville)", "Anna Bianchi (St Example)",
        "Luca Verdi (ex-mayor EXP Exampleville)",
    ]  # fmt: skip
    text = "We support the coalition.\n\nSigned,\n\n" + "\n".join(lines) + "\n"
    result = _read(text)
    assert result.organisations == ()
    persons = [(e.reading.person, e.reading.place) for e in result.entries
               if e.reading.kind is ItemKind.PERSON]  # fmt: skip
    assert persons[:3] == [
        ("Jane Roe", "St Example"), ("John Doe", "St Example"), ("Ann Poe", "Exampleville"),
    ]  # fmt: skip
    assert len(persons) == 7
    # one organisation per person, each once: not places
    unions = "\n".join(
        f"{p} (Example {u} Union)"
        for p, u in zip(["Jane Roe", "John Doe", "Ann Poe", "Bo Lee"], "ABCD", strict=True)
    )
    orgs = _read("Signed,\n\n" + unions + "\n").organisations
    assert [e.name for e in orgs] == [f"Example {u} Union" for u in "ABCD"]


def test_an_enumeration_that_is_the_subject_of_a_signing_verb() -> None:
    """ "A, B, C and many others have joined": the names are the sentence's subject."""
    names = (
        "ExampleCar, Qwant, example.org, Debian Exampleland, L'EXA, la 3W Academy, Example "
        "Network et de nombreux autres ont rejoint la campagne récemment.\n\n"
    )
    expected = [
        "ExampleCar", "Qwant", "example.org", "Debian Exampleland", "EXA", "3W Academy",
        "Example Network",
    ]  # fmt: skip
    for head in ("Merci !\n\n", "Signataires récents :\n\n"):  # no cue, then a cue
        text = head + names + "Continuons de rassembler !\n"
        result = _read(text)
        assert [n for _, n in _names(result)] == expected
        _check_offsets(text, result)
    assert _names(_read("Syria, Iraq, Jordan and Lebanon signed the agreement.\n")) == []


def test_enumerations_of_kinds_of_people_or_unintroduced_are_not_lists() -> None:
    news = (
        "A statement signed by more than 3,500 figures, including independents, members of "
        "the Example Coalition, the Example Council, Example Army commanders, journalists "
        "and activists stressed that the conference is a trap.\n"
    )
    assert not _read(news).found
    passing = (
        "Rescuers from Example Relief, Example Aid, Sea Example and Example Watch were "
        "at the harbour on Monday.\n"
    )
    assert not _read(passing).found


def test_front_matter_of_a_text_file_is_not_a_list() -> None:
    text = (
        "---\ntitle: Slow down\ncategory:\n  - Media releases\n  - News\ntags:\n  - law\n---\n"
        "A long paragraph about the bill that nobody listed anywhere at all today.\n"
    )
    assert not _read(text).found


def test_a_table_of_names_functions_and_institutions_is_a_table_of_persons() -> None:
    text = (
        "Nous, soussignés, demandons des mesures.\n\n"
        "| Nom | Fonction | Établissement |\n|---|---|---|\n"
        '| ROE Jane | enseignante en informatique | Université Exemple, IUT "A" |\n'
        "| DOE John | chercheur | Institut Exemple |\n\n"
        "« Hier, il y en avait tellement dans le couloir qu'on n'osait plus y aller. »\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person, e.reading.person_role) for e in result.organisations] == [
        ("Université Exemple", "ROE Jane", "enseignante en informatique"),
        ("Institut Exemple", "DOE John", "chercheur"),
    ]
    # the quotation after the table is reported, not read as a name
    assert [reason for name, reason, _ in _skipped(result) if "Hier" in name] in (
        ["quotation"],
        ["prose sentence"],
    )


def test_a_sentence_about_a_list_elsewhere_is_not_a_cue() -> None:
    text = (
        "Leaders wrote to the heads of state about the waiver of patents on vaccines.\n\n"
        "The full letter and list of signers can be found here.\n\n"
        "The letter was coordinated by the Example Alliance, a group of many members "
        "such as Example Club, Example Centre, Example Watch and Example Forum.\n"
    )
    assert not _read(text).found
    assert block_cue("The full letter and list of signers can be found here.") is None
    assert block_cue("List of signers") is CueKind.LIST
    assert block_cue("Volver") is CueKind.END


def test_a_chinese_enumeration_under_an_order_note() -> None:
    comma, left, right = "\uff0c", "\uff08", "\uff09"  # full-width , ( )
    names = ["示例大学学联", "示例协会", "NABA学联", "示例文化中心"]
    text = (
        f"我们呼吁大家保持客观冷静{comma}关注官方的信息。感谢您的留意{comma}祝大家新年吉祥。\n\n"
        f"{left}排名不分先后{right}\n{comma.join(names)}\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == names
    _check_offsets(text, result)


def test_a_list_of_persons_reads_unknown_names_as_persons() -> None:
    names = [
        "Jane Roe", "John Doe", "Maria Rossi", "Peter Example", "Anna Sample", "Luca Bianchi",
        "Sara Neri", "Paul Smith", "Mary Jones", "David Brown", "Laura Verdi", "Marco Blu",
        "Tamir Examplar", "Anna-Jayne Testcalfe", "Tristam Kyle MacExample",
    ]  # fmt: skip
    text = "Signed\n\n" + "".join(f"{n}\n" for n in names)
    text += "\n\nWays to sign this letter:\n1. A PR on the repo\n2. Make an issue on the repo\n"
    result = _read(text)
    assert result.organisations == ()
    persons = [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON]
    assert persons == names
    # an "Organisations" section of the same list keeps its organisations
    mixed = (
        "Citizens:\n\n"
        + "\n".join(names)
        + "\n\nGroups and NGOs:\n\nExample Collective\nSample Kitchen\n"
    )
    assert [n for _, n in _names(_read(mixed))] == ["Example Collective", "Sample Kitchen"]


def test_a_page_laid_out_in_one_cell_rows_and_an_organisations_enumeration() -> None:
    """Rows of one cell are lines; under "Organisations:" a bare name is a group's, and
    the lines after an enumeration (a sidebar) are not the list."""
    text = (
        "| Peace now: a call of women's groups for an end to the war and for talks. |\n"
        "| Supporting organisations: |\n"
        "| Uçan Example, Kaos Example Derneği, Example Kadın Girişimi, Özgür Kadın |\n"
        "| Other articles of the bulletin (October 2010) |\n"
        "| The referendum and the coup, Jane Example, Engineer |\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Uçan Example", "Kaos Example Derneği", "Example Kadın Girişimi", "Özgür Kadın",
    ]  # fmt: skip
    assert [name for name, _, _ in _skipped(result)][-2:] == [
        "Other articles of the bulletin (October 2010)",
        "The referendum and the coup, Jane Example, Engineer",
    ]


def test_a_table_without_header_laid_out_as_a_grid_of_names() -> None:
    """A list printed in columns: each cell is a signatory; tables of a name and a
    place, or of a person and an affiliation, stay rows."""
    grid = (
        "Signatories\n\n"
        "| Example Water Network | Rivers Alliance Springfield | Green Future Foundation |\n"
        "| Coalition for Clean Air | Friends of the Valley | Mountain Youth Forum |\n"
        "| Lake Guardians Association | Example Rights Watch | |\n"
    )
    result = _read(grid)
    assert [n for _, n in _names(result)] == [
        "Example Water Network", "Rivers Alliance Springfield", "Green Future Foundation",
        "Coalition for Clean Air", "Friends of the Valley", "Mountain Youth Forum",
        "Lake Guardians Association", "Example Rights Watch",
    ]  # fmt: skip
    assert [o for o, _ in _names(result)] == list(range(1, 9))
    _check_offsets(grid, result)
    places = "Signatories\n\n| Example Water Network | Kenya |\n| Rivers Alliance | Uganda |\n"
    assert [(e.name, e.reading.country) for e in _read(places).organisations] == [
        ("Example Water Network", "Kenya"), ("Rivers Alliance", "Uganda"),
    ]  # fmt: skip
    persons = (
        "Signatories\n\n| Jane Roe | Example University |\n| John Doe | Example Institute |\n"
        "| Ann Poe | Example Foundation |\n"
    )
    assert [(e.name, e.reading.person) for e in _read(persons).organisations] == [
        ("Example University", "Jane Roe"), ("Example Institute", "John Doe"),
        ("Example Foundation", "Ann Poe"),
    ]  # fmt: skip


def test_a_statement_by_an_enumeration_of_authors_and_a_list_of_demands() -> None:
    """ "Gemeinsame Pressemitteilung von A, B ... und dem C, <date>" (no full stop) names
    the signers; the capitalised German demands listed below are not organisations."""
    text = (
        "Gemeinsame Pressemitteilung von EXA, Beispielnetz, Deutsche Beispielhilfe, "
        "Beispielwatch, Beispielinstitut München und dem Beispielverband Deutscher "
        "Naturfreunde (BDN), 16.08.2019\n\n"
        "Die Verbände fordern:\n\n"
        "- Ein wirksames Klimaschutzgesetz\n"
        "- Klimaschutz-Fonds weiterentwickeln\n"
        "- Naturverträglicher Ausbau der erneuerbaren Energien\n"
        "- Abbau umweltschädlicher Subventionen\n"
    )
    result = _read(text)
    assert result.how == "inline"
    assert [n for _, n in _names(result)] == [
        "EXA", "Beispielnetz", "Deutsche Beispielhilfe", "Beispielwatch",
        "Beispielinstitut München", "Beispielverband Deutscher Naturfreunde (BDN)",
    ]  # fmt: skip
    _check_offsets(text, result)


def test_a_title_made_of_statement_words_is_not_a_signatory() -> None:
    text = (
        "OPEN LETTER\n\nWe, the undersigned, are deeply concerned about the new law.\n\n"
        "We ask the parliament to reject it.\n\n"
        "Example Water Network (Kenya)\nRivers Alliance, Uganda\nGreen Future Foundation\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Example Water Network", "Rivers Alliance", "Green Future Foundation",
    ]  # fmt: skip


def test_indented_lines_under_a_list_item_continue_it() -> None:
    text = (
        "Con il sostegno di:\n\n"
        "- Example Center, Associazione con sede in Via Esempio n. 34, 20129\n"
        "  Milano, in persona del legale rappresentante p.t Jane Roe\n"
        "  C.F. 97621810155 https://www.example.org/\n"
        "- Open Esempio, Associazione con sede in Piazza Esempio n. 5\n"
        "  16123 Genova, in persona del legale rappresentante John Doe\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == ["Example Center", "Open Esempio"]
    further = [r for _, r, _ in _skipped(result)]  # every further line is reported
    assert further[:2] == ["further line of a list item"] * 2 and len(further) == 3


def test_a_table_whose_name_column_says_organisation_holds_organisations() -> None:
    text = (
        "We, the businesses and organisations of Example Town, support the charter.\n\n"
        "Organisation\tWebsite\n"
        "Bell Fine Art\thttps://bell.example/\n"
        "Warren & Son\thttps://warren.example/\n"
        "Example CTC, part of Cycling Example\thttps://ctc.example/\n"
        "Example Brewery\thttps://brewery.example/\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Bell Fine Art", "Warren & Son", "Example CTC", "Example Brewery",
    ]  # fmt: skip


def test_unknown_names_among_many_known_persons_are_persons() -> None:
    """Six in ten signers are persons we know and no name carries an organisation's
    evidence: the names we do not know ("Zorbek Quillon", "dan roe", "Jurriaan van der
    Example") are persons too; one organisation word is still an organisation."""
    known = [f"{g} {f}" for g in ("Jane", "John", "Anna", "Maria") for f in ("Roe", "Doe", "Poe")]
    unknown = ["Zorbek Quillon", "dan roe", "Jurriaan van der Example", "Trev Exemplar",
               "Kaveh", "Shingirai Tamirwe", "Vinod Varma Examplar"]  # fmt: skip
    lines = [*known, *unknown, "Example Foundation"]
    result = _read("Signatories to the manifesto\n\n" + "\n".join(lines) + "\n")
    assert [e.name for e in result.organisations] == ["Example Foundation"]
    persons = {e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON}
    assert set(unknown) <= persons
    # with several organisations carrying evidence, unknown names are left alone
    orgs = [f"{w} Example Network" for w in ("Alpha", "Beta", "Gamma")]
    mixed = _read("Signed by:\n\n" + "\n".join([*known, *unknown, *orgs]) + "\n")
    assert "Zorbek Quillon" in [e.name for e in mixed.organisations]


def test_page_buttons_and_funders_end_a_list_and_participants_start_one() -> None:
    for button in ("Take part in Example Alliance", "Sign the Charter", "Get involved",
                   "Join us", "Firma la carta"):  # fmt: skip
        assert block_cue(button) is CueKind.END, button
    assert block_cue("Join Together Society") is None  # a name, not a button
    for funders in ("Un proyecto con el apoyo de", "Funded by the Example Fund",
                    "Gefördert durch"):  # fmt: skip
        assert block_cue(funders, heading=True) is CueKind.END, funders
    # support alone may announce co-signers
    assert block_cue("Con il sostegno di:") is CueKind.LIST
    text = (
        "Manifiesto\n\nExigimos a las instituciones que actúen.\n\n## Participan\n\n"
        "- Example Asociación Gitana\n- Colectivo Example\n- SOS Example Madrid\n\n"
        "## Un proyecto con el apoyo de\n\n- Example Society Foundations\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Example Asociación Gitana",
        "Colectivo Example",
        "SOS Example Madrid",
    ]


def test_an_enumeration_wrapped_over_lines_under_a_cue_is_read_whole() -> None:
    """A PDF's text layer wraps one paragraph of "Name (role Organisation)" items over
    lines, a name cut at a line end: read as one enumeration, the role's organisation
    the signer, a former office or a bare role a person; names keep the line breaks as
    written, the persons read with a space."""
    text = (
        "Appello per il 17 novembre\n\nHanno aderito finora:\n"
        "Giulia  Exempla  (segretaria  generale  EXCGIL),  Marco  Rossi  (presidente  EXARCI),\n"
        "Paolo  Bianchi  (direttore  Fondazione  Example),  sen.  Albina  Quellini (Verdi);  Anna\n"
        "Verdi (docente Università di Example), Carlo Neri (exregidor EXPSU Example), Luca\n"
        "Gialli (giornalista)\n"
    )
    result = _read(text)
    orgs = [(e.name, e.reading.person) for e in result.organisations]
    assert orgs == [
        ("EXCGIL", "Giulia  Exempla"),
        ("EXARCI", "Marco  Rossi"),
        ("Fondazione  Example", "Paolo  Bianchi"),
        ("Verdi", "Albina  Quellini"),
        ("Università di Example", "Anna Verdi"),
    ]
    assert [e.reading.person for e in result.persons] == ["Carlo Neri", "Luca Gialli"]
    _check_offsets(text, result)


def test_lines_of_wrapped_prose_are_not_a_list_of_names() -> None:
    """Long lines whose sentence runs on into the next (a justified PDF paragraph that
    names organisations) are prose, not one signatory a line."""
    text = (
        "Nuevas adhesiones\n\n"
        "En su recorrido social debemos empezar por el sector más golpeado por la\n"
        "pandemia, los mayores, con la organización más representativa, la Federación de\n"
        "Asociaciones de Mayores del Example (FAMEX), que se ha enriquecido con\n"
        "varias asociaciones integradas como la Asociación de Pensionistas Example de\n"
        "Gijón, la Tertulia Feminista Les Examples y el Grupo Sociocultural Example Impulsa.\n"
    )
    assert not [e for e in _read(text).entries if e.reading.kind is ItemKind.ORGANISATION
                and e.name.startswith(("pandemia", "Asociaciones de Mayores"))]  # fmt: skip


def test_lines_of_name_place_and_country_under_a_cue_stay_one_item_a_line() -> None:
    """Lines of "Organisation, City, Country" hold two commas each but are not one
    paragraph wrapped at a width: each is one signatory with its place."""
    text = (
        "Signed by:\n"
        "Example Forum on Women, Law and Development (EXFWLD), Bangkok, Thailand\n"
        "Example Refocus Network, Manila, Philippines\n"
        "Example Centre for Policy, Nairobi, Kenya\n"
        "Example Labour Institute (EXLI), Buenos Aires, Argentina\n"
    )
    names = [e.name for e in _read(text).organisations]
    assert names == [
        "Example Forum on Women, Law and Development (EXFWLD)",
        "Example Refocus Network",
        "Example Centre for Policy",
        "Example Labour Institute (EXLI)",
    ]


def test_a_list_item_naming_a_kind_of_signer_then_its_members() -> None:
    """ "Organizaciones agrarias: EXCOAG, EXUPA" and "Partidos políticos como EXIU, EXPCE":
    the members sign, not the kind; a name with a colon in it stays one name."""
    text = (
        "Entre las organizaciones que han manifestado su apoyo a la huelga están:\n"
        "· Unión de Actores Example\n"
        "· Partidos políticos como EXIU, EXPCE, EXPCC\n"
        "· Organizaciones ecologistas: Ecologistas en Example, Amigos de la Example, EXCIMA\n"
        "· Organizaciones de autónomos de Example\n"
        "· Example Network: Working for water rights\n"
    )
    names = [e.name for e in _read(text).organisations]
    assert names[:7] == [
        "Unión de Actores Example",
        "EXIU",
        "EXPCE",
        "EXPCC",
        "Ecologistas en Example",
        "Amigos de la Example",
        "EXCIMA",
    ]
    assert names[7] == "Organizaciones de autónomos de Example"  # a kind, no members: as is
    assert names[8].startswith("Example Network")  # no collective noun before the colon


def test_a_person_with_two_affiliations_right_under_a_cue_is_one_line() -> None:
    """ "Jane Roe, Example University and Example Centre" right under the cue is one
    signer with her affiliations, not an enumeration of three names; the list goes on."""
    text = (
        "SIGNATURES:\n"
        "Jane Roe, University of Example and Example Center for the Edge\n"
        "John Doe, Co-founder, CEO, ExampleSurge (examplesurge.com)\n"
        "Anna Poe, Lecturer in Literature, Example State University\n"
    )
    result = _read(text)
    assert [(e.reading.person, e.name) for e in result.organisations] == [
        ("Jane Roe", "University of Example and Example Center for the Edge"),
        ("John Doe", "ExampleSurge"),
        ("Anna Poe", "Example State University"),
    ]


def test_labels_and_initials_printed_on_cards_are_not_signatories() -> None:
    """A page of signatory cards: each card has a category label that comes back on other
    cards, the initials drawn in place of a logo, the name, who signed and the country."""
    cards = [
        ("Operators and Keepers", "EFS", "Example Floating Sauna", "Canada"),
        ("Researchers and Educators", "SU", "Sample University", "Japan"),
        ("Operators and Keepers", "SSN", "Sample Sauna Network", "Canada"),
        ("Researchers and Educators", "EXA", "exampleandbathe", "Sweden"),
        ("Operators and Keepers", "ESS", "Example Steam Studio", "Canada"),
        ("Researchers and Educators", "SLI", "Sample Learning Institute", "Sweden"),
    ]
    signers = ["Jane Roe", "John Doe", "Anna Poe", "Mario Rossi", "Paul Lee", "Maria Moe"]
    text = "The charter of the sauna commons. Sign it and join us.\n\nSignatories\n\n" + "\n".join(
        f"{label}\n{initials}\n{name}\nSigned by {signer}\n{country}\n"
        for (label, initials, name, country), signer in zip(cards, signers, strict=True)
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [name for _, _, name, _ in cards]
    skipped = _skipped(result)
    assert ("Researchers and Educators", "label repeated on cards", None) in skipped
    assert ("SU", "initials of the next name", None) in skipped


def test_dates_after_names_and_province_codes_in_parentheses_are_no_organisations() -> None:
    """ "Jane Roe, Bend, OR, Aug 4, 2019": when and where a person signed; "Jane Roe (MI)"
    again and again: the province she lives in."""
    dated = [
        "* Gene Examplar, New York, NY, Aug 4, 2019",
        "* Rowan Sample, Sydney, Australia, Aug 4, 2019",
        "* Naveen Kumar Example, Aug 4, 2019",
        "* Richard Roe, Prague, Czech Republic, Aug 5, 2019",
        "* Marc Example, Munich, Germany, 5 août 2019",
        "* Jane Doe, 2019-08-05",
    ]
    result = _read("Signatures\n\n" + "\n".join(dated) + "\n")
    assert result.organisations == ()
    assert len(result.persons) == len(dated)
    coded = [f"{n} (MI)" for n in ("Alberto Rossi", "Anna Bianchi", "Aldo Verdi", "Andrea Neri")]
    coded += ["Alessandro Gialli (LU)", "Maria Rosa (MI)"]
    listed = _read("Firmatari\n\n" + "\n".join(coded) + "\n")
    assert listed.organisations == ()
    assert {e.reading.place for e in listed.persons} == {"MI", "LU"}


def test_a_list_without_cue_right_before_a_cued_list_of_new_signers_is_read_too() -> None:
    first = ["Plataforma Example", "Example Ecologistes en Acció", "Associació Example",
             "Sindicat Example", "Xarxa Example (XEX)"]  # fmt: skip
    later = ["Example en Bici", "Associació Amics de Example", "CGT Example"]
    text = (
        "Manifiesto\n\nApelamos a su compromiso con el conjunto de la ciudadanía.\n\n"
        "16 de mayo de 2020\n\n"
        + "".join(f"- {n}\n" for n in first)
        + "\nNuevas adhesiones:\n\n"
        + "".join(f"- {n}\n" for n in later)
        + "\nEscríbenos a: example@example.org\n"
    )
    assert [e.name for e in _read(text).organisations] == first + later


def test_a_short_label_before_a_colon_and_many_members_gives_the_members() -> None:
    text = (
        "Plate-forme logement\n\nSignataires :\n\n"
        "Logement : EXCSF, EXDAL, EXCNL, Jeudi Example, EXAFVS\n"
        "Solidarité : EXATTAC, Fondation Example, EXMRAP\n"
        "Gender Equality: Citizenship, Work, and Family\n"
    )
    names = [e.name for e in _read(text).organisations]
    assert names[:8] == ["EXCSF", "EXDAL", "EXCNL", "Jeudi Example", "EXAFVS", "EXATTAC",
                         "Fondation Example", "EXMRAP"]  # fmt: skip
    assert names[8:] == ["Gender Equality: Citizenship, Work, and Family"]  # one name


def test_hyphenated_given_names_and_national_roles() -> None:
    from sochi_er.extraction import read_item

    line = "Marie-Laurence Exemple (EXCGT)"
    reading = read_item(line, in_list=True)
    assert (reading.person, line[reading.start : reading.end]) == ("Marie-Laurence Exemple",
                                                                   "EXCGT")  # fmt: skip
    line = "Mario Rossi, Presidente Nazionale EXARCI"
    reading = read_item(line, in_list=True)
    assert (reading.person_role, line[reading.start : reading.end]) == (
        "Presidente Nazionale", "EXARCI",
    )  # fmt: skip


def test_names_that_start_on_the_cue_line_and_wrap_over_the_next_lines() -> None:
    text = (
        "Nous voulons une autre politique, contre le racisme et pour l'égalité des droits.\n\n"
        "Premiers  signataires  :  Ex-Prométhée,  EXAFPS,  Asti  Exemple,  EXCGT,  Collectif  des\n"
        "Sans-Papiers,  Coup de Exemple,  EXFSU,  EXLDH,  Mouvement de la paix,  EXMRAP,  EXNPA,\n"
        "Solidaire Exemple.\n"
    )
    result = _read(text)
    names = [" ".join(e.name.split()) for e in result.organisations]
    assert names == [
        "Ex-Prométhée", "EXAFPS", "Asti Exemple", "EXCGT", "Collectif des Sans-Papiers",
        "Coup de Exemple", "EXFSU", "EXLDH", "Mouvement de la paix", "EXMRAP", "EXNPA",
        "Solidaire Exemple",
    ]  # fmt: skip
    _check_offsets(text, result)


def test_a_communique_that_says_who_signs_it_in_prose() -> None:
    text = (
        "Las organizaciones piden al Gobierno que convoque el Consejo Asesor.\n\n"
        "El comunicado lo firman Example Adena, EXAEDENAT, CCOO Example, el Consejo de la "
        "Juventud de Example y Greenpeace Example.\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Example Adena", "EXAEDENAT", "CCOO Example", "Consejo de la Juventud de Example",
        "Greenpeace Example",
    ]  # fmt: skip


def test_an_arabic_joint_statement_issued_by_an_enumeration() -> None:
    """ "بيان مشترك صادر عن: A، وB، وC." — the Arabic comma, and "و" (and) written onto
    the next name."""
    text = (
        "طالبت جمعيات ومنظمات بإطلاق سراح سجناء الرأي.\n\n"
        "جاء ذلك في بيان مشترك صادر عن : المنتدى المثال للحقوق، والنقابة الوطنية للمثال، "
        "والرابطة المثالية للدفاع عن حقوق الإنسان، وجمعية يقظة المثال.\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "المنتدى المثال للحقوق", "النقابة الوطنية للمثال",
        "الرابطة المثالية للدفاع عن حقوق الإنسان", "جمعية يقظة المثال",
    ]  # fmt: skip


def test_a_country_code_among_acronyms_is_one_more_acronym() -> None:
    text = "Premiers signataires :\n\nEXAGA, EXCGT, EXLDH, EXMRAP, EXNPA, PG, EXPCF.\n"
    assert [e.name for e in _read(text).organisations] == [
        "EXAGA", "EXCGT", "EXLDH", "EXMRAP", "EXNPA", "PG", "EXPCF",
    ]  # fmt: skip


def test_a_cue_label_then_a_long_enumeration_on_one_line() -> None:
    names = "; ".join(f"Example Group {n}" for n in "ABCDEFGHIJKLMNOP")
    text = f"Les signataires : {names} ; Example Union.\nLe texte de la tribune suit ici.\n"
    assert block_cue(text.splitlines()[0]) is CueKind.LIST
    result = _read(text)
    assert [e.name for e in result.organisations][:2] == ["Example Group A", "Example Group B"]
    assert len(result.organisations) == 17
    # a sentence, a time's colon or a label with a comma is no cue label
    assert block_cue(f"333 total signers as of 11:40 am, 26 January, {names}") is None
    assert block_cue(f"Hospital beds per 10 000 people (2015): {names}") is None


def test_a_new_sentence_inside_an_enumeration() -> None:
    text = (
        "Organisations:\n\n"
        "Example Union, Example Forum, Ass. Example Friends in Italy, Exo. Also joined "
        "Example Party, Exa. The Example Confederation took part without signing, and "
        "marched.\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Example Union", "Example Forum", "Ass. Example Friends in Italy", "Exo",
        "Example Party", "Exa",
    ]  # fmt: skip
    assert any(reason == "end of an enumeration" for _, reason, _ in _skipped(result))


def test_long_clauses_after_an_enumeration_are_no_second_enumeration() -> None:
    text = (
        "Signed by:\n\n"
        "Example Union, Example Forum, Example Network.\n"
        "The groups condemned what they called a tightening of the siege on civil society, "
        "especially with the approach of the elections planned before the end of March.\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Example Union", "Example Forum", "Example Network",
    ]  # fmt: skip


def test_a_table_whose_header_says_its_names_signed_is_the_list() -> None:
    # a call to sign stands between the heading and the table; the table is the list,
    # and the list ends where the table ends
    writer = DocumentWriter()
    writer.add(BlockKind.HEADING, "Supporters", level=2)
    writer.gap()
    writer.add(BlockKind.PARAGRAPH, "Organizations, institutions, and networks supporting us.")
    writer.add(BlockKind.PARAGRAPH, "Become a Supporter")
    writer.gap()
    group = writer.new_group()
    for cells in (
        ["Supporter", "Website"],
        ["Example Assembly", "https://a.example.org"],
        ["Connected by Example", "https://b.example.org"],
        ["EXPA", "https://c.example.org"],
    ):
        writer.add(BlockKind.TABLE_ROW, "", cells=cells, group=group)
    writer.gap()
    writer.add(BlockKind.PARAGRAPH, "Do we have the wrong site for your group?")
    writer.add(BlockKind.PARAGRAPH, "Let us know")
    result = find_signatories(writer.document())
    assert [e.name for e in result.organisations] == [
        "Example Assembly", "Connected by Example", "EXPA",
    ]  # fmt: skip
    assert (result.entries[0].name, result.entries[0].reading.kind) == (
        "Supporter | Website", ItemKind.SECTION,
    )  # fmt: skip
    assert [e.reading.reason for e in result.entries[-2:]] == [
        "prose sentence", "text after the list",
    ]  # fmt: skip


def test_organisation_cards_whose_headings_have_no_organisation_word() -> None:
    # a card is a heading and a link; a heading with no organisation word is a card's
    # name when the card beside it is one, not a section heading
    writer = DocumentWriter()
    writer.add(BlockKind.PARAGRAPH, "Coalition Members")
    for name in ("Impact for Example", "Law Center for Better Example", "Example Palenque"):
        writer.add(BlockKind.HEADING, name, level=2)
        writer.add(BlockKind.LINE, "Visit website")
    result = find_signatories(writer.document())
    assert [e.name for e in result.organisations] == [
        "Impact for Example", "Law Center for Better Example", "Example Palenque",
    ]  # fmt: skip
    # a heading above headings of another level stays a section
    writer = DocumentWriter()
    writer.add(BlockKind.PARAGRAPH, "Coalition Members")
    writer.add(BlockKind.HEADING, "Northern Example", level=2)
    writer.add(BlockKind.HEADING, "Law Center for Better Example", level=3)
    writer.add(BlockKind.HEADING, "Example Tenants Organization", level=3)
    result = find_signatories(writer.document())
    assert result.entries[0].reading.kind is ItemKind.SECTION


def test_a_footnote_that_is_a_long_enumeration_is_the_list() -> None:
    names = [
        "Example Action", "Example Peace", "WWF/Example", "Friends of the Example",
        "EXO", "Example Workers Union", "Fundación Nueva Example", "Example Platform",
        "Asociación Example", "Plataforma de ONG de Example",
    ]  # fmt: skip
    text = (
        "The call is open to everyone who wants to switch off the lights [1].\n\n"
        f"[1] {', '.join(names)}...\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == names
    assert result.how == "inline"
    _check_offsets(text, result)
    # a paragraph of a few names, or of prose with many commas, is no list
    assert _read("[1] Example Action, Example Peace, EXO.\n").how == "none"


def test_an_enumeration_with_dashes_wrapped_over_lines() -> None:
    # the dash that went to the start of a line looks like a list marker
    text = (
        "Founding organisations:\n"
        "Example Amnesty - Example Archive - Associazione Example Objectors - Associazione\n"
        "Papa Example XXIII - Associazione per la Example - EXATT - Example Builders of Peace\n"
        "- Example Coordination for Peace - FIM-Example - Fondazione Example Culturale\n"
        "Example Ethics - Gruppo Example - EXI - Un ponte per…\n"
        "328/3399267 – 031/658033 – office@example.org\n"
    )
    names = [e.name.replace("\n", " ") for e in _read(text).organisations]
    assert names == [
        "Example Amnesty", "Example Archive", "Associazione Example Objectors",
        "Associazione Papa Example XXIII", "Associazione per la Example", "EXATT",
        "Example Builders of Peace", "Example Coordination for Peace", "FIM-Example",
        "Fondazione Example Culturale Example Ethics", "Gruppo Example", "EXI",
        "Un ponte per…",
    ]  # fmt: skip


def test_a_line_per_signer_with_two_dashes_is_no_wrapped_enumeration() -> None:
    text = (
        "Signatories:\n\n"
        "Jane Roe - Example Space Society - 20 September 2020\n"
        "John Doe - Example Satellite Group - 20 September 2020\n"
        "Ann Poe - Example Rocketry Club - 21 September 2020\n"
    )
    assert [(e.name, e.reading.person) for e in _read(text).organisations] == [
        ("Example Space Society", "Jane Roe"),
        ("Example Satellite Group", "John Doe"),
        ("Example Rocketry Club", "Ann Poe"),
    ]


def test_a_prose_enumeration_of_names_with_acronyms_then_a_verb() -> None:
    # every name ends with its acronym, so the last one does too (Turkish word order:
    # the verb comes last)
    text = (
        "Örnek İşçi Sendikaları Konfederasyonu (ÖİSK), Örnek Barolar Birliği (ÖBB), "
        "Örnek Ziraat Odaları Birliği (ÖZOB) Örnek Kuleler’de ortak basın açıklaması yaptı.\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Örnek İşçi Sendikaları Konfederasyonu (ÖİSK)", "Örnek Barolar Birliği (ÖBB)",
        "Örnek Ziraat Odaları Birliği (ÖZOB)",
    ]  # fmt: skip


def test_lines_that_leave_parentheses_open_are_wrapped_prose() -> None:
    text = (
        "The statement was read out by the president.\n"
        "Example Workers Confederation (\n"
        "EXW), Example Officers Union (\n"
        "EXO), Example Bar Association (EBA), Example\n"
        "Farmers Chambers Union (\n"
        "EFCU) met in the towers.\n"
    )
    assert not [e for e in _read(text).organisations if e.name.endswith("(")]


def test_a_long_enumeration_that_opens_a_sentence_is_its_subject() -> None:
    text = (
        "7 August 2012 - The Global Example Alliance (GEA), EXCIV, the Example Task Force, "
        "Example International, Beyond Example, Article 99 and the World Example Movement, "
        "welcome the appointment of a diverse panel.\n\n"
        "However, we are concerned the panel does not include the voices of people.\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Global Example Alliance (GEA)", "EXCIV", "Example Task Force",
        "Example International", "Beyond Example", "Article 99", "World Example Movement",
    ]  # fmt: skip
    polish = (
        "M.in. Fundacja Przykład, Fundacja Wzór, Przykładowa Rzeczpospolita, Sieć Przykład, "
        "Stowarzyszenie Przykład oraz Instytut Przykładu pragną zwrócić uwagę Pana Prezesa.\n"
    )
    assert len(_read(polish).organisations) == 6
    # three names opening a sentence are a list only when each says it is a body
    # (organisation word, acronym, legal form): "Velmar Roe" may be a person
    assert _read("Velmar Roe, Example Forum and EXA welcome the panel.\n").how == "none"
    bodies = _read("Example Union, Example Forum and EXA welcome the panel.\n")
    assert [e.name for e in bodies.organisations] == ["Example Union", "Example Forum", "EXA"]


def test_a_count_of_persons_who_signed_makes_the_names_after_it_persons() -> None:
    text = (
        "Colectivos firmantes:\n\n- Red Ejemplo de Salud\n- Asociación Ejemplo\n\n"
        "517 personas ya han firmado el manifiesto, aquí están algunas de ellas:\n\n"
        "- Ejemplar, Daniela\n- Muestra Sanchis, Belén\n- Modelo Baselga, Fátima\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == ["Red Ejemplo de Salud", "Asociación Ejemplo"]
    assert len([e for e in result.entries if e.reading.kind is ItemKind.PERSON]) == 3


def test_signers_named_in_a_news_sentence_by_their_kind_or_as_organisers() -> None:
    german = (
        "Die vier großen Umweltverbände Beispielpeace, EXWF, EXNA und EXBU haben in einer "
        "gemeinsamen Erklärung Kernforderungen zur Wahl erhoben.\n"
    )
    assert [e.name for e in _read(german).organisations] == [
        "Beispielpeace", "EXWF", "EXNA", "EXBU",
    ]  # fmt: skip
    portuguese = (
        "A mobilização foi organizada conjuntamente pela EXCUT, Força Exemplo, EXCTB, "
        "Nova Central Exemplo e Frente Povo Exemplo.\n"
    )
    assert [e.name for e in _read(portuguese).organisations] == [
        "EXCUT", "Força Exemplo", "EXCTB", "Nova Central Exemplo", "Frente Povo Exemplo",
    ]  # fmt: skip


def test_inline_lists_after_a_count_and_a_colon_or_in_a_byline() -> None:
    names = [
        "Ambiente e lavoro", "Club alpino esempio", "Centro turistico esempio",
        "Ente nazionale esempio animali", "Greenpeace Esempio", "Gruppo di intervento esempio",
        "Italia Esempio", "Lega Esempio", "Legambiente Esempio", "Pro natura esempio",
        "EXSIG",
    ]  # fmt: skip
    text = (
        "Le associazioni chiedono una governance forte. Richieste inoltrate attraverso un "
        f"documento stilato da 11 associazioni: {', '.join(names)}. “Mai come oggi i parchi "
        "hanno bisogno di una buona legge”.\n"
    )
    found = [e.name for e in _read(text).organisations]
    assert len(found) >= 10 and set(found) <= set(names)
    byline = (
        "Por Ecologistas Ejemplo, Salvemos Ejemplo, SEO/Ejemplo, WeMove Ejemplo y EXWF\n\n"
        "Las organizaciones firmantes nos reunimos con el comisario europeo.\n"
    )
    assert [e.name for e in _read(byline).organisations] == [
        "Ecologistas Ejemplo", "Salvemos Ejemplo", "SEO/Ejemplo", "WeMove Ejemplo", "EXWF",
    ]  # fmt: skip
    # a byline of one author names no list
    assert _read("By Jane Roe\n\nWe ask the council to act before the summer.\n").how == "none"


def test_persons_are_read_per_section_of_a_list_with_an_organisations_heading() -> None:
    persons = [
        "Ann Poe",
        "Bianca Exempel",
        "Marco Holzbeispiel",
        "Lilith Wittbeispiel",
        "Teal Bauerbeispiel",
        "Emma Roe",
        "Paul Doe",
        "Joscha Jägerbeispiel",
    ]
    text = (
        "Organisationen\n\n- Example Foundation e.V.\n- Example Chaos Club e. V.\n"
        "- Example Werkstätten e.V.\n\nUnterzeichner:innen\n\n"
        + "".join(f"- {p}\n" for p in persons)
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Example Foundation e.V.", "Example Chaos Club e. V.", "Example Werkstätten e.V.",
    ]  # fmt: skip


def test_empty_cells_keep_a_row_in_line_with_its_header() -> None:
    # a pledge table of candidates: an empty "Liste" cell must not shift the party into
    # the list's column, nor the city into the signer's affiliation
    text = (
        "Les signataires de l'engagement :\n\n"
        "| Signataire | Ville | Département | Liste | Étiquette |\n|---|---|---|---|---|\n"
        "| Jane Roe | Exampleville | 91 | Ensemble pour Exampleville | EXP |\n"
        "| John Doe | Otherton | 44 | | EXP, société civile |\n"
        "| Ann Poe | Otherton | 44 | | |\n"
    )
    result = _read(text)
    _check_offsets(text, result)
    assert [(e.name, e.reading.person, e.reading.place) for e in result.organisations] == [
        ("Ensemble pour Exampleville", "Jane Roe", "Exampleville"),
        ("EXP", "John Doe", "Otherton"),
    ]
    assert [e.reading.person for e in result.persons] == ["Ann Poe"]


def test_a_column_of_professions_or_affiliations_needs_an_organisation() -> None:
    # "Profession/Affiliation" holds either: a profession stays the person's role
    text = (
        "Endorsed by:\n\n"
        "| Individual Name | Profession/Affiliation |\n|---|---|\n"
        "| Jane Roe | Film Maker |\n"
        "| John Doe | Example University |\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Example University", "John Doe")
    ]
    assert [(e.reading.person, e.reading.person_role) for e in result.persons] == [
        ("Jane Roe", "Film Maker")
    ]


def test_a_letter_signed_by_one_organisation_at_its_end() -> None:
    prose = (
        "Wir fordern die Hochschulleitung auf, die abgesagte Veranstaltung noch in diesem "
        "Semester nachzuholen und mit den Studierenden über die Gründe der Absage zu "
        "sprechen, statt die Freiheit von Forschung und Lehre weiter zu beschränken."
    )
    text = (
        "# Offener Brief\n\n" + prose + "\n\n" + prose + "\n\nStudents for Example Town\n\n"
        "Kontakt:\n\nE-Mail: students@example.org\n"
    )
    result = _read(text)
    assert result.how == "sign-off"
    assert [e.name for e in result.organisations] == ["Students for Example Town"]
    # a closing sentence is not a sign-off, nor is a last line in a text that is no letter
    assert not _read(
        text.replace("Students for Example Town", "Dieser Brief ist auch als PDF verfügbar")
    ).found
    assert not _read(text.replace("# Offener Brief", "# Unser Semester")).found


def test_a_closing_formula_over_the_last_line_makes_it_the_signer() -> None:
    """ "*Love and rage,*" then "*Example Rebels Northtown*" ends a post with no statement
    word in its head (its demands a numbered list): the formula vouches for the name."""
    text = (
        "# Hunger strike for the climate\n\nWe have been on hunger strike for ten days in "
        "front of the town hall, and we will go on until the council listens to us and acts "
        "on the emergency.\n\nWe demand that:\n\n1. The council tells the truth.\n2. The "
        "council acts now.\n\n*Love and rage,*\n\n*Example Rebels Northtown*\n"
    )
    result = _read(text)
    assert result.how == "sign-off"
    assert [e.name for e in result.organisations] == ["Example Rebels Northtown"]
    # without the formula the last line of a post with no statement word is no signer
    assert not _read(text.replace("*Love and rage,*\n\n", "")).found


def test_a_signature_line_of_names_between_dashes_over_a_dateline() -> None:
    """The last line names the signers between dashes, no full stop, and a dateline
    follows it: the line is the letter's sign-off (invented names)."""
    prose = (
        "Le strutture nazionali invieranno una delegazione alla riunione del comitato per "
        "rivendicare il diritto al contratto e consegnare una lettera con le ragioni per le "
        "quali deve essere modificata la direttiva del ministero."
    )
    text = (
        prose + "\n\n" + prose + "\n\nEXA Lavoro – EXB Pubblico – Unione Esempio\n\n"
        "Roma, 15 gennaio 2008\n"
    )
    result = _read(text)
    assert result.how == "sign-off"
    assert [e.name for e in result.organisations] == [
        "EXA Lavoro",
        "EXB Pubblico",
        "Unione Esempio",
    ]


def test_an_enumeration_closed_by_and_before_a_clause() -> None:
    # the last piece "C (KESK) ve D ve E (TMMOB)" closes the enumeration: the acronyms in
    # the clause after it ("OHAL", "KHK") are not signers, and "ve" inside D's name stays
    text = (
        "Türk Tabipleri Birliği (TTB), Devrimci İşçi Sendikaları Konfederasyonu (DİSK), "
        "Kamu Emekçileri Sendikaları Konfederasyonu (KESK) ve Türk Mühendis ve Mimar "
        "Odaları Birliği (TMMOB), Olağanüstü Hal (OHAL) ve Kanun Hükmünde Kararnamelerin "
        "(KHK) derhal kaldırılması talebiyle ortak basın toplantısı düzenledi.\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Türk Tabipleri Birliği (TTB)",
        "Devrimci İşçi Sendikaları Konfederasyonu (DİSK)",
        "Kamu Emekçileri Sendikaları Konfederasyonu (KESK)",
        "Türk Mühendis ve Mimar Odaları Birliği (TMMOB)",
    ]


def test_a_petition_list_of_names_and_countries_is_of_persons() -> None:
    # "Name Country" with no separator: the country is a column, the names are persons
    names = ["Jean DUPONT", "Marie Exemple", "CADOT Florian", "Ann Poe", "Bo Lee", "Ida Roe"]
    countries = ["France", "Senegal", "France", "Switzerland", "Burkina Faso", "France"]
    text = "Derniers signataires :\n" + "".join(
        f"{n} {c}\n" for n, c in zip(names, countries, strict=True)
    )
    result = _read(text)
    assert result.organisations == ()
    assert [(e.reading.person, e.reading.country) for e in result.persons] == list(
        zip(names, countries, strict=True)
    )
    # a list of organisations keeps the country in the name
    groups = ["Example Network France", "Amis de la Terre France", "Example Union France"]
    orgs = _read("Signataires :\n" + "".join(f"{g}\n" for g in [*groups, *groups[:2]]))
    assert [e.name for e in orgs.organisations][:3] == groups


def test_a_category_heading_inside_a_list_is_a_section() -> None:
    # "Associacions de veïns i veïnes" names a kind of signer, then an enumeration
    text = (
        "Entre els signants:\n"
        "Associacions de veïns i veïnes\n"
        "Example Nord,  Poble  Exemple,  Vila de Exemple,  Casc  Antic Exemple,  Sant\n"
        "Ramon Exemple, Fort Exemple, Triangle de Exemple, Prosperitat Exemple, Horta\n"
        "Col·lectius i entitats\n"
        "Plataforma Example, Fundació Exemple, SOS Example, Grup Exemple, Salvem Exemple\n"
    )
    result = _read(text)
    assert [" ".join(e.name.split()) for e in result.organisations] == [
        "Example Nord", "Poble Exemple", "Vila de Exemple", "Casc Antic Exemple",
        "Sant Ramon Exemple", "Fort Exemple", "Triangle de Exemple", "Prosperitat Exemple",
        "Horta", "Plataforma Example", "Fundació Exemple", "SOS Example", "Grup Exemple",
        "Salvem Exemple",
    ]  # fmt: skip
    assert [e.name for e in result.entries if e.reading.kind is ItemKind.SECTION] == [
        "Associacions de veïns i veïnes", "Col·lectius i entitats",
    ]  # fmt: skip


def test_a_sentence_asking_for_something_announces_demands_not_signers() -> None:
    text = (
        "De organisaties vragen de Kamer om door te pakken op:\n"
        "- Herstel, bescherming en verbinding van natuur\n"
        "- Snellere verduurzaming van industrie en energie\n"
        "- Een eerlijk en duurzaam voedselsysteem\n\n"
        "Het manifest is opgesteld door: Stichting Example, Example Nederland, "
        "EXA NL, Natuur & Example\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Stichting Example", "Example Nederland", "EXA NL", "Natuur & Example",
    ]  # fmt: skip


def test_notes_citing_sources_and_a_menu_are_not_lists() -> None:
    notes = "".join(
        f"{k}. Example News, \u201cA long title about the case {k},\u201d 20 May 2015, "
        f"https://news.example.org/{k}\n"
        for k in range(1, 7)
    )
    assert not _read("A long paragraph of the report that nobody signed.\n\n" + notes).found
    menu = "\n\n".join(["Comentários", "Comentar", "Newsletter", "Banners", "Parceiros"])
    text = "Nove ex-ministros entregaram uma carta ao presidente do Senado.\n\n" + menu + "\n"
    assert not _read(text).found


def test_the_site_furniture_after_a_rights_notice_is_no_list() -> None:
    """A news page's text ends with its rights notice; the short lines after it are the
    site's ("Related topics", "Velmar Weather Forecast"), and the article's own sentence
    names the signers (invented names)."""
    text = (
        "Five groups urge the UN chief to act\n\n"
        "The letter was signed by Velmar Rights Watch, Tarrow International, the Quenby "
        "Commission of Jurists and the Velmar Federation for Human Rights.\n\n"
        "Copyright \u00a9 The Example Press. All rights reserved.\n\n"
        "Most recent Religion stories\n\nRelated topics\n\nReligion\nThe Example Press\n\n"
        "    STAY IN THE KNOW\n\n    Get informative articles delivered to your inbox weekly.\n\n"
        "    EXA Weather Forecast\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Velmar Rights Watch", "Tarrow International", "Quenby Commission of Jurists",
        "Velmar Federation for Human Rights",
    ]  # fmt: skip


def test_an_addressee_block_then_copies_a_date_and_the_salutation_is_no_list() -> None:
    """The addressee's block ("Jane Roe / Velmar Inc. / 1 Tarrow Loop / Quenby, CA 95014
    USA") stands a few blocks before "Dear Jane Roe,", copies and a date between: no
    signers (invented names)."""
    text = (
        "Over 150 groups today wrote to the company's chief executive.\n\n"
        "Jane Roe\nVelmar Inc.\n1 Tarrow Loop\nQuenby, CA 95014 USA\n\n"
        "CC: John Doe, Senior Director of Global Privacy\n\n"
        "Ann Poe, Senior Vice President, Worldwide Marketing\n\n"
        "December 18, 2020\n\n"
        "Dear Jane Roe,\n\n"
        "We are a coalition of activist groups writing to you about the policy.\n"
    )
    assert not _read(text).organisations


def test_a_pdf_paragraph_names_its_signers_over_wrapped_lines() -> None:
    # a sentence with a list word wrapped onto the next line is prose, not a cue; the
    # signers' sentence wraps names across lines, some lines holding one comma only
    text = (
        "As  entidades  signatárias  também  declaram  apoio  às  reivindicações  e  à  reforma\n"
        "política, pela via de um plebiscito popular.\n\n"
        "Assinaram  o  documento  a  Confederação  Nacional  dos  Trabalhadores  na  Agricultura\n"
        "(CONTAG),  o  MST,  o  Movimento  dos  Atingidos  por  Barragens  (MAB),  Movimento  dos\n"
        "Pequenos Agricultores (MAP), Entidade Nacional de Estudantes de Biologia (ENEBIO),\n"
        "Articulação  dos  Empregados  Rurais  do  Estado  de  Minas  Gerais, Sindicato  Nacional\n"
        "dos Trabalhadores de Pesquisa e Desenvolvimento Agropecuário (SINPAF), Movimento\n"
        "Camponês Popular (MCP).\n"
    )
    result = _read(text)
    _check_offsets(text, result)  # names as written, line breaks and all
    names = [" ".join(e.name.split()) for e in result.organisations]
    assert names == [
        "Confederação Nacional dos Trabalhadores na Agricultura (CONTAG)",
        "MST", "Movimento dos Atingidos por Barragens (MAB)",
        "Movimento dos Pequenos Agricultores (MAP)",
        "Entidade Nacional de Estudantes de Biologia (ENEBIO)",
        "Articulação dos Empregados Rurais do Estado de Minas Gerais",
        "Sindicato Nacional dos Trabalhadores de Pesquisa e Desenvolvimento Agropecuário (SINPAF)",
        "Movimento Camponês Popular (MCP)",
    ]  # fmt: skip
    assert "política" not in " ".join(names)


def test_a_polish_support_list_under_city_headings_with_link_marks() -> None:
    # "Popierają nas" (they support us), then cities heading their signers; "[link]"
    # and "[pdf]" marks after a name are not part of it
    text = (
        "Popierają nas\n\nGdańsk\n"
        "- Rada Wydziału Akademii Exemplarnej w Gdańsku [link] [stary link]\n"
        "- NSZZ „Solidarność” Uniwersytetu Exemplarnego [pdf]\n"
        "Kraków\n"
        "- Związek Zawodowy Nauczycieli Exemplarnych [link2]\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Rada Wydziału Akademii Exemplarnej w Gdańsku",
        "NSZZ „Solidarność” Uniwersytetu Exemplarnego",
        "Związek Zawodowy Nauczycieli Exemplarnych",
    ]
    assert [e.name for e in result.entries if e.reading.reason == "place heading"] == [
        "Gdańsk", "Kraków",
    ]  # fmt: skip


def test_a_table_of_names_and_functions_is_a_table_of_persons() -> None:
    text = (
        "São Paulo, 8 de janeiro de 2023\n\n"
        "| Nome | Cargo |\n|---|---|\n"
        "| Jane Roe | Presidente da EXU (Central Exemplar dos Trabalhadores) |\n"
        "| John Doe | Presidente da EXT (União Exemplar dos Trabalhadores) |\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("EXU (Central Exemplar dos Trabalhadores)", "Jane Roe"),
        ("EXT (União Exemplar dos Trabalhadores)", "John Doe"),
    ]


def test_a_news_report_names_signers_among_them_and_related_headlines_are_not() -> None:
    text = (
        "MADRID, 11 (EXAMPLE) Un total de 37 organizaciones entregarán hoy un manifiesto.\n\n"
        "Entre ellas se encuentran Amigos de la Example, la Coordinadora de ONG para el "
        "Desarrollo, Ecologistas en Example, Greenpeace, EXA/Birdlife, Veterinarios sin "
        "Fronteras, WWF/Example, EXCU, Federación Regional de Asociaciones de Vecinos de "
        "Example, CCOO, UGT y Justicia y Paz.\n\n"
        "Relacionados\n"
        "- Ecologistas, sindicatos y consumidores se manifestarán mañana en Madrid\n"
        "- Ecologistas, sindicatos y consumidores apoyan a la ministra frente a la caza\n"
    )
    names = [e.name for e in _read(text).organisations]
    assert names[0] == "Amigos de la Example"
    assert names[-3:] == ["CCOO", "UGT", "Justicia y Paz"]
    assert len(names) >= 10  # "Coordinadora de ..." may read as a role: one in ten
    assert not any("Ecologistas," in n for n in names)


def test_enumerations_of_other_languages_introduced_by_their_own_words() -> None:
    # Indonesian "terdiri dari" (consisting of) and "dan"; Arabic "صدر ... عن كل من"
    # (issued by each of) with the conjunction written onto each name
    indonesian = (
        "Koalisi Masyarakat Sipil yang terdiri dari KontraS, Imparsial, Yayasan Lembaga "
        "Bantuan Hukum Example (YLBHE), LBH Jakarta, Amnesty International Example dan "
        "LBH Bandung, menilai kondisi penyelesaian pelanggaran HAM mengalami kemunduran.\n"
    )
    assert [e.name for e in _read(indonesian).organisations] == [
        "KontraS", "Imparsial", "Yayasan Lembaga Bantuan Hukum Example (YLBHE)",
        "LBH Jakarta", "Amnesty International Example", "LBH Bandung",
    ]  # fmt: skip
    arabic = (
        "وقد صدر هذا النداء عن كل من الرابطة المثال للدفاع عن حقوق الانسان، والنقابة "
        "الوطنية للمثال، وجمعية المثال من اجل الديمقراطية، والنقابة العامة للمثال.\n"
    )
    assert [e.name for e in _read(arabic).organisations] == [
        "الرابطة المثال للدفاع عن حقوق الانسان", "النقابة الوطنية للمثال",
        "جمعية المثال من اجل الديمقراطية", "النقابة العامة للمثال",
    ]  # fmt: skip


def test_an_organising_committee_heading_and_a_table_of_described_persons() -> None:
    # "Tertip Komitesi" (organising committee) alone on its line heads its members;
    # inside a name ("National Nurses Organizing Committee") it is only a name
    turkish = (
        "Bu önemli STK hareketine, sizleri davet ediyoruz.\n\nTertip Komitesi\n"
        "Şehit Aileleri Federasyonu, Türkiye Kamu-Sen, İstanbul Aydınlar Ocağı, Cumhuriyet\n"
        "Kadınları Derneği, Türk Boyları Konfederasyonu, Hukukun Egemenliği Derneği,\n"
        "Kamu Çalışanları Vakfı, Türk Aydınlar Vakfı.\n"
    )
    assert len(_read(turkish).organisations) == 8
    # "Nume | Descriere": persons and what they are; "Membru al X" signs for X
    romanian = (
        "Membri\n\n| Nume | Descriere |\n|---|---|\n"
        "| Jane Roe | Jurist și membru al Grupului de Dialog Exemplar. |\n"
        "| John Doe | Inginer de calculatoare. |\n"
    )
    result = _read(romanian)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Grupului de Dialog Exemplar", "Jane Roe")
    ]
    assert [e.reading.person for e in result.persons] == ["John Doe"]


def test_an_enumeration_splits_its_last_piece_at_the_first_and() -> None:
    # the last name may hold "and" itself: "UGT y Justicia y Paz" is UGT, then
    # "Justicia y Paz"; "KESK ve Türk Mühendis ve Mimar Odalari" likewise
    text = "Firmado por: Ecologistas en Example, Greenpeace Example, UGT y Justicia y Paz.\n"
    assert [e.name for e in _read(text).organisations] == [
        "Ecologistas en Example", "Greenpeace Example", "UGT", "Justicia y Paz",
    ]  # fmt: skip


def test_an_enumeration_with_function_words_legal_forms_and_an_odd_name() -> None:
    """An include verb ("Zu den Organisationen gehören"), names with lower-case function
    words ("Aktion gegen den Hunger"), a legal form ("e.V."), a lower-case brand and an
    organisation word in lower case ("Caritas international") in one sentence."""
    text = (
        "In einem gemeinsamen Appell sprechen sich 9 Organisationen gegen Kürzungen aus. "
        "Zu den Organisationen gehören Aktion gegen den Beispiel, Brot für die Beispiele, "
        "Beispiel-Netzwerk e.V., Caritas international, Freunde des Beispielfonds, "
        "well:example, Example Aid, Beispielhilfe und World Example.\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Aktion gegen den Beispiel", "Brot für die Beispiele", "Beispiel-Netzwerk e.V.",
        "Caritas international", "Freunde des Beispielfonds", "well:example",
        "Example Aid", "Beispielhilfe", "World Example",
    ]  # fmt: skip
    _check_offsets(text, result)


def test_signers_after_a_colon_that_a_signing_word_introduces() -> None:
    text = (
        "Diverse organizzazioni lanciano un appello al Governo. «Non possiamo tacere». "
        "A firmare sono in tanti: EXA, ARCEX, Rete Esempio, Centro Esempio, Comunità di "
        "S.Esempio, Giu le esempi, Esempio Italia, UIL.\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "EXA", "ARCEX", "Rete Esempio", "Centro Esempio", "Comunità di S.Esempio", "Giu le esempi",
        "Esempio Italia", "UIL",
    ]  # fmt: skip
    # a colon far from the statement word opens something else: guests of a press
    # conference, not signers
    text = (
        "The statement was presented at a press conference in the capital on Monday with "
        "guests from abroad: Example Union, Example Forum, Example Network, Example Watch.\n"
    )
    assert not _read(text).found


def test_quoted_names_promoted_in_one_clause_with_such_as() -> None:
    """ "Este manifiesto lo promueven movimientos como «A», «B» y «C»": the names in their
    quotation marks, signers although "como" (such as) introduces them."""
    text = (
        "Este manifiesto lo promueven movimientos ecologistas como «Juventud por el "
        "ejemplo – Fridays For Example (FFE)», «2020: Rebelión por el Ejemplo», «Alianza "
        "por el Ejemplo» y «Emergencia Ejemplar Ya» con el objetivo de defender «un "
        "planeta vivo».\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Juventud por el ejemplo – Fridays For Example (FFE)", "2020: Rebelión por el Ejemplo",
        "Alianza por el Ejemplo", "Emergencia Ejemplar Ya",
    ]  # fmt: skip


def test_a_list_ends_at_a_blog_comment_form_and_a_press_release_end_mark() -> None:
    text = (
        "Signed by:\n\nExample Network\nExample Union\nExample Forum\n\n"
        "ENDS\n\nExample Watch\n\nPost a Comment\n\nExample Reply\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Example Network", "Example Union", "Example Forum",
    ]  # fmt: skip


def test_titles_for_identification_only_make_the_signers_persons() -> None:
    """An endorsement page: persons with their offices, a sub-heading enumerating kinds
    of signers, post-nominals ("Jr.", "M.D., M.P.H") and a note saying the titles are for
    identification only; nobody signs for an organisation."""
    text = (
        "Endorsements\n\n"
        "Elected Officials\n\n"
        "Jane Roe, Example State Senator*\n"
        "John Doe, Example City Council (Ret.)*\n"
        "José Example, Jr., Example School District Board of Trustees*\n"
        "Board and Committee Members, Commissioners, and Organizational Leaders\n\n"
        "Mary Major, Example Planning Commission*\n"
        "Michael Example, M.D., M.P.H, Example County Health Advisory Commission*\n"
        "Anna Example, Library Board*\n\n"
        "*Titles for identification purposes only. Affiliation does not imply endorsement "
        "by a business or organization\n"
    )
    result = _read(text)
    assert result.organisations == ()
    persons = [e.reading.person for e in result.persons]
    assert persons[-5:] == [
        "John Doe", "José Example", "Mary Major", "Michael Example", "Anna Example",
    ]  # fmt: skip
    sections = [e.name for e in result.entries if e.reading.kind is ItemKind.SECTION]
    assert "Board and Committee Members, Commissioners, and Organizational Leaders" in sections


def test_a_note_with_a_mark_frees_only_the_marked_signers() -> None:
    text = (
        "Signed by:\n\n"
        "Example Network\n"
        "Jane Roe, Example University*\n"
        "John Doe, Example Foundation\n\n"
        "* Affiliation for identification purposes only\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == ["Example Network", "Example Foundation"]
    assert [e.reading.person for e in result.persons] == ["Jane Roe"]


def test_lines_after_a_title_that_counts_its_signers() -> None:
    """No cue and text after the list, but the title counts the signers ("Joint
    statement of 24 organisations"): the lines after it are they; the title is none."""
    names = [
        "Example Centre for Rights",
        "Exampleth",
        "Bimkom – Planners for Example",
        "Example Watch",
        "Parents Against Example Detention",
        "Zazim – Example Action",
    ]
    text = (
        "Gemeinsame Erklärung von 6 israelischen Organisationen\n\n"
        "Joint Statement: Draconian measure against human rights\n\n"
        + "\n".join(f"{n} |" for n in names)
        + "\n\n„The designation of prominent civil society organizations is a draconian "
        "measure that criminalizes critical human rights work.“ Criminalizing such work is "
        "an act of cowardice, characteristic of repressive authoritarian regimes.\n\n"
        "Kommentar verfassen\n"
    )
    assert [n for _, n in _names(_read(text))] == names


def test_bullets_under_a_heading_that_counts_their_signers_whatever_their_case() -> None:
    """Bullets with no cue, most names in sentence case ("Velmar fotografi naturalisti"),
    under a heading of a few words that counts signers ("Le trenta sigle"): they are the
    signers it counts, even when the page stops short of the count; the same bullets
    under a heading that counts no signers are points."""
    names = [
        "Alleanza velmariana",
        "Tarrow",
        "Amici del Quenby",
        "Velmar aid",
        "Velmar equality",
        "Associazione fotografi tarrowiani",
        "Centro quenbiano studi ornitologici",
        "Gruppo d\u2019intervento velmarino",
    ]
    body = "\n".join(f"- {n}" for n in names)
    text = (
        "Trenta associazioni hanno scritto ai ministri per chiedere informazioni dirette "
        "sulla riforma della legge.\n\nLe trenta sigle\n\n"
        + body
        + "\n\n"
        + "Il testo della lettera prosegue con le richieste delle associazioni al governo, "
        "che non ha ancora risposto alle domande poste nelle settimane precedenti. " * 6
    )
    assert [n for _, n in _names(_read(text))] == names
    assert _names(_read(text.replace("Le trenta sigle", "Le trenta richieste"))) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Réunis lundi, les syndicats (EXU, Cé, EXL, FIDX, EXFDT, EXE-CGC) ont mis peu de "
         "temps à se mettre d’accord.",
         ["EXU", "Cé", "EXL", "FIDX", "EXFDT", "EXE-CGC"]),
        # a short phrase between the collective noun and its brackets
        ("La huelga fue convocada por los sindicatos presentes en la Mesa Sectorial "
         "(EXA, UGX, AMYX, CSIX Unión Profesional, USAX y SATSX). También la respaldan.",
         ["EXA", "UGX", "AMYX", "CSIX Unión Profesional", "USAX", "SATSX"]),
        # every bracket a collective noun gives, elided nouns too
        ("Cette mobilisation est organisée par le Collectif Exemple avec le soutien "
         "d'associations (EXA, LDX, FIDX, ACAX), de partis politiques (PX, PGX, PSX), et "
         "d'un grand nombre de syndicats.",
         ["EXA", "LDX", "FIDX", "ACAX", "PX", "PGX", "PSX"]),
        # a longer phrase between the noun and its brackets (eight words at most)
        ("En una carta, los sindicatos con representación en la Mesa Sectorial de Ejemplo "
         "(SATSX, CCOX, AMYTX, CSIX-UNIÓN PROFESIONAL y UGX), denuncian una situación.",
         ["SATSX", "CCOX", "AMYTX", "CSIX-UNIÓN PROFESIONAL", "UGX"]),
        # a Dutch compound collective noun ("milieuorganisaties")
        ("Namens de gezamenlijke natuur- en milieuorganisaties (Natuurexempel, "
         "LandschappenEX, Natuur & Exempel, Greenexample, SoortenEX) gaat er een brief uit.",
         ["Natuurexempel", "LandschappenEX", "Natuur & Exempel", "Greenexample",
          "SoortenEX"]),
        # between dashes after a described noun, opened by "m.in." (among others)
        ("Przedstawiciele największych polskich organizacji zajmujących się klimatem - "
         "m.in. Strajk dla Exemplu, WWF Exempl, Młodzieżowy Strajk Exemplowy, Koalicja "
         "Exemplowa - podpisali w sobotę petycję do Sejmu.",
         ["Strajk dla Exemplu", "WWF Exempl", "Młodzieżowy Strajk Exemplowy",
          "Koalicja Exemplowa"]),
        ("Die beteiligten Verbände der Kampagne (u.a. Exempel e.V., Beispielbund, "
         "Musterhilfe und Beispielnetz) fordern ein Umdenken.",
         ["Exempel e.V.", "Beispielbund", "Musterhilfe", "Beispielnetz"]),
        # examples that trail off are a kind's members named in passing: nothing
        ("La loi était dénoncée par une très large majorité des réseaux associatifs "
         "nationaux (le Mouvement exemple, La Ligue des exemples, Greenexample…). Désormais "
         "tout doit cesser.", []),
        # a statement word in the clause before a shorter subject list
        ("Dans un communiqué commun, la CFDX, la CFTX, la CGX et l'Unsx affirment que nul "
         "n'est illégitime.", ["CFDX", "CFTX", "CGX", "Unsx"]),
        ("In a joint statement, Example Aid, the Example Union and Examplewatch said they "
         "would not attend.", ["Example Aid", "Example Union", "Examplewatch"]),
        # no statement word in that clause: a sentence about them, nothing
        ("Last year, Example Aid, the Example Union and Examplewatch met the minister.", []),
        ("Dans une déclaration commune, la EXGT, FO, Solidaires Exemple, Exef, EXL, FIDX, "
         "font le constat que la politique actuelle accroît les inégalités.",
         ["EXGT", "FO", "Solidaires Exemple", "Exef", "EXL", "FIDX"]),
        ("Just nu är vi 5 organisationer som står bakom nätverket: Exempel // Black "
         "Example Federation // Föreningen Exempel // Kampanjen Exempel // Exempelfront\n",
         ["Exempel", "Black Example Federation", "Föreningen Exempel", "Kampanjen Exempel",
          "Exempelfront"]),
    ],
)  # fmt: skip
def test_enumerations_in_brackets_opening_a_clause_or_after_a_counted_colon(
    text: str, names: list[str]
) -> None:
    assert [n for _, n in _names(_read(text))] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Example-New Zealand, Greenexample, Forest & Example, Communities Against Fast "
         "Example (CAFE), Example Watchdog, and Kiwis Against Example Mining have announced "
         "a march down Queen Street to protest the Example Bill.",
         ["Example-New Zealand", "Greenexample", "Forest & Example",
          "Communities Against Fast Example (CAFE)", "Example Watchdog",
          "Kiwis Against Example Mining"]),
        ("Privacy groups the Open Example Group, Example International and Big Example "
         "Watch have written to internet service providers, demanding that they act.",
         ["Open Example Group", "Example International", "Big Example Watch"]),
    ],
)  # fmt: skip
def test_news_sentences_naming_the_signers(text: str, names: list[str]) -> None:
    """A serial comma before the last name, and "have written" as the statement word
    after a collective noun."""
    assert [n for _, n in _names(_read(text))] == names


def test_a_letterhead_of_dash_separated_names_and_a_long_list_after_a_colon() -> None:
    text = (
        "EXGT – EXFDT – FO – Solidaires – EXSU – EXSA – EXEF – EXCPE\n\n"
        "soutiennent ces mouvements qui montrent le rejet du projet par la jeunesse.\n"
    )
    assert [n for _, n in _names(_read(text))][:3] == ["EXGT", "EXFDT", "FO"]
    names = [f"Example {w} Network" for w in "ABCDEFGHIJ"]
    text = (
        "The statement is the result of a series of seminars at the Example Forum in 2009, "
        "which involved among others : " + ", ".join(names) + ".\n"
    )
    assert [n for _, n in _names(_read(text))] == names
    # a short enumeration after a colon far from the statement word is not signers
    text = (
        "The statement was presented at a press conference in the capital on Monday with "
        "guests from abroad: " + ", ".join(names[:4]) + ".\n"
    )
    assert not _read(text).found


def test_a_counted_enumeration_with_a_slogan_and_a_hashtag_among_the_names() -> None:
    text = (
        "Just nu är vi 6 organisationer som står bakom nätverket: Exempel Federation // "
        "Nätverket Nu är det Exempel ! // Partiet Exempel // #Exempeltag // Unga Exempel "
        "// Exempelfront //\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Exempel Federation", "Nätverket Nu är det Exempel !", "Partiet Exempel",
        "#Exempeltag", "Unga Exempel", "Exempelfront",
    ]  # fmt: skip
    # a slogan in lower case after a comma is no name
    assert not _read("On vit ensemble, on lutte ensemble !\n").found


def test_signed_by_the_leaders_of_unions_then_a_clause() -> None:
    text = (
        "An open letter, signed by the leaders of Examplef, Community, the Example Workers "
        "Union, GMX, the Musicians Example Union, Exampleson and Examplite, notes that, "
        "following years of austerity and falling living standards, workers need rights.\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Examplef", "Community", "Example Workers Union", "GMX", "Musicians Example Union",
        "Exampleson", "Examplite",
    ]  # fmt: skip


def test_a_list_of_persons_signing_for_organisations() -> None:
    """Several "Given Family for the Example Centre" lines: the person signs for the
    organisation, whatever the given name (none of these is in the lexicon)."""
    text = (
        "Signed by:\n\n"
        "Chinmayi Examplen for the Centre for Example Governance\n"
        "Sunil Examplam for the Centre for Example and Society\n"
        "Parminderjeet Examplh for IT for Example\n"
        "Mishi Examplary for the Software Freedom Example Centre, India\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Centre for Example Governance", "Chinmayi Examplen"),
        ("Centre for Example and Society", "Sunil Examplam"),
        ("IT for Example", "Parminderjeet Examplh"),
        ("Software Freedom Example Centre", "Mishi Examplary"),
    ]
    assert result.organisations[-1].reading.country == "India"
    # two such lines among plain names stay names as written ("Examplers for Peace")
    few = "Signed by:\n\n" + "\n".join(text.splitlines()[2:4]) + "\nExample Union\n"
    assert [e.reading.person for e in _read(few).organisations] == [None, None, None]


def test_groups_named_for_what_they_stand_for_are_no_persons_signing() -> None:
    """ "Velmar Voice for Peace Boston", "... Atlanta", "Tarrow Jews for Liberation": one
    "person" before many bodies, most with no known given name, are groups' names (the
    chapters of one network), not persons signing "for" a body (invented names)."""
    lines = [
        "Tarrow Jews for Palestine (TJP)", "Velmar Voice for Peace Boston",
        "Quenby Jews for Liberation", "Velmar Voice for Peace Atlanta", "Tarrow Law Association",
        "Velmar Voice for Peace Cleveland", "Jane Roe, Quenby Faculty of Arts and Sciences",
    ]  # fmt: skip
    text = "## Signatories\n\n" + "".join(f"{k}. {line}\n" for k, line in enumerate(lines, 1))
    names = [e.name for e in _read(text).organisations]
    assert names[:6] == lines[:6]


def test_an_elided_article_is_left_off_a_name_in_a_sentence_but_a_capital_one_stays() -> None:
    """ "firmata da l'Associazione Esempio" (typographic apostrophe): the article is not
    the name; "L'Altra Exemple" at the start of a name is (how the group writes itself)."""
    text = (
        "La lettera è firmata da l’Associazione Esempio Nazionale, la Rete Esempio e il "
        "Centro Esempio.\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Associazione Esempio Nazionale", "Rete Esempio", "Centro Esempio",
    ]  # fmt: skip
    text = "Signed by: L’Altra Exemple, Example Union and Example Forum.\n"
    assert next(n for _, n in _names(_read(text))) == "L’Altra Exemple"


def test_an_include_verb_after_the_signers_subject_opens_an_inline_list() -> None:
    """ "Organisations who supported the statement include; A, B ... and C" and "Those
    signing the letter include members of A, bloggers from B, ..., among others": the
    include verb's subject says they are signers; a category's words before a name
    ("members of", "bloggers from", "organizations like the") and a closing "among
    others" are not names. Bullets of prose around it are not a cue-free list."""
    text = (
        "  • On the 1st March 2020, over 100 charity heads from across the country urged "
        "the government not to turn its back on the poorest people and called on it to keep "
        "the department as it is: https://example.org/press/2020/over-100-charities-warn\n"
        "  • Organisations who supported the statement include; Example Vision UK, "
        "Example Aid UK, EXAIDS, War on Example and Example Mothers Union.\n"
        "  • The Independent Commission for Example Impact scrutinises aid spendin\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Example Vision UK", "Example Aid UK", "EXAIDS", "War on Example",
        "Example Mothers Union",
    ]  # fmt: skip
    text = (
        "Those signing the letter include members of Example Band, bloggers from "
        "ExampleKos, scholars' groups like the Example Law Clinic, and organizations like "
        "the Center for Example Progress, Example Library Association, the Example Caucus, "
        "and the Future of Example Coalition, among others.\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Example Band", "ExampleKos", "Example Law Clinic", "Center for Example Progress",
        "Example Library Association", "Example Caucus", "Future of Example Coalition",
    ]  # fmt: skip
    _check_offsets(text, result)


def test_an_include_verb_far_from_a_signers_word_opens_nothing() -> None:
    """ "groups released a letter to the banks, including the Example Bank, and leaders of
    the Example governments": the include verb is the banks', not the signers'."""
    text = (
        "Over 200 groups released a letter calling on development banks, including the "
        "Example Bank, and leaders of Example governments to stop funding fossil fuels.\n"
    )
    assert not _read(text).organisations


def test_a_category_before_a_name_in_an_inline_list_is_not_the_name() -> None:
    """ "Hanno aderito: ..., i comuni di A; l'associazione B; le sigle sindacali C, D e E":
    the category's words (with a collective noun or an organisation word, or a relation
    "of"/"di") are left off the name; lower-case words alone are not a category."""
    text = (
        "Ad oggi hanno aderito: la Regione Esempio, i comuni di Esempiopoli, l’associazione "
        "Articolo Esempio; le sigle sindacali EXIL, EXSL e EXL.\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Regione Esempio", "Esempiopoli", "Articolo Esempio", "EXIL", "EXSL", "EXL",
    ]  # fmt: skip
    _check_offsets(text, result)


def test_a_dashed_list_after_a_signing_phrase_and_its_statement_words() -> None:
    """ "hanno sottoscritto la lettera: A - B - C": the words between the phrase and the
    colon are skipped, the spaced dashes separate the names; "Fima (Federazione italiana
    media ambientali)" spells its acronym out and is a name, not a sentence."""
    text = (
        "Sono queste le organizzazioni che hanno sottoscritto la lettera: Accademia Esempio – "
        "Lipex – Legambiente Esempio – Fima (Federazione italiana media ambientali) – "
        "Rangers Esempio – Trio onlus, ambiente e salute – Press Example.\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Accademia Esempio", "Lipex", "Legambiente Esempio",
        "Fima (Federazione italiana media ambientali)", "Rangers Esempio",
        "Trio onlus, ambiente e salute", "Press Example",
    ]  # fmt: skip
    _check_offsets(text, result)


def test_a_list_set_off_by_dashes_ends_at_the_closing_dash() -> None:
    """ "Nella lettera - a firma di A, B, ..., ARI/Verona e C - la rete chiede ...": "a
    firma di" is a signing phrase; the closing dash and a clause end the list; an acronym
    with its place ("ARI/Verona") is not a person called Ari."""
    text = (
        "Nella lettera – pubblicata lunedì a firma di Fridays for Example Verona, Esempio "
        "Rebellion Verona, Legambiente Verona, WWF Verona, FIAB Verona, ARI/Verona, Gli "
        "Specialisti del Biologico e Isde Medici per l’Ambiente – la compagine ambientalista "
        "chiede al Sindaco di impegnarsi.\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Fridays for Example Verona", "Esempio Rebellion Verona", "Legambiente Verona",
        "WWF Verona", "FIAB Verona", "ARI/Verona", "Gli Specialisti del Biologico",
        "Isde Medici per l’Ambiente",
    ]  # fmt: skip
    _check_offsets(text, result)


def test_an_inline_list_goes_on_in_the_paragraphs_after_it() -> None:
    """ "The 26 groups are A, B ..." (a copula after the subject), then "They also include
    ..." and "Others are ..." paragraphs: one list in three parts, past a line of page
    furniture between them; a paragraph with its own subject ("Our steering committee
    includes") does not go on with it."""
    text = (
        "A coalition of 26 civil society organisations has declared Tuesday a day of protest.\n\n"
        "The 26 CSOs are Example Situation Room, Example Africa, Partners for Example Reform "
        "(PER), Example Press Centre and Example Monitoring Group.\n\n"
        "See also  Something else entirely in the news today\n\n"
        "They also include the EXAMPLE Foundation, Example Advocacy Centre (EXAC) and "
        "Example Hub.\n\n"
        "Others are Take Back Example Movement, 100 Example Lobby Group and Ready To Lead "
        "Example.\n\n"
        "Our steering committee includes Jane Roe (Example University) and John Doe "
        "(Example Institute).\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Example Situation Room", "Example Africa", "Partners for Example Reform (PER)",
        "Example Press Centre", "Example Monitoring Group", "EXAMPLE Foundation",
        "Example Advocacy Centre (EXAC)", "Example Hub", "Take Back Example Movement",
        "100 Example Lobby Group", "Ready To Lead Example",
    ]  # fmt: skip
    _check_offsets(text, result)
    # "Among its members are": the collective noun is not the sentence's subject
    assert (
        _read(
            "Among its members are grassroots movements like the Example Renters Union.\n"
        ).organisations
        == ()
    )


def test_a_news_report_adds_signers_in_later_sentences() -> None:
    """A report names the signers over several paragraphs: "A, B and C are among those to
    sign", then "Others to sign the letter, that X started, include ..." and "... have
    also signed"; a paragraph naming groups without adding to the list is not read."""
    text = (
        "Charities join forces\n\n"
        "Action for Example, Example Trust and Example Cancer Support are among those to "
        "sign the joint letter, which calls on the Chancellor to act.\n\n"
        "The uplift ends in April next year, but the coalition wants it to be permanent.\n\n"
        "Others to sign the letter, that has been started by the Example Foundation, "
        "include Examplehouse, Save the Examples, Exfam and the Example Trust.\n\n"
        "The Example Coalition, the Association of Example Organisations and the Example "
        "Benefits Consortium network of more than 100 organisations, have also signed.\n\n"
        "The groups Example Watch, Example Aid and Example Care met the minister last week.\n"
    )
    assert [n for _, n in _names(_read(text))][:7] == [
        "Action for Example", "Example Trust", "Example Cancer Support", "Examplehouse",
        "Save the Examples", "Exfam", "Example Trust",
    ]  # fmt: skip
    assert "Example Watch" not in [n for _, n in _names(_read(text))]
    assert "Example Benefits Consortium" in [n for _, n in _names(_read(text))]


def test_a_signing_verb_that_opens_its_sentence_then_among_others() -> None:
    text = (
        "La manifestazione è stata organizzata da associazioni pacifiste. Aderiscono anche, "
        "tra gli altri, Arcex, Aclex, Libera Esempio, Emergency Esempio, Movimento "
        "nonviolento, Un ponte per, Greenpeace Esempio. A piazza San Giovanni si parlerà.\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Arcex", "Aclex", "Libera Esempio", "Emergency Esempio", "Movimento nonviolento",
        "Un ponte per", "Greenpeace Esempio",
    ]  # fmt: skip
    # a statement noun that opens a sentence is a title, not a list's verb
    assert not _read(
        "Volksinitiative Artenvielfalt gestartet\nErhalt artenreicher Wiesen, ein Beitrag "
        "zum Erhalt der Artenvielfalt (hu)\n"
    ).organisations


def test_a_letterhead_of_names_between_asterisks_over_pdf_lines() -> None:
    """Lines of a letter's letterhead, "A * B * C *", inside the page's one paragraph of
    lines: the names between the asterisks are the signers."""
    text = (
        "Example Rivers * Clean Example Action * Defenders of Example * Examplejustice *\n"
        "Energy Example Coalition * Example America * Environmental Example Fund *\n"
        "Friends of the Example * League of Example Voters * National Example Society *\n"
        "Example Sierra Club * Voices for Example\n"
        "January 16, 2014\n"
        "Dear Mr. President,\n"
        "We applaud the actions you have taken to reduce carbon pollution and look forward\n"
        "to continuing to work with you to achieve these goals.\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "Example Rivers", "Clean Example Action", "Defenders of Example", "Examplejustice",
        "Energy Example Coalition", "Example America", "Environmental Example Fund",
        "Friends of the Example", "League of Example Voters", "National Example Society",
        "Example Sierra Club", "Voices for Example",
    ]  # fmt: skip
    _check_offsets(text, result)
    # a letterhead in capitals, one or two names a line: a line's end ends a name, and a
    # line holding one name belongs to the letterhead
    text = (
        "The coalition sent a letter to the White House on carbon pollution from power plants.\n"
        "EXAMPLE RIVERS * CENTER FOR INTERNATIONAL EXAMPLE LAW\n"
        "CLEAN EXAMPLE TASK FORCE * CLEAN EXAMPLE ACTION\n"
        "LEAGUE OF EXAMPLE VOTERS\n"
        "NATIONAL EXAMPLE SOCIETY * EXAMPLE SIERRA CLUB\n"
        "UNION OF CONCERNED EXAMPLES\n"
        "September 20, 2011\n"
        "Dear Mr. President:\n"
        "On behalf of our millions of members, our organizations are deeply concerned to learn\n"
        "that your agency will not meet its commitment to propose long-overdue standards.\n"
    )
    result = _read(text)
    assert [n for _, n in _names(result)] == [
        "EXAMPLE RIVERS", "CENTER FOR INTERNATIONAL EXAMPLE LAW", "CLEAN EXAMPLE TASK FORCE",
        "CLEAN EXAMPLE ACTION", "LEAGUE OF EXAMPLE VOTERS", "NATIONAL EXAMPLE SOCIETY",
        "EXAMPLE SIERRA CLUB", "UNION OF CONCERNED EXAMPLES",
    ]  # fmt: skip
    _check_offsets(text, result)


def test_enumerations_a_news_sentence_sets_off() -> None:
    """Names after a colon as the subject of their clause ("... non si placa: A, B, ...
    si sono uniti"), between dashes after a collective noun ("un cartello di
    associazioni - A, B e C - ha svolto"), after "tra cui" ("associazioni tra cui A, B e
    C, chiede"), and in brackets after a collective noun with one long name among them."""
    cases = {
        "L’opposizione delle associazioni non si placa: Marexample, Anci Esempio, Wwf "
        "Esempio, Greenpeace Esempio, Legambiente Esempio, Mareamico, Federalberghi Esempio "
        "si sono uniti in presidio davanti all’Ars.\n": [
            "Marexample", "Anci Esempio", "Wwf Esempio", "Greenpeace Esempio",
            "Legambiente Esempio", "Mareamico", "Federalberghi Esempio",
        ],
        "Questa mattina, un vasto cartello di associazioni - Coordinamento EXA (Fonti "
        "Rinnovabili ed Efficienza Energetica), Greenpeace Esempio, Kyoto Esempio, Comitato "
        "Sì alle Energie Rinnovabili No al Nucleare e WWF - ha svolto un presidio.\n": [
            "Coordinamento EXA (Fonti Rinnovabili ed Efficienza Energetica)",
            "Greenpeace Esempio", "Kyoto Esempio",
            "Comitato Sì alle Energie Rinnovabili No al Nucleare", "WWF",
        ],
        "L’appello, sottoscritto dai sindacati e da diverse associazioni tra cui Anpex, "
        "Aclex, Arcex, Legambex e Liberex, chiede di “cessare il fuoco subito”.\n": [
            "Anpex", "Aclex", "Arcex", "Legambex", "Liberex",
        ],
        "Radicali Esempio ed altre sedici organizzazioni ( Voltex, Servizio Esempio, Più "
        "Democrazia Esempio, Comitato Antispecista Difesa Animali Protezione Ambiente OdV, "
        "Partito Esempio). A Roma si sono riuniti.\n": [
            "Voltex", "Servizio Esempio", "Più Democrazia Esempio",
            "Comitato Antispecista Difesa Animali Protezione Ambiente OdV", "Partito Esempio",
        ],
    }  # fmt: skip
    for text, expected in cases.items():
        result = _read(text)
        assert [n for _, n in _names(result)] == expected, text
        _check_offsets(text, result)


def test_a_few_plain_lines_give_way_to_the_statement_sentence() -> None:
    """A news page: "A, B, ..., and O issued a statement", then a market ticker's few
    plain lines at its end ("FTSE 100", "Nikkei 225"): the sentence names the signers."""
    text = (
        "A group of leading aid organisations has welcomed the reappointment.\n\n"
        "Save the Example, UNEXAMPLE UK, Oxfam Example, Christian Example, Water Example, "
        "Tearexample, and Comic Example issued a statement marking the reappointment.\n\n"
        "Related Articles\n\n"
        "World Markets (15 minute+ time delay)\nFTSE 100\nNikkei 225\nS&P 500\nCrude Oil\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Save the Example", "UNEXAMPLE UK", "Oxfam Example", "Christian Example",
        "Water Example", "Tearexample", "Comic Example",
    ]  # fmt: skip


def test_more_ways_a_sentence_names_its_signers() -> None:
    """ "Joint statement from IT companies A, B and C" (companies are a collective noun),
    "a statement jointly issued by A, B", "400 associations dont A, la B, le c mais aussi
    le D et E" (the collective noun vouches for a name in lower case; "mais aussi" joins),
    and a list a stray full stop cut in two ("..., British Example. Coalition Against
    Example, ...")."""
    cases = {
        "Joint statement from IT companies Boxexample, Cryptoexample, Mailbox.example, "
        "Mailfence Example, and Tutaexample.\n": [
            "Boxexample", "Cryptoexample", "Mailbox.example", "Mailfence Example", "Tutaexample",
        ],
        "They made the demands in a statement jointly issued by Accountability Lab Example, "
        "Connected Example (CODEX), EXAP, BudgExample, and Enough is Example (EIE).\n": [
            "Accountability Lab Example", "Connected Example (CODEX)", "EXAP", "BudgExample",
            "Enough is Example (EIE)",
        ],
        "« Nous constatons les conséquences », dénoncent 400 associations dont Médecins sans "
        "exemples, la Ligue des droits de l’Exemple, ATD Quart Exemple, la Cimexemple mais "
        "aussi le Snes Exemple et Sud Exemple. « Ce 18 décembre, nous sommes décidés ».\n": [
            "Médecins sans exemples", "Ligue des droits de l’Exemple", "ATD Quart Exemple",
            "Cimexemple", "Snes Exemple", "Sud Exemple",
        ],
        "Other signatories and supporters include Asylum Example, Asylum Welcome Example, "
        "British Examples. Coalition Against Example Removal Centre, Campaign to Close "
        "Example, Dover Example Visitor Group and Example Association.\n": [
            "Asylum Example", "Asylum Welcome Example", "British Examples",
            "Coalition Against Example Removal Centre", "Campaign to Close Example",
            "Dover Example Visitor Group", "Example Association",
        ],
    }  # fmt: skip
    for text, expected in cases.items():
        result = _read(text)
        assert [n for _, n in _names(result)] == expected, text
        _check_offsets(text, result)
    # a sentence after the list that is no enumeration is not read into it
    text = (
        "The letter was signed by Example Union, Example Forum and Example Network. Example "
        "Watch, the Example Trust and others welcomed it on Monday.\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Example Union",
        "Example Forum",
        "Example Network",
    ]


def test_an_and_after_a_bracketed_acronym_joins_two_names() -> None:
    """ "..., Example Committee (EXC) and Example Centre of PEN, the Example Association
    (EXA) and ...": an "and" right after a name's bracketed acronym separates two names
    anywhere in the list; a few bullet points under the text (a page's topics) give way
    to the sentence that names the signers."""
    text = (
        "# Statement on internet shutdown\n"
        "Signatories to the letter include Paradigm Example, Reporters Without Examples, "
        "Example Committee to Protect Journalists (EXCPJ) and Example Centre of PEN, the "
        "Example Association (EXA), Example Foundation, and Example ICT Network (EXICT).\n\n"
        "## Associated with principle\n\n"
        "- Internet Access and Affordability\n"
        "- Freedom Of Expression\n"
        "- Right To Information\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Paradigm Example", "Reporters Without Examples",
        "Example Committee to Protect Journalists (EXCPJ)", "Example Centre of PEN",
        "Example Association (EXA)", "Example Foundation", "Example ICT Network (EXICT)",
    ]  # fmt: skip


def test_first_signatories_named_in_a_sentence_may_be_persons() -> None:
    """ "L'appello vede tra i primi firmatari A, B, C ...": "firmatari" (signatories) names
    persons as well as groups, so persons stay persons and no organisation is reported;
    "the local groups A, B and C" still makes each name a group's."""
    text = (
        "L’appello vede tra i primi firmatari Alessandro Esempio, Andrea Esempi, Beniamino "
        "Esempiano, Sandra Esempia, Tomaso Esempioni. Di seguito il testo dell’appello.\n"
    )
    assert not _read(text).organisations
    text = "The local groups Example North, Example South and Example East joined the call.\n"
    assert [n for _, n in _names(_read(text))] == [
        "Example North",
        "Example South",
        "Example East",
    ]


def test_a_couple_signing_together_is_persons_not_a_firm() -> None:
    from sochi_er.extraction import read_item

    for couple in ("Jon Paul & Aleece Example", "Alexandria and Brandon Perel Example"):
        assert read_item(couple).kind is ItemKind.PERSON, couple
    for firm in (
        "Ben & Jerry's Ice Cream", "Johnson & Johnson", "Warren & Son",
        "Smith & Example Architects PC", "Mary and Joseph Foundation",
        "Marie and Pierre Example Institute",
    ):  # fmt: skip
        assert read_item(firm).kind is ItemKind.ORGANISATION, firm
    # "Hugo and Example Finalist" after a name is a distinction, not a second person
    reading = read_item("Jane Example Roe - Hugo and Example Finalist, Editor", in_list=True)
    assert (reading.kind, reading.person) == (ItemKind.PERSON, "Jane Example Roe")


def test_a_headerless_table_of_surname_given_name_and_affiliation() -> None:
    """With no header naming its columns, a table whose rows hold a given name beside a
    short cell is a table of persons: the name is written over those two cells, the cell
    after them is the affiliation (a role alone leaves a person)."""
    writer = DocumentWriter()
    writer.add(BlockKind.PARAGRAPH, "We ask the city council to keep the library open.")
    writer.gap()
    group = writer.new_group()
    for cells in (
        ["SIGNATORIES", "", ""],
        ["ROE", "JANE", "Presidente Associazione Esempio Lettori"],
        ["DOE", "JOHN", "Direttivo Example Readers Network"],
        ["ROSSI", "MARIO", "Insegnante"],
        ["BIANCHI", "don ANNA", "Fondazione Esempio per la Cultura"],
        ["VERDI", "LUCA", "Giornalista"],
    ):
        writer.add(BlockKind.TABLE_ROW, "", cells=cells, group=group)
    result = find_signatories(writer.document())
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Associazione Esempio Lettori", "ROE JANE"),
        ("Example Readers Network", "DOE JOHN"),
        ("Fondazione Esempio per la Cultura", "BIANCHI don ANNA"),
    ]
    assert [(e.name, e.reading.person) for e in result.persons] == [
        ("ROSSI | MARIO", "ROSSI MARIO"), ("VERDI | LUCA", "VERDI LUCA"),
    ]  # fmt: skip
    # the same rows with no given names (a table of organisations and their towns) stay
    # organisations
    writer = DocumentWriter()
    writer.add(BlockKind.PARAGRAPH, "Signatories:")
    group = writer.new_group()
    for cells in (
        ["Example Readers Network", "Torino", "Italia"],
        ["Associazione Esempio Lettori", "Milano", "Italia"],
        ["Fondazione Esempio", "Roma", "Italia"],
    ):
        writer.add(BlockKind.TABLE_ROW, "", cells=cells, group=group)
    result = find_signatories(writer.document())
    assert result.persons == ()
    assert len(result.organisations) == 3


def test_bare_names_among_persons_are_persons_before_the_organisations() -> None:
    """A numbered list of persons (names we do not know among ones we do), then the
    organisations: a bare two-word name amid persons is a person; the organisations after
    them stay organisations, bare names among them too."""
    persons = [
        "Jane Roe",
        "Examplan Rajaretnam",
        "John Doe",
        "S. Examplasuthan",
        "Mary Major",
        "Kumaran Examplathan",
        "Paul Poe",
        "Examplika Gunathilaka",
        "D.B.S. Examplaraj - Journalist",
        "Anna Bianchi",
        "Luca Verdi",
    ]
    organisations = [
        "Example Alliance for Minorities",
        "Example Rights Trust (ERT)",
        "Example Fisheries Solidarity Organization (EFSO)",
        "Pavee Example",
        "Example Women's Action Network (EWAN)",
        "Example Teachers Union",
    ]
    text = "We, the undersigned, oppose the bill.\n\n" + "\n".join(
        f"{k}. {name}" for k, name in enumerate(persons + organisations, 1)
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == organisations
    assert len(result.persons) == len(persons)


def test_an_inline_cue_glued_to_the_sentence_before() -> None:
    # web text that lost the space after a full stop: "dintorni.ADERISCONO: A, B, ..."
    text = (
        "L'incontro propone un appello pubblico ai sindaci e altre iniziative sul territorio"
        " e dintorni.ADERISCONO: Legambiente Esempio, ArkadiHab Esempio, Coop. di Comunità"
        " Esempio Nova, (H)astarci Esempio, Camera del Lavoro Esempio, Anpi Esempio.\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "Legambiente Esempio", "ArkadiHab Esempio", "Coop. di Comunità Esempio Nova",
        "(H)astarci Esempio", "Camera del Lavoro Esempio", "Anpi Esempio",
    ]  # fmt: skip


def test_a_cue_naming_organisations_and_prominent_persons_keeps_the_persons() -> None:
    text = (
        "The open letter has been signed by more than 70 businesses, community organisations"
        " and prominent Examplanders:\n\n"
        "Example Energy, The Example Group, Example Watch Kaikoura, Sir Geoffrey Palmer,"
        " Dame Ann Salmond, Example College of Public Health Medicine.\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Example Energy", "The Example Group", "Example Watch Kaikoura",
        "Example College of Public Health Medicine",
    ]  # fmt: skip
    assert [e.reading.person for e in result.persons] == ["Geoffrey Palmer", "Ann Salmond"]


def test_whose_statement_a_sentence_says_names_its_signers() -> None:
    """A statement word and a preposition of author ("L'appello di A, B, C e D", "the
    letter of A, B and C") name the signers, short names and all; places, persons and
    two names are no list unless both are bodies; a cue elsewhere in the text wins."""
    from sochi_er.extraction.inline import find_authored_list

    def names(text: str) -> list[str]:
        return [text[n.start : n.end] for n in find_authored_list(text)]

    assert names("L'appello di Anpex, Arcex, Cgex e Liberex. Appuntamento alle 16.00.") == [
        "Anpex", "Arcex", "Cgex", "Liberex",
    ]  # fmt: skip
    assert names("The open letter of Exampleaid, Example Rights Watch and EXA was sent.") == [
        "Exampleaid", "Example Rights Watch", "EXA",
    ]  # fmt: skip
    assert names("Nota congiunta di Legambex, Greenpeace Esempio e WWX. “Un dialogo”") == [
        "Legambex", "Greenpeace Esempio", "WWX",
    ]  # fmt: skip
    # the authors described, then a colon; an acronym before its expansion in brackets
    text = (
        "La manifestazione nazionale promossa dalle principali reti del movimento per la"
        " pace: Rete italiana pace e esempio, Campagna Esempio!, EXA (Associazione delle"
        " organizzazioni italiane di esempio e solidarietà), #StopTheExample. Sono 600."
    )
    assert names(text) == [
        "Rete italiana pace e esempio", "Campagna Esempio!",
        "EXA (Associazione delle organizzazioni italiane di esempio e solidarietà)",
        "#StopTheExample",
    ]  # fmt: skip
    assert names("Il comunicato di Roma, Milano e Napoli.") == []
    assert names("La lettera di Mario Rossi, Anna Bianchi e Luca Verdi.") == []
    assert names("L'appello di Anpex e Arcex.") == []
    # two names that are bodies, one at least by its words: "Joint statement by A and B"
    assert names("Joint Statement by Velmar Voice and the Tarrow Rights Commission") == [
        "Velmar Voice", "Tarrow Rights Commission",
    ]  # fmt: skip
    # ... not one name's two objects, a document's title, an event's organisers, those
    # a letter is sent to, or a name with more words than a name's
    assert names("Statement of the Society for Biology and Physics (SBP) on funding.") == []
    assert names("Under the Universal Declaration of Velmar Rights and the EXCP, we act.") == []
    assert names("Una manifestazione organizzata dal Comitato Esempio e dalla Rete Velmar.") == []
    assert names("A letter from Velmar Justice to the Tarrow Ministry and the EXA.") == []
    assert names("The statement of Velmar Union and its partners in the region.") == []
    text = (
        "A paragraph about the petition that is long enough to be prose for any reader.\n\n"
        "The letter of Exampleaid, Example Union and EXA was sent to the council.\n"
    )
    assert [n for _, n in _names(_read(text))] == ["Exampleaid", "Example Union", "EXA"]


def test_a_sentence_of_from_a_to_b_pieces_names_the_groups() -> None:
    from sochi_er.extraction.inline import find_range_enumeration

    def names(text: str) -> list[str]:
        return [text[n.start : n.end] for n in find_range_enumeration(text)]

    text = (
        "È una vera sollevazione quella di associazioni, Ong e gruppi non violenti. Da Rete"
        " Esempio alle Acli, da Pax Example a Emergenzex, da Liberex a Un ponte per. Tutti"
        " chiedono alla ministra di evitare un errore."
    )
    assert names(text) == [
        "Rete Esempio", "Acli", "Pax Example", "Emergenzex", "Liberex", "Un ponte per",
    ]  # fmt: skip
    assert names("Dall'Anpex all'Arcex, dalla Cgex alla Uilex: le associazioni ci sono.") == [
        "Anpex", "Arcex", "Cgex", "Uilex",
    ]  # fmt: skip
    # places, days and months, and one piece alone are no enumeration of groups
    assert names("Le associazioni: da Roma a Milano, da Napoli a Torino, tutti in piazza.") == []
    assert names("From Monday to Friday, from January to March.") == []
    assert names("Le associazioni vanno da Rete Esempio alle Acli.") == []


def test_a_relative_include_after_a_comma_or_bracket_and_the_clause_after() -> None:
    from sochi_er.extraction.inline import find_inline_list

    def names(text: str) -> list[str]:
        return [text[n.start : n.end] for n in find_inline_list(text)]

    # "(tra cui A, B)": the bracket ends the list, whatever the sentence says after it
    assert names(
        "Un vasto cartello di associazioni (tra cui Arcex, Aclex, Amnesty Example, Legambex)"
        " appoggiati da sindacati come Cigex e Uilex si è ritrovato davanti a Montecitorio."
    ) == ["Arcex", "Aclex", "Amnesty Example", "Legambex"]
    # ", tra cui A, B e C hanno indirizzato ...": the closing "B e C" ends it
    assert names(
        "In 200 tra associazioni e comitati, tra cui Friday for Example, Forum dell’Acqua e"
        " Italia Exemplar hanno indirizzato una lettera al presidente del Consiglio, al"
        " ministro della Transizione ecologica."
    ) == ["Friday for Example", "Forum dell’Acqua", "Italia Exemplar"]


def test_among_persons_we_know_handles_and_initials_are_persons() -> None:
    # a long list of supporters, nearly all persons whose given name we know
    given = ["Jane", "John", "Mary", "Paul", "Anna", "Luca", "Sara", "Marco", "Laura", "Peter",
             "Alice", "Frank"]  # fmt: skip
    family = ["Roe", "Doe", "Major", "Poe", "Bianchi", "Verdi", "Neri", "Rossi", "Moore", "Hall"]
    known = [f"{g} {f}" for f in family for g in given]
    odd = ["SilenceExample", "EJ Examplefeld", "Zooko Example-O'Hearn"]
    names = [*known[:30], odd[0], *known[30:60], *odd[1:], *known[60:], "TEP EXA", "Tails project"]
    text = "We, the undersigned, stand against online harassment.\n\n" + "\n".join(
        f"- {name}" for name in names
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == ["TEP EXA", "Tails project"]
    assert set(odd) <= {e.name for e in result.persons}


def test_many_groups_then_a_colon_and_names_in_sentence_case() -> None:
    from sochi_er.extraction.inline import find_inline_list

    text = (
        "In piazza tante associazioni: Cagliari Example Forum, Sardegna Example, Usb"
        " Esempio, Cobas Esempio Cagliari, A Foras Example, Osservatorio contro la"
        " militarizzazione della scuola e dell'università, Potere al Popolo Esempio, Pci"
        " Esempio, Rifondazione Esempio, Collettivo comunista Nuoro e Movimento non violento"
        " sardo."
    )
    assert [text[n.start : n.end] for n in find_inline_list(text)] == [
        "Cagliari Example Forum", "Sardegna Example", "Usb Esempio", "Cobas Esempio Cagliari",
        "A Foras Example",
        "Osservatorio contro la militarizzazione della scuola e dell'università",
        "Potere al Popolo Esempio", "Pci Esempio", "Rifondazione Esempio",
        "Collettivo comunista Nuoro", "Movimento non violento sardo",
    ]  # fmt: skip


def test_one_long_committee_name_does_not_end_an_enumeration() -> None:
    from sochi_er.extraction.inline import read_enumeration

    names = [f"Associazione Esempio {k}" for k in range(1, 11)]
    long = (
        "Comitato per il Ritiro di ogni Autonomia Differenziata per l’Unità della Repubblica"
        " e l’Uguaglianza dei Diritti provincia di Ravenna"
    )
    text = "; ".join([*names[:5], long, *names[5:]]) + ";"
    got = [text[n.start : n.end] for n in read_enumeration(text)]
    assert got == [*names[:5], long, *names[5:]]
    # a long sentence among the names is still no name
    prose = (
        "la manifestazione si terrà sabato prossimo in piazza del Popolo con tutti quelli"
        " che vorranno venire a sostenere la causa"
    )
    assert read_enumeration("; ".join([*names[:5], prose, *names[5:]])) == []


def test_a_headline_summing_up_the_list_gives_way_to_the_whole_list() -> None:
    """A headline names a few supporters ("... and Thousands More"); the body names
    them all: the whole list is read, and "Thousands More" is no organisation."""
    text = (
        "Supporters include Exampla Union, Demand Example, Examplr, and Thousands More\n\n"
        "Organizers announced a day of action for next month.\n\n"
        "The campaign's participants include: the Exampla Union, Access Example, "
        "Examplity International, Demand Example, Example Frontier Foundation, Examplr, "
        "Open Exampla, and thousands more.\n"
    )
    result = _read(text)
    assert result.how == "inline"
    assert [e.name for e in result.organisations] == [
        "Exampla Union", "Access Example", "Examplity International", "Demand Example",
        "Example Frontier Foundation", "Examplr", "Open Exampla",
    ]  # fmt: skip


def test_a_cue_over_stray_lines_gives_way_to_a_sentence_naming_the_signers() -> None:
    """A title with a cue ("X tra i firmatari") followed by page furniture, then a
    sentence whose subject enumerates many organisations: the sentence's names are the
    list, not "Comunicato stampa" or a share button."""
    orgs = [f"Associazione Esempio {k}" for k in "ABCDEFGH"]
    text = (
        "Esempio Onlus tra i firmatari\n\n"
        "Comunicato stampa\n\n"
        f"Le organizzazioni {', '.join(orgs[:-1])} e {orgs[-1]}, scrivono una lettera "
        "aperta al ministero in merito alla circolare sul permesso di soggiorno.\n\n"
        "Print Friendly, PDF & Email\n\n"
        "X\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == orgs
    # a cue over real signer lines keeps them, whatever sentence follows the list
    lines = "Signed by:\nExample Forum\nExample Union\nExample Network\n\n"
    sentence = text.split("\n\n")[2]
    assert [e.name for e in _read(lines + sentence).organisations] == [
        "Example Forum", "Example Union", "Example Network",
    ]  # fmt: skip


def test_a_person_among_organisations_that_say_so_by_their_words() -> None:
    """ "drafted by A, Jan Example, B and C": the organisations are the list and the
    person signs too; but pieces that are roles cut from "Person, director of Org" make
    no such list."""
    text = (
        "This joint statement was drafted by the Forum for Example Ethics Society, Jan "
        "Examplar Abhiyan, All Example People's Science Network and Example Freedom "
        "Foundation.\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Forum for Example Ethics Society", "All Example People's Science Network",
        "Example Freedom Foundation",
    ]  # fmt: skip
    assert [e.name for e in result.persons] == ["Jan Examplar Abhiyan"]
    roles = (
        "Signed by Jim Examplar, executive director of the Example Rights Group, Example "
        "Watch director Nick Examplar and Sam Smith, technologist at Example International, "
        "the letter calls on the firms to stop.\n"
    )
    assert not any("director" in e.name for e in _read(roles).organisations)


def test_among_the_adhesions_received_then_the_names() -> None:
    """ "Tra le più di 130 adesioni pervenute, ovviamente la A, e poi B, C": the names,
    without the connecting adverbs and the article."""
    text = (
        "Le adesioni\n\n"
        "Tra le più di 130 adesioni pervenute, ovviamente la Comunità Esempio al Porto, e "
        "poi Arex Esempio e Liguria, Esempio Che Osa, Anpi Esempio, Legacoop Esempio, Cgex "
        "Esempio, Consorzio Sociale Esempio\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Comunità Esempio al Porto", "Arex Esempio e Liguria", "Esempio Che Osa",
        "Anpi Esempio", "Legacoop Esempio", "Cgex Esempio", "Consorzio Sociale Esempio",
    ]  # fmt: skip


def test_a_heading_of_other_articles_ends_a_list_and_heads_none() -> None:
    """ "Other articles in this issue (December 2010)" heads related links, as "Related
    articles" does, with words before or after the phrase and a bracket."""
    from sochi_er.extraction.cues import CueKind, block_cue, whole_cue

    for heading in (
        "Other articles in this issue (December 2010)", "More related articles",
        "Related articles (2010)",
    ):  # fmt: skip
        assert block_cue(heading) is CueKind.END
        assert whole_cue(heading) is CueKind.END
    assert block_cue("Example Network Related Union") is None


def test_a_colon_after_the_list_phrase_vouches_for_names_in_lower_case() -> None:
    """ "è promossa da: A, B, ..." names its promoters even when a few are written in
    lower case or read as a heading ("Associazione ong esempio")."""
    names = [
        "Aclex Esempio", "Aiex", "Ambiente e esempio", "Arex", "arex servizio esempio",
        "arexragazzi", "Associazione ong esempio", "Auxer", "Cgex", "Cittadinanzesempio",
        "Conferenza nazionale enti servizio esempio", "Fare Esempio", "Forum esempio",
        "Greenpeace Esempio", "Lax", "Legesempio", "Lega esempio", "Libex", "Mdx",
        "Medici per l'esempio", "Terre di Esempio", "Wwx",
    ]  # fmt: skip
    text = (
        "L'iniziativa si svolge in cento piazze.\n"
        f"“Cento piazze per l'esempio” è promossa da: {', '.join(names)}.\n"
    )
    found = [e.name for e in _read(text).organisations]
    assert "Associazione ong esempio" in found and "Aclex Esempio" in found
    assert len(found) >= len(names) - 2


def test_a_list_set_off_by_dashes_with_commas_inside_its_pieces() -> None:
    """ "tra i firmatari: A - B - Jane Roe (role, town) - C": the dashes separate the
    signers, the few commas belong to the pieces."""
    text = (
        "Appello\n\n"
        "tra i firmatari: Socialismo Esempio – Associazione esempio “3 febbraio” – Alex "
        "Examplar (missionario) – CIX – Unicobex – Lega abitanti della città di Esempio – "
        "Federico Examplar (operatore sociale, Roma) – Associazione amicizia Esempio-Italia.\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Socialismo Esempio", "Associazione esempio “3 febbraio”", "CIX", "Unicobex",
        "Lega abitanti della città di Esempio", "Associazione amicizia Esempio-Italia",
    ]  # fmt: skip
    assert [e.name for e in result.persons] == ["Alex Examplar", "Federico Examplar"]


def test_joining_a_named_body_then_a_colon_and_an_initial_inside_a_name() -> None:
    """ "Aderiscono all'Alleanza Esempio in Italia: A, B, ..., Comunità di S. Esempio, ...":
    the names after the colon, and "S." is an initial, not the end of a sentence."""
    text = (
        "Nasce la nuova rete. Aderiscono all’Alleanza contro la Povertà in Esempio: Aclex, "
        "Ancex, Action Example, Azione Esempio, Caritex, Cncx, Comunità di S. Esempio, "
        "Confesempio, Forum del Terzo Esempio, Save the Examples.\n"
    )
    found = [e.name for e in _read(text).organisations]
    assert found[0] == "Aclex" and "Comunità di S. Esempio" in found
    assert found[-1] == "Save the Examples"


def test_a_long_enumeration_after_a_colon_in_a_sentence_about_the_letter() -> None:
    """ "La lettera porta la firma delle realtà firmatarie, vale a dire: A, ..., Atlante
    esempio, Movimento nonesempio, 46° Esempio": the names after the colon, those in
    sentence case too; with categories after it ("i comuni di A, B; le testate C"), not."""
    names = [
        "Alex", "Amici Esempio Gomes", "Atlante esempio", "Azione Esempio esempio",
        "Cesx", "Cipx", "Esseri esempio onlus", "Focsex", "Movimento Esempio", "Mix",
        "Movimento nonesempio", "Pax Esempio", "46° Esempio", "Sermex",
    ]  # fmt: skip
    text = (
        "Le associazioni promotrici della campagna rivolgono un appello ai partiti. "
        "La lettera aperta porta la firma delle realtà firmatarie della campagna, vale a "
        f"dire: {', '.join(names)}.\n"
    )
    assert [e.name for e in _read(text).organisations] == names


def test_repeated_towns_after_a_dash_are_places() -> None:
    """ "Example Union - Exampleton" lines whose towns come back: the town is the place;
    a dash ending that does not repeat stays in the name ("Acme - Open Data")."""
    lines = [
        "Associazione Esempio odv \u2013 Exampleton", "Nucleo Esempio \u2013 Exampleton",
        "Teatri Esempio \u2013 Sampleville", "Compagnia Esempio \u2013 Exampleton",
        "Casa Esempio \u2013 Exampleton", "Arex Esempio \u2013 Sampleville",
    ]  # fmt: skip
    result = _read("Firmatari:\n" + "\n".join(lines) + "\n")
    assert [(e.name, e.reading.place) for e in result.organisations] == [
        ("Associazione Esempio odv", "Exampleton"), ("Nucleo Esempio", "Exampleton"),
        ("Teatri Esempio", "Sampleville"), ("Compagnia Esempio", "Exampleton"),
        ("Casa Esempio", "Exampleton"), ("Arex Esempio", "Sampleville"),
    ]  # fmt: skip
    once = ["Acme \u2013 Open Data", "Example Union", "Example Forum", "Example Network"]
    first = _read("Signed by:\n" + "\n".join(once) + "\n").organisations[0]
    assert first.name == "Acme \u2013 Open Data"
    # one ending shared by every line is the end of a name, not a town
    group = [f"Example Group {k} \u2013 Nordic Example Left" for k in "ABCDE"]
    found = [e.name for e in _read("Signed by:\n" + "\n".join(group) + "\n").organisations]
    assert found == group


def test_an_adverb_inside_a_cue_phrase_keeps_it_a_cue() -> None:
    """ "Alla manifestazione hanno già aderito numerose sigle, questa la lista:" is the
    cue "hanno aderito" with "già" inside it; the enumeration after it is the list."""
    from sochi_er.extraction.cues import CueKind, block_cue

    cue = "Alla manifestazione hanno già aderito numerose sigle, questa la lista:"
    assert block_cue(cue) is CueKind.LIST
    assert block_cue("The groups have already signed the letter:") is CueKind.LIST
    names = [
        "Memoria Esempio", "Rifondazione Esempio di Milano", "Cantiere Esempio",
        "Spazio di Mutuo Esempio", "Comitato Abitanti di Esempio", "Collettivo EXA",
    ]  # fmt: skip
    text = f"Il corteo parte alle 15.\n\n{cue}\n\n{', '.join(names)}\n"
    assert [e.name for e in _read(text).organisations] == names


def test_a_semicolon_typed_for_the_colon_of_a_cue() -> None:
    """ "Associazioni che hanno dato la loro adesione al Comitato;" over an enumeration:
    the cue a colon would make; lines of a list that end with semicolons stay items."""
    orgs = [f"Associazione Esempio {k}" for k in "ABCDEFG"]
    text = (
        "La riunione è aperta a tutti i gruppi organizzati.\n\n"
        "Associazioni che hanno dato la loro adesione al Comitato;\n\n"
        f"{', '.join(orgs)}.\n"
    )
    assert [e.name for e in _read(text).organisations] == orgs
    items = "Signed by:\n" + "".join(f"Example Union of {k};\n" for k in "ABCDE")
    assert len(_read(items).organisations) == 5


def test_a_name_in_lower_case_words_between_dashes_under_a_cue() -> None:
    """ "Organisations signataires :" over "Action des chrétiens pour l'abolition de la
    torture - B - C": between dashes the first piece is a name, not a sentence."""
    orgs = [
        "Action des chrétiens pour l’exemple de la torture", "Action droits des exemples",
        "Example International", "Club droits justice et exemples", "Example Litigation Network",
    ]  # fmt: skip
    text = "Communiqué commun\n\n* Organisations signataires :\n" + " \u2013 ".join(orgs) + "\n"
    assert [e.name for e in _read(text).organisations] == orgs


def test_gave_their_adhesion_to_then_a_colon_and_a_copyright_line_after() -> None:
    """ "Hanno già dato la loro adesione alla partecipazione: A, B, ... e Z." then a
    copyright line: the names, the last one without the line after it."""
    orgs = ["Si-Esempio", "Alleanza Esempio", "Associazione Esempio di Palazzo", "Cgex",
            "Associazione Giuristi Esempio", "Arex Esempio"]  # fmt: skip
    text = (
        "Oggi alle 18 il presidio per la pace in piazza.\n\n"
        f"Hanno già dato la loro adesione alla partecipazione: {', '.join(orgs[:-1])} e "
        f"{orgs[-1]}.\n© E' VIETATA LA RIPRODUZIONE - TUTTI I DIRITTI RISERVATI\n"
    )
    assert [e.name for e in _read(text).organisations] == orgs


def test_a_site_menu_entry_is_no_sub_heading() -> None:
    """A stored page opens with its menu as nested bullets, one entry "Organizzazioni"
    over its own entries, then a row of single words: a menu's tree and a menu, not lists
    of signers; an "Organisations" item that opens a list over its members still is
    one."""
    menu = (
        "• Home\n  • Chi siamo\n    • Storia\n    • Organi\n  • Nel territorio\n"
        "  • Organizzazioni\n    • Soci\n    • Enti aderenti\n    • Come associarsi\n"
        "  • Documenti\n    • Normativa\n    • Bibliografia\n  • Comunicazione\n"
        "    • Comunicati stampa\n    • Rassegna stampa\n    • Archivio newsletter\n"
        "    • Galleria foto\n    • Galleria video\n  • Contatti\nForum Esempio\n"
        "  • Facebook\n  • YouTube\n  • RSS Feed\n  • Eventi\n  • Partner\n  • Ricerche\n\n"
        "Il comunicato stampa delle reti di ong sulla crisi.\n"
    )
    assert list(_read(menu).organisations) == []
    nested = (
        "Signed by:\n\n- Organisations\n  - Example Union of Teachers\n"
        "  - Example Tenants Association\n  - Example Rights Network\n"
    )
    assert [e.name for e in _read(nested).organisations] == [
        "Example Union of Teachers",
        "Example Tenants Association",
        "Example Rights Network",
    ]


def test_a_spaced_slash_ends_each_line_and_a_logo_text_names_its_owner() -> None:
    """ "Example Trust /" on every line: the slash separates names; a logo's text
    ("Example Institute logo") names the organisation; a French name in lower-case
    words opened by an organisation word is a name, not a sentence."""
    names = ["Fédération internationale des ligues des exemples de l’Homme", "Example Trust",
             "Example Union, UK and Ireland", "Example Council of NGOs"]  # fmt: skip
    text = "Signatories :\n\n" + "".join(f"{n} /\n" for n in names)
    assert [e.name for e in _read(text).organisations] == names
    logos = "Supported by:\n\n" + "".join(f"{n} logo\n" for n in names[1:])
    assert [e.name for e in _read(logos).organisations] == names[1:]


def test_a_letter_s_names_and_affiliations_glued_on_their_lines() -> None:
    """A newspaper letter's signers, "Given Family Organisation" on each line with the
    separator lost: the organisation signs, the person is kept on it; a name glued to
    the organisation ("RoeExample Relief") is cut where the capital starts."""
    lines = [
        ("John Quorrel", "Example Alliance"), ("Chris Mantor", "Age Example International"),
        ("Laurie Lee", "Care Example UK"), ("Dr Simon Adams", "Global Centre for Examples"),
        ("Kate Fenwick", "Protection Approaches"), ("Lisa Pearce", "Open Examples UK & Ireland"),
    ]  # fmt: skip
    text = (
        "The government must pay its fair share in order to turn the lights back on.\n"
        + "".join(f"{p} {o}\n" for p, o in lines)
        + "Dr Mohamed QuarrelExample Relief\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [o for _, o in lines] + ["Example Relief"]
    assert result.organisations[3].reading.person == "Dr Simon Adams"
    # three such lines are too few to read a list so: "Rosa Example Stiftung" is a name
    few = "Signed by:\n\n" + "".join(f"{p} {o}\n" for p, o in lines[:3])
    assert [e.name for e in _read(few).organisations][:2] == [f"{p} {o}" for p, o in lines[:2]]


def test_an_inline_list_after_an_adverb_split_phrase_and_a_leading_verb() -> None:
    """ "Hanno già aderito A, B 2020, per cambiare X; C, ..." (the adverb inside the
    phrase; a piece opening with "per" goes on from the name before it) and "Aderiscono
    A, B, ..." opening a sentence (the verb is no part of the first name)."""
    names = ["Esempio per Gaza", "Esempio 2020", "AVS (Alleanza Esempio)", "Arci Esempio",
             "Un Ponte Esempio", "Anpi Esempio", "Circolo Esempio"]  # fmt: skip
    text = (
        "Il presidio\n\nCi sarà mercoledì prossimo in piazza. Hanno già aderito "
        f"{names[0]}, {names[1]}, per cambiare a sinistra; {', '.join(names[2:])}.\n"
    )
    found = [e.name for e in _read(text).organisations]
    assert found[0] == names[0] and found[2:] == names[2:]
    assert found[1].startswith(names[1])  # the piece "per cambiare a sinistra" is its own
    joined = ["Cgil", "Usb", "Legambiente", "Attac", "Acli", "Arci", "Circolo Esempio"]
    text = f"Il presidio\n\nIl presidio si terrà domani. Aderiscono {', '.join(joined)}.\n"
    assert [e.name for e in _read(text).organisations] == joined


def test_arabic_inline_lists_in_two_sentences() -> None:
    """An Arabic news text: "ومن بينها: A، B، وC." then a sentence about the statement's
    languages and "ووقعت على البيان كل من D، E، وF.": the names after each phrase, the
    glued "و" (and) off a name, a full stop before an Arabic word ending a sentence."""
    first = ["الائتلاف المغربي لهيئات المثال", "اتحاد العمل المثالي", "الجمعية المغربية للمثال"]
    second = ["الشبكة الديمقراطية للمثال", "مركز المثال للذاكرة", "نادي المثال"]
    text = (
        "منظمات تدين إغلاق مؤسسات مدنية\n"
        "أدانت المنظمات اليوم في بيان مشترك إغلاق المؤسسات.\n"
        f"كما ضم البيان منظمات مغربية ومن بينها: {first[0]}، {first[1]}، و{first[2]}.\n"
        "وأطلق البيان في 6 لغات منها: العربية والانجليزية والفرنسية، ووقعت على البيان كل من "
        f"{second[0]}، {second[1]}، و{second[2]}.\n"
        "وشدد البيان المشترك على استنكار الاعتداء.\n"
    )
    assert [e.name for e in _read(text).organisations] == first + second


def test_a_cue_over_one_line_of_signers_separated_by_semicolons() -> None:
    """ "Les signataires de la campagne sont:" then one paragraph of "Person, role,
    Organisation, Country; Organisation; ..." lines: semicolons separate the signers,
    commas stand inside each; persons alone are persons."""
    text = (
        "Les signataires de la campagne sont:\n"
        "Dr Jane Roe, professeur de sociologie, Université de Exempleville, Royaume-Uni; "
        "Plate-forme européenne de solidarité Exemple; John Doe, Campagne contre les "
        "exemples (CAMPEX); Federico Venturini, écologiste social, Italie; Example "
        "Solidarité-Belgique\n"
    )
    result = _read(text)
    assert [e.name for e in result.organisations] == [
        "Université de Exempleville",
        "Plate-forme européenne de solidarité Exemple",
        "Campagne contre les exemples (CAMPEX)",
        "Example Solidarité-Belgique",
    ]
    assert [e.reading.person for e in result.organisations][:1] == ["Jane Roe"]


@pytest.mark.parametrize("heading", ["To:", "Dirigida a:", "Destinataires :", "Gerichtet an:"])
def test_the_names_under_an_address_heading_are_addressees_not_signers(heading: str) -> None:
    """A bulleted list under "To:" / "Dirigida a:" is who the letter goes to; the list
    under "Signed by:" further down is who signs it."""
    text = (
        f"Open letter\n\n{heading}\n- Example Ministry of Health\n- Example Agency\n"
        "- Example Council\n\nDear all,\n\nWe ask you to act on the example crisis now.\n\n"
    )
    assert _read(text).organisations == ()
    signed = _read(text + "Signed by:\n- Example Union\n- Example Forum\n")
    assert [n for _, n in _names(signed)] == ["Example Union", "Example Forum"]


def test_signature_blocks_with_the_office_under_each_name() -> None:
    """A letter signed in blocks, a name and under it the office held in an organisation
    ("Presidente da EXB"): each block is that organisation signing with the person; a
    dateline split over two lines ("São Paulo," / "dezembro de 2017") is no signer, and
    an office of a city stays a person's."""
    text = (
        "Por isso, conclamamos todos, neste dia, a demonstrarem o seu descontentamento.\n\n"
        "São Paulo,\ndezembro de 2017\n\n"
        "Adilson Exemplar\nPresidente da EXB\n\n"
        "Antonio Neto\nPresidente da EXC\n\n"
        "Ricardo Patah\nPresidente da União Geral dos Exemplos\n\n"
        "Paulo Exemplo da Silva (Paulinho)\nPresidente da Força Exemplar\n\n"
        "Maria Souza\nPrefeita de Porto Alegre\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person, e.reading.person_role) for e in result.organisations] == [
        ("EXB", "Adilson Exemplar", "Presidente"),
        ("EXC", "Antonio Neto", "Presidente"),
        ("União Geral dos Exemplos", "Ricardo Patah", "Presidente"),
        # no word vouches for it, but the list's other blocks name sure organisations;
        # the nickname in brackets is no organisation
        ("Força Exemplar", "Paulo Exemplo da Silva", "Presidente"),
    ]
    assert "Maria Souza" in [e.name for e in result.persons]
    _check_offsets(text, result)


def test_a_text_file_with_a_paragraph_on_each_line_and_no_blank_lines() -> None:
    """No blank line between paragraphs: a line that ends a sentence ends its paragraph,
    so the letterhead of names on the last line reads as an enumeration of its own (the
    lines are not read as one wrapped paragraph)."""
    text = (
        "Mendoza, 19 de noviembre de 2012.\n"
        "Detrás de consignas que podemos compartir, están alentando medidas de fuerza.\n"
        "Los gremios abajo firmantes NO ADHERIMOS a esta medida por considerarla ilegítima.\n"
        "Nuestros reclamos los enunciamos en el ámbito de la negociación colectiva.\n"
        "U.O.X – EXTA – CEX – SUTX – SADOX – Sindicato de Obreros y Empleados de Ejemplo – "
        "APEX Legislativos – ASIMRX – Movimiento Sindical por el Ejemplo – ATILRX\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "U.O.X", "EXTA", "CEX", "SUTX", "SADOX", "Sindicato de Obreros y Empleados de Ejemplo",
        "APEX Legislativos", "ASIMRX", "Movimiento Sindical por el Ejemplo", "ATILRX",
    ]  # fmt: skip


def test_a_long_subject_enumeration_with_plural_articles_and_sentence_case_names() -> None:
    """ "350.example, Alternatexa, les Amis de l'Exemple, ..., la Confédération exemple,
    ... préparent ensemble": plural articles ("les") are left off the names and a name
    in sentence case after an article stays in the enumeration."""
    text = (
        "Maintenir le réchauffement sous les 2°C impose de stopper ces financements.\n\n"
        "350.example, Alternatexa, les Amis de la Terre Exemple, ANV-EX21, Attac Exemple, "
        "la Confédération exemple, la Coordination Eau Exemple France, le EXRID, Exemple "
        "Nature Environnement, Greenpeace Exemple et l’Union Syndicale Exemple préparent "
        "ensemble des mobilisations de masse.\n"
    )
    assert [n for _, n in _names(_read(text))] == [
        "350.example", "Alternatexa", "Amis de la Terre Exemple", "ANV-EX21", "Attac Exemple",
        "Confédération exemple", "Coordination Eau Exemple France", "EXRID",
        "Exemple Nature Environnement", "Greenpeace Exemple", "Union Syndicale Exemple",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "We, the undersigned individuals and organizations, on the occasion of the Example "
        "Summit, wish to express the following:",
        "Nous, organisations soussignées, déclarons ce qui suit :",
    ],
)
def test_what_the_undersigned_wish_to_express_is_no_list_cue(text: str) -> None:
    """What the signers state follows such a sentence (numbered points), not who they
    are: it says the text speaks for undersigned signers, it announces no list."""
    assert block_cue(text) is CueKind.UNDERSIGNED


def test_a_town_we_do_not_know_after_a_person_in_a_list_of_persons_with_towns() -> None:
    """ "Given Family, Town" lines: a town no gazetteer knows ("Examplach") is the
    person's place, not an organisation with a person; an organisation's name with a
    town, or a name shaped like a person's that opens with no given name we know, stays
    an organisation."""
    lines = [
        "Jane Roe, Göttingen", "Maria Exemplar, Examplach", "Anna Sample, Berlin",
        "Example Tenants Union, Berlin", "Vox Exempla, Zagreb",
    ]  # fmt: skip
    result = _read("We support the appeal.\n\nLatest signers:\n\n" + "\n".join(lines) + "\n")
    readings = [(e.reading.kind, e.name, e.reading.place) for e in result.entries]
    assert readings == [
        (ItemKind.PERSON, "Jane Roe", "Göttingen"),
        (ItemKind.PERSON, "Maria Exemplar", "Examplach"),
        (ItemKind.PERSON, "Anna Sample", "Berlin"),
        (ItemKind.ORGANISATION, "Example Tenants Union", "Berlin"),
        (ItemKind.ORGANISATION, "Vox Exempla", "Zagreb"),
    ]


def test_a_long_form_broken_over_two_paragraphs_is_one_signatory() -> None:
    """A Word list with one member a paragraph, where the source broke a long form in
    brackets over two paragraphs: the two are one signatory, the second paragraph is
    reported as the item's further line, and the next members are read as before. A
    syllabic acronym ("SINEXPRO", letters from inside the words) with its long form is a
    name, however many words the long form has."""
    writer = DocumentWriter()
    writer.add(BlockKind.PARAGRAPH, "Assinam esta nota:")
    for text in (
        "EXA (Associação Exemplar de Moradores)",
        "SINEXPRO (Sindicato dos Trabalhadores das Autarquias de Exemplo do Exercício",
        "Profissional e Entidades Coligadas no Estado de Exemplo)",
        "EXB – (Sindicato dos Funcionários do Sistema Exemplar do Estado",
        "de Exemplo)",
        "EXC (União Exemplar dos Estudantes)",
    ):
        writer.add(BlockKind.PARAGRAPH, text)
    result = find_signatories(writer.document())
    assert [" ".join(e.name.split()) for e in result.organisations] == [
        "EXA (Associação Exemplar de Moradores)",
        "SINEXPRO (Sindicato dos Trabalhadores das Autarquias de Exemplo do Exercício "
        "Profissional e Entidades Coligadas no Estado de Exemplo)",
        "EXB – (Sindicato dos Funcionários do Sistema Exemplar do Estado de Exemplo)",
        "EXC (União Exemplar dos Estudantes)",
    ]
    assert [(e.name, e.reading.reason) for e in result.entries if not is_signer(e.reading)][
        -2:
    ] == [
        ("Profissional e Entidades Coligadas no Estado de Exemplo)", "further line of a list item"),
        ("de Exemplo)", "further line of a list item"),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Example Network (Examplia,", "Exampleton)"),  # closed
        ("Example Network (see the note", "below) and Example Union"),  # runs on
        ("Example Network (", "EXN) met in the towers."),  # a sentence wrapped
        ("Example Network (EXN)", "Example Union)"),  # nothing left open
        ("Example Network (for", "the " + "long words " * 10 + "here)"),  # too long
    ],
)
def test_a_bracket_is_closed_by_the_next_line_only_when_it_was_left_open(
    first: str, second: str
) -> None:
    writer = DocumentWriter()
    writer.add(BlockKind.LINE, first)
    writer.add(BlockKind.LINE, second)
    doc = writer.document()
    blocks = list(doc.blocks)
    expected = {0: 1} if second == "Exampleton)" else {}
    assert bracket_closed_by([doc.text_of(b) for b in blocks], blocks) == expected


def test_a_bare_name_among_persons_with_their_organisations_is_a_person() -> None:
    """A pledge signed by persons, most with a title and an employer: a line with only a
    name we do not know ("Akivo Lefferto") is a person's, not an organisation's; a bare
    line whose word is compounded with an organisation's noun stays an organisation."""
    lines = [
        "Abbo Manjeo, Engineer, Kiddexample", "Adam Bendero, Software Engineer, Examplecorp",
        "Adam Foltzo, Researcher, Galoisample", "Akivo Lefferto",
        "Alan McConchio, Director, Stamen Example", "Alek Dembowsko, Engineer, Examplecorp",
        "Alana Hansono, Developer, Leapfrog Example", "Berliner Beispielverein",
        "Alex Baldwino, Designer, Ponchexample", "Alex Broquo, Engineer, Hurricane Example",
    ]  # fmt: skip
    result = _read("We pledge not to build it.\n\nSigned,\n\n" + "\n".join(lines) + "\n")
    kinds = {e.name: e.reading.kind for e in result.entries if is_signer(e.reading)}
    assert kinds["Akivo Lefferto"] is ItemKind.PERSON
    assert kinds["Berliner Beispielverein"] is ItemKind.ORGANISATION


def test_bare_lines_in_capitals_under_an_individuals_heading_are_persons() -> None:
    """Under "Individuals", among persons, "KALYA MENON EXEMPLA" and "ROHIT R" (names in
    capitals) are persons; a single word and a line with an organisation's word keep
    their reading; the organisations above the heading are untouched."""
    text = (
        "We, the undersigned, oppose the mandate.\n\nOrganisations\n\n"
        "Centre for Example Accountability (CEA)\nExample Kanoon\n\nIndividuals\n\n"
        "Mira Exempla\nKALYA MENON EXEMPLA\nAakash Puttigo\nROHIT R\nAnna Sample\n"
        "EXEMPLA\nJohn Doe\nJane Roe\nMaria Exemplar\nExample Workers Union\n"
    )
    result = _read(text)
    kinds = {e.name: e.reading.kind for e in result.entries if is_signer(e.reading)}
    assert kinds["KALYA MENON EXEMPLA"] is ItemKind.PERSON
    assert kinds["ROHIT R"] is ItemKind.PERSON
    assert kinds["Example Kanoon"] is ItemKind.ORGANISATION
    assert kinds["Example Workers Union"] is ItemKind.ORGANISATION


def test_scandinavian_cues_of_who_has_signed_and_offices_that_signed() -> None:
    """ "Organisasjoner som har undertegnet: A, B, ..." (organisations that have signed)
    in one paragraph; a list cue that opens with an office ("Fylkesordførere som har
    undertegnet:", county mayors) heads persons, each "Name, Office i Place"."""
    text = (
        "Vi ber regjeringen om et nytt klimaforlik.\n\n"
        "Organisasjoner som har undertegnet: Natur og Eksempel, Eksempelforbundet, "
        "Miljøeksempel, Zeroeks, Grønn Eksempel, Norsk Eksempelforening.\n\n"
        "I tillegg har en rekke enkeltpersoner undertegnet oppropet.\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Natur og Eksempel", "Eksempelforbundet", "Miljøeksempel", "Zeroeks", "Grønn Eksempel",
        "Norsk Eksempelforening",
    ]  # fmt: skip
    lines = (
        "Organisasjoner som har undertegnet:\n\nEksempelforbundet\nNatur og Eksempel\n"
        "Norsk Eksempelforening\nGrønn Eksempel\n\nFylkesordførere som har undertegnet:\n\n"
        "Per Eksempelsen, Fylkesordfører i Eksempelfold\nOle Prøvesen, Fylkesordfører i Prøvfold\n"
    )
    result = _read(lines)
    assert [e.name for e in result.organisations] == [
        "Eksempelforbundet", "Natur og Eksempel", "Norsk Eksempelforening", "Grønn Eksempel",
    ]  # fmt: skip
    assert [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON] == [
        "Per Eksempelsen",
        "Ole Prøvesen",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Følgjande organisasjonar stiller seg bak kravet:",  # Nynorsk: stand behind
        "Følgende organisasjoner står bak oppropet:",
        "Följande organisationer står bakom uppropet:",
        "Følgende organisationer:",
    ],
)
def test_nordic_cues_of_who_stands_behind_a_demand(line: str) -> None:
    """The following organisations stand behind the demand: a cue in Norwegian
    (Bokmål and Nynorsk), Swedish and Danish."""
    assert block_cue(line) is CueKind.LIST


def test_signature_blocks_with_long_names_we_do_not_know() -> None:
    """ "Laudiceia Exemplo de Melo" over "Presidente da Subseção da EXB Afogados da
    Exemplo": a long personal name (particles and all) above an office line is the
    person signing for the organisation the office names."""
    lines = [
        "Laudiceia Exemplo de Melo", "Presidente da Subseção da EXB Afogados da Exemplo",
        "Giancarlo Ribeiro Barbosa", "Presidente da Subseção da EXB Araripina",
        "Fernanda Antônia de Sousa Santos Júnior", "Presidente da Subseção da EXB Carpina",
        "Flaviana Beserra Pacheco", "Presidente da Subseção da EXB Arcoverde",
    ]  # fmt: skip
    text = "Os presidentes manifestam apoio.\n\nAssinam:\n\n" + "\n".join(lines) + "\n"
    assert [(e.name, e.reading.person) for e in _read(text).organisations][:3] == [
        ("Subseção da EXB Afogados da Exemplo", "Laudiceia Exemplo de Melo"),
        ("Subseção da EXB Araripina", "Giancarlo Ribeiro Barbosa"),
        ("Subseção da EXB Carpina", "Fernanda Antônia de Sousa Santos Júnior"),
    ]


#: A dash list of names that open with an article and an organisation word, write their
#: other words in lower case and end with a full stop; no cue before it (invented names).
_HEADED_NAMES = [
    "Union des ouvriers de Exempleville.",
    "Le parti des travailleurs exemplaires",
    "Le mouvement démocratique de la réforme et de la construction exemplaire.",
    "Le réseau Exemplarouna.",
    "La Ligue exemplaire de défense des droits de l’Homme.",
    "L’Union générale des journalistes exemplaires.",
    "L’Association de l’histoire de la médecine et de la pharmacie en Exemplie.",
    "Le syndicat général de l’enseignement exemplaire.",
    "La fédération générale des agents des chemins de fer.",
    "L’Association des jeunes journalistes exemplaires.",
    "Le conseil sectoriel de la culture et de l’information.",
    "Radio voix des exemples.",
]


def test_a_cue_free_list_of_names_in_lower_case_opened_by_organisation_words() -> None:
    """No cue, a dash list of names such as "La fédération générale des agents des
    chemins de fer.": names that open with an organisation word write their other words
    in lower case in many languages, and the full stop ends the item, not a sentence;
    every item is a signer, the sentence after the list is not."""
    text = (
        "\n".join(f"\u2013 {line}" for line in _HEADED_NAMES)
        + "\nEnviron 500 étudiants de l’école appuient également la grève observée.\n"
    )
    names = [e.name for e in _read(text).organisations]
    assert names == [line.rstrip(".") for line in _HEADED_NAMES]


def test_a_sentence_between_headed_names_that_holds_running_text_stays_prose() -> None:
    """Between names opening with an organisation word, a line that opens the same way
    but holds a word of running text ("The union must ...") is a sentence, reported."""
    lines = [
        "Signed by:",
        "- The Union of Example Workers",
        "- The Federation of Example Teachers",
        "- The union must be heard by the ministry before the end of the year.",
        "- The League of Example Rights",
        "- The Association of Example Nurses",
    ]
    result = _read(PROSE + "\n" + "\n".join(lines) + "\n")
    assert [e.name for e in result.organisations] == [
        "The Union of Example Workers", "The Federation of Example Teachers",
        "The League of Example Rights", "The Association of Example Nurses",
    ]  # fmt: skip
    assert [
        e.reading.reason for e in result.entries if e.reading.kind is ItemKind.NOT_SIGNATORY
    ] == ["prose sentence"]


def test_a_short_cue_free_list_of_projects_in_lower_case_is_no_list() -> None:
    """With no cue, items with words in lower case of which only two in seven open with an
    organisation word ("Plataforma de Datos abiertos ...", "Estrategia de Transparencia
    activa ...") are a page's list of projects, not signers: lower-case words are
    forgiven only in a list of names that mostly open with an organisation word."""
    lines = [
        "- Plataforma de Datos abiertos - Banco de licitaciones de la Alcaldía de Exemplo",
        "- Estrategia de Transparencia activa de la Alcaldía de Exemplar",
        "- Democratización del desarrollo local. Gobierno Abierto de la Alcaldía de Exemplia",
        "- Estrategia de Gobierno Abierto de la Alcaldía de Exemplópolis",
        "- Seguimiento al Plan de Desarrollo Departamental de la Gobernación de Exemplá",
        "- Escuela de Gobierno Abierto y diálogos exemplares de la Gobernación del Valle",
        "- Transparencia activa y datos abiertos del departamento del Valle Exemplo",
    ]
    text = PROSE + "\n" + "\n".join(lines) + "\n\n" + PROSE
    assert _read(text).organisations == ()


def test_an_inline_list_of_persons_names_gives_persons() -> None:
    """ "Signatories include Tavi Exampur, Prasho Testwal, ...": a sentence naming persons
    we do not know, none with anything of an organisation about it, gives persons, not
    organisations (invented names)."""
    text = (
        PROSE + "\nMore than 175 persons from across civil society have written to the "
        "Vice President. Signatories include Tavi Exampur, Prasho Testwal, Arvu Sampleton, "
        "Zelu Demorao and Medhu Mockwadi.\n"
    )
    result = _read(text)
    assert result.organisations == ()
    assert [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON] == [
        "Tavi Exampur", "Prasho Testwal", "Arvu Sampleton", "Zelu Demorao", "Medhu Mockwadi",
    ]  # fmt: skip


def test_an_inline_list_of_organisations_keeps_its_few_person_shaped_names() -> None:
    """Among union names in a sentence, two shaped like personal names ("Eksen
    Exemplo-Sen") stay organisations: only a whole list of persons makes persons."""
    names = [
        "Exemplo-İş", "Exemplo Sen", "Teç-Sen", "Hürriyetçi Exemplo-Sen", "Exemplo Hak-Sen",
        "Eksen Exemplo-Sen", "Anadolu Exemplo Sendikası", "Exemplo Söz-Sen",
        "Eşit Haklar Sendikası", "TÖB-Sen",
    ]  # fmt: skip
    text = PROSE + "\nİş bırakma eylemine katılan 10 eğitim sendikası şöyle: " + ", ".join(names)
    assert [e.name for e in _read(text + ".\n").organisations] == names


#: Arabic running text hard-wrapped at a fixed width, with short lines where a
#: paragraph's first word stood alone on the page (no capitals tell it from names).
_WRAPPED_ARABIC = [
    "العدد 12 / 3-4-2021",
    "طالبت",
    "مجموعة من الأهالي في المدينة بالكشف عن مصير المفقودين منذ سنوات طويلة في",
    "السجون والمعتقلات، كما طالبت العائلات بالإفراج الفوري عن جميع المحتجزين.",
    "وقالت",
    "العائلات في بيانها بمناسبة اليوم الدولي للمفقودين إن الجهات المسؤولة لم تقدم",
    "أي معلومات عن أبنائها رغم المطالبات المتكررة والرسائل الكثيرة التي أرسلتها",
    "إلى المسؤولين في العاصمة وفي المحافظات الأخرى خلال الأعوام الماضية كلها.",
    "وأكدت",
    "العائلات أن هناك حالات جديدة تم رصدها في الأشهر الأخيرة، منها أشخاص تم",
    "اعتقالهم من منازلهم ليلا، وآخرون اختفوا عند نقاط التفتيش على الطرق العامة.",
]


def test_hard_wrapped_arabic_prose_is_no_list_of_names() -> None:
    """Lines of Arabic running text wrapped at a fixed width are no cue-free list, though
    no capitals tell their words from a name's: many lines of about the same width and
    sentences ending at some line ends make them a wrapped paragraph."""
    assert not _read("\n".join(_WRAPPED_ARABIC) + "\n").found


def test_plain_lines_of_organisations_after_a_text_in_the_first_person_plural() -> None:
    """No cue, no "undersigned": a text in the voice of "we" ("We remain committed ... and
    we call on our government"), then one organisation a line (each with an acronym or an
    organisation word), then a long unrelated post: the lines are who "we" are. The same
    lines after a paragraph in the third person stay unread (invented names)."""
    orgs = [
        "Examplian Friends Service Committee (Quakers)", "Examplian Labour Congress (ELC)",
        "Examplian Union of Postal Workers (EUPW)", "Independent Example Voices (IEV)",
        "Ligue des droits et libertés d'Exemple (LDLE)", "United Church of Examplia (UCE)",
    ]  # fmt: skip
    voice = (
        "Criticizing the policies of a government should not be condemned: it is the "
        "essence of our freedom. We remain committed to these principles and we call on "
        "our government to commit to them.\n"
    )
    later = ("TAKE ACTION!\n\nThe agencies of Examplia have inadequate oversight. " * 20) + "\n"
    text = PROSE + "\n" + voice + "\n" + "\n".join(orgs) + "\n\n" + later
    assert [e.name for e in _read(text).organisations] == orgs
    third = voice.replace("We remain", "They remain").replace("we call on our", "they call on the")
    third = third.replace("our freedom", "freedom")
    assert not _read(text.replace(voice, third)).found


def test_professions_in_a_list_of_persons_with_their_functions() -> None:
    """ "Surname Given - Orthophoniste", "- Agriculteur", "- Radiopharmacien" among many
    "Surname Given - Docteur en chimie" lines: the place after the name holds a function,
    so a word with a profession's ending, or one followed by words in lower case only, is
    the person's function; a name there ("- Examplia Watch", "- Jornalistes Exemplars")
    stays the organisation (invented names)."""
    lines = [
        "Abelard Timon - Docteur en chimie", "Brunel Aline - Orthophoniste",
        "Castel Jonas - Docteur en physique", "Dumont Carla - Agriculteur",
        "Esterel Bruno - Docteure en biologie", "Ferrand Lucie - Radiopharmacien",
        "Garnier Paul - Chercheur en biologie", "Hublot Anne - Médecin",
        "Issart Marc - Examplia Watch", "Jobert Lise - Jornalistes Exemplars",
        "Kessel Rémi - Docteur en informatique", "Lemaire Jean - Médecin, chercheur",
        "Morel Inès - Journaliste, photographe", "Navarre Léo - Ingénieur, vulgarisateur",
        "Olivier Rose - Docteure en chimie, professeure",
    ]  # fmt: skip
    result = _read(PROSE + "\n**Signataires**\n\n" + "\n".join(lines) + "\n")
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Examplia Watch", "Issart Marc"), ("Jornalistes Exemplars", "Jobert Lise"),
    ]  # fmt: skip
    roles = {e.reading.person: e.reading.person_role for e in result.entries}
    assert roles["Brunel Aline"] == "Orthophoniste"
    assert roles["Dumont Carla"] == "Agriculteur"


def test_a_long_paragraph_whose_last_sentence_announces_the_signers() -> None:
    """A paragraph of over sixty words whose last sentence, ending with the colon, names
    the list ("Les entitats ... que fins ara s'hi han adherit són les següents:") is a
    cue; one whose last sentence announces projects ("... on the following projects:")
    is not (invented names)."""
    story = (
        "Com és sabut, arran de la directiva europea sobre l'ús de la pirotècnia, les "
        "federacions de diables de tot el país van elaborar el mes de gener un manifest "
        "perquè entitats i institucions s'hi sumessin per expressar la necessitat que el "
        "govern fes una transposició de la directiva que respectés la nostra tradició "
        "centenària de la festa amb el foc i amb la cultura popular de cada poble. "
    )
    cue = story + "Les entitats i institucions que fins ara s'hi han adherit són les següents:"
    assert len(cue.split()) > 60
    assert block_cue(cue) is CueKind.LIST
    projects = story + "La coordinadora centra l'atenció en els projectes següents:"
    assert block_cue(projects) is None


@pytest.mark.parametrize(
    "line",
    [
        "Comentaris",
        "Comentarios",
        "Commentaires",
        "Font: Exemple del Bestiari, a http://exemple.cat",
    ],
)
def test_comments_and_source_lines_end_a_list(line: str) -> None:
    """ "Comentaris" (comments) and "Font: ..." (the source) after a list end it, in
    Catalan, Spanish, French as in English."""
    assert block_cue(line) is CueKind.END


def test_a_personal_capacity_heading_between_signers_heads_only_what_follows() -> None:
    """ "In personal capacity" standing between the organisations' lines ("Example
    Network, Jane Roe") and the persons' lines heads the persons only: the organisations
    above it still sign, with their persons (invented names)."""
    lines = [
        "Signed by:", "Groups and Organisations",
        "Examplia Info Europe, Helen Testbury", "Oxfam Examplia, Jim Sampleton",
        "Second Example Republic, Oliver Mockley", "EXTASC, Nat O'Demo",
        "Claiming our Example, Anna Tester",
        "In personal capacity",
        "Peter Exampleton", "Rodney Testwell, member of the Example Forum", "Anne Mockford",
    ]  # fmt: skip
    result = _read(PROSE + "\n" + "\n".join(lines) + "\n")
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Examplia Info Europe", "Helen Testbury"), ("Oxfam Examplia", "Jim Sampleton"),
        ("Second Example Republic", "Oliver Mockley"), ("EXTASC", "Nat O'Demo"),
        ("Claiming our Example", "Anna Tester"),
    ]  # fmt: skip
    assert [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON] == [
        "Peter Exampleton", "Rodney Testwell", "Anne Mockford",
    ]  # fmt: skip


def test_towns_in_brackets_after_the_names_of_a_list_ordered_by_town() -> None:
    """ "Club Futbol Sala Exemple (Exemple)", "Ball de Diables d'Exemplar - (Exemplar)":
    brackets of a town, repeated down a list ordered by town or named in the name, are
    each organisation's place; a bracket that is an acronym stays in the name."""
    lines = [
        "Ajuntament d'Exemplina (Exemplina)", "Ball de Diables d'Exemple (Exemple)",
        "Casal Popular la Prova (Exemple)", "Club Futbol Sala Exemple (Exemple)",
        "Ball de Bastons de l'Exemplar - (L'Exemplar)", "Excursionistes d'Exemplar - (Exemplar)",
        "Federació de Diables de Exemplia (FDE)",
    ]  # fmt: skip
    text = (
        PROSE
        + "\nLes entitats que s'hi han adherit són les següents:\n\n"
        + "\n".join(f"  \u2022 {line}" for line in lines)
    )
    result = _read(text + "\n")
    assert [(e.name, e.reading.place) for e in result.organisations] == [
        ("Ajuntament d'Exemplina", "Exemplina"), ("Ball de Diables d'Exemple", "Exemple"),
        ("Casal Popular la Prova", "Exemple"), ("Club Futbol Sala Exemple", "Exemple"),
        ("Ball de Bastons de l'Exemplar", "L'Exemplar"),
        ("Excursionistes d'Exemplar", "Exemplar"),
        ("Federació de Diables de Exemplia (FDE)", None),
    ]  # fmt: skip


def test_a_bulleted_list_run_into_one_paragraph() -> None:
    """ "• l'Association exemple (AEX), • la Fédération exemple (FEX), ... • et le Réseau
    Exemple.": bullets left inside one paragraph (a page's list flattened to text) still
    separate the signers; the articles and the last "et" are no part of the names, and
    four names are enough (invented names)."""
    line = (
        "\u2022 l\u2019Association des groupes exemples du Québec (AGEQ), \u2022 la "
        "Confédération exemplaire des coopératives (CEC), \u2022 la Fédération des "
        "locataires d\u2019Exemple (FLE), \u2022 le Front d\u2019action exemplaire (FAE) "
        "\u2022 et le Réseau EXEMPLE Itinérance Québec."
    )
    text = PROSE + "\nEnsemble, nous lançons une pétition avec ces regroupements.\n" + line
    assert [e.name for e in _read(text + "\n").organisations] == [
        "Association des groupes exemples du Québec (AGEQ)",
        "Confédération exemplaire des coopératives (CEC)",
        "Fédération des locataires d\u2019Exemple (FLE)",
        "Front d\u2019action exemplaire (FAE)",
        "Réseau EXEMPLE Itinérance Québec",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Reč je o sledećim organizacijama:",  # Serbian: these are the following organisations
        "Pismo podržali:",  # Croatian/Serbian: the letter was supported by
        "Następujące organizacje:",  # Polish
        "A következő szervezetek:",  # Hungarian
        "Οι παρακάτω φορείς:",  # Greek
        "Такі організації:",  # Ukrainian
        "Seuraavat järjestöt:",  # Finnish
    ],
)
def test_cues_of_the_following_organisations_in_more_languages(line: str) -> None:
    """ "The following organisations:" and "the letter was supported by:" in Serbian,
    Croatian, Polish, Hungarian, Greek, Ukrainian and Finnish announce a list."""
    assert block_cue(line) is CueKind.LIST


def test_persons_with_small_towns_after_dashes_in_a_list_of_mayors() -> None:
    """Mayors as "Given Family - Town": among lines whose towns we know, "Stefania
    Testelli - Exemplisi" and "Simone Provani - Vobbexa (GE)" are persons with their
    towns too, not persons signing for organisations called "Exemplisi" (invented names;
    the towns we know are real cities)."""
    lines = [
        "Gianluca Testoni - Cremona", "Stefania Testelli - Exemplisi", "Gaetano Provetti - Napoli",
        "Gianni Esempi - Aosta", "Franco Campioni - Trento", "Simone Provani - Vobbexa (GE)",
        "Rinaldo Modelli - Taranto", "Alberto Saggi - Parma", "Mauro Testa - Saluzzexa (CN)",
    ]  # fmt: skip
    text = PROSE + "\nI sindaci che sottoscrivono l'appello:\n\n" + "\n\n".join(lines) + "\n"
    result = _read(text)
    assert result.organisations == ()
    places = {e.reading.person: e.reading.place for e in result.entries}
    assert places["Stefania Testelli"] == "Exemplisi"
    assert places["Simone Provani"] == "Vobbexa (GE)"


def test_a_news_sentence_opening_with_as_many_names_as_the_count_claims() -> None:
    """ "... avanzata da sette associazioni ..." then "Italia esempia, Legaprova, ... e
    Pan-Exa, contrari all'ipotesi, ricordano ...": a sentence that opens with exactly as
    many names as the paragraph's count of signers gives them; with one name more or
    fewer than the count, nothing vouches for the names (invented names)."""
    names = [
        "Italia esempia", "Legaprova", "Mountain Example", "Cipra Exemplia", "Lipex",
        "Wxf", "Pan-Exa",
    ]  # fmt: skip
    lead = (
        "La richiesta viene avanzata da sette associazioni per la tutela dell'ambiente "
        "nei confronti dei tre candidati alla segreteria provinciale. "
    )
    tail = ", contrari all'ipotesi, ricordano come sia in discussione una norma.\n"
    text = PROSE + "\n" + lead + ", ".join(names[:-1]) + " e " + names[-1] + tail
    assert [e.name for e in _read(text).organisations] == names
    six = lead + ", ".join(names[:-2]) + " e " + names[-2] + tail
    assert not _read(PROSE + "\n" + six).found


def test_names_in_capitals_with_a_category_word_inside_are_names() -> None:
    """In a list written in capitals, "CXT REGIONAL SAN LORENZO" and "CEEX (CENTRAL DE
    ENTIDADES EXEMPLARES)" are names: a category word ("regional", "entidades") inside a
    name in capitals makes no sub-heading, one that opens the line does ("ONGS Y OTRAS
    INSTITUCIONES"); a cry in capitals ("BASTA!!!!") is no name (invented names)."""
    lines = [
        "BASTA!!!!", "CORRIENTE FEDERAL DE TRABAJADORES DE LA CXT", "CXT REGIONAL SAN LORENZO",
        "CXT REGIONAL TIERRA DEL FUEGO (RIO GRANDE Y USHUAIA)", "EXB AUTONOMA",
        "ONGS Y OTRAS INSTITUCIONES", "CEEX (CENTRAL DE ENTIDADES EXEMPLARES)",
        "MOVIMIENTO SINDICAL EXEMPLARINO",
    ]  # fmt: skip
    result = _read(PROSE + "\nAdhieren:\n\n" + "\n".join(lines) + "\n")
    assert [e.name for e in result.organisations] == [
        "CORRIENTE FEDERAL DE TRABAJADORES DE LA CXT", "CXT REGIONAL SAN LORENZO",
        "CXT REGIONAL TIERRA DEL FUEGO (RIO GRANDE Y USHUAIA)", "EXB AUTONOMA",
        "CEEX (CENTRAL DE ENTIDADES EXEMPLARES)", "MOVIMIENTO SINDICAL EXEMPLARINO",
    ]  # fmt: skip
    sections = [e.name for e in result.entries if e.reading.kind is ItemKind.SECTION]
    assert sections == ["ONGS Y OTRAS INSTITUCIONES"]


def test_paragraphs_of_names_between_semicolons_go_on_under_a_cue() -> None:
    """Under "Les signataires :", paragraphs of "Given Family, fonction ;" pieces, some of
    one or two pieces only: each paragraph goes on with the list (invented names)."""
    paragraphs = [
        "Catherine Exemple, sociologue ; Armelle Testin, démographe ; Aurélie Modèle, "
        "docteure en histoire ;",
        "Magali Essai, professeure de philosophie ; Jean-Raphaël Sample, chargé de cours "
        "à l\u2019Université Exemple 8 ; Sebastian Probe, éditeur, Exemplo Books ;",
        "Renaud Testard, sociologue ;",
        "Claire Gabarit, docteure en philosophie ; Morgane Patron, porte-parole du EXSTRASS ;",
        "Juliette Maquette, sociologue ; Julien Esquisse, militant syndical ;",
    ]
    text = PROSE + "\n## Les signataires :\n\n" + "\n\n".join(paragraphs) + "\n"
    result = _read(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Université Exemple 8", "Jean-Raphaël Sample"), ("Exemplo Books", "Sebastian Probe"),
        ("EXSTRASS", "Morgane Patron"),
    ]  # fmt: skip
    persons = [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON]
    assert persons[-3:] == ["Claire Gabarit", "Juliette Maquette", "Julien Esquisse"]


def test_family_names_first_with_a_function_after_a_dash_are_persons() -> None:
    """Among "Surname Given - Docteur en chimie" lines, "De Exemplar Filipe - Chercheur
    biologiste" (a family name with its particle first, read whole as a name) is a person
    with a function too."""
    lines = [
        "Abelard Timon - Docteur en chimie", "Castel Jonas - Docteur en physique",
        "De Exemplar Filipe - Chercheur biologiste", "Esterel Bruno - Docteure en biologie",
        "Garnier Paul - Chercheur en biologie", "Vanderprobe Lilian - Docteure en chimie",
        "Hublot Anne - Médecin", "Kessel Rémi - Docteur en informatique",
        "Lemaire Jean - Médecin, chercheur", "Morel Inès - Journaliste, photographe",
    ]  # fmt: skip
    result = _read(PROSE + "\n**Signataires**\n\n" + "\n".join(lines) + "\n")
    assert result.organisations == ()
    roles = {e.reading.person: e.reading.person_role for e in result.entries}
    assert roles["De Exemplar Filipe"] == "Chercheur biologiste"


def test_a_serbian_list_of_bodies_with_their_words_in_lower_case() -> None:
    """ "Pismo podržali:" then "Exemplarski odbor za ljudska prava", "Inicijativa mladih za
    exemplarna prava": Serbian and Croatian organisation words (odbor, inicijativa,
    koalicija, udruženje) vouch for names whose other words are in lower case."""
    lines = [
        "Koalicija za toleranciju-protiv govora iz exempla", "Exemplarski odbor za ljudska prava",
        "Inicijativa mladih za exemplarna prava", "Fond za otvoreno exemplo",
        "Udruženje exemplarnih novinara",
    ]  # fmt: skip
    result = _read(PROSE + "\nPismo podržali:\n" + "\n".join(lines) + "\n")
    assert [e.name for e in result.organisations] == lines


def test_organisers_named_on_one_line_between_pipes() -> None:
    """ "Organisers: A | B | C" after the call names its bodies; a title that speaks of
    the organisers ("Organisers of the march announce ...") announces nothing."""
    names = ["Exempel Sverige", "Fredsföreningen Exempel", "Exempla Center", "Act Exempel"]
    result = _read(PROSE + "\nArrangörer: " + " | ".join(names) + "\n")
    assert [e.name for e in result.organisations] == names
    title = "# Press release: organisers of the march announce the next phase\n\n"
    lines = "Posted 13:52 on 31 July\n\nFOR IMMEDIATE RELEASE\n"
    assert _read(title + PROSE + "\n" + lines).organisations == ()


_LOWER_CASE_NAMES = [
    "Les amis de la exemple france", "Attac exemple", "Le collectif exemple sur l’étiquette",
    "Informer n’est pas un exemple", "Ingénieurs sans exemples (agrex)",
    "Lyon exemplaire", "Pollinis exemple", "Sciences exemplaires",
]  # fmt: skip


def test_a_cue_free_list_in_lower_case_that_a_count_before_it_vouches_for() -> None:
    """No cue, bullets whose names write their words in lower case (read alone, points
    rather than names), right after "8 associations et médias ont décidé ...": the count
    the paragraph claims is the run's length, so the bullets are its signers; with a count
    that the run does not make, they stay points."""
    bullets = "\n".join(f"- {name}" for name in _LOWER_CASE_NAMES)
    counted = (
        "Le 27 juin, 8 associations et médias ont décidé d’intervenir dans ce litige pour "
        "demander à la justice qu’elle protège la liberté de la presse.\n\n"
    )
    result = _read(PROSE + "\n" + counted + bullets + "\n\n" + PROSE)
    assert [e.name for e in result.organisations] == _LOWER_CASE_NAMES
    other = counted.replace("8 associations", "30 associations")
    assert _read(PROSE + "\n" + other + bullets + "\n\n" + PROSE).organisations == ()


def test_semicolon_lines_with_fewer_commas_than_semicolons() -> None:
    """ "Roe Jane, Présidente de l'Union Exemple ; SDJ de Exemple ; ...": semicolons
    separate the lines, commas stand inside some of them only (the bodies named alone
    have none); each line is read whole, a long one too."""
    persons = ["Exemplar Jean", "Probet Anne", "Testard Paul", "Roe Marie", "Doe Luc",
               "Quillon Rémi", "Vasseur Inès"]  # fmt: skip
    bodies = [f"Exemple {k} Solidarité" for k in ("Nord", "Sud", "Est", "Ouest", "Centre",
                                                  "Vallée", "Rivière")]  # fmt: skip
    journals = [f"SDJ de Radio Exemple {k}" for k in ("Matin", "Soir", "Nuit", "Midi",
                                                      "Ville", "Plaine")]  # fmt: skip
    pieces = [f"{p}, Président de {b}" for p, b in zip(persons, bodies, strict=True)]
    # a function of many words: too long for a name between commas, not for a line
    pieces[3] = (
        "Roe Marie, Secrétaire nationale en charge des affaires européennes et "
        "internationales de la Fédération Exemple"
    )
    bodies[3] = "Fédération Exemple"
    text = PROSE + "\nRappel des signataires :\n\n" + " ; ".join(pieces + journals) + ".\n"
    assert [e.name for e in _read(text).organisations] == bodies + journals


def test_a_list_of_recipients_after_sent_to_the_following_is_no_list() -> None:
    """ "Per raggiungerli, l'ho inviato personalmente ai seguenti LUG:" then names: the
    groups the appeal was sent to, not its signers; the same names after a paragraph
    that announces nothing are a cue-free list."""
    names = ["ExaLug", "Associazione ExaLUG", "BeLUG", "Exemplo Linux User Group",
             "Associazione Software Libero Esempio", "CatLUG", "Esempio LUG"]  # fmt: skip
    lines = "\n".join(f"- {n}" for n in names)
    sent = (
        "Questo appello è rivolto a tutti. Per raggiungerli, l'ho inviato personalmente "
        "ai seguenti LUG:\n\n"
    )
    assert _read(PROSE + "\n" + sent + lines + "\n").organisations == ()
    assert [e.name for e in _read(PROSE + "\n" + lines + "\n").organisations] == names


def test_a_cue_free_run_announced_by_a_sentence_naming_no_signer_is_no_list() -> None:
    """ "The December run will look for these 9 transfers abroad:" then companies: the
    sentence says what the lines are, and they are not signers; the same names after a
    sentence that announces groups and parties (here in Arabic, with its clitics: "the
    group of parties and organisations is:") are the signers."""
    names = ["Velmar Cloud Inc.", "Tarrow Web Services, Inc.", "Quenby Ads", "Exa Fonts LLC",
             "Velmar Analytics (Exa Corporation)", "Tarrow Tags (Exa LLC)",
             "Quenby Maps Ltd.", "Exa Video, Inc.", "Tarrow Translate (Exa LLC)"]  # fmt: skip
    lines = "\n".join(f"- {n}" for n in names)
    said = "The December run of the audit will look for these 9 different transfers abroad:\n"
    assert _read(PROSE + "\n" + said + lines + "\n").organisations == ()
    groups = "يشار إلى أنّ مجموعة الأحزاب والمنظمات والجمعيات هي كلّ من:\n"
    found = _read(PROSE + "\n" + groups + lines + "\n").organisations
    assert [e.name for e in found] == names


def test_a_list_of_organisations_announced_as_such_with_union_sub_headings() -> None:
    """A "Popis sindikata i udruga ...:" (a list of unions and associations) before the
    lists is their cue; "SINDIKATI:" (unions) is a sub-heading of organisation signers,
    not a name, and both lists are read."""
    text = (
        "Pokrenuta inicijativa za referendum\n\n"
        "U inicijativu je udruženo pet sindikata i tri udruge civilnog društva.\n\n"
        "Popis sindikata i udruga inicijative Tarvena:\n"
        "SINDIKATI:\n"
        "- Sindikat učitelja Velmarske\n"
        "- Nezavisni sindikat znanosti Quenby\n"
        "- Sindikat prometnika vlakova Tarrow\n"
        "UDRUGE CIVILNOG DRUŠTVA:\n"
        "- Pravo na Velmar\n"
        "- Zelena akcija Quenby\n"
    )
    result = _read(text)
    assert [name for _, name in _names(result)] == [
        "Sindikat učitelja Velmarske",
        "Nezavisni sindikat znanosti Quenby",
        "Sindikat prometnika vlakova Tarrow",
        "Pravo na Velmar",
        "Zelena akcija Quenby",
    ]
    sections = [e.name for e in result.entries if e.reading.kind is ItemKind.SECTION]
    assert "SINDIKATI:" in sections


def test_a_short_first_line_ending_with_a_comma_then_a_wrapped_enumeration() -> None:
    """After the cue, a short first name and its comma ("B.e.X.,") stand on a line of
    their own, then the enumeration is wrapped at a width: read as one enumeration;
    pieces that go on enumerating a name's objects in lower case ("..., savjetovanje i
    istraživanje (CEX)") stay on that name."""
    text = (
        "Platformu za vladavinu prava čine sljedeće organizacije:\n\n"
        "B.e.X.,\n"
        "Centar za edukaciju, savjetovanje i istraživanje (CEX), Centar za Velmar\n"
        "ravnopravnost, Centar za mirovne studije (CMQ), Centar za mir,\n"
        "nenasilje i ljudska prava Tarrow, GONX, Kuća ljudskih prava Quenby, Udruga\n"
        "za nezavisnu medijsku kulturu\n"
    )
    result = _read(text)
    assert [" ".join(name.split()) for _, name in _names(result)] == [
        "B.e.X.",
        "Centar za edukaciju, savjetovanje i istraživanje (CEX)",
        "Centar za Velmar ravnopravnost",
        "Centar za mirovne studije (CMQ)",
        "Centar za mir, nenasilje i ljudska prava Tarrow",
        "GONX",
        "Kuća ljudskih prava Quenby",
        "Udruga za nezavisnu medijsku kulturu",
    ]
    _check_offsets(text, result)


def test_persons_each_followed_by_the_office_they_hold_in_a_signing_body() -> None:
    """In "The note was signed by Jane Roe, president of X, ..., and Mark Dale, president of
    Y": each person and her office are one signer, the body she heads the organisation;
    once a known person is so written, an unknown given name ("Quillon Vardet") is read
    the same way. An article signed by persons names no statement: not read so."""
    text = (
        "Unions reject the new freight rules\n\n"
        "The note was signed by Jane Roe, president of the Velmar Workers' Confederation "
        "(VWC), Quillon Vardet, president of Union Force, Ann Poe, president of UGX and "
        "Mark Dale, president of CBX.\n"
    )
    result = _read(text)
    orgs = [(e.name, e.reading.person) for e in result.organisations]
    assert orgs == [
        ("Velmar Workers' Confederation (VWC)", "Jane Roe"),
        ("Union Force", "Quillon Vardet"),
        ("UGX", "Ann Poe"),
        ("CBX", "Mark Dale"),
    ]
    _check_offsets(text, result)
    article = text.replace("The note was signed by", "An article in the Tarrow Times, signed by")
    # no statement named before the phrase: the persons are not read with their bodies
    assert not any(e.reading.person for e in _read(article).organisations)


def test_a_paragraph_of_persons_and_offices_under_a_cue() -> None:
    """Under "Signed by:", a paragraph "Jane Roe, president of X, Quillon Vardet, director
    of Y, ... and Lisa Hale, coordinator of Z": four bodies, each with the person who signs
    for it; no person (known or not) becomes an organisation."""
    text = (
        "Joint letter on water rights\n\nSigned by:\n\n"
        "Jane Roe, president of the Tarrow Farmers Union, Quillon Vardet, director of Velmar "
        "Aid, Ann Poe, chair of the Quenby Water Forum and Lisa Hale, coordinator of EXWN.\n"
    )
    result = _read(text)
    orgs = [(e.name, e.reading.person) for e in result.organisations]
    assert orgs == [
        ("Tarrow Farmers Union", "Jane Roe"),
        ("Velmar Aid", "Quillon Vardet"),
        ("Quenby Water Forum", "Ann Poe"),
        ("EXWN", "Lisa Hale"),
    ]
    assert result.persons == ()


def test_a_sites_footer_lines_end_the_list_above_them() -> None:
    """ "IMPRESSUM | COPYRIGHT BY ..." and "WEBDESIGN ... / PROGRAMMIERUNG ..." under the
    last name are the page's footer: the list ends there, no footer word is a signer."""
    text = (
        PROSE + "\nOrganisationen, die diese Forderung erstunterzeichneten:\n\n"
        "Tarrow Flüchtlingshilfe\nOmas gegen Velmar\nPavelhaus Quenby\n"
        "IMPRESSUM | COPYRIGHT BY EXAMPLE KOORDINATION\n"
        "WEBDESIGN Jane Roe / PROGRAMMIERUNG a+o / FOTOS John Doe\n"
    )
    result = _read(text)
    assert [name for _, name in _names(result)] == [
        "Tarrow Flüchtlingshilfe",
        "Omas gegen Velmar",
        "Pavelhaus Quenby",
    ]


def test_bodies_the_reader_is_asked_to_reach_out_to_do_not_sign() -> None:
    """ "We encourage people to reach out to the following organizations ...:" then a list:
    the reader is sent to them, they did not sign."""
    text = (
        PROSE + "\nWe encourage people to reach out to the following organizations which are "
        "providing aid to the public:\n\n"
        "- Tarrow Solidarity Kitchen\n- Velmar Mutual Aid Network\n- Quenby Tenants Union\n"
    )
    assert _names(_read(text)) == []


@pytest.mark.parametrize("heading", ["Querverweise", "See also", "Weblinks", "Voir aussi"])
def test_a_cross_references_heading_ends_the_text_and_its_links_are_no_signers(
    heading: str,
) -> None:
    """Links under "See also" / "Querverweise" after a press release name sites and
    articles, not signers."""
    text = (
        PROSE + f"\n{heading}\n\n- Tarrow Patents Watch\n- EXFI\n"
        "- Velmar Study: Patents Stifle Innovation\n"
    )
    assert _names(_read(text)) == []


def test_a_country_and_an_acronym_after_a_comma_stay_on_the_name_before() -> None:
    """In "..., Velmar Rights Action/Friends of Velmar, Nigeria (VRA), ..." (an inline
    list), the branch's country and its acronym are the name's, not a signer of their
    own."""
    text = (
        PROSE + "\nThe statement was signed by Tarrow Youth Initiative, Quenby Budget Watch, "
        "Velmar Rights Action/Friends of Velmar, Nigeria (VRA), Lagos Justice Forum and "
        "Ember Trust.\n"
    )
    names = [name for _, name in _names(_read(text))]
    assert "Velmar Rights Action/Friends of Velmar, Nigeria (VRA)" in names
    assert "Nigeria (VRA)" not in names


def test_names_in_brackets_after_words_that_describe_the_signers() -> None:
    """ "promossa da un ampio cartello di associazioni (A, B, ..., Z)": the list phrase,
    a few words saying who signs, then their names in brackets, read to the bracket's
    end."""
    text = (
        "Grande successo della campagna “3 leggi”, promossa da un ampio cartello di "
        "associazioni (Tarrow Aiuto, Acat Velmar, Arcix, Associazione Tarrow Diritti, "
        "Forum Velmar, Gruppo Quenby), Ember Tempo e Velmar Post ne hanno scritto.\n"
    )
    result = _read(text)
    assert [name for _, name in _names(result)] == [
        "Tarrow Aiuto",
        "Acat Velmar",
        "Arcix",
        "Associazione Tarrow Diritti",
        "Forum Velmar",
        "Gruppo Quenby",
    ]
    _check_offsets(text, result)


def test_to_name_a_few_then_a_further_list_in_the_same_paragraph() -> None:
    """In "About 600 groups joined. To name just a few: A, B, ... It was also signed by
    C, D and E.": the examples are signers, and a further list in the same paragraph that
    says it adds to them ("also") is read too."""
    text = (
        PROSE + "\nAbout 600 groups of civil society joined the march for peace. To name "
        "just a few: Tarrow Aid Network, Velmar Rights Forum, Quenby Peace Council, EXNA "
        "and Ember Trust. The call was also signed by the Velmar Green Party, Quenby "
        "Democrats and Tarrow Labour Party.\n"
    )
    assert [name for _, name in _names(_read(text))] == [
        "Tarrow Aid Network",
        "Velmar Rights Forum",
        "Quenby Peace Council",
        "EXNA",
        "Ember Trust",
        "Velmar Green Party",
        "Quenby Democrats",
        "Tarrow Labour Party",
    ]


def test_a_count_in_digits_between_the_list_phrase_and_its_colon() -> None:
    """ "... will be signed by 8 parties: the Velmar Coalition (VCX), ...": the count and its
    noun lead to the colon; the first name is the first party's, not "8 parties: the ..."."""
    text = (
        PROSE + "\nThe education minimum will be signed by 8 parties: the Velmar Coalition "
        "(VCX), the Tarrow Party, Quenby Can Be Different (QCD), New Velmar, the Ember "
        "Movement and the Liberal Party of Quenby.\n"
    )
    names = [name for _, name in _names(_read(text))]
    assert names[0] == "Velmar Coalition (VCX)"
    assert len(names) == 6


def test_markdown_footnote_definitions_after_the_list_are_notes() -> None:
    """ "[^1]: Roe, J. (2024). ..." under the last name is a footnote's definition: the
    list ends there."""
    text = (
        PROSE + "\nZ poważaniem,\n\nStowarzyszenie Velmar\nFundacja Tarrow\nKolektyw Quenby\n"
        "[^1]: Roe, J., Doe, J. (2024). *Analiza dezinformacji.* Tarrow.pl https://tarrow.pl/a\n"
        "[^2]: Poe, A. (2011). Puberty and the Velmar study. *Archives*, 40(4), 843-847.\n"
    )
    assert [name for _, name in _names(_read(text))] == [
        "Stowarzyszenie Velmar",
        "Fundacja Tarrow",
        "Kolektyw Quenby",
    ]


@pytest.mark.parametrize(
    "cue",
    [
        "Some of the initial sponsors, all in a personal capacity:",
        "Signatories (in a personal capacity):",
    ],
)
def test_a_cue_saying_all_sign_in_a_personal_capacity_makes_persons_of_name_and_office(
    cue: str,
) -> None:
    """Under a cue saying everyone signs in a personal capacity, a signature block's
    office line ("Jane Roe" / "Secretary, Example Union branch") is her affiliation and
    "Name, Office, Organisation" lines are persons: no organisation signs (invented
    names)."""
    lines = [
        cue,
        "Jane Roe", "Secretary, Velmar Workers Union branch",
        "John Doe", "Tarrow Teachers Union (TTU) senior vice-president",
        "Mary Major", "Quenby City Union National Executive Committee",
        "Richard Miles, Chair, Velmar Housing Association",
    ]  # fmt: skip
    result = _read(PROSE + "\n" + "\n".join(lines) + "\n")
    assert result.organisations == ()
    persons = [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON]
    assert persons == ["Jane Roe", "John Doe", "Mary Major", "Richard Miles"]


def test_bullets_naming_a_kind_of_signer_then_its_members() -> None:
    """ "Political leaders such as A, B and C", "Journalists like D and E": a kind of
    persons, then persons (not one organisation per bullet); "The organisations F, G and
    the H": a collective noun right before its members (invented names)."""
    lines = [
        "Endorsed by:",
        "- Political leaders such as Jane Roe, John Doe and Mary Major",
        "- Journalists like Velma Quen and T. R. Tarrow",
        "- The organisations Velmar Aid, EXA, Tarrow Rights Watch and the Quenby Freedom "
        "Foundation",
    ]
    result = _read(PROSE + "\n" + "\n".join(lines) + "\n")
    assert [e.name for e in result.organisations] == [
        "Velmar Aid", "EXA", "Tarrow Rights Watch", "Quenby Freedom Foundation",
    ]  # fmt: skip
    persons = [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON]
    assert persons == ["Jane Roe", "John Doe", "Mary Major", "Velma Quen", "T. R. Tarrow"]


def test_arabic_honorifics_make_persons() -> None:
    """ "الشيخ" (sheikh), "الحاج", "المهندس" before a name are honorifics: the line is a
    person's, not an organisation's (invented names)."""
    lines = ["الموقعون:", "الشيخ فلمار تارو", "الحاج كوينبي فلمار", "المهندس تارو كوينبي"]
    result = _read(PROSE + "\n" + "\n".join(lines) + "\n")
    assert result.organisations == ()
    persons = [e.reading.person for e in result.entries if e.reading.kind is ItemKind.PERSON]
    assert persons == ["فلمار تارو", "كوينبي فلمار", "تارو كوينبي"]


def test_a_table_of_contents_holds_no_cue_and_no_signer() -> None:
    """A report's table of contents ("A. Joining organisations | 2", titles and page
    numbers that never go down) is no list and its titles are no cue; the byline "By:
    A, B, ..." over it names the signers (invented names)."""
    writer = DocumentWriter()
    writer.add(BlockKind.HEADING, "Civil society report on the Velmar covenant", level=1)
    writer.add(
        BlockKind.PARAGRAPH,
        "By: Velmar Rights Watch (VRW), the Tarrow Communities Coalition (TCC), the Quenby "
        "Youth Network (QYN), EXA, Stand Up for Velmar",
    )
    writer.add(BlockKind.HEADING, "Contents", level=2)
    group = writer.new_group()
    for title, page in [
        ("I. Introduction", "2"), ("A. Joining organisations", "2"), ("B. Contact details", "2"),
        ("II. Replies to the list of issues", "3"), ("National Human Rights Institution", "3"),
        ("Optional Protocol to the Covenant", "6"), ("Disability", "9"),
    ]:  # fmt: skip
        writer.add(BlockKind.TABLE_ROW, "", cells=[title, page], group=group)
    writer.add(BlockKind.PARAGRAPH, PROSE)
    result = find_signatories(writer.document())
    assert [e.name for e in result.organisations] == [
        "Velmar Rights Watch (VRW)", "Tarrow Communities Coalition (TCC)",
        "Quenby Youth Network (QYN)", "EXA", "Stand Up for Velmar",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "cue",
    [
        "The network has recently signed agreements with five student associations:",
        "La rete ha recentemente firmato accordi con cinque associazioni studentesche:",
    ],
)
def test_the_partners_of_an_agreement_are_not_signers(cue: str) -> None:
    """ "signed agreements with five associations:": the partners of the author's
    agreement follow, not co-signers of a statement (invented names)."""
    lines = [
        cue, "- Velmar Student Association (VSA)", "- Tarrow Student Union",
        "- Associazione Studenti di Quenby", "- Exa Students Network",
    ]  # fmt: skip
    result = _read(PROSE + "\n" + "\n".join(lines) + "\n")
    assert result.organisations == ()


def test_a_long_run_of_person_and_body_lines_before_a_pages_comments() -> None:
    """Ten or more lines, nearly each "Prof. Dr. Given Family, Example University", right
    after a statement and before a page's comments: the signers, though no cue names
    them and the text goes on (invented names)."""
    people = ["Jane Roe", "John Doe", "Mary Major", "Max Velmar", "Erika Tarrow", "Anna Quenby",
              "Paul Velmar", "Lena Tarrow", "Karl Quenby", "Eva Roe", "Otto Doe"]  # fmt: skip
    bodies = ["Universität Velmar", "TU Tarrow", "Universität Quenby", "TU Velmar",
              "Tarrow Institut für Technologie (TIT)", "Universität Exa"]  # fmt: skip
    lines = [f"Prof. Dr. {p}, {bodies[k % len(bodies)]}" for k, p in enumerate(people)]
    comments = [
        "4 Kommentare",
        "Werner Velmar",
        "Kennt jemand noch das Buch? Sein Werk über die Inseln war lange vergessen und ist "
        "heute wieder aktuell, weil die Debatte sich kaum verändert hat, meine ich jedenfalls.",
        "Ute Tarrow",
        "Ehrenwert, aber leider vorhersehbar wirkungslos, wie alle Erklärungen dieser Art, die "
        "man in den letzten Jahren lesen konnte, ohne dass sich etwas bewegt hätte.",
    ]
    text = PROSE + "\n" + "\n".join(lines) + "\n\n" + "\n\n".join(comments) + "\n"
    result = _read(text)
    assert [e.reading.person for e in result.organisations] == people


@pytest.mark.parametrize("line", ["4 Kommentare", "12 comments", "3 commentaires"])
def test_a_count_of_comments_ends_a_list(line: str) -> None:
    """A page's "4 Kommentare" heading, its count before the word, heads comments, not
    signers: it ends a list as "Comments" does."""
    assert block_cue(line, heading=True) is CueKind.END


def test_table_rows_that_group_their_signers_under_a_label() -> None:
    """A row per group of signers: "Federações | A, B e C" gives A, B and C, the label
    a section; a row whose first cell names no group stays one signer."""
    writer = DocumentWriter()
    writer.add(BlockKind.PARAGRAPH, "Assinam esta Nota")
    group = writer.new_group()
    for cells in (
        ["Centrais", "Velmar e EXC"],
        ["Federações", "Fenatarrow, Fenaquenby, Fespvelmar e Fessp-tarrow"],
        ["Demais organizações", "EXA-SP, Aetarrow, Afavelmar, Sindquenby, Sintravelmar e EXB."],
    ):
        writer.add(BlockKind.TABLE_ROW, "", cells=cells, group=group)
    result = find_signatories(writer.document())
    assert [e.name for e in result.organisations] == [
        "Velmar", "EXC", "Fenatarrow", "Fenaquenby", "Fespvelmar", "Fessp-tarrow",
        "EXA-SP", "Aetarrow", "Afavelmar", "Sindquenby", "Sintravelmar", "EXB",
    ]  # fmt: skip
    writer = DocumentWriter()
    writer.add(BlockKind.PARAGRAPH, "Signatories:")
    group = writer.new_group()
    for cells in (
        ["Example Readers Network", "Torino, Italia"],
        ["Associazione Esempio Lettori", "Milano, Italia"],
        ["Fondazione Esempio", "Roma, Italia"],
    ):
        writer.add(BlockKind.TABLE_ROW, "", cells=cells, group=group)
    names = [e.name for e in find_signatories(writer.document()).organisations]
    assert "Torino" not in names and len(names) == 3


def test_we_are_demanding_the_following_points_announces_no_signers() -> None:
    """ "We are demanding reform that reflects the following points:" then capitalised
    bullets: the demands of a sign-on statement whose signers are not listed."""
    text = (
        "JOIN THE VELMAR CAMPAIGN for Real Reform\n"
        "Sign on to this statement\n"
        "We are demanding progressive reform legislation that reflects the following points:\n"
        "- Full legalization for all\n"
        "- End to militarization of the border\n"
        "- End Title 42 completely\n"
        "- End the mass deportations\n"
    )
    assert _read(text).entries == ()


def test_a_line_of_kurdish_party_names_after_a_cue() -> None:
    """Kurmanji organisation words ("Partiya", "Yekîtiya", "Rêxistina") make each piece
    of a comma line a body's name: the line is an enumeration, not one name (invented
    names)."""
    text = (
        "The call was signed by the following parties:\n\n"
        "Partiya Velmar, Partiya Tarrow, Rêxistina Quenby, Yekîtiya Roe\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Partiya Velmar", "Partiya Tarrow", "Rêxistina Quenby", "Yekîtiya Roe",
    ]  # fmt: skip


def test_unterzeichnet_wurde_der_brief_von_then_a_list() -> None:
    """German "Unterzeichnet wurde der Brief von" (no colon) announces the list below it
    (invented names)."""
    text = (
        "Am 19. Oktober erhielt der Senator einen offenen Brief.\n\n"
        "Unterzeichnet wurde der Brief von\n\n"
        "- Velmar Hilft e.V.\n- Verband Tarrow-Syrischer Hilfsvereine e.V.\n"
        "- Quenby Berlin\n- Union der Velmarer Studenten e.V.\n\n"
        "Hintergrund ist die im Mai vorgenommene Änderung der Verfahrenshinweise für die "
        "Ausländerbehörde, die seitdem von allen Antragstellern einen Pass verlangt.\n"
    )
    assert [e.name for e in _read(text).organisations][:4] == [
        "Velmar Hilft e.V.", "Verband Tarrow-Syrischer Hilfsvereine e.V.", "Quenby Berlin",
        "Union der Velmarer Studenten e.V.",
    ]  # fmt: skip


def test_a_headerless_table_of_names_and_long_descriptions_gives_their_bodies() -> None:
    """A person's name in the first cell and a long cell describing them ("Professor of
    ..., Example University"): the description is no name, but it says whom the person
    signs for, as the line "Jane Roe, Professor ..., Example University" would; a long
    cell after an organisation's name stays out of its name."""
    writer = DocumentWriter()
    writer.add(BlockKind.HEADING, "Notable signatories", level=2)
    writer.add(
        BlockKind.PARAGRAPH, "Laureates, scientists and public figures have endorsed our letter."
    )
    group = writer.new_group()
    for cells in (
        ["Jane Roe", "Distinguished Professor of Atmospheric Science & Director of the Earth "
         "System Centre, Velmar State University"],
        ["John Doe", "Emeritus Rouse Ball Professor of Mathematics and Fellow, "
         "University of Tarrow"],
        ["Mary Major", "Associate Professor of Paleoecology & Plant Ecology, University of Quenby"],
    ):  # fmt: skip
        writer.add(BlockKind.TABLE_ROW, "", cells=cells, group=group)
    result = find_signatories(writer.document())
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Velmar State University", "Jane Roe"),
        ("University of Tarrow", "John Doe"),
        ("University of Quenby", "Mary Major"),
    ]
    writer = DocumentWriter()
    writer.add(BlockKind.PARAGRAPH, "Signatories:")
    group = writer.new_group()
    for cells in (
        ["Velmar Readers Network", "A network of reading groups that meets every month in "
         "the city library"],
        ["Tarrow Trust", "A trust that has run the hall and its garden for the town since the war"],
    ):  # fmt: skip
        writer.add(BlockKind.TABLE_ROW, "", cells=cells, group=group)
    result = find_signatories(writer.document())
    assert [e.name for e in result.organisations] == ["Velmar Readers Network", "Tarrow Trust"]


def test_a_cue_over_one_paragraph_of_names_parted_by_full_stops() -> None:
    """ "hemos firmado esta carta:" then one paragraph of names each ended by a full stop
    (a list flattened by a page), some with no space after the stop: each is a name."""
    text = PROSE + (
        "Hasta hoy hemos firmado esta carta:\n"
        "Example Network Against Racism (ENAR). Platform for Example Cooperation (PICEX). "
        "Tarrox. Velmar Roma Rights Centre. Feminist Collective of Tarrow Experts. Forum of "
        "Example Youth Organisations.Fundacja Inicjatywa Przyklad.Exa Exa vzw. Velmarlab.\n"
    )
    assert [e.name for e in _read(text).organisations] == [
        "Example Network Against Racism (ENAR)",
        "Platform for Example Cooperation (PICEX)",
        "Tarrox",
        "Velmar Roma Rights Centre",
        "Feminist Collective of Tarrow Experts",
        "Forum of Example Youth Organisations",
        "Fundacja Inicjatywa Przyklad",
        "Exa Exa vzw",
        "Velmarlab",
    ]


def test_short_sentences_under_a_cue_are_no_names() -> None:
    """A paragraph of short sentences after a cue-like line is prose, not names."""
    text = PROSE + (
        "Signed by:\n"
        "We thank you for reading. Please share this page with your friends. Sign the letter "
        "below. It only takes a minute. Every voice counts.\n"
    )
    assert _read(text).organisations == ()


def test_lines_of_body_person_and_role_read_alike_when_a_given_name_is_unknown() -> None:
    """ "Company, Person, Role" lines with no cue over them (a heading with no colon):
    where most persons' given names are known, the lines whose given name is not
    ("Ask Moller", "Alarik Sandrup") are read the same way: the body signs, through her."""
    text = PROSE + (
        "Undertecknande foretag ar foljande\n"
        "Velmar, Thomas Roe, CEO\n"
        "Tarrow, Filip Doe, Head of Sustainability\n"
        "Quenby, Ask Moller, Head of Group Public Affairs\n"
        "EXA, Anna Poe, Head of Sustainability\n"
        "Lantex, Alarik Sandrup, Director Public and regulatory affairs\n"
        "Northby Coffee Group, Lars Loe, CEO\n"
        "Southby, Claus Stig, Head of Corporate Sustainability\n"
    )
    result = _read(text)
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Velmar", "Thomas Roe"),
        ("Tarrow", "Filip Doe"),
        ("Quenby", "Ask Moller"),
        ("EXA", "Anna Poe"),
        ("Lantex", "Alarik Sandrup"),
        ("Northby Coffee Group", "Lars Loe"),
        ("Southby", "Claus Stig"),
    ]


def test_a_quotation_under_a_line_ending_in_a_colon_is_no_list() -> None:
    """A paragraph ending with a colon, then the statement quoted: the quotation's commas
    part clauses, not names."""
    text = PROSE + (
        "The statement was convened by national organizations including Example Advocates, "
        "the Velmar Task Force and the Tarrow Council (TC):\n\n"
        '"One year ago, in the aftermath of the Velmar tragedy, we came together in grief, '
        "in unity, and in solidarity with the Velmar community and millions of people "
        "everywhere, to condemn this act of hate. That senseless act struck at the heart "
        'of our communities."\n'
    )
    names = [e.name for e in _read(text).organisations]
    assert not any("year ago" in n or "unity" in n for n in names)
