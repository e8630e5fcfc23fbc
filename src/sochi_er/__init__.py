"""sochi_er: entity resolution for organisations that sign joint statements.

Parsers are plugins (entry-point group ``sochi_er``); the core turns documents into typed
records and resolves which names are the same organisation.
"""

from sochi_er.building import StatementBuilder
from sochi_er.corpus import corpus_paths
from sochi_er.errors import (
    DuplicateParserError,
    ParseError,
    ParserSelectionError,
    PluginError,
    SochiError,
    SourceError,
)
from sochi_er.hookspecs import hookimpl
from sochi_er.parser import Parser
from sochi_er.parsing import Failure, ParseReport, parse_paths, parse_source, parse_sources
from sochi_er.plugins import (
    ParserRegistry,
    PluginManager,
    default_registry,
    load_registry,
    make_plugin_manager,
)
from sochi_er.records import (
    Alias,
    AliasKind,
    ClaimedCount,
    Mention,
    Organisation,
    Role,
    Skipped,
    Source,
    Span,
    Statement,
    StatementKind,
)

__version__ = "0.1.0"

__all__ = [
    "Alias",
    "AliasKind",
    "ClaimedCount",
    "DuplicateParserError",
    "Failure",
    "Mention",
    "Organisation",
    "ParseError",
    "ParseReport",
    "Parser",
    "ParserRegistry",
    "ParserSelectionError",
    "PluginError",
    "PluginManager",
    "Role",
    "Skipped",
    "SochiError",
    "Source",
    "SourceError",
    "Span",
    "Statement",
    "StatementBuilder",
    "StatementKind",
    "__version__",
    "corpus_paths",
    "default_registry",
    "hookimpl",
    "load_registry",
    "make_plugin_manager",
    "parse_paths",
    "parse_source",
    "parse_sources",
]
