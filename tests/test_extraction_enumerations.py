"""Enumerations studied on the fourteenth blind round, each rule on invented names: a
line that opens with its own cue, a clause after the names, "the following groups:" a
few words after a list phrase, a date in brackets after the last name, a person's role
and the body it heads in brackets, and a letter that ends with one sentence of names."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, org_names, read_text

from sochi_er.extraction import ItemKind
from sochi_er.extraction.block_enumeration import (
    MAX_TITLED_CHARS,
    read_enumeration,
    titled_enumeration,
)
from sochi_er.extraction.inline import _grouped_after_and
from sochi_er.extraction.items import read_item


def test_a_line_that_opens_with_its_own_cue_and_ends_in_a_clause() -> None:
    text = (
        "Promuovono: Examplia, Testarci, Rete Prova, Provalibera e Demoforum Inoltre: tante "
        "associazioni, gruppi, docenti e cittadini."
    )
    names = read_enumeration(text)
    assert [text[n.start : n.end] for n in names] == [
        "Examplia",
        "Testarci",
        "Rete Prova",
        "Provalibera",
        "Demoforum",
    ]


@pytest.mark.parametrize(
    "cue", ["Aderiscono, tra gli altri:", "Signed, among others:", "Firman, entre otros:"]
)
def test_a_line_that_opens_with_its_own_cue_and_among_others(cue: str) -> None:
    """ "Aderiscono, tra gli altri: A, B, C": the cue and its "among others" open the line;
    neither is part of the first name."""
    text = f"{cue} VELMAR, Tarrow Union, Quenby Network, Example Forum, Velmar Party."
    names = read_enumeration(text)
    assert [text[n.start : n.end] for n in names] == [
        "VELMAR",
        "Tarrow Union",
        "Quenby Network",
        "Example Forum",
        "Velmar Party",
    ]


def test_the_following_groups_a_few_words_after_a_list_phrase() -> None:
    text = PROSE + (
        "In pochi giorni hanno già dato la propria adesione a Testopoli le seguenti "
        "associazioni: Examplia, Rete Prova, Amici del Prova, Fondazione Test, Demoforum. "
        "Sono arrivate altre adesioni.\n"
    )
    assert org_names(read_text(text)) == [
        "Examplia",
        "Rete Prova",
        "Amici del Prova",
        "Fondazione Test",
        "Demoforum",
    ]


def test_a_date_in_brackets_after_the_last_name_is_no_acronym_of_it() -> None:
    text = PROSE + (
        "Os presidentes da EXA, Força Exemplo, UGX, CTX, CSX e Interexemplo divulgaram nota "
        "nesta quinta-feira (31) repudiando as declarações do deputado.\n"
    )
    assert org_names(read_text(text)) == [
        "EXA",
        "Força Exemplo",
        "UGX",
        "CTX",
        "CSX",
        "Interexemplo",
    ]


def test_a_role_and_the_body_it_heads_in_brackets() -> None:
    line = "Lucia Esempio (presidente Examplia)"
    reading = read_item(line)
    assert reading.kind is ItemKind.ORGANISATION
    assert line[reading.start : reading.end] == "Examplia"
    assert (reading.person, reading.person_role) == ("Lucia Esempio", "presidente")
    # an office of a place, or a role with a preposition and a petition's number: a person
    for person in ("Mario Esempio (sindaco Roma)", "Anna Probe (Petentin der Petition 1234)"):
        assert read_item(person).kind is ItemKind.PERSON, person


def test_a_letter_that_ends_with_one_sentence_of_names() -> None:
    text = PROSE + (
        "« We deplore the attacks on the most basic rights of the people at the border, "
        "which now take on an unprecedented scale. »\n"
        "Examplia, Secours Exemple, CCFX-Terre exemple, ATX Quart Exemple, Exemple du Monde.\n"
    )
    result = read_text(text)
    assert result.how == "sign-off"
    assert org_names(result) == [
        "Examplia",
        "Secours Exemple",
        "CCFX-Terre exemple",
        "ATX Quart Exemple",
        "Exemple du Monde",
    ]
    # a closing line of places, or one that is no sentence (no full stop), is no list
    assert not read_text(PROSE + "Paris, Lyon, Marseille, Toulouse.\n").found
    assert not read_text(PROSE + "Examplia, Testarci, EXA Forum, Rete Prova\n").found


def test_arabic_signers_after_a_colon_cue_with_the_glued_and() -> None:
    # "The organisations that signed the statement are: A and B (X) and the committee C,
    # and D and committees E": the "and" glued to an organisation word starts a name; the
    # one glued to a common word ("and public freedoms") or an adjective does not
    text = PROSE + (
        "والمنظمات الموقعة على البيان هي: المنظمة التلمارية لحقوق الإنسان ومنظمة حقوق "
        "الإنسان (متا) واللجنة الكردية لحقوق الإنسان، والمنظمة العربية للدفاع عن حقوق "
        "الإنسان والحريات العامة ولجان الدفاع عن الحريات، ونقابة الصحف المستقلة والحزبية.\n"
    )
    assert org_names(read_text(text)) == [
        "المنظمة التلمارية لحقوق الإنسان",
        "منظمة حقوق الإنسان (متا)",
        "اللجنة الكردية لحقوق الإنسان",
        "المنظمة العربية للدفاع عن حقوق الإنسان والحريات العامة",
        "لجان الدفاع عن الحريات",
        "نقابة الصحف المستقلة والحزبية",
    ]


def test_one_prose_sentence_with_a_comma_is_not_two_names() -> None:
    text = "As listed on a page of the Examplia site, briefs supporting the stance of Examplia."
    assert read_enumeration(text) == []
    assert len(read_enumeration("Example Forum, Example Union.")) == 2


def test_a_letterhead_of_a_few_associations_between_dashes() -> None:
    text = PROSE + (
        "\nEşit Örnek Derneği – Örnek İnisiyatifi Derneği – Deneme Hakları Derneği – "
        "Yurttaş Örnek Derneği – Test Derneği\n\nORTAK AÇIKLAMA\n\n" + PROSE
    )
    assert org_names(read_text(text)) == [
        "Eşit Örnek Derneği",
        "Örnek İnisiyatifi Derneği",
        "Deneme Hakları Derneği",
        "Yurttaş Örnek Derneği",
        "Test Derneği",
    ]
    # three names between dashes, or names that are not all organisations by their
    # words, are no letterhead
    letterhead = "\nExamplia – Testarci – Provalibera – Demoforum\n\n"
    assert not read_text(PROSE + letterhead + PROSE).found


def test_an_arabic_sentence_that_joins_its_signers_by_the_glued_and() -> None:
    # "A (EXA) and B (EXB) and the chamber C (EXC) and D (EXD) issued a joint statement"
    text = PROSE + (
        "أصدر اتحاد نقابات التلماريين (EXA) واتحاد نقابات العمال التقدمي (EXB) وغرفة "
        "المهندسين في تلمار (EXC) ونقابة الأطباء التلمارية (EXD) بيانًا مشتركًا حول "
        "سيطرة الحكومة على البلديات.\n"
    )
    assert org_names(read_text(text)) == [
        "اتحاد نقابات التلماريين (EXA)",
        "اتحاد نقابات العمال التقدمي (EXB)",
        "غرفة المهندسين في تلمار (EXC)",
        "نقابة الأطباء التلمارية (EXD)",
    ]


def test_the_names_a_closing_quotation_is_attributed_to() -> None:
    # "... the region." So say A, B, C ... (a local news report of a joint statement)
    text = PROSE + (
        "\u201cChiediamo un immediato cessate il fuoco. L'obiettivo deve essere la pace "
        "duratura nell'area.\u201d Così Examplia, Testarci, Rete Prova, Amnesty Esempio "
        "Testopoli, Provalibera, Circolo Demoforum e Partito Esempio.\n"
    )
    assert org_names(read_text(text)) == [
        "Examplia",
        "Testarci",
        "Rete Prova",
        "Amnesty Esempio Testopoli",
        "Provalibera",
        "Circolo Demoforum",
        "Partito Esempio",
    ]


def test_general_secretaries_of_unions_that_write_a_joint_letter() -> None:
    text = PROSE + (
        "I Segretari generali di Examplia Scuola, Testarci Scuola, Rete Prova, Provalibera "
        "Scuola, e Demoforum si rivolgono, attraverso una lettera unitaria, a tutto il "
        "personale della scuola.\n"
    )
    assert org_names(read_text(text)) == [
        "Examplia Scuola",
        "Testarci Scuola",
        "Rete Prova",
        "Provalibera Scuola",
        "Demoforum",
    ]
    # the secretaries a letter is sent to are its addressees
    sent = PROSE + (
        "Abbiamo scritto una lettera ai segretari di Examplia, Testarci, Rete Prova, "
        "Provalibera e Demoforum per chiedere un incontro.\n"
    )
    assert not read_text(sent).found


def test_a_stray_comma_before_a_names_acronym_keeps_it_on_the_name() -> None:
    text = PROSE + (
        "Örnek Odalar ve Borsalar Birliği (ÖOB), Örnek Esnaf Konfederasyonu (ÖEK), Örnek "
        "Ziraat Odaları Birliği, (ÖZOB), Deneme Sendikaları Konfederasyonu (DSK), Test "
        "Konfederasyonu ve Örnek KAMU-SEN tarafından ortaklaşa yapılan yazılı açıklamada, "
        "birlik vurgulandı.\n"
    )
    assert org_names(read_text(text)) == [
        "Örnek Odalar ve Borsalar Birliği (ÖOB)",
        "Örnek Esnaf Konfederasyonu (ÖEK)",
        "Örnek Ziraat Odaları Birliği, (ÖZOB)",
        "Deneme Sendikaları Konfederasyonu (DSK)",
        "Test Konfederasyonu",
        "Örnek KAMU-SEN",
    ]


def test_a_persons_post_nominal_after_a_comma_is_no_organisation() -> None:
    reading = read_item("C. Examplan Gnanaratnam, AAL", in_list=True)
    assert reading.kind is ItemKind.PERSON
    assert read_item("Jane Roe, EXF", in_list=True).kind is ItemKind.ORGANISATION


def test_a_joint_texts_title_line_names_its_signers() -> None:
    """ "Communiqué commun A, B, C" under a paragraph of a text file, with no blank line
    between: the names after the title are the signers; a title with a sentence or words
    that are no organisations after it names none."""
    text = (
        "Nous publions ici la déclaration de l'intersyndicale, co-signée par plusieurs "
        "structures syndicales en tant que telles :\n"
        "Communiqué commun EXC, EXF, Union syndicale Exemple, EXU, Fédération Exemple\n"
        "Comme les 9 et 17 mars, les salariés ont manifesté (...)\n"
    )
    assert org_names(read_text(text)) == [
        "EXC", "EXF", "Union syndicale Exemple", "EXU", "Fédération Exemple",
    ]  # fmt: skip
    assert org_names(read_text("Gemeinsame Erklärung EXA, EXB und Example Union\n")) == [
        "EXA", "EXB", "Example Union",
    ]  # fmt: skip
    for line in (
        "Joint statement on the crisis, the war and the peace\n",
        "Joint statement Monday, Tuesday, Wednesday\n",  # not organisations
        "Example Forum, Example Union, Example Network\n",  # no title: not enough alone
    ):
        assert org_names(read_text(line)) == [], line


def test_as_well_as_with_an_article_joins_two_names_mid_list() -> None:
    """ "darunter der EXB, die EXG sowie die EXW, Oxfam Exemplar": "sowie die" (as well
    as the) joins two names as a comma does."""
    text = (
        "Unterstützt wird der Appell von zahlreichen Organisationen, darunter der EXB, die "
        "EXG, die EXN sowie die EXW, der Example Verband und Pro Exemplo.\n"
    )
    assert org_names(read_text(text)) == [
        "EXB", "EXG", "EXN", "EXW", "Example Verband", "Pro Exemplo",
    ]  # fmt: skip


def test_a_coalition_named_by_its_word_alone_lists_its_members_in_brackets() -> None:
    """ "Collectif (EXA; EXB; ...)": the members sign, the bare word "Collectif" is no
    name, whether the line is a paragraph of its own (a Word document) or stands inside a
    text file's paragraph between two quotations."""
    members = (
        "EXFA; Example Soins; EXCS; Convergence exemplaire; Exfamco; Exnehad; EXM3; "
        "Excoor; EXSF; EXSP; EXNC; Exanfipa"
    )
    expected = [m.strip() for m in members.split(";")]
    line = f"Collectif ({members})"
    assert [line[n.start : n.end] for n in read_enumeration(line)] == expected
    text = (
        "«Nous restons mobilisés pour une société juste. »\n> Communiqué (3 juillet)\n"
        f"Collectif ({members.replace('; ', ' ; ', 1)})\n"
        "«La bataille électorale oblige l'ensemble des citoyens à rester mobilisés. »\n"
    )
    assert org_names(read_text(text)) == expected
    # a coalition with a name of its own keeps it: only the bare word is dropped
    named = f"Collectif Exemple ({members})"
    assert named[: read_enumeration(named)[0].end].startswith("Collectif Exemple")


