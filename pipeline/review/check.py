"""`minutes check`: what was extracted from one document, attendance first, so a
secretary can compare it with the minutes."""

from __future__ import annotations

from pathlib import Path

from extractors import Extraction
from pipeline.review.corrections import apply_to as apply_corrections
from pipeline.review.corrections import load as load_corrections
from schemas.record import Group
from schemas.stored import Box

# A name OCR read with less mean confidence than this (0-100) is marked for the secretary.
LOW_CONFIDENCE = 80.0

GROUP_TITLES = {
    Group.decision_maker: "Beslutande",
    Group.substitute_not_serving: "Ej tjänstgörande ersättare",
    Group.other_present: "Övriga närvarande",
    Group.absent: "Frånvarande",
}


def check_data(extraction: Extraction, corrections: Path | None = None) -> dict:
    """The check as data: meeting, attendance per group with counts and where each name
    was read, warnings; with the document's corrections file applied when given."""
    document = extraction.stored
    warnings = [w.model_dump() for w in document.warnings]
    applied = []
    if corrections is not None:
        document, done = apply_corrections(document, load_corrections(corrections), corrections)
        applied = [c.describe() for c in done if not c.stale]
        warnings += [
            {"page": None, "text": c.describe(), "reason": "stale correction"}
            for c in done
            if c.stale
        ]
    groups = []
    for group, title in GROUP_TITLES.items():
        people = [
            {**a.public().model_dump(mode="json"), "page": a.page, "box": _box(a.box),
             "corrected": a.corrected, "low_confidence": _low(a.ocr_confidence)}
            for a in document.attendees
            if a.group == group
        ]  # fmt: skip
        if people:
            groups.append(
                {"group": group.value, "title": title, "count": len(people), "attendees": people}
            )
    record = document.to_record().model_dump(mode="json")
    return {
        "file": record["source"]["file"],
        "document_type": record["document_type"],
        "meeting": record["meeting"],
        "attendance": groups,
        "substitutions": record["substitutions"],
        "agenda_items": len(record["agenda_items"]),
        "ocr": _ocr(record["source"]),
        "corrections_file": str(corrections) if corrections else None,
        "corrections": applied,
        "warnings": warnings,
    }


def _low(confidence: float | None) -> bool:
    return confidence is not None and confidence < LOW_CONFIDENCE


def _ocr(source: dict) -> dict | None:
    """The pages OCR read and its mean confidence; None for a text layer."""
    if not source.get("ocr"):
        return None
    return {"pages": source.get("ocr_pages", []), "confidence": source.get("ocr_confidence")}


def confidence_text(attendee: dict) -> str:
    """'93' for a name OCR read, '62 låg' when low; '' for a text layer."""
    confidence = attendee.get("ocr_confidence")
    if confidence is None:
        return ""
    return f"{confidence:.0f} låg" if attendee.get("low_confidence") else f"{confidence:.0f}"


def _box(box: Box | None) -> list[float] | None:
    return [round(v, 1) for v in (box.x0, box.top, box.x1, box.bottom)] if box else None


def render(data: dict, console) -> None:
    """The check for a terminal (rich)."""
    from rich.table import Table

    meeting = data["meeting"]
    console.print(f"[bold]{data['file']}[/bold]  ({data['document_type']})")
    for label, key in (("Organ", "body"), ("Organisation", "organisation"), ("Datum", "date"),
                       ("Plats", "location")):  # fmt: skip
        console.print(f"  {label:<13} {meeting.get(key) or '—'}")
    times = f"{meeting.get('start_time') or '—'}–{meeting.get('end_time') or '—'}"
    console.print(f"  {'Tid':<13} {times}")
    ocr = data.get("ocr")
    if ocr:
        pages = ", ".join(str(p) for p in ocr["pages"])
        console.print(
            f"  {'OCR':<13} sidor {pages}, säkerhet {ocr['confidence']:.0f} av 100 "
            f"(under {LOW_CONFIDENCE:.0f}: låg, jämför namnet med sidan)"
        )
    for group in data["attendance"]:
        table = Table(title=f"{group['title']} ({group['count']})", title_justify="left")
        columns = ["Namn", "Parti", "Organisation", "Roll", "Ersätter", "Sida", ""]
        for column in columns + (["OCR"] if ocr else []):
            table.add_column(column)
        for a in group["attendees"]:
            row = [
                a["name"], a["party"] or "", a["organisation"] or "", ", ".join(a["roles"]),
                a["replaces"] or "", str(a["page"] or ""), "rättad" if a["corrected"] else "",
            ]  # fmt: skip
            if ocr:
                mark = confidence_text(a)
                row.append(f"[bold red]{mark}[/bold red]" if a.get("low_confidence") else mark)
            table.add_row(*row)
        console.print(table)
    counts = ", ".join(f"{g['title'].lower()} {g['count']}" for g in data["attendance"])
    console.print(f"Totalt: {counts or 'ingen närvaro hittad'}; {data['agenda_items']} ärenden")
    if data["corrections_file"]:
        count = len(data["corrections"])
        console.print(f"Corrections from {data['corrections_file']}: {count} applied")
    for warning in data["warnings"]:
        if warning["reason"] == "stale correction":
            console.print(f"[yellow]warning[/yellow] stale correction: {warning['text']}")
            continue
        if warning["reason"].startswith("damaged text"):  # readers/repair.py
            console.print(
                f"[yellow]warning[/yellow] page {warning['page']}: {warning['text']!r} reads "
                f"damaged ({warning['reason']}); compare it with the page"
            )
            continue
        console.print(
            f"[yellow]warning[/yellow] page {warning['page']}: could not place "
            f"{warning['text']!r} ({warning['reason']})"
        )
