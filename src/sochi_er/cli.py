"""Command line: ``sochi-er plugins | parse | resolve | link | new-plugin | add | show |
judge | review | export | report``.

Exit codes: 0 ok; 1 some inputs failed (each named on stderr, the rest processed and
written); 2 usage error. Errors are one line each, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from sochi_er.corpus import corpus_paths
from sochi_er.errors import ConfigError, SochiError, SourceError
from sochi_er.outputs import atomic_text, check_output_dir, check_output_file
from sochi_er.parsing import Failure, ParseReport, parse_paths
from sochi_er.plugins import ParserRegistry, default_registry
from sochi_er.serialize import mention_to_dict, statement_to_dict

if TYPE_CHECKING:  # the engine is imported lazily: it pulls in pandas and recordlinkage
    from sochi_er.linkage import Judgement, LabelledPair, LinkageConfig
    from sochi_er.linkage.config import ClassifierName

__all__ = ["main"]

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _err(message: str) -> None:
    print(f"sochi-er: {message}", file=sys.stderr)


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_text(target) as handle:
        yield handle


def _registry() -> ParserRegistry:
    registry = default_registry()
    for failure in registry.failures:
        _err(f"plugin {failure.plugin!r} skipped: {failure.problem}")
    return registry


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int, str], None]]:
    """A callback told ``(index, location)`` before each document: on a terminal a rich
    progress bar (count, rate, time left) on stderr; otherwise plain lines, one a
    document, when there are more than 20 of them."""
    if not sys.stderr.isatty():

        def line(i: int, location: str) -> None:
            if total > 20:
                print(f"[{i + 1}/{total}] {location}", file=sys.stderr)

        yield line
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading", total=total, rate="")
        started = time.monotonic()

        def show(i: int, location: str) -> None:
            elapsed = time.monotonic() - started
            rate = f"{i / elapsed:.1f} docs/s" if elapsed > 0 and i else ""
            bar.update(task, completed=i, description=Path(location).name[:40], rate=rate)

        yield show


def _parse(paths: Sequence[str], parser: str | None) -> ParseReport:
    inputs = list(paths) or [str(p) for p in corpus_paths()]
    registry = _registry()
    if parser is not None:
        registry.get(parser)  # an unknown name is a usage error, not a per-file failure
    with _progress(len(inputs)) as progress:
        report = parse_paths(inputs, registry, parser, progress=progress)
    _report_inputs(report.failures, report.duplicates, report.encodings)
    return report


def _report_inputs(
    failures: Sequence[Failure],
    duplicates: Sequence[tuple[str, str]],
    encodings: Sequence[tuple[str, str]],
) -> None:
    """One stderr line per failed document, per copy read once, per guessed encoding."""
    for failure in failures:
        _err(failure.message)
    for location, read in duplicates:
        _err(f"{location}: same content as {read}; read once")
    for location, encoding in encodings:
        _err(f"{location}: not UTF-8; read as {encoding} (guessed)")


def cmd_plugins(_args: argparse.Namespace) -> int:
    registry = _registry()
    rows: list[dict[str, str | None]] = [
        {
            "name": info.name,
            "plugin": info.plugin,
            "distribution": info.distribution,
            "version": info.version,
        }
        for info in registry.info.values()
    ]
    rows += [{"plugin": f.plugin, "error": f.problem} for f in registry.failures]
    print(json.dumps(rows, indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_parse(args: argparse.Namespace) -> int:
    if args.out not in (None, "-"):
        check_output_file(Path(args.out))
    report = _parse(args.paths, args.parser)
    parser_of = dict(report.parser_of)
    with _output(args.out) as out:
        for statement in report.statements:
            record = statement_to_dict(statement)
            record["parser"] = parser_of.get(statement.source)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            for mention in statement.mentions:
                out.write(json.dumps(mention_to_dict(mention), ensure_ascii=False) + "\n")
    return EXIT_FAILURES if report.failures else EXIT_OK


def _config(args: argparse.Namespace) -> LinkageConfig:
    from sochi_er.linkage import LinkageConfig, read_alias_table
    from sochi_er.userdata import read_judgements

    """The linkage configuration from the command line; unreadable user files are a
    :class:`SourceError` naming the file."""
    changes: dict[str, object] = {}
    if args.threshold is not None:
        changes["threshold"] = args.threshold
    for option, reader, field in (
        (args.aliases, read_alias_table, "alias_table"),
        (args.judgements, read_judgements, "judgements"),
    ):
        if option is None:
            continue
        try:
            changes[field] = reader(option)
        except ConfigError:
            raise
        except FileNotFoundError:
            raise SourceError(option, "no such file") from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise SourceError(option, f"cannot read: {exc}") from None
    try:
        return LinkageConfig(**changes)  # type: ignore[arg-type]
    except ValueError as exc:
        raise ConfigError("linkage configuration", str(exc)) from None


def cmd_resolve(args: argparse.Namespace) -> int:
    from sochi_er.linkage import resolve
    from sochi_er.report import summarise, write_resolution

    config = _config(args)
    out_dir = Path(args.out)
    check_output_dir(out_dir)  # a usage problem is reported before any work
    report = _parse(args.paths, args.parser)
    unmatched = _unmatched_judgements(config, report)
    for judgement in unmatched:
        _err(
            f"{args.judgements}: judgement {judgement.left!r} / {judgement.right!r} "
            "matches no mention of these documents; ignored"
        )
    resolution = resolve(
        report.statements, config, progress=lambda stage: _err(f"linkage: {stage}")
    )
    write_resolution(resolution, report.statements, out_dir)
    print(summarise(resolution, report, out_dir))
    return EXIT_FAILURES if report.failures or unmatched else EXIT_OK


def _unmatched_judgements(config: LinkageConfig, report: ParseReport) -> list[Judgement]:
    """The judgements whose left or right is neither a mention id nor a written name."""
    known = {m.id for s in report.statements for m in s.mentions}
    known |= {m.name for s in report.statements for m in s.mentions}
    return [j for j in config.judgements if j.left not in known or j.right not in known]


def cmd_new_plugin(args: argparse.Namespace) -> int:
    from sochi_er.scaffold import write_plugin

    directory = Path(args.directory or f"sochi-er-{args.name}")
    written = write_plugin(args.name, directory)
    for path in written:
        print(path)
    print(f"next: pip install -e {directory} && python -m pytest {directory / 'tests'}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from sochi_er.registry import Registry
    from sochi_er.registry.text import add_text

    config = _config(args)
    inputs = list(args.paths)
    parsers = _registry()
    if args.parser is not None:
        parsers.get(args.parser)
    if args.classifier is not None:  # checked before the registry is made or changed
        pairs: Sequence[LabelledPair] = ()
        if Path(args.registry).exists():
            with Registry(args.registry, read_only=True) as held:
                pairs = held.training_pairs()
        config = _with_classifier(config, args.classifier, pairs)
    with Registry(args.registry, create=True) as registry, _progress(len(inputs)) as progress:
        result = registry.add_paths(inputs, parsers, args.parser, config, progress=progress)
    _report_inputs(result.failures, result.duplicates, result.encodings)
    print(add_text(result))
    return EXIT_FAILURES if result.failures else EXIT_OK


def _with_classifier(
    config: LinkageConfig, classifier: str, pairs: Sequence[LabelledPair]
) -> LinkageConfig:
    """*config* with *classifier*; ``logistic`` learns from the registry's judgements."""
    import attrs

    name = cast("ClassifierName", classifier)
    try:
        if name == "logistic":
            return attrs.evolve(config, classifier=name, training_pairs=pairs)
        return attrs.evolve(config, classifier=name)
    except ValueError as exc:
        raise ConfigError(
            "--classifier", f"{exc} (judge same and different pairs first: sochi-er review)"
        ) from None


