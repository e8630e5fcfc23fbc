"""Letters, signature lines and news sentences studied on the blind rounds, each rule on
invented names: a letter's date, addressee and postal address after its signers (the
addressee is no signer, the names above the date are), a body then its two persons on one
line, "Pour l'Association A, Jane Roe" signing for the body, personal names known by their
family name's ending, the full stop of a one-letter word inside an inline list ("e.
V."), "proposed by" with an elided article, sentences that open with the signers' noun
and a copula ("The organizations are the A, the B"; Malay "Antara NGO terbabit ialah";
Indonesian "diantaranya"), a collective noun and its adjective before the subjects,
names described as organisations, "among them" after a collective noun, a name that
enumerates its objects with commas, and a cue word inside a sentence wrapped at a
width."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, org_names, read_text

from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.items import read_item
from sochi_er.extraction.lines import is_postal_address, non_organisation_reason


@pytest.mark.parametrize(
    "line",
    [
        "112 Tarrow Senate Office Building",
        "1849 C Street, NW",
        "1011 O Street NW",
        "80 Velmar Street",
        "312 Quenby Avenue East",
        "Washington, D.C. 20510",
        "Springfield, IL 62701",
        "Velmar, MA 01938-2723 USA",
    ],
)
def test_postal_address_lines_are_contact_lines(line: str) -> None:
    """A house number and a street or building word, or a town, a state and a ZIP code:
    how to reach someone, never a signer."""
    assert is_postal_address(line)
    assert non_organisation_reason(line) == "contact line"


@pytest.mark.parametrize(
    "name",
    ["100 Black Men of Velmar", "Building and Wood Workers of Tarrow", "350 Velmar",
     "Velmar State Labor Council", "Example Street Children Trust"],
)  # fmt: skip
def test_names_with_numbers_or_street_words_are_no_addresses(name: str) -> None:
    assert not is_postal_address(name)
    assert non_organisation_reason(name) is None


SIGNERS = [
    ("Rev. Jane Roe, Senior Pastor", "Velmar Baptist Church"),
    ("Rev. Dr. John Doe, Senior Pastor", "Tarrow Tabernacle Church"),
    ("Elder Mary Major, Pastor", "Quenby Chapel Church"),
    ("Bishop Max Mustermann, Executive Director", "Velmar Interfaith Council"),
    ("Rev. Anna Smith, Senior Pastor", "Grace Fellowship of Tarrow"),
]


def test_signers_above_a_letters_date_addressee_and_greeting() -> None:
    """Signers' lines head a letter: its date, the addressee with a postal address and
    "Dear ..." follow. The list ends at the date, the signers are read (no cue, no "the
    undersigned" before them) and the addressee is none of them."""
    lines = [f"{person}, {body}" for person, body in SIGNERS]
    text = (
        "The Velmar Clergy Coalition:\n"
        + "\n".join(lines)
        + "\nJune 2, 2020\nMayor Jane Public\nCity Hall, Office 215\nVelmar, PA 19107\n"
        "Dear Mayor Public:\n" + PROSE
    )
    result = read_text(text)
    assert org_names(result) == [body for _, body in SIGNERS]
    assert "City Hall" not in " ".join(org_names(result))


def test_an_addressee_block_after_the_date_is_no_list() -> None:
    """A letterhead of names between dashes wrapped over lines, the date, then the
    addressees with postal addresses (the greeting cut off with the page): the
    letterhead's names are the signers, the committee and its building are not."""
    names = ["Velmar Community Action on Toxics", "Alliance of Tarrow Nurses",
             "Quenby Pesticide Watch", "Center for Velmar Health", "Tarrow Clean Water Coalition",
             "Velmar Environmental Justice Network"]  # fmt: skip
    letterhead = f"{names[0]} – {names[1]} –\n{names[2]} – {names[3]} –\n{names[4]} – {names[5]}"
    text = (
        letterhead + "\nJune 13, 2013\n"
        "U.S. Senator Jane Roe, Chair\nVelmar Committee on Public Works\n"
        "112 Tarrow Senate Office Building\nWashington, D.C. 20510\n"
        "U.S. Senator John Doe, Ranking Member\nVelmar Committee on Public Works\n"
        "516 Tarrow Senate Office Building\nWashington, DC 20510\n"
    )
    found = org_names(read_text(text))
    assert found == names
    assert not any("Committee" in name or "Building" in name for name in found)


def test_a_body_then_two_of_its_persons_is_the_body() -> None:
    """ "Example Theatre \u2013 Jane Roe, John Doe": a body, then its two
    persons after the dash; not a line of three persons."""
    reading = read_item("Velmar Theatre – Jane Roe, John Doe")
    assert reading.kind is ItemKind.ORGANISATION
    assert reading.person == "Jane Roe"
    line = "Velmar Theatre – Jane Roe, John Doe"
    assert line[reading.start : reading.end] == "Velmar Theatre"
    # three persons with no body are still persons
    assert read_item("Jane Roe, John Doe, Mary Major").kind is ItemKind.PERSON


def test_a_one_letter_word_and_its_full_stop_do_not_end_an_inline_list() -> None:
    """ "Example e. V." inside a sentence's list: the full stop after "e" ends no
    sentence, so "V." is no name of its own."""
    text = (
        PROSE + "The groups asked for action. The letter has been supported by: Velmar "
        "e.V., Tarrow Hilfe e. V., Quenby Watch e.V., Mahnwache Velmar e. V., Tarrow "
        "Jugend\n\nThe full text reads as follows:\n"
    )
    assert org_names(read_text(text)) == [
        "Velmar e.V.", "Tarrow Hilfe e. V.", "Quenby Watch e.V.", "Mahnwache Velmar e. V.",
        "Tarrow Jugend",
    ]  # fmt: skip


def test_proposed_by_with_an_elided_article() -> None:
    """ "la raccolta firme proposta dall'Associazione A, B e C": "proposta da" names its
    authors and the elided article is no part of the first name."""
    text = (
        PROSE + "È stata presentata la raccolta firme proposta dall’Associazione Velmar, "
        "Anpi Tarrow, Caritas Quenby e Scuola di Pace Velmar.\n"
    )
    assert org_names(read_text(text)) == [
        "Associazione Velmar", "Anpi Tarrow", "Caritas Quenby", "Scuola di Pace Velmar",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The organizations are the Velmar Center for Human Rights, the Tarrow "
            "Observatory for Human Rights and Quenby Network for Community Media.",
            ["Velmar Center for Human Rights", "Tarrow Observatory for Human Rights",
             "Quenby Network for Community Media"],
        ),
        (
            "Antara NGO terbabit ialah Persatuan Pengusaha Kecil Velmar, Gabungan "
            "Persatuan Industri Tarrow dan Dewan Perdagangan Quenby.",
            ["Persatuan Pengusaha Kecil Velmar", "Gabungan Persatuan Industri Tarrow",
             "Dewan Perdagangan Quenby"],
        ),
        (
            "Beberapa organisasi yang membacakan pernyataan tersebut diantaranya Yayasan "
            "Lembaga Bantuan Hukum Velmar (YLBHV), Lembaga Bantuan Hukum Tarrow dan "
            "Quenby Corruption Watch.",
            ["Yayasan Lembaga Bantuan Hukum Velmar (YLBHV)", "Lembaga Bantuan Hukum Tarrow",
             "Quenby Corruption Watch"],
        ),
    ],
)  # fmt: skip
def test_the_signers_noun_and_a_copula_open_a_list(sentence: str, names: list[str]) -> None:
    assert org_names(read_text(PROSE + sentence + "\n")) == names


