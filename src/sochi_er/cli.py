"""Command line: ``sochi-er plugins | parse | resolve | link``.

Exit codes: 0 ok; 1 some inputs failed (each named on stderr, the rest processed and
written); 2 usage error. Errors are one line each, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from sochi_er.corpus import corpus_paths
from sochi_er.errors import ConfigError, SochiError, SourceError
from sochi_er.outputs import atomic_text, check_output_dir, check_output_file
from sochi_er.parsing import ParseReport, parse_paths
from sochi_er.plugins import ParserRegistry, default_registry
from sochi_er.serialize import mention_to_dict, statement_to_dict

if TYPE_CHECKING:  # the engine is imported lazily: it pulls in pandas and recordlinkage
    from sochi_er.linkage import LinkageConfig

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


def _progress(total: int) -> Callable[[int, str], None]:
    def show(i: int, location: str) -> None:
        if sys.stderr.isatty() or total > 20:
            print(f"[{i + 1}/{total}] {location}", file=sys.stderr)

    return show


def _parse(paths: Sequence[str], parser: str | None) -> ParseReport:
    inputs = list(paths) or [str(p) for p in corpus_paths()]
    registry = _registry()
    if parser is not None:
        registry.get(parser)  # an unknown name is a usage error, not a per-file failure
    report = parse_paths(inputs, registry, parser, progress=_progress(len(inputs)))
    for failure in report.failures:
        _err(failure.message)
    return report


def cmd_plugins(_args: argparse.Namespace) -> int:
    registry = _registry()
    rows = [
        {
            "name": info.name,
            "plugin": info.plugin,
            "distribution": info.distribution,
            "version": info.version,
        }
        for info in registry.info.values()
    ]
    print(json.dumps(rows, indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_parse(args: argparse.Namespace) -> int:
    if args.out not in (None, "-"):
        check_output_file(Path(args.out))
    report = _parse(args.paths, args.parser)
    with _output(args.out) as out:
        for statement in report.statements:
            out.write(json.dumps(statement_to_dict(statement), ensure_ascii=False) + "\n")
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
    resolution = resolve(
        report.statements, config, progress=lambda stage: _err(f"linkage: {stage}")
    )
    write_resolution(resolution, report.statements, out_dir)
    print(summarise(resolution, report, out_dir))
    return EXIT_FAILURES if report.failures else EXIT_OK


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
                {**row, "organisation_id": extra["organisation_id"] or "",
                 "organisation_name": extra["organisation_name"] or ""}
            )
    n_orgs = len({o for o in result.organisation_ids if o is not None})
    _err(f"{len(rows)} rows, {n_orgs} organisations")
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
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("plugins", help="list installed parsers as JSON")
    p.set_defaults(func=cmd_plugins)

    p = sub.add_parser("parse", help="statements and mentions as JSON Lines")
    p.add_argument("paths", nargs="*", metavar="PATH", help="documents (default: bundled corpus)")
    p.add_argument("--parser", metavar="NAME", help="force this parser")
    p.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=cmd_parse)

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
    _linkage_options(p)
    p.set_defaults(func=cmd_link)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except SochiError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted; outputs already written are whole, the rest were not written")
        return EXIT_INTERRUPTED
    except Exception as exc:  # last resort: one line, never a traceback
        _err(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_FAILURES
    return code


if __name__ == "__main__":
    sys.exit(main())
