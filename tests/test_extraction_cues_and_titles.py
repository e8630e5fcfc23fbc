"""Cues and titles studied on the blind rounds, each rule on invented names: cue phrases
in Lithuanian, Estonian and Norwegian, adverbs inside a cue, Catalan statement words, a
heading that names its authors' leaders, links to a text's file and lines saying where
to ask for more; a cue sentence and its colon inside a paragraph, "as follows." ending a
cue, the letter's authors as a cue, legal forms after a comma in an enumeration, and
"these are" after a count of signers (in digits or in words), the speakers after a
quotation and its verb; a line of names between bullets over a letter, a name with a
dash in an enumeration, one-word list verbs before an article, Spanish, Dutch, Danish
and Cyrillic words for signers, bodies and their offices, verbs of reporting, a list
of topics after "the following issues:" that is no list of signers, and the "and" before
an article that closes an enumeration whose last name holds an "and"."""

from __future__ import annotations

from pathlib import Path

from extraction_helpers import PROSE, org_names, read_text

from sochi_er import default_registry, parse_paths
from sochi_er.extraction.block_enumeration import read_enumeration
from sochi_er.extraction.cues import CueKind, block_cue
from sochi_er.extraction.enumeration_pieces import and_search
from sochi_er.extraction.inline import find_inline_list
from sochi_er.extraction.item_reading import ItemKind
from sochi_er.extraction.items import read_item


def test_a_lithuanian_cue_and_organisation_words() -> None:
    """ "Į Seimo vadovybę kreipėsi:" (appealed to the Seimas) announces the list; "fondas",
    "grupė", "forumas" are organisation words, so no name reads as prose."""
    names = ["Velmaro žmogaus teisių Asociacija", "Tarrow Helsinkio grupė",
             "Piliečių gynybos paramos fondas", "Quenby tėvų forumas"]  # fmt: skip
    text = PROSE + "\nĮ Seimo vadovybę kreipėsi:\n\n" + ",\n\n".join(names) + "\n"
    assert org_names(read_text(text)) == names


def test_an_estonian_cue_with_an_adverb_inside_opens_an_inline_list() -> None:
    """ "Pöördumisega on praeguseks liitunud A, B ja C" (A, B and C have by now joined the
    appeal): the adverb inside the cue says nothing of it."""
    text = (
        PROSE + "Aprilli alguses tegi Velmar ettepaneku, et raieid piirataks. Pöördumisega on "
        "praeguseks liitunud Velmari Ornitoloogiaühing (VOÜ), Tarrow Metsloomaühing, Quenby "
        "Loomakaitse Liit (QLL) ja Velmar Loodusselts.\n"
    )
    assert org_names(read_text(text)) == [
        "Velmari Ornitoloogiaühing (VOÜ)", "Tarrow Metsloomaühing",
        "Quenby Loomakaitse Liit (QLL)", "Velmar Loodusselts",
    ]  # fmt: skip


def test_norwegian_initiators_sign_through_their_units() -> None:
    """ "Initiativtakerne til X er:" (the initiators of X are) over lines "Name, office,
    Unit": each person signs for her unit."""
    text = (
        PROSE + "Initiativtakerne til Velmar klimaaksjon er:\n"
        "- Jane Roe, professor emeritus i allmennmedisin, Universitetet i Tarrow\n"
        "- John Doe, spesialist i samfunnsmedisin, Quenby kommune\n"
        "- Ann Poe, lege i spesialisering, Velmar Sykehus\n"
    )
    result = read_text(text)
    assert result.how == "cue"  # "Initiativtakerne" announces the list
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("Universitetet i Tarrow", "Jane Roe"), ("Quenby kommune", "John Doe"),
        ("Velmar Sykehus", "Ann Poe"),
    ]  # fmt: skip


def test_a_catalan_enumeration_between_dashes_before_a_campaign() -> None:
    """Names set off by dashes in a sentence that says they launch a campaign
    ("campanya") are its signers; "EXA's Catalanes" is one body's name, not an
    acronym's person."""
    text = (
        PROSE + "Per això diversos col·lectius – EXA's Catalanes, Sindicat de Llogateres de "
        "Tarrow, Xarxa Quenby, Sindicat Velmar i Grup Tarrow – han decidit endegar una "
        "campanya.\n"
    )
    result = read_text(text)
    assert org_names(result) == [
        "EXA's Catalanes", "Sindicat de Llogateres de Tarrow", "Xarxa Quenby",
        "Sindicat Velmar", "Grup Tarrow",
    ]  # fmt: skip
    assert result.organisations[0].reading.person is None


def test_a_heading_naming_its_authors_leaders_gives_the_bodies(tmp_path: Path) -> None:
    """ "Dichiarazione dei segretari generali di A, B, C, D" (a statement of the general
    secretaries of A, B, C, D) as a Markdown heading: the bodies are the signers."""
    path = tmp_path / "statement.md"
    path.write_text(
        "# Dichiarazione dei segretari generali di EXA, EXB, Velmar Aps, Unione Tarrow\n\n" + PROSE,
        encoding="utf-8",
    )
    (statement,) = parse_paths([path], default_registry()).statements
    assert [m.name for m in statement.signatories] == [
        "EXA", "EXB", "Velmar Aps", "Unione Tarrow",
    ]  # fmt: skip


def test_a_link_to_the_texts_file_is_no_signer() -> None:
    """ "Comunicat en PDF", "The letter (PDF)": a link to a file, not a body."""
    assert read_item("Comunicat en PDF").kind is ItemKind.NOT_SIGNATORY
    assert read_item("The joint letter (PDF)").kind is ItemKind.NOT_SIGNATORY
    assert read_item("Tarrow PDF Society").kind is ItemKind.ORGANISATION


