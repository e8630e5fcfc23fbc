"""Plain-text views of registry results for the command line."""

from __future__ import annotations

from pathlib import Path

from sochi_er.registry.adding import AddResult
from sochi_er.registry.judgements import JudgementResult
from sochi_er.registry.views import OrganisationView

__all__ = ["add_text", "judgement_text", "organisation_text"]


def add_text(result: AddResult) -> str:
    """What an add did: new statements, organisations first seen and seen before,
    merges, documents already held."""
    lines = [f"new statements: {len(result.statements)}"]
    lines += [f"  {sid}" for sid in result.statements]
    for location in result.already:
        lines.append(
            f"{Path(location).name}: already in the registry (same content), nothing changed"
        )
    lines.append(f"organisations first seen: {len(result.new)}")
    lines += [f"  {o.id}  {o.name}" for o in result.new]
    lines.append(f"organisations seen before: {len(result.seen)}")
    lines += [
        f"  {o.id}  {o.name}  (signed {o.statements} statement{'' if o.statements == 1 else 's'})"
        for o in result.seen
    ]
    lines += [f"merged: {absorbed} -> {survivor}" for survivor, absorbed in result.merges]
    return "\n".join(lines)


def organisation_text(view: OrganisationView) -> str:
    """An organisation as readable text: names, statements, merges and judgements."""
    lines = [f"{view.id}  {view.name}"]
    if view.by_mention:
        lines.append(f"  (mention {view.asked} belongs to {view.id})")
    elif view.asked != view.id:
        lines.append(f"  ({view.asked} was merged into {view.id})")
    lines.append("names:")
    for n in view.names:
        lines.append(f"  {n.name}  x{n.count}  in {', '.join(Path(d).name for d in n.documents)}")
        lines.append(f"    mentions: {' '.join(n.mentions)}")
    lines.append("statements:")
    lines += [
        f"  {s.date or '????-??-??'}  {s.id}  {', '.join(s.roles)}  {s.title or ''}"
        for s in view.statements
    ]
    if view.redirects:
        lines.append("redirects here: " + ", ".join(view.redirects))
    lines.append("history:")
    lines += [f"  {at}  {kind}: {text}" for at, kind, text in view.events]
    if view.judgements:
        lines.append("judgements:")
        lines += [f"  {at}  {text}" for at, _verdict, text in view.judgements]
    return "\n".join(lines)


def judgement_text(result: JudgementResult) -> str:
    """One line: the stored judgement and what it did."""
    left, right = result.organisations
    return f"judgement #{result.id} ({result.verdict}): {result.action}; now {left} / {right}"
