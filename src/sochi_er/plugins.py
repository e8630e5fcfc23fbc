"""Plugin host: build a plugin manager, load entry points, collect parsers into a registry
and gazetteer lines from data packs.

No global state but one cache: every call to :func:`make_plugin_manager` returns a fresh
manager, so a test can build its own and register throwaway plugins;
:func:`installed_gazetteer_lines` collects the installed plugins' gazetteer lines once per
process (``installed_gazetteer_lines.cache_clear()`` forgets them).
"""

from __future__ import annotations

import functools
import importlib.metadata as metadata
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import pluggy
from attrs import frozen

from sochi_er import hookspecs
from sochi_er.errors import DuplicateParserError, ParserSelectionError
from sochi_er.parser import Parser
from sochi_er.records import Source

__all__ = [
    "ENTRY_POINT_GROUP",
    "TIE_TOLERANCE",
    "GazetteerLines",
    "ParserInfo",
    "ParserRegistry",
    "PluginFailure",
    "PluginManager",
    "default_registry",
    "installed_gazetteer_lines",
    "load_gazetteer_lines",
    "load_registry",
    "make_plugin_manager",
]

ENTRY_POINT_GROUP = "sochi_er"
#: Confidences closer than this are a tie.
TIE_TOLERANCE = 1e-9


@frozen
class PluginFailure:
    """A plugin that could not be loaded or whose hook raised; the run goes on without it."""

    plugin: str
    problem: str


@frozen
class ParserInfo:
    """Where an installed parser comes from."""

    name: str
    plugin: str
    distribution: str | None
    version: str | None


class PluginManager(pluggy.PluginManager):
    """pluggy's manager plus what loading found: failures and each plugin's distribution."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        self.load_failures: list[PluginFailure] = []
        #: plugin name -> (distribution name, version) for entry-point plugins
        self.distributions: dict[str, tuple[str, str]] = {}

    def add(self, plugin: object, name: str | None = None) -> bool:
        """Register *plugin*; on an invalid plugin record a failure and return False."""
        label = name or getattr(plugin, "__name__", None) or repr(plugin)
        try:
            self.register(plugin, name=label)
            self.check_pending()
        except Exception as exc:
            if self.is_registered(plugin):
                self.unregister(plugin)
            self.load_failures.append(PluginFailure(label, f"invalid plugin: {exc}"))
            return False
        if not self.get_hookcallers(plugin):  # nothing marked @hookimpl: it can do nothing
            self.unregister(plugin)
            problem = "no @hookimpl function (register_parsers, register_gazetteer) found"
            self.load_failures.append(PluginFailure(label, problem))
            return False
        return True

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> None:
        """Load every installed distribution's *group* entry point, reporting failures."""
        for ep in sorted(metadata.entry_points(group=group), key=lambda e: e.name):
            if self.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:  # a broken plugin must not take down the run
                self.load_failures.append(PluginFailure(ep.name, f"failed to import: {exc!r}"))
                continue
            if self.add(plugin, ep.name) and ep.dist is not None:
                self.distributions[ep.name] = (ep.dist.name, ep.dist.version)


def make_plugin_manager(
    *, entry_points: bool = True, plugins: Iterable[object] = ()
) -> PluginManager:
    """A fresh plugin manager with *plugins* registered and, if *entry_points*, every
    installed distribution's ``sochi_er`` entry point loaded.

    A plugin that fails to import or implements an unknown hook is left out and listed
    in ``load_failures`` instead of raising.
    """
    pm = PluginManager()
    for plugin in plugins:
        pm.add(plugin)
    if entry_points:
        pm.load_entry_points()
    return pm


class ParserRegistry:
    """The parsers installed plugins registered, by unique name, and how to pick one."""

    def __init__(
        self,
        parsers: Mapping[str, Parser],
        info: Mapping[str, ParserInfo],
        failures: Iterable[PluginFailure] = (),
    ) -> None:
        self.parsers: Mapping[str, Parser] = MappingProxyType(dict(sorted(parsers.items())))
        self.info: Mapping[str, ParserInfo] = MappingProxyType(dict(sorted(info.items())))
        self.failures: tuple[PluginFailure, ...] = tuple(failures)

    def get(self, name: str) -> Parser:
        """The parser called *name*; :class:`ParserSelectionError` listing the known ones."""
        try:
            return self.parsers[name]
        except KeyError:
            raise ParserSelectionError(
                "--parser", f"no parser named {name!r}", tuple(self.parsers)
            ) from None

    def confidences(self, source: Source) -> dict[str, float]:
        """Every parser's confidence for *source*; a parser that raises counts as 0."""
        scores: dict[str, float] = {}
        for name, parser in self.parsers.items():
            try:
                value = float(parser.confidence(source))
            except Exception:
                value = 0.0
            scores[name] = value if 0.0 <= value <= 1.0 else 0.0
        return scores

    def select(self, source: Source, name: str | None = None) -> Parser:
        """An explicit *name* wins; else the single most confident parser.

        Raises :class:`ParserSelectionError` if nobody claims *source* or the best
        confidence is shared.
        """
        if name is not None:
            return self.get(name)
        scores = self.confidences(source)
        best = max(scores.values(), default=0.0)
        if not self.parsers and self.failures:  # installed, but none could be loaded
            failed = "; ".join(f"{f.plugin}: {f.problem}" for f in self.failures[:3])
            more = f" (and {len(self.failures) - 3} more)" if len(self.failures) > 3 else ""
            raise ParserSelectionError(
                source.location,
                f"no parser plugin could be loaded ({failed}{more}); see `sochi-er plugins`",
                (),
            )
        if not self.parsers:
            raise ParserSelectionError(
                source.location,
                "no parser plugin is installed; install the built-in ones with "
                "pip install 'sochi-er[all]' (or a plugin of your own)",
                (),
            )
        if best <= 0.0:
            what = (
                "no installed parser reads it"
                if source.text is not None
                else f"not text (binary or unknown encoding, {source.media_type}) "
                "and no installed parser reads it"
            )
            raise ParserSelectionError(source.location, what, tuple(self.parsers))
        top = tuple(n for n, s in scores.items() if best - s <= TIE_TOLERANCE)
        if len(top) > 1:
            raise ParserSelectionError(
                source.location, f"parsers tie at confidence {best:.2f}; pass --parser", top
            )
        return self.parsers[top[0]]


