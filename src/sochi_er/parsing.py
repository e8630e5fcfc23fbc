"""Run parsers over documents: one failing document never stops the batch."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence

from attrs import frozen

from sochi_er.errors import ParseError, SochiError
from sochi_er.plugins import ParserRegistry
from sochi_er.records import Source, Statement

__all__ = ["Failure", "ParseReport", "parse_paths", "parse_source", "parse_sources"]


@frozen
class Failure:
    """A document that could not be read or parsed, with the typed error saying why."""

    location: str
    error: SochiError

    @property
    def message(self) -> str:
        """One line naming the document and the problem."""
        return str(self.error)


@frozen
class ParseReport:
    """Everything a batch produced: the statements, the failures, which parser read what."""

    statements: tuple[Statement, ...]
    failures: tuple[Failure, ...]
    parser_of: tuple[tuple[str, str], ...]  # (location, parser name), in input order
    #: (location, location read) of documents left out because an earlier one of the
    #: batch has the same bytes (the same file given twice, or a copy of it)
    duplicates: tuple[tuple[str, str], ...] = ()
    #: (location, encoding) of documents read in a guessed legacy encoding
    encodings: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failures


def _check_output(parser_name: str, source: Source, produced: object) -> Statement:
    if not isinstance(produced, Statement):
        raise ParseError(source.location, f"parser returned {type(produced).__name__}", parser_name)
    for m in produced.mentions:
        if m.span is not None and m.span.slice(produced.text) != m.name:
            raise ParseError(
                source.location,
                f"mention {m.name!r} has a span that does not slice it out",
                parser_name,
            )
    return produced


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (as it was before, after): reading a large
    document allocates millions of records that hold no cycles, and the collector's
    full passes over them cost a fifth of the time; what one document leaves in cycles
    is collected when the collector runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_source(
    source: Source, registry: ParserRegistry, parser: str | None = None
) -> tuple[str, tuple[Statement, ...]]:
    """Select a parser for *source* (or use the one named *parser*) and run it (the
    cyclic garbage collector paused meanwhile).

    Returns ``(parser name, statements)``. Raises a :class:`SochiError`: a parser's own
    :class:`ParseError`, or a ParseError naming the parser if it raised anything else.
    """
    with _collector_paused():
        return _parse_source(source, registry, parser)


def _parse_source(
    source: Source, registry: ParserRegistry, parser: str | None
) -> tuple[str, tuple[Statement, ...]]:
    chosen = registry.select(source, parser)
    try:
        produced = tuple(chosen.parse(source))
    except SochiError:
        raise
    except RecursionError:
        raise ParseError(source.location, "input nested too deeply", chosen.name) from None
    except Exception as exc:
        raise ParseError(
            source.location, f"parser crashed: {type(exc).__name__}: {exc}", chosen.name
        ) from exc
    return chosen.name, tuple(_check_output(chosen.name, source, s) for s in produced)


def parse_sources(
    sources: Iterable[Source | SochiError],
    registry: ParserRegistry,
    parser: str | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> ParseReport:
    """Parse every source; errors (given or raised) become :class:`Failure` entries. A
    source with the same bytes as an earlier one is read once and listed in
    ``duplicates``."""
    statements: list[Statement] = []
    failures: list[Failure] = []
    used: list[tuple[str, str]] = []
    duplicates: list[tuple[str, str]] = []
    encodings: list[tuple[str, str]] = []
    seen: dict[str, str] = {}  # content hash -> the location read
    for i, item in enumerate(sources):
        if isinstance(item, SochiError):
            failures.append(Failure(getattr(item, "location", "?"), item))
            continue
        if item.sha256 in seen:
            duplicates.append((item.location, seen[item.sha256]))
            continue
        seen[item.sha256] = item.location
        if item.encoding is not None:
            encodings.append((item.location, item.encoding))
        if progress is not None:
            progress(i, item.location)
        try:
            name, produced = parse_source(item, registry, parser)
        except SochiError as exc:
            failures.append(Failure(item.location, exc))
            continue
        statements.extend(produced)
        used.append((item.location, name))
    return ParseReport(
        tuple(statements), tuple(failures), tuple(used), tuple(duplicates), tuple(encodings)
    )


def _read(path: str | os.PathLike[str]) -> Source | SochiError:
    try:
        return Source.from_path(path)
    except SochiError as exc:
        return exc


def parse_paths(
    paths: Sequence[str | os.PathLike[str]],
    registry: ParserRegistry,
    parser: str | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> ParseReport:
    """Read and parse each path; unreadable files are reported, the rest still parsed."""
    return parse_sources((_read(p) for p in paths), registry, parser, progress)
