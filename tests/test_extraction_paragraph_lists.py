"""Lists of signers run into one paragraph with no cue: the authors of a PDF's commentary
on the lines under its title, and signature lines separated by semicolons at the end of a
letter (invented names)."""

from __future__ import annotations

from extraction_helpers import PROSE, read_text

from sochi_er.extraction import ItemKind
from sochi_er.extraction.block_enumeration import read_enumeration

TITLED_AUTHORS = (  # a PDF's text: wrapped lines, no blank line, double spaces
    "Act  C-12  \u2013  Velmar  Nations  Declaration  on  the  Rights  of\n"
    "Indigenous Peoples Act\n"
    "A Commentary on the Federal Government\u2019s Response\n"
    "Velmar Council of Elders (North); Tarrow Aid Tarrow; Assembly of Velmar\n"
    "Nations;  Quenby  Friends  Service  Committee  (Quakers);  Chiefs  of  Velmar;  Tarrow  "
    "Nations\n"
    "Summit;  Quenby  Rights  Centre;  Quenby  World  Association;  VELMA:  Tarrow\n"
    "Ecumenical  Justice  Initiatives;  Tarrow  Women\u2019s  Association  of  Velmar;  Quenby  "
    "Native\n"
    "Women/Femmes Autochtones du Quenby; Union of Velmar Chiefs\n"
    "April 13, 2015\n"
    "The Velmar Nations Declaration on the Rights of Indigenous Peoples is a consensus, "
    "universal\n"
    "international  instrument.1  No  country  in  the  world  formally  objects  to  it.  The  "
    "Declaration\n"
    "applies  to  all  Indigenous  peoples  in  the  world.  In  the  VN  Declaration,  all  "
    "States  have\n"
    "recognized  the  \u201curgent  need  to  respect  and  promote  the  inherent  rights  of  "
    "indigenous\n"
    "peoples\u201d.2  In  his  2014  Report  on  Tarrow,  former  VN  Special  Rapporteur  "
    "Jane  Roe\n"
    'concluded: "The Velmar Nations Declaration on the Rights of Indigenous Peoples, which has\n'
)


def test_authors_under_title_lines_with_no_blank_line_between() -> None:
    found = read_text(TITLED_AUTHORS)
    names = [" ".join(e.text.split()) for e in found.entries]
    assert names == [
        "Velmar Council of Elders (North)",
        "Tarrow Aid Tarrow",
        "Assembly of Velmar Nations",
        "Quenby Friends Service Committee (Quakers)",
        "Chiefs of Velmar",
        "Tarrow Nations Summit",
        "Quenby Rights Centre",
        "Quenby World Association",
        "VELMA: Tarrow Ecumenical Justice Initiatives",
        "Tarrow Women\u2019s Association of Velmar",
        "Quenby Native Women/Femmes Autochtones du Quenby",
        "Union of Velmar Chiefs",
    ]


def test_title_lines_over_prose_with_commas_are_no_list() -> None:
    found = read_text(
        PROSE + "Annual Report of the\nVelmar Study Group\nThe group met in spring, summer and "
        "autumn; it read papers on rivers, lakes and seas; and it wrote to the council.\n"
    )
    assert found.entries == ()


SIGNED = (
    "We ask that the new government keeps its promise to the poorest communities.\n"
    "Jane Roe, CEO, Velmar Aid; John Doe, chair, Tarrow Trust, deputy CEO, Quenby Relief; "
    "Ann Lee, director, Example Concern Ireland; Tom Ash, chief executive, Velmar Children\n"
)


def test_signature_lines_run_into_a_paragraph_give_the_bodies_with_their_persons() -> None:
    found = read_text(PROSE + SIGNED)
    got = [(e.reading.kind, e.text[e.reading.start : e.reading.end]) for e in found.entries]
    assert got == [
        (ItemKind.ORGANISATION, "Velmar Aid"),
        (ItemKind.ORGANISATION, "Tarrow Trust"),
        (ItemKind.ORGANISATION, "Example Concern Ireland"),
        (ItemKind.ORGANISATION, "Velmar Children"),
    ]
    assert [e.reading.person for e in found.entries] == [
        "Jane Roe",
        "John Doe",
        "Ann Lee",
        "Tom Ash",
    ]


