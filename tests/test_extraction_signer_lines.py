"""Signers' lines and enumerations studied on the thirty-ninth and fortieth blind rounds,
each rule on invented names: lines of titled persons with their units, semicolons against
dashes, the statement as an object pronoun, articles and repeated prepositions before
names, "Pour X : person" and "person, role, organisation" signers, campaigns of bodies,
names run together, roles written after their body, honours, links and datelines that
are no signers, and the end of a list at a heading as high as its cue."""

from __future__ import annotations

from pathlib import Path

from extraction_helpers import PROSE, org_names, read_text

from sochi_er.extraction import ItemKind
from sochi_er.extraction.cues import CueKind, block_cue
from sochi_er.extraction.items import read_item
from sochi_er.extraction.lexicons import default_signer_words


def test_titled_lines_of_persons_with_their_units_are_one_signer_each() -> None:
    result = read_text(
        PROSE + "Sincerely,\n"
        "Professor Jane Roe, School of Tarrow Studies, Faculty of Science\n"
        "Professor John Doe, Velmar Institute of Management, Faculty of Business\n"
        "Dr. Ann Poe, School of Quenby Sciences, Faculty of Science\n"
        "Professor Max Moe, School of Tarrow Economics, Faculty of Business\n"
    )
    assert org_names(result) == [
        "School of Tarrow Studies",
        "Velmar Institute of Management",
        "School of Quenby Sciences",
        "School of Tarrow Economics",
    ]
    assert [e.reading.person for e in result.organisations] == [
        "Jane Roe", "John Doe", "Ann Poe", "Max Moe",
    ]  # fmt: skip


def test_semicolons_cut_an_enumeration_whose_names_hold_a_few_dashes() -> None:
    result = read_text(
        PROSE + "On 15 May, the Velmar Bar Association along with 40 organisations, including "
        "the Tarrow Rights Network; the Quenby Women Union; EXA – The Example Centre for "
        "Justice; Velmar Youth Forum; Press House – Tarrow; the Quenby Law Centre; "
        "Tarrow Media Centre – Velmar; Quenby Farmers Society, demand the adoption of the "
        "declaration.\n"
    )
    assert org_names(result)[:4] == [
        "Tarrow Rights Network",
        "Quenby Women Union",
        "EXA – The Example Centre for Justice",
        "Velmar Youth Forum",
    ]
    assert "Quenby Farmers Society" in org_names(result)


def test_the_statement_as_an_object_pronoun_then_its_signers() -> None:
    """Spanish, Catalan and Italian put the statement before the verb as a pronoun and
    the signers after it ("La declaración la han firmado A, B y C"); articles before
    the names are not part of them."""
    spanish = read_text(
        PROSE + "La declaración la han firmado Velmar Unida, Junts per Tarrow, la CUQ, "
        "el PDeVEL, Quenby Verda y Esquerra Tarrowenca. El acto contó con muchos invitados.\n"
    )
    assert org_names(spanish) == [
        "Velmar Unida", "Junts per Tarrow", "CUQ", "PDeVEL", "Quenby Verda",
        "Esquerra Tarrowenca",
    ]  # fmt: skip
    italian = read_text(
        PROSE + "L'appello l'hanno sottoscritto Legambiente Velmar, Arci Tarrow, la CGIL "
        "Quenby e Libera Velmar.\n"
    )
    assert org_names(italian) == [
        "Legambiente Velmar", "Arci Tarrow", "CGIL Quenby", "Libera Velmar",
    ]  # fmt: skip


def test_capitalised_articles_before_an_acronym_or_an_organisation_word_are_dropped() -> None:
    """ "Les signataires sont : L'EXU, ..., La Fondation X": the article is no part of the
    name; a name whose organisation word goes on with a preposition ends the list whole
    ("L'Association pour la promotion de ..."), not cut before its lower-case words."""
    result = read_text(
        PROSE + "Les signataires sont : L’EXU, le SNVT, la LQDH, L’Ordre national des "
        "avocats de Velmar, La Fondation Tarrow pour la Culture, la Coalition Quenby, "
        "L’Association pour la promotion du droit à la différence.\n"
    )
    assert org_names(result) == [
        "EXU", "SNVT", "LQDH", "Ordre national des avocats de Velmar",
        "Fondation Tarrow pour la Culture", "Coalition Quenby",
        "Association pour la promotion du droit à la différence",
    ]  # fmt: skip


