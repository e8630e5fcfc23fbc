"""Pandoc grid tables, which CommonMark does not know, rewritten as pipe tables.

A grid table draws its rows between ``+----+----+`` borders (``+====+`` under a header)
and lets a cell run over several lines::

    +----------------------+-----------------+
    | [Example             | Example Country |
    | Network](https://x.  |                 |
    | org) - Italy\\        |                 |
    | What the network does|                 |
    +----------------------+-----------------+

:func:`grid_to_pipe` finds each grid table (one pass over the lines) and writes it as a
pipe table markdown-it reads: a cell's lines are joined, a link destination broken over
lines is mended, and only the cell's first paragraph is kept (up to a blank line or a
hard break, ``\\`` at the end of a line), where a signatory's name stands; the rest of a
cell is a description. Text that is not a grid table is returned unchanged.
"""

from __future__ import annotations

import itertools
import re

__all__ = ["grid_to_pipe"]

_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_ROW = re.compile(r"^\s*\|.*\|\s*$")
_LINK_TARGET = re.compile(r"\]\(([^)]*)\)", re.DOTALL)


def _columns(border: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` character ranges of the columns between a border's ``+``."""
    plus = [k for k, ch in enumerate(border) if ch == "+"]
    return [(a + 1, b) for a, b in itertools.pairwise(plus)]


def _cell(lines: list[str]) -> str:
    """One cell's first paragraph on one line (see the module doc)."""
    kept: list[str] = []
    for line in lines:
        text = line.strip()
        if not text:
            if kept:
                break
            continue
        if text.endswith("\\"):
            kept.append(text[:-1].rstrip())
            break
        kept.append(text)
    joined = "\n".join(kept)
    joined = _LINK_TARGET.sub(lambda m: "](" + re.sub(r"\s+", "", m.group(1)) + ")", joined)
    return " ".join(joined.split()).replace("|", "\\|")


def _pipe_rows(block: list[str]) -> list[str]:
    """The pipe-table lines of one grid table (*block*: its lines, borders included)."""
    columns = _columns(block[0].strip())
    header_rows = 0
    rows: list[list[str]] = []
    pending: list[list[str]] = [[] for _ in columns]
    for line in block[1:]:
        stripped = line.strip()
        if _BORDER.match(stripped):
            rows.append([_cell(lines) for lines in pending])
            pending = [[] for _ in columns]
            if "=" in stripped:
                header_rows = len(rows)
            continue
        for k, (a, b) in enumerate(columns):
            pending[k].append(stripped[a:b])
    if header_rows == 0:
        rows.insert(0, ["" for _ in columns])  # a pipe table needs a header row
        header_rows = 1
    out = [f"| {' | '.join(row)} |" for row in rows[:header_rows]]
    out.append("|" + "---|" * len(columns))
    out += [f"| {' | '.join(row)} |" for row in rows[header_rows:]]
    return out


def grid_to_pipe(text: str) -> str:
    """*text* with every grid table written as a pipe table (see the module doc)."""
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        if not _BORDER.match(lines[k]):
            out.append(lines[k])
            k += 1
            continue
        end = k + 1
        width = len(lines[k].strip())
        while end < len(lines) and (
            (_ROW.match(lines[end]) or _BORDER.match(lines[end]))
            and len(lines[end].strip()) == width
        ):
            end += 1
        while end > k + 1 and not _BORDER.match(lines[end - 1]):
            end -= 1  # a table ends on a border
        if end - k < 3:  # a border alone, or a border and one line: not a table
            out.append(lines[k])
            k += 1
            continue
        out.extend(["", *_pipe_rows(lines[k:end]), ""])
        k = end
    return "\n".join(out)
