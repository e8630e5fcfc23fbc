"""Typed, frozen records: Source, Mention, Statement, Organisation and their parts.

Identity is content-derived (see :mod:`sochi_er.ids`): a record's ``id`` is a hash of the
fields that define it, so ids are stable across runs and machines. Records are immutable;
use :func:`attrs.evolve` for changed copies.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import mimetypes
import os
import re
import unicodedata
from collections.abc import Iterable

import attrs
import charset_normalizer
from attrs import field, frozen

from sochi_er.errors import SourceError
from sochi_er.ids import content_id

__all__ = [
    "Alias",
    "AliasKind",
    "ClaimedCount",
    "Mention",
    "Organisation",
    "Person",
    "Role",
    "Skipped",
    "Source",
    "Span",
    "Statement",
    "StatementKind",
]


class Role(enum.StrEnum):
    """What part an organisation name plays in a statement."""

    SIGNATORY = "signatory"
    PUBLISHER = "publisher"
    ADDRESSEE = "addressee"
    MENTIONED = "mentioned"


class StatementKind(enum.StrEnum):
    """``statement``: a position carried in full; ``article``: a report about statements;
    ``reported``: a statement known only through an article (see ``Statement.reported_in``)."""

    STATEMENT = "statement"
    ARTICLE = "article"
    REPORTED = "reported"


class AliasKind(enum.StrEnum):
    """How an alias relates to an organisation's preferred name."""

    VARIANT = "variant"
    ACRONYM = "acronym"
    OTHER_SCRIPT = "other_script"


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@frozen(order=True)
class Span:
    """Half-open character range ``[start, end)`` in a statement's ``text``."""

    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]


#: How a JSON document starts: an object with a key (or empty), an array of values.
_JSON_START = re.compile(r'^(?:\{\s*(?:"|\})|\[\s*(?:[{\["\]\d-]|true|false|null))')


#: File signatures of binary formats, checked before the file name is trusted.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
)