def test_a_body_then_the_person_who_signs_for_it_after_a_colon() -> None:
    result = read_text(
        PROSE + "Ont signé :\n\n"
        "Pour l’UNVD : Me Jean QUENBY\n"
        "Pour le PDT/LAAFI : M. Paul TARROW\n"
        "Pour l’Association Velmar Solidarité : Professeur Anne VELMAR\n"
    )
    assert org_names(result) == ["UNVD", "PDT/LAAFI", "Association Velmar Solidarité"]
    assert [e.reading.person for e in result.organisations] == [
        "Jean QUENBY", "Paul TARROW", "Anne VELMAR",
    ]  # fmt: skip


def test_a_campaign_or_an_initiative_of_bodies_names_them() -> None:
    """ "X is a campaign of A, B and C" names its promoters, also with the French elided
    "d'" glued to the first name ("une campagne d'Alliance ...", "à l'appel d'EXA")."""
    french = read_text(
        PROSE + "L’« Alarme Velmar » est une campagne d’Alliance Sud Velmar, Tarrowaid, "
        "Action de Quenby, Helvetas Velmar, Unité Tarrow et Vivamos Quenby.\n"
    )
    assert org_names(french) == [
        "Alliance Sud Velmar", "Tarrowaid", "Action de Quenby", "Helvetas Velmar",
        "Unité Tarrow", "Vivamos Quenby",
    ]  # fmt: skip
    called = read_text(
        PROSE + "La marche aura lieu samedi, à l'appel d'EXA, de Tarrow Solidarité, du "
        "Collectif Quenby et de la Ligue Velmar.\n"
    )
    assert org_names(called)[:2] == ["EXA", "Tarrow Solidarité"]
    english = read_text(
        PROSE + "Keep Velmar Open is a campaign of Tarrow Rights, Quenby Watch, Velmar "
        "Forum and EXA.\n"
    )
    assert org_names(english) == ["Tarrow Rights", "Quenby Watch", "Velmar Forum", "EXA"]


def test_an_and_after_a_hyphen_that_elides_a_compound_does_not_split_a_name() -> None:
    """ "Natuur- en Milieufederatie" shares the second half of its compound: one name."""
    result = read_text(
        PROSE + "Namens de organisaties (Velmar Natuur, Tarrow Milieu, Quenby Vogels, de "
        "Velmar Natuur- en Milieufederatie en het Tarrow Natuur Fonds) gaat er een brief uit.\n"
    )
    assert org_names(result)[-2:] == [
        "Velmar Natuur- en Milieufederatie",
        "Tarrow Natuur Fonds",
    ]


def test_honours_after_a_name_are_no_organisation() -> None:
    """ "Jane Roe, MNZM", "John Doe, OBE", "Ann Poe, MEP": post-nominal honours and offices
    in capitals are neither the signer nor whom she signs for; an acronym that is not one
    still is ("Jane Roe, EXU")."""
    result = read_text(
        PROSE + "Signed:\n\nJane Roe, MNZM\nJohn Doe, OBE, Velmar Trust\nAnn Poe, MEP\n"
        "Max Moe, EXU\n"
    )
    assert org_names(result) == ["Velmar Trust", "EXU"]
    assert [e.reading.person for e in result.persons] == ["Jane Roe", "Ann Poe"]


def test_two_names_run_together_where_a_line_break_was_lost() -> None:
    """A page that lost its line breaks runs names together: a lower-case word, a closing
    quote or bracket, then a capitalised organisation word; a camel-cased brand stays."""
    result = read_text(
        PROSE + "Signataires :\n\n"
        'Association "Velmar"Association "Tarrow 50"\n'
        "Association pour la défense des droits civilFédération Quenby des Exemples\n"
        "Citizens Velmar SunTrust Bank\n"
    )
    assert org_names(result) == [
        'Association "Velmar"',
        'Association "Tarrow 50"',
        "Association pour la défense des droits civil",
        "Fédération Quenby des Exemples",
        "Citizens Velmar SunTrust Bank",
    ]