def test_where_to_ask_for_more_ends_a_list() -> None:
    """ "Yderligere oplysninger: Name, tlf. ..." and "For more information:" end a list."""
    assert block_cue("Yderligere oplysninger: Jane Roe, tlf. 33 18 19 33.") is CueKind.END
    assert block_cue("For more information: Jane Roe") is CueKind.END
    assert block_cue("More information about the campaign is on our website.") is None
    # a Turkish news page's furniture: "SON DAKİKA" (breaking news), "EN ÇOK OKUNANLAR"
    assert block_cue("SON DAKİKA") is CueKind.END
    assert block_cue("En Çok Okunanlar") is CueKind.END


def test_co_signatories_announce_a_list_and_and_the_opens_its_last_line() -> None:
    """ "Co-signataires :" is a cue; the last line's "Et le" (and the) is no part of the
    name."""
    text = (
        PROSE + "Co-signataires :\n- L'association Velmar pour la défense des droits,\n"
        "- Les Ambassadeurs de Tarrow,\n- Et le 2q3s, réseau de Quenby.\n"
    )
    names = org_names(read_text(text))
    assert names[-1].startswith("2q3s")
    assert len(names) == 3


def test_a_verb_of_saying_ends_the_last_name_of_the_subject() -> None:
    """ "A, B und C fordern den Bundesrat auf" and, after a leading phrase, "A, B and C
    call on the National Police Service": the names are the sentence's subject and the
    verb ends the last one."""
    german = "EXV, Tarrow, Quenby, EXB, EXS und Velmar fordern den Bundesrat auf, zu handeln."
    assert org_names(read_text(PROSE + german + "\n")) == [
        "EXV", "Tarrow", "Quenby", "EXB", "EXS", "Velmar",
    ]  # fmt: skip
    english = (
        "Following the declaration that the government will release all those abducted, the "
        "Law Society of Velmar, Medics 4 Velmar and Tarrow Reforms Working Group call on the "
        "National Police Service to release them."
    )
    assert org_names(read_text(PROSE + english + "\n")) == [
        "Law Society of Velmar", "Medics 4 Velmar", "Tarrow Reforms Working Group",
    ]  # fmt: skip


def test_a_later_sentence_of_joiners_adds_to_the_subjects_list() -> None:
    """ "A, B, C y D piden ..." then, in the same paragraph, "ya se han sumado ... más de
    cien organizaciones, incluyendo E, F, G": the joiners add to the list."""
    text = (
        PROSE + "Velmar de la Tierra, Ecologistas Tarrow, EXB/BirdLife y Quenby piden un último "
        "esfuerzo a la población para defender las directivas.\nLa campaña pretende que la "
        "Comisión ceje en su empeño. Hasta el momento, ya se han sumado a la iniciativa más "
        "de cien organizaciones en Europa, incluyendo el EXG (Grupo Velmar Balear), EXF "
        "(Fundación Tarrow), EXN (Fundación Quenby y Hombre), EXA (Asociación Velmar del "
        "Sureste) y Fundación Tarrow Oxígeno.\n"
    )
    assert org_names(read_text(text)) == [
        "Velmar de la Tierra", "Ecologistas Tarrow", "EXB/BirdLife", "Quenby",
        "EXG (Grupo Velmar Balear)", "EXF (Fundación Tarrow)", "EXN (Fundación Quenby y Hombre)",
        "EXA (Asociación Velmar del Sureste)", "Fundación Tarrow Oxígeno",
    ]  # fmt: skip


def test_with_kind_regards_closes_a_letter_over_its_signers() -> None:
    """ "With kind regards," (and "With best regards,") is a letter's closing formula."""
    assert block_cue("With kind regards,") is CueKind.CLOSING
    assert block_cue("With best regards,") is CueKind.CLOSING


def test_a_russian_cue_with_such_organisations_as() -> None:
    """ "Среди подписавших заявление такие организации, как A, B, C" (among the signers
    of the statement are such organisations as A, B, C): the cue and the words that give
    examples open the inline list."""
    text = (
        "Среди подписавших заявление такие организации, как Velmar International, "
        "Tarrow Now, Московская Quenby Группа и Репортеры Velmar."
    )
    assert [text[n.start : n.end] for n in find_inline_list(text)] == [
        "Velmar International", "Tarrow Now", "Московская Quenby Группа", "Репортеры Velmar",
    ]  # fmt: skip


def test_a_romance_ordinal_before_a_name_is_no_part_of_it() -> None:
    """ "4a JANE ROE" (the president of the fourth electoral zone) is a person; "2º
    Velmar Union" is the union."""
    person = read_item("4a JANE ROE")
    assert (person.kind, person.person) == (ItemKind.PERSON, "JANE ROE")
    text = "2\u00ba Velmar Union"
    body = read_item(text)
    assert text[body.start : body.end] == "Velmar Union"


FRENCH_PROSE = (
    "Un paragraphe sur la situation, assez long pour être de la prose pour quiconque le lit, "
    "et qui continue un moment pour que personne ne le prenne pour un nom.\n\n"
)