def test_a_possessive_after_the_last_name_ends_it() -> None:
    """German capitalises nouns: "... und Example Network ihren Appell" would run on
    through "ihren" (their) to "Appell" without the possessive ending the name."""
    text = (
        "Mit der Übergabe tragen die Bündnisorganisationen EXB, Examplact, Deutsche "
        "Beispielhilfe, Greenexample, EXPN, Umweltinstitut Beispiel und Example Network "
        "ihren Appell “Nein zu Beispiel und Test” direkt an die Regierungspartei heran.\n"
    )
    assert org_names(read_text(text))[-2:] == ["Umweltinstitut Beispiel", "Example Network"]


def test_a_title_line_with_its_signers_joined_by_hyphens() -> None:
    """ "COMMUNIQUE INTERSYNDICAL COMMUN ILE DE EXEMPLE EXC-EXF-Solidexemple-EXU-EXL": the
    hyphen-joined names after the title (and its region) are the signers; a title whose
    hyphenated words are a phrase names none."""
    text = (
        "8 raisons de se mobiliser\n"
        "1 -Parce que c'est un recul historique\n"
        "COMMUNIQUE INTERSYNDICAL COMMUN ILE DE EXEMPLE EXC-EXF-Solidexemple-EXU-EXL\n"
        "avec le RDV : le 28 avril à 14h de la Place Exemple.\n"
    )
    assert org_names(read_text(text)) == ["EXC", "EXF", "Solidexemple", "EXU", "EXL"]
    assert org_names(read_text("Communiqué commun sur la Sécurité-Sociale-Exemple\n")) == []


