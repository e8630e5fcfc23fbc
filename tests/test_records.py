from __future__ import annotations

import datetime as dt

import attrs
import pytest

from sochi_er import (
    Mention,
    Organisation,
    Role,
    Source,
    SourceError,
    Span,
    Statement,
    StatementBuilder,
    StatementKind,
)
from sochi_er.ids import content_id


def test_content_id_is_stable_and_order_sensitive() -> None:
    assert content_id("m", "a", 1, None) == content_id("m", "a", 1, None)
    assert content_id("m", "a", 1) != content_id("m", 1, "a")
    # Known value: ids must not change between releases, or gold sets break.
    assert (
        content_id("s", "abc", 0)
        == "s-" + __import__("hashlib").sha256(b"abc\x1f0").hexdigest()[:16]
    )
    # NFC and NFD spellings of one name are the same content.
    assert content_id("m", "Ant\u00f3nio") == content_id("m", "Anto\u0301nio")


def test_records_are_frozen() -> None:
    span = Span(1, 3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
    with pytest.raises(ValueError):
        Span(3, 1)
    with pytest.raises(ValueError):
        Span(-1, 1)


def test_mention_identity_comes_from_content_not_document_path() -> None:
    a = Mention("Zaad", Role.SIGNATORY, "s-1", "here/a.txt", 148, Span(10, 14))
    b = Mention("Zaad", "signatory", "s-1", "elsewhere/a.txt", 148, Span(10, 14))
    assert a.id == b.id and a == b and hash(a) == hash(b)
    assert attrs.evolve(a, ordinal=147).id != a.id
    assert attrs.evolve(a, name="Zaad ").id != a.id


def test_source_sniffs_content_over_extension(corpus: dict[str, object]) -> None:
    wp = Source.from_path(corpus["001"])  # type: ignore[arg-type]
    assert wp.media_type == "application/json"
    assert Source.from_path(corpus["000"]).media_type == "text/plain"  # type: ignore[arg-type]
    pdf = Source.from_bytes("x.bin", b"%PDF-1.4\n\xff\xfe\x00binary")
    assert pdf.media_type == "application/pdf" and pdf.text is None
    with pytest.raises(SourceError, match=r"x\.bin: not readable as text"):
        pdf.require_text()


def test_source_decodes_utf8_bom_and_utf16() -> None:
    assert Source.from_bytes("a", "\ufeffZaad".encode()).text == "Zaad"
    assert Source.from_bytes("a", "Zaad \u0627".encode("utf-16")).text == "Zaad \u0627"


def test_legacy_encodings_are_read_and_named() -> None:
    text = (
        "Firmatari:\n- Associazione Citt\u00e0 Aperta\n- Comitato per la Libert\u00e0\n"
        "- Soci\u00e9t\u00e9 G\u00e9n\u00e9rale des \u00c9crivains \u2013 \u201cZitat\u201d\n"
    )
    source = Source.from_bytes("letter.txt", text.encode("cp1252"))
    assert (source.text, source.encoding) == (text, "cp1252")
    assert Source.from_bytes("a.txt", text.encode()).encoding is None  # UTF-8 as is
    noise = Source.from_bytes("x.dat", bytes(range(1, 256)) * 8)
    assert noise.text is None and noise.encoding is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file"), (b"", "empty file"), (b" \n\t\n", "empty file")],
)
def test_source_from_path_errors_name_the_file(tmp_path, content, problem) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SourceError) as err:
        Source.from_path(path)
    assert str(err.value) == f"{path}: {problem}"
    assert isinstance(err.value, OSError)


def test_builder_refuses_a_span_that_does_not_slice_the_name() -> None:
    source = Source.from_text("l.txt", "1. Help4Syria, UK\n2. Zaad\n")
    builder = StatementBuilder(source, source.require_text())
    builder.add("Help4Syria, UK", Role.SIGNATORY, 3, 1)
    with pytest.raises(ValueError, match="not at offset"):
        builder.add("Zaad", Role.SIGNATORY, 3, 2)
    builder.skip("", "number with no name", None, 3)
    st = builder.build(title="t", date=dt.date(2018, 1, 3))
    assert st.kind is StatementKind.STATEMENT
    assert [m.span.slice(st.text) for m in st.mentions if m.span] == ["Help4Syria, UK"]
    assert st.skipped[0].ordinal == 3
    assert st.id == Statement.make_id(source, 0) != Statement.make_id(source, 1)


def test_statement_rejects_foreign_mentions() -> None:
    source = Source.from_text("l.txt", "Zaad")
    other = Mention("Zaad", Role.SIGNATORY, "s-other", "l.txt", 1, Span(0, 4))
    with pytest.raises(ValueError, match="belongs to"):
        Statement(id="s-mine", source="l.txt", kind="statement", text="Zaad", mentions=[other])
    assert Statement.make_id(source) == Statement.make_id(Source.from_text("moved.txt", "Zaad"))


def test_organisation_id_is_order_independent() -> None:
    assert Organisation.make_id(["m-b", "m-a"]) == Organisation.make_id(["m-a", "m-b"])
    m = Mention("SNHR", Role.PUBLISHER, "s-1", "d", None, None)
    org = Organisation(Organisation.make_id([m.id]), "Syrian Network for Human Rights", [], [m])
    assert org.statement_ids == ("s-1",)
    assert org.acronyms == ()


def test_the_written_out_mention_json_is_the_generic_one() -> None:
    """``mention_to_dict`` lists Mention's fields by hand for speed: it must give exactly
    what the generic conversion gives, for every field (a new field fails this)."""
    from sochi_er.serialize import mention_to_dict, to_jsonable

    full = Mention(
        "Example Network", Role.SIGNATORY, "s-1", "a.txt", 3, Span(10, 25), person="Jane Roe",
        person_role="Director", country="Kenya", place="Nairobi", legal_form="Inc.",
    )  # fmt: skip
    bare = Mention("Example", Role.PUBLISHER, "s-1", "a.txt")
    for mention in (full, bare):
        assert mention_to_dict(mention) == {"type": "mention", **to_jsonable(mention)}
        assert list(mention_to_dict(mention))[1:] == list(to_jsonable(mention))


def test_source_text_is_composed_whatever_the_file_wrote() -> None:
    """A file saved with decomposed letters ("e" then a combining acute) reads as the
    composed text, so "André" is one word for the detector; the bytes and their hash
    stay as written."""
    decomposed = "Prof. Dr. Andre\u0301 Velmar, Universita\u0308t Tarrow\n"
    source = Source.from_bytes("letter.txt", decomposed.encode("utf-8"))
    assert source.text == "Prof. Dr. Andr\u00e9 Velmar, Universit\u00e4t Tarrow\n"
    assert source.data == decomposed.encode("utf-8")
