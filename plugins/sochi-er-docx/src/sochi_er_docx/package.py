"""The DOCX package: recognise one, open one, and say plainly why one cannot be read."""

from __future__ import annotations

import io
import re
import zipfile
import zlib

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import OpcError
from docx.oxml.document import CT_Document
from docx.oxml.exceptions import XmlchemyError

__all__ = [
    "MAX_UNPACKED",
    "OLE_MAGIC",
    "READ_ERRORS",
    "UnreadableDocx",
    "describe",
    "is_docx_package",
    "open_docx",
]

#: The most a package may unpack to (bytes); more is taken for a zip bomb.
MAX_UNPACKED = 256 * 1024 * 1024
#: The start of an OLE compound file: a password-protected DOCX or a legacy ``.doc``.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN_PART = "word/document.xml"
_CONTENT_TYPE = re.compile(r"not a Word file, content type is '([^']+)'")

#: What reading a damaged package can raise, in python-docx, lxml (``SyntaxError``),
#: zipfile and zlib, while the package is opened or its body walked (python-docx reads
#: attributes lazily, and meets a part of the wrong type or a missing target with
#: ``AttributeError`` / ``TypeError``).
READ_ERRORS: tuple[type[Exception], ...] = (
    OpcError,
    XmlchemyError,
    KeyError,
    IndexError,
    ValueError,
    SyntaxError,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    AttributeError,
    TypeError,
)


class UnreadableDocx(Exception):
    """The data is not a DOCX that can be read; ``problem`` says why in a few words."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def is_docx_package(data: bytes) -> bool:
    """Whether *data* is a zip archive holding ``word/document.xml``. Never raises."""
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _MAIN_PART in archive.namelist()
    except Exception:  # a damaged archive is simply not recognised
        return False


def _check_archive(data: bytes) -> None:
    """:class:`UnreadableDocx` unless *data* is a zip of a sane size with a main part."""
    if data.startswith(OLE_MAGIC):
        raise UnreadableDocx("an encrypted (password-protected) DOCX or a legacy .doc file")
    if not data.startswith(b"PK"):
        raise UnreadableDocx("not a DOCX file: not a zip archive")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except READ_ERRORS as exc:
        raise UnreadableDocx(f"damaged zip archive ({describe(exc)})") from None
    if _MAIN_PART not in {info.filename for info in infos}:
        raise UnreadableDocx(f"not a DOCX file: the zip holds no {_MAIN_PART}")
    if any(info.flag_bits & 0x1 for info in infos):
        raise UnreadableDocx("encrypted zip entries (password required)")
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise UnreadableDocx(f"unpacks to more than {MAX_UNPACKED // 2**20} MiB")


def open_docx(data: bytes) -> WordDocument:
    """The Word document in *data*; :class:`UnreadableDocx` naming the problem if it is
    not a readable DOCX package."""
    _check_archive(data)
    try:
        word = docx.Document(io.BytesIO(data))
        word.styles.element  # noqa: B018 - load the styles part now: a damaged one fails here
    except READ_ERRORS as exc:
        other = _CONTENT_TYPE.search(str(exc)) if isinstance(exc, ValueError) else None
        if other:  # a spreadsheet or presentation package, say
            raise UnreadableDocx(f"not a Word document: its main part is {other[1]}") from None
        raise UnreadableDocx(f"damaged DOCX package ({describe(exc)})") from None
    root = word.element
    if not isinstance(root, CT_Document) or root.body is None:
        raise UnreadableDocx(f"damaged DOCX package: {_MAIN_PART} holds no w:document/w:body")
    return word


def describe(exc: BaseException) -> str:
    """``"Kind: message"`` for *exc*, clipped to one short line."""
    text = " ".join(str(exc).split())
    text = text if len(text) <= 120 else text[:119] + "\u2026"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