def test_an_intersyndicale_lists_its_members_in_brackets() -> None:
    """ "l'intersyndicale (A, B, C, ...) appelle à la grève": the elided coalition word
    names no one itself, its members in brackets sign."""
    text = (
        "Le 18 septembre, l'intersyndicale (EXDT, EXGT, EXO, EXE-EXC, EXTC, EXSA, EXU, "
        "Solidexemple) appelle à la grève et à manifester contre le projet de budget.\n"
    )
    assert org_names(read_text(text)) == [
        "EXDT", "EXGT", "EXO", "EXE-EXC", "EXTC", "EXSA", "EXU", "Solidexemple",
    ]  # fmt: skip


def test_a_title_wrapped_over_lines_ends_before_its_date_line() -> None:
    """ "Communiqué commun / EXC, / EXF, EXU, Solidexemple, / EXN, EXL et EXD" over
    lines, then "jeudi 31 mars 2016": the last name ends at its line."""
    text = (
        "Communiqué commun\nEXC,\nEXF, EXU, Solidexemple,\nEXN, EXL et EXD\n"
        "jeudi 31 mars 2016\nLa\npuissante journée de grève a démontré la détermination.\n"
    )
    assert org_names(read_text(text))[-1] == "EXD"


def test_a_networks_members_named_in_a_turkish_sentence() -> None:
    """A Turkish sentence: a network's components ("bilesenleri") A (Türkiye), B, ...
    "ile" (and) C, then the letter they wrote ("bir mektup kaleme alarak"); each keeps
    its country."""
    text = (
        "Örnek Savunucuları Dayanışma Ağı bileşenleri Eşit Örnek İzleme Derneği (Türkiye), "
        "Civil Example Defenders (İsveç), Hakikat Örnek Merkezi (Türkiye), Örnek Hakları "
        "Derneği (Türkiye), Research Example on Turkey (ABD) ile Hollanda Örnek Komitesi, "
        "25 Mart 2021 tarihinde bir mektup kaleme alarak suçlamaların düşürülmesini istedi.\n"
    )
    names = org_names(read_text(text))
    assert names[0] == "Eşit Örnek İzleme Derneği"
    assert names[-1] == "Hollanda Örnek Komitesi"
    assert len(names) == 6


