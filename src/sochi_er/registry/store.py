"""The registry: a SQLite file of sources, statements, mentions, organisations and
judgements, added to incrementally.

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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType

from attrs import frozen

from sochi_er.errors import SochiError
from sochi_er.linkage import BlockingOptions, LabelledPair, LinkageConfig
from sochi_er.parsing import Failure, parse_source
from sochi_er.plugins import ParserRegistry, default_registry
from sochi_er.records import Role, Source, Statement
from sochi_er.registry.codec import chunks, insert_statement, mention_from_row
from sochi_er.registry.errors import RegistryError, UnknownIdError
from sochi_er.registry.export import export_registry
from sochi_er.registry.html_report import write_report
from sochi_er.registry.ids import (
    canonical,
    create_organisation,
    merge_organisations,
    mint,
    now,
    preferred_name,
    refresh_names,
)
from sochi_er.registry.judgements import (
    JudgementResult,
    Verdict,
    judge,
    judged_pairs,
    judgement_line,
    judgements_by_organisation,
)
from sochi_er.registry.keys import CAPPED_PREFIXES, lookup_keys, name_keys
from sochi_er.registry.linking import Known, OrgState, plan_links
from sochi_er.registry.schema import connect, reading, transaction
from sochi_er.registry.snapshot import Snapshot, load_snapshot

__all__ = [
    "AddResult",
    "NameSeen",
    "OrgSummary",
    "OrganisationView",
    "ParsedDocument",
    "Registry",
    "StatementSeen",
]


@frozen
class ParsedDocument:
    """One source and the statements its parser read from it."""

    source: Source
    parser: str
    statements: tuple[Statement, ...]


@frozen
class OrgSummary:
    """An organisation an ``add`` touched: ``statements`` it has signed or appears in
    (all adds), ``new_mentions`` in this add."""

    id: str
    name: str
    statements: int
    new_mentions: int


@frozen
class AddResult:
    """What an ``add`` did. ``statements``: ids of new statements; ``already``: locations
    whose content the registry held (nothing changed for them); ``failures``: documents
    that could not be read or parsed; ``new`` / ``seen``: organisations first seen /
    seen before; ``merges``: (survivor, absorbed) pairs."""

    statements: tuple[str, ...]
    already: tuple[str, ...]
    failures: tuple[Failure, ...]
    new: tuple[OrgSummary, ...]
    seen: tuple[OrgSummary, ...]
    merges: tuple[tuple[str, str], ...]

    @property
    def changed(self) -> bool:
        return bool(self.statements)


@frozen
class NameSeen:
    """A written name of an organisation: how often, in which statements and documents."""

    name: str
    count: int
    statements: tuple[str, ...]
    documents: tuple[str, ...]


@frozen
class StatementSeen:
    """A statement an organisation appears in, with the roles it has there."""

    id: str
    title: str | None
    date: str | None
    source: str
    roles: tuple[str, ...]


@frozen
class OrganisationView:
    """Everything the registry holds on one organisation. ``asked`` is the id given
    (``id`` differs when it was a redirect); ``redirects``: ids merged into this one;
    ``events`` and ``judgements`` as (time, kind, text)."""

    asked: str
    id: str
    name: str
    names: tuple[NameSeen, ...]
    statements: tuple[StatementSeen, ...]
    redirects: tuple[str, ...]
    events: tuple[tuple[str, str, str], ...]
    judgements: tuple[tuple[str, str, str], ...]


#: Registry mentions of one written name in one organisation given to the engine at most
#: (the engine compares forms; the organisation's lists are checked in full apart).
KNOWN_PER_NAME = 3


def _read(path: str | os.PathLike[str]) -> Source | SochiError:
    try:
        return Source.from_path(path)
    except SochiError as exc:
        return exc


class Registry:
    """A registry file (see the module contract); use as a context manager or ``close``.

    ``Registry(path, create=True)`` makes the file when missing; otherwise a missing
    file is a :class:`RegistryError`.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = False) -> None:
        self.path = Path(path)
        self.conn = connect(self.path, create=create)

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

    # -- adding -------------------------------------------------------------------
    def holds(self, sha256: str) -> bool:
        """Whether a source with this content hash was added."""
        return bool(
            self.conn.execute("SELECT 1 FROM sources WHERE sha256 = ?", (sha256,)).fetchone()
        )

    def add_paths(
        self,
        paths: Sequence[str | os.PathLike[str]],
        parsers: ParserRegistry | None = None,
        parser: str | None = None,
        config: LinkageConfig | None = None,
        progress: Callable[[int, str], None] | None = None,
    ) -> AddResult:
        """Read and parse *paths* (documents already held are not parsed again) and
        :meth:`add` them; unreadable or unparsable documents are in ``failures``."""
        docs: list[ParsedDocument] = []
        failures: list[Failure] = []
        already: list[str] = []
        for i, item in enumerate(_read(p) for p in paths):
            if isinstance(item, SochiError):
                failures.append(Failure(getattr(item, "location", "?"), item))
                continue
            if progress is not None:
                progress(i, item.location)
            if self.holds(item.sha256):
                already.append(item.location)
                continue
            parsers = parsers or default_registry()
            try:
                name, statements = parse_source(item, parsers, parser)
            except SochiError as exc:
                failures.append(Failure(item.location, exc))
                continue
            docs.append(ParsedDocument(item, name, statements))
        result = self.add(docs, config)
        return AddResult(
            result.statements,
            tuple(already) + result.already,
            tuple(failures),
            result.new,
            result.seen,
            result.merges,
        )

    def add(
        self, documents: Iterable[ParsedDocument], config: LinkageConfig | None = None
    ) -> AddResult:
        """Add parsed documents in one transaction (see the module contract)."""
        config = config or LinkageConfig()
        with transaction(self.conn):
            return self._add(list(documents), config)

    def _add(self, documents: list[ParsedDocument], config: LinkageConfig) -> AddResult:
        conn = self.conn
        fresh: dict[str, ParsedDocument] = {}
        already: list[str] = []
        for doc in documents:
            if doc.source.sha256 in fresh or self.holds(doc.source.sha256):
                already.append(doc.source.location)
            else:
                fresh[doc.source.sha256] = doc
        if not fresh:
            return AddResult((), tuple(already), (), (), (), ())
        seq = conn.execute("INSERT INTO adds (at) VALUES (?)", (now(),)).lastrowid
        statements = [s for doc in fresh.values() for s in doc.statements]
        keys = {n: name_keys(n) for n in sorted({m.name for s in statements for m in s.mentions})}
        known = self._candidates(keys.values(), config.blocking)
        states = self._states({k.organisation_id for k in known})
        apart, judged = judged_pairs(conn)
        taken: set[str] = set()
        plan = plan_links(
            statements, known, states, apart, judged,
            lambda ids: mint(conn, ids, taken), config,
        )
        by_id = {m.id: m for s in statements for m in s.mentions}
        for org, members in sorted(plan.created.items()):
            name = preferred_name(Counter(by_id[m].name for m in members))
            create_organisation(conn, org, name, f"first seen in add #{seq}")
        for merge in plan.merges:
            merge_organisations(conn, merge.survivor, merge.absorbed, merge.reason)
        final = {m: self._live(o) for m, o in plan.organisation_of.items()}
        for sha, doc in fresh.items():
            conn.execute(
                "INSERT INTO sources VALUES (?, ?, ?, ?, ?)",
                (sha, doc.source.location, doc.source.media_type, doc.parser, seq),
            )
            for position, st in enumerate(doc.statements):
                insert_statement(conn, st, sha, position, final)
        conn.executemany(
            "INSERT OR IGNORE INTO name_keys (key, name) VALUES (?, ?)",
            [(key, n) for n, ks in keys.items() for key in sorted(ks)],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO review_pairs VALUES (?, ?, ?, ?)",
            [(p.left, p.right, p.score, p.explanation) for p in plan.review],
        )
        touched = set(final.values())
        refresh_names(conn, touched)
        joined = Counter(final.values())
        summaries = {o: self._summary(o, joined[o]) for o in sorted(touched)}
        created = {self._live(o) for o in plan.created}
        conn.execute(
            "UPDATE adds SET summary = ? WHERE seq = ?",
            (f"{len(statements)} statements, {len(created)} new organisations", seq),
        )
        return AddResult(
            tuple(sorted(s.id for s in statements)),
            tuple(already),
            (),
            tuple(v for o, v in summaries.items() if o in created),
            tuple(v for o, v in summaries.items() if o not in created),
            tuple((m.survivor, m.absorbed) for m in plan.merges),
        )

    def _live(self, org: str) -> str:
        row = self.conn.execute(
            "SELECT redirect_to FROM organisations WHERE id = ?", (org,)
        ).fetchone()
        return str(row["redirect_to"] or org)

    def _candidates(self, keys: Iterable[frozenset[str]], opts: BlockingOptions) -> list[Known]:
        """Registry mentions whose names share one of *keys* (capped keys that
        block too many names are skipped, as the engine's IDF cut does), at most
        :data:`KNOWN_PER_NAME` per organisation and name, the smallest ids."""
        wanted = sorted({k for ks in keys for k in lookup_keys(ks)})
        usable: list[str] = []
        for part in chunks(wanted):
            marks = ",".join("?" * len(part))
            for row in self.conn.execute(
                f"SELECT key, COUNT(*) AS n FROM name_keys WHERE key IN ({marks}) GROUP BY key",
                tuple(part),
            ):
                capped = row["key"].startswith(CAPPED_PREFIXES)
                if row["n"] <= (opts.max_token_block if capped else opts.max_key_block):
                    usable.append(row["key"])
        found: set[str] = set()
        for part in chunks(usable):
            marks = ",".join("?" * len(part))
            found.update(
                r["name"]
                for r in self.conn.execute(
                    f"SELECT name FROM name_keys WHERE key IN ({marks})", tuple(part)
                )
            )
        known: list[Known] = []
        for part in chunks(sorted(found)):
            marks = ",".join("?" * len(part))
            for row in self.conn.execute(
                "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY organisation_id, "
                f"name ORDER BY id) AS k FROM mentions WHERE name IN ({marks})) "
                "WHERE k <= ? ORDER BY id",
                (*part, KNOWN_PER_NAME),
            ):
                known.append(Known(mention_from_row(row), row["organisation_id"]))
        return known

    def _states(self, orgs: Iterable[str]) -> dict[str, OrgState]:
        signed: dict[str, set[str]] = defaultdict(set)
        ranks: dict[str, int] = {}
        for part in chunks(sorted(set(orgs))):
            marks = ",".join("?" * len(part))
            for row in self.conn.execute(
                f"SELECT id, rank FROM organisations WHERE id IN ({marks})", tuple(part)
            ):
                ranks[row["id"]] = row["rank"]
            for row in self.conn.execute(
                "SELECT organisation_id, statement_id FROM mentions "
                f"WHERE organisation_id IN ({marks}) AND role = ?",
                (*part, Role.SIGNATORY.value),
            ):
                signed[row["organisation_id"]].add(row["statement_id"])
        return {o: OrgState(o, r, frozenset(signed[o])) for o, r in ranks.items()}

    def _summary(self, org: str, new_mentions: int) -> OrgSummary:
        row = self.conn.execute(
            "SELECT o.name, COUNT(DISTINCT m.statement_id) AS n FROM organisations o "
            "JOIN mentions m ON m.organisation_id = o.id WHERE o.id = ?",
            (org,),
        ).fetchone()
        return OrgSummary(org, row["name"], int(row["n"]), new_mentions)

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
            raise RegistryError(
                f"{verdict}: a verdict is one of same, different, unsure"
            ) from None
        with transaction(self.conn):
            return judge(
                self.conn, left, right, verdict, note=note, author=author, config=config
            )

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

    def report(
        self, out: str | os.PathLike[str], config: LinkageConfig | None = None
    ) -> None:
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
                LabelledPair(self._written(r["left_ref"]), self._written(r["right_ref"]),
                             r["verdict"] == Verdict.SAME)
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
            return self._show(org_id)

    def _show(self, org_id: str) -> OrganisationView:
        conn = self.conn
        row = conn.execute("SELECT * FROM organisations WHERE id = ?", (org_id,)).fetchone()
        mention = conn.execute(
            "SELECT organisation_id FROM mentions WHERE id = ?", (org_id,)
        ).fetchone()
        if row is None and mention is None:
            raise UnknownIdError(f"{org_id}: no such organisation or mention in the registry")
        live = str(mention[0]) if row is None else str(row["redirect_to"] or org_id)
        name = conn.execute("SELECT name FROM organisations WHERE id = ?", (live,)).fetchone()[0]
        rows = conn.execute(
            "SELECT m.name, m.role, m.statement_id, m.document, st.title, st.date, st.source "
            "FROM mentions m JOIN statements st ON st.id = m.statement_id "
            "WHERE m.organisation_id = ? ORDER BY st.date, m.statement_id, m.position",
            (live,),
        ).fetchall()
        by_name: dict[str, list[sqlite3.Row]] = defaultdict(list)
        by_statement: dict[str, list[sqlite3.Row]] = defaultdict(list)
        for r in rows:
            by_name[r["name"]].append(r)
            by_statement[r["statement_id"]].append(r)
        names = tuple(
            NameSeen(
                n,
                len(rs),
                tuple(sorted({r["statement_id"] for r in rs})),
                tuple(sorted({r["document"] for r in rs})),
            )
            for n, rs in sorted(by_name.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        )
        statements = tuple(
            StatementSeen(
                sid, rs[0]["title"], rs[0]["date"], rs[0]["source"],
                tuple(sorted({r["role"] for r in rs})),
            )
            for sid, rs in by_statement.items()
        )
        redirects = tuple(
            r["id"]
            for r in conn.execute(
                "SELECT id FROM organisations WHERE redirect_to = ? ORDER BY id", (live,)
            )
        )
        events = tuple(
            (r["at"], r["kind"], _event_text(r))
            for r in conn.execute(
                "SELECT * FROM events WHERE organisation_id = ? ORDER BY id", (live,)
            )
        )
        judgements = tuple(
            (r["at"], r["verdict"], judgement_line(r))
            for r in judgements_by_organisation(conn).get(live, [])
        )
        return OrganisationView(
            org_id, live, name, names, statements, redirects, events, judgements
        )


def _event_text(row: sqlite3.Row) -> str:
    other = row["other_id"]
    if row["kind"] == "merged":
        return f"merged with {other}: {row['detail']}"
    if row["kind"] == "split":
        return f"split off {other}: {row['detail']}"
    return str(row["detail"])