def cmd_review(args: argparse.Namespace) -> int:
    from sochi_er.registry import Registry
    from sochi_er.registry.review import review

    with Registry(args.registry) as registry:
        summary = review(registry, sys.stdin, sys.stdout, author=args.author)
    answers = ", ".join(f"{n} {v}" for v, n in sorted(summary.answers.items())) or "none"
    print(
        f"\nreviewed {summary.asked} pair(s): {answers}; {summary.skipped} skipped; "
        f"{summary.left} left"
    )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from sochi_er.registry import Registry
    from sochi_er.registry.text import organisation_text

    with Registry(args.registry, read_only=True) as registry:
        print(organisation_text(registry.show(args.id)))
    return EXIT_OK


def cmd_judge(args: argparse.Namespace) -> int:
    from sochi_er.registry import Registry
    from sochi_er.registry.text import judgement_text

    with Registry(args.registry) as registry:
        result = registry.judge(
            args.left, args.right, args.verdict, note=args.note, author=args.author
        )
    print(judgement_text(result))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from sochi_er.registry import Registry
    from sochi_er.registry.export import FTM_FILE

    out_dir = Path(args.out)
    check_output_dir(out_dir)
    stale = not args.ftm and (out_dir / FTM_FILE).exists()
    with Registry(args.registry, read_only=True) as registry:
        snap = registry.export(out_dir, ftm=args.ftm)
    print(
        f"{len(snap.organisations)} organisations, {len(snap.statement_groups)} statements "
        f"({len(snap.statements)} renditions), {len(snap.mention_organisation)} mentions"
    )
    extra = ", entities.ftm.json" if args.ftm else ""
    print(f"written: {out_dir}/mentions.csv, organisations.csv, statements.jsonl{extra}")
    if stale:
        print(f"removed: {out_dir / FTM_FILE} (from an earlier export; no --ftm this time)")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from sochi_er.registry import Registry

    out = Path(args.out)
    check_output_file(out)
    with Registry(args.registry, read_only=True) as registry:
        registry.report(out)
    print(f"written: {out}")
    return EXIT_OK


