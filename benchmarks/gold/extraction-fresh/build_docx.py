#!/usr/bin/env python3
"""Build the two DOCX documents of the fresh extraction set from their texts.

Stand-alone and deterministic: reads ``texts/<stem>.txt`` next to this file and writes
``docs/<stem>.docx`` with python-docx. Each text is the real text of a public statement
(see ``sources.csv``); only Markdown markup (bold, links, list bullets) was removed.

Text convention: blocks are separated by blank lines; the first block is the title.
The signatory block of each document is the run of lines from ``first`` to ``last`` in
``DOCS`` below. Nothing here decides who signed: the labels in ``labels/`` were written
by hand, by reading the texts.

Layouts (different on purpose):
  v12  Word list paragraphs ("List Bullet" style) under a bold cue paragraph.
  v13  a Word table (header row "Nom | Fonction | Établissement", cells separated by a tab
       in the text) after the paragraph that introduces the signatories.

    /work/venv/bin/python build_docx.py          # both documents
    /work/venv/bin/python build_docx.py v13      # only the stems starting with v13
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
    "v12_onestlatech-appel-contre-extreme-droite": dict(
        layout="bullets", first="OnEstLaTech", last="Bug Builders",
        bold={"Premiers Signataires :"}),
    "v13_onestlatech-lettre-plainte-universite-lille": dict(
        layout="table", first="Nom\tFonction\tÉtablissement",
        last="SECQ Yann\tenseignant vacataire en informatique\tUniversité de Lille",
        italic_prefix="«"),
}


def read_text(stem):
    """Return (title, before_lines, items, after_lines); blank lines kept as ''."""
    cfg = DOCS[stem]
    raw = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    while raw and raw[-1] == "":
        raw.pop()
    i0, i1 = raw.index(cfg["first"]), raw.index(cfg["last"])
    title = raw[0]
    return title, raw[1:i0], [ln for ln in raw[i0:i1 + 1] if ln], raw[i1 + 1:]


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


def _paragraphs(d, lines, cfg):
    bold = cfg.get("bold", set())
    italic_prefix = cfg.get("italic_prefix")
    for ln in lines:
        if not ln:
            continue
        p = d.add_paragraph()
        run = p.add_run(ln)
        run.bold = ln in bold
        if italic_prefix and ln.startswith(italic_prefix):
            run.italic = True


def build(stem: str) -> bytes:
    import docx

    cfg = DOCS[stem]
    title, before, items, after = read_text(stem)
    d = docx.Document()
    cp = d.core_properties
    cp.author = "sochi_er gold set"
    cp.last_modified_by = "sochi_er gold set"
    cp.title = title
    cp.created = cp.modified = cp.last_printed = FIXED_DATE
    cp.revision = 1

    d.add_heading(title, level=1)
    _paragraphs(d, before, cfg)
    if cfg["layout"] == "bullets":
        for ln in items:
            d.add_paragraph(ln, style="List Bullet")
    elif cfg["layout"] == "table":
        header, rows = items[0].split("\t"), [r.split("\t") for r in items[1:]]
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for c, text in zip(t.rows[0].cells, header, strict=True):
            c.text = ""
            c.paragraphs[0].add_run(text).bold = True
        for r in rows:
            for c, text in zip(t.add_row().cells, r, strict=True):
                c.text = text
    else:
        raise ValueError(cfg["layout"])
    _paragraphs(d, after, cfg)
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