def test_a_title_line_is_short() -> None:
    """A title line with its signers is read only near a paragraph's end (at most
    ``MAX_TITLED_CHARS`` after its start): a long stretch after "Open letter" is prose."""
    names = "EXA, EXB, Example Union"
    assert len(titled_enumeration(f"Some prose here. Open letter {names}")) == 3
    prose = "Open letter " + ", ".join(f"Example Union {k}" for k in range(60))
    assert len(prose) > MAX_TITLED_CHARS
    assert titled_enumeration(prose) == []


def test_names_grouped_in_a_bracket_after_and_end_with_it() -> None:
    """ "issued by A and (B, C, D) which called for ...": the bracket's names join the
    first one and the list ends where it closes; in Arabic the "and" is written onto the
    bracket ("A و( B، C )"). A bracket after a plain word explains it ("70 groups in 15
    States (including X, Y)"), and is no "and" of a list."""
    first = "Velmar Youth Platform"
    others = ["Tarrow Foundation for Development", "Quenby Rights Network",
              "Exa Council for Peace", "Velmar Women Forum"]  # fmt: skip
    text = PROSE + (
        f"The first statement was signed by the {first} and ({', '.join(others)}) which "
        "called for an immediate ceasefire in the country.\n"
    )
    assert org_names(read_text(text)) == [first, *others]
    arabic_first = "منصة شباب المثال"
    arabic = ["مؤسسة المثال للتنمية", "منظمة مساءلة المثال", "جمعية نستطيع المثال"]
    text = PROSE + (
        f"وفي البيان الصادر عن {arabic_first} و( {'، '.join(arabic)} ) طالب بالوقف الفوري "
        "لإطلاق النار.\n"
    )
    assert org_names(read_text(text)) == [arabic_first, *arabic]
    explained = "firmata da 70 associazioni in 15 Stati Membri (inclusi Exa, Exb, Exc e altre)"
    assert _grouped_after_and(explained, 0, len(explained)) is None


