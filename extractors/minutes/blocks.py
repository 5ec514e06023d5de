"""Labelled blocks of a minutes header: a label column told apart from its values.

Minutes print their header as two columns ("Plats och tid" | "Stadshuset, kl 9")
or as headings with the list below ("Beslutande:" then names), or inline
("Beslutande: Anna Andersson (S), …"). The columns are found by position: the x
where values start recurs on rows whose left part is short, label-like text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from extractors.document import Line
from extractors.minutes.labels import INLINE_LABEL, is_label

X_TOLERANCE = 6.0


@dataclass
class Block:
    label: str
    label_line: Line | None
    values: list[Line] = field(default_factory=list)
    inline: str | None = None  # value text that shared the label's line ("Label: value")

    @property
    def page(self) -> int | None:
        if self.label_line is not None:
            return self.label_line.page
        return self.values[0].page if self.values else None


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by page and baseline, in reading order."""
    rows: list[list[Line]] = []
    for line in lines:
        if rows:
            head = rows[-1][0]
            if head.page == line.page and abs(head.bottom - line.bottom) < 2.5:
                rows[-1].append(line)
                continue
        rows.append([line])
    return rows


def _short_label_text(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 6 and not text.rstrip().endswith((".", ",")) and len(text) < 60


def find_value_column(lines: list[Line]) -> tuple[float, float] | None:
    """(label x, value x) of a two-column header, or None when there is none."""
    pairs: Counter = Counter()
    for row in _rows(lines):
        if len(row) >= 2 and _short_label_text(row[0].text):
            pairs[(round(row[0].x0 / X_TOLERANCE), round(row[1].x0 / X_TOLERANCE))] += 1 + (
                2 if is_label(row[0].text) else 0
            )
    if not pairs:
        return None
    (label_key, value_key), weight = pairs.most_common(1)[0]
    if weight < 3:  # one known label with a value, or two unknown ones
        return None
    label_x = min(r[0].x0 for r in _rows(lines) if round(r[0].x0 / X_TOLERANCE) == label_key)
    value_x = min(
        r[1].x0 for r in _rows(lines) if len(r) > 1 and round(r[1].x0 / X_TOLERANCE) == value_key
    )
    return label_x, value_x


def _split_at_column(lines: list[Line], value_x: float) -> list[Line]:
    """Split lines whose words run from the label column into the value column.

    A label that nearly fills its column leaves less than the column gap before the
    value ("Ej tjänstgörande Gustav Lund"); the word that starts at the value x begins
    the value.
    """
    out: list[Line] = []
    for line in lines:
        cut = next(
            (
                i
                for i, w in enumerate(line.words[1:], start=1)
                if abs(w.x0 - value_x) <= 1.5 and line.words[i - 1].x1 < value_x
            ),
            None,
        )
        if cut is None or line.x0 >= value_x - X_TOLERANCE:
            out.append(line)
            continue
        out.append(Line(line.words[:cut], line.page, line.furniture, line.level))
        out.append(Line(line.words[cut:], line.page, line.furniture, line.level))
    return out


def find_blocks(lines: list[Line]) -> list[Block]:
    """Split header lines into labelled blocks, by columns where there are columns."""
    columns = find_value_column(lines)
    if columns is not None:
        lines = _split_at_column(lines, columns[1])
    blocks: list[Block] = []
    current: Block | None = None
    for row in _rows(lines):
        first = row[0]
        text = first.text.strip()
        inline = INLINE_LABEL.match(text)
        if columns is not None:
            label_x, value_x = columns
            at_label = abs(first.x0 - label_x) <= X_TOLERANCE
            values = [ln for ln in row if ln.x0 >= value_x - X_TOLERANCE]
            left = [ln for ln in row if ln.x0 < value_x - X_TOLERANCE]
            if at_label and left:
                label_text = " ".join(ln.text for ln in left)
                if current is not None and label_text[:1].islower() and current.label_line:
                    # a label that wraps: "Ej tjänstgörande" / "ersättare"
                    current.label = f"{current.label} {label_text}"
                    current.values.extend(values)
                    continue
                if values or is_label(label_text):
                    current = Block(label_text.rstrip(": "), first, list(values))
                    blocks.append(current)
                    continue
                current = None  # left-column text that is no label: the header ends here
                blocks.append(Block("", first, list(row[1:])))
                continue
            if values and current is not None:
                current.values.extend(values)
                continue
        if inline:
            current = Block(inline.group(1), first, list(row[1:]), inline.group(2).strip() or None)
            blocks.append(current)
            continue
        if is_label(text) and len(row) == 1:
            current = Block(text.rstrip(": "), first, [])
            blocks.append(current)
            continue
        if is_label(text) and len(row) > 1:
            current = Block(text.rstrip(": "), first, list(row[1:]))
            blocks.append(current)
            continue
        if current is not None and current.label:
            current.values.extend(row)
        else:
            blocks.append(Block("", first, list(row[1:])))
            current = None
    return blocks