def test_among_the_bodies_signatory_to_the_appeal_then_their_names() -> None:
    """ "Parmi les associations signataires de l'appel, A, B et C": the noun, its signing
    word and the text signed, then the names, each whole with its bracketed acronym."""
    result = read_text(
        PROSE + "Parmi les associations signataires de l’appel, la Ligue velmarienne pour la "
        "défense des droits de l’homme (LVDH), l’Union générale tarrowienne du travail "
        "(UGTT), le Forum quenbien pour les droits sociaux (FQDS) et l’Union générale des "
        "étudiants de Velmar (Ugev).\n"
    )
    assert org_names(result) == [
        "Ligue velmarienne pour la défense des droits de l’homme (LVDH)",
        "Union générale tarrowienne du travail (UGTT)",
        "Forum quenbien pour les droits sociaux (FQDS)",
        "Union générale des étudiants de Velmar (Ugev)",
    ]


def test_promoters_named_in_the_paragraph_before_the_supporters_cue() -> None:
    """ "X is a campaign of A, B and C." then "Supporting organisations: D, E, F": the
    promoters sign as well as the supporters, promoters first; a paragraph that only
    repeats the list's names adds nothing."""
    result = read_text(
        PROSE + "L’« Alarme Velmar » est une campagne d’Alliance Sud Velmar, Tarrowaid, "
        "Action de Quenby et Helvetas Velmar.\n\n"
        "Organisations de soutien : Armée du Tarrow, Frieda Velmar, Interaction Quenby, "
        "Médecins de Velmar.\n"
    )
    assert org_names(result) == [
        "Alliance Sud Velmar", "Tarrowaid", "Action de Quenby", "Helvetas Velmar",
        "Armée du Tarrow", "Frieda Velmar", "Interaction Quenby", "Médecins de Velmar",
    ]  # fmt: skip
    repeated = read_text(
        PROSE + "The letter was signed by Velmar Aid, Tarrow Watch and Quenby Forum.\n\n"
        "Signatories:\n\n- Velmar Aid\n- Tarrow Watch\n- Quenby Forum\n"
    )
    assert org_names(repeated) == ["Velmar Aid", "Tarrow Watch", "Quenby Forum"]


def test_links_to_more_about_the_page_are_no_signers() -> None:
    from sochi_er.extraction.lines import non_organisation_reason

    for line in ("Find out more", "Learn more »", "En savoir plus", "Mehr erfahren", "Saiba mais"):
        assert non_organisation_reason(line) == "link text", line
    assert non_organisation_reason("Learn More Velmar Foundation") is None


def test_a_date_and_a_page_number_between_bars_is_a_dateline() -> None:
    from sochi_er.extraction.lines import non_organisation_reason

    assert non_organisation_reason("July 28, 2006 | Page 15") == "date line"
    assert non_organisation_reason("Page 3 | 12 mai 2020") == "date line"
    assert non_organisation_reason("Velmar Union | Page 2") is None


def test_hungarian_parties_that_will_sign_after_a_colon_with_their_articles() -> None:
    """Hungarian "nyolc párt írja majd alá: a A, az B, ... és a C": the verb of signing,
    then the names, each without its article ("a", "az")."""
    result = read_text(
        PROSE + "A minimumot várhatóan öt párt írja majd alá: a Velmari Koalíció (VK), az "
        "EXSZP, a Tarrow Mozgalom, az Új Quenby és a Velmari Liberális Párt.\n"
    )
    assert org_names(result) == [
        "Velmari Koalíció (VK)",
        "EXSZP",
        "Tarrow Mozgalom",
        "Új Quenby",
        "Velmari Liberális Párt",
    ]


