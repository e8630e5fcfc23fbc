"""Tests of the extraction helpers: dates, claimed counts, non-organisation lines, markers."""

from __future__ import annotations

import datetime as dt

import pytest

from sochi_er.extraction import (
    find_acronym_definitions,
    find_claimed_counts,
    find_dates,
    is_date_line,
    iter_lines,
    non_organisation_reason,
    parse_date,
    split_list_marker,
)
from sochi_er.extraction.counted_lists import claimed_counts
from sochi_er.extraction.lexicons import default_signer_words
from sochi_er.extraction.number_words import number_phrases

# ------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January 3, 2018", dt.date(2018, 1, 3)),
        ("January 03, 2018", dt.date(2018, 1, 3)),
        ("31 January 2018", dt.date(2018, 1, 31)),
        ("Wednesday, January 31, 2018", dt.date(2018, 1, 31)),
        ("Jan 4, 2018", dt.date(2018, 1, 4)),
        ("5 Jan 2018", dt.date(2018, 1, 5)),
        ("Friday 5 Jan 2018", dt.date(2018, 1, 5)),
        ("2018-01-05", dt.date(2018, 1, 5)),
        ("2018-01-05T15:38:02", dt.date(2018, 1, 5)),
        ("Sept. 4, 2017", dt.date(2017, 9, 4)),
        ("3rd of March 2019", dt.date(2019, 3, 3)),
        ("DECEMBER 27, 2017", dt.date(2017, 12, 27)),
        ("5 min readJan 4, 2018", dt.date(2018, 1, 4)),
        ("Bassel Oudat , Friday 5 Jan 2018", dt.date(2018, 1, 5)),
        # a day, a month's name and a year in other languages
        ("03 Settembre 2009", dt.date(2009, 9, 3)),
        ("le 1er mars 2020", dt.date(2020, 3, 1)),
        ("Madrid, 3 de septiembre de 2009", dt.date(2009, 9, 3)),
        ("3. September 2009", dt.date(2009, 9, 3)),
        ("1º de maio de 2020", dt.date(2020, 5, 1)),
        ("12 maart 2021", dt.date(2021, 3, 12)),
    ],
)
def test_parse_date_reads_common_forms(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last Update 15:20",
        "February 30, 2018",  # no such day
        "resolution 2254",
        "Mayday 12 2018",  # "May" inside a word is no month
        "2018-13-01",
        "31 februari 2020",  # no such day in any language
        "3 maison 2020",  # a month's name inside a word is no month
        "",
    ],
)
def test_parse_date_none_without_a_date(text: str) -> None:
    assert parse_date(text) is None


def test_find_dates_spans_cover_the_written_form_in_order() -> None:
    text = "Dated Wednesday, January 31, 2018; on 3 January 2018 we wrote (2018-01-05T15:38:02Z)."
    found = find_dates(text)
    assert [d for d, _, _ in found] == [
        dt.date(2018, 1, 31),
        dt.date(2018, 1, 3),
        dt.date(2018, 1, 5),
    ]
    assert [text[s:e] for _, s, e in found] == [
        "Wednesday, January 31, 2018",
        "3 January 2018",
        "2018-01-05T15:38:02Z",
    ]


def test_is_date_line_only_for_lines_stating_just_a_date() -> None:
    assert is_date_line("January 3, 2018")
    assert is_date_line("  Date: 31 January 2018 ")
    assert not is_date_line("5 min readJan 4, 2018")
    assert not is_date_line("On 3 January 2018, more than 130 groups wrote")
    # a letter's dateline: its place, then the day and month ("le", "den" at most)
    assert is_date_line("Paris, le 20 novembre 2013")
    assert is_date_line("Berlin, 3. Mai 2024")
    assert is_date_line("Roma, 9 dicembre 2014")
    # a signer's line with the date it signed is not one
    assert not is_date_line("Example Network, 9 May 2019")
    assert not is_date_line("Example Network, 2015")
    assert is_date_line("03 Settembre 2009")
    # a dateline's month alone, or its city on a line of its own before the date
    assert is_date_line("dezembro de 2017")
    assert is_date_line("March 2024")
    assert not is_date_line("Example May 2020")
    assert is_date_line("São Paulo, 27 de março de 2017")
    assert is_date_line("Florianópolis, outubro de 2011.")
    assert not is_date_line("Example Network, May 2019")
    assert not is_date_line("Il 3 settembre 2009 l'appello è stato firmato")
    # months of more languages: Turkish, Polish, Dutch, Catalan
    assert is_date_line("Ocak 2012") and is_date_line("2 Şubat 2012")
    assert parse_date("3 maja 2020") == dt.date(2020, 5, 3)
    assert parse_date("12 maart 2021") == dt.date(2021, 3, 12)
    assert is_date_line("juliol de 2019")
    assert not is_date_line("Mart Example")


