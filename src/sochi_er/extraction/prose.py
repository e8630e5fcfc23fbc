"""Organisation names in prose, for any parser: a gazetteer plus a head-noun pattern.

:class:`Gazetteer` holds organisation names, names that are never organisations (events,
documents, people, sectors) and head nouns. :meth:`Gazetteer.load` reads the bundled
``sochi_er/data/gazetteer.txt`` (generic entries only: international bodies, generic
exclusions; its top comment describes the format), the lines installed data packs
register through the ``register_gazetteer`` hook (unless ``use_plugins=False``), the
user's files given as ``paths`` and those named in the environment variable
:data:`ENV_VAR` (paths separated by ``os.pathsep``).

:func:`find_organisations` returns the organisation names written in a text, each with
its offsets, found three ways:

- gazetteer names, matched case-sensitively on word boundaries;
- "Name (ACR)" definitions: the name, and the acronym wherever it stands in the text,
  its parenthesis included (two mentions: "Example Network for Human Rights", "ENHR");
- the pattern: a run of capitalised words on one line (joined by "of", "for", "and",
  "the"...), trimmed of leading sentence words ("The", "If", "Many"...), ending in a head
  noun ("Ruritanian Interim Government", "UN Security Council") or a head noun followed
  by an "of"/"for" phrase ("Coalition of Example Relief Groups", "Ruritanian Ministry of
  Defence"). A run needs at least two capitalised words; a final possessive
  ("Coalition's") is left out. So person names, places and events ("Ruritania Peace
  Conference": "Conference" is no head noun) are not taken.

Overlaps are resolved longest first (gazetteer, then acronym, then pattern on a tie). A
candidate is dropped when it overlaps a *reserved* range (the caller has a role for that
text: a list, a letterhead) or an excluded name it does not strictly contain ("Civil
Society" is excluded; a "Ruritanian Civil Society Coalition" would still be taken).
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path

from attrs import field, frozen

from sochi_er.errors import ConfigError, PluginError
from sochi_er.extraction.acronyms import find_acronym_definitions

__all__ = [
    "DEFAULT_HEADS",
    "ENV_VAR",
    "Found",
    "Gazetteer",
    "GazetteerMatch",
    "env_paths",
    "find_excluded",
    "find_organisations",
    "parser_gazetteer",
]

#: Environment variable naming extra gazetteer files, separated by ``os.pathsep``.
ENV_VAR = "SOCHI_ER_GAZETTEER"

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
        "Watch",
    ]
)


# ------------------------------------------------------------------------- gazetteer


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


def env_paths(variable: str = ENV_VAR) -> list[str]:
    """The non-empty paths in the environment *variable* (separated by ``os.pathsep``)."""
    return [p for p in os.environ.get(variable, "").split(os.pathsep) if p.strip()]


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
        """A gazetteer from lines in the ``gazetteer.txt`` format (plus the default heads)."""
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
        cls,
        paths: Sequence[str | os.PathLike[str]] = (),
        *,
        use_env: bool = True,
        use_plugins: bool = True,
    ) -> Gazetteer:
        """The bundled gazetteer plus, if *use_plugins*, the lines installed plugins
        register (``register_gazetteer``, collected once per process) plus *paths* plus, if
        *use_env*, the files named in :data:`ENV_VAR`. An exclusion from any source beats a
        name from any other. A file that cannot be read raises :class:`sochi_er.ConfigError`;
        a failing plugin contributes nothing (the plugin host reports it)."""
        bundled = (resources.files("sochi_er") / "data" / "gazetteer.txt").read_text("utf-8")
        plugin_lines: Sequence[str] = ()
        if use_plugins:
            # Imported here: the plugin host sits above the extraction kit, and entry points
            # are only loaded when a gazetteer is first built.
            from sochi_er.plugins import installed_gazetteer_lines

            plugin_lines = installed_gazetteer_lines().lines
        texts = []
        extra = [os.fspath(p) for p in paths] + (env_paths() if use_env else [])
        for path in extra:
            try:
                texts.append(Path(path).read_text("utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"gazetteer file {path!r}", f"cannot read it: {exc}") from None
        return cls.parse(
            itertools.chain(
                bundled.splitlines(),
                plugin_lines,
                (line for text in texts for line in text.splitlines()),
            )
        )

    def find(self, text: str) -> list[GazetteerMatch]:
        """Every gazetteer name (organisation or excluded) in *text*, in text order."""
        found: list[GazetteerMatch] = []
        for pattern, organisation in ((self._names_re, True), (self._excluded_re, False)):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                found.append(GazetteerMatch(m.group(), m.start(), m.end(), organisation))
        return sorted(found, key=lambda g: (g.start, -g.end))


def parser_gazetteer(
    parser: str,
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    use_env: bool = True,
    env_vars: Sequence[str] = (),
    use_plugins: bool = True,
) -> Gazetteer:
    """The gazetteer a parser constructor loads: :meth:`Gazetteer.load` (with the installed
    data packs' lines if *use_plugins*) with *paths* plus, if *use_env*, the files in the
    parser's own *env_vars*. An unreadable file raises :class:`sochi_er.PluginError`
    naming *parser*."""
    extra = [p for var in env_vars for p in env_paths(var)] if use_env else []
    try:
        return Gazetteer.load([*paths, *extra], use_env=use_env, use_plugins=use_plugins)
    except ConfigError as exc:
        raise PluginError(parser, str(exc)) from None


# ------------------------------------------------------------------------- the pattern

_CAP = r"[A-Z][\w\-&]*(?:['\u2019]s)?"
_CONNECT = r"(?:of|for|on|in|and|the|de|al|du|des|la|el)"
_RUN_RE = re.compile(rf"(?<![\w\-]){_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)*{_CAP})*")
_WORD_RE = re.compile(rf"{_CAP}|{_CONNECT}")
_OF = frozenset(("of", "for", "on"))
_LEADING = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "It",
        "Their",
        "They",
        "His",
        "Her",
        "Our",
        "We",
        "In",
        "On",
        "At",
        "For",
        "From",
        "By",
        "With",
        "If",
        "When",
        "While",
        "Although",
        "Though",
        "Since",
        "As",
        "But",
        "And",
        "Or",
        "So",
        "Some",
        "Many",
        "Any",
        "All",
        "Both",
        "Each",
        "Every",
        "No",
        "Not",
        "Most",
        "Several",
        "Other",
        "Another",
        "Also",
        "Then",
        "Yet",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
    ]
)
_POSSESSIVE_RE = re.compile(r"['\u2019]s$")
#: (word, start, end) in the text
_Word = tuple[str, int, int]


@frozen
class Found:
    """An organisation name as written at ``text[start:end]``; ``how`` found it."""

    name: str
    start: int
    end: int
    how: str  # "gazetteer", "pattern" or "acronym"


def _base(word: str) -> str:
    return _POSSESSIVE_RE.sub("", word)


def _segments(words: list[_Word]) -> list[list[_Word]]:
    """Split a run at connectors that cannot stand inside one name: "and", "the"... may
    only follow an "of"/"for" phrase ("Coalition for Ruritanian Relief and Development
    Groups", "Committee of the Red Cross"), so "UN and the Arab League" is two runs."""
    segments: list[list[_Word]] = []
    current: list[_Word] = []
    seen_of = False
    for k, word in enumerate(words):
        text = word[0]
        if text[0].isupper():
            current.append(word)
            continue
        following = words[k + 1][0] if k + 1 < len(words) else ""
        previous = current[-1][0] if current else ""
        if text in _OF and current:
            seen_of = True
            current.append(word)
        elif seen_of and (
            (text == "the" and previous in _OF)
            or (text not in _OF and text != "the" and following[:1].isupper())
        ):
            current.append(word)
        else:
            segments.append(current)
            current, seen_of = [], False
    segments.append(current)
    return [segment for segment in segments if segment]


def _segment_name(words: list[_Word], heads: frozenset[str]) -> tuple[int, int] | None:
    while words and (words[0][0] in _LEADING or words[0][0][0].islower()):
        words = words[1:]
    end_index = None
    for i, (word, _, _) in enumerate(words):
        if _base(word) not in heads:
            continue
        end_index = i
        if i + 2 < len(words) and words[i + 1][0] in _OF:
            last_cap = max(
                (k for k in range(i + 2, len(words)) if words[k][0][0].isupper()),
                default=None,
            )
            if last_cap is not None:
                end_index = max(end_index, last_cap)
    if end_index is None:
        return None
    chosen = words[: end_index + 1]
    if sum(w[0][0].isupper() for w in chosen) < 2:
        return None
    start, end = chosen[0][1], chosen[-1][2]
    possessive = _POSSESSIVE_RE.search(chosen[-1][0])
    if possessive:
        end -= len(possessive.group())
    return start, end


def _run_names(run: str, heads: frozenset[str]) -> list[tuple[int, int]]:
    """The names in one run of capitalised words, as offsets into *run*."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(run)]
    return [
        found
        for segment in _segments(words)
        if (found := _segment_name(segment, heads)) is not None
    ]


def _pattern_names(text: str, heads: frozenset[str]) -> Iterable[tuple[int, int]]:
    known: dict[str, list[tuple[int, int]]] = {}  # a run written again is read once
    for run in _RUN_RE.finditer(text):
        written = run.group()
        names = known.get(written)
        if names is None:
            names = known[written] = _run_names(written, heads)
        at = run.start()
        for start, end in names:
            yield at + start, at + end


# ------------------------------------------------------------------------- finding


class _Spans:
    """A fixed set of non-empty ``[start, end)`` spans (they may overlap; empty ones are
    dropped) answering "which spans
    cover this position" and "which overlap this range" by binary search, so that checking
    every candidate name stays near-linear in the text (never candidates x spans)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted((a, b) for a, b in spans if b > a)
        self.starts = [a for a, _ in ordered]
        self.spans = ordered
        self.reach: list[int] = []  # reach[k]: the furthest end among spans[: k + 1]
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def covers(self, position: int) -> bool:
        """Whether some span has ``start <= position < end``."""
        k = bisect.bisect_right(self.starts, position)
        return k > 0 and self.reach[k - 1] > position

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The spans overlapping ``[start, end)``: those starting inside it, and those
        starting before it that reach into it (walked back only while one can)."""
        k = bisect.bisect_left(self.starts, end)
        for index in range(k - 1, -1, -1):
            a, b = self.spans[index]
            if a < start and self.reach[index] <= start:
                break
            if b > start:
                yield a, b


def find_excluded(
    text: str, gazetteer: Gazetteer, *, ignore: Iterable[tuple[int, int]] = ()
) -> list[Found]:
    """The excluded gazetteer names (events, people...) written in *text*, in text order;
    names starting inside an *ignore* range are left out."""
    ignored = _Spans(ignore)
    return [
        Found(m.name, m.start, m.end, "gazetteer")
        for m in gazetteer.find(text)
        if not m.organisation and not ignored.covers(m.start)
    ]


def find_organisations(
    text: str,
    gazetteer: Gazetteer,
    *,
    reserved: Iterable[tuple[int, int]] = (),
    ignore: Iterable[tuple[int, int]] = (),
) -> list[Found]:
    """Organisation names written in *text*, in text order, never overlapping each other.

    Nothing overlapping a *reserved* ``[start, end)`` range is returned (the caller has a
    role for that text); nothing starting inside an *ignore* range (page furniture) is
    looked at. ``text[f.start:f.end] == f.name`` for every result.
    """
    ignored_at = _Spans(ignore).covers

    candidates: list[Found] = []
    excluded: list[tuple[int, int]] = []
    for match in gazetteer.find(text):
        if ignored_at(match.start):
            continue
        if match.organisation:
            candidates.append(Found(match.name, match.start, match.end, "gazetteer"))
        else:
            excluded.append((match.start, match.end))
    acronyms: set[str] = set()
    reserved = list(reserved)
    for definition in find_acronym_definitions(text):
        start = definition.start
        if not ignored_at(start):
            candidates.append(
                Found(definition.name, start, start + len(definition.name), "acronym")
            )
        acronyms.add(definition.acronym)
    if acronyms:  # one pass for all of them, longest first
        alternatives = "|".join(re.escape(a) for a in sorted(acronyms, key=lambda a: -len(a)))
        for m in re.finditer(rf"(?<![\w\-])(?:{alternatives})(?![\w])", text):
            if not ignored_at(m.start()):
                candidates.append(Found(m.group(), m.start(), m.end(), "acronym"))
    for start, end in _pattern_names(text, gazetteer.heads):
        if not ignored_at(start):
            candidates.append(Found(text[start:end], start, end, "pattern"))
    rank = {"gazetteer": 0, "acronym": 1, "pattern": 2}
    chosen: list[Found] = []
    taken = bytearray(len(text) + 1)  # 1 where a reserved range or a chosen name lies
    for start, end in reserved:
        taken[max(start, 0) : max(end, 0)] = b"\x01" * (max(end, 0) - max(start, 0))
    events = _Spans(excluded)
    for cand in sorted(candidates, key=lambda f: (-(f.end - f.start), rank[f.how], f.start)):
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        # an excluded name ("Example Conference") may only lie strictly inside a candidate
        if any(
            not (cand.start <= a and b <= cand.end and (a, b) != (cand.start, cand.end))
            for a, b in events.overlapping(cand.start, cand.end)
        ):
            continue
        chosen.append(cand)
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda f: f.start)