def test_the_noun_and_copula_before_words_in_lower_case_open_nothing() -> None:
    text = PROSE + "The groups are concerned about the law. The organisations are worried.\n"
    assert org_names(read_text(text)) == []


def test_a_semicolon_and_a_verb_of_exhorting_after_the_subjects() -> None:
    """ "A, B y la C; exhortan al Congreso a ...": the names are the subject of the verb
    (a verb of saying or calling, here Spanish "exhortan") even with a semicolon before
    it, when its object follows in lower case."""
    text = PROSE + (
        "La Asamblea Velmar, Tarrow Watch y la Asociación Quenby; exhortan al Congreso a "
        "desechar la ley.\n"
    )
    assert org_names(read_text(text)) == [
        "Asamblea Velmar",
        "Tarrow Watch",
        "Asociación Quenby",
    ]


def test_the_subjects_collective_noun_and_its_adjective_before_the_names() -> None:
    """ "Les groupes environnementaux A, B et le C interpellent le gouvernement": the
    collective noun and its adjective open the sentence, the names are its subject."""
    text = PROSE + (
        "Montréal — Les groupes environnementaux Fondation Velmar, Tarrow Watch, Nature "
        "Quenby et le Centre Velmar du Droit (CVD) interpellent le gouvernement.\n"
    )
    assert org_names(read_text(text)) == [
        "Fondation Velmar", "Tarrow Watch", "Nature Quenby", "Centre Velmar du Droit (CVD)",
    ]  # fmt: skip