def _sniff_media_type(location: str, data: bytes, text: str | None) -> str:
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    for magic, media_type in _MAGIC:  # an image or archive named .pdf is not a PDF
        if data.startswith(magic):
            guessed, _ = mimetypes.guess_type(location)
            if magic == b"PK\x03\x04" and guessed and guessed.startswith("application/vnd."):
                return guessed  # .docx, .odt: zip containers of their own type
            return media_type
    if text is not None:
        head = text.lstrip()[:512].lower()
        if _JSON_START.match(head):  # not "{% extends %}" or "[link]: url"
            return "application/json"
        if head.startswith(("<!doctype html", "<html")) or "<body" in head:
            return "text/html"
    guessed, _ = mimetypes.guess_type(location)
    if guessed:
        return guessed
    return "text/plain" if text is not None else "application/octet-stream"


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """``(text, encoding)``: UTF-8 (with or without BOM) or BOM-marked UTF-16 as is
    (encoding ``None``); other text in a legacy encoding (Windows-1252, Latin-1...) as
    guessed by charset-normalizer, with the encoding's name; ``(None, None)`` for data
    that is not text (a NUL byte, or no encoding that reads it as printable text)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, None
    if b"\x00" in data:
        return None, None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if any(data.startswith(magic) for magic, _ in _MAGIC) or data.startswith(b"%PDF-"):
        return None, None
    best = charset_normalizer.from_bytes(data[:_SNIFF_BYTES]).best()
    if best is None or best.encoding is None:
        return None, None
    encoding = best.encoding
    if encoding in _LATIN_CODE_PAGES:  # ties among them: the most common one
        encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding = best.encoding
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            return None, None
    except LookupError:
        return None, None
    printable = sum(ch.isprintable() or ch.isspace() for ch in text[:_SNIFF_BYTES])
    if printable < _PRINTABLE_SHARE * min(len(text), _SNIFF_BYTES):
        return None, None
    return text, encoding


#: Single-byte Latin code pages charset-normalizer cannot tell apart on short texts;
#: Windows-1252 is read when it decodes the bytes (it is by far the most common).
_LATIN_CODE_PAGES = frozenset(
    {
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "latin_1",
        "iso8859_1",
        "iso8859_2",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_15",
        "cp850",
        "cp852",
        "cp775",
        "mac_latin2",
        "mac_roman",
    }
)
#: Bytes charset-normalizer looks at to guess an encoding, and the share of printable
#: characters the decoded text must have to count as text.
_SNIFF_BYTES = 200_000
_PRINTABLE_SHARE = 0.97


@frozen
class Source:
    """A document as read: where it came from, its bytes, its text if it is text.

    ``text`` is ``None`` for content that is not text (a PDF, an image...); text in a
    legacy encoding is decoded and ``encoding`` names the guessed encoding (``None`` for
    UTF-8 and UTF-16); ``text`` is in Unicode normal form NFC (decomposed letters
    composed); ``sha256`` is the hex digest of ``data``. Build with :meth:`from_bytes`,
    :meth:`from_text` or :meth:`from_path`.
    """

    location: str
    media_type: str
    sha256: str
    data: bytes = field(repr=False, eq=False)
    text: str | None = field(repr=False, eq=False)
    encoding: str | None = field(default=None, eq=False)

    @classmethod
    def from_bytes(cls, location: str, data: bytes, media_type: str | None = None) -> Source:
        text, encoding = _decode(data)
        if text is not None and not unicodedata.is_normalized("NFC", text):
            # letters written decomposed ("e" + U+0301, as some systems save files) read
            # as the composed ones: a name's word is one word
            text = unicodedata.normalize("NFC", text)
        return cls(
            location=location,
            media_type=media_type or _sniff_media_type(location, data, text),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
            text=text,
            encoding=encoding,
        )

    @classmethod
    def from_text(cls, location: str, text: str, media_type: str | None = None) -> Source:
        return cls.from_bytes(location, text.encode("utf-8"), media_type)

    @classmethod
    def from_path(cls, path: str | os.PathLike[str]) -> Source:
        """Read *path*; raise :class:`SourceError` (naming it) if missing, unreadable or empty."""
        location = os.fspath(path)
        try:
            data = open(location, "rb").read()  # noqa: SIM115 - closed by refcount at once
        except FileNotFoundError:
            raise SourceError(location, "no such file") from None
        except IsADirectoryError:
            raise SourceError(location, "is a directory, not a file") from None
        except OSError as exc:
            raise SourceError(location, f"cannot read: {exc.strerror or exc}") from None
        if not data.strip():
            raise SourceError(location, "empty file")
        return cls.from_bytes(location, data)

    @property
    def name(self) -> str:
        """The file name part of ``location``."""
        return os.path.basename(self.location.rstrip("/")) or self.location

    def require_text(self) -> str:
        """Return ``text``, or raise :class:`SourceError` saying the content is not text."""
        if self.text is None:
            problem = f"not readable as text (binary or unknown encoding, {self.media_type})"
            raise SourceError(self.location, problem)
        return self.text


@frozen
class Mention:
    """One occurrence of an organisation name in a statement.

    ``name`` is exactly as written; ``span`` (when known) slices ``name`` out of the
    statement's ``text``; ``ordinal`` is the 1-based position in a signatory list.
    What the line said beside the name: ``person`` and ``person_role`` (who signed for
    the organisation: "Jane Roe", "Director"), ``country`` / ``place`` (a trailing
    qualifier: "Colombia", "Springfield NY") and ``legal_form`` ("Inc.", kept in the name
    too). None of these take part in the id.
    """

    name: str
    role: Role = field(converter=Role)
    statement_id: str
    document: str = field(eq=False)
    ordinal: int | None = None
    span: Span | None = None
    person: str | None = None
    person_role: str | None = None
    country: str | None = None
    place: str | None = None
    legal_form: str | None = None
    id: str = field(init=False)

    @id.default
    def _content_id(self) -> str:
        start = self.span.start if self.span else None
        return content_id("m", self.statement_id, self.role, self.ordinal, start, self.name)


@frozen
class Person:
    """A person who signed a statement in their own name (not for an organisation).

    Persons are kept apart from :class:`Mention` so they never enter organisation linkage.
    ``ordinal`` is the position in the signatory list (shared with organisations);
    ``role`` what the line said of them ("lawyer", "Professor").
    """

    name: str
    statement_id: str
    document: str = field(eq=False)
    ordinal: int | None = None
    span: Span | None = None
    role: str | None = None
    country: str | None = None
    place: str | None = None


@frozen
class Skipped:
    """Something a parser read and deliberately did not turn into a Mention, and why.

    An empty list item keeps its ``ordinal`` so a gap is reported, not shifted.
    """

    text: str
    reason: str
    ordinal: int | None = None
    span: Span | None = None


@frozen
class ClaimedCount:
    """What a text says of how many signed: ``"more than 3,500 opposition figures"``."""

    count: int
    qualifier: str | None
    text: str
    span: Span | None = None


def _mention_tuple(items: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(items)


def _person_tuple(items: Iterable[Person]) -> tuple[Person, ...]:
    return tuple(items)


def _skipped_tuple(items: Iterable[Skipped]) -> tuple[Skipped, ...]:
    return tuple(items)


def _alias_tuple(items: Iterable[Alias]) -> tuple[Alias, ...]:
    return tuple(items)


def _str_tuple(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _date_or_none(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


@frozen
class Statement:
    """A public position taken by one or more organisations, as read from one source.

    ``text`` is the text the parser saw; every Mention's ``span`` indexes it. ``date`` is
    the statement's own date; ``published`` the date this rendition was published, when
    the source says so and it differs (a blog post of an earlier letter).
    ``mentions`` holds signatories in list order, then the other roles; ``persons`` the
    persons who signed in their own name. ``id`` is derived
    from the source's content hash and the statement's index in that source.
    """

    id: str
    source: str
    kind: StatementKind = field(converter=StatementKind)
    text: str = field(repr=False)
    title: str | None = None
    date: dt.date | None = field(default=None, converter=_date_or_none)
    published: dt.date | None = field(default=None, converter=_date_or_none)
    mentions: tuple[Mention, ...] = field(default=(), converter=_mention_tuple, repr=False)
    skipped: tuple[Skipped, ...] = field(default=(), converter=_skipped_tuple, repr=False)
    persons: tuple[Person, ...] = field(default=(), converter=_person_tuple, repr=False)
    claimed_signers: ClaimedCount | None = None
    language: str | None = None
    url: str | None = None
    author: str | None = None
    reported_in: str | None = None

    def __attrs_post_init__(self) -> None:
        for m in self.mentions:
            if m.statement_id != self.id:
                raise ValueError(f"mention {m.name!r} belongs to {m.statement_id}, not {self.id}")

    @staticmethod
    def make_id(source: Source, index: int = 0) -> str:
        """The id of the *index*-th statement read from *source*."""
        return content_id("s", source.sha256, index)

    def with_role(self, role: Role) -> tuple[Mention, ...]:
        """The mentions with *role*, in order."""
        return tuple(m for m in self.mentions if m.role is role)

    @property
    def signatories(self) -> tuple[Mention, ...]:
        return self.with_role(Role.SIGNATORY)

    @property
    def publishers(self) -> tuple[Mention, ...]:
        return self.with_role(Role.PUBLISHER)

    @property
    def addressees(self) -> tuple[Mention, ...]:
        return self.with_role(Role.ADDRESSEE)


@frozen
class Alias:
    """A name an organisation was seen under, with the mentions that used it."""

    name: str
    kind: AliasKind = field(converter=AliasKind)
    mention_ids: tuple[str, ...] = field(converter=_str_tuple)


@frozen
class Organisation:
    """A resolved entity: preferred name, aliases, and every Mention resolved to it."""

    id: str
    name: str
    aliases: tuple[Alias, ...] = field(converter=_alias_tuple)
    mentions: tuple[Mention, ...] = field(converter=_mention_tuple, repr=False)

    @property
    def acronyms(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.aliases if a.kind is AliasKind.ACRONYM)

    @property
    def statement_ids(self) -> tuple[str, ...]:
        """Ids of the statements this organisation appears in, sorted, unique."""
        return tuple(sorted({m.statement_id for m in self.mentions}))

    @staticmethod
    def make_id(mention_ids: Iterable[str]) -> str:
        """Order-independent id for the cluster made of *mention_ids* (its smallest member)."""
        return content_id("o", min(mention_ids))