def test_a_bilingual_letters_second_list_is_the_first_again(tmp_path: Path) -> None:
    """A letter in English and in French, its signers under "In solidarity," and again
    under "En solidarité,": the French list is reported, not read a second time."""
    path = tmp_path / "letter.md"
    path.write_text(
        "# Open letter\n\n" + PROSE + "\nIn solidarity,\n\n"
        "- Velmar Federation of Students (VFS)\n- Tarrow Union of Public Employees (TUPE)\n"
        "- Quenby Teachers' Federation (QTF)\n- Unifex\n\n----\n\n# Lettre ouverte\n\n"
        + FRENCH_PROSE
        * 3
        + "En solidarité,\n\n"
        "- Fédération des étudiants de Velmar (VFS)\n- Syndicat de Tarrow (TUPE)\n"
        "- Fédération des enseignants de Quenby (QTF)\n- Unifex\n",
        encoding="utf-8",
    )
    (statement,) = parse_paths([path], default_registry()).statements
    assert [m.name for m in statement.signatories] == [
        "Velmar Federation of Students (VFS)", "Tarrow Union of Public Employees (TUPE)",
        "Quenby Teachers' Federation (QTF)", "Unifex",
    ]  # fmt: skip


def test_mayors_with_their_towns_and_province_codes_are_persons() -> None:
    """ "Ecco i firmatari" over "GIVEN Family Town CODE" lines (mayors, their towns and
    the provinces' two-letter codes, some of which are also countries' codes): persons
    with a place, not bodies named after towns."""
    lines = [
        ("SARA Velmari", "Tarrowino LU"), ("PAOLO Quenbi", "Velmarano GR"),
        ("Roberto Tarrowi", "Quenbiano MS"), ("FRANCESCO Velmi", "Bagno A Tarrow FI"),
        ("GIULIA Quenbetti", "Velmarese PI"),
    ]  # fmt: skip
    text = PROSE + "Ecco i firmatari\n" + "".join(f"{p} {t}\n" for p, t in lines)
    result = read_text(text)
    assert result.organisations == ()
    assert [(e.reading.person, e.reading.place) for e in result.persons] == lines


def test_what_a_person_won_and_how_often_is_no_body() -> None:
    """ "Jane Roe, Vainqueur en 1982, 1985 et 1995, 4 victoires d'étape": a winner's
    years and count describe her; she signs as a person."""
    reading = read_item("Jane Roe, Vainqueur en 1982, 1985 et 1995, 4 victoires d'étape")
    assert (reading.kind, reading.person) == (ItemKind.PERSON, "Jane Roe")
    assert read_item("2030 Velmar Network").kind is ItemKind.ORGANISATION


def test_a_language_menu_and_a_link_to_the_signatories_are_no_list() -> None:
    """A page's language menu ("Deutsch", "Português Brasileiro", "日本語") holds no
    signer, and "View Signatories" is a link to a list elsewhere, not its cue."""
    for name in ("Deutsch", "Português Brasileiro", "Croatian/Hrvatski", "日本語", "Tiếng Việt"):
        assert read_item(name).kind is ItemKind.NOT_SIGNATORY, name
    assert read_item("Velmar Deutsch").kind is ItemKind.ORGANISATION
    assert block_cue("View Signatories") is None
    assert block_cue("Signatories") is CueKind.LIST


def test_persons_after_a_list_phrase_and_a_colon_in_a_paragraph() -> None:
    """ "Liste des signataires : A (avocat), B (avocate), ..., F (EXA)" inside a
    paragraph: the persons sign as persons, the one with a body's acronym for it."""
    text = (
        PROSE + "Nous n'avons pas le droit de les laisser mourir. Liste des signataires : "
        "Jane Roe (avocate), John Doe (avocat), Ann Poe (professeure de droit), Max Moe "
        "(caricaturiste), Sara Velmar (écrivaine), Paul Tarrow (EXA).\n"
    )
    result = read_text(text)
    assert [e.reading.person for e in result.persons] == [
        "Jane Roe", "John Doe", "Ann Poe", "Max Moe", "Sara Velmar",
    ]  # fmt: skip
    assert [(e.name, e.reading.person) for e in result.organisations] == [("EXA", "Paul Tarrow")]


def test_an_include_verb_ends_a_name_after_a_leading_phrase() -> None:
    """ "In addition to EXL, the Example Consortium includes A, B, C, and D": the
    consortium's name ends at its verb, and its members are the list."""
    text = (
        PROSE + "In addition to EXL, the New Velmar Voting Rights Consortium includes the Velmar "
        "Legal Defense Fund, Center for Law and Justice at Tarrow College, Quenby Justice EXP, "
        "and National Institute for Velmar Policy.\n"
    )
    assert org_names(read_text(text)) == [
        "Velmar Legal Defense Fund", "Center for Law and Justice at Tarrow College",
        "Quenby Justice EXP", "National Institute for Velmar Policy",
    ]  # fmt: skip


def test_an_arabic_cue_naming_the_participating_institutions() -> None:
    """ "والمؤسسات المشاركة هي، A، B، C" (and the participating institutions are A, B,
    C), then "كما شارك أيضا، D، E" (D and E took part too)."""
    text = (
        PROSE + "والمؤسسات المشاركة هي، المفوضية الفلمارية للحقوق، مركز تارو، المبادرة "
        "الكوينبية للحقوق الشخصية.\nكما شارك أيضا، منظمة فلمار الدولية، الشبكة التارية "
        "لحقوق الإنسان.\n"
    )
    assert org_names(read_text(text)) == [
        "المفوضية الفلمارية للحقوق", "مركز تارو", "المبادرة الكوينبية للحقوق الشخصية",
        "منظمة فلمار الدولية", "الشبكة التارية لحقوق الإنسان",
    ]  # fmt: skip


