"""Write a Resolution to files (mentions.csv, organisations.csv, statements.jsonl) and
summarise it for people."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from sochi_er.linkage import Resolution, StatementGroup
from sochi_er.outputs import atomic_text, locked_directory
from sochi_er.parsing import ParseReport
from sochi_er.records import Organisation, Role, Statement

__all__ = [
    "MENTION_COLUMNS",
    "ORGANISATION_COLUMNS",
    "summarise",
    "write_resolution",
    "write_tables",
]

MENTION_COLUMNS = (
    "document",
    "statement_id",
    "role",
    "ordinal",
    "name",
    "organisation_id",
    "person",
    "person_role",
    "country",
    "place",
    "legal_form",
)
ORGANISATION_COLUMNS = ("organisation_id", "name", "aliases", "statements")


def _signed_groups(resolution: Resolution) -> Counter[str]:
    """Organisation id -> number of statement groups it signed."""
    group_of = {sid: g.id for g in resolution.statement_groups for sid in g.statement_ids}
    signed: dict[str, set[str]] = {}
    for org in resolution.organisations:
        for m in org.mentions:
            if m.role is Role.SIGNATORY:
                signed.setdefault(org.id, set()).add(group_of[m.statement_id])
    return Counter({org: len(groups) for org, groups in signed.items()})


def write_resolution(
    resolution: Resolution, statements: Sequence[Statement], out_dir: Path
) -> None:
    """Write one row per Mention (none dropped), one per Organisation, one JSON line per
    merged statement into *out_dir* (created if missing). Each file is replaced
    atomically, and the directory is locked while the three are written, so concurrent
    runs to one directory leave one run's files, whole."""
    write_tables(
        resolution.organisations,
        resolution.mention_organisation,
        resolution.statement_groups,
        statements,
        out_dir,
    )


def write_tables(
    organisations: Sequence[Organisation],
    mention_organisation: Mapping[str, str],
    statement_groups: Sequence[StatementGroup],
    statements: Sequence[Statement],
    out_dir: Path,
) -> None:
    """:func:`write_resolution` from its parts (what a registry holds), with the same
    guarantees: every mention of *statements* must be in *mention_organisation*."""
    with locked_directory(out_dir):
        with atomic_text(out_dir / "mentions.csv", newline="") as f:
            w = csv.writer(f)
            w.writerow(MENTION_COLUMNS)
            for st in statements:
                for m in st.mentions:
                    w.writerow(
                        (
                            m.document,
                            m.statement_id,
                            m.role.value,
                            "" if m.ordinal is None else m.ordinal,
                            m.name,
                            mention_organisation[m.id],
                            m.person or "",
                            m.person_role or "",
                            m.country or "",
                            m.place or "",
                            m.legal_form or "",
                        )
                    )
        group_of = {sid: g.id for g in statement_groups for sid in g.statement_ids}
        with atomic_text(out_dir / "organisations.csv", newline="") as f:
            w = csv.writer(f)
            w.writerow(ORGANISATION_COLUMNS)
            for org in organisations:
                groups = sorted({group_of[m.statement_id] for m in org.mentions})
                aliases = " | ".join(a.name for a in org.aliases if a.name != org.name)
                w.writerow((org.id, org.name, aliases, ";".join(groups)))
        by_id = {st.id: st for st in statements}
        with atomic_text(out_dir / "statements.jsonl") as f:
            for g in statement_groups:
                members = [by_id[sid] for sid in g.statement_ids]
                signatories: list[str] = []
                for st in members:
                    for m in st.signatories:
                        org_id = mention_organisation[m.id]
                        if org_id not in signatories:
                            signatories.append(org_id)
                row = {
                    "id": g.id,
                    "title": g.title,
                    "date": g.date.isoformat() if g.date else None,
                    "renditions": [
                        {"statement_id": st.id, "source": st.source, "kind": st.kind.value}
                        for st in members
                    ],
                    "signatory_organisations": signatories,
                    "signatory_persons": [
                        {"name": p.name, "role": p.role, "statement_id": p.statement_id}
                        for st in members
                        for p in st.persons
                    ],
                    "claimed_signers": next(
                        (st.claimed_signers.count for st in members if st.claimed_signers), None
                    ),
                }
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


def summarise(resolution: Resolution, report: ParseReport, out_dir: Path, top: int = 10) -> str:
    """A readable summary: counts, the organisations that signed most, the hardest merges."""
    n_mentions = len(resolution.mention_organisation)
    signed = _signed_groups(resolution)
    names = {o.id: o.name for o in resolution.organisations}
    lines = [
        f"documents: {len(report.parser_of)} parsed, {len(report.failures)} failed",
        f"statements: {len(report.statements)} read, {len(resolution.statement_groups)} "
        "after merging renditions",
        f"mentions: {n_mentions} -> organisations: {len(resolution.organisations)}",
        "",
        f"organisations that signed the most statements (top {top}):",
    ]
    for org_id, count in sorted(signed.items(), key=lambda kv: (-kv[1], names[kv[0]]))[:top]:
        lines.append(f"  {count}  {names[org_id]}  [{org_id}]")
    lines += ["", "hardest merges (lowest accepted scores):"]
    for a, b, score in resolution.hardest_merges(5):
        left, right = Path(a.document).name, Path(b.document).name
        lines.append(f"  {score:.3f}  {a.name!r} ({left}) ~ {b.name!r} ({right})")
    lines += ["", f"written: {out_dir}/mentions.csv, organisations.csv, statements.jsonl"]
    return "\n".join(lines)
