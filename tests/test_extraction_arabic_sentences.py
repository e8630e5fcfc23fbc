"""Enumerations inside Arabic sentences, which have no capitals to bound a name, studied
on the blind rounds up to 146 (news reports of joint statements in Arabic), each rule on
invented names: the names between Arabic commas, each "and" (و) read off; the first
after "among them" or at its organisation word; quoted names joined by "and"; short
names without an organisation word between two with one; the last one cut where the
sentence goes on after a dash or "alongside"."""

from __future__ import annotations

import pytest
from extraction_helpers import PROSE, read_text

from sochi_er.extraction.arabic_enumeration import find_arabic_enumeration
from sochi_er.extraction.lexicons import default_signer_words

#: A paragraph after the one studied, so that no sentence is the text's closing line.
_AFTER = (
    "\n\nThe meeting will take place next week in the town hall, and everyone who wants "
    "to come is welcome to attend it.\n"
)


def _organisations(text: str) -> list[str]:
    return [e.name for e in read_text(PROSE + text + _AFTER).organisations]


def _enumerated(text: str) -> list[str]:
    names = find_arabic_enumeration(text, 0, len(text), default_signer_words())
    return [text[n.start : n.end] for n in names]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            # signed the statement: A, and B, and C, and D
            "وقع على البيان جمعية فلمار للتنمية، ومركز تارو للدراسات، ومنظمة كوينبي، "
            "وشبكة أورسل لحقوق الإنسان.",
            [
                "جمعية فلمار للتنمية",
                "مركز تارو للدراسات",
                "منظمة كوينبي",
                "شبكة أورسل لحقوق الإنسان",
            ],
        ),
        (
            # the organisations demanded, among them A, and B, and C - in a joint memo
            "وطالبت المنظمات ومن بينها فلمارس، ومنظمة تارو الدولية، ومركز كوينبي للعدالة، "
            "ومبادرة أورسل – في مذكرة مشتركة للحكومة.",
            ["فلمارس", "منظمة تارو الدولية", "مركز كوينبي للعدالة", "مبادرة أورسل"],
        ),
        (
            # among the signers of the statement "A" and "B" and "C" alongside other groups
            'ومن الموقعين على البيان "فلمار الدولية" و"أطباء تارو" و"كوينبي للإغاثة" '
            "إلى جانب منظمات محلية.",
            ["فلمار الدولية", "أطباء تارو", "كوينبي للإغاثة"],
        ),
    ],
)
def test_names_of_an_arabic_sentence(text: str, names: list[str]) -> None:
    """Each name whole, without its "and", its quotes or what follows the last one."""
    assert _enumerated(text) == names


def test_an_arabic_sentence_read_in_a_document() -> None:
    """Read whole, a page whose only list is such a sentence gives its names."""
    text = (
        "وقع على البيان جمعية فلمار للتنمية، ومركز تارو للدراسات، ومنظمة كوينبي، "
        "وشبكة أورسل لحقوق الإنسان."
    )
    assert _organisations(text) == [
        "جمعية فلمار للتنمية",
        "مركز تارو للدراسات",
        "منظمة كوينبي",
        "شبكة أورسل لحقوق الإنسان",
    ]


def test_short_names_without_an_organisation_word_between_two_with_one() -> None:
    """ "..., وفلمار ووتش، ومنظمة تارو، ...": a short plain name (a transliterated one)
    is taken between names with an organisation word, and at the sentence's end."""
    text = "وقع على البيان جمعية فلمار، وتارو ووتش، ومنظمة كوينبي، ومركز أورسل، ونجدة فلمار."
    assert _enumerated(text) == [
        "جمعية فلمار",
        "تارو ووتش",
        "منظمة كوينبي",
        "مركز أورسل",
        "نجدة فلمار",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no statement or collective word: "A, B and C met in the city"
        "اجتمعت جمعية فلمار، ومركز تارو، ومنظمة كوينبي في المدينة يوم الأحد الماضي.",
        # one name known by its words: clauses after commas are no names
        "وقع على البيان جمعية فلمار، وأكدت أن الوضع خطير، وطالبت الحكومة بالتدخل، "
        "وقالت إن ذلك ضروري.",
    ],
)
def test_no_enumeration_without_signers_or_names(text: str) -> None:
    """A sentence that does not say who signs, or whose pieces are clauses, gives none."""
    assert _enumerated(text) == []


