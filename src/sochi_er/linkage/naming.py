"""An organisation's preferred name and aliases, chosen from its mentions: the one rule
``resolve`` and the registry (``export``, ``show``, ``report``) share.

Contract of :func:`organisation_names`: the preferred name is a written name of a
mention, preferring names not in Arabic script, then full names to one-word acronyms,
then the most frequent normalised core (then the one with most words, then code-point
order), then its most frequent written form (then code-point order). Every other written
name is an alias (``other_script`` when its script differs from the preferred name's,
``acronym`` when it is a one-word acronym, else ``variant``), and an acronym written
inside a longer name ("... (SAC)") is an ``acronym`` alias too. Aliases are sorted by
kind, then name; each lists the ids of the mentions that used it.

*forms* gives each mention's normalised form (:func:`form_lookup` makes them as
``resolve`` does: one form per normalised key, that of the first written name in
code-point order).
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sochi_er.linkage.normalise import (
    NameForm,
    acronym_like,
    fold,
    normalise_name,
    split_alias_parts,
    unify_punctuation,
)
from sochi_er.records import Alias, AliasKind, Mention

__all__ = ["acronym_written", "form_lookup", "organisation_names", "preferred_name"]


def acronym_written(raw: str, acronym: str) -> str | None:
    """The acronym as written inside *raw* (``"SAC"`` in ``"... (SAC)"``)."""
    for part in split_alias_parts(unify_punctuation(unicodedata.normalize("NFKC", raw)))[1]:
        if fold(part).strip(" .") == acronym:
            return part.strip(" .")
    return None


def form_lookup(names: Iterable[str]) -> Mapping[str, NameForm]:
    """Each written name's form as ``resolve`` sees it among *names*: names with one
    normalised key share the form of the first of them in code-point order."""
    by_key: dict[str, NameForm] = {}
    out: dict[str, NameForm] = {}
    for name in sorted(set(names)):
        form = normalise_name(name)
        out[name] = by_key.setdefault(form.key, form)
    return out


def _is_short(name: str, form: NameForm) -> bool:
    return len(form.tokens) == 1 and (form.acronym is not None or acronym_like(name))


def _choose(names: Sequence[str], forms: Sequence[NameForm]) -> int:
    """The index of the preferred name (see the module contract)."""
    every = range(len(names))
    pool = [i for i in every if not forms[i].arabic] or list(every)
    full = [i for i in pool if not _is_short(names[i], forms[i])] or pool
    cores = Counter(forms[i].core for i in full)
    best_core = min(cores, key=lambda c: (-cores[c], -len(c.split()), c))
    written = Counter(names[i] for i in full if forms[i].core == best_core)
    name = min(written, key=lambda w: (-written[w], w))
    return next(i for i in every if names[i] == name)


def preferred_name(names: Sequence[str], forms: Sequence[NameForm]) -> str:
    """The preferred name among *names* (one per mention; *forms* theirs)."""
    if not names:
        raise ValueError("an organisation has at least one name")
    return names[_choose(names, forms)]


def organisation_names(
    mentions: Sequence[Mention], forms: Sequence[NameForm]
) -> tuple[str, list[Alias]]:
    """The preferred name and the aliases of the organisation of *mentions* (see the
    module contract)."""
    names = [m.name for m in mentions]
    chosen = _choose(names, forms)
    name, name_arabic = names[chosen], forms[chosen].arabic
    by_alias: dict[tuple[str, AliasKind], list[str]] = defaultdict(list)
    for m, form in zip(mentions, forms, strict=True):
        if m.name != name:
            if form.arabic != name_arabic:
                kind = AliasKind.OTHER_SCRIPT
            elif _is_short(m.name, form):
                kind = AliasKind.ACRONYM
            else:
                kind = AliasKind.VARIANT
            by_alias[(m.name, kind)].append(m.id)
        if form.acronym and len(form.tokens) > 1:
            written_acr = acronym_written(m.name, form.acronym)
            if written_acr:
                by_alias[(written_acr, AliasKind.ACRONYM)].append(m.id)
    aliases = [
        Alias(name=n, kind=k, mention_ids=tuple(sorted(set(ids))))
        for (n, k), ids in by_alias.items()
    ]
    aliases.sort(key=lambda a: (a.kind, a.name))
    return name, aliases
