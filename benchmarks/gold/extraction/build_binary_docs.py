#!/usr/bin/env python3
"""Rebuild the PDF and DOCX documents of the extraction gold set from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.pdf`` (fpdf2) or ``docs/<stem>.docx`` (python-docx). Every text is the real
text of a public statement (see ``sources-bin.csv``); only web markup was removed.

Text convention: blocks are separated by blank lines, the lines inside a block are kept
as separate lines. The signatory list of each document is the run of lines from
``first`` to ``last`` in ``DOCS`` below; in the two table documents its cells are
separated by a tab. Nothing here decides who signed: the labels in ``labels/`` were
written by hand.

    python build_binary_docs.py            # all documents
    python build_binary_docs.py p01 d02    # only those stems (prefix match)

Requires fpdf2 (2.7+) and python-docx, and a DejaVu Sans TTF (``DEJAVU_DIR`` overrides
the default /usr/share/fonts/truetype/dejavu).
"""
from __future__ import annotations

import datetime as _dt
import io
import os
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
DOCS_DIR = HERE / "docs"
FONT_DIR = Path(os.environ.get("DEJAVU_DIR", "/usr/share/fonts/truetype/dejavu"))
FIXED_DATE = _dt.datetime(2024, 1, 1, 12, 0, 0, tzinfo=_dt.UTC)
ZIP_DATE = (2024, 1, 1, 12, 0, 0)

# stem -> layout, first and last line of the signatory list, lines inside the list that
# are section headings (not signatories), extra lines to set in bold.
DOCS = {
    "p01_turn_out_for_texas": dict(
        kind="pdf", layout="letter",
        first="Air Alliance Houston", last="Turtle Island Restoration Network",
        bold={"Environmental organizations support Texans' right to take part in democracy."}),
    "p02_keep_android_open": dict(
        kind="pdf", layout="table",
        first="Organization\tCountry", last="Vivaldi Technologies AS\tNO",
        bold={"Our Concerns", "Existing Measures Are Sufficient", "Our Request", "Signatories",
              "1. Gatekeeping Beyond Google's Own Store", "2. Barriers to Entry and Innovation",
              "3. Privacy and Surveillance Concerns",
              "4. Arbitrary Enforcement and Account Termination Risks",
              "5. Anticompetitive Implications", "6. Regulatory concerns"}),
    "p03_end_702": dict(
        kind="pdf", layout="numbered",
        first="Fight for the Future", last="Niskanen Center", bold=set()),
    "p04_mst_nota_contra_repressao": dict(
        kind="pdf", layout="lines",
        first="Danny Glover, filmmaker and activist (USA)",
        last="Northeast Organic Farming Assoc. of New York, Inc.",
        headings={"Organizações:"},
        bold={"Sem mandado judicial, polícia invade com arma de fogo Escola Nacional do MST",
              "Assinam:", "Indivíduos:", "Organizações:"}),
    "p05_pronunciamiento_puentes_de_agua": dict(
        kind="pdf", layout="centered",
        first="Asamblea El Algarrobo", last="Colectivo Audiovisual Reviro",
        bold={"Festival Puentes de Agua - 22 y 23 octubre 2022 – Andalgalá– Catamarca.",
              "Jallalla", "#BAJENLASMAQUINASDELCERRO", "#NOESNO", "#NOPASARAN"}),
    "d01_mst_nota_tocantins": dict(
        kind="docx", layout="bullets",
        first="Movimento dos Trabalhadores Rurais Sem Terra – MST",
        last="Comissão Dominicana de Justiça e Paz do Brasil",
        bold={"Assinam esta Nota os seguintes movimentos:"}),
    "d02_public_money_public_code_it": dict(
        kind="docx", layout="table",
        first="Organizzazione\tSito web", last="Xnet\thttps://xnet-x.net/",
        bold={"Public Money? Public Code!",
              "\"Implementare leggi che richiedano che il software finanziato pubblicamente e "
              "sviluppato per il settore pubblico sia reso pubblicamente disponibile sotto una "
              "licenza Software Libero e Open Source.\""}),
    "d03_movimiento_plurinacional_agua": dict(
        kind="docx", layout="paragraphs",
        first="FUNAM (Fundación para la defensa del ambiente), ONG con status consultivo en "
              "Naciones Unidas, Córdoba, Argentina.",
        last="Jorge Rabey, Ex Presidente de la ONG \"Centro de Protección a la Naturaleza\", "
             "ciudad de Santa Fe, Santa Fe, Argentina.",
        headings={"PERSONAS"},
        bold={"DECIMOS NO A LA CONTINUIDAD DE PASCUA LAMA EN ARGENTINA Y EXIGIMOS CLAUSURA "
              "TOTAL Y DEFINITIVA DE VELADERO. FUERA BARRICK GOLD Y SHANDONG GOLD DE ARGENTINA",
              "ASAMBLEAS, ONGs Y OTRAS INSTITUCIONES", "PERSONAS",
              "CONTACTOS PARA MAYOR INFORMACIÓN"}),
}