def test_a_sentence_without_arabic_letters_is_not_read() -> None:
    """The reader is for the Arabic script only: a Latin sentence gives nothing."""
    text = "Signed by: Velmar Aid, Tarrow Trust, Quenby Centre."
    assert _enumerated(text) == []


def test_a_count_before_the_organisation_word_is_no_name() -> None:
    """ "وقعت 73 منظمة حقوقية، بينها "A" و"B" و"C"": the counted noun is no name; the
    names start after "among them" and run over the quoted names joined by "and"."""
    text = (
        'وقعت 73 منظمة حقوقية وإنسانية، بينها "شبكة فلمار" و"رابطة تارو" و"مركز كوينبي"، '
        "وغيرها بيانا مشتركا."
    )
    assert _enumerated(text) == ["شبكة فلمار", "رابطة تارو", "مركز كوينبي"]


def test_single_words_between_commas_are_no_names() -> None:
    """A Persian sentence listing rights word by word ("assembly, protest and strike")
    after its signers' statement: an organisation word alone is no name."""
    text = "در این بیانیه بر حق تجمع، اعتراض، و حق اعتصاب تاکید شد و سرکوب فعالان را محکوم کردند."
    assert _enumerated(text) == []


def test_a_sentence_mostly_in_another_script_is_not_read() -> None:
    """An Arabic hashtag in a Spanish sentence does not make it Arabic."""
    text = (
        "Firmamos #ليست_جامعتي, desde la Red Velmar, la Asociación Tarrow, el Sindicato "
        "Quenby y la Federación Orsl."
    )
    assert _enumerated(text) == []


def test_a_persian_enumeration_in_one_quotation() -> None:
    """ "«A، B، C و D» با انتشار بیانیه‌ای مشترک": Persian commas, the spaced "and"
    before the last name's organisation word, the quotation closed after it."""
    text = (
        "«انجمن صنفی فلمار، سندیکای کارگران تارو، کانون مدافعان کوینبی و اتحادیه آزاد اورسل» "
        "با انتشار بیانیه ای مشترک از اعتراضات حمایت کردند."
    )
    assert _enumerated(text) == [
        "انجمن صنفی فلمار",
        "سندیکای کارگران تارو",
        "کانون مدافعان کوینبی",
        "اتحادیه آزاد اورسل",
    ]


def test_quoted_names_after_their_kind_after_a_colon() -> None:
    """'الجمعيات التي شاركت هي: "A"، تجمع "B"، جمعية "C"': the colon opens the names,
    each a quoted name after the word of its kind; the straight quotation mark before
    a name opens it, it does not close the enumeration."""
    text = (
        'أما الجمعيات التي شاركت في إعداد الوثيقة هي: "اتحاد فلمار"، تجمع "تارو الجديد"، '
        'جمعية "كوينبي"، جمعية "أورسل للتنمية".'
    )
    assert _enumerated(text) == [
        "اتحاد فلمار",
        'تجمع "تارو الجديد"',
        'جمعية "كوينبي"',
        'جمعية "أورسل للتنمية"',
    ]


