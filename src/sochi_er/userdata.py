"""Readers for user-supplied linkage data files (judgements)."""

from __future__ import annotations

import csv
import os

from sochi_er.errors import ConfigError
from sochi_er.linkage.config import Judgement

__all__ = ["read_judgements"]

_VERDICTS = {"same": True, "yes": True, "match": True, "different": False, "no": False}


def read_judgements(path: str | os.PathLike[str]) -> tuple[Judgement, ...]:
    """Read ``left,right,verdict[,note]`` rows; *left*/*right* are mention ids or exact
    written names, *verdict* is ``same`` or ``different``. A header row starting with
    ``left`` is skipped. A bad verdict raises :class:`ConfigError` naming file and line."""
    judgements: list[Judgement] = []
    with open(path, newline="", encoding="utf-8-sig") as handle:  # spreadsheets write a BOM
        for line_no, row in enumerate(csv.reader(handle), start=1):
            cells = [c.strip() for c in row]
            if not any(cells) or (line_no == 1 and cells[0].lower() == "left"):
                continue
            if len(cells) < 3 or cells[2].lower() not in _VERDICTS:
                raise ConfigError(
                    f"{os.fspath(path)}:{line_no}", "expected left,right,same|different"
                )
            note = cells[3] if len(cells) > 3 else ""
            judgements.append(Judgement(cells[0], cells[1], _VERDICTS[cells[2].lower()], note))
    return tuple(judgements)