def test_by_before_a_word_in_lower_case_is_no_byline() -> None:
    """ "By keeping such communities together, the map achieves four districts, and one
    ..." opens with "By" but names no one: no byline, no list; "By Velmar Aid, Tarrow
    Union and Quenby Forum" is one."""
    text = (
        "By keeping such communities of interest together, the Velmar Map achieves four "
        "Tarrow majority State Assembly districts, and one majority Quenby district."
    )
    assert find_inline_list(text) == []
    byline = "By Velmar Aid, Tarrow Union and Quenby Forum"
    assert [byline[n.start : n.end] for n in find_inline_list(byline)] == [
        "Velmar Aid", "Tarrow Union", "Quenby Forum",
    ]  # fmt: skip


def test_a_street_and_a_short_phone_label_are_contact_lines() -> None:
    """ "Wittener Straße 201", "Hauptstr. 5" (a street, then its number) and "fon 0234 -
    587315 - 60" (a phone under a German short label) say where to reach a signer."""
    for line in ("Wittener Straße 201", "Hauptstr. 5", "fon 0234 – 587315 - 60"):
        assert read_item(line).kind is ItemKind.NOT_SIGNATORY, line
    assert read_item("Velmar Weg").kind is ItemKind.ORGANISATION


def test_es_rufen_auf_over_persons_with_their_bodies() -> None:
    """ "Es rufen auf:" (they call for it:) over "Name - Stadtverordneter von Body" lines:
    each person signs for the body named after her office."""
    text = (
        PROSE + "Es rufen auf:\n"
        "Jane Roe – Stadtverordneter von EXA Velmar\n"
        "John Doe – Sprecherin Solidarität Tarrow Regionalgruppe\n"
        "Ann Poe – Ortsvorstand EXA Quenby\n"
    )
    result = read_text(text)
    assert result.how == "cue"
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("EXA Velmar", "Jane Roe"), ("Solidarität Tarrow Regionalgruppe", "John Doe"),
        ("EXA Quenby", "Ann Poe"),
    ]  # fmt: skip


def test_the_following_and_a_collective_noun_before_a_colon_is_a_cue() -> None:
    """ "... che vedrà attivarsi le seguenti realtà:" ends with "the following" and a
    plural noun for signers: the lines after it are the list, written in sentence case;
    "alle seguenti associazioni:" (to whom it was sent) stays no cue."""
    lines = (
        "Coordinamento comitati di quartiere Velmar\nAssociazione ambientalista EXU\n"
        "Rete per la tutela della Valle del Tarrow (Retuta)\nComitato residenti Velmar\n"
        "Circolo arci Quenby\nComitato rifiuti zero Tarrow\n"
    )
    cued = read_text(
        PROSE + "VELMARIAMOLI è il nome della mobilitazione generale, che vedrà attivarsi "
        "le seguenti realtà:\n" + lines
    )
    assert cued.how == "cue"
    assert [e.text for e in cued.entries][:2] == [
        "Coordinamento comitati di quartiere Velmar", "Associazione ambientalista EXU",
    ]  # fmt: skip
    assert len(cued.entries) == 6
    assert block_cue("Abbiamo inviato la lettera alle seguenti associazioni:") is None


def test_supported_by_in_spanish_portuguese_and_italian_introduces_the_signers() -> None:
    """ "La Federación A apoyada por la B, C, D ... reclamamos": "supported by" names
    further signers, as "supported by" does in English (invented names, a text wrapped
    at a width)."""
    text = (
        "Al Gobierno de España y de la Comunidad Valenciana\n"
        "La Federación Velmar España apoyada por la Asamblea de Tarrow\n"
        "con Quenby, Crida Contra el Quenby y el Velmar, Campaña Tarrow No, Quenbim\n"
        "Fronteres, Coordinadora General de los Velmares de España, Foro\n"
        "Alternativo de la Tarrowación del País, Asamblea Ciudadana Contra el\n"
        "Quenbismo, Velmols Con VIVE, SOS Tarrow País, Sillas Contra el\n"
        "Quenby, Federación VELFOS, Tarrow Supervivientes y varios colectivos y\n"
        "movimientos sociales reclamamos que en el contexto actual de emergencia\n"
        "sanitaria, provocado por la Pandemia del Coronavirus, un proceso\n"
        "de regularización de todas las personas migrantes en situación\n"
        "administrativa irregular y de solicitantes de asilo.\n"
        "Pedimos una regularización extraordinaria, amplia y urgente, de carácter\n"
        "permanente para todas las personas en situación administrativa irregular en el\n"
        "Estado español.\n"
    )
    names = [e.name for e in read_text(text).organisations]
    assert names[:3] == [
        "Asamblea de Tarrow\ncon Quenby", "Crida Contra el Quenby y el Velmar",
        "Campaña Tarrow No",
    ]  # fmt: skip
    assert names[-1] == "Tarrow Supervivientes"


def test_a_basque_cue_before_a_run_of_names_in_capitals() -> None:
    """ "... herri kontsultei bere atxikimendua adieraztea erabaki dute:" (decided to
    express their adherence:) then one body a line in capitals: the Basque cue opens the
    list (invented names)."""
    names = ["VELMAR BIZKAIA", "TARROW", "QUENBY INYECTADOS", "ORSINO HERMANOS", "EXA KIROLAK S.L."]
    text = (
        "Hoy se han reunido en la comarca delegados sindicales para mostrar su apoyo.\n\n"
        "Aipatuko ditugun enpresetako langileen batzordeek, aho batez edo gehiengoz, herri "
        "kontsultei bere atxikimendua adieraztea erabaki dute:\n" + "\n".join(names) + "\n\n"
        "Gure ustez herritarrek eskubidea dute etorkizuna erabakitzeko, eta hala adierazi "
        "dugu gaur goizean egindako prentsaurrekoan.\n"
    )
    assert [e.name for e in read_text(text).organisations] == names