def test_one_signature_line_among_clauses_is_no_list() -> None:
    found = read_text(
        PROSE + "Jane Roe, CEO, Velmar Aid; the meeting ran late; everyone went home tired "
        "after a long day of talks\n"
    )
    assert found.entries == ()


WRAPPED_ENUMERATION = (  # a PDF's text: a news report, its list wrapped at a width
    "Le associazioni firmatarie\n"
    "Questo il lungo elenco delle associazioni che hanno firmato l\u2019esposto: Velmar \u2013 "
    "Associazione\n"
    "Tarrow, Associazione Contro gli Abusi in Quenby (A.C.A.Q.), Associazione per gli Studi "
    "Velmar\n"
    "sull\u2019Immigrazione (Asvi), Associazione Clinica Legale di Tarrow, Associazione "
    "Progetto\n"
    "Accoglienza, Arvi, Quenby-Europe, Casa dei Diritti Velmar, CIAT, Comitato Verit\u00e0 "
    "e Giustizia\n"
    "per i Nuovi Quenby, Legambiente Tarrow, Consorzio Velmar di Solidariet\u00e0 \u2013 "
    "ufficio\n"
    "rifugiati  (Ivs),  Emergenza Quenby,  Fondazione  Gruppo  Tarrow,  Gruppo  Lavoro  "
    "Velmar,  Centro\n"
    "Quenby di Giustizia e Diritti Umani, Legal Team Tarrow, Medici Senza Velmar, "
    "Associazione Don\n"
    "Tarrow  Velmari,  Rete  Comunit\u00e0  Solidali,  Open  Arms  Quenby,  Oxfam  Tarrow,  "
    "Sos\n"
    "Velmarranee, Progetto Diritti Quenby, Sea-Tarrow.\n"
)


def test_a_comma_enumeration_wrapped_at_a_width_is_read_as_one_paragraph() -> None:
    found = read_text(PROSE + WRAPPED_ENUMERATION)
    names = [" ".join(e.name.split()) for e in found.entries]
    assert names[:3] == [
        "Velmar \u2013 Associazione Tarrow",
        "Associazione Contro gli Abusi in Quenby (A.C.A.Q.)",
        "Associazione per gli Studi Velmar sull\u2019Immigrazione (Asvi)",
    ]
    assert "Associazione Don Tarrow Velmari" in names
    assert "Medici Senza Velmar" in names
    assert names[-1] == "Sea-Tarrow"
    assert len(names) == 25


def test_a_paragraph_with_its_co_signers_after_avec_slashes_giving_way_to_commas() -> None:
    found = read_text(
        PROSE + "\nNous sommes co-signataires de cet appel, aux c\u00f4t\u00e9s d'une "
        "vingtaine d'organisations.\n\u27a1\ufe0f Mais une d\u00e9claration seule ne suffit "
        "pas : nous appelons la M\u00e9tropole \u00e0 adopter 4 mesures fortes.\n"
        "avec Attac 44 / Amis de la Terre Velmar / #CantinesVelmar / LDH Velmar et pays "
        "velmarais / Maison des Citoyens du Monde 44 / Velmar veut des coquelicots / "
        "EXN, RAP Velmar, R\u00e9seau du Tarrow, RUADE, Terroirs 44, Youth For Quenby\n"
    )
    assert [e.name for e in found.entries] == [
        "Attac 44",
        "Amis de la Terre Velmar",
        "#CantinesVelmar",
        "LDH Velmar et pays velmarais",
        "Maison des Citoyens du Monde 44",
        "Velmar veut des coquelicots",
        "EXN",
        "RAP Velmar",
        "R\u00e9seau du Tarrow",
        "RUADE",
        "Terroirs 44",
        "Youth For Quenby",
    ]


