"""`minutes check FILE --html OUT.html`: each attendance page of the source as an image
beside the extracted table, with every extracted name outlined where it was read.

One self-contained file (images inlined), so a secretary can open it anywhere or
attach it to an e-mail. Pages are rendered by pdfplumber (the reference reader).
"""

from __future__ import annotations

import base64
import io
import math
from html import escape
from pathlib import Path

from extractors.document import Document
from extractors.readers.limits import MAX_IMAGE_PIXELS
from pipeline.review.check import LOW_CONFIDENCE, confidence_text

RESOLUTION = 110  # dpi of the page images: names stay legible, the file stays small

GROUP_COLOURS = {
    "decision_maker": "#1f6feb",
    "substitute_not_serving": "#8250df",
    "other_present": "#1a7f37",
    "absent": "#cf222e",
}

STYLE = """
body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1f2328; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; } h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
dt { color: #59636e; }
.page { display: grid; grid-template-columns: minmax(0, 620px) 1fr; gap: 1.5rem;
  align-items: start; border-top: 1px solid #d1d9e0; padding-top: 1rem; }
svg { width: 100%; height: auto; border: 1px solid #d1d9e0; }
rect { fill: none; stroke-width: 1.6; }
rect.hl { fill: rgba(255, 200, 0, .35); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid #eef1f4; }
tr:hover td { background: #fff8c5; }
td:first-child { white-space: nowrap; }
.group { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px;
  vertical-align: -1px; }
.corrected { font-size: .8rem; color: #9a6700; }
.warning { color: #9a6700; }
.ocr { font-variant-numeric: tabular-nums; color: #59636e; }
.ocr.low { color: #cf222e; font-weight: 600; }
"""

SCRIPT = """
for (const row of document.querySelectorAll('tr[data-box]')) {
  const box = document.getElementById(row.dataset.box);
  row.addEventListener('mouseenter', () => box && box.classList.add('hl'));
  row.addEventListener('mouseleave', () => box && box.classList.remove('hl'));
}
"""


def write_html(data: dict, document: Document, out: Path) -> None:
    """Write the review page for the check `data` of `document` to `out`."""
    out.write_text(render_html(data, document), "utf-8")


def render_html(data: dict, document: Document) -> str:
    people = [a for group in data["attendance"] for a in group["attendees"]]
    pages = sorted({a["page"] for a in people if a["page"]} | _warning_pages(data))
    images = _page_images(document, pages) if document.format == "pdf" else {}
    parts = [
        "<!doctype html>",
        '<html lang="sv"><head><meta charset="utf-8">',
        f"<title>Närvaro: {escape(data['file'])}</title><style>{STYLE}</style></head><body>",
        f"<h1>{escape(data['file'])}</h1>",
        _header(data),
    ]
    numbered = {id(a): n for n, a in enumerate(people, start=1)}
    for page in pages:
        on_page = [a for a in people if a["page"] == page]
        parts.append(f'<section class="page" id="page-{page}">')
        parts.append(_figure(document, page, images.get(page), on_page, numbered))
        parts.append(f"<div><h2>Sida {page}</h2>{_table(on_page, numbered)}")
        parts.append(_warnings([w for w in data["warnings"] if w["page"] == page]))
        parts.append("</div></section>")
    elsewhere = [a for a in people if not a["page"]]
    if elsewhere:
        parts.append(f"<h2>Inte läst från någon sida</h2>{_table(elsewhere, numbered)}")
    parts.append(_warnings([w for w in data["warnings"] if w["page"] is None]))
    parts.append(f"<script>{SCRIPT}</script></body></html>")
    return "\n".join(parts)


def _header(data: dict) -> str:
    meeting = data["meeting"]
    times = "–".join(t for t in (meeting.get("start_time"), meeting.get("end_time")) if t)
    fields = [
        ("Organ", meeting.get("body")),
        ("Organisation", meeting.get("organisation")),
        ("Datum", meeting.get("date")),
        ("Tid", times or None),
        ("Plats", meeting.get("location")),
    ]
    if data["corrections_file"]:
        fields.append(("Rättelser", f"{data['corrections_file']} ({len(data['corrections'])})"))
    ocr = data.get("ocr")
    if ocr:
        pages = ", ".join(str(p) for p in ocr["pages"])
        fields.append(
            ("OCR", f"sidor {pages}, säkerhet {ocr['confidence']:.0f} av 100; "
                    f"namn under {LOW_CONFIDENCE:.0f} är markerade: jämför dem med sidan")
        )  # fmt: skip
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v or '—')}</dd>" for k, v in fields)
    rows += "".join(
        f"<dt>{_swatch(g['group'])} {escape(g['title'])}</dt><dd>{g['count']}</dd>"
        for g in data["attendance"]
    )
    return f"<dl>{rows}</dl>"


