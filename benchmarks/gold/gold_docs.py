"""The DOCX and PDF builder the blind extraction sets share (``<set>/build_docx.py``).

Contract: :func:`build_set` writes ``<set>/docs/<stem>.docx`` and ``.pdf`` from
``<set>/texts/<stem>.txt``, deterministically (fixed creation dates and zip timestamps:
two builds give identical bytes). Text lines: ``# `` a heading, ``## `` a sub-heading,
``- `` a bullet, tab-separated cells a table row (DOCX), ``<<PAGEBREAK>>`` a page break
(PDF), anything else a paragraph. Needs python-docx, fpdf2 and the DejaVu fonts.
"""

from __future__ import annotations

import datetime as _dt
import functools
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _lines(texts: Path, stem: str) -> list[str]:
    return [ln for ln in (texts / f"{stem}.txt").read_text(encoding="utf-8").split("\n") if ln]


def _normalise_zip(data: bytes, zip_date: tuple[int, int, int, int, int, int]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=zip_date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(texts: Path, stem: str, title: str, fixed_date: _dt.datetime) -> bytes:
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "sochi_er gold set"
    cp.title = title
    cp.created = cp.modified = cp.last_printed = fixed_date
    cp.revision = 1
    table = None
    for ln in _lines(texts, stem):
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
    zip_date = (fixed_date.year, fixed_date.month, fixed_date.day, fixed_date.hour,
                fixed_date.minute, fixed_date.second)
    return _normalise_zip(buf.getvalue(), zip_date)


def build_pdf(
    texts: Path, stem: str, title: str, fixed_date: _dt.datetime,
    fallback: tuple[str, Path] | None = None,
) -> bytes:
    """The PDF of the text; *fallback*: a font (family name, file) for the glyphs DejaVu
    Sans lacks (Japanese, Korean), registered first."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    if fallback is not None:
        pdf.add_font(fallback[0], "", str(fallback[1]))
        pdf.set_fallback_fonts([fallback[0]], exact_match=False)
    pdf.set_creation_date(fixed_date.replace(tzinfo=_dt.UTC))
    pdf.set_title(title)
    pdf.set_author("sochi_er gold set")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for ln in _lines(texts, stem):
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


Builder = Callable[[Path, str, str, _dt.datetime], bytes]


def build_set(
    here: Path, docx: dict[str, str], pdf: dict[str, str], fixed_date: _dt.datetime,
    only: list[str], fallback: tuple[str, Path] | None = None,
) -> None:
    """Build the documents of the set in *here*: *docx* and *pdf* map a text's stem to the
    document's title; *only*: stems' prefixes to build (all when empty); *fallback*: a
    font file for the PDFs' glyphs DejaVu Sans lacks (see :func:`build_pdf`)."""
    docs = here / "docs"
    docs.mkdir(exist_ok=True)
    jobs: list[tuple[str, str, Builder, str]] = [
        (s, t, build_docx, ".docx") for s, t in docx.items()
    ]
    jobs += [
        (s, t, functools.partial(build_pdf, fallback=fallback), ".pdf") for s, t in pdf.items()
    ]
    for stem, title, build, ext in jobs:
        if only and not any(stem.startswith(a) for a in only):
            continue
        data = build(here / "texts", stem, title, fixed_date)
        path = docs / f"{stem}{ext}"
        path.write_bytes(data)
        print(f"{path.relative_to(here)}  {len(data)} bytes")