def test_a_role_written_after_the_body_it_is_held_in() -> None:
    """Finnish and Hungarian put the body first, in the genitive, and the role after it
    ("Jane Roe, Velmarin YK-liiton puheenjohtaja"; "a Tarrowi Egyesület elnöke"): the
    body signs, with its person; qualifiers of the role stay with it (Turkish "Genel")."""
    result = read_text(
        PROSE
        + "Jane Roe, Velmarin YK-liiton puheenjohtaja\n"
        + "John Doe, Tarrowin YK-liiton puheenjohtaja\n"
        + "Ann Poe, a Quenbyi Egyesület elnöke\n"
        + "Max Moe, EXSK Genel Başkanı\n"
    )
    assert org_names(result) == [
        "Velmarin YK-liiton", "Tarrowin YK-liiton", "Quenbyi Egyesület", "EXSK",
    ]  # fmt: skip
    assert [e.reading.person for e in result.organisations] == [
        "Jane Roe", "John Doe", "Ann Poe", "Max Moe",
    ]  # fmt: skip


def test_senders_written_as_person_role_organisation_triples() -> None:
    """ "Afsendere:" (the senders) then one line of "person, role, organisation" triples:
    each organisation with its person and role; a middle initial is part of a name."""
    result = read_text(
        PROSE + "Afsendere:\n"
        "Jane Roe, klimaaktivist, Velmar Ungdom, John Doe, politisk rådgiver, Tarrow "
        "Skove, Ann Q. Poe, forkvinde, Quenby Kvinder (QK), Max Moe, daglig leder, EXA, "
        "Tarrow Trust, Ida Roe, formand, Velmar Fond.\n"
    )
    assert org_names(result) == [
        "Velmar Ungdom", "Tarrow Skove", "Quenby Kvinder (QK)", "EXA", "Velmar Fond",
    ]  # fmt: skip
    assert [e.reading.person for e in result.organisations] == [
        "Jane Roe", "John Doe", "Ann Q. Poe", "Max Moe", "Ida Roe",
    ]  # fmt: skip
    # a piece that opens no triple is reported, not dropped
    skipped = [(e.name, e.reading.reason) for e in result.entries if e.text == "Tarrow Trust"]
    assert skipped == [("Tarrow Trust", "not a person, role and organisation")]


def test_co_signers_parted_by_semicolons_each_a_triple_or_a_pair() -> None:
    """ "Medunderskriverne er:" (the co-signers are) then "person, role, organisation"
    signers parted by semicolons, one written "person, role in organisation": the
    semicolons part the signers, so a pair does not shift the triples after it."""
    result = read_text(
        PROSE + "Medunderskriverne er: Jane Roe, formand for Velmar Fokus og generalsekretær "
        "i Care Tarrow; Ann Poe, generalsekretær, Folkekirkens Velmarhjælp; John Doe, "
        "direktør, International Tarrow Support (ITS); Max Moe, sekretariatsleder, Quenby; "
        "Ida Roe, direktør, Velmarinfo; Eva Doe, konst. sekretariatschef, Tarrow Skove\n"
    )
    assert org_names(result) == [
        "Folkekirkens Velmarhjælp", "International Tarrow Support (ITS)", "Quenby",
        "Velmarinfo", "Tarrow Skove",
    ]  # fmt: skip
    assert [e.reading.person for e in result.organisations] == [
        "Ann Poe", "John Doe", "Max Moe", "Ida Roe", "Eva Doe",
    ]  # fmt: skip
    # a pair reads as a person with her role, not as a body
    assert [e.reading.person for e in result.persons] == ["Jane Roe"]


def test_a_heading_as_high_as_the_lists_cue_ends_the_list(tmp_path: Path) -> None:
    """ "## Signatories", names, then "## Session I" and its speakers: the next part of
    the page, not more signers; sub-headings below the cue's level stay in the list."""
    from sochi_er import default_registry, parse_paths

    path = tmp_path / "report.md"
    path.write_text(
        "# Conference on Velmar\n\nThe conference adopted a resolution.\n\n"
        "## Signatories\n\n### Organisations\n\nVelmar Aid\n\nTarrow Watch\n\n"
        "## Session I\n\n### Jane Roe\n\nQuenby Software Ltd\n\n"
        "Patents would harm the economy.\n",
        encoding="utf-8",
    )
    (statement,) = parse_paths([path], default_registry()).statements
    assert [m.name for m in statement.signatories] == ["Velmar Aid", "Tarrow Watch"]