def test_plain_names_after_a_colon_or_each_of() -> None:
    """ "... هي: A، B، C، D ومبادرة E، في بيان": after a colon (or "each of") the names
    need no organisation word, however many; a collective noun and an opening quotation
    mark after "each of" are no part of the first name, and a name that reads as a
    person's ("أمل ...") is a group's; "و" that opens a name of its own ("وفاق") stays
    when the writer puts no "and" before the other names."""
    colon = (
        "حذر عدد من الجمعيات في فلمار هي: لجنة تارو، سنابل النور، البشائر، رواد كوينبي، "
        "في بيان، من إثارة الفتن."
    )
    assert _enumerated(colon) == ["لجنة تارو", "سنابل النور", "البشائر", "رواد كوينبي"]
    each_of = (
        "ووقع على البيان كل من منظمات “أفاق فلمار، إعمار تارو، أمل أفضل لكوينبي، وفاق، "
        "بداية أورسل”."
    )
    assert _enumerated(each_of) == [
        "أفاق فلمار",
        "إعمار تارو",
        "أمل أفضل لكوينبي",
        "وفاق",
        "بداية أورسل",
    ]


#: Five invented Arabic names, each opening with an organisation word (two with the
#: article, one a plural in construct, "اتحاد المنظمات" one name), run together.
_RUN_TOGETHER = [
    "الرابطة الفلمارية للدفاع عن حقوق الإنسان",
    "لجان الدفاع عن الحريات وحقوق الإنسان في تارو",
    "المرصد الكوينبي لحقوق الإنسان",
    "اتحاد المنظمات الأهلية في مارو (الراصد)",
    "المنظمة الوطنية للحقوق في فلمار",
]


def test_arabic_names_run_together_after_a_cue_line() -> None:
    """A line of Arabic names with no separator between them after a cue: each name
    opens at an organisation word that follows neither another one nor a preposition
    or "and"; a bare organisation word at the end (a name cut off) is no name."""
    text = "المنظمات الموقعة على البيان:\n\n" + " ".join(_RUN_TOGETHER) + " مركز\n"
    assert [e.name for e in read_text(PROSE + text).organisations] == _RUN_TOGETHER


def test_arabic_names_run_together_after_a_colon_in_a_sentence() -> None:
    """The same names after "the organisations that signed the statement are:" inside a
    paragraph; without a collective noun before the colon they are no list."""
    lead = "طالبت عدة منظمات حقوقية الحكومة برفع حالة الطوارئ. "
    signed = "جدير بالذكر أن المنظمات الموقعة للبيان هي: " + " ".join(_RUN_TOGETHER)
    assert [e.name for e in read_text(PROSE + lead + signed + _AFTER).organisations] == (
        _RUN_TOGETHER
    )
    plain = "جدير بالذكر أن الموضوع هو: " + " ".join(_RUN_TOGETHER)
    assert read_text(PROSE + lead + plain + _AFTER).organisations == ()


def test_names_after_with_the_signature_of() -> None:
    """ "جاء ذلك في بيان ...، أطلع عليه "X"، ممهورا بتوقيع A،B، C": the names start after
    "with the signature of" (بتوقيع), not at the quoted news site before it, and the
    first keeps its plural organisation word ("لجان", committees)."""
    names = [
        "لجان أحياء فلمار",
        "تنسيقية شرق تارو",
        "تجمع لجان أحياء كوينبي",
        "تنسيقيات لجان مقاومة مدينة مارو",
    ]
    text = (
        "جاء ذلك خلال بيان صادر، الخميس، أطلع عليه ”فلمار نيوز”، ممهورا بتوقيع "
        + "،".join(names[:3]) + "، " + names[3] + "."
    )
    assert [e.name for e in read_text(PROSE + text + _AFTER).organisations] == names


def test_names_after_the_signers_in_a_list_that_included_them() -> None:
    """ "وشملت القائمة الموقعون، A ،B، C": the signers (الموقعون) are a statement word
    before the names, so the enumeration after them is the list."""
    names = [
        "اللجنة المركزية للمختبرات في فلمار",
        "نقابة أطباء تارو",
        "تجمع أساتذة جامعة كوينبي",
        "تجمع المهندسين في مارو",
    ]
    text = "وشملت القائمة الموقعون، " + names[0] + " ،" + "، ".join(names[1:]) + "."
    assert [e.name for e in read_text(PROSE + text + _AFTER).organisations] == names
