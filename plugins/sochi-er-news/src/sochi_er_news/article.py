"""Article metadata read from the lines of a news text: headline, date, byline, publisher.

- furniture: "Last Update 15:20", "Short link:", breadcrumbs ("Home ..."), "Items
  filtered by date: ...", share/tag lines; a date line right after a "Last Update" line
  is the page's update time, never the article's date;
- byline: "Bassel Oudat , Friday 5 Jan 2018" or "By Name"; the author and a date;
- dateline: a line that begins with a date ("27 December 2017 In Coalition News");
- headline: the first short line before the body that is neither furniture, a date, a
  byline nor a dateline, and occurs only once in the text (a line repeated, as "Coalition
  News" is in "In Coalition News", is a section name, not a headline);
- publisher: "(Source: X)" / "Source: X", and "© 2010 X." / "Copyright X".

Date preference: byline date, else dateline date, else ``None``.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

from sochi_er.extraction import find_dates, is_date_line, iter_lines

__all__ = ["ArticleMeta", "Publisher", "read_article_meta"]

_FURNITURE_RE = re.compile(
    r"^(?:last\s+update[ds]?\b|updated\b|short\s+link\b|home\b|share\b|tweet\b|print\b|"
    r"tags?\s*:|related\b|read\s+more\b|advertisement\b)|filtered\s+by\s+date",
    re.IGNORECASE,
)
_UPDATE_RE = re.compile(r"^(?:last\s+)?update[ds]?\b|\bmodified\b", re.IGNORECASE)
_NAME = r"[A-Z][\w.\u2019'\-]+(?:\s+(?:[A-Z][\w.\u2019'\-]+|al|el|de|van|von|bin)){1,3}"
_BYLINE_RE = re.compile(rf"^(?:By\s+)?(?P<author>{_NAME})\s*[,|\u2013\u2014-]\s*(?P<rest>.+)$")
_BY_RE = re.compile(rf"^By\s+(?P<author>{_NAME})\s*$")
_SOURCE_RE = re.compile(
    r"\(\s*Source:\s*(?P<name>[^()\n]+?)\s*\)|^\s*Source:\s*(?P<line>[^\n]+?)\s*$", re.MULTILINE
)
_COPYRIGHT_RE = re.compile(
    r"^\s*(?:Copyright\s*)?(?:©|Copyright)\s*(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[^\n]*?)\s*(?:\.|,)?\s*(?:All\s+rights\s+reserved\.?)?\s*$",
    re.MULTILINE | re.IGNORECASE,
)
_MAX_HEADLINE_WORDS = 20
#: Header lines (title, dateline, byline) are looked for among the first this many lines.
_HEADER_LINES = 10


@frozen
class Publisher:
    """A publisher name as written at ``text[start:start + len(name)]``."""

    name: str
    start: int


@frozen
class ArticleMeta:
    """What the header and footer lines of an article say; ``furniture`` are the
    ``[start, end)`` ranges of lines that are page furniture."""

    title: str | None
    date: dt.date | None
    author: str | None
    publishers: tuple[Publisher, ...]
    furniture: tuple[tuple[int, int], ...]
    header_end: int  # offset where the body begins


def _is_furniture(line: str) -> bool:
    return bool(_FURNITURE_RE.search(line.strip()))


def _byline(line: str) -> tuple[str, dt.date | None] | None:
    stripped = line.strip()
    match = _BY_RE.match(stripped)
    if match:
        return match["author"], None
    match = _BYLINE_RE.match(stripped)
    if match:
        dates = find_dates(match["rest"])
        if dates and dates[0][1] <= 12:
            return match["author"], dates[0][0]
    return None


def _dateline(line: str) -> dt.date | None:
    stripped = line.strip()
    dates = find_dates(stripped)
    if dates and dates[0][1] == 0:
        return dates[0][0]
    return None


def _publishers(text: str) -> list[Publisher]:
    found: list[Publisher] = []
    for match in _SOURCE_RE.finditer(text):
        group = "name" if match["name"] else "line"
        if match[group]:
            found.append(Publisher(match[group], match.start(group)))
    for match in _COPYRIGHT_RE.finditer(text):
        name = match["name"]
        if name and any(ch.isalpha() for ch in name) and len(name.split()) <= 8:
            found.append(Publisher(name, match.start("name")))
    return sorted(found, key=lambda p: p.start)


def read_article_meta(text: str) -> ArticleMeta:
    """Headline, date, author, publishers and furniture of the news *text*."""
    lines = [(off, line) for off, line in iter_lines(text) if line.strip()]
    furniture: list[tuple[int, int]] = []
    author: str | None = None
    byline_date: dt.date | None = None
    dateline_date: dt.date | None = None
    title: str | None = None
    header_end = 0
    after_update = False
    body_started = False
    for index, (offset, line) in enumerate(lines):
        if index >= _HEADER_LINES:
            break
        stripped = line.strip()
        end = offset + len(line)
        if _is_furniture(stripped) or (after_update and is_date_line(stripped)):
            furniture.append((offset, end))
            after_update = bool(_UPDATE_RE.search(stripped))
            continue
        after_update = False
        byline = _byline(stripped) if author is None else None
        if byline is not None:
            author, byline_date = byline[0], byline_date or byline[1]
            header_end = max(header_end, end)
            continue
        date = _dateline(stripped)
        if date is not None:
            dateline_date = dateline_date or date
            header_end = max(header_end, end)
            continue
        words = stripped.split()
        if len(words) > _MAX_HEADLINE_WORDS or stripped[-1] in ".:;,!?":
            body_started = True
        elif not body_started and title is None and text.count(stripped) == 1:
            title = stripped
            header_end = max(header_end, end)
    for offset, line in lines:
        if (
            offset >= header_end
            and _is_furniture(line)
            and (offset, offset + len(line)) not in furniture
        ):
            furniture.append((offset, offset + len(line)))
    return ArticleMeta(
        title=title,
        date=byline_date or dateline_date,
        author=author,
        publishers=tuple(_publishers(text)),
        furniture=tuple(furniture),
        header_end=header_end,
    )
