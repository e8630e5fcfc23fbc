#!/usr/bin/env python3
"""Build the DOCX document of the later extraction set from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` with python-docx. The text is the real text of a public statement
(see ``sources.csv``); only Markdown markup was turned into Word structure.

Text convention (one paragraph a line):
  ``## ...``   Heading 2          ``#### ...``  Heading 3
  ``- ...``    a "List Bullet" paragraph
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph
Nothing here decides who signed: the labels in ``labels/`` were written by hand, by
reading the text.

Layout:
  w12  the charter as headings and Word bullet lists, then the heading "Organisations"
       and a two-column Word table "Organisation | Website" (header row added).

    /work/venv/bin/python build_docx.py
"""
from __future__ import annotations

import datetime as _dt
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
DOCS_DIR = HERE / "docs"
FIXED_DATE = _dt.datetime(2026, 12, 1, 12, 0, 0)
ZIP_DATE = (2026, 12, 1, 12, 0, 0)

DOCS = {
    "w12_winchester-cycling-charter-organisations": dict(title="The Charter"),
}


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed member timestamps so that the bytes are stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build(stem: str) -> bytes:
    import docx

    cfg = DOCS[stem]
    lines = [ln for ln in (TEXTS / f"{stem}.txt").read_text(encoding="utf-8").split("\n") if ln]
    d = docx.Document()
    cp = d.core_properties
    cp.author = "sochi_er gold set"
    cp.last_modified_by = "sochi_er gold set"
    cp.title = cfg["title"]
    cp.created = cp.modified = cp.last_printed = FIXED_DATE
    cp.revision = 1

    table = None
    for ln in lines:
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
        if ln.startswith("#### "):
            d.add_heading(ln[5:], level=3)
        elif ln.startswith("## "):
            d.add_heading(ln[3:], level=2)
        elif ln.startswith("- "):
            d.add_paragraph(ln[2:], style="List Bullet")
        else:
            d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    for stem in DOCS:
        if argv and not any(stem.startswith(a) for a in argv):
            continue
        data = build(stem)
        path = DOCS_DIR / f"{stem}.docx"
        path.write_bytes(data)
        print(f"{path.relative_to(HERE)}  {len(data)} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
