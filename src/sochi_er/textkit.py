"""Format-agnostic text helpers shared by every parser plugin.

- :func:`parse_date` / :func:`find_dates`: dates written in the common English forms
  ("January 3, 2018", "31 January 2018", "Friday 5 Jan 2018", "2018-01-05T15:38:02").
- :func:`find_claimed_counts`: what a text says of how many signed ("more than 130
  Syrian civil society groups", "100+ Syrian Civil Society Groups").
- :func:`non_organisation_reason`: why a line standing where a signatory could be is not
  an organisation (closing formula, contact line, page furniture, prose sentence...).
- :func:`split_list_marker`: recognise a numbered or bulleted list item line.
- :func:`read_signatory_list`: find and read the signatory block of a plain text.
- :func:`find_acronym_definitions`: "Full Name (ACR)" pairs in prose.

Every offset is a character offset into the string the function was given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from attrs import frozen

from sochi_er.records import ClaimedCount, Span

__all__ = [
    "AcronymDefinition",
    "ListGap",
    "ListItem",
    "SignatoryList",
    "SkippedLine",
    "find_acronym_definitions",
    "find_claimed_counts",
    "find_dates",
    "is_date_line",
    "iter_lines",
    "non_organisation_reason",
    "parse_date",
    "read_signatory_list",
    "split_list_marker",
]

_DASHES = "\u2013\u2014"  # en and em dash


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# --------------------------------------------------------------------------- dates

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
_WEEKDAY = (
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tues|tue|wed|thurs|thu|fri|sat|sun)\.?"
)
# A word may start right after a lower-case letter when it is capitalised: "readJan 4".
_WORD_START = r"(?:(?<![^\W\d_])|(?<=[a-z])(?=[A-Z]))"
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>(?:19|20)\d\d)(?!\d)"
_DATE_RE = re.compile(
    rf"{_WORD_START}(?:{_WEEKDAY},?\s+)?"
    rf"(?:"
    rf"(?P<m1>{_MONTH})\s+{_DAY.format(n='d1')},?\s+{_YEAR.format(n='y1')}"
    rf"|{_DAY.format(n='d2')}(?:\s+of)?\s+(?P<m2>{_MONTH}),?\s+{_YEAR.format(n='y2')}"
    rf")"
    rf"|(?<![\d-])(?P<y3>(?:19|20)\d\d)-(?P<mo3>[01]\d)-(?P<d3>[0-3]\d)"
    rf"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d])"
)


def _date_of(match: re.Match[str]) -> dt.date | None:
    if match.group("y3"):
        year, month, day = int(match["y3"]), int(match["mo3"]), int(match["d3"])
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


def is_date_line(line: str) -> bool:
    """Whether *line* states a date and nothing else (besides "Date:" and punctuation)."""
    stripped = line.strip()
    dates = find_dates(stripped)
    if len(dates) != 1:
        return False
    _, start, end = dates[0]
    rest = (stripped[:start] + stripped[end:]).strip(" \t.,:;()" + _DASHES)
    return rest.lower() in {"", "date", "dated", "on"}


# ------------------------------------------------------------------ claimed counts

_QUALIFIERS = (
    "more than", "over", "at least", "some", "about", "nearly", "almost", "around",
    "up to", "approximately", "roughly", "close to", "upwards of", "in excess of",
)  # fmt: skip
_SIGNER_NOUNS = (
    r"figures|groups|organi[sz]ations|orgs|activists|councils|NGOs|ngos|CSOs|signatories|"
    r"signatures|individuals|people|persons|associations|entities|bodies|institutions|"
    r"coalitions|networks|unions|societies|members|leaders|journalists|dissidents|"
    r"factions|parties|initiatives|campaigns|teams|foundations|movements|syndicates|"
    r"committees|personalities|intellectuals|writers|lawyers|academics|artists|"
    r"defenders|volunteers|charities"
)
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_QUALIFIER_ALT = "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS)
_CLAIM_RE = re.compile(
    rf"(?<![\w,.])"
    rf"(?:(?P<qual>{_QUALIFIER_ALT})\s+)?"
    rf"(?P<num>{_NUMBER})(?P<plus>\+)?(?![\d.,]\d)"
    rf"(?P<words>(?:\s+[^\W\d_][\w\u2019'\-]*){{0,5}}?)"
    rf"\s+(?P<noun>(?i:{_SIGNER_NOUNS}))\b",
    re.IGNORECASE,
)
_CLAIM_STOP_WORDS = _words(
    "of and or the to in on at by for from with was were is are have has had who which "
    "that than times years days months"
)

_REFERENCE_WORDS = _words(
    "resolution resolutions article articles no number paragraph page section year decree law"
)


def find_claimed_counts(text: str) -> list[ClaimedCount]:
    """Every "how many signed" phrase in *text*: a number (with an optional qualifier such
    as "more than", "some", or a trailing "+", read as "more than") followed within a few
    words by a plural noun for signers ("groups", "organisations", "figures"...).

    ``text`` of each result is the phrase as written, ``span`` its place in *text*.
    """
    found: list[ClaimedCount] = []
    for match in _CLAIM_RE.finditer(text):
        words = match["words"].split()
        if any(w.lower() in _CLAIM_STOP_WORDS for w in words):
            continue
        before = text[max(0, match.start() - 20) : match.start()].split()
        if not match["qual"] and before and before[-1].lower().rstrip(".") in _REFERENCE_WORDS:
            continue  # "resolution 2254 groups": a reference number, not a count
        count = int(match["num"].replace(",", ""))
        qualifier = None
        if match["qual"]:
            qualifier = " ".join(match["qual"].lower().split())
        elif match["plus"]:
            qualifier = "more than"
        found.append(
            ClaimedCount(
                count=count,
                qualifier=qualifier,
                text=match.group(0),
                span=Span(match.start(), match.end()),
            )
        )
    return found


# ------------------------------------------------------------- non-organisation lines

_CLOSING_RE = re.compile(
    r"^(?:(?:with\s+)?(?:warmest|warm|best|kind|kindest|many|sincere|respectful)?\s*"
    r"regards|sincerely(?:\s+yours)?|yours\s+(?:sincerely|faithfully|truly|respectfully)|"
    r"respectfully(?:\s+yours)?|thank\s+you(?:\s+very\s+much)?|many\s+thanks|thanks|"
    r"cordially|with\s+(?:best|warm|kind)\s+wishes|best\s+wishes|in\s+solidarity|"
    r"with\s+thanks)\s*[,.!]*$",
    re.IGNORECASE,
)
_SALUTATION_RE = re.compile(
    r"^(?:dear\b.*|your\s+(?:excellency|excellencies|honou?r)|excellenc(?:y|ies)|"
    r"to\s+whom\s+it\s+may\s+concern)\s*[,:!]*$",
    re.IGNORECASE,
)
_CONTACT_RE = re.compile(
    r"(?:^@\w+"
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}"
    r"|\bhttps?://\S+|\bwww\.\S+"
    r"|(?<![\w@-])[\w-]{1,63}\.(?:org|com|net|info|int|gov|edu|uk|de|fr|sy|tr)(?:/\S*)?$"
    r"|^(?:tel|phone|fax|mobile|e-?mail|email|web(?:site)?|twitter|facebook)\s*[:.]"
    r"|^\+?\(?\d[\d\s().-]{6,}\d$)",
    re.IGNORECASE,
)
_PAGE_RE = re.compile(
    r"^(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|[-\u2013\u2014]?\s*\d+\s*[-\u2013\u2014]?|"
    r"[ivxlc]+)$",
    re.IGNORECASE,
)
_PERSON_RE = re.compile(r"^(?:h\.\s?e\.|mr|mrs|ms|dr|prof|sir|madam)\.?\s", re.IGNORECASE)
_FUNCTION_WORDS = _words(
    "a an the of for and in on at to with by from into under per via or & "
    "de du des la le les et pour sur en al el van der den und für y del da di"
)
_PROSE_WORDS = _words(
    "we our us you your is are was were will would shall should has have had be been "
    "that this these those not it its they their them which who whom must can could "
    "may might do does did"
)
_ABBREVIATIONS = _words("est co inc ltd corp assoc org dept int st e.v")
_WORD_RE = re.compile(r"[^\W\d_][\w\u2019'.\-]*")


def non_organisation_reason(line: str) -> str | None:
    """Why *line* (standing where a signatory could be) is not an organisation name, or
    ``None`` if it may be one.

    Reasons: ``"blank line"``, ``"closing formula"`` ("Warmest regards", "Sincerely,"),
    ``"salutation"`` ("Your Excellency,"), ``"contact line"`` (handle, e-mail, URL,
    phone), ``"page furniture"`` (page numbers, bare numbers), ``"date line"``,
    ``"personal name"`` (starts with an honorific), ``"heading"`` (ends with a colon),
    ``"prose sentence"`` (a sentence or slogan rather than a name). Organisation names
    full of function words ("Office for the Documentation of Violations in the Southern
    Region") are not prose.
    """
    text = " ".join(line.split())
    if not text:
        return "blank line"
    if _CLOSING_RE.match(text):
        return "closing formula"
    if _SALUTATION_RE.match(text):
        return "salutation"
    if _CONTACT_RE.search(text):
        return "contact line"
    if _PAGE_RE.match(text) or not any(ch.isalpha() for ch in text):
        return "page furniture"
    if is_date_line(text):
        return "date line"
    if _PERSON_RE.match(text):
        return "personal name"
    if text.endswith(":"):
        return "heading"
    if _is_prose(text):
        return "prose sentence"
    return None


def _is_prose(text: str) -> bool:
    words = _WORD_RE.findall(text)
    if len(words) > 18:
        return True
    if not words:
        return False
    last = words[-1].lower().rstrip(".")
    if text[-1] in ".!?" and len(words) >= 5 and last not in _ABBREVIATIONS:
        return True
    lower = [w for w in words if w[0].islower() and w.lower() not in _FUNCTION_WORDS]
    if sum(w in _PROSE_WORDS for w in lower) >= 1 and len(words) >= 5:
        return True
    return len(lower) >= 3 and len(lower) * 2 > len(words)


# ----------------------------------------------------------------------- list items

_NUMBERED_RE = re.compile(
    r"^(?P<lead>\s*(?:[-\u2013\u2014\u2022*\u00b7]\s*)?)"
    r"(?:\((?P<p>\d{1,4})\)|(?P<n>\d{1,4})(?:[.)]|\s*[-\u2013\u2014](?=\s)))"
    r"(?![\d])(?P<gap>[ \t]*)"
)
_BULLETS = r"\u2022*\u00b7\u25aa\u25e6\u25cb\u25cf\u25a0\u2023\u2043\-\u2013\u2014"
_BULLET_RE = re.compile(rf"^(?P<lead>\s*)[{_BULLETS}](?P<gap>[ \t]+)(?=\S)")


def split_list_marker(line: str) -> tuple[int | None, str, int] | None:
    """Recognise a list-item line.

    Numbered forms "1. X", "12) X", "(3) X", "- 8.X", "8.X", "3 - X" give the number as
    ordinal; bulleted forms "• X", "- X", "* X", "\u2013 X" give ``None``. Returns
    ``(ordinal, item text stripped, offset of the item text in line)``, or ``None`` if
    *line* is not a list item. A number with nothing after it ("22.") returns
    ``(22, "", offset)`` with the offset just after the marker.
    """
    match = _NUMBERED_RE.match(line)
    if match:
        rest = line[match.end() :]
        if rest.strip() and not match["gap"] and not match["p"] and rest[0].isdigit():
            return None
        ordinal = int(match["p"] or match["n"])
        item = rest.strip()
        offset = match.end() + (len(rest) - len(rest.lstrip())) if item else match.start("gap")
        # "8.X" without a space must be followed by a letter or quote: not "3.5" or "1.-"
        if item and match["n"] and not match["gap"] and not _starts_name(rest):
            return None
        return ordinal, item, offset
    match = _BULLET_RE.match(line)
    if match:
        rest = line[match.end() :]
        return None, rest.strip(), match.end()
    return None


def _starts_name(rest: str) -> bool:
    return rest[0].isalpha() or (rest[0] in "\"'\u201c\u2018(" and len(rest) > 1)


# ------------------------------------------------------------------ signatory lists


@frozen
class ListItem:
    """A named list item: its ordinal, the name as written, its offset in the text."""

    ordinal: int
    name: str
    offset: int


@frozen
class ListGap:
    """A list position with no name: a bare number ("22.") or a number the document's
    numbering skips. ``text`` is the marker as written ("" when the number is missing
    altogether, then ``offset`` is ``None``)."""

    ordinal: int
    text: str
    offset: int | None


@frozen
class SkippedLine:
    """A line read in or next to the list and not taken as a name, and why."""

    text: str
    reason: str
    offset: int
    ordinal: int | None = None


@frozen
class SignatoryList:
    """What :func:`read_signatory_list` found: named items, gaps and skipped lines in text
    order, and the ``[start, end)`` range of the block (``start == end`` if none found).

    ``numbered`` says whether the ordinals are the document's own numbers.
    """

    items: tuple[ListItem, ...]
    gaps: tuple[ListGap, ...]
    skipped: tuple[SkippedLine, ...]
    start: int
    end: int
    numbered: bool

    @property
    def found(self) -> bool:
        return bool(self.items)


def iter_lines(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` for each line of ``text[start:]``, without line terminators."""
    pos = start
    while pos <= len(text):
        end = text.find("\n", pos)
        if end == -1:
            end = len(text)
        line = text[pos:end]
        yield pos, line.removesuffix("\r")
        pos = end + 1


_CUE_RE = re.compile(
    r"^(?:signed\s+by|co-?signed\s+by|signatories|signatory\s+organi[sz]ations|"
    r"signing\s+organi[sz]ations|the\s+undersigned|undersigned|sincerely|endorsed\s+by|"
    r"endorsing\s+organi[sz]ations|list\s+of\s+signatories|supported\s+by|"
    r"signatures|organi[sz]ations\s+signing)\b",
    re.IGNORECASE,
)
#: A numbering jump larger than this ends a run instead of making gaps.
_MAX_GAP = 5
#: Trailing lines after the list reported as skipped when the tail is this short.
_MAX_TAIL = 12


def _is_cue(line: str) -> bool:
    stripped = line.strip()
    return bool(_CUE_RE.match(stripped)) and len(stripped.split()) <= 8


@frozen
class _Line:
    offset: int
    text: str
    marker: tuple[int | None, str, int] | None


@frozen
class _Run:
    lines: tuple[int, ...]  # indices of list-item lines
    debris: tuple[tuple[int, str], ...]  # (line index, reason)
    numbered: bool


def _runs(lines: list[_Line], counts: dict[str, int]) -> list[_Run]:
    """Maximal runs of list items of one kind, tolerating blank lines and page debris."""
    runs: list[_Run] = []
    i = 0
    while i < len(lines):
        marker = lines[i].marker
        if marker is None:
            i += 1
            continue
        numbered = marker[0] is not None
        members = [i]
        debris: list[tuple[int, str]] = []
        last_ordinal = marker[0]
        j = i + 1
        pending: list[tuple[int, str]] = []
        while j < len(lines):
            line = lines[j]
            if line.marker is None:
                reason = _debris_reason(line.text, counts)
                if reason is None:
                    break
                if reason != "blank line":
                    pending.append((j, reason))
                j += 1
                continue
            ordinal = line.marker[0]
            if (ordinal is not None) != numbered:
                break
            if numbered:
                assert ordinal is not None and last_ordinal is not None
                if not last_ordinal < ordinal <= last_ordinal + 1 + _MAX_GAP:
                    break
                last_ordinal = ordinal
            members.append(j)
            debris.extend(pending)
            pending = []
            j += 1
        runs.append(_Run(tuple(members), tuple(debris), numbered))
        i = members[-1] + 1
    return runs


def _debris_reason(line: str, counts: dict[str, int]) -> str | None:
    """Why a non-item line inside a list may be passed over, or ``None`` (it ends the list)."""
    stripped = line.strip()
    if not stripped:
        return "blank line"
    reason = non_organisation_reason(stripped)
    if reason in {"page furniture", "contact line", "date line"}:
        return reason
    if counts.get(stripped, 0) > 1:
        return "repeated header"
    return None


def _score(run: _Run, lines: list[_Line]) -> int:
    score = 0
    for index in run.lines:
        marker = lines[index].marker
        assert marker is not None
        if marker[1] and non_organisation_reason(marker[1]) is None:
            score += 1
    return score


def read_signatory_list(text: str, start: int = 0) -> SignatoryList:
    """Find and read the signatory block of *text* at or after *start*.

    The block is the best run of list-item lines (numbered or bulleted; blank lines, page
    numbers and repeated header lines may interrupt it), or failing that the one-name-a-
    line block after a cue line ("Signed by:", "Signatories", "Sincerely,"...).
    Numbered items keep the document's numbers; bullets and plain lines are numbered
    1..n. A number with no name, or one the numbering skips, is a :class:`ListGap`; an
    item or trailing line that is no organisation (see :func:`non_organisation_reason`)
    is a :class:`SkippedLine`. All offsets index *text*.
    """
    lines = [_Line(off, line, split_list_marker(line)) for off, line in iter_lines(text, start)]
    counts: dict[str, int] = {}
    for line in lines:
        key = line.text.strip()
        if key:
            counts[key] = counts.get(key, 0) + 1
    runs = [r for r in _runs(lines, counts) if _score(r, lines) >= 1]
    best: _Run | None = None
    best_score = 0
    for run in runs:
        score = _score(run, lines)
        preceded_by_cue = _cue_before(lines, run.lines[0])
        needed = 2 if preceded_by_cue else 3
        if score >= needed and (score + (1 if preceded_by_cue else 0)) >= best_score:
            best, best_score = run, score + (1 if preceded_by_cue else 0)
    if best is not None:
        return _read_run(best, lines, text)
    return _read_cued_block(lines, text)


def _cue_before(lines: list[_Line], index: int) -> bool:
    for k in range(index - 1, max(index - 6, -1), -1):
        if lines[k].text.strip():
            return _is_cue(lines[k].text)
    return False


def _read_run(run: _Run, lines: list[_Line], text: str) -> SignatoryList:
    items: list[ListItem] = []
    gaps: list[ListGap] = []
    skipped: list[SkippedLine] = []
    debris = dict(run.debris)
    first, last = run.lines[0], run.lines[-1]
    previous: int | None = None
    position = 0
    for index in range(first, last + 1):
        line = lines[index]
        if index in debris:
            skipped.append(SkippedLine(line.text.strip(), debris[index], _lstrip_at(line)))
            continue
        if line.marker is None:
            continue
        number, name, at = line.marker
        if run.numbered:
            assert number is not None
            if previous is not None:
                gaps.extend(ListGap(k, "", None) for k in range(previous + 1, number))
            previous = ordinal = number
        else:
            position += 1
            ordinal = position
        offset = line.offset + at
        if not name:
            marker_text = line.text.strip()
            gaps.append(ListGap(ordinal, marker_text, line.offset + line.text.index(marker_text)))
            continue
        reason = non_organisation_reason(name)
        if reason is not None:
            skipped.append(SkippedLine(name, reason, offset, ordinal))
        else:
            items.append(ListItem(ordinal, name, offset))
    end = lines[last].offset + len(lines[last].text)
    skipped.extend(_tail(lines, last + 1))
    return SignatoryList(
        tuple(items), tuple(gaps), tuple(skipped), lines[first].offset, end, run.numbered
    )


def _lstrip_at(line: _Line) -> int:
    return line.offset + len(line.text) - len(line.text.lstrip())


def _tail(lines: list[_Line], index: int) -> list[SkippedLine]:
    """The non-blank lines after a list: all of them when few, else those with a reason."""
    rest = [line for line in lines[index:] if line.text.strip()]
    out: list[SkippedLine] = []
    for line in rest:
        stripped = line.text.strip()
        reason = non_organisation_reason(stripped)
        if reason is None and len(rest) > _MAX_TAIL:
            break
        out.append(SkippedLine(stripped, reason or "text after the list", _lstrip_at(line)))
    return out


def _read_cued_block(lines: list[_Line], text: str) -> SignatoryList:
    cue = None
    for index, line in enumerate(lines):
        if _is_cue(line.text):
            cue = index
    if cue is None:
        return SignatoryList((), (), (), len(text), len(text), False)
    items: list[ListItem] = []
    skipped: list[SkippedLine] = []
    position = 0
    last = cue
    for index in range(cue + 1, len(lines)):
        line = lines[index]
        stripped = line.text.strip()
        if not stripped:
            continue
        reason = non_organisation_reason(stripped)
        if reason == "prose sentence" and not items:
            return SignatoryList((), (), (), len(text), len(text), False)
        if reason == "prose sentence" or len(stripped) > 150:
            break
        last = index
        if reason is not None:
            skipped.append(SkippedLine(stripped, reason, _lstrip_at(line)))
            continue
        position += 1
        items.append(ListItem(position, stripped, _lstrip_at(line)))
    if not items:
        return SignatoryList((), (), (), len(text), len(text), False)
    begin = items[0].offset
    end = lines[last].offset + len(lines[last].text)
    return SignatoryList(tuple(items), (), tuple(skipped), begin, end, False)


# ------------------------------------------------------------- acronym definitions


@frozen
class AcronymDefinition:
    """A "Full Name (ACR)" pair in prose: ``text`` is the whole phrase as written
    ("Syrian Network for Human Rights (SNHR)"), ``start`` its offset."""

    name: str
    acronym: str
    text: str
    start: int


_PAREN_ACRONYM_RE = re.compile(r"\((?P<acr>[A-Z][A-Za-z&]{1,9})\)")
_NAME_WORD_RE = re.compile(r"[^\W\d_][\w\u2019'&\-]*|\d\w*")


def _initials_match(words: list[str], acronym: str) -> bool:
    letters = [w[0].upper() for w in words if w.lower() not in _FUNCTION_WORDS]
    acr = [ch for ch in acronym.upper() if ch.isalpha()]
    if letters == acr:
        return True
    every = [w[0].upper() for w in words]
    return every == acr


def find_acronym_definitions(text: str) -> list[AcronymDefinition]:
    """Every "Name Words (ACR)" in *text* where the acronym's letters are the initials of
    the capitalised words just before it (function words may be skipped), a light
    Schwartz-Hearst. A leading "The" stays outside the name.
    """
    found: list[AcronymDefinition] = []
    for match in _PAREN_ACRONYM_RE.finditer(text):
        acronym = match["acr"]
        if sum(ch.isupper() for ch in acronym) < 2:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()]
        words = list(_NAME_WORD_RE.finditer(before))
        for size in range(len(acronym), min(len(words), 3 * len(acronym)) + 1):
            chosen = words[-size:]
            if not chosen[0].group(0)[0].isupper():
                continue
            if chosen[0].group(0).lower() in _FUNCTION_WORDS:
                continue
            gap = before[chosen[-1].end() :]
            if gap.strip():
                break
            inner = before[chosen[0].start() : chosen[-1].end()]
            if any(ch in inner for ch in ".;:!?,()"):
                break
            if _initials_match([w.group(0) for w in chosen], acronym):
                begin = line_start + chosen[0].start()
                phrase = text[begin : match.end()]
                found.append(AcronymDefinition(inner, acronym, phrase, begin))
                break
    return found