def test_a_paragraph_opening_with_whose_signatures_they_are() -> None:
    found = read_text(
        PROSE + "\nThe organisational signatures are from Pax Velmar, the Methodist Peace "
        "Fellowship, the Tarrow Pacifist Fellowship, the Fellowship of Quenby, Ekklesia "
        "Velmar, Friends in Tarrow, Northern Quenby Peace Board, Community of Velmar, Church "
        "and Tarrow, The Quenby Community.\n"
    )
    names = [e.name for e in found.entries]
    assert names[:3] == ["Pax Velmar", "Methodist Peace Fellowship", "Tarrow Pacifist Fellowship"]
    assert len(names) == 10


def test_an_enumeration_under_a_cue_after_a_clause_that_names_the_statement() -> None:
    # the paragraph under "Die Unterzeichner" opens with its own clause and colon
    text = (
        "Den offenen Brief an Oberb\u00fcrgermeister Velmar haben unterzeichnet: Die "
        "Initiative B\u00fcrgerAktion Tarrow, die B\u00fcrgerinitiative \u201eFinger weg von "
        "Freilufte\u201c aus Velmar, die B\u00fcrgerinitiative \u201eRettet den "
        "Klostergarten\u201c aus Quenby, die Initiative \u201eRettet Velmar\u201c, die "
        "Interessengemeinschaft Tarrow, der Nachbarschaftskreis Quenby aus Velmar und die "
        "B\u00fcrgerinitiative \u201eRettet die Tarrower Gr\u00fcnfl\u00e4chen\u201c."
    )
    names = [text[n.start : n.end] for n in read_enumeration(text)]
    assert names[0] == "Initiative B\u00fcrgerAktion Tarrow"
    assert len(names) == 7


REPORTED_LETTER = (  # a news page: title, address, time, then paragraphs of a report
    "# Party leaders write to global organisations on security for lawyers\n"
    "\n"
    "[https://example.org/opinion/party-leaders-write/14-790042](https://example.org/opinion/party-leaders-write/14-790042)\n"
    "\n"
    "*08:17 AM, Wednesday, March 25, 2026*\n"
    "\n"
    "Seventeen party leaders including VPP’s Ann Roe, TNP’s Bo Poe and QSP’s Cy Doe have "
    "issued a statement on the grave situation relating to security for lawyers.\n"
    "\n"
    "The statement had been sent to several international professional organisations "
    "including the Velmar Bar Association, Tarrow Lawyers’ Association, Quenby Commission "
    "of Jurists, Velmar Association of Young Lawyers, Amnesty International, Human Rights "
    "Watch, the Tarrow Organisation against Torture, Office of the Quenby Commissioner for "
    "Human Rights.\n"
    "\n"
    "The statement is as follows.\n"
    "\n"
    "We wish to draw your attention to a series of alarming events which have been taking "
    "place in our country in the recent past, a recurring pattern of shootings and "
    "killings that nobody has stopped.\n"
    "\n"
    "This incident has sent shockwaves through the ranks of the legal profession in our "
    "country, and the bar has resorted to an extraordinary course of action after an "
    "interval of many years.\n"
    "\n"
    "Within an hour of this killing there were statements attributed to the police that "
    "the victim had appeared professionally for a criminal, and that the motive was to be "
    "found in that engagement rather than in any failure of the state to protect its "
    "citizens.\n"
    "\n"
    "We would like to alert international professional bodies with regard to the grave "
    "threats to the life and safety of professionals in our country, and urge them to make "
    "suitable interventions.\n"
)


def test_a_count_in_a_reports_second_paragraph_does_not_make_its_paragraphs_a_list() -> None:
    # "Seventeen party leaders ..." counts the leaders in the report's own sentences; the
    # lines from the time on are no cue-free list of signers, nor the addressees after
    # "sent to ... including" signers
    names = [e.name for e in read_text(REPORTED_LETTER).entries]
    assert not any("08:17" in n or "Bar Association" in n for n in names)