def test_the_agents_preposition_repeated_before_each_name() -> None:
    """A passive verb's agent repeated before each name ("signed by A and by the B",
    "assinada pela A, pela B e pela C", "promosso da A, dalla B e dall'C") is read off
    each name; the names end before a relative clause; a launch names signers too."""
    cases = {
        "The letter was signed by the Velmar Association and by the Tarrow Network.": [
            "Velmar Association", "Tarrow Network"],
        "A carta foi assinada pela Associação Velmar, pela Rede Tarrow e pela Fundação "
        "Quenby.": ["Associação Velmar", "Rede Tarrow", "Fundação Quenby"],
        "A carta aberta agora lançada pela Associação Velmar e pela Rede Tarrow, que conta "
        "já com as assinaturas de três dezenas de personalidades.": [
            "Associação Velmar", "Rede Tarrow"],
        "L'appello è promosso da Rete Velmar, dalla Fondazione Tarrow e dall'Associazione "
        "Quenby.": ["Rete Velmar", "Fondazione Tarrow", "Associazione Quenby"],
        "La lettre est signée par l'Association Velmar et par le Réseau Tarrow.": [
            "Association Velmar", "Réseau Tarrow"],
    }  # fmt: skip
    for sentence, expected in cases.items():
        assert org_names(read_text(PROSE + sentence + "\n")) == expected, sentence


