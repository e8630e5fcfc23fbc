"""Which date a rendered statement states for itself.

A statement's own date is a line that states a date and nothing else ("January 03,
2018"), next to the signatory block (the first such line within a few lines after it,
else the last within a few lines before it). A date line right after a "Last update" or
"Modified" line is page furniture, not the statement's date.
"""

from __future__ import annotations

import datetime as dt
import re

from sochi_er.extraction import is_date_line, parse_date
from sochi_er_web.render import Line, Rendered
from sochi_er_web.signatories import Block

__all__ = ["adjacent_date", "first_date_line"]

_UPDATE_RE = re.compile(r"\b(?:update[ds]?|modified|revised|edited)\b", re.IGNORECASE)
#: How many lines away from the signatory block a date line may stand.
_NEAR = 3


def _date_lines(rendered: Rendered) -> list[tuple[int, Line, dt.date]]:
    text = rendered.text
    found: list[tuple[int, Line, dt.date]] = []
    for index, line in enumerate(rendered.lines):
        content = text[line.start : line.end]
        if line.chrome or not is_date_line(content):
            continue
        if content and _UPDATE_RE.search(content):
            continue
        if index > 0:
            before = rendered.lines[index - 1]
            if _UPDATE_RE.search(text[before.start : before.end]):
                continue
        date = parse_date(content)
        if date is not None:
            found.append((index, line, date))
    return found


def adjacent_date(rendered: Rendered, block: Block) -> dt.date | None:
    """The date line next to *block*, or ``None`` (also when *block* is empty)."""
    if not block.found:
        return None
    lines = rendered.lines
    first = next((i for i, line in enumerate(lines) if line.end > block.start), len(lines))
    last = max((i for i, line in enumerate(lines) if line.start < block.end), default=first)
    candidates = _date_lines(rendered)
    for index, _, date in candidates:
        if last < index <= last + _NEAR:
            return date
    for index, _, date in reversed(candidates):
        if first - _NEAR <= index < first:
            return date
    return None


def first_date_line(rendered: Rendered) -> dt.date | None:
    """The first date line of the text outside page chrome, or ``None``."""
    candidates = _date_lines(rendered)
    return candidates[0][2] if candidates else None