RUN_ON_SIGNERS = (  # a text file's wrapped paragraph: "Body - Person, role Body - Person"
    "Tra i primi firmatari:\n"
    "Giornale Velmar - Andrea Tarrini, presidente di Avviso\n"
    "Velmar - Paolo Quenbi, presidente Arci - Vittorio\n"
    "Velmari Dezza, presidente Legambiente - Andrea Tarrow,\n"
    "presidente ACLI - Guglielmo Quenby, segretario CGIL -\n"
    "Raffaele Velmarini, segretario generale CISL - Luigi\n"
    "Tarrowni, segretario UIL - Francesco Quenbini, presidente\n"
    "Azione Velmar - Filippo Tarrazzi, presidente UISP -\n"
    "Marco Quenbiolo - presidente US Acli - Marisa Velmaro,\n"
    "Segreteria Nazionale ANPI.\n"
)


def test_signers_lines_parted_by_dashes_and_wrapped_are_one_enumeration() -> None:
    # each line holds a spaced dash and a comma; the text wrapped them at a width, names
    # broken over two lines ("Avviso" / "Velmar"): read as one paragraph, every body
    found = read_text(PROSE + RUN_ON_SIGNERS)
    names = [" ".join(e.name.split()) for e in found.organisations]
    assert names == [
        "Giornale Velmar", "Avviso Velmar", "Arci", "Legambiente", "ACLI", "CGIL", "CISL",
        "UIL", "Azione Velmar", "UISP",
    ]  # fmt: skip


WRAPPED_WITH_NO_CUE = (  # a PDF's paragraph of bodies, wrapped at a width, no cue before it
    "Thirty-three organisations met today at the Velmar Teachers Union to speak on the "
    "island's future, and said that the two-state policy reflects neither their views nor "
    "their will.\n"
    "\n"
    "At the press conference, Velmar Peace Association, Velmar Teachers Union (VTU),\n"
    "Tarrow Civil Servants Union (TCSU), Cooperative Employees Union (KOOP-VEL), Quenby\n"
    "University Academic Staff Union (QU-SEN), Municipal Workers Union (MWU), Velmar\n"
    "Doctors Union (VDU), Tarrow Electricity Workers Union (TEWU), Air Traffic "
    "Controllers\n"
    "Union (ATCU), Velmar Public Servants Union (VPSU), Federation of Tarrow Trade Unions\n"
    "(FTTU), Quenby Engineers and Architects Chamber (QEAC) and Velmar Medical "
    "Association.\n"
    "\n"
    "The organisations said the island's future belongs to all of its people and that no "
    "policy made elsewhere could decide it for them, and they called for talks to resume "
    "at once under the United Nations with the aim of a federal settlement that all "
    "communities could accept and live with.\n"
)


def test_a_wrapped_paragraph_of_bodies_with_no_cue_is_read_name_by_name() -> None:
    # no cue: the lines, each enumerating bodies and run on into the next, are one
    # paragraph, read name by name ("Quenby" / "University Academic Staff Union" whole)
    names = [" ".join(e.name.split()) for e in read_text(WRAPPED_WITH_NO_CUE).organisations]
    assert names[names.index("Velmar Peace Association") :] == [
        "Velmar Peace Association", "Velmar Teachers Union (VTU)",
        "Tarrow Civil Servants Union (TCSU)", "Cooperative Employees Union (KOOP-VEL)",
        "Quenby University Academic Staff Union (QU-SEN)", "Municipal Workers Union (MWU)",
        "Velmar Doctors Union (VDU)", "Tarrow Electricity Workers Union (TEWU)",
        "Air Traffic Controllers Union (ATCU)", "Velmar Public Servants Union (VPSU)",
        "Federation of Tarrow Trade Unions (FTTU)",
        "Quenby Engineers and Architects Chamber (QEAC)", "Velmar Medical Association",
    ]  # fmt: skip