def _registry_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--registry", metavar="FILE.db", required=True, help="registry file")


def _read_table(path: str) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of a CSV file (UTF-8, a BOM allowed), as a SourceError when
    it cannot be read."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            return list(reader.fieldnames or []), rows
    except FileNotFoundError:
        raise SourceError(path, "no such file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SourceError(path, f"cannot read: {exc}") from None


def cmd_link(args: argparse.Namespace) -> int:
    from sochi_er.linkage import link_table

    if args.out not in (None, "-"):
        check_output_file(Path(args.out))
    if args.reference is not None:
        return _link_to_reference(args)
    header, rows = _read_table(args.path)
    for option, column in (
        ("--column", args.column),
        ("--group-column", args.group_column),
        ("--country-column", args.country_column),
        ("--id-column", args.id_column),
    ):
        if column is not None and column not in header:
            raise ConfigError(
                f"{option} {column}", f"not a column of {args.path} ({', '.join(header)})"
            )
    result = link_table(
        rows,
        args.column,
        group_column=args.group_column,
        country_column=args.country_column,
        id_column=args.id_column,
        config=_config(args),
        progress=lambda stage: _err(f"linkage: {stage}"),
    )
    added = ["organisation_id", "organisation_name"]
    fields = [c for c in header if c not in added] + added
    with _output(args.out) as out:
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for row, extra in zip(rows, result.rows(), strict=True):
            writer.writerow(
                {
                    **row,
                    "organisation_id": extra["organisation_id"] or "",
                    "organisation_name": extra["organisation_name"] or "",
                }
            )
    n_orgs = len({o for o in result.organisation_ids if o is not None})
    _err(f"{len(rows)} rows, {n_orgs} organisations")
    return EXIT_OK


def _link_to_reference(args: argparse.Namespace) -> int:
    """``link FILE --reference REF``: each row gets a known id or ``new``."""
    from sochi_er.linkage import link_to_reference

    header, rows = _read_table(args.path)
    ref_header, ref_rows = _read_table(args.reference)
    for option, column, columns, path in (
        ("--column", args.column, header, args.path),
        ("--id-column", args.id_column, header, args.path),
        ("--reference-id-column", args.reference_id_column, ref_header, args.reference),
        ("--reference-name-column", args.reference_name_column, ref_header, args.reference),
    ):
        if column is not None and column not in columns:
            raise ConfigError(
                f"{option} {column}", f"not a column of {path} ({', '.join(columns)})"
            )
    aliases = (
        [c.strip() for c in args.reference_alias_columns.split(",") if c.strip()]
        if args.reference_alias_columns is not None
        else [c for c in ("aliases", "acronyms") if c in ref_header]
    )
    missing = [c for c in aliases if c not in ref_header]
    if missing:
        raise ConfigError(
            "--reference-alias-columns", f"not a column of {args.reference}: {', '.join(missing)}"
        )
    result = link_to_reference(
        rows,
        ref_rows,
        args.column,
        id_column=args.id_column,
        reference_id_column=args.reference_id_column,
        reference_name_column=args.reference_name_column,
        reference_alias_columns=aliases,
        config=_config(args),
        progress=lambda stage: _err(f"linkage: {stage}"),
    )
    added = ["reference_id", "match_status", "match_score", "matched_name", "new_group"]
    fields = [c for c in header if c not in added] + added
    by_row = {m["row_id"]: m for m in result.rows()}
    with _output(args.out) as out:
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for r, row in enumerate(rows):
            rid = (row.get(args.id_column) or "").strip() if args.id_column else str(r)
            got = by_row.get(rid or str(r), {})
            writer.writerow({**row, **{k: got.get(k, "") for k in added}})
    known = sum(m.status == "known" for m in result.matches)
    _err(f"{len(rows)} rows: {known} known, {len(result.matches) - known} new or ambiguous")
    return EXIT_OK


def _linkage_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--threshold", type=float, help="match threshold (default: engine's)")
    p.add_argument(
        "--aliases", metavar="CSV", help="alias table: one organisation a row, one name a cell"
    )
    p.add_argument(
        "--judgements",
        metavar="CSV",
        help="judgements: left,right,same|different rows (mention ids or exact names)",
    )


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="sochi-er",
        description="Parse joint statements and resolve the organisations that signed them.",
    )
    ap.add_argument(
        "--debug", action="store_true", help="show tracebacks of errors (for bug reports)"
    )
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("plugins", help="list installed parsers as JSON")
    p.set_defaults(func=cmd_plugins)

    p = sub.add_parser("parse", help="statements and mentions as JSON Lines")
    p.add_argument("paths", nargs="*", metavar="PATH", help="documents (default: bundled corpus)")
    p.add_argument("--parser", metavar="NAME", help="force this parser")
    p.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("new-plugin", help="write a working parser plugin to start from")
    p.add_argument("name", metavar="NAME", help="parser name, e.g. my-format")
    p.add_argument("--directory", metavar="DIR", help="where (default: ./sochi-er-NAME)")
    p.set_defaults(func=cmd_new_plugin)

    p = sub.add_parser("resolve", help="resolve organisations and merge statement renditions")
    p.add_argument("paths", nargs="*", metavar="PATH", help="documents (default: bundled corpus)")
    p.add_argument("--parser", metavar="NAME", help="force this parser")
    p.add_argument("--out", metavar="DIR", default="sochi-er-out", help="output directory")
    _linkage_options(p)
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser(
        "link", help="link the names of a CSV table: the rows with an organisation_id column"
    )
    p.add_argument("path", metavar="FILE.csv", help="a CSV table with a header row")
    p.add_argument("--column", default="name", help="the column holding names (default: name)")
    p.add_argument("--group-column", metavar="G", help="rows with one value are one list")
    p.add_argument("--country-column", metavar="C", help="a country beside each name")
    p.add_argument("--id-column", metavar="I", help="row ids (unique)")
    p.add_argument("--out", metavar="OUT.csv", help="write here instead of stdout")
    p.add_argument(
        "--reference",
        metavar="REF.csv",
        help="known organisations (id, name, aliases, acronyms): each row gets a known id or "
        "'new' (reference_id, match_status, match_score, matched_name, new_group columns)",
    )
    p.add_argument(
        "--reference-id-column",
        default="id",
        metavar="C",
        help="the reference's id column (default: id)",
    )
    p.add_argument(
        "--reference-name-column",
        default="name",
        metavar="C",
        help="the reference's name column (default: name)",
    )
    p.add_argument(
        "--reference-alias-columns",
        metavar="C1,C2",
        help="reference columns of further names, '|'-separated in a cell "
        "(default: aliases,acronyms where present)",
    )
    _linkage_options(p)
    p.set_defaults(func=cmd_link)

    p = sub.add_parser("add", help="add documents to a registry and link them to it")
    p.add_argument("paths", nargs="+", metavar="PATH", help="documents (at least one)")
    _registry_option(p)
    p.add_argument("--parser", metavar="NAME", help="force this parser")
    p.add_argument("--threshold", type=float, help="match threshold (default: engine's)")
    p.add_argument(
        "--classifier",
        choices=("rules", "ecm", "logistic"),
        help="classifier (logistic: trained on the registry's judgements)",
    )
    p.set_defaults(func=cmd_add, aliases=None, judgements=None)

    p = sub.add_parser("show", help="one organisation of a registry (redirects followed)")
    p.add_argument("id", metavar="ID", help="organisation id")
    _registry_option(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("judge", help="store a judgement on two organisations or mentions")
    _registry_option(p)
    p.add_argument("left", metavar="A", help="organisation or mention id")
    p.add_argument("right", metavar="B", help="organisation or mention id")
    p.add_argument("verdict", choices=("same", "different", "unsure"))
    p.add_argument("--note", default="", help="why")
    p.add_argument("--author", default="", help="who (default: none)")
    p.set_defaults(func=cmd_judge)

    p = sub.add_parser("export", help="write a registry as resolve's three files")
    _registry_option(p)
    p.add_argument("--out", metavar="DIR", required=True, help="output directory")
    p.add_argument(
        "--ftm", action="store_true", help="also FollowTheMoney entities (needs sochi-er[ftm])"
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="write a registry as one static HTML page")
    _registry_option(p)
    p.add_argument("--out", metavar="FILE", required=True, help="HTML file to write")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("review", help="judge the most uncertain pairs in the terminal")
    _registry_option(p)
    p.add_argument("--author", default="", help="who answers (stored with each judgement)")
    p.set_defaults(func=cmd_review)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except SochiError as exc:
        if args.debug:
            traceback.print_exc()
        _err(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted; outputs already written are whole, the rest were not written")
        return EXIT_INTERRUPTED
    except Exception as exc:  # last resort: one line; the traceback only with --debug
        if args.debug:
            traceback.print_exc()
        _err(f"internal error: {type(exc).__name__}: {exc} (--debug shows where)")
        return EXIT_FAILURES
    return code


if __name__ == "__main__":
    sys.exit(main())