def test_body_colon_person_lines_give_the_body_with_its_person() -> None:
    """ "EXA : Pr Quillon VARDET" under a cue: the body signs, through the person after
    the colon (a title, a family name in capitals or a known given name make it one);
    "Velmar: Tarrow Heritage" is a name with its subtitle, not a body and a person."""
    result = read_text(
        PROSE + "Les signataires de la déclaration :\n"
        "- EXA : Pr Quillon VARDET\n"
        "- Réseau Velmar Tarrow : Jane Roe\n"
        "- ONG 3V : Amadou QUENBY\n"
        "- Velmar: Tarrow Heritage\n"
    )
    assert [(e.name, e.reading.person) for e in result.organisations] == [
        ("EXA", "Quillon VARDET"),
        ("Réseau Velmar Tarrow", "Jane Roe"),
        ("ONG 3V", "Amadou QUENBY"),
        ("Velmar: Tarrow Heritage", None),
    ]


def test_a_greek_cue_the_bodies_are_the_following() -> None:
    """The Greek "the associations ... are the following:" (masculine plural) is a cue
    before a colon; "our demands are the following:" (neuter) is none."""
    cue = "Οι σύλλογοι και οι φορείς που έχουν πάρει απόφαση, μέχρι τώρα είναι οι εξής:"
    assert block_cue(cue) is CueKind.LIST
    assert block_cue("Τα αιτήματά μας είναι τα εξής:") is None


def test_a_hungarian_paragraph_of_bodies_after_the_undersigned() -> None:
    """ "Alulírott szervezetek ..." (we, the undersigned organisations), then one line of
    bodies named with Hungarian organisation words (Klub, Kamara, Egyesülete,
    Szakszervezete, Munkacsoport): the enumeration is the list of signers."""
    names = ["Velmar Klub", "Tarrowi Hallgatói Konferenciája", "Quenby Munkacsoport",
             "Velmari Gyógyszerész Kamara", "Tarrowi Orvosi Kamara",
             "Quenbyi Családosok Egyesülete", "Velmari Pedagógusok Szakszervezete"]  # fmt: skip
    text = (
        "Alulírott szervezetek közös fellépésben állapodtunk meg. A kormányzat mást mond, "
        "mint amit cselekszik.\n\n" + ", ".join(names) + "\n"
    )
    assert org_names(read_text(text)) == names


def test_a_sign_off_of_person_role_body_lines_in_sentence_case_ends_the_text() -> None:
    """Lines "Given Family, role, body" that end the text with no cue are its signers,
    although the given names are unknown and the bodies are written in sentence case
    with Finnish organisation words ("hiippakunta", "yhdyskunta", "ry")."""
    lines = [
        ("Quillonmari Vardet", "piispa", "Velmarin hiippakunta"),
        ("Tarja Quenbynen", "puheenjohtaja", "Tarrow islamilainen yhdyskunta"),
        ("Exa Vardinen", "pääsihteeri", "Velmarin Ekumeeninen Neuvosto"),
        ("Orvo Tarrowinen", "toimialajohtaja", "Quenbyn Diakonissalaitos ry"),
    ]
    text = PROSE + "\n\n".join(", ".join(line) for line in lines) + "\n"
    result = read_text(text)
    assert [(e.name, e.reading.person, e.reading.person_role) for e in result.organisations] == [
        (body, person, role) for person, role, body in lines
    ]


def test_country_names_in_nordic_and_central_european_languages() -> None:
    """ "Ruotsi" (Sweden in Finnish), "Svédország" (Hungarian), "Švédsko" (Czech) are
    country names, as "Sverige" is."""
    words = default_signer_words()
    assert all(words.is_country(n) for n in ("Ruotsi", "Svédország", "Švédsko", "Sverige"))
    assert not words.is_country("Velmar")