def test_a_ukrainian_statement_signed_by_bodies_in_quotes() -> None:
    """ "Заяву підписали ГО «A», ГО «B», ..." (the statement was signed by the NGOs A,
    B): the accusative "заяву" before the verb is a list phrase too (invented names)."""
    text = (
        "Заяву підписали ГО «Інститут Велмар», ГО «Центр Тарроу», Фундація «Квенбі» "
        "та ГО «Орсіно Медіа»."
    )
    names = [e.name for e in read_text(PROSE + text + "\n").organisations]
    expected = ["ГО «Інститут Велмар»", "ГО «Центр Тарроу»", "Фундація «Квенбі»"]
    assert names == [*expected, "ГО «Орсіно Медіа»"]


def test_a_cue_sentence_and_its_colon_inside_a_paragraph_open_the_list() -> None:
    """A sentence that would be a cue as a block of its own ends at a colon in the middle
    of a paragraph ("bénéficie du soutien des organisations suivantes: A, B"): the names
    after it are the list, also with an elided article before the first and "et la liste
    s'allonge" after the last."""
    text = (
        PROSE + "Depuis hier, cette pétition bénéficie du soutien des organisations "
        "suivantes: l'Association Velmar, Tarrow, Quenby Forum, la Ligue Orsino et la "
        "liste s'allonge de jour en jour.\n\nThe meeting will take place next week in the "
        "town hall, and everyone is welcome to attend it.\n"
    )
    assert org_names(read_text(text)) == [
        "Association Velmar",
        "Tarrow",
        "Quenby Forum",
        "Ligue Orsino",
    ]


def test_a_colon_after_demands_or_before_a_sentence_opens_no_list() -> None:
    """Inside a paragraph, a colon after "the following workstreams" (no signers named)
    or before a whole sentence opens no signatory list."""
    for middle in (
        "The letter asked the agency to act on the following workstreams: A) Velmar "
        "Transparency, B) Tarrow Pricing, C) Quenby Competition, D) Orsino Delinkage.",
        "You can also send signatures by email to: The statement is the result of a long "
        "series of seminars held in Velmar, Tarrow, Quenby and Orsino.",
    ):
        text = PROSE + middle + "\n\nEveryone is welcome to attend the meeting next week.\n"
        assert org_names(read_text(text)) == [], middle


def test_as_follows_and_a_full_stop_end_a_cue_as_a_colon_would() -> None:
    """ "The signing organisations are as follows." and its Turkish, Spanish, French forms
    ("... kuruluşlar şöyle.", "son los siguientes.", "sont les suivantes.") end a cue as a
    colon does: the numbered names below it, in lower-case words that no run of names
    would vouch for alone, are the list."""
    names = [
        "Partî yekyetî Velmar",
        "Komeleya îslamî Tarrow",
        "Bizava Quenby",
        "Tevgera jinên Orsino",
    ]
    lines = "\n".join(f"{k}. {name}" for k, name in enumerate(names, 1))
    for cue in (
        "Ortak bildiriye imza atan kurum ve kuruluşlar şöyle.",
        "The organisations that have signed the joint statement are as follows.",
        "Las organizaciones firmantes del comunicado son las siguientes.",
        "Les organisations signataires de l'appel sont les suivantes.",
    ):
        assert org_names(read_text(PROSE + cue + "\n" + lines + "\n")) == names, cue


def test_the_authors_of_the_letter_before_a_colon_announce_the_signers() -> None:
    """ "Autory dopisu jsou:" (the authors of the letter are) and "The authors of the letter
    are:" announce the list, as "signed by" would."""
    for cue in ("Autory dopisu jsou:", "The authors of the letter are:"):
        text = PROSE + cue + "\n\nVelmar Forum, Tarrow Network, Quenby Union, Orsino Trust\n"
        assert org_names(read_text(text)) == [
            "Velmar Forum",
            "Tarrow Network",
            "Quenby Union",
            "Orsino Trust",
        ], cue


def test_a_legal_form_after_a_comma_stays_with_its_name_in_an_enumeration() -> None:
    """ "Velmar Trust, Inc., Tarrow v tísni, o.p.s., ..." under a cue: a piece that is only
    a legal form ("Inc.", Czech "z.s.", "o.p.s.") belongs to the name before it; a mark
    after a name ("AC !") is no legal form."""
    text = (
        PROSE + "Signed by:\n\nVelmar Trust, Inc., Tarrow v tísni, o.p.s., ATTAC Velmar, "
        "AC !, Quenby Forum, Orsino hodnoty, z.s., Velmar Union\n"
    )
    assert org_names(read_text(text)) == [
        "Velmar Trust, Inc.",
        "Tarrow v tísni, o.p.s.",
        "ATTAC Velmar",
        "AC !",
        "Quenby Forum",
        "Orsino hodnoty, z.s.",
        "Velmar Union",
    ]