def test_states_set_off_between_dashes_after_their_count() -> None:
    """The count, then names set off by dashes ("The 8 members of X (EXI) -- A, B, ...
    and H -- met"): as many names as the count says are the signers even when they are
    countries (governments sign for them) and the enumeration is wrapped over lines; a
    dash before the verb ends the last name."""
    states = ["Albania", "Argentina", "Australia", "Council of Europe", "Croatia",
              "Czech Republic", "INTERPOL", "Vietnam"]  # fmt: skip
    text = PROSE + (
        "The 8 members of the Velmar Initiative\n(VI)\u2014Albania, Argentina, Australia,\nthe "
        "Council of Europe, Croatia, the Czech Republic, INTERPOL, and Vietnam\u2014met in "
        "Tarrow for the Fourth VI Gathering.\n"
    )
    assert org_names(read_text(text)) == states
    text = PROSE + (
        "Six organisations -- the Velmar Union, Tarrow Network, Quenby Trust, EXA, the "
        "Velmar Forum and Tarrow Council -- have issued the following letter.\n"
    )
    assert org_names(read_text(text))[-1] == "Tarrow Council"


def test_learned_societies_set_off_between_dashes_after_their_noun() -> None:
    """ "Die ... Gesellschaften \u2013 der A (X), die B (Y) und der C (Z) \u2013 wehren sich
    mit ihrer Erklärung": learned societies are a collective noun whose members the
    dashes give, articles and a comma inside a name ("Vereinigung für A, B und C") and all."""
    text = PROSE + (
        "Die mathematisch-naturwissenschaftlichen Gesellschaften \u2013 der Dachverband "
        "der Velmarwissenschaften (DVV), die Deutsche Tarrow-Vereinigung (DTV), die Quenby "
        "Gesellschaft (QG) und die Vereinigung für Velmar, Tarrow und Quenby in Deutschland (VVTQ) "
        "\u2013 wehren sich mit ihrer Erklärung gegen nationalistische Bestrebungen.\n"
    )
    assert org_names(read_text(text)) == [
        "Dachverband der Velmarwissenschaften (DVV)",
        "Deutsche Tarrow-Vereinigung (DTV)",
        "Quenby Gesellschaft (QG)",
        "Vereinigung für Velmar, Tarrow und Quenby in Deutschland (VVTQ)",
    ]


def test_governments_that_release_a_declaration_come_before_an_example_list() -> None:
    """Governments named by their countries ("The declaration was released by the
    Governments of A, B, ... and H") are the signers, even when a later sentence gives
    examples of organisations ("existing organizations ..., including A, B and C"); a
    country written with a typographic apostrophe is still a country."""
    countries = ["Angola", "Brazil", "Cote d\u2019Ivoire", "Ghana", "Norway", "Uruguay"]
    text = (
        "The text of the following declaration was released by the Governments of "
        + ", ".join(countries[:-1])
        + f", and {countries[-1]} at the Ministerial on September 18.\n\n"
        + PROSE
        + "\nWe will improve collaboration with the existing organizations and initiatives, "
        "including the Velmar Zone of Cooperation, the Tarrow Centre and the Quenby "
        "Alliance.\n"
    )
    assert org_names(read_text(text)) == countries


