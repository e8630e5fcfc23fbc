"""Integrity of the extraction dev set (benchmarks/gold/extraction) and of its scorer."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "extraction"
HEADER = ["document", "ordinal", "kind", "name", "person", "place", "line"]


#: every extraction set: the dev set and the sets collected after it
SETS = sorted(GOLD.parent.glob("extraction*"))


def _labels(gold: Path = GOLD) -> dict[Path, list[dict[str, str]]]:
    out: dict[Path, list[dict[str, str]]] = {}
    for path in sorted((gold / "labels").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames == HEADER, path
            out[path] = list(reader)
    return out


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extraction_bench", GOLD.parents[1] / "extraction.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_dev_set_has_the_documents_the_issue_asks_for() -> None:
    docs = sorted(p.suffix for p in (GOLD / "docs").iterdir())
    assert len(docs) >= 30
    counts = {suffix: docs.count(suffix) for suffix in set(docs)}
    assert counts[".html"] >= 6 and counts[".md"] >= 6
    assert counts[".pdf"] >= 5 and counts[".docx"] >= 3
    sources: list[dict[str, str]] = []
    for path in GOLD.glob("sources-*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            sources.extend(csv.DictReader(handle))
    assert sorted(s["document"] for s in sources) == sorted(
        p.name for p in (GOLD / "docs").iterdir()
    )
    assert sum(s["language"] != "en" for s in sources) >= 6
    assert sum(s["cue"] == "none" for s in sources) >= 3
    assert sum(s["persons"] == "yes" for s in sources) >= 3


@pytest.mark.parametrize("gold", SETS, ids=[p.name for p in SETS])
def test_every_label_file_is_consistent(gold: Path) -> None:
    labels = _labels(gold)
    assert len(labels) == len(list((gold / "docs").iterdir())) > 0
    for path, rows in labels.items():
        assert list((gold / "docs").glob(path.stem + ".*")), path
        assert [int(r["ordinal"]) for r in rows] == list(range(1, len(rows) + 1)), path
        for row in rows:
            assert row["document"].startswith(path.stem), row
            assert row["kind"] in ("ORG", "PERSON"), row
            assert row["name"] and row["name"] == " ".join(row["name"].split()), row
            # the name is taken from the line (markup and entities removed in both)
            flat = " ".join(row["line"].split()).casefold()
            written = row["name"].casefold().replace("'''", "'") in flat.replace("'''", "'")
            # or a person written over two cells of a table row: "SURNAME | Given name"
            in_cells = (
                row["kind"] == "PERSON"
                and " | " in flat
                and (set(row["name"].casefold().split()) <= set(flat.split()))
            )
            assert written or in_cells, row


def test_scorer_matches_one_to_one_in_order() -> None:
    scorer = _scorer()
    pairs, exact = scorer._match(
        ["Example Network", "Example Networks Group", "Other"],
        ["Example Network", "Example Network", "Unrelated Org"],
    )
    assert pairs == {0: 0, 1: 1} and exact == {0}


@pytest.mark.parametrize(
    ("a", "b"), [("Example \u2013 Org", "example - org"), ("L\u2019Org", "L'Org")]
)
def test_scorer_normalises_dashes_quotes_case(a: str, b: str) -> None:
    assert _scorer().norm(a) == _scorer().norm(b)


def test_no_document_is_in_two_sets() -> None:
    """A blind set measures nothing if one of its documents is a dev document (or any
    other set's): no two gold documents may have the same bytes."""
    seen: dict[str, Path] = {}
    for gold in SETS:
        for path in sorted((gold / "docs").iterdir()):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            assert digest not in seen, (path, seen.get(digest))
            seen[digest] = path


#: Later documents that share much text with an earlier set's, kept: the same statement in
#: another rendition (a Word file, a whole page, another outlet), or two pages of one site
#: whose menus and footers are most of their text.
_SHARED_TEXT_KEPT = frozenset(
    {
        "q06_learners-rights-original-signatories.docx",
        "ab04_attac-tribune-plus-jamais-ca-19-responsables.docx",
        "ab06_bi-ffh-verbaende-brief-gegen-fracking.pdf",
        "ad03_onebreath-turnout-for-texas.docx",
        "bi01_ondata-cipassalafame-index.md",
        "bk01_freeolabini-digital-rights-defenders.md",
        "bk02_freeolabini-lacigf-joint-statement.md",
        "dy05_kadinmuhendisler-artik-olmek-istemiyoruz.html",
        "eg03_terminus2049-chenkun-zhongzhou-first-letter.html",
        "fl03_fftf-delivers-75000-signatures-obama.html",
        "ga07_habertreni-imamoglu-ortak-aciklama-kurumlar.txt",
        "ya05_migrantesonline-mare-nostrum-appello-associazioni.txt",
    }
)
#: Share of a document's text (8-word runs) found in one earlier document that makes it
#: a repeat.
_REPEATED_SHARE = 0.5


def _seen_texts() -> ModuleType:
    """``benchmarks/tools/seen_texts.py``: the 8-word runs the collecting helpers compare."""
    spec = importlib.util.spec_from_file_location(
        "seen_texts", GOLD.parents[1] / "tools" / "seen_texts.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_document_repeats_an_earlier_sets_text() -> None:
    """A blind document measures nothing if an earlier set already holds its statement,
    saved from the same page or another site: no more than half of its text may be one
    earlier document's (sets in the order they were collected; the dev, held-out and
    fresh sets first)."""

    def order(folder: Path) -> int:
        number = folder.name.removeprefix("extraction-blind")
        return int(number) if number.isdigit() else (1 if folder.name.endswith("blind") else 0)

    seen = _seen_texts()
    owner: dict[str, Path] = {}
    for gold in sorted(SETS, key=order):
        added: dict[str, Path] = {}
        for path in sorted((gold / "docs").iterdir()):
            runs = seen.word_runs(seen.document_text(path))
            counts: dict[Path, int] = {}
            for run in runs:
                if run in owner:
                    counts[owner[run]] = counts.get(owner[run], 0) + 1
            earlier = max(counts.items(), key=lambda item: item[1], default=(None, 0))
            repeated = earlier[0] is not None and earlier[1] >= _REPEATED_SHARE * len(runs)
            assert not repeated or path.name in _SHARED_TEXT_KEPT, (path, earlier[0])
            added.update(dict.fromkeys(runs, path))
        owner.update(added)


def test_no_labelled_organisation_is_named_in_the_library() -> None:
    """The extraction rules are general: no organisation a gold set labels (two words or
    more) is written anywhere in ``src/`` (code, comments, data; not the bundled corpus
    documents), except the generic
    gazetteer's international bodies, countries (governments sign as their country) and
    fields of study (a department labelled by its field, "Political Science")."""
    import re

    from sochi_er.extraction.lexicons import default_signer_words
    from sochi_er.extraction.roles import is_discipline

    words = default_signer_words()
    src = GOLD.parents[2] / "src" / "sochi_er"
    gazetteer = src / "data" / "gazetteer.txt"
    generic = {ln.strip() for ln in gazetteer.read_text(encoding="utf-8").splitlines()}
    names = {
        row["name"].strip()
        for folder in SETS
        for rows in _labels(folder).values()
        for row in rows
        if row["kind"] == "ORG" and len(row["name"].split()) >= 2
    }
    names = {
        n
        for n in names
        if n not in generic and not words.is_country(n) and not is_discipline(n, words)
    }
    corpus = src / "corpus"  # the bundled corpus documents: data, not rules
    files = [
        p
        for p in src.rglob("*")
        if p.suffix in {".py", ".tsv", ".txt"} and p != gazetteer and corpus not in p.parents
    ]
    texts = {p: p.read_text(encoding="utf-8") for p in files}
    found = [
        (name, path.name)
        for name in sorted(names)
        for path, text in texts.items()
        if name in text and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    ]
    assert found == []
