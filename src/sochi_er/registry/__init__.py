"""The registry of organisations: a SQLite file added to incrementally, with ids that
never change, judgements, export and a static HTML report.

Modules, one job each: ``schema`` (tables, migrations, transactions), ``codec``
(records to rows and back), ``keys`` (blocking keys kept in the registry), ``linking``
(new mentions against the registry through the engine), ``ids`` (minting, redirects,
merges), ``adding`` (an add, end to end), ``judgements`` (verdicts, splits), ``views``
(``show``), ``snapshot``, ``export``, ``ftm``, ``html_report``, ``network``, ``review``,
``text``, ``store`` (the :class:`Registry`).
"""

from sochi_er.registry.adding import AddResult, OrgSummary, ParsedDocument
from sochi_er.registry.errors import RegistryError, UnknownIdError
from sochi_er.registry.judgements import JudgementResult, Verdict
from sochi_er.registry.schema import SCHEMA_VERSION
from sochi_er.registry.store import Registry
from sochi_er.registry.views import NameSeen, OrganisationView, StatementSeen

__all__ = [
    "SCHEMA_VERSION",
    "AddResult",
    "JudgementResult",
    "NameSeen",
    "OrgSummary",
    "OrganisationView",
    "ParsedDocument",
    "Registry",
    "RegistryError",
    "StatementSeen",
    "UnknownIdError",
    "Verdict",
]
