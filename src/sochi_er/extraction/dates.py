"""Dates written in the common forms: "January 3, 2018", "31 January 2018", "Friday 5 Jan
2018", "2018-01-05T15:38:02", and a day, a month's name and a year in French, Spanish,
Italian, German, Portuguese and Dutch ("3 settembre 2009", "le 1er mars 2020", "3 de
septiembre de 2009", "3. September 2009"). Offsets index the string given."""

from __future__ import annotations

import datetime as dt
import re

from sochi_er.extraction.lexicons import default_signer_words

__all__ = [
    "DATE_PART",
    "find_dates",
    "is_date_line",
    "is_dateline_place",
    "is_programme_time",
    "parse_date",
]

_DASHES = "\u2013\u2014"  # en and em dash

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
#: Month names of other languages, for telling a date that follows a name (not parsed).
_OTHER_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    "septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|"
    "giugno|luglio|settembre|ottobre|dicembre|januar|februar|märz|maerz|juni|juli|"
    "oktober|dezember|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|"
    "novembro|dezembro|januari|februari|maart|mei|augustus|ocak|şubat|subat|mart|nisan|"
    "may\u0131s|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kas\u0131m|kasim|aral\u0131k|aralik|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|"
    "października|pazdziernika|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|"
    "lipiec|sierpień|wrzesień|październik|listopad|grudzień|gener|febrer|març|maig|juny|"
    "juliol|agost|setembre|desembre"
)
#: A whole part of a signatory line that is a date or a year ("Aug 4", "2019",
#: "4 août", "04/08/2019", "2019-08-04"): when the signer signed, not who.
DATE_PART = re.compile(
    rf"^(?:(?:19|20)\d\d|(?:{_MONTH[:-3]}|{_OTHER_MONTHS})\.?\s+[0-3]?\d(?:st|nd|rd|th)?"
    rf"|[0-3]?\d(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:{_MONTH[:-3]}|{_OTHER_MONTHS})\.?"
    rf"(?:\s+(?:de\s+)?(?:19|20)\d\d)?"
    r"|[0-3]?\d[./-][01]?\d[./-](?:19|20)?\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)$",
    re.IGNORECASE,
)
_WEEKDAY = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tues|tue|wed|thurs|thu|fri|sat|sun)\.?"
)
# A word may start right after a lower-case letter when it is capitalised: "readJan 4".
_WORD_START = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>(?:19|20)\d\d)(?!\d)"
#: Month names of other languages by number, for "3 settembre 2009" and the like (with
#: the German and Dutch spellings English shares, for "3. September 2009").
_FOREIGN_MONTHS = {
    name: k
    for k, names in enumerate(
        (
            "janvier enero gennaio januar janeiro januari ocak stycznia styczeń gener",
            "février fevrier febrero febbraio februar fevereiro februari şubat subat lutego"
            " luty febrer",
            "mars marzo märz maerz março marco maart mart marca marzec març",
            "avril abril aprile april nisan kwietnia kwiecień",
            "mai mayo maggio maio mei may\u0131s mayis maja maj maig",
            "juin junio giugno juni junho haziran czerwca czerwiec juny",
            "juillet julio luglio juli julho temmuz lipca lipiec juliol",
            "août aout agosto augustus august ağustos agustos sierpnia sierpień agost",
            "septembre septiembre setiembre settembre setembro september eylül eylul"
            " września wrzesnia wrzesień setembre",
            "octobre octubre ottobre oktober outubro ekim października pazdziernika październik",
            "noviembre novembro november kas\u0131m kasim listopada listopad",
            "décembre decembre diciembre dicembre dezember dezembro december aral\u0131k aralik"
            " grudnia grudzień desembre",
        ),
        1,
    )
    for name in names.split()
}
_FOREIGN_MONTH = "(?i:{})".format("|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True)))
_DATE_RE = re.compile(
    rf"{_WORD_START}(?:{_WEEKDAY},?\s+)?"
    rf"(?:"
    rf"(?P<m1>{_MONTH})\s+{_DAY.format(n='d1')},?\s+{_YEAR.format(n='y1')}"
    rf"|{_DAY.format(n='d2')}(?:\s+of)?\s+(?P<m2>{_MONTH}),?\s+{_YEAR.format(n='y2')}"
    # "3 settembre 2009", "1er mars 2020", "3 de septiembre de 2009", "3. Mai 2024"
    rf"|(?P<d4>[0-3]?\d)(?:er|º|°|\.)?\s+(?:de\s+)?(?P<m4>{_FOREIGN_MONTH})"
    rf"(?![^\W\d_])\s+(?:de\s+)?{_YEAR.format(n='y4')}"
    rf")"
    rf"|(?<![\d-])(?P<y3>(?:19|20)\d\d)-(?P<mo3>[01]\d)-(?P<d3>[0-3]\d)"
    rf"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d])"
)


def _date_of(match: re.Match[str]) -> dt.date | None:
    if match.group("y3"):
        year, month, day = int(match["y3"]), int(match["mo3"]), int(match["d3"])
    elif match.group("y4"):
        year, month, day = int(match["y4"]), _FOREIGN_MONTHS[match["m4"].lower()], int(match["d4"])
    else:
        month_word = match["m1"] or match["m2"]
        month = _MONTHS[month_word.rstrip(".").lower()]
        day = int(match["d1"] or match["d2"])
        year = int(match["y1"] or match["y2"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """Every valid date written in *text*, as ``(date, start, end)`` in text order.

    The span covers the whole written form, weekday included ("Wednesday, January 31,
    2018"). Impossible dates ("February 30, 2018") are not reported.
    """
    found: list[tuple[dt.date, int, int]] = []
    for match in _DATE_RE.finditer(text):
        date = _date_of(match)
        if date is not None:
            found.append((date, match.start(), match.end()))
    return found


def parse_date(text: str) -> dt.date | None:
    """The date a short string states (the first one if it names several); ``None`` if none."""
    dates = find_dates(text)
    return dates[0][0] if dates else None


#: Days of the week, in lower case: "jeudi 31 mars 2016" is a date line too.
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "  # noqa: SIM905
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
    "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi "
    "sabato domenica montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "pazartesi sal\u0131 sali çarşamba carsamba perşembe persembe cuma cumartesi pazar".split()
)

#: Words that open a phrase of time before its date, weekday or month ("On Monday",
#: "Last Friday", "In July", "Il 3 maggio", "Am Montag"), and words of time alone.
_TIME_OPENERS = frozenset(
    "on in at last this next early late since until el le il lo la am im au en a em no na "  # noqa: SIM905
    "op de del nel ce cet cette".split()
)
_TIME_WORDS = frozenset(
    "yesterday today tonight ieri oggi stamattina hoy ayer hier aujourd'hui gestern heute "  # noqa: SIM905
    "ontem hoje gisteren vandaag dün bugün week weekend morning afternoon evening mattina "
    "pomeriggio sera mañana tarde matin soir".split()
)


def is_time_phrase(text: str) -> bool:
    """Whether *text* only says when: a date, a weekday, a month or a word of time, maybe
    after one or two words that open such a phrase ("On Monday", "Last Friday", "In July",
    "On 12 May", "Ieri mattina"): a sentence's opening adverbial, never a signer."""
    words = text.strip(" \t,.:;").split()
    while words and words[0].casefold() in _TIME_OPENERS and len(words) > 1:
        words = words[1:]
    rest = " ".join(words)
    if not rest:
        return False
    if all(w in WEEKDAYS or w in _TIME_WORDS or w in _MONTHS or w in _FOREIGN_MONTHS
           for w in rest.casefold().split()):  # fmt: skip
        return True
    return DATE_PART.fullmatch(rest) is not None or is_date_line(rest)


#: Words a date line may hold besides its date: "Date:", a weekday, the year's word
#: after it (Polish "roku", "r.", Turkish "yili", Russian "goda", "g.", Serbo-Croatian
#: "godine").
_DATE_WORDS = (
    frozenset({"", "date", "dated", "on", "roku", "r", "yili", "y\u0131l\u0131", "godine"})
    # "vom 02.03.2016", "du 12 mars", "Posted 3 May 2024": a page's dates of its items
    | frozenset({"vom", "am", "du", "le", "del", "dal", "from", "posted", "updated", "published"})
    # "Posted on 13 Mar, 2015", "Pubblicato il 3 maggio 2024", "Publié le 2 mai 2024"
    | frozenset({"posted on", "updated on", "published on", "last updated", "last updated on"})
    | frozenset({"pubblicato il", "aggiornato il", "publié le", "mis à jour le", "publicado el"})
    | frozenset({"publicado em", "veröffentlicht am", "aktualisiert am", "gepubliceerd op"})
    | frozenset({"\u0433\u043e\u0434\u0430", "\u0433"})
    | WEEKDAYS
)


#: Month names in Arabic: the Levantine and Iraqi ones (كانون الثاني, شباط, ...) and the
#: Egyptian and Gulf ones (يناير, فبراير, ...), often written side by side.
_ARABIC_MONTHS = (
    "كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين الأول|"
    "تشرين الاول|تشرين الثاني|كانون الأول|كانون الاول|يناير|فبراير|مارس|أبريل|ابريل|إبريل|"
    "مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
)
#: A date written in Arabic: a day, one or two month names, maybe a year, with spaces,
#: slashes or dashes between, in Western or Arabic-Indic digits.
_ARABIC_DATE = re.compile(
    rf"^[0-9\u0660-\u0669]{{1,2}}\s*[/-]?\s*(?:{_ARABIC_MONTHS})"
    rf"(?:\s*[/-]?\s*(?:{_ARABIC_MONTHS}))?"
    r"(?:\s*[/-]?\s*[0-9\u0660-\u0669]{4})?\s*$"
)


def is_date_line(line: str) -> bool:
    """Whether *line* states a date and nothing else (besides "Date:" and punctuation), or
    is a letter's dateline: a place, a comma, then a day and a month ("Paris, le 20
    novembre 2013", "Berlin, 3. Mai 2024")."""
    stripped = line.strip()
    dateline = _DATELINE.match(stripped)
    date = dateline["date"].rstrip(" .") if dateline is not None else ""
    if dateline is not None and (
        _MONTH_DATE.match(date) or _MONTH_YEAR.match(date)  # "Florianópolis, outubro de 2011"
    ):
        # "Paris, le 20 novembre 2013", "Roma, 9 dicembre 2014"; a signer's line with its
        # date ("Example Network, 9 May 2019") has no article and a name of two words
        return (
            bool(dateline["article"])
            or " " not in dateline["place"]
            or default_signer_words().is_city(dateline["place"])  # "Vila Velmar, 27 de março"
        )
    if _MONTH_YEAR.match(stripped.rstrip(" .")) or _NUMERIC_DATE.match(stripped):
        return True  # "dezembro de 2017", "March 2024": a dateline's month; "05/04/2018"
    first, _, numeric = stripped.partition(" ")
    if first.lower() in _DATE_WORDS and _NUMERIC_DATE.match(numeric.strip(" -" + _DASHES)):
        return True  # "vom 02.03.2016 -": a related article's date
    if _ARABIC_DATE.match(stripped):
        return True  # "25 / نيسان / أبريل / 2023", "٢٥ أبريل ٢٠١٦"
    dates = find_dates(stripped)
    if len(dates) != 1:
        return False
    _, start, end = dates[0]
    rest = (stripped[:start] + stripped[end:]).strip(" \t.,:;()" + _DASHES)
    return rest.lower() in _DATE_WORDS


#: A time of day ("9h00", "13h30", "15:30", "10.30", "9 am", "9h -"): minutes, or an
#: hour alone only before a dash or a colon ("24h Example" is a name; "10.10.10" too).
_CLOCK = (
    r"(?:[01]?\d|2[0-3])(?:\s?[h:]\s?[0-5]\d|\.[0-5]\d(?![.\d])|\s?h(?=\s*(?:[-\u2013\u2014:]|$))"
    r"|\s?(?:am|pm|a\.m\.|p\.m\.)(?![^\W\d_]))(?:\s?(?:am|pm|a\.m\.|p\.m\.|uhr)(?![^\W\d_]))?"
)
_PROGRAMME_LINE = re.compile(
    rf"^\s*{_CLOCK}(?:\s*(?:[-\u2013\u2014]|to|à|a|bis|alle)\s*{_CLOCK})?\s*(?:[-\u2013\u2014:]|$)",
    re.IGNORECASE,
)


def is_programme_time(line: str) -> bool:
    """Whether *line* opens with a time of day, alone or before a dash or a colon ("9h00 -
    Opening talk", "13h30", "15:30 - 16:00: Workshop"): a programme's entry, not a signer."""
    return _PROGRAMME_LINE.match(line) is not None


def is_dateline_place(line: str) -> bool:
    """Whether *line* is a dateline's place alone, its date on the next line: a known
    city and a comma ("Vila Velmar,")."""
    stripped = line.strip()
    return stripped.endswith(",") and default_signer_words().is_city(stripped[:-1].strip())


#: A letter's dateline: its place (one to four capitalised words), a comma, an article
#: at most, then what may be a date.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z\u00c0-\u00de][\w'\u2019.-]*(?:[\s-]+[A-Z\u00c0-\u00de][\w'\u2019.-]*){0,3})"
    r"\s*,\s*(?:(?P<article>le|den|am|il|el|lo|on|the|em|a)\s+)?(?P<date>\S.*)$"
)
#: A date in digits alone: "05/04/2018", "5.4.2018", "05/04/18" (not "10.10.10", a name).
_NUMERIC_DATE = re.compile(r"^[0-3]?\d([./-])[01]?\d\1(?:19|20)\d\d\.?$|^[0-3]?\d/[01]?\d/\d\d$")
#: A month's name and a year, alone: "dezembro de 2017", "March 2024".
_MONTH_YEAR = re.compile(
    rf"^(?:{_MONTH[:-3]}|{_OTHER_MONTHS})\.?,?\s+(?:de\s+)?(?:19|20)\d\d$", re.IGNORECASE
)
#: A day and a month written as a word, and a year at most ("20 novembre 2013").
_MONTH_DATE = re.compile(
    rf"^[0-3]?\d(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?:{_MONTH[:-3]}|{_OTHER_MONTHS})\.?"
    rf"(?:\s+(?:de\s+)?(?:19|20)\d\d)?$",
    re.IGNORECASE,
)
