"""sochi-er-csv: the worked example plugin. Reads signatory lists kept as CSV.

Format: a header row with a ``name`` column (required) and optional ``statement`` and
``date`` columns; one row per signatory, in list order. Rows sharing a ``statement``
value form one Statement (in order of first appearance); without that column the whole
file is one Statement.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator

from sochi_er import (
    ParseError,
    Parser,
    Role,
    Source,
    Statement,
    StatementBuilder,
    hookimpl,
)
from sochi_er.extraction import parse_date

__all__ = ["CsvListParser", "register_parsers"]


class CsvListParser:
    """Parser ``csv``: signatory lists as CSV with a ``name`` column."""

    name = "csv"

    def confidence(self, source: Source) -> float:
        if source.text is None:
            return 0.0
        header = source.text.lstrip().partition("\n")[0].lower()
        columns = [c.strip().strip('"') for c in header.split(",")]
        if "name" not in columns:
            return 0.0
        return 0.9 if source.location.lower().endswith(".csv") else 0.5

    def parse(self, source: Source) -> Iterator[Statement]:
        text = source.text
        if text is None:
            raise ParseError(source.location, "not text", self.name)
        try:
            rows = list(csv.DictReader(io.StringIO(text)))
        except csv.Error as exc:
            raise ParseError(source.location, f"malformed CSV: {exc}", self.name) from None
        if not rows or "name" not in rows[0]:
            raise ParseError(source.location, "no 'name' column or no rows", self.name)
        groups: dict[str, list[tuple[int, dict[str, str | None]]]] = {}
        for line_no, row in enumerate(rows, start=2):
            groups.setdefault(row.get("statement") or "", []).append((line_no, row))
        for index, (title, members) in enumerate(groups.items()):
            yield self._statement(source, index, title, members)

    def _statement(
        self,
        source: Source,
        index: int,
        title: str,
        members: list[tuple[int, dict[str, str | None]]],
    ) -> Statement:
        # The statement text is this parser's rendering: the title, then one name a line.
        lines = [title] + [(row.get("name") or "").strip() for _, row in members]
        builder = StatementBuilder(source, "\n".join(lines), index=index)
        offset = len(title) + 1
        for ordinal, ((line_no, _row), name) in enumerate(
            zip(members, lines[1:], strict=True), start=1
        ):
            if name:
                builder.add(name, Role.SIGNATORY, offset, ordinal)
            else:
                builder.skip("", f"empty name on CSV line {line_no}", offset, ordinal)
            offset += len(name) + 1
        date = next((parse_date(d) for _, r in members if (d := r.get("date"))), None)
        return builder.build(title=title or None, date=date)


@hookimpl
def register_parsers(register: Callable[[Parser], None]) -> None:
    """Register the ``csv`` parser."""
    register(CsvListParser())