def test_advocate_and_facilitator_are_a_persons_roles() -> None:
    """ "Name, Advocate" is a person with her trade, not a body in a place; "Dr Name,
    Facilitator, Body" signs for the body; "Advocates" in a body's name stays a name."""
    person = read_item("Lubna Velmar, Advocate")
    assert (person.kind, person.person_role, person.place) == (ItemKind.PERSON, "Advocate", None)
    text = "Dr Indu Tarrow, Facilitator, Velmar Mission International"
    body = read_item(text)
    assert (text[body.start : body.end], body.person, body.person_role) == (
        "Velmar Mission International", "Indu Tarrow", "Facilitator",
    )  # fmt: skip
    assert read_item("Quenby Advocates for Rights").kind is ItemKind.ORGANISATION


def test_a_bracket_saying_what_the_body_is_keeps_it_a_body() -> None:
    """ "Velmar Panchayat (trade union)": lower-case words with an organisation's word in
    the bracket say what the body is, not a person's role; "Jane Roe (presidente
    dell'associazione Exa)" is still a person with her role."""
    body = read_item("Velmar Panchayat (trade union)")
    assert (body.kind, body.person) == (ItemKind.ORGANISATION, None)
    assert read_item("Jane Roe (giornalista)").kind is ItemKind.PERSON


def test_a_signature_block_for_a_body_then_its_person_and_office() -> None:
    """ "Signed:" then "For and on behalf of EXACON", a bare name, an office: the body
    signs through that person, and the name is not a second organisation."""
    result = read_text(
        PROSE + "\nSigned:\nFor and on behalf of EXACON\nOtuekong Velmar Tarrow\n"
        "National Coordinator\n"
    )
    assert [(e.name, e.reading.person, e.reading.person_role) for e in result.organisations] == [
        ("EXACON", "Otuekong Velmar Tarrow", "National Coordinator")
    ]


def test_an_arabic_label_of_bodies_with_adjectives_before_participating() -> None:
    """ "المنظمات الوطنية والدولية المشاركة: A، B، C" (the national and international
    participating organisations: ...): Arabic puts the adjectives between the noun and
    the participle, and the label is a list's cue all the same; a label of another noun
    ("the participating countries") is none."""
    names = ["المفكرة المثالية", "كلنا فيلمار", "الجمعية المثالية للانتخابات", "مؤسسة تارو"]
    label = "المنظمات الوطنية والدولية المشاركة: "
    assert org_names(read_text(PROSE + label + "، ".join(names) + ".\n")) == names
    assert block_cue("الدول الأوروبية المشاركة: " + "، ".join(names)) is None


def test_a_number_in_brackets_is_no_name_and_dra_is_a_title() -> None:
    """A registration number or a year in brackets is neither a name nor part of one;
    "Dra." and "Lic." are titles before a person's name."""
    assert read_item("Dra. Jane Roe (249770)").person == "Jane Roe"
    assert read_item("Dra. Jane Roe (249770)").kind is ItemKind.PERSON
    reading = read_item("Dr. John Doe (171768)")
    assert (reading.kind, reading.person) == (ItemKind.PERSON, "John Doe")
    body = "Velmar Union (1998)"
    reading = read_item(body)
    assert reading.kind is ItemKind.ORGANISATION
    assert body[reading.start : reading.end] == "Velmar Union"
    reading = read_item("Lic. Jane Roe, Tarrow Network")
    assert (reading.person, reading.kind) == ("Jane Roe", ItemKind.ORGANISATION)


def test_a_list_under_its_own_heading_is_not_the_first_part_of_the_signers() -> None:
    """A list under a sibling heading that names no signers ("Sources", its links) before
    the signers' heading is that section's own; under "Partner organisations" it is the
    first part of the signers' list."""
    signers = "- Dra. Jane Roe (249770)\n- Dr. John Doe (171768)\n- Dr. Max Poe\n"
    text = (
        "# Velmar statement\n" + PROSE + "## Sources\n- Tarrow Call 2018\n- Tarrow Call 2019\n"
        "## Signatories\n" + signers
    )
    result = read_text(text)
    assert org_names(result) == []
    assert [p.name for p in result.persons] == ["Jane Roe", "John Doe", "Max Poe"]
    partners = "## Partner organisations\n- Velmar Union\n- Tarrow Network\n- Quenby Trust\n"
    result = read_text("# Velmar statement\n" + PROSE + partners + "## Individuals\n" + signers)
    assert org_names(result) == ["Velmar Union", "Tarrow Network", "Quenby Trust"]