def test_these_are_after_a_count_of_signers_opens_the_list() -> None:
    """ "... un appello congiunto fatto da 14 organizzazioni. Si tratta di A, B, C": after a
    count of signers, a sentence that opens with "Si tratta di" (these are) names them;
    also "Il s'agit de" and "These are"."""
    names = ["Velmar onlus", "Tarrow", "Quenby Italia", "Orsino Forum"]
    for count, these in (
        ("Lo chiede un appello congiunto fatto da 14 organizzazioni umanitarie.", "Si tratta di"),
        ("C'est l'appel commun de 14 associations de la région.", "Il s'agit de"),
        ("The appeal was made by 14 groups of the region.", "These are"),
    ):
        text = PROSE + f"{count} {these} {', '.join(names)}.\n\nThe meeting is next week.\n"
        assert org_names(read_text(text)) == names, these


def test_the_speakers_after_a_quotation_and_its_verb_of_saying_are_the_signers() -> None:
    """ "“We need action now”, said A, B, C and D": the speakers named after a quotation's
    verb of saying, also inverted in Spanish ("así se manifestaron A, B") and French ("ont
    déclaré A, B"); one speaker with her office is no list."""
    for sentence, names in (
        (
            "“We need action now”, said Velmar Trust, Tarrow Network, Quenby Forum and "
            "Orsino Union.",
            ["Velmar Trust", "Tarrow Network", "Quenby Forum", "Orsino Union"],
        ),
        (
            "“Necesitamos acción ya”, así se manifestaron Fundación Velmar, Red Tarrow, Foro "
            "Quenby, Unión Orsino.",
            ["Fundación Velmar", "Red Tarrow", "Foro Quenby", "Unión Orsino"],
        ),
        (
            "« Il faut agir », ont déclaré Fondation Velmar, Réseau Tarrow, Forum Quenby et "
            "Union Orsino.",
            ["Fondation Velmar", "Réseau Tarrow", "Forum Quenby", "Union Orsino"],
        ),
        ("“We need action now,” said Jane Velmar, Chair of Tarrow Rights Watch.", []),
    ):
        text = PROSE + sentence + "\n\nThe meeting is next week in the town hall.\n"
        assert org_names(read_text(text)) == names, sentence


def test_a_label_sentence_with_two_names_is_read_though_its_colon_is_also_a_cue() -> None:
    """ "Firmatari: A e B" inside a paragraph is a label and its names; that its colon
    also ends a cue sentence (which asks for three names) does not raise the bar."""
    text = PROSE + "Il documento è pronto. Firmatari: Velmar Forum e Tarrow Union.\n"
    assert org_names(read_text(text)) == ["Velmar Forum", "Tarrow Union"]


def test_a_line_of_names_between_bullets_over_a_letter_is_its_letterhead() -> None:
    """ "A • B • C • D • E" as a text's first line, the letter's date and salutation right
    under it (no blank line): the line is a paragraph of its own, its names the signers."""
    names = ["Velmar Rivers", "Tarrow Whitewater", "Amigos de Quenby", "Orsino River Watch",
             "Clean Water Velmar", "Tarrow Habitats League"]  # fmt: skip
    text = (
        " • ".join(names) + "\nNovember 2, 2015 (Download this letter here)\nSenator:\n"
        "The undersigned organizations, and our millions of members and supporters, oppose "
        "the resolution, which attacks the rule that restores safeguards for streams.\n"
    )
    assert org_names(read_text(text)) == names


def test_a_name_with_a_dash_inside_an_enumeration_is_no_heading() -> None:
    """ "Velmar \u2013 People Saving People" between the commas of a sentence's list is a name
    with its motto, not a sub-heading of persons that would end the list."""
    text = PROSE + (
        "Tra i firmatari del documento, Emergency Velmar, Tarrow Crew, Velmar – People Saving "
        "People, Quenby Watch e Orsino Phone. Il decreto ostacola il soccorso in mare.\n"
    )
    assert org_names(read_text(text)) == [
        "Emergency Velmar", "Tarrow Crew", "Velmar – People Saving People", "Quenby Watch",
        "Orsino Phone",
    ]  # fmt: skip


def test_spanish_and_french_groups_are_collective_nouns() -> None:
    """ "Entre los grupos que firmaron la declaración, están el A, el B": "grupos" (and
    "groupes") names signers as "organizaciones" does."""
    text = PROSE + (
        "Entre los grupos que firmaron la declaración, están el Colegio Velmar, el Proyecto "
        "Tarrow, el Instituto Quenby y el Comité Orsino. El gobernador no respondió.\n"
    )
    assert org_names(read_text(text)) == [
        "Colegio Velmar", "Proyecto Tarrow", "Instituto Quenby", "Comité Orsino",
    ]  # fmt: skip


def test_a_one_word_list_verb_before_an_article_and_a_name() -> None:
    """ "El texto, que avalan la Red A, la B, ..." (Spanish "endorse"): a one-word list
    verb, then an article, then the first name; a capital after the article of a treaty
    with no list after it gives nothing."""
    text = PROSE + (
        "El texto, que avalan la Red Velmar, la FABZ, la Federación Tarrow, Cermi y Feaps, "
        "reclama a los grupos políticos que actúen. Esto garantizaría una estabilidad.\n"
    )
    assert org_names(read_text(text)) == [
        "Red Velmar", "FABZ", "Federación Tarrow", "Cermi", "Feaps",
    ]  # fmt: skip
    treaty = PROSE + "Los países que suscriben la Convención de Velmar deben actuar ya.\n"
    assert org_names(read_text(treaty)) == []


