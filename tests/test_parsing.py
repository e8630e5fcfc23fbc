"""Batch parsing: crashes and bad output become typed failures; the batch goes on."""

from __future__ import annotations

import gc
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from conftest import LineParser

from sochi_er import ParseError, Source, Span, Statement, parse_paths, parse_source, parse_sources
from sochi_er.testing import (
    ContractViolation,
    check_parser,
    fuzz_parser,
    make_source,
    registry_with,
    xml_text,
)


class Crashing(LineParser):
    def parse(self, source: Source) -> Iterator[Statement]:
        raise KeyError("oops")


class LyingSpans(LineParser):
    def parse(self, source: Source) -> Iterator[Statement]:
        for st in super().parse(source):
            m = st.mentions[0]
            assert m.span is not None
            moved = attrs.evolve(m, span=Span(m.span.start + 1, m.span.end + 1))
            yield attrs.evolve(st, mentions=(moved, *st.mentions[1:]))


def test_crashing_parser_becomes_a_parse_error_naming_it() -> None:
    registry = registry_with(Crashing("crashy"))
    with pytest.raises(ParseError, match=r"doc.txt: parser crashed: KeyError: 'oops' \[crashy\]"):
        parse_source(make_source("Zaad\n", "doc.txt"), registry)


def test_batch_goes_on_after_failures(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Zaad\nSNHR\n")
    registry = registry_with(LineParser("lines"))
    report = parse_paths([tmp_path / "missing.txt", good], registry)
    assert [f.location for f in report.failures] == [str(tmp_path / "missing.txt")]
    assert [m.name for m in report.statements[0].mentions] == ["Zaad", "SNHR"]
    assert report.parser_of == ((str(good), "lines"),)
    assert not report.ok


def test_output_with_a_wrong_span_is_rejected() -> None:
    report = parse_sources([make_source("Zaad\n", "a.txt")], registry_with(LyingSpans("liar")))
    assert "does not slice it out" in report.failures[0].message


class SilentGaps(LineParser):
    """Drops blank lines' positions without a word."""

    def parse(self, source: Source) -> Iterator[Statement]:
        for statement in super().parse(source):
            yield attrs.evolve(statement, skipped=())


class Empty(LineParser):
    def parse(self, source: Source) -> Iterator[Statement]:
        return iter(())


class RaisingConfidence(LineParser):
    def confidence(self, source: Source) -> float:
        raise RuntimeError("boom")


def test_kit_catches_contract_violations() -> None:
    with pytest.raises(ContractViolation, match="slices 'aad"):
        check_parser(LyingSpans("liar"), make_source("Zaad\n"))
    with pytest.raises(ContractViolation, match="KeyError"):
        fuzz_parser(Crashing("crashy"), ["Zaad"], rounds=3)
    statements = check_parser(LineParser(), make_source("Zaad\n\nSNHR\n"))
    assert [(m.ordinal, m.name) for m in statements[0].signatories] == [(1, "Zaad"), (3, "SNHR")]
    with pytest.raises(ContractViolation, match=r"list positions \[2\] neither read nor"):
        check_parser(SilentGaps("gaps"), make_source("Zaad\n\nSNHR\n"))
    with pytest.raises(ContractViolation, match="no statement"):
        check_parser(Empty("empty"), make_source("Zaad\n"))
    with pytest.raises(ContractViolation, match="confidence raised"):
        check_parser(RaisingConfidence("raising"), make_source("Zaad\n"))
    assert fuzz_parser(LineParser(), ["Zaad\nSNHR\n"], rounds=50) == 50


class ZippedLines(LineParser):
    """A made-up binary format: a zip holding ``letter.txt``, read as :class:`LineParser`
    reads text. Records the text of every container it opened."""

    def __init__(self) -> None:
        super().__init__("zipped-lines")
        self.opened: list[str] = []

    def confidence(self, source: Source) -> float:
        return 0.5 if source.data.startswith(b"PK") else 0.0

    def parse(self, source: Source) -> Iterator[Statement]:
        try:
            with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
                text = archive.read("letter.txt").decode()
        except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, EOFError) as exc:
            raise ParseError(source.location, f"unreadable: {exc}", self.name) from None
        self.opened.append(text)
        yield from super().parse(Source.from_text(source.location, text))


def _zip_letter(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("letter.txt", text)
    return buffer.getvalue()


def test_fuzzing_a_container_reaches_the_parser_only_when_rebuilt() -> None:
    seed = "Zaad\nSNHR\nExample Network\n"
    by_bytes = ZippedLines()
    assert fuzz_parser(by_bytes, [_zip_letter(seed)], rounds=40, location="f.zip") == 40
    rebuilt = ZippedLines()
    assert fuzz_parser(rebuilt, [seed], rounds=40, location="f.zip", build=_zip_letter) == 40
    assert len(rebuilt.opened) == 40  # every rebuilt input was a readable container
    assert len(by_bytes.opened) < 40  # mutated zips: most are refused before the logic
    assert len(set(rebuilt.opened)) > 20  # and the texts inside were mutated
    with pytest.raises(ContractViolation, match="KeyError"):
        fuzz_parser(Crashing("crashy"), ["Zaad"], rounds=3, build=str.encode)


def test_xml_text_replaces_what_xml_cannot_hold() -> None:
    assert xml_text("a\x00b\tc\nd\x1f\ud800\ufffe\uffff\U0001f600") == (
        "a\ufffdb\tc\nd\ufffd\ufffd\ufffd\ufffd\U0001f600"
    )


def test_parse_source_leaves_the_garbage_collector_as_it_found_it() -> None:
    source = make_source("Zaad\nSNHR\n")
    assert gc.isenabled()
    assert parse_source(source, registry_with(LineParser()))[0] == "lines"
    assert gc.isenabled()
    with pytest.raises(ParseError, match="KeyError"):
        parse_source(source, registry_with(Crashing("crashy")))
    assert gc.isenabled()
    gc.disable()
    try:
        parse_source(source, registry_with(LineParser()))
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
