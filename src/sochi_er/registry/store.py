"""The registry: a SQLite file of sources, statements, mentions, organisations and
judgements, added to incrementally. :class:`Registry` is the one entry point; the work
is in ``adding``, ``judgements``, ``views``, ``export`` and ``html_report``.

Contract: every write (``add``, ``judge``) is one ``BEGIN IMMEDIATE`` transaction, so an
interrupted or failing call leaves the file as it was and two processes writing at once
run one after the other. ``add`` skips a document whose content hash is already held
(and says so), links the new mentions against the registry through the blocking index
kept in ``name_keys`` (see :mod:`sochi_er.registry.linking`) and never changes an
existing organisation's id or takes a mention from it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import attrs

from sochi_er.errors import SochiError
from sochi_er.linkage import LabelledPair, LinkageConfig
from sochi_er.parsing import Failure, parse_source
from sochi_er.plugins import ParserRegistry, default_registry
from sochi_er.records import Source
from sochi_er.registry.adding import AddResult, ParsedDocument, add_documents, holds
from sochi_er.registry.errors import RegistryError, UnknownIdError
from sochi_er.registry.export import export_registry
from sochi_er.registry.html_report import write_report
from sochi_er.registry.ids import canonical
from sochi_er.registry.judgements import JudgementResult, Verdict, judge
from sochi_er.registry.schema import connect, reading, transaction
from sochi_er.registry.snapshot import Snapshot, load_snapshot
from sochi_er.registry.views import OrganisationView, organisation_view

__all__ = ["Registry"]


def _read(path: str | os.PathLike[str]) -> Source | SochiError:
    try:
        return Source.from_path(path)
    except SochiError as exc:
        return exc


class Registry:
    """A registry file (see the module contract); use as a context manager or ``close``.

    ``Registry(path, create=True)`` makes the file when missing; otherwise a missing
    file is a :class:`RegistryError`. ``Registry(path, read_only=True)`` never writes to
    the file (``add`` and ``judge`` then fail); a file that is not a registry is refused
    and left as it was (see :func:`sochi_er.registry.schema.connect`).
    """

    def __init__(
        self, path: str | os.PathLike[str], *, create: bool = False, read_only: bool = False
    ) -> None:
        self.path = Path(path)
        self.conn = connect(self.path, create=create, write=not read_only)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Registry:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; SQLite's "readonly database" is a :class:`RegistryError`
        naming the file."""
        try:
            with transaction(self.conn) as conn:
                yield conn
        except sqlite3.OperationalError as exc:
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise RegistryError(f"{self.path}: registry is read-only") from None
            raise

    # -- adding -------------------------------------------------------------------
    def holds(self, sha256: str) -> bool:
        """Whether a source with this content hash was added."""
        return holds(self.conn, sha256)

    def add_paths(
        self,
        paths: Sequence[str | os.PathLike[str]],
        parsers: ParserRegistry | None = None,
        parser: str | None = None,
        config: LinkageConfig | None = None,
        progress: Callable[[int, str], None] | None = None,
    ) -> AddResult:
        """Read and parse *paths* (documents already held, or given twice, are not parsed
        again) and :meth:`add` them; unreadable or unparsable documents are in
        ``failures``."""
        docs: list[ParsedDocument] = []
        failures: list[Failure] = []
        already: list[str] = []
        duplicates: list[tuple[str, str]] = []
        encodings: list[tuple[str, str]] = []
        read: dict[str, str] = {}  # content hash -> the location read
        for i, item in enumerate(_read(p) for p in paths):
            if isinstance(item, SochiError):
                failures.append(Failure(getattr(item, "location", "?"), item))
                continue
            if progress is not None:
                progress(i, item.location)
            if item.sha256 in read:
                duplicates.append((item.location, read[item.sha256]))
                continue
            read[item.sha256] = item.location
            if self.holds(item.sha256):
                already.append(item.location)
                continue
            if item.encoding is not None:
                encodings.append((item.location, item.encoding))
            parsers = parsers or default_registry()
            try:
                name, statements = parse_source(item, parsers, parser)
            except SochiError as exc:
                failures.append(Failure(item.location, exc))
                continue
            docs.append(ParsedDocument(item, name, statements))
        result = self.add(docs, config)
        return attrs.evolve(
            result,
            already=tuple(already) + result.already,
            failures=tuple(failures),
            duplicates=tuple(duplicates) + result.duplicates,
            encodings=tuple(encodings),
        )

    def add(
        self, documents: Iterable[ParsedDocument], config: LinkageConfig | None = None
    ) -> AddResult:
        """Add parsed documents in one transaction (see the module contract)."""
        config = config or LinkageConfig()
        with self._writing():
            return add_documents(self.conn, list(documents), config)

    # -- judging ------------------------------------------------------------------
    def judge(
        self,
        left: str,
        right: str,
        verdict: Verdict | str,
        *,
        note: str = "",
        author: str = "",
        config: LinkageConfig | None = None,
    ) -> JudgementResult:
        """Store and apply a judgement in one transaction (see
        :mod:`sochi_er.registry.judgements`)."""
        try:
            verdict = Verdict(verdict)
        except ValueError:
            raise RegistryError(f"{verdict}: a verdict is one of same, different, unsure") from None
        with self._writing():
            return judge(self.conn, left, right, verdict, note=note, author=author, config=config)

    # -- reading ------------------------------------------------------------------
    def export(
        self,
        out_dir: str | os.PathLike[str],
        config: LinkageConfig | None = None,
        *,
        ftm: bool = False,
    ) -> Snapshot:
        """Write mentions.csv, organisations.csv and statements.jsonl (as ``resolve``
        does) into *out_dir*, and ``entities.ftm.json`` when *ftm*; returns what was
        written."""
        with reading(self.conn):
            return export_registry(self.conn, Path(out_dir), config, ftm=ftm)

    def report(self, out: str | os.PathLike[str], config: LinkageConfig | None = None) -> None:
        """Write the static HTML report to *out* (see
        :mod:`sochi_er.registry.html_report`)."""
        with reading(self.conn):
            write_report(self.conn, Path(out), config)

    def training_pairs(self) -> tuple[LabelledPair, ...]:
        """The latest same / different judgement of each pair of references, as written
        names (an organisation reference by its preferred name): what the supervised
        classifier learns from."""
        rows: dict[frozenset[str], sqlite3.Row] = {}
        with reading(self.conn):
            for row in self.conn.execute("SELECT * FROM judgements ORDER BY id"):
                rows[frozenset((row["left_ref"], row["right_ref"]))] = row
            return tuple(
                LabelledPair(
                    self._written(r["left_ref"]),
                    self._written(r["right_ref"]),
                    r["verdict"] == Verdict.SAME,
                )
                for r in rows.values()
                if r["verdict"] != Verdict.UNSURE
            )

    def _written(self, ref: str) -> str:
        row = self.conn.execute("SELECT name FROM mentions WHERE id = ?", (ref,)).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT name FROM organisations WHERE id = ?", (canonical(self.conn, ref),)
            ).fetchone()
        return str(row["name"])

    def snapshot(self, config: LinkageConfig | None = None) -> Snapshot:
        """Everything the registry holds, as records."""
        with reading(self.conn):
            return load_snapshot(self.conn, config)

    def organisation_ids(self) -> tuple[str, ...]:
        """Ids of the live organisations (redirects left out), sorted."""
        return tuple(
            r["id"]
            for r in self.conn.execute(
                "SELECT id FROM organisations WHERE redirect_to IS NULL ORDER BY id"
            )
        )

    def organisation_of(self, mention_id: str) -> str:
        """The live organisation of a mention; :class:`UnknownIdError` if not held."""
        row = self.conn.execute(
            "SELECT organisation_id FROM mentions WHERE id = ?", (mention_id,)
        ).fetchone()
        if row is None:
            raise UnknownIdError(f"{mention_id}: no such mention in the registry")
        return str(row["organisation_id"])

    def show(self, org_id: str) -> OrganisationView:
        """The organisation *org_id* names (an organisation id, redirects followed, or a
        mention id); :class:`UnknownIdError` when it names none."""
        with reading(self.conn):
            return organisation_view(self.conn, org_id)