@pytest.mark.parametrize(
    ("line", "programme"),
    [
        ("9h00 – Conférence d’ouverture", True),
        ("13h30", True),
        ("15:30 - 16:00: Workshop", True),
        ("10.30 - Panel", True),
        ("9 am – Registration", True),
        ("10.10.10", False),  # a name of digits
        ("24h Example", False),  # an hour alone before a word: a name
        ("10:00 Example Foundation", False),  # no dash or colon after the time
    ],
)
def test_a_programme_time_is_not_a_signer(line: str, programme: bool) -> None:
    assert (non_organisation_reason(line) == "programme time") is programme


# ---------------------------------------------------------------- claimed counts


@pytest.mark.parametrize(
    ("text", "count", "qualifier", "phrase"),
    [
        (
            "A statement signed by more than 3,500 opposition figures, including",
            3500,
            "more than",
            "more than 3,500 opposition figures",
        ),
        (
            "Some 40 opposition military groups have",
            40,
            "some",
            "Some 40 opposition military groups",
        ),
        (
            "On 3 January, more than 130 Syrian civil society groups wrote",
            130,
            "more than",
            "more than 130 Syrian civil society groups",
        ),
        (
            "100+ Syrian Civil Society Groups Reject",
            100,
            "more than",
            "100+ Syrian Civil Society Groups",
        ),
        ("signed by 57 NGOs.", 57, None, "57 NGOs"),
        ("nearly 200 Syrian activists", 200, "nearly", "nearly 200 Syrian activists"),
        ("at least 12 local councils", 12, "at least", "at least 12 local councils"),
        ("Over 1,000 individuals", 1000, "over", "Over 1,000 individuals"),
        ("Gemeinsame Erklärung von 24 israelischen Organisationen", 24, None,
         "24 israelischen Organisationen"),
        ("un appello di 30 associazioni", 30, None, "30 associazioni"),
        ("firmado por 12 entidades", 12, None, "12 entidades"),
        # counts written in words, in the languages text2num reads
        ("Le quarantaquattro sigle", 44, None, "quarantaquattro sigle"),
        ("More than forty-two organisations signed", 42, "more than",
         "More than forty-two organisations"),
        ("vinte e tr\u00eas entidades assinaram", 23, None, "vinte e tr\u00eas entidades"),
        ("one hundred and twenty groups wrote", 120, None, "one hundred and twenty groups"),
        ("dreiundzwanzig Vereine fordern", 23, None, "dreiundzwanzig Vereine"),
    ],
)  # fmt: skip
def test_find_claimed_counts(text: str, count: int, qualifier: str | None, phrase: str) -> None:
    (claim,) = find_claimed_counts(text)
    assert (claim.count, claim.qualifier, claim.text) == (count, qualifier, phrase)
    assert claim.span is not None
    assert claim.span.slice(text) == phrase


@pytest.mark.parametrize(
    "text",
    [
        "refusing to allow medical access to 765 desperate patients",
        "became the 21st civilian to die",
        "Security Council resolution 2254 groups",  # a resolution number is no count
        "11 times in the UN Security Council",
        "3.5 groups",
        "tens of thousands of civilians",
        "one of the groups",  # "one" claims no count
        "una delle associazioni",
    ],
)
def test_find_claimed_counts_ignores_other_numbers(text: str) -> None:
    assert find_claimed_counts(text) == []


