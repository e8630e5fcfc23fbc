"""The registry's HTML report: parses, has a section per organisation, the network as
SVG, statements by date, and escapes what it shows."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from registry_helpers import document

from sochi_er import corpus_paths
from sochi_er.cli import main
from sochi_er.registry import Registry
from sochi_er.registry.network import cosignatures, layout, svg

PATHS = corpus_paths()


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.ids += [v for k, v in attrs if k == "id" and v]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def test_report_has_every_organisation_statements_and_the_network(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    with Registry(tmp_path / "r.db", create=True) as registry:
        registry.add_paths(PATHS)
        a, b = registry.organisation_ids()[:2]
        registry.judge(a, b, "same", note="seen together")
        registry.report(out)
        live = registry.organisation_ids()
        groups = registry.snapshot().statement_groups
    page = _parse(out)
    assert "svg" in page.tags and "circle" in page.tags and "rect" in page.tags
    assert {f"org-{o}" for o in live} <= set(page.ids)
    assert len([i for i in page.ids if i.startswith("org-")]) == len(live)
    statement_ids = [i for i in page.ids if i.startswith("statement-")]
    assert len(statement_ids) == len(groups)
    text = "".join(page.text)
    assert "seen together" in text and b in text  # the merge and the judgement are shown


def test_report_escapes_names(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    hostile = '<script>alert("x")</script> & Partners'
    with Registry(tmp_path / "r.db", create=True) as registry:
        registry.add([document("a.txt", [hostile, "Beta Union"], title="<b>bold</b>")])
        registry.report(out)
    page = _parse(out)
    assert "script" not in page.tags and "b" not in page.tags
    assert hostile in "".join(page.text)


def test_network_keeps_the_latest_statements_and_the_most_signing_organisations() -> None:
    groups = [
        ("s1", frozenset({"a", "b", "c"})),
        ("s2", frozenset({"a", "b"})),
        ("s3", frozenset({"a", "d"})),
    ]
    net = cosignatures(groups, max_statements=2, max_organisations=2)
    assert net.statements == ("s2", "s3")
    assert net.organisations == ("a", "b") and net.signed == {"a": 2, "b": 1}
    assert net.signatures == (("a", "s2"), ("b", "s2"), ("a", "s3"))
    assert (net.total_statements, net.total_organisations) == (3, 4)
    pos = layout(net)
    assert pos.shape == (4, 2) and (pos >= 0).all() and (pos <= 1).all()
    assert (layout(net) == pos).all()


def test_cli_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "r.db")
    assert main(["add", "--registry", db, str(PATHS[0])]) == 0
    out = tmp_path / "sub" / "report.html"
    assert main(["report", "--registry", db, "--out", str(out)]) == 0
    assert "<svg" in out.read_text(encoding="utf-8")
    assert main(["report", "--registry", db, "--out", str(tmp_path)]) == 2


def test_a_long_title_is_cut_before_it_is_escaped() -> None:
    title = "x" * 58 + "& Partners, a title long enough to be cut"
    net = cosignatures([("s1", frozenset({"a"}))])
    picture = svg(net, {"a": "A"}, {"s1": title})
    labels = re.findall(r"<text [^>]*>([^<]*)</text>", picture)
    assert "x" * 58 + "&amp; " in labels  # the whole entity, never "&a"
    assert all(not re.search(r"&[a-z]*$", label) for label in labels)