def test_french_feminine_academic_titles_and_authors_are_roles() -> None:
    """The titles "Maîtresse de conférences", "Enseignante-chercheure" and "Auteure" are
    a person's functions: a line that runs the next person's name onto one stays a
    person's line."""
    for line in (
        "Jane Roe, Maîtresse de conférences en science politique John Doe, Maître de "
        "conférences en économie",
        "Jane Roe, Enseignante-chercheure en sociologie",
        "Jane Roe, Auteure jeunesse",
    ):
        reading = read_item(line)
        assert (reading.kind, reading.person) == (ItemKind.PERSON, "Jane Roe"), line


def test_a_line_of_several_persons_names_no_body() -> None:
    """A line of personal names separated by commas ("Jane Roe, John Doe, Max Poe, ...",
    one odd "V.B.Roe" among five or more), or two persons and the function they share,
    is a line of persons: none of them is an organisation."""
    for line in (
        "Jane Roe, John Doe, Anna Poe, Paul Quenby, Mira Tarrow, V.B.Velmar",
        "Jane Roe, John Doe, Anna Poe",
        "Jane Roe, John Doe, Musicians (The Velmar Duo)",
    ):
        reading = read_item(line)
        assert (reading.kind, reading.person) == (ItemKind.PERSON, "Jane Roe"), line
    reading = read_item("Jane Roe, General Secretary, EXU")
    assert (reading.kind, reading.person) == (ItemKind.ORGANISATION, "Jane Roe")


def test_an_office_and_its_phone_number_after_a_colon_is_a_contact_line() -> None:
    reading = read_item("Velmar Campaign Secretariat Office: 011-26499563")
    assert reading.kind is ItemKind.NOT_SIGNATORY
    assert read_item("Velmar Union: Tarrow branch").kind is ItemKind.ORGANISATION


def test_the_addressee_block_before_a_salutation_is_no_list() -> None:
    """Lines right before "Dear ...," are the letter's addressee and her address."""
    text = (
        "December 4, 2023\nThe Right Honourable Jane Roe\nPrime Minister of Velmaria\n"
        "Office of the Prime Minister\n80 Tarrow Street\nQuenby, VL K1A 0A2\n\n"
        "Dear Prime Minister Roe,\n" + PROSE
    )
    assert org_names(read_text(text)) == []


def test_korean_organisation_words_make_a_letterhead_of_names() -> None:
    """Korean names end with their organisation's word, written onto the name ("...연대"
    solidarity, "...모임" group, "...노동조합총연맹" confederation of unions): a line of
    them joined by " · " is the signers' letterhead."""
    names = ["벨마르감시대응팀", "타로우녹색당", "퀜비문화연대", "벨마르를 위한 변호사모임",
             "타로우이후(준)", "인권운동네트워크 퀜비", "전국벨마르노동조합총연맹",
             "전국타로우차별철폐연대", "퀜비참여연대"]  # fmt: skip
    text = "[보도협조요청] 벨마르 정부 규탄한다!\n\n2023-07-02 64\n\n" + " · ".join(names) + "\n\n"
    assert org_names(read_text(text)) == names


def test_a_professor_of_law_at_a_university_in_portuguese() -> None:
    """In "Professor de Direito da UEXA" law is the field, the university the body."""
    for line in (
        "Jane Roe - Professora de Direito da UEXA",
        "John Doe - Doutor em Direito e Professor de Direito da UEXA",
    ):
        reading = read_item(line)
        assert reading.kind is ItemKind.ORGANISATION, line
        assert line[reading.start : reading.end] == "UEXA", line