def _swatch(group: str) -> str:
    colour = GROUP_COLOURS.get(group, "#59636e")
    return f'<span class="group" style="background:{colour}" title="{group}"></span>'


def _figure(
    document: Document, page: int, image: str | None, people: list[dict], numbered: dict
) -> str:
    size = document.pages[page - 1] if page <= len(document.pages) else None
    if size is None or image is None:
        return "<p>(ingen sidbild)</p>"
    w, h = size.width, size.height
    rects = []
    for a in people:
        if not a["box"]:
            continue
        x0, top, x1, bottom = a["box"]
        colour = GROUP_COLOURS.get(a["group"], "#59636e")
        dashed = ' stroke-dasharray="4 2"' if a.get("low_confidence") else ""  # low OCR
        rects.append(
            f'<rect id="box-{numbered[id(a)]}" x="{x0 - 1.5:.1f}" y="{top - 1.5:.1f}" '
            f'width="{x1 - x0 + 3:.1f}" height="{bottom - top + 3:.1f}" stroke="{colour}"'
            f"{dashed}>"
            f"<title>{escape(a['name'])}</title></rect>"
        )
    return (
        f'<figure style="margin:0"><svg viewBox="0 0 {w:.1f} {h:.1f}" '
        f'xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Sida {page}">'
        f'<image href="data:image/png;base64,{image}" width="{w:.1f}" height="{h:.1f}"/>'
        f"{''.join(rects)}</svg></figure>"
    )


def _table(people: list[dict], numbered: dict) -> str:
    ocr = any(a.get("ocr_confidence") is not None for a in people)
    columns = ("#", "Namn", "Parti", "Organisation", "Roll", "Ersätter") + (("OCR",) if ocr else ())
    head = "".join(f"<th>{c}</th>" for c in columns)
    rows = []
    for a in people:
        n = numbered[id(a)]
        mark = ' <span class="corrected">rättad</span>' if a["corrected"] else ""
        cells = [
            f"{_swatch(a['group'])} {n}",
            escape(a["name"]) + mark,
            escape(a["party"] or ""),
            escape(a["organisation"] or ""),
            escape(", ".join(a["roles"])),
            escape(a["replaces"] or ""),
        ]
        row = "".join(f"<td>{c}</td>" for c in cells)
        if ocr:
            low = " low" if a.get("low_confidence") else ""
            tip = "låg OCR-säkerhet: jämför med sidan" if low else "OCR-säkerhet (0-100)"
            row += f'<td class="ocr{low}" title="{tip}">{escape(confidence_text(a))}</td>'

        rows.append(f'<tr data-box="box-{n}" data-group="{a["group"]}">{row}</tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _warnings(warnings: list[dict]) -> str:
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(w['text'])} — {escape(w['reason'])}</li>" for w in warnings)
    return f'<ul class="warning">{items}</ul>'


def _warning_pages(data: dict) -> set[int]:
    return {w["page"] for w in data["warnings"] if w["page"]}


def image_resolution(width: float, height: float) -> float:
    """RESOLUTION, or less for a page so large its image would pass MAX_IMAGE_PIXELS
    (a poster, a page of 14,400 pt): the image is then as large as allowed."""
    pixels = (width / 72 * RESOLUTION) * (height / 72 * RESOLUTION)
    if pixels <= MAX_IMAGE_PIXELS:
        return RESOLUTION
    return RESOLUTION * math.sqrt(MAX_IMAGE_PIXELS / pixels)


def _page_images(document: Document, pages: list[int]) -> dict[int, str]:
    """page number → PNG (base64) of that page, rendered by pdfplumber."""
    import pdfplumber

    images = {}
    with pdfplumber.open(document.path) as pdf:
        for number in pages:
            if number > len(pdf.pages):
                continue
            page = pdf.pages[number - 1]
            buffer = io.BytesIO()
            resolution = image_resolution(float(page.width), float(page.height))
            page.to_image(resolution=resolution).original.save(buffer, format="PNG")
            images[number] = base64.b64encode(buffer.getvalue()).decode("ascii")
            page.close()
    return images
