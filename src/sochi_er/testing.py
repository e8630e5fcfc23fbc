"""A test kit for parser authors: check a parser against the contract in one call.

    from sochi_er.testing import check_parser, fuzz_parser, make_source
    statements = check_parser(MyParser(), make_source("...", "letter.txt"))
    fuzz_parser(MyParser(), seed_text)
    fuzz_parser(MyDocxParser(), [seed_text], build=write_docx)   # binary formats

Each check raises :class:`ContractViolation` (an ``AssertionError``) listing every problem.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from types import SimpleNamespace

from sochi_er.errors import ParseError, SourceError
from sochi_er.hookspecs import hookimpl
from sochi_er.parser import Parser
from sochi_er.plugins import ParserRegistry, load_registry, make_plugin_manager
from sochi_er.records import Role, Source, Statement

__all__ = [
    "ContainerBuilder",
    "ContractViolation",
    "check_parser",
    "check_robust",
    "check_statements",
    "fuzz_parser",
    "make_source",
    "registry_with",
    "xml_text",
]

#: Writes a valid file of a binary format (a DOCX, a PDF...) holding the given text, one
#: paragraph a line. Fuzzing passes mutated text through it, so a parser reads well-formed
#: files with hostile text instead of refusing broken bytes before its own logic runs.
ContainerBuilder = Callable[[str], bytes]


class ContractViolation(AssertionError):
    """A parser broke the contract; ``problems`` lists how."""

    def __init__(self, parser: str, problems: Sequence[str]) -> None:
        super().__init__(f"parser {parser!r} broke the contract:\n- " + "\n- ".join(problems))
        self.problems = tuple(problems)


def make_source(content: str | bytes, location: str = "test-document.txt") -> Source:
    """A Source from text or bytes, as if read from *location*."""
    if isinstance(content, str):
        return Source.from_text(location, content)
    return Source.from_bytes(location, content)


def registry_with(*parsers: Parser, entry_points: bool = False) -> ParserRegistry:
    """A registry holding *parsers* (registered through a throwaway plugin), plus the
    installed plugins if *entry_points*."""

    @hookimpl
    def register_parsers(register: Callable[[Parser], None]) -> None:
        for parser in parsers:
            register(parser)

    plugin = SimpleNamespace(register_parsers=register_parsers, __name__="test-plugin")
    return load_registry(make_plugin_manager(entry_points=entry_points, plugins=[plugin]))


def check_statements(source: Source, statements: Sequence[Statement]) -> list[str]:
    """Every contract problem in *statements* parsed from *source* (empty list: none)."""
    problems: list[str] = []
    ids = [s.id for s in statements]
    if len(set(ids)) != len(ids):
        problems.append("statement ids are not unique")
    for st in statements:
        where = f"statement {st.id}"
        if st.source != source.location:
            problems.append(f"{where}: source {st.source!r} is not {source.location!r}")
        ordinals = [m.ordinal for m in st.signatories if m.ordinal is not None]
        gaps = [s.ordinal for s in st.skipped if s.ordinal is not None]
        if len(set(ordinals)) != len(ordinals):
            problems.append(f"{where}: signatory ordinals repeat")
        if set(ordinals) & set(gaps):
            problems.append(f"{where}: an ordinal is both a signatory and skipped")
        if any(o < 1 for o in ordinals):
            problems.append(f"{where}: ordinals must be 1-based")
        positions = set(ordinals) | set(gaps) | {p.ordinal for p in st.persons if p.ordinal}
        span = range(min(positions), max(positions)) if positions else range(0)
        lost = [k for k in span if k not in positions]
        if lost:  # a position inside the list neither read nor reported ("start=3" is fine)
            problems.append(f"{where}: list positions {lost[:5]} neither read nor skipped")
        for m in st.mentions:
            if not m.name.strip():
                problems.append(f"{where}: empty mention name")
            if m.name != m.name.strip():
                problems.append(f"{where}: mention {m.name!r} has surrounding whitespace")
            if m.document != source.location:
                problems.append(f"{where}: mention {m.name!r} document is {m.document!r}")
            if m.span is None:
                if m.role is Role.SIGNATORY:
                    problems.append(f"{where}: signatory {m.name!r} has no span")
            elif m.span.slice(st.text) != m.name:
                got = m.span.slice(st.text)
                problems.append(f"{where}: span of {m.name!r} slices {got!r}")
        for sk in st.skipped:
            if not sk.reason:
                problems.append(f"{where}: skipped item {sk.text!r} gives no reason")
            if sk.span is not None and sk.span.slice(st.text) != sk.text:
                problems.append(f"{where}: span of skipped {sk.text!r} does not slice it")
    return problems


def check_parser(parser: Parser, source: Source, *, min_confidence: float = 0.0) -> list[Statement]:
    """Parse *source* twice and check the contract; return the statements.

    Checks: a non-empty ``name``; ``confidence`` answers (never raises) in [0, 1] (and
    above *min_confidence*); at least one Statement and only Statements come back; ids
    unique and identical across runs (content-derived); every span slices exactly its
    name; ordinals 1-based and unique; a number missing from a list is reported in
    ``skipped``; skipped items give a reason.
    """
    name = getattr(parser, "name", None)
    problems: list[str] = []
    if not isinstance(name, str) or not name:
        raise ContractViolation(repr(parser), ["parser has no string name"])
    try:
        confidence = parser.confidence(source)
    except Exception as exc:  # confidence must answer, never raise
        raise ContractViolation(name, [f"confidence raised {exc!r}"]) from exc
    if not 0.0 <= confidence <= 1.0:
        problems.append(f"confidence {confidence} outside [0, 1]")
    elif confidence <= min_confidence:
        problems.append(f"confidence {confidence} not above {min_confidence}")
    first = list(parser.parse(source))
    second = list(parser.parse(source))
    if not first:
        problems.append("parse returned no statement (raise ParseError to refuse a source)")
        raise ContractViolation(name, problems)
    if any(not isinstance(s, Statement) for s in first):
        problems.append("parse returned something that is not a Statement")
        raise ContractViolation(name, problems)
    if [s.id for s in first] != [s.id for s in second] or [
        [m.id for m in s.mentions] for s in first
    ] != [[m.id for m in s.mentions] for s in second]:
        problems.append("two parses of the same source gave different ids")
    problems += check_statements(source, first)
    if problems:
        raise ContractViolation(name, problems)
    return first


def check_robust(parser: Parser, source: Source) -> tuple[Statement, ...]:
    """Parse *source* as any input may be: the result must be valid Statements, or a
    :class:`ParseError` (or the :class:`SourceError` of ``source.require_text()``), which
    gives ``()``. Anything else, or a confidence outside [0, 1], raises
    :class:`ContractViolation`. The building block of property tests."""
    confidence = parser.confidence(source)
    if not 0.0 <= confidence <= 1.0:
        raise ContractViolation(parser.name, [f"confidence {confidence} outside [0, 1]"])
    try:
        statements = tuple(parser.parse(source))
    except (ParseError, SourceError):
        return ()
    except Exception as exc:
        raise ContractViolation(
            parser.name, [f"raised {type(exc).__name__}: {exc} on input {source.location}"]
        ) from exc
    problems = check_statements(source, statements)
    if problems:
        raise ContractViolation(parser.name, problems)
    return statements


#: Characters XML 1.0 cannot hold: C0 controls but tab, LF, CR; surrogates; U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """*text* with every character XML 1.0 cannot hold replaced by U+FFFD, so that a
    :data:`ContainerBuilder` writing an XML-based format (DOCX, ODT, EPUB) never fails
    on what a mutation inserted."""
    return _NOT_XML.sub("\ufffd", text)


def _mutate(rng: random.Random, data: bytes) -> bytes:
    op = rng.randrange(5)
    if not data:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64)))
    i, j = sorted(rng.randrange(len(data) + 1) for _ in range(2))
    if op == 0:  # delete a slice
        return data[:i] + data[j:]
    if op == 1:  # duplicate a slice
        return data[:j] + data[i:j] + data[j:]
    if op == 2:  # random bytes
        return data[:i] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16))) + data[i:]
    if op == 3:  # truncate
        return data[:i]
    return data[:i] + "\u0627\u0644\u00a0\u2014\u200f".encode() + data[i:]  # odd unicode


def fuzz_parser(
    parser: Parser,
    seeds: Iterable[str | bytes],
    *,
    rounds: int = 200,
    seed: int = 0,
    location: str = "fuzz-input.txt",
    build: ContainerBuilder | None = None,
) -> int:
    """Feed *parser* *rounds* random mutations of each seed document; return how many
    inputs were tried (``rounds`` x the number of seeds).

    Mutations (deletions, duplications, random bytes, truncation, odd Unicode) apply to
    the seed's bytes. With *build*, a seed is the text of a document: each mutation is
    decoded (invalid UTF-8 replaced) and *build* writes it into a valid container, so a
    binary-format parser reads well-formed files whose text is hostile (without it,
    nearly every mutated DOCX is an unreadable zip and the parser's logic is never
    reached). An exception from *build* is the builder's bug and propagates.

    The parser must return valid Statements or raise :class:`ParseError` (or the
    :class:`SourceError` of ``source.require_text()``); anything else raises
    :class:`ContractViolation`. Deterministic for a given *seed*.
    """
    rng = random.Random(seed)
    tried = 0
    for original in seeds:
        data = original.encode() if isinstance(original, str) else original
        current = data
        for _ in range(rounds):
            current = _mutate(rng, current if rng.random() < 0.5 else data)
            content = current if build is None else build(current.decode(errors="replace"))
            check_robust(parser, make_source(content, location))
            tried += 1
    return tried