def test_dutch_belong_to_opens_the_names_of_a_group() -> None:
    """ "Tot de organisaties behoren ook A, B en C" (the organisations include A, B and
    C): "behoren" is an include verb, so short names need no organisation word."""
    text = PROSE + (
        "Een groep van 64 organisaties heeft het kabinet gemaand. Tot de organisaties "
        "behoren ook Velmardefensie, Tarrow en Quenby. Naast een groep goede doelen staan "
        "ook andere organisaties achter de boodschap.\n"
    )
    assert org_names(read_text(text)) == ["Velmardefensie", "Tarrow", "Quenby"]


def test_a_danish_appeal_names_its_authors_as_the_subject() -> None:
    """ "A, B, C og D er gået sammen om et opråb" (have joined in an appeal): "opråb" is a
    statement word, so the subject's names are its signers."""
    text = PROSE + (
        "Velmar Naturfredningsforening, Dansk Tarrow Forening, Quenbyfonden WWF og Det "
        "Orsino Råd er gået sammen om et opråb, der skal få partierne til at sige nej.\n"
    )
    assert org_names(read_text(text)) == [
        "Velmar Naturfredningsforening", "Dansk Tarrow Forening", "Quenbyfonden WWF",
        "Det Orsino Råd",
    ]  # fmt: skip


def test_a_list_after_the_following_issues_is_no_list_of_signers() -> None:
    """ "... raised the following issues:" (Greek "έθεσαν τα παρακάτω θέματα:") then a
    numbered list of capitalised topics: what they ask, not who signed."""
    for cue in (
        "At the meeting the organisations raised the following issues:",
        "Οι οργανώσεις έθεσαν τα παρακάτω θέματα:",
    ):
        text = (
            PROSE
            + cue
            + (
                "\n\n1. Velmar Recycling Bill\n2. Tarrow Energy Communities\n"
                "3. Quenby Wildlife Centres\n4. Orsino Forest Maps\n\nThey asked for action.\n"
            )
        )
        assert org_names(read_text(text)) == [], cue


def test_bodies_that_reported_or_announced_are_the_speakers_of_the_statement() -> None:
    """ "La A, la B, la C y la D informaron que ...": a verb of reporting after the
    sentence's enumeration of bodies, as "dijeron" (said) is."""
    text = PROSE + (
        "La Central Velmar, la Confederación Tarrow, la Confederación Quenby y la Asociación "
        "Orsino informaron que se interrumpen las conversaciones con el Gobierno.\n"
    )
    assert org_names(read_text(text)) == [
        "Central Velmar", "Confederación Tarrow", "Confederación Quenby", "Asociación Orsino",
    ]  # fmt: skip


def test_cyrillic_names_in_sentence_case_are_organisations_by_their_words() -> None:
    """Russian and Ukrainian names capitalise their first word only ("Медійна ініціатива
    за права людини"); their organisation words, inflected too ("союза", "ініціатива"),
    make them names, not prose."""
    for name in (
        "Медійна ініціатива за права людини",
        "Кримська правозахисна група",
        "Украинского Хельсинского союза",
        "Белорусский документационный центр",
    ):
        assert read_item(name).kind is ItemKind.ORGANISATION, name


def test_a_label_in_cyrillic_with_a_colon_or_a_dash_opens_the_names() -> None:
    """ "Організатори акції \u2013 A, B, C, D" (organisers of the action): a label word in
    Cyrillic, then a colon or a spaced dash, inside a paragraph."""
    names = ["Велмарська правозахисна група", "Тарровська Гельсінська спілка",
             "Медійна ініціатива Квенбі", "Orsino Rights Watch"]  # fmt: skip
    for mark in (":", " \u2013"):
        text = PROSE + (
            "Акція відбулася біля головної будівлі пошти в Києві. Організатори акції"
            + mark
            + " "
            + ", ".join(names)
            + ".\n"
        )
        assert org_names(read_text(text)) == names, mark


def test_danish_co_senders_are_named_after_their_copula() -> None:
    """ "De mange medafsendere på budskabet er A, B, ..." (the many co-senders of the
    message are): a noun for those who sign, then "er"; "De" is the article here."""
    text = PROSE + (
        "Sådan lyder det i en samlet udmelding. De mange medafsendere på budskabet er Danske "
        "Velmar Fællesråd, Landssammenslutningen af Tarrow, Quenby Landsforening og Dansk "
        "Orsino Forening.\n"
    )
    assert org_names(read_text(text)) == [
        "Danske Velmar Fællesråd", "Landssammenslutningen af Tarrow", "Quenby Landsforening",
        "Dansk Orsino Forening",
    ]  # fmt: skip


def test_these_are_after_a_count_in_words_and_the_last_name_after_et_du() -> None:
    """ "Quatre syndicats ... Il s'agit de l'A, du B, du C et du D": a count written in
    words counts the signers as digits do, and "et du" opens the last name."""
    text = PROSE + (
        "Quatre syndicats viennent de décider du prélèvement. Il s'agit de l'Union Velmar, "
        "du Syndicat Tarrow, du Syndicat Quenby et du Syndicat Orsino.\n"
    )
    assert org_names(read_text(text)) == [
        "Union Velmar", "Syndicat Tarrow", "Syndicat Quenby", "Syndicat Orsino",
    ]  # fmt: skip
    uncounted = PROSE + (
        "Des syndicats viennent de décider du prélèvement. Il s'agit de l'Union Velmar, "
        "du Syndicat Tarrow, du Syndicat Quenby et du Syndicat Orsino.\n"
    )
    assert org_names(read_text(uncounted)) == []


