"""Writing output files safely: atomically, one writer at a time, checked before the work.

- :func:`atomic_text` writes a file through a temporary sibling and ``os.replace``: a
  reader sees the old file or the new one, never half of one; an error or Ctrl-C leaves
  the old file as it was.
- :func:`locked_directory` holds an exclusive lock on an output directory while a run
  writes its files, so concurrent runs to one directory write one after the other and
  the directory always holds one run's files.
- :func:`check_output_file` / :func:`check_output_dir` say, before any work is done,
  whether an output path can be written, as a :class:`~sochi_er.errors.ConfigError`
  naming it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from sochi_er.errors import ConfigError

__all__ = ["atomic_text", "check_output_dir", "check_output_file", "locked_directory"]

LOCK_NAME = ".sochi-er.lock"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: The mode of a file created the ordinary way under this process's umask.
_FILE_MODE = 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_text(path: Path, *, newline: str = "\n") -> Iterator[TextIO]:
    """A text handle whose content replaces *path* when the block ends without error."""
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with open(descriptor, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _FILE_MODE)  # as an ordinary new file, not mkstemp's 0600
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def locked_directory(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on *directory* (created if missing) for the block."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / LOCK_NAME, "a", encoding="utf-8") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock.fileno(), fcntl.LOCK_UN)


def _writable_dir(directory: Path, what: str) -> None:
    existing = directory
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise ConfigError(what, f"{existing} is a file, not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ConfigError(what, f"cannot write in {existing}")


def check_output_dir(directory: Path) -> None:
    """Raise :class:`ConfigError` unless *directory* is, or can become, a writable folder."""
    what = f"--out {directory}"
    if directory.exists() and not directory.is_dir():
        raise ConfigError(what, "exists and is not a folder")
    _writable_dir(directory, what)


def check_output_file(path: Path) -> None:
    """Raise :class:`ConfigError` unless *path* can be written (its folders may be missing)."""
    what = f"--out {path}"
    if path.is_dir():
        raise ConfigError(what, "is a folder, not a file")
    _writable_dir(path.parent, what)
