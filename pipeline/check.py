"""`minutes check`: what was extracted from one document, attendance first, so a
secretary can compare it with the minutes."""

from __future__ import annotations

from extractors import Extraction
from schemas.record import Group

GROUP_TITLES = {
    Group.decision_maker: "Beslutande",
    Group.substitute_not_serving: "Ej tjänstgörande ersättare",
    Group.other_present: "Övriga närvarande",
    Group.absent: "Frånvarande",
}


def check_data(extraction: Extraction) -> dict:
    """The check as data: meeting, attendance per group with counts, warnings."""
    record = extraction.record
    groups = []
    for group, title in GROUP_TITLES.items():
        people = [a for a in record.attendees if a.group == group]
        if not people:
            continue
        groups.append(
            {
                "group": group.value,
                "title": title,
                "count": len(people),
                "attendees": [
                    {**a.model_dump(mode="json"), "page": extraction.attendee_pages.get(a.name)}
                    for a in people
                ],
            }
        )
    return {
        "file": record.source.file,
        "document_type": record.document_type.value,
        "meeting": record.meeting.model_dump(mode="json"),
        "attendance": groups,
        "substitutions": [s.model_dump(mode="json") for s in record.substitutions],
        "agenda_items": len(record.agenda_items),
        "warnings": [
            {"page": w.page, "text": w.text, "reason": w.reason} for w in extraction.warnings
        ],
    }


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
    for group in data["attendance"]:
        table = Table(title=f"{group['title']} ({group['count']})", title_justify="left")
        for column in ("Namn", "Parti", "Organisation", "Roll", "Ersätter", "Sida"):
            table.add_column(column)
        for a in group["attendees"]:
            table.add_row(
                a["name"], a["party"] or "", a["organisation"] or "", ", ".join(a["roles"]),
                a["replaces"] or "", str(a["page"] or ""),
            )  # fmt: skip
        console.print(table)
    counts = ", ".join(f"{g['title'].lower()} {g['count']}" for g in data["attendance"])
    console.print(f"Totalt: {counts or 'ingen närvaro hittad'}; {data['agenda_items']} ärenden")
    for warning in data["warnings"]:
        console.print(
            f"[yellow]warning[/yellow] page {warning['page']}: could not place "
            f"{warning['text']!r} ({warning['reason']})"
        )
