"""Content-derived identifiers: the same content gives the same id on every run and machine."""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["content_id"]

_SEP = "\x1f"


def content_id(prefix: str, *fields: object) -> str:
    """Return ``"<prefix>-<16 hex>"``, a SHA-256 over the NFC-normalised ``str()`` of *fields*.

    ``None`` hashes as the empty string; field order matters.
    """
    parts = ("" if f is None else unicodedata.normalize("NFC", str(f)) for f in fields)
    digest = hashlib.sha256(_SEP.join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"
