#!/usr/bin/env python3
"""Build the DOCX document of the eighteenth blind extraction set (o-series) from its text.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` (python-docx). The PDF branch (fpdf2, DejaVu Sans) is kept from the
seventh set's builder but has no job in this set. The text is the real text of a public
appeal (see ``sources.csv``); only page markup was turned into document structure.
Nothing here decides who signed: the labels in ``labels/`` were written by reading.

Text convention (one paragraph a line):
  ``# ...``  Heading 1 (DOCX) / bold title (PDF)     ``## ...``  Heading 2 / bold line
  ``- ...``  a "List Bullet" paragraph (DOCX) / a bullet line (PDF)
  ``<<PAGEBREAK>>``  a page break (PDF only)
  lines with a TAB: rows of a Word table (the first such line is the header row)
  anything else: a plain paragraph

Layout:
  o02  DOCX: an invitation sentence, "Apelujemy o:" with two bullet demands, the
       Heading 2 "Inicjatorzy apelu:" with two bullet organisations, and a closing line
       with the link to the full appeal.

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
FIXED_DATE = _dt.datetime(2026, 12, 2, 12, 0, 0)
ZIP_DATE = (2026, 12, 2, 12, 0, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

DOCX = {
    "o02_wrzos-apel-okragly-stol-pozytku": "Apel w sprawie powołania Okrągłego Stołu Pożytku Publicznego",
}
PDF: dict[str, str] = {}


def _lines(stem: str) -> list[str]:
    return [ln for ln in (TEXTS / f"{stem}.txt").read_text(encoding="utf-8").split("\n") if ln]


def _normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
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
    return _normalise_zip(buf.getvalue())


def build_pdf(stem: str, title: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE.replace(tzinfo=_dt.UTC))
    pdf.set_title(title)
    pdf.set_author("sochi_er gold set")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for ln in _lines(stem):
        if ln == "<<PAGEBREAK>>":
            pdf.add_page()
        elif ln.startswith("# "):
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(0, 8, ln[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif ln.startswith("## "):
            pdf.set_font("DejaVu", "B", 11)
            pdf.ln(2)
            pdf.multi_cell(0, 6, ln[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif ln.startswith("- "):
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, "\u2022 " + ln[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    jobs = [(s, t, build_docx, ".docx") for s, t in DOCX.items()]
    jobs += [(s, t, build_pdf, ".pdf") for s, t in PDF.items()]
    for stem, title, fn, ext in jobs:
        if argv and not any(stem.startswith(a) for a in argv):
            continue
        data = fn(stem, title)
        path = DOCS_DIR / f"{stem}{ext}"
        path.write_bytes(data)
        print(f"{path.relative_to(HERE)}  {len(data)} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
