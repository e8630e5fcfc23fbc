"""Each normalisation step on its own, then the composed NameForm (typographic dashes and
quotes are the point, hence RUF001 off)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sochi_er.linkage.normalise import (
    acronym_like,
    fold,
    fold_arabic,
    fold_latin,
    initials,
    normalise_name,
    split_alias_parts,
    split_place,
    strip_leading_article,
    tokenize,
    unify_punctuation,
    unify_spelling,
    words_for_digits,
)


def test_fold_is_nfkc_and_casefold() -> None:
    assert fold("Syrian\u00a0NETWORK") == "syrian network"
    assert fold("ﬁre") == "fire"


def test_fold_latin_strips_accents_but_keeps_arabic() -> None:
    assert fold_latin("António Guterres") == "Antonio Guterres"
    arabic = "الشبكة السورية"
    assert fold_latin(arabic) == arabic
    assert fold_latin("Café الشبكة") == "Cafe الشبكة"


def test_fold_arabic_orthography() -> None:
    assert fold_arabic("الإنسان") == "الانسان"  # hamza under alef -> bare alef
    assert fold_arabic("السورية") == "السوريه"  # taa marbuta -> haa
    assert fold_arabic("مستشفى") == "مستشفي"  # alef maqsura -> yaa
    assert fold_arabic("حُقُوق") == "حقوق"  # diacritics dropped
    assert fold_arabic("شـــبكة") == "شبكه"  # tatweel dropped
    assert fold_arabic("مؤسسة") == "موسسه"


def test_unify_punctuation() -> None:
    assert unify_punctuation("A — B – C") == "A - B - C"
    assert unify_punctuation("Women’s") == "Women's"
    assert unify_punctuation("Peace & Justice") == "Peace  and  Justice"


def test_split_alias_parts() -> None:
    assert split_alias_parts("syrian american council (sac)") == (
        "syrian american council",
        ("sac",),
    )
    assert split_alias_parts("zaad - syrische jeugd forum") == ("syrische jeugd forum", ("zaad",))
    assert split_alias_parts("the est for care -masrrat") == ("the est for care", ("masrrat",))
    # a hyphen inside a word is not a separator
    assert split_alias_parts("al-gouta youth team") == ("al-gouta youth team", ())


def test_tokenize_splits_glued_digits_and_possessives() -> None:
    assert tokenize("help4syria") == ["help", "4", "syria"]
    assert tokenize("women's network") == ["women", "network"]
    assert tokenize("detainees' voice") == ["detainees", "voice"]
    assert tokenize("syrian est. for care") == ["syrian", "est", "for", "care"]


def test_words_for_digits_only_between_words() -> None:
    assert words_for_digits(["help", "4", "syria"]) == ["help", "for", "syria"]
    assert words_for_digits(["back", "2", "school"]) == ["back", "to", "school"]
    assert words_for_digits(["group", "4"]) == ["group", "4"]
    assert words_for_digits(["resolution", "2254"]) == ["resolution", "2254"]


def test_unify_spelling() -> None:
    assert unify_spelling(["civil", "defence"]) == ["civil", "defense"]
    assert unify_spelling(["organisation", "centre"]) == ["organization", "center"]
    assert unify_spelling(["supervised", "raised"]) == ["supervised", "raised"]


def test_strip_leading_article() -> None:
    assert strip_leading_article(["the", "day", "after"]) == ["day", "after"]
    assert strip_leading_article(["the"]) == ["the"]
    assert strip_leading_article(["save", "the", "rest"]) == ["save", "the", "rest"]


@pytest.mark.parametrize(
    ("tokens", "after_comma", "expected"),
    [
        (["syria", "solidarity", "uk"], False, (["syria", "solidarity"], "uk")),
        (["help", "for", "syria", "uk"], False, (["help", "for", "syria"], "uk")),
        (["working", "group", "for", "syria"], False, (["working", "group", "for", "syria"], None)),
        (["baytna", "syria"], False, (["baytna", "syria"], None)),
        (["help", "for", "syria", "london"], True, (["help", "for", "syria"], "london")),
        (["human", "rights", "watch"], False, (["human", "rights", "watch"], None)),
    ],
)
def test_split_place(
    tokens: list[str], after_comma: bool, expected: tuple[list[str], str | None]
) -> None:
    assert split_place(tokens, after_comma) == expected


def test_initials_skip_stop_words() -> None:
    assert initials(["syrian", "network", "for", "human", "rights"]) == "snhr"
    assert initials(["syrians", "for", "truth", "and", "justice"]) == "stj"
    assert initials(["single"]) == ""


def test_acronym_like() -> None:
    assert acronym_like("SNHR")
    assert acronym_like("LACU")
    assert not acronym_like("Zaad")
    assert not acronym_like("ANA PRESS")


@pytest.mark.parametrize(
    "variants",
    [
        ["Help4Syria, UK", "Help 4Syria UK"],
        ["Scotland4Syria", "Scotland for Syria"],
        ["Syrian Civil Defence (The White Helmets)", "Syrian Civil Defense (The White Helmets)"],
        ["Zaad — Syrische Jeugd Forum", "Syrische Jeugd Forum (Zaad)"],
        ["Syrian Women Network", "Syrian Women's Network"],
        ["Engineers Association — Hama", "Engineers Association - Hama"],
        ["Zenobia, Syrian Women’s Association", "Zenobia, Syrian Women's Association"],
    ],
)
def test_variants_share_one_form(variants: list[str]) -> None:
    keys = {normalise_name(v).key for v in variants}
    assert len(keys) == 1


def test_name_form_attributes() -> None:
    f = normalise_name("Local Administration Councils Unit (LACU)")
    assert f.core == "local administration councils unit"
    assert f.acronym == "lacu" and f.initials == "lacu"
    g = normalise_name("Peace and Justice for Syria, London")
    assert (g.core, g.place) == ("peace and justice for syria", "london")
    h = normalise_name("The Syrian Est. for Human Care and Development -MASRRAT")
    assert h.core == "syrian est for human care and development"
    assert h.aliases == ("masrrat",)
    assert normalise_name("Help4Syria").core == normalise_name("Help4Syria, UK").core
    assert normalise_name("Help4Syria").place is None


def test_arabic_is_normalised_never_deleted() -> None:
    f = normalise_name("الشبكة السورية لحقوق الإنسان")
    assert f.arabic
    assert f.core == "الشبكه السوريه لحقوق الانسان"
    assert f.initials == ""


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_fast_path_folds_like_nfkc_casefold(text: str) -> None:
    assert fold(text) == unicodedata.normalize("NFKC", text).casefold()


@given(
    st.text(
        alphabet=st.sampled_from([*"ab -'&\"`()", "\u2013", "\u2014", "\u2019", "\u201c"]),
        max_size=30,
    )
)
def test_unify_punctuation_is_the_documented_sequence(text: str) -> None:
    expected = re.sub(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]", "-", text)
    expected = re.sub(r"[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC]", "'", expected)
    expected = re.sub(r"[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\"]", " ", expected)
    assert unify_punctuation(text) == expected.replace("&", " and ")


def test_split_alias_parts_fast_path_matches_the_general_rule() -> None:
    assert split_alias_parts("syrian women network.") == ("syrian women network", ())
    assert split_alias_parts("  ,. ") == (",.", ())  # no word: the stripped text
    assert split_alias_parts("women now - wn") == ("women now", ("wn",))


def test_the_azerbaijani_schwa_is_a_letter_not_a_word_break() -> None:
    from sochi_er.linkage.normalise import words

    assert words("Azərbaycan Dövlət Universiteti") == ["azerbaycan", "dovlet", "universiteti"]


def test_written_abbreviations_are_spelled_out_in_names_of_several_words() -> None:
    """Written "Dept." / "Lab" / "Inst." stand for their word inside a name; a name of one word
    is left as written (it may be an acronym: "LAB")."""
    from sochi_er.linkage.normalise import normalise_name

    short = normalise_name("Tarrow Valley Dept. of Roads")
    assert short.core == normalise_name("Tarrow Valley Department of Roads").core
    assert normalise_name("Quenby State Key Lab").core == "quenby state key laboratory"
    assert normalise_name("Inst. Velmic Studies").core == "institute velmic studies"
    assert normalise_name("LAB").core == "lab"