# ------------------------------------------------------------ non-organisation lines


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Warmest regards", "closing formula"),
        ("Sincerely,", "closing formula"),
        ("Best regards,", "closing formula"),
        ("Yours faithfully", "closing formula"),
        ("Kind regards", "closing formula"),
        ("Thank you", "closing formula"),
        ("Your Excellency,", "salutation"),
        ("@snhr", "contact line"),
        ("Info@sn4hr.org", "contact line"),
        ("www.sn4hr.org", "contact line"),
        ("https://stj-sy.org/en/377/", "contact line"),
        ("sn4hr.org", "contact line"),
        ("Tel: +44 20 7946 0000", "contact line"),
        ("+963 11 234 5678", "contact line"),
        ("Jane Roe 536 508 15 14", "contact line"),  # a phone number in groups
        ("İletişim: Jane Roe", "contact line"),
        ("Fotoğraflar: Jane Roe", "credit line"),
        ("Photos: Jane Roe", "credit line"),
        ("Jane Roe, co-founder of Example e.V. Abbildung: John Doe", "credit line"),
        ("Banner Leaderboard 2", "form mark"),  # a template's advertising slot
        ("Chapter 3: Rules of Origin", "document part"),  # a table of contents
        ("Preamble", "document part"),
        ("Capítulo 2. Disposiciones generales", "document part"),
        ("Skyscraper", "form mark"),
        ("Page 3 of 5", "page furniture"),
        ("3", "page furniture"),
        ("- 12 -", "page furniture"),
        ("2254", "page furniture"),
        ("31 January 2018", "date line"),
        ("H.E. Mr. António Guterres", "personal name"),
        ("Signed by:", "heading"),
        (
            "The undersigned organizations believe that such a Conference would not allow "
            "meaningful representation.",
            "prose sentence",
        ),
        ("We urge you not to repeat this mistake", "prose sentence"),
        ("Shughl, hurriya, karama wataniyya", "prose sentence"),
        ("", "blank line"),
        ("Exmo. Sr. Presidente do Tribunal Exemplar, José Exemplo,", "salutation"),
        ("Egregio Presidente della Fondazione Esempio", "salutation"),
        ("By Gabriel Exemplo \u2013 Abuja", "byline"),
        ("By Jane Roe and John Doe", "byline"),
        ("READ ALSO: Example groups call for an audit of the delta", "link text"),
        ("Lire aussi : une tribune des exemples", "link text"),
        ("416.363.0321 ext. 225", "contact line"),
        ("514-277-7223", "contact line"),
        ("Cell: 647.780.9802", "contact line"),
    ],
)
def test_non_organisation_reason(line: str, reason: str) -> None:
    assert non_organisation_reason(line) == reason


@pytest.mark.parametrize(
    "name",
    [
        "Office for the Documentation of Violations in the Southern Region",
        "Sanad for People with Special Needs",
        "Seeds increasing association in Qunaitra",
        "Technical services directorate in Qunaitra",
        "Agriculture engineering syndicate of Daraa",
        "The Syrian Est. for Human Care and Development -MASRRAT",
        "Help4Syria, UK",
        "Zenobia, Syrian Women\u2019s Association",
        "Engineers Association — Hama",
        "Local Development and Small Projects Support (LDSPS)",
        "Syrian Civil Defense (The White Helmets)",
        "الشبكة السورية لحقوق الإنسان",
        "SNHR",
        "Zaad",
        "For All NGO",
        "White Smile Org",
        "Save The Rest Campaign",
        "Example Radio 101 5",  # two groups of digits: no phone number
        "Group 8 of 10",
        "Example Banner Union",
        "Photo Club Example",
        "Title IX Example Coalition",
        "Article 19",  # a name, with no title after it
        "Annex Theatre Company",
    ],
)
def test_organisations_that_look_odd_are_not_rejected(name: str) -> None:
    assert non_organisation_reason(name) is None