def test_a_russian_office_before_the_body_is_the_persons_role() -> None:
    """ "Иван Велмаров, председатель Московской Тарровской Группы, член ..." (chair of the
    group, member of ...): the person, the role, and the body's name without the role
    (Russian offices are role words, so the inflected organisation words do not pull
    "председатель" into the name)."""
    reading = read_item(
        "Иван Велмаров, председатель Московской Тарровской Группы, член Совета Квенби",
        in_list=True,
    )
    assert reading.kind is ItemKind.ORGANISATION
    line = "Иван Велмаров, председатель Московской Тарровской Группы, член Совета Квенби"
    assert line[reading.start : reading.end] == "Московской Тарровской Группы"
    assert reading.person == "Иван Велмаров"


def test_the_speakers_after_a_clause_its_comma_and_a_verb_of_saying() -> None:
    """ "As eleições não foram livres, concluem o A, o B, o C e a D": the verb of saying
    after the words said and a comma, its speakers after it (three at least)."""
    text = PROSE + (
        "As eleições não foram livres, justas, nem transparentes, concluem o Centro de "
        "Velmar (CIV), o Centro Tarrow (CDT), o Fórum Quenby (FQ) e a WLSA Orsino.\n"
    )
    assert org_names(read_text(text)) == [
        "Centro de Velmar (CIV)", "Centro Tarrow (CDT)", "Fórum Quenby (FQ)", "WLSA Orsino",
    ]  # fmt: skip
    one = PROSE + "The vote was not free, said Jane Velmar, director of the Tarrow Centre.\n"
    assert org_names(read_text(one)) == []


def test_namely_after_the_member_organisations_opens_their_names() -> None:
    """ "As organizações membros do Grupo (GTV) — designadamente A, B, C — vêm alertar"
    ("namely"): the members' names follow the word, acronyms alone included."""
    text = PROSE + (
        "As organizações membros do Grupo de Trabalho Velmar (GTV) — designadamente ADRA, "
        "AJPD, TARROW, OMUNGA, SOS QUENBY e UYELE — vêm alertar os Senhores Deputados.\n"
    )
    assert org_names(read_text(text)) == [
        "ADRA", "AJPD", "TARROW", "OMUNGA", "SOS QUENBY", "UYELE",
    ]  # fmt: skip


def test_plus_signs_between_spaces_separate_names() -> None:
    """ "A e.V. + B + C e. V. + D" (a joint letter's heading of its signers): a spaced
    plus sign separates names as a spaced bullet or asterisk does."""
    text = (
        "Velmar Equality e.V. + Ärzte gegen Tarrow + Aktion Kirche und Quenby e. V. + "
        "Bundesverband Orsino e. V. + Bund gegen Velmar e. V."
    )
    assert [text[n.start : n.end] for n in read_enumeration(text)][:4] == [
        "Velmar Equality e.V.", "Ärzte gegen Tarrow", "Aktion Kirche und Quenby e. V.",
        "Bundesverband Orsino e. V.",
    ]  # fmt: skip


def test_governments_on_a_line_of_copy_recipients_are_no_signers() -> None:
    """ "CC: ..., the governments of A, B, C and D" under the letter's addressee: the
    bodies named there were sent a copy; they did not sign."""
    text = PROSE + (
        "JOINT STATEMENT\n\nTo: Whom it may concern\nCC: The Federal Government of Velmar, "
        "the governments of the USA, UK, Italy, Sweden, Norway and Finland, the United "
        "Nations.\nSubject: JOINT STATEMENT\n\nWe are concerned by the harassment of "
        "journalists and call for it to end.\n"
    )
    assert org_names(read_text(text)) == []


def test_key_principles_are_no_signers_and_today_is_no_name() -> None:
    """ "Today the A (EXA), the B (EXB) and the C (EXC) released a joint statement", then
    "... based on the following key principles:" and a bulleted list: the three bodies
    sign; "Today" is the sentence's time, and the principles are what they ask."""
    text = (
        "Today the Velmar Council of Social Service (VCOSS), the Tarrow Council of Trade "
        "Unions (TCTU) and the Business Council of Quenby (BCQ) released a joint statement "
        "on disadvantage.\n\nOur vision for shared prosperity is based on the following key "
        "principles:\n\n  • a strong economy with competitive businesses\n  • robust public "
        "institutions that engender confidence\n  • healthy, safe, productive and fair "
        "workplaces\n  • Greater Access to Employment\n  • Lifelong Education and Training\n"
    )
    assert org_names(read_text(text)) == [
        "Velmar Council of Social Service (VCOSS)", "Tarrow Council of Trade Unions (TCTU)",
        "Business Council of Quenby (BCQ)",
    ]  # fmt: skip


def test_the_and_before_an_article_closes_an_enumeration_whose_last_name_holds_and() -> None:
    """ "..., la Central de Integración y Capacitación Velmar y la Unión Tarrow informaron":
    the "y" before an article closes the enumeration, the first "y" joins words of one
    name; between two acronyms ("CISL e UIL") the first "and" still separates names."""
    text = PROSE + (
        "La Central Velmar de Trabajadores, la Confederación General Tarrow, la Asociación "
        "Quenby de Estudiantes, la Unidad Nacional Orsino, la Central de Integración y "
        "Capacitación Velmar y la Unión Sindical Obrera de los Trabajadores de Tarrow "
        "informaron que se interrumpen las negociaciones con el Gobierno nacional.\n"
    )
    assert org_names(read_text(text))[-2:] == [
        "Central de Integración y Capacitación Velmar",
        "Unión Sindical Obrera de los Trabajadores de Tarrow",
    ]
    pair = "EXA e EXB unitariamente e la Federazione Velmar"
    assert pair[: and_search(pair, 0, len(pair)).start()] == "EXA"