def test_names_described_as_organisations_are_the_authors() -> None:
    """ "A, the B and the C are all organisations of workers ...": the sentence says who
    the letter's authors are; names described as towns are no list."""
    text = PROSE + (
        "The Velmar Workers Confederation (VWC), the Tarrow Labour Committee (TLC) and the "
        "Quenby Migrant Rights Network (QMRN) are all organisations of workers from Velmar.\n"
    )
    assert org_names(read_text(text)) == [
        "Velmar Workers Confederation (VWC)", "Tarrow Labour Committee (TLC)",
        "Quenby Migrant Rights Network (QMRN)",
    ]  # fmt: skip
    towns = PROSE + "Velmar, Tarrow and Quenby are cities with many problems of their own.\n"
    assert org_names(read_text(towns)) == []


def test_among_them_after_a_sentence_with_a_collective_noun() -> None:
    """ "Más de 70 organizaciones ... Entre ellas se encuentran A, B, entre muchas más":
    "among them" refers to the organisations; "entre muchas más" is no name. "Among them"
    after people names no organisation."""
    text = PROSE + (
        "Más de 70 organizaciones firmaron una carta. Entre ellas se encuentran Amnistía "
        "Velmar, Fundación Tarrow, Red Quenby, entre muchas más.\n"
    )
    assert org_names(read_text(text)) == ["Amnistía Velmar", "Fundación Tarrow", "Red Quenby"]
    people = PROSE + "Many people came to the rally. Among them are Jane Roe and John Doe.\n"
    assert org_names(read_text(people)) == []


def test_a_name_that_enumerates_its_objects_with_commas_stays_one_name() -> None:
    """ "Coalition for Water, Land and Air" and "Union of Food, Agricultural, Hotel,
    Catering and Allied Workers' Association (UFA)" inside an inline list are one name
    each; "Friends of the Tarrow, Quenbypeace, Tarrowfam and EXW, sent ..." ends the list with its
    own "and", so the names stay apart."""
    text = PROSE + (
        "The statement was signed by Velmar Peasants Network, Coalition for Water, Land and "
        "Air, the Union of Food, Agricultural, Hotel, Catering and Allied Workers’ "
        "Association (UFA), Tarrow Fishers Forum and the Quenby Union.\n"
    )
    assert org_names(read_text(text)) == [
        "Velmar Peasants Network", "Coalition for Water, Land and Air",
        "Union of Food, Agricultural, Hotel, Catering and Allied Workers’ Association (UFA)",
        "Tarrow Fishers Forum", "Quenby Union",
    ]  # fmt: skip
    closing = PROSE + (
        "Several organizations, including Velmar Aid, Christian Velmar, Friends of the Tarrow, "
        "Quenbypeace, Tarrowfam and EXW, sent a letter to the Executive Secretary.\n"
    )
    assert org_names(read_text(closing)) == [
        "Velmar Aid", "Christian Velmar", "Friends of the Tarrow", "Quenbypeace", "Tarrowfam",
        "EXW",
    ]  # fmt: skip