# ----------------------------------------------------------------------- list items


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1. Baytna Syria", (1, "Baytna Syria", 3)),
        ("12) Baytna Syria", (12, "Baytna Syria", 4)),
        ("- 8.Association de Soutien", (8, "Association de Soutien", 4)),
        ("8.Association", (8, "Association", 2)),
        ("131..Example Workers Centre", (131, "Example Workers Centre", 5)),  # a typo ".."
        ("(3) Kesh Malek", (3, "Kesh Malek", 4)),
        ("  7. ANA PRESS  ", (7, "ANA PRESS", 5)),
        ("• Kesh Malek", (None, "Kesh Malek", 2)),
        ("- Kesh Malek", (None, "Kesh Malek", 2)),
        ("* Kesh Malek", (None, "Kesh Malek", 2)),
        ("\u2013 Kesh Malek", (None, "Kesh Malek", 2)),
        ("22.", (22, "", 3)),
        ("- 22. ", (22, "", 5)),
    ],
)
def test_split_list_marker(line: str, expected: tuple[int | None, str, int]) -> None:
    assert split_list_marker(line) == expected
    _, item, offset = expected
    if item:
        assert line[offset : offset + len(item)] == item


@pytest.mark.parametrize(
    "line",
    [
        "3.5 million people",
        "2018 was a hard year",
        "1.5",
        "Baytna Syria",
        "-",
        "- ",
        "",
        "x. y",
        "350.org",
        "3... and more",
    ],
)
def test_split_list_marker_rejects_non_items(line: str) -> None:
    assert split_list_marker(line) is None


def test_iter_lines_offsets_index_the_text() -> None:
    text = "a\r\nbb\n\nccc"
    lines = list(iter_lines(text))
    assert [line for _, line in lines] == ["a", "bb", "", "ccc"]
    assert all(text[off : off + len(line)] == line for off, line in lines)


# ------------------------------------------------------------------ signatory lists


# ------------------------------------------------------------- acronym definitions


def test_find_acronym_definitions() -> None:
    text = (
        "The Syrian Network for Human Rights (SNHR), founded in June 2011, works with "
        "the Local Administration Councils Unit (LACU) and with partners (UN)."
    )
    found = find_acronym_definitions(text)
    assert [(d.name, d.acronym, d.text) for d in found] == [
        ("Syrian Network for Human Rights", "SNHR", "Syrian Network for Human Rights (SNHR)"),
        (
            "Local Administration Councils Unit",
            "LACU",
            "Local Administration Councils Unit (LACU)",
        ),
    ]
    for d in found:
        assert text[d.start : d.start + len(d.text)] == d.text


def test_contact_pattern_is_linear_on_long_lines() -> None:
    """A 200 kB line of word characters once took minutes (quadratic backtracking); a
    bound on the repeats keeps it linear."""
    assert non_organisation_reason("ab" * 100_000 + " info@example.org") == "contact line"


@pytest.mark.parametrize(
    "name",
    ["Republic of Korea", "Islamic Republic of Iran", "United Republic of Tanzania",
     "the Democratic Republic of the Congo", "Republic of Moldova"],
)  # fmt: skip
def test_country_names_registries_write_inverted_are_countries_as_written(name: str) -> None:
    """ISO writes "Korea, Republic of"; a statement writes "Republic of Korea"."""
    assert default_signer_words().is_country(name)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("25 / نيسان / أبريل / 2023", True),  # both month names, slashes between
        ("25 أبريل 2016", True),
        ("\u0662\u0665 \u0623\u0628\u0631\u064a\u0644 \u0662\u0660\u0661\u0666", True),
        ("مؤسسة أيار للتنمية", False),
    ],
)  # fmt: skip
def test_arabic_date_lines(line: str, date: bool) -> None:
    """Arabic dates: a day, one or two month names (Levantine and Egyptian), a year; a
    body named after a month ("مؤسسة أيار للتنمية") is no date."""
    assert is_date_line(line) is date


# ------------------------------------------------------------------ number words


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("vinte e três entidades", {2: (23, 0)}),  # one number, not 20 and 3
        ("forty two groups and the two others", {1: (42, 0), 5: (2, 5)}),
        ("Zwölf Verbände", {0: (12, 0)}),
        ("the Velmar groups", {}),
    ],
)
def test_number_phrases_reads_whole_phrases(
    words: str, expected: dict[int, tuple[int, int]]
) -> None:
    assert number_phrases(words.split()) == expected


def test_claimed_counts_reads_a_phrase_as_one_count() -> None:
    # "vinte e três": 23, beyond the counted-list limit, so no count; never 3 nor 20
    assert claimed_counts("vinte e três entidades assinaram") == set()
    assert claimed_counts("sette associazioni ambientaliste") == {7}
