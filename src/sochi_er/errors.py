"""The project's typed errors: one root class, subclasses that also inherit the stdlib
error a caller would expect. Every error that concerns a document names it."""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DuplicateParserError",
    "ParseError",
    "ParserSelectionError",
    "PluginError",
    "SochiError",
    "SourceError",
]


class SochiError(Exception):
    """Root of every error sochi_er raises on purpose."""


class SourceError(SochiError, OSError):
    """A document could not be read: missing, empty, unreadable, undecodable.

    ``str(err)`` is one line: ``"<location>: <problem>"``.
    """

    def __init__(self, location: str, problem: str) -> None:
        super().__init__(f"{location}: {problem}")
        self.location = location
        self.problem = problem

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str]]:
        return (type(self), (self.location, self.problem))


class ParseError(SochiError, ValueError):
    """A parser could not turn a document into Statements.

    Parsers raise this (never another exception) for input they cannot read;
    ``parser`` names the parser, ``location`` the document.
    """

    def __init__(self, location: str, problem: str, parser: str | None = None) -> None:
        who = f" [{parser}]" if parser else ""
        super().__init__(f"{location}: {problem}{who}")
        self.location = location
        self.problem = problem
        self.parser = parser

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str, str | None]]:
        return (type(self), (self.location, self.problem, self.parser))


class ParserSelectionError(SochiError, LookupError):
    """No parser, or more than one equally confident parser, claims a document."""

    def __init__(self, location: str, problem: str, candidates: tuple[str, ...] = ()) -> None:
        listed = f" (candidates: {', '.join(candidates)})" if candidates else ""
        super().__init__(f"{location}: {problem}{listed}")
        self.location = location
        self.problem = problem
        self.candidates = candidates


class PluginError(SochiError, RuntimeError):
    """A plugin failed to load or misbehaved; ``plugin`` names it."""

    def __init__(self, plugin: str, problem: str) -> None:
        super().__init__(f"plugin {plugin!r}: {problem}")
        self.plugin = plugin
        self.problem = problem


class DuplicateParserError(PluginError):
    """Two plugins registered parsers with the same name."""


class ConfigError(SochiError, ValueError):
    """A configuration value or user-data file is invalid; ``what`` names it."""

    def __init__(self, what: str, problem: str) -> None:
        super().__init__(f"{what}: {problem}")
        self.what = what
        self.problem = problem