def test_german_offices_written_as_compounds_before_a_party_in_brackets() -> None:
    for line, role in (
        ("Jane Roe, Bezirksstadtrat (EXP)", "Bezirksstadtrat"),
        ("Jane Roe, Bezirksstadtr\u00e4tin (EXP)", "Bezirksstadtr\u00e4tin"),
        ("Jane Roe, Kreisvorsitzender (EXP)", "Kreisvorsitzender"),
    ):
        reading = read_item(line, in_list=True)
        assert reading.kind is ItemKind.ORGANISATION, line
        assert (line[reading.start : reading.end], reading.person) == ("EXP", "Jane Roe")
        assert reading.person_role == role


def test_a_body_with_its_officer_named_after_it() -> None:
    for line, body, person, role in (
        ("EXV Roma con il presidente Ida Roe", "EXV Roma", "Ida Roe", "presidente"),
        ("Velmar Union with its president Jane Roe", "Velmar Union", "Jane Roe", "president"),
    ):  # fmt: skip
        reading = read_item(line, in_list=True)
        assert reading.kind is ItemKind.ORGANISATION, line
        got = (line[reading.start : reading.end], reading.person, reading.person_role)
        assert got == (body, person, role)
    assert read_item("Velmar with Tarrow", in_list=True).person is None


def test_a_signature_number_after_the_name_is_no_body() -> None:
    for line, body in (
        ("Nuno Velmar, 7181, presidente do Tarrow BCP", "Tarrow BCP"),
        ("Jos\u00e9 de Almeida Roe, 7175, pol\u00edtico, ex-ministro do Mar", None),
    ):
        reading = read_item(line, in_list=True)
        name = line[reading.start : reading.end]
        assert name not in ("7181", "7175"), line
        assert body is None or name == body
    assert read_item("10.10.10", in_list=True).kind is ItemKind.ORGANISATION


def test_a_line_of_column_headings_over_signers_lines() -> None:
    found = read_text(
        PROSE + "SIGNED\n\nNAME, JOB TITLE, ORGANISATION, EMAIL TO CONFIRM SIGN OFF (email "
        "address not for publication)\n\nJane Roe, Chief Executive, Velmar Relief\n\n"
        "John Doe, Humanitarian Director, Tarrow Aid\n\nAnn Poe, Interim Director, Quenby "
        "Relief UK\n"
    )
    assert org_names(found) == ["Velmar Relief", "Tarrow Aid", "Quenby Relief UK"]
    assert [e.reading.person for e in found.entries if e.reading.kind is ItemKind.ORGANISATION] == [
        "Jane Roe",
        "John Doe",
        "Ann Poe",
    ]


def test_committees_listed_below_sign_the_lines_that_end_the_text() -> None:
    """ "I sottoelencati Comitati ...: rilevano che ..." speaks for the lines that end the
    text, as "the undersigned" does; most of them open with an organisation word, some
    abbreviated ("Ass.ne" for Associazione), so their words in lower case are no prose."""
    text = (
        "I sottoelencati Comitati di Cittadini impegnati da anni nella riduzione degli "
        "impatti del trasporto aereo rilevano che la trasmissione non ha mandato in onda il "
        "servizio sugli aeroporti;\nsi dichiarano disponibili a collaborare con la redazione "
        "fornendo le competenze maturate negli anni di impegno per la salute dei cittadini.\n"
        "Comitato No Fly Zone Velmar\nAss.ne Tarrow per il Suo Futuro\n"
        "Comitato Antirumore aeroporto di Quenby\nComitato aeroporto di Marrow\n"
        "Ass.ne Comitato per la riduzione del rumore di Velmar\nCocompaer Tarrow\n"
        "Vas onlus Quenby\n"
    )
    assert [e.name for e in read_text(text).organisations] == [
        "Comitato No Fly Zone Velmar", "Ass.ne Tarrow per il Suo Futuro",
        "Comitato Antirumore aeroporto di Quenby", "Comitato aeroporto di Marrow",
        "Ass.ne Comitato per la riduzione del rumore di Velmar", "Cocompaer Tarrow",
        "Vas onlus Quenby",
    ]  # fmt: skip