def load_registry(pm: PluginManager) -> ParserRegistry:
    """Call every plugin's ``register_parsers`` and collect the parsers.

    A plugin whose hook raises is reported and skipped; of two parsers with one name the
    first registered keeps it and the other is disabled, reported in ``failures`` naming
    both plugins (a :class:`DuplicateParserError` problem), so every other command runs.
    The failures of the ``register_gazetteer`` hook (see :func:`load_gazetteer_lines`)
    are listed in the registry's ``failures`` too, so every plugin problem is reported
    in one place.
    """
    found: dict[str, Parser] = {}
    info: dict[str, ParserInfo] = {}
    problems = list(pm.load_failures)
    for impl in reversed(pm.hook.register_parsers.get_hookimpls()):
        plugin_name = impl.plugin_name
        collected: list[Parser] = []
        try:
            impl.function(**{arg: collected.append for arg in impl.argnames})
        except Exception as exc:
            problems.append(PluginFailure(plugin_name, f"register_parsers raised {exc!r}"))
            continue
        dist, version = pm.distributions.get(plugin_name, (None, None))
        for parser in collected:
            if not isinstance(parser, Parser) or not isinstance(parser.name, str):
                problems.append(
                    PluginFailure(plugin_name, f"registered {parser!r}, which is not a Parser")
                )
                continue
            if parser.name in found:  # the first keeps the name; the rest still run
                duplicate = DuplicateParserError(
                    plugin_name,
                    f"parser name {parser.name!r} is already registered by "
                    f"{info[parser.name].plugin!r}; this one is disabled",
                )
                problems.append(PluginFailure(plugin_name, duplicate.problem))
                continue
            found[parser.name] = parser
            info[parser.name] = ParserInfo(
                name=parser.name,
                plugin=plugin_name,
                distribution=dist,
                version=version,
            )
    problems.extend(load_gazetteer_lines(pm).failures)
    return ParserRegistry(found, info, problems)


def default_registry() -> ParserRegistry:
    """A registry of every installed parser plugin."""
    return load_registry(make_plugin_manager())


@frozen
class GazetteerLines:
    """The gazetteer lines plugins registered, by plugin (in hook call order), and the
    plugins whose ``register_gazetteer`` hook failed. The order carries no meaning: a
    gazetteer is a set of entries."""

    plugins: Mapping[str, tuple[str, ...]]
    failures: tuple[PluginFailure, ...] = ()

    @property
    def lines(self) -> tuple[str, ...]:
        """Every registered line, plugin after plugin."""
        return tuple(line for lines in self.plugins.values() for line in lines)


def load_gazetteer_lines(pm: PluginManager) -> GazetteerLines:
    """Call every plugin's ``register_gazetteer`` and collect the lines.

    A plugin whose hook raises is reported and contributes nothing; a registered value
    that is not a string, or holds a line break, is reported and left out.
    """
    found: dict[str, tuple[str, ...]] = {}
    problems: list[PluginFailure] = []
    for impl in reversed(pm.hook.register_gazetteer.get_hookimpls()):
        plugin_name = impl.plugin_name
        collected: list[object] = []
        try:
            impl.function(**{arg: collected.append for arg in impl.argnames})
        except Exception as exc:
            problems.append(PluginFailure(plugin_name, f"register_gazetteer raised {exc!r}"))
            continue
        lines: list[str] = []
        for line in collected:
            if not isinstance(line, str) or len(line.splitlines()) > 1:
                problems.append(
                    PluginFailure(
                        plugin_name, f"registered {line!r}, which is not one gazetteer line"
                    )
                )
                continue
            lines.append(line)
        found[plugin_name] = tuple(lines)
    return GazetteerLines(MappingProxyType(found), tuple(problems))


@functools.cache
def installed_gazetteer_lines() -> GazetteerLines:
    """The gazetteer lines of every installed plugin (entry points), collected once per
    process; failures are kept in ``failures`` (the CLI reports them through
    :func:`default_registry`)."""
    return load_gazetteer_lines(make_plugin_manager())