def read_text(stem: str):
    """Return (title_lines, body_blocks, list_lines, after_blocks).

    body_blocks / after_blocks are lists of blocks (lists of lines); the title is the first
    block. list_lines runs from the configured first to last line, blank lines dropped."""
    cfg = DOCS[stem]
    raw = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    while raw and raw[-1] == "":
        raw.pop()
    i0 = raw.index(cfg["first"])
    i1 = raw.index(cfg["last"])

    def blocks(lines):
        out, cur = [], []
        for ln in lines:
            if ln == "":
                if cur:
                    out.append(cur)
                cur = []
            else:
                cur.append(ln)
        if cur:
            out.append(cur)
        return out

    before = blocks(raw[:i0])
    title, body = before[0], before[1:]
    items = [ln for ln in raw[i0:i1 + 1] if ln != ""]
    return title, body, items, blocks(raw[i1 + 1:])


# ----------------------------------------------------------------------------- PDF


def _pdf():
    from fpdf import FPDF

    class Doc(FPDF):
        footer_text = None

        def footer(self):
            if self.footer_text:
                self.set_y(-15)
                self.set_font("DejaVu", "", 9)
                self.cell(0, 8, self.footer_text.format(page=self.page_no(), nb=self.str_alias_nb_pages),
                          align="C")

    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("build_binary_docs.py (fpdf2)")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


def _para(pdf, text, size=10.5, style="", h=5.4, gap=2.4, align="L"):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    if gap:
        pdf.ln(gap)


def _title(pdf, lines, size=16):
    for ln in lines:
        _para(pdf, ln, size=size, style="B", h=size * 0.5, gap=0)
    pdf.ln(5)


def _body(pdf, blocks, bold, size=10.5, h=5.4):
    for block in blocks:
        for j, ln in enumerate(block):
            last = j == len(block) - 1
            _para(pdf, ln, size=size, style="B" if ln in bold else "", h=h, gap=2.4 if last else 0.6)


