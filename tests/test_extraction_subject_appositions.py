"""Names that stand beside their sentence's subject, studied on the hundred-and-sixth to
hundred-and-ninth blind rounds, each rule on invented names: organisers named between
commas after the subject's noun, a coalition's members after "a coalition of" or "ein
Bündnis aus", a heading in capitals whose article is no list's lead ("COMMUNIQUÉ DE
PRESSE co-signé par ..."), a Turkish collective noun before "arasinda" (among), the
feminine "firmatarie", an opening "Così" before the speakers, Arabic nouns for persons
("intellectuals") before the names they count, and a site's menu written out again."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, read_text

from sochi_er.extraction import ItemKind
from sochi_er.extraction.inline import find_inline_list
from sochi_er.extraction.name_bounds import leading_names

#: A paragraph after the one studied, so that no sentence is the text's closing line.
_AFTER = (
    "\n\nThe meeting will take place next week in the town hall, and everyone who wants "
    "to come is welcome to attend it.\n"
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Les quatre organisateurs, les Velmar de la Terre, Confédération tarrowaise, "
            "Quenby Rebellion Toulouse et ORSL ont annoncé avoir déjà dressé le camp.",
            ["Velmar de la Terre", "Confédération tarrowaise", "Quenby Rebellion Toulouse", "ORSL"],
        ),
        (
            "The four organisers, Velmar Aid, the Tarrow Trust, Quenby Wildlife and ORSL, "
            "have announced the camp.",
            ["Velmar Aid", "Tarrow Trust", "Quenby Wildlife", "ORSL"],
        ),
    ],
)
def test_organisers_named_in_apposition_to_the_subject(text: str, names: list[str]) -> None:
    """ "Les quatre organisateurs, A, B, C et D, ont annoncé": the names between commas
    after the subject's collective noun, its verb after them in lower case."""
    assert [e.name for e in read_text(PROSE + text + _AFTER).organisations] == names


def test_organisers_in_apposition_who_are_persons_stay_persons() -> None:
    """Organisers may be persons: "The organisers, Jane Roe, John Doe, ..." yields no
    organisation (the noun does not make each name a group's)."""
    text = "The organisers, Jane Roe, John Doe, Mary Major and Richard Miles, have announced it."
    assert read_text(PROSE + text + _AFTER).organisations == ()


def test_apposition_needs_the_subject_noun_among_the_first_words() -> None:
    """A collective noun deep in the sentence is no subject: the names after it and a
    comma are not read as signers in apposition."""
    text = (
        "Yesterday morning in the old square of the town the police stopped the "
        "organisers, Velmar Aid, the Tarrow Trust and Quenby Wildlife, and questioned them."
    )
    assert read_text(PROSE + text + _AFTER).organisations == ()


def test_a_coalition_of_plain_names_lists_its_members() -> None:
    """ "A coalition of A, B, C and D has called": the members of a coalition are bodies,
    even when no word of their names says so."""
    text = (
        PROSE + "A coalition of Velmar, Tarrow, Quenby and Orsino has called for reform." + _AFTER
    )
    result = read_text(text)
    assert [e.name for e in result.organisations] == ["Velmar", "Tarrow", "Quenby", "Orsino"]
    assert all(e.reading.kind is ItemKind.ORGANISATION for e in result.entries)


def test_an_article_alone_after_a_heading_word_is_no_list_lead() -> None:
    """ "COMMUNIQUÉ DE PRESSE co-signé par le A, B, ...": the capital "DE" after the
    statement word is no article that announces names; the list starts after "par"."""
    text = (
        "COMMUNIQUÉ DE PRESSE co-signé par le Velmar-asbl, Tarrow Sans Frontières "
        "(Belgique), Ligue des Quenby, ORSINO.BE et NANSEX"
    )
    names = [text[n.start : n.end] for n in find_inline_list(text)]
    assert names[0] == "Velmar-asbl"
    assert len(names) == 5


def test_a_turkish_collective_then_among_before_the_names() -> None:
    """ "... katilan kurumlar arasinda A, B, C yer aldi" (among the bodies that took part
    were A, B, C): the postposition after the collective noun opens the list. (The
    verb-final "yer aldi" still stays on the last name: an open class.)"""
    text = (
        "Basın açıklamasına katılan kurumlar arasında Velmar Sen, KESK, CHP, Tarrow Parti, "
        "SOL Parti, EMEP ve Quenby Derneği yer aldı."
    )
    names = [text[n.start : n.end] for n in find_inline_list(text)]
    assert names[:-1] == ["Velmar Sen", "KESK", "CHP", "Tarrow Parti", "SOL Parti", "EMEP"]
    assert names[-1].startswith("Quenby Derneği")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Ein Bündnis aus Velmar, Tarrow, Quenby und Orsino hat zur Demo aufgerufen.",
            ["Velmar", "Tarrow", "Quenby", "Orsino"],
        ),
        (
            "Am Montag präsentierte die breite Plattform der Velmarorganisationen (VOs) aus "
            "Tarrow Hilfswerk, Quenby International, Orsino-Bund, Exa Kinderdorf und dem "
            "Velmar Fonds ihre Forderungen für das nächste Regierungsprogramm.",
            [
                "Tarrow Hilfswerk",
                "Quenby International",
                "Orsino-Bund",
                "Exa Kinderdorf",
                "Velmar Fonds",
            ],
        ),
    ],
)
def test_a_german_coalition_made_of_its_members(sentence: str, names: list[str]) -> None:
    """ "ein Bündnis aus A, B und C", "die Plattform der NGOs aus A, B": the capitalised
    coalition noun and "aus" are no part of the first name (German nouns are all
    capitalised), the noun may stand a few words before "aus", and an auxiliary verb
    ("hat") ends the last name (invented names)."""
    assert [e.name for e in read_text(PROSE + sentence + _AFTER).organisations] == names


