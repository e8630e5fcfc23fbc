"""The gazetteer: organisation names, names that are never organisations, head nouns.

The bundled ``gazetteer.txt`` is always read; users add files through
``Gazetteer.load(paths)`` (the :class:`~sochi_er_news.parser.NewsParser` constructor's
``gazetteer_paths``) or the environment variable :data:`ENV_VAR` (paths separated by
``os.pathsep``). The file format is described at the top of ``gazetteer.txt``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from attrs import field, frozen

from sochi_er import PluginError

__all__ = ["DEFAULT_HEADS", "ENV_VAR", "Gazetteer", "GazetteerMatch"]

ENV_VAR = "SOCHI_ER_NEWS_GAZETTEER"

#: Nouns that end (or, followed by "of"/"for", start) an organisation name.
DEFAULT_HEADS = frozenset(
    [
        "Council",
        "Councils",
        "Coalition",
        "Government",
        "Army",
        "Commission",
        "Committee",
        "League",
        "Association",
        "Network",
        "Union",
        "Ministry",
        "Department",
        "Organisation",
        "Organization",
        "Foundation",
        "Society",
        "Movement",
        "Front",
        "Forces",
        "Brigade",
        "Brigades",
        "Battalion",
        "Group",
        "Institute",
        "Center",
        "Centre",
        "Agency",
        "Office",
        "Authority",
        "Party",
        "Syndicate",
        "Federation",
        "Alliance",
        "Bureau",
        "Directorate",
        "Assembly",
        "Parliament",
        "Court",
        "Tribunal",
        "Fund",
        "Team",
        "Initiative",
        "Campaign",
        "Secretariat",
        "Board",
        "Mission",
        "Corps",
        "Division",
        "Observatory",
        "Crescent",
        "Cross",
        "Service",
        "Services",
        "Defence",
        "Defense",
        "Helmets",
        "Watch",
    ]
)


@frozen
class GazetteerMatch:
    """A gazetteer name found in a text: ``text[start:end]`` as written."""

    name: str
    start: int
    end: int
    organisation: bool  # False: an excluded name (event, person...)


def _pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    parts = []
    for name in sorted(set(names), key=len, reverse=True):
        words = [re.escape(w) for w in name.split()]
        body = r"\s+".join(words).replace("'", "['\u2019]").replace("\u2019", "['\u2019]")
        parts.append(body)
    if not parts:
        return None
    return re.compile(r"(?<![\w\-])(?:" + "|".join(parts) + r")(?![\w])")


@frozen
class Gazetteer:
    """Organisation names, excluded names and head nouns."""

    names: frozenset[str]
    excluded: frozenset[str]
    heads: frozenset[str] = DEFAULT_HEADS
    _names_re: re.Pattern[str] | None = field(init=False, eq=False, repr=False)
    _excluded_re: re.Pattern[str] | None = field(init=False, eq=False, repr=False)

    @_names_re.default
    def _make_names_re(self) -> re.Pattern[str] | None:
        return _pattern(self.names)

    @_excluded_re.default
    def _make_excluded_re(self) -> re.Pattern[str] | None:
        return _pattern(self.excluded)

    @classmethod
    def parse(cls, lines: Iterable[str]) -> Gazetteer:
        """A gazetteer from lines in the ``gazetteer.txt`` format."""
        names: set[str] = set()
        excluded: set[str] = set()
        heads: set[str] = set(DEFAULT_HEADS)
        for raw in lines:
            line = " ".join(raw.split())
            if not line or line.startswith("#"):
                continue
            if line.startswith("@head "):
                heads.update(line[len("@head ") :].split())
            elif line.startswith("-"):
                if line[1:].strip():
                    excluded.add(line[1:].strip())
            else:
                names.add(line)
        return cls(frozenset(names - excluded), frozenset(excluded), frozenset(heads))

    @classmethod
    def load(
        cls, paths: Sequence[str | os.PathLike[str]] = (), *, use_env: bool = True
    ) -> Gazetteer:
        """The bundled gazetteer plus *paths* plus, if *use_env*, the files named in
        :data:`ENV_VAR`. A file that cannot be read raises :class:`sochi_er.PluginError`."""
        lines = (resources.files("sochi_er_news") / "gazetteer.txt").read_text("utf-8")
        texts = [lines]
        extra = [os.fspath(p) for p in paths]
        if use_env:
            extra += [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
        for path in extra:
            try:
                texts.append(Path(path).read_text("utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise PluginError("news", f"cannot read gazetteer file {path!r}: {exc}") from None
        return cls.parse(line for text in texts for line in text.splitlines())

    def find(self, text: str) -> list[GazetteerMatch]:
        """Every gazetteer name (organisation or excluded) in *text*, in text order."""
        found: list[GazetteerMatch] = []
        for pattern, organisation in ((self._names_re, True), (self._excluded_re, False)):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                found.append(GazetteerMatch(m.group(), m.start(), m.end(), organisation))
        return sorted(found, key=lambda g: (g.start, -g.end))