def build_pdf(stem: str) -> bytes:
    cfg = DOCS[stem]
    title, body, items, after = read_text(stem)
    bold, headings = cfg.get("bold", set()), cfg.get("headings", set())
    pdf = _pdf()
    layout = cfg["layout"]

    if layout == "letter":
        # plain letter; page numbers in the footer; the list runs over the page break.
        pdf.footer_text = "Page {page} of {nb}"
        pdf.add_page()
        _title(pdf, title, size=18)
        _body(pdf, body, bold, size=11.5, h=6.2)
        pdf.ln(2)
        for ln in items:
            _para(pdf, ln, size=11.5, h=6.2, gap=0.8)
    elif layout == "table":
        pdf.footer_text = "{page}"
        pdf.add_page()
        _title(pdf, title, size=14)
        _body(pdf, body, bold, size=9.5, h=4.9)
        header, rows = items[0].split("\t"), [r.split("\t") for r in items[1:]]
        pdf.set_font("DejaVu", "", 9.5)
        with pdf.table(col_widths=(130, 40), text_align=("LEFT", "CENTER"),
                       line_height=6, first_row_as_headings=True) as table:
            table.row(header)
            for r in rows:
                table.row(r)
        pdf.ln(3)
    elif layout == "numbered":
        pdf.add_page()
        _title(pdf, title, size=20)
        _body(pdf, body, bold, size=11, h=5.8)
        pdf.set_font("DejaVu", "", 11)
        for n, ln in enumerate(items, 1):
            pdf.set_x(28)
            pdf.cell(9, 6.2, f"{n}.", align="R")
            pdf.multi_cell(0, 6.2, " " + ln, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    elif layout == "lines":
        # "Name, Title, Organisation" lines, one per signatory, small type.
        pdf.footer_text = "– {page} –"
        pdf.add_page()
        _title(pdf, title, size=14)
        _body(pdf, body, bold, size=10, h=5.1)
        for ln in items:
            if ln in headings:
                pdf.ln(2)
                _para(pdf, ln, size=10, style="B", h=5.2, gap=0.8)
            else:
                _para(pdf, ln, size=9.5, h=4.8, gap=0.5)
    elif layout == "centered":
        pdf.add_page()
        _title(pdf, title, size=15)
        _body(pdf, body, bold, size=10, h=5.1)
        for ln in items:
            _para(pdf, ln, size=9.5, h=5.0, gap=0.3, align="C")
    else:
        raise ValueError(layout)

    for block in after:
        for ln in block:
            _para(pdf, ln, size=10, style="I", h=5.2, gap=1)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------- DOCX


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


def build_docx(stem: str) -> bytes:
    import docx
    from docx.shared import Pt

    cfg = DOCS[stem]
    title, body, items, after = read_text(stem)
    bold, headings = cfg.get("bold", set()), cfg.get("headings", set())
    d = docx.Document()
    cp = d.core_properties
    cp.author = "sochi_er gold set"
    cp.last_modified_by = "sochi_er gold set"
    cp.title = " ".join(title)
    cp.created = cp.modified = cp.last_printed = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 1

    d.add_heading(" ".join(title), level=1)
    for block in body:
        for ln in block:
            p = d.add_paragraph()
            run = p.add_run(ln)
            run.bold = ln in bold

    layout = cfg["layout"]
    if layout == "bullets":
        for ln in items:
            d.add_paragraph(ln, style="List Bullet")
    elif layout == "table":
        header, rows = items[0].split("\t"), [r.split("\t") for r in items[1:]]
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for c, text in zip(t.rows[0].cells, header, strict=True):
            c.text = ""
            c.paragraphs[0].add_run(text).bold = True
        for r in rows:
            cells = t.add_row().cells
            for c, text in zip(cells, r, strict=False):
                c.text = text
    elif layout == "paragraphs":
        for ln in items:
            p = d.add_paragraph()
            run = p.add_run(ln)
            run.bold = ln in headings
            p.paragraph_format.space_after = Pt(0)
    else:
        raise ValueError(layout)

    for block in after:
        for ln in block:
            p = d.add_paragraph()
            run = p.add_run(ln)
            run.bold = ln in bold
            p.paragraph_format.space_after = Pt(0)
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


def main(argv):
    DOCS_DIR.mkdir(exist_ok=True)
    wanted = [s for s in DOCS if not argv or any(s.startswith(a) for a in argv)]
    for stem in wanted:
        kind = DOCS[stem]["kind"]
        data = build_pdf(stem) if kind == "pdf" else build_docx(stem)
        path = DOCS_DIR / f"{stem}.{kind}"
        path.write_bytes(data)
        print(f"{path.relative_to(HERE)}  {len(data)} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