def test_an_auxiliary_verb_ends_a_leading_name() -> None:
    """ "Quenby und Orsino hat zur Demo aufgerufen": the name does not run on through the
    lower-case auxiliary to the capitalised noun after it."""
    text = "Quenby und Orsino hat zur Demo aufgerufen."
    assert [text[a:b] for a, b in leading_names(text, 0, len(text))] == ["Quenby", "Orsino"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Prevarrebbe un progetto di città basato sugli affari». Tra le associazioni "
            "firmatarie: Con il velmar, AttivTarrow, Casa dei Quenby, I colori del cielo, "
            "Liberi insieme, Orsino.",
            [
                *("Con il velmar", "AttivTarrow", "Casa dei Quenby", "I colori del cielo"),
                *("Liberi insieme", "Orsino"),
            ],
        ),
        (
            "Le associazioni hanno diviso gli obiettivi per settori. Firmatarie della lettera "
            "Legambiente Velmar, Ambiente e Tarrow, Verdi Quenby Società e Amici della Terra.",
            [
                *("Legambiente Velmar", "Ambiente e Tarrow", "Verdi Quenby Società"),
                "Amici della Terra",
            ],
        ),
    ],
)
def test_the_feminine_plural_of_signatories(text: str, names: list[str]) -> None:
    """ "Tra le associazioni firmatarie: A, B", "Firmatarie della lettera A, B": the
    feminine "firmatarie" (signatory associations) is a signers' noun like "firmatari"."""
    assert [e.name for e in read_text(PROSE + text + _AFTER).organisations] == names


def test_thus_opening_a_sentence_of_reported_speech() -> None:
    """ "Così A, B, C e D commentano": the adverb is no part of the first name, and the
    speakers are the statement's; an acronym that folds to the same letters ("ASÍ") is
    a name, not the adverb (invented names)."""
    text = (
        "«Il piano è sbagliato». Così Legambiente Velmar, WWF Tarrow, Italia Quenby e "
        "Lipu Orsino commentano il piano regionale."
    )
    names = [e.name for e in read_text(PROSE + text + _AFTER).organisations]
    assert names == ["Legambiente Velmar", "WWF Tarrow", "Italia Quenby", "Lipu Orsino"]
    icelandic = "ASÍ, BSVX, BHQ, KÍ og ÖBÍ skrifuðu í dag undir sameiginlega yfirlýsingu."
    names = [e.name for e in read_text(icelandic + _AFTER).organisations]
    assert names == ["ASÍ", "BSVX", "BHQ", "KÍ", "ÖBÍ"]


def test_arabic_intellectuals_who_signed_are_persons() -> None:
    """ "وقع البيان 51 مثقفاً بارزاً منهم: A، B، ..." (51 prominent intellectuals signed
    the statement, among them): the count's noun names persons, so names that no given
    name marks as a person's are persons all the same, never organisations (invented
    names)."""
    text = (
        "صدر في باريس بيان يحمل تواقيع عدد من المثقفين العرب، وهذا نص البيان.\n\n"
        "وقع البيان 51 مثقفاً بارزاً منهم: زاخر فلماري، بلان ترواني، ادونيسو، سميد كوينبي، "
        "ترواد أورسيني، فلمير ديالا، زاد.\n"
    )
    result = read_text(text + _AFTER)
    assert result.organisations == ()
    assert "زاخر فلماري" in [e.name for e in result.entries if e.reading.kind is ItemKind.PERSON]


def test_a_menu_written_out_again_is_no_cue_free_list() -> None:
    """A page that writes its menu out twice or thrice with a word or two between (the
    head of a stored news page) has no list there: the same run of names again, close by,
    is a menu; the article's own sentence gives the signers (invented names)."""
    menu = "".join(
        f"  • {item}\n"
        for item in (
            *("General News", "Politics", "Business", "Health", "Velmar Agenda"),
            *("World News", "Features & Opinions", "Election watch", "Editorial"),
        )
    )
    text = (
        "Velmar Agenda NewsPaper\n"
        + menu
        + "Font ResizerAa\n"
        + menu
        + "Search\n"
        + menu
        + "Follow US\n\n"
        "34 CSOs raise concerns about the civic space\n\n"
        "Thirty four civil society organisations have added their voices in condemning "
        "the arrests of peaceful protesters over the past weekend.\n\n"
        "The CSOs, including Velmar Foundation, Tarrow Platform on Oil and Gas, Quenby "
        "Federation of Female Lawyers and the Orsino Trust, say the arrests are a grave "
        "violation of human rights.\n"
    )
    names = [e.name for e in read_text(text).organisations]
    assert "Politics" not in names
    assert names[:2] == ["Velmar Foundation", "Tarrow Platform on Oil and Gas"]


def test_speakers_before_a_progressive_verb_of_saying() -> None:
    """ "A, B, C and D are calling for": the auxiliary, then the "-ing" form of a verb of
    saying, after the names that open the sentence; a participle alone ("the press
    conference calling for") makes no speakers (invented names)."""
    text = (
        "Velmar, Action Against Tarrow UK, Christian Quenby and ORSAFOD are calling for a "
        "ceasefire."
    )
    names = [e.name for e in read_text(PROSE + text + _AFTER).organisations]
    assert names == ["Velmar", "Action Against Tarrow UK", "Christian Quenby", "ORSAFOD"]
    alone = (
        "The chairs of the Velmar group, the LDC and AOSIS also took part in the press "
        "conference calling for real action."
    )
    assert read_text(PROSE + alone + _AFTER).organisations == ()
