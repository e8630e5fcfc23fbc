"""sochi_er: entity resolution for organisations that sign joint statements.

Parsers are plugins (entry-point group ``sochi_er``); the core turns documents into typed
records and resolves which names are the same organisation.
"""

from typing import TYPE_CHECKING, Any

from sochi_er.building import StatementBuilder
from sochi_er.corpus import corpus_paths
from sochi_er.errors import (
    ConfigError,
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
    Person,
    Role,
    Skipped,
    Source,
    Span,
    Statement,
    StatementKind,
)

if TYPE_CHECKING:
    from sochi_er.linkage import (
        Explanation,
        Judgement,
        LinkageConfig,
        ReferenceLinkage,
        Resolution,
        StatementGroup,
        TableLinkage,
        link_names,
        link_table,
        link_to_reference,
        resolve,
    )
    from sochi_er.registry import AddResult, Registry, RegistryError, UnknownIdError, Verdict

__version__ = "0.1.0"

# The linkage engine pulls in pandas, recordlinkage and scikit-learn (seconds to import);
# it loads on first use so parsing and plugin listing stay fast.
_LAZY = frozenset(
    {
        "Explanation",
        "Judgement",
        "LinkageConfig",
        "ReferenceLinkage",
        "Resolution",
        "StatementGroup",
        "TableLinkage",
        "link_names",
        "link_table",
        "link_to_reference",
        "resolve",
    }
)


# The registry links through the engine, so it loads lazily too.
_LAZY_REGISTRY = frozenset({"AddResult", "Registry", "RegistryError", "UnknownIdError", "Verdict"})


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from sochi_er import linkage

        return getattr(linkage, name)
    if name in _LAZY_REGISTRY:
        from sochi_er import registry

        return getattr(registry, name)
    raise AttributeError(f"module 'sochi_er' has no attribute {name!r}")


__all__ = [
    "AddResult",
    "Alias",
    "AliasKind",
    "ClaimedCount",
    "ConfigError",
    "DuplicateParserError",
    "Explanation",
    "Failure",
    "Judgement",
    "LinkageConfig",
    "Mention",
    "Organisation",
    "ParseError",
    "ParseReport",
    "Parser",
    "ParserRegistry",
    "ParserSelectionError",
    "Person",
    "PluginError",
    "PluginManager",
    "ReferenceLinkage",
    "Registry",
    "RegistryError",
    "Resolution",
    "Role",
    "Skipped",
    "SochiError",
    "Source",
    "SourceError",
    "Span",
    "Statement",
    "StatementBuilder",
    "StatementGroup",
    "StatementKind",
    "TableLinkage",
    "UnknownIdError",
    "Verdict",
    "__version__",
    "corpus_paths",
    "default_registry",
    "hookimpl",
    "link_names",
    "link_table",
    "link_to_reference",
    "load_registry",
    "make_plugin_manager",
    "parse_paths",
    "parse_source",
    "parse_sources",
    "resolve",
]
