"""Find the signatory list of a rendered HTML text and add it to a StatementBuilder.

Where the list is, in order of preference:

1. ``<ol>``/``<ul>`` lists. A list qualifies when at least two of its items, and at least
   half of them, may be organisation names (:func:`sochi_er.textkit.non_organisation_reason`
   finds nothing against them). If a cue line ("Signatories", "Signed by", "The
   undersigned"...) precedes qualifying lists, the qualifying lists after the last such
   cue are read, several in a row when only short lines (sub-headings) separate them.
   Otherwise the qualifying list with the most names is read (the later one on a tie).
2. Failing that, the plain-text reader :func:`sochi_er.textkit.read_signatory_list` over
   the rendered text, which has one block (``<p>``, ``<br>`` line...) per line: numbered
   or bulleted lines, or one name a line after a cue. Page chrome (``nav``, ``footer``,
   ``aside``, ``form``) after the content is not read.

Ordinals: the first list's item numbers as the markup gives them (``<ol start>``,
``<li value>``); a following list continues the numbering unless its own ``start`` is
higher. Ordinals only ever increase. Empty items and non-organisation items go to
``skipped`` with their ordinal; further lines of a multi-line item go to ``skipped``
without one.
"""

from __future__ import annotations

import re

from attrs import frozen

from sochi_er import Role, StatementBuilder
from sochi_er.textkit import non_organisation_reason, read_signatory_list
from sochi_er_web.render import HtmlList, ListItem, Rendered

__all__ = ["Block", "add_signatories", "is_cue"]

_CUE_RE = re.compile(
    r"^(?:signed\s+by|co-?signed\s+by|signatories|signatory\s+organi[sz]ations|"
    r"signing\s+organi[sz]ations|the\s+undersigned|undersigned|endorsed\s+by|"
    r"endorsing\s+organi[sz]ations|list\s+of\s+signatories|organi[sz]ations\s+signing)\b",
    re.IGNORECASE,
)
_LEAD_RE = re.compile(r"^(?:\d{1,4}[.)]|[-\u2022*\u00b7\u2013\u2014\u25aa])\s+")
_TRAIL_RE = re.compile(r"[\s,;]+$")
#: Lines between two lists longer than this (in words) end a chain of lists.
_MAX_BRIDGE_WORDS = 12


@frozen
class Block:
    """Where the signatory block lies in the text: ``[start, end)``; empty if none."""

    start: int
    end: int

    @property
    def found(self) -> bool:
        return self.end > self.start


def is_cue(line: str) -> bool:
    """Whether *line* announces a signatory list ("Signatories:", "Signed by")."""
    stripped = line.strip()
    return bool(_CUE_RE.match(stripped)) and len(stripped.split()) <= 8


def _first_line(text: str, item: ListItem) -> tuple[str, int]:
    """The item's first line, cleaned of a leading marker and trailing separators."""
    raw = text[item.start : item.end]
    line = raw.split("\n", 1)[0]
    start = item.start
    lead = _LEAD_RE.match(line)
    if lead and lead.end() < len(line):
        start += lead.end()
        line = line[lead.end() :]
    line = _TRAIL_RE.sub("", line)
    return line, start


def _names(text: str, lst: HtmlList) -> int:
    count = 0
    for item in lst.items:
        name, _ = _first_line(text, item)
        if name and non_organisation_reason(name) is None:
            count += 1
    return count


def _qualifies(text: str, lst: HtmlList) -> bool:
    names = _names(text, lst)
    return names >= 2 and names * 2 >= len(lst.items)


def _span(lst: HtmlList) -> tuple[int, int]:
    return lst.items[0].start, lst.items[-1].end


def _choose_lists(rendered: Rendered) -> list[HtmlList]:
    text = rendered.text
    lists = [
        lst
        for lst in rendered.lists
        if lst.depth == 0 and not lst.chrome and lst.items and _qualifies(text, lst)
    ]
    if not lists:
        return []
    cues = [
        line.start
        for line in rendered.lines
        if not line.in_list and is_cue(text[line.start : line.end])
    ]
    after = [lst for lst in lists if cues and _span(lst)[0] > cues[-1]]
    if not after:
        return [max(reversed(lists), key=lambda lst: _names(text, lst))]
    chain = [after[0]]
    for lst in after[1:]:
        between = text[_span(chain[-1])[1] : _span(lst)[0]]
        if any(len(part.split()) > _MAX_BRIDGE_WORDS for part in between.split("\n")):
            break
        chain.append(lst)
    return chain


def _add_list_items(builder: StatementBuilder, lists: list[HtmlList]) -> Block:
    text = builder.text
    last = 0
    for number, lst in enumerate(lists):
        shift = 0
        if number > 0 and (lst.explicit_start is None or lst.explicit_start <= last):
            shift = last + 1 - lst.items[0].value
        for item in lst.items:
            ordinal = max(item.value + shift, last + 1)
            last = ordinal
            _add_item(builder, text, item, ordinal)
    return Block(_span(lists[0])[0], _span(lists[-1])[1])


def _add_item(builder: StatementBuilder, text: str, item: ListItem, ordinal: int) -> None:
    name, start = _first_line(text, item)
    if not name:
        builder.skip("", "empty list item", item.start, ordinal)
        return
    reason = non_organisation_reason(name)
    if reason is None:
        builder.add(name, Role.SIGNATORY, start, ordinal)
    else:
        builder.skip(name, reason, start, ordinal)
    first, *rest = text[item.start : item.end].split("\n")
    offset = item.start + len(first) + 1
    for extra in rest:
        if extra:
            builder.skip(extra, "further line of a list item", offset)
        offset += len(extra) + 1


def _content_end(rendered: Rendered) -> int:
    """Where the page's content ends: the first chrome line after a content line."""
    seen_content = False
    for line in rendered.lines:
        if not line.chrome and not line.heading:
            seen_content = True
        elif line.chrome and seen_content:
            return line.start
    return len(rendered.text)


def _add_text_list(builder: StatementBuilder, rendered: Rendered) -> Block:
    found = read_signatory_list(rendered.text[: _content_end(rendered)])
    if not found.found:
        return Block(0, 0)
    # (sort offset, tie-break, text, reason or None for a name, ordinal, span start)
    events: list[tuple[int, int, str, str | None, int | None, int | None]] = []
    for item in found.items:
        events.append((item.offset, 0, item.name, None, item.ordinal, item.offset))
    for gap in found.gaps:
        reason: str | None = "empty list item" if gap.text else "number missing from the list"
        where = found.start if gap.offset is None else gap.offset
        events.append((where, 1, gap.text, reason, gap.ordinal, gap.offset))
    for line in found.skipped:
        events.append((line.offset, 2, line.text, line.reason, line.ordinal, line.offset))
    for _, _, name, reason, ordinal, at in sorted(events, key=lambda e: (e[0], e[1])):
        if reason is None:
            builder.add(name, Role.SIGNATORY, at, ordinal)
        else:
            builder.skip(name, reason, at, ordinal)
    return Block(found.start, found.end)


def add_signatories(builder: StatementBuilder, rendered: Rendered) -> Block:
    """Add the signatory list of *rendered* (whose text is ``builder.text``) to *builder*
    as :attr:`Role.SIGNATORY` mentions in list order; return where the block lies."""
    lists = _choose_lists(rendered)
    if lists:
        return _add_list_items(builder, lists)
    return _add_text_list(builder, rendered)
