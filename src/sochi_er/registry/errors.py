"""The registry's errors: usage problems (exit code 2 on the command line)."""

from __future__ import annotations

from sochi_er.errors import SochiError

__all__ = ["RegistryError", "UnknownIdError"]


class RegistryError(SochiError, ValueError):
    """A registry cannot be used as asked (missing file, newer schema, bad verdict).

    ``str(err)`` is one line naming the registry or the id.
    """


class UnknownIdError(RegistryError, LookupError):
    """An organisation or mention id that the registry does not hold."""