def test_a_cue_word_inside_a_wrapped_sentence_starts_no_list() -> None:
    """A paragraph wrapped at a width, one of its lines holding "unterzeichnet" inside a
    sentence that runs on from the line before and into the line after: no cue, so the
    paragraph's lines are no list."""
    text = (
        "Die Präsidenten von Rektorenkonferenzen aus 24 Staaten haben sich für eine\n"
        "weitere Zusammenarbeit mit den Hochschulen in Velmar auch nach dem Austritt\n"
        "ausgesprochen. In der gemeinsamen Erklärung, die auch vom Präsidenten der\n"
        "Velmarer Rektorenkonferenz (VRK), Prof. Dr. Jane Roe, unterzeichnet wurde, verweisen die\n"
        "Präsidenten auf die große Bedeutung der Kooperation für die Entwicklung der "
        "Hochschulen in\n"
        "ganz Europa. Die Bündelung von Infrastrukturen, Daten und Kompetenzen sei eine wichtige\n"
        "Basis der Wissensgesellschaften.\n"
    )
    result = read_text(text)
    names = [e.name for e in result.organisations]
    assert not any(n.startswith(("Präsidenten", "ganz Europa", "Basis")) for n in names)
    assert result.how != "cue"


@pytest.mark.parametrize(
    ("line", "body", "person"),
    [
        ("Pour l’Association des Bibliothécaires de Velmar, Alice Roe, Présidente",
         "Association des Bibliothécaires de Velmar", "Alice Roe"),
        ("For Velmar Aid, Jane Roe, Director", "Velmar Aid", "Jane Roe"),
        ("Für den Tarrow e.V., Jane Roe, Vorsitzende", "Tarrow e.V.", "Jane Roe"),
        ("Por la Red Quenby, Juana Roe, presidenta", "Red Quenby", "Juana Roe"),
        ("Teachers for Peace, Jane Roe, Chair", "Teachers for Peace", "Jane Roe"),
    ],
)  # fmt: skip
def test_a_signature_line_for_a_body_names_the_body(line: str, body: str, person: str) -> None:
    """ "Pour l'Association A, Jane Roe, Présidente": the person signs for the body; "For"
    and its article are no part of its name (a "for" inside a name stays)."""
    reading = read_item(line)
    assert reading.kind is ItemKind.ORGANISATION
    assert (line[reading.start : reading.end], reading.person) == (body, person)


def test_personal_names_known_by_their_family_names_ending_are_persons() -> None:
    """ "signed by former members of Example 24 Mehrubon Velmarov, Fayzullojon Tarrovev
    and Nino Quenbydze": given names no list knows, family names by their endings
    ("-ov", "-ev", "-dze"); no person is taken for an organisation."""
    text = PROSE + (
        "The appeal has been signed by former members of Example 24 Mehrubon Velmarov, "
        "Fayzullojon Tarrovev, Oyatullo Quenbyev and Nino Velmardze.\n"
    )
    result = read_text(text)
    assert not [e.name for e in result.organisations if "Velmar" in e.name or "Tarrov" in e.name]
    assert read_item("Mehrubon Velmarov").kind is ItemKind.PERSON
    assert read_item("Velmarov Institute").kind is ItemKind.ORGANISATION
    # a town or a country with such an ending is no family name
    assert read_item("Velmar Genova").kind is not ItemKind.PERSON
    assert read_item("Velmar Polska").kind is not ItemKind.PERSON
