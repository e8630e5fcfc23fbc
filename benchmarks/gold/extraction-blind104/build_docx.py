#!/usr/bin/env python3
"""Build the DOCX document of the cr blind extraction set (cr01) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` with python-docx (fixed core-property dates and zip timestamps: two builds
give identical bytes). It follows the conventions of the shared builder
``benchmarks/gold/gold_docs.py`` (same paragraph rules, same zip normalisation) but imports
nothing from outside this directory, so it runs the same in ``/work/gold-cr/`` and once the set
is moved to ``benchmarks/gold/extraction-blind104/``.

The text is the real text of one stored public web page (see ``sources.csv``); only its line
breaks were turned into document structure (one Word paragraph a non-empty line; blank lines
are dropped, as in ``gold_docs``). No heading, bullet or table marker was added to the text, so
every line becomes a plain paragraph. Nothing here decides who signed: the labels in
``labels/`` were written by reading.

Text convention (as in gold_docs; none of the markers occurs in cr01):
  ``# ...``  Heading 1     ``## ...``  Heading 2     ``- ...``  a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  cr01  DOCX: a note of the Sindiquímica-CE site (December 2017, "Via NCST") on the six
        Brazilian union confederations suspending the general strike of 5 December; the six
        confederations are named once inside a sentence between dashes ("Nova Central, CUT,
        Força Sindical, UGT, CTB e CSB") and again in a signature block, each signer on two
        Word paragraphs ("Vagner Freitas," / "presidente da CUT").

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = _dt.datetime(2026, 12, 3, 12, 0, 0)

DOCX: dict[str, str] = {
    "cr01_sindiquimica-centrais-sindicais-suspendem-greve": (
        "Centrais sindicais suspendem a greve nacional no dia 5/12 após o cancelamento da"
        " votação que trata da Reforma da Previdência no dia 6/12"
    ),
}


def _lines(stem: str) -> list[str]:
    text = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    return [ln for ln in text.split("\n") if ln]


def _normalise_zip(data: bytes, fixed_date: _dt.datetime) -> bytes:
    zip_date = (fixed_date.year, fixed_date.month, fixed_date.day, fixed_date.hour,
                fixed_date.minute, fixed_date.second)
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=zip_date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(stem: str, title: str) -> bytes:
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "sochi_er gold set"
    cp.title = title
    cp.created = cp.modified = cp.last_printed = FIXED_DATE
    cp.revision = 1
    table = None
    for ln in _lines(stem):
        if "\t" in ln:
            cells = ln.split("\t")
            if table is None:
                table = d.add_table(rows=1, cols=len(cells))
                table.style = "Table Grid"
                for c, text in zip(table.rows[0].cells, cells, strict=True):
                    c.text = ""
                    c.paragraphs[0].add_run(text).bold = True
            else:
                for c, text in zip(table.add_row().cells, cells, strict=True):
                    c.text = text
            continue
        table = None
        if ln.startswith("## "):
            d.add_heading(ln[3:], level=2)
        elif ln.startswith("# "):
            d.add_heading(ln[2:], level=1)
        elif ln.startswith("- "):
            d.add_paragraph(ln[2:], style="List Bullet")
        else:
            d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue(), FIXED_DATE)


def main(only: list[str]) -> None:
    docs = HERE / "docs"
    docs.mkdir(exist_ok=True)
    for stem, title in DOCX.items():
        if only and not any(stem.startswith(a) for a in only):
            continue
        data = build_docx(stem, title)
        path = docs / f"{stem}.docx"
        path.write_bytes(data)
        print(f"{path.relative_to(HERE)}  {len(data)} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