def test_indonesian_supporters_then_lists_that_add_to_them() -> None:
    """Indonesian: "Lembaga ... pendukung ... adalah A, B" (the supporting bodies are),
    then "Selain itu, juga C, D" (besides that, also) and "Lembaga pendukung lainnya
    adalah E, F" (other supporting bodies are): one list of all of them."""
    first = ["Yayasan Velmar", "Tarrow Institute", "Majelis Quenby Indonesia (MQI)",
             "Komnas Velmar"]  # fmt: skip
    then = ["Gerakan Tarrow Damai", "Majelis Velmar Indonesia", "Jaringan Velmar Indonesia"]
    last = ["Sekretariat Nasional Tarrow", "Forum Dialog Velmar", "LBH Quenby"]
    text = PROSE + (
        "Lembaga dan Komunitas pendukung Gerakan Velmar ini adalah " + ", ".join(first) + ".\n"
        "Selain itu, juga " + ", ".join(then) + ".\n"
        "Lembaga pendukung lainnya adalah " + ", ".join(last) + ".\n"
    )
    assert org_names(read_text(text)) == [*first, *then, *last]


def test_an_exclamation_mark_before_a_bracket_does_not_end_the_list() -> None:
    text = PROSE + (
        "The statement was endorsed by Velmar for Sisters; Tarrow Design Archive; Hang "
        "Out! (HO); Quenby Women (QW); and Velmar Aid.\n"
    )
    assert org_names(read_text(text))[-2:] == ["Quenby Women (QW)", "Velmar Aid"]


def test_the_statements_of_a_list_in_spanish_name_its_authors() -> None:
    """Spanish "los pronunciamientos de A, B, ..." (the statements of): as "the statements of A,
    B" in English, the authors of the statements."""
    text = PROSE + (
        "Los daños señalados durante cada uno de los pronunciamientos de EXA, EXB, BMX, "
        "COPAX, CPX Nacional, Velmar Evalúa y Red Tarrow.\n"
    )
    assert org_names(read_text(text)) == [
        "EXA", "EXB", "BMX", "COPAX", "CPX Nacional", "Velmar Evalúa", "Red Tarrow"
    ]  # fmt: skip


def test_a_telegram_signed_by_persons_for_their_bodies() -> None:
    """A telegram or a message is a statement: "Il telegramma è firmato da Jane Roe,
    presidente del X, da John Doe, presidente di Y" names the bodies the persons sign for."""
    text = PROSE + (
        "Il telegramma è firmato da Jane Roe, presidente del Velmar Italia, da John Doe, "
        "presidente di Legatarrow, da Max Poe, presidente del Touring Club Quenby, da Ann "
        "Loe, presidente Gruppo Tarrow.\n"
    )
    result = read_text(text)
    assert org_names(result) == [
        "Velmar Italia", "Legatarrow", "Touring Club Quenby", "Gruppo Tarrow"
    ]  # fmt: skip
    assert [e.reading.person for e in result.organisations][:2] == ["Jane Roe", "John Doe"]


def test_a_sentence_that_adds_names_after_words_pointing_back() -> None:
    """In "Besides that, also the C, D" the names after the words that point back to the
    list join it; the words themselves are no name."""
    text = PROSE + (
        "The letter is signed by the Velmar Union, Tarrow Network, Quenby Trust and EXA.\n"
        "Besides that, also the Velmar Forum, Tarrow Council, Quenby Alliance and EXB.\n"
    )
    assert org_names(read_text(text)) == [
        "Velmar Union", "Tarrow Network", "Quenby Trust", "EXA",
        "Velmar Forum", "Tarrow Council", "Quenby Alliance", "EXB",
    ]  # fmt: skip


def test_a_name_that_opens_with_a_plus_sign_goes_on_with_the_enumeration() -> None:
    found = read_text(
        PROSE + "COMITATO PROMOTORE REFERENDARIO PROVINCIALE: EXA, EXB, PD, Sinistra Velmar,\n"
        "PSI, + Tarrow, Italia Quenby, Rifondazione Velmar, PCI, Sud chiama Tarrow, Sinistra\n"
        "Futura, Europa Verde, ANPI, Legambiente Velmar, Libera, WWF.\n"
    )
    names = [" ".join(e.name.split()) for e in found.entries]
    assert names[4:7] == ["PSI", "+ Tarrow", "Italia Quenby"]
    assert names[-1] == "WWF" and len(names) == 16
