"""Labelled blocks of a minutes header: a label column told apart from its values.

Minutes print their header as two columns ("Plats och tid" | "Stadshuset, kl 9")
or as headings with the list below ("Beslutande:" then names), or inline
("Beslutande: Anna Andersson (S), …"). The columns are found by position: the x
where values start recurs on rows whose left part is short, label-like text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from extractors.document import Line
from extractors.minutes.labels import group_of, is_label, meta_of, split_inline_labels
from extractors.minutes.parameters import (
    COLUMN_X_TOLERANCE,
    FLUSH_RIGHT_MAJORITY,
    KNOWN_LABEL_BONUS,
    LOWER_LABEL_ROWS,
    MAX_LABEL_CELL_CHARS,
    MAX_LABEL_CELL_WORDS,
    MIN_LABEL_COLUMN_SCORE,
    MIN_SIDE_BY_SIDE_GAP,
    ROW_TOLERANCE,
    SPACE_WIDTH,
    VALUE_START_TOLERANCE,
)
from extractors.swedish.labels import PEOPLE_COLUMN_HEAD
from extractors.swedish.names import leading_name
from extractors.swedish.parties import PARENTHESISED_PARTY, party_named
from extractors.swedish.roles import ROLE_WORDS

# A list item's mark: bullets as fonts draw them (Symbol and Wingdings ones from Word
# land in the private use area), or a dash or star followed by a space.
BULLET = re.compile(r"^(?:[•◦▪▫●○■□‣⁃∙·\uf0b7\uf0a7\uf0d8\uf0fc]\s*|[-–*]\s+)")


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


def same_row(line: Line, other: Line) -> bool:
    """Whether two lines stand on one baseline of one page (cells of one row)."""
    return line.page == other.page and abs(line.bottom - other.bottom) < ROW_TOLERANCE


def beside_another(lines: list[Line], i: int) -> bool:
    """Whether the line at i shares its row with the line before or after it."""
    return any(same_row(lines[k], lines[i]) for k in (i - 1, i + 1) if 0 <= k < len(lines))


def by_row(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by page and baseline, in reading order."""
    rows: list[list[Line]] = []
    for line in lines:
        if rows and same_row(rows[-1][0], line):
            rows[-1].append(line)
            continue
        rows.append([line])
    return rows


def _short_label_text(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_LABEL_CELL_WORDS
        and not text.rstrip().endswith((".", ","))
        and len(text) < MAX_LABEL_CELL_CHARS
    )


def find_value_column(lines: list[Line]) -> tuple[float, float] | None:
    """(label x, value x) of a two-column header, or None when there is none."""
    rows = by_row(lines)
    pairs: Counter = Counter()
    rights: Counter = Counter()  # the same, for labels set flush right against their values
    for row in rows:
        if len(row) >= 2 and _short_label_text(row[0].text) and not _a_person(row[0].text):
            weight = 1 + (KNOWN_LABEL_BONUS if is_label(row[0].text) else 0)
            value_key = round(row[1].x0 / COLUMN_X_TOLERANCE)
            pairs[(round(row[0].x0 / COLUMN_X_TOLERANCE), value_key)] += weight
            rights[(round(row[0].x1 / COLUMN_X_TOLERANCE), value_key)] += weight
    if not pairs:
        return None
    (label_key, value_key), weight = pairs.most_common(1)[0]
    (right_key, right_value_key), right_weight = rights.most_common(1)[0]
    if right_weight > FLUSH_RIGHT_MAJORITY * weight:  # labels share their right edge
        label_rows = [r for r in rows if round(r[0].x1 / COLUMN_X_TOLERANCE) == right_key]
        value_key, weight = right_value_key, right_weight
    else:
        label_rows = [r for r in rows if round(r[0].x0 / COLUMN_X_TOLERANCE) == label_key]
    if weight < MIN_LABEL_COLUMN_SCORE:  # one known label with a value, or two unknown ones
        return None
    label_x = min(r[0].x0 for r in label_rows)
    value_x = min(
        r[1].x0 for r in rows if len(r) > 1 and round(r[1].x0 / COLUMN_X_TOLERANCE) == value_key
    )
    return label_x, value_x


def _split_at_column(lines: list[Line], label_x: float, value_x: float) -> list[Line]:
    """Split lines whose words run from the label column into the value column.

    A label that nearly fills its column leaves less than the column gap before the
    value ("Ej tjänstgörande Gustav Lund"), or runs past it in bold
    ("pensionärsorganisationerna Bo Lindgren"); the word that starts at the value x begins
    the value. A line indented from the label column holds no label: in a fixed-pitch
    font a word of its own may start at the value x by chance ('TORA BLOM' under
    'ÖVRIGA:' with 'DATUM: 3.4.2024' above).
    """
    out: list[Line] = []
    for line in lines:
        cut = next(
            (
                i
                for i, w in enumerate(line.words[1:], start=1)
                if abs(w.x0 - value_x) <= VALUE_START_TOLERANCE
                and line.words[i - 1].x1 < w.x0 + VALUE_START_TOLERANCE
            ),
            None,
        )
        if (
            cut is None
            or line.x0 >= value_x - COLUMN_X_TOLERANCE
            or (
                line.x0 > label_x + COLUMN_X_TOLERANCE
                and not is_label(" ".join(w.text for w in line.words[:cut]))
            )
        ):
            out.append(line)
            continue
        out.append(Line(line.words[:cut], line.page, line.furniture, line.level))
        out.append(Line(line.words[cut:], line.page, line.furniture, line.level))
    return out


def _a_person(text: str) -> bool:
    """A table row that starts with a person's name is no label ('Kristian Lövgren | M')."""
    return not is_label(text) and leading_name(text) is not None


def _side_by_side(lines: list[Line]) -> list[Line]:
    """Read two columns of labelled lists one after the other, not row by row.

    Where a row holds two labels ("Närvarande ledamöter" … "Övriga deltagande"), the
    lines from there on that start at or right of the second label belong to a right
    column, read after the left one, until a line crosses the gap between them or another
    row of labels begins ("Justerare | Paragrafer"). Each such row is read so, and a row
    of labels over single values ("Organ | Datum | Tid") is passed over.
    """
    rows = by_row(lines)
    for r, row in enumerate(rows):
        labels = _labels_of(row)
        # the last two: sub-headings in a label's value ("Beslutande | Ledamöter |
        # Tjänstgörande ersättare") split the value, not the label from it
        if len(labels) >= 2 and labels[-1].x0 - labels[-2].x0 >= MIN_SIDE_BY_SIDE_GAP:
            left_label, right_label, first = labels[-2], labels[-1], r + 1
        elif len(row) == 1 and labels and (lower := _lower_right_label(rows, r)) is not None:
            left_label, (right_label, first) = labels[0], lower
        else:
            continue
        # a frame's text may start left of its labels
        split = right_label.x0 - 2 * COLUMN_X_TOLERANCE
        if first < len(rows) and not any(_under_left_label(ln, split) for ln in rows[first]):
            # nothing listed under the left label: it is a label whose value starts with
            # a sub-heading ('Beslutande | Ledamöter' over the names), not a second column
            continue
        outer = left_label.x0 - COLUMN_X_TOLERANCE  # a line left of this is the next outer label
        end = r + 1
        while (
            end < len(rows)
            and all(outer <= ln.x0 and (ln.x0 >= split or ln.x1 < split) for ln in rows[end])
            and len(_labels_of(rows[end])) < 2
        ):
            end += 1
        if end == r + 1:
            continue  # one row: labels over their values, no columns of lists
        region = [ln for row_ in rows[r:end] for ln in row_]
        left = [ln for ln in region if ln.x0 < split]
        right = [ln for ln in region if ln.x0 >= split]
        before = [ln for row_ in rows[:r] for ln in row_]
        after = [ln for row_ in rows[end:] for ln in row_]
        return before + left + right + _side_by_side(after)
    return lines


def _lower_right_label(rows: list[list[Line]], r: int) -> tuple[Line, int] | None:
    """The label that heads a right column a little below the left one on row r ('Beslutande'
    … 'Ej tjänstgörande ersättare' half a line lower), with the index of the first row
    below it; None when the next row with anything right of the left column has no such
    label, or a line crosses to the right before it."""
    left = rows[r][0]
    for k in range(r + 1, min(r + 1 + LOWER_LABEL_ROWS, len(rows))):
        right = [ln for ln in rows[k] if ln.x0 - left.x0 >= MIN_SIDE_BY_SIDE_GAP]
        if not right:
            continue
        label = right[0]
        reach = label.x0 - 2 * COLUMN_X_TOLERANCE
        crossing = any(ln.x1 >= reach for ln in rows[k] if ln.x0 < label.x0)
        if label.page != left.page or crossing or not _labels_of([label]) or len(right) > 1:
            return None
        return label, k + 1
    return None


def _labels_of(row: list[Line]) -> list[Line]:
    """The labels on a row; a role in a table's function column ("Marie Holm | (S) |
    ordförande") is no label of a second column, though a signature block uses the same
    words as labels."""
    return [ln for ln in row if is_label(ln.text) and meta_of(ln.text) != "signature"]


def _under_left_label(line: Line, split: float) -> bool:
    """Whether a line starts a list under the left of two labels: left of the split, and
    neither a label nor the rest of a wrapped one ('Övriga' / 'närvarande')."""
    text = line.text.strip()
    return line.x0 < split and not is_label(text) and not text[:1].islower()


def find_blocks(lines: list[Line]) -> list[Block]:
    """Split header lines into labelled blocks, by columns where there are columns."""
    lines = _side_by_side(lines)
    columns = find_value_column(lines)
    if columns is not None:
        lines = _split_at_column(lines, *columns)
    blocks: list[Block] = []
    current: Block | None = None
    for row in by_row(lines):
        first = row[0]
        text = first.text.strip()
        inline = split_inline_labels(text)
        if columns is not None:
            label_x, value_x = columns
            # at the label column's left edge, or within it (labels set flush right)
            at_label = abs(first.x0 - label_x) <= COLUMN_X_TOLERANCE or (
                first.x0 > label_x and first.x1 < value_x - COLUMN_X_TOLERANCE
            )
            values = [ln for ln in row if ln.x0 >= value_x - COLUMN_X_TOLERANCE]
            left = [ln for ln in row if ln.x0 < value_x - COLUMN_X_TOLERANCE]
            cells = _cells_left_of_values(left, label_x)
            if cells:  # 'Beslutande | C | Ulla Ek, ordförande': a party column first
                left = [ln for ln in left if ln not in cells]
                values = cells + values
                first = left[0] if left else first
                at_label = bool(left) and at_label
            if at_label and left and not inline:
                label_text = " ".join(ln.text for ln in left)
                if current is not None and _row_of_list(current, label_text, row):
                    current.values.extend(row)  # a table of people set at the label's x
                    continue
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
            if values and current is not None and not inline:
                if _heading_among_values(current, row):
                    current = None  # 'Offentlighet' under a column of lists: they end here
                    blocks.append(Block("", row[0]))
                    continue
                current.values.extend(values)
                continue
        if inline:
            for label, value in inline:
                current = Block(label, first, [], value or None)
                blocks.append(current)
            current.values.extend(row[1:])
            continue
        if is_label(text):
            current = Block(text.rstrip(": "), first, list(row[1:]))
            blocks.append(current)
            continue
        if current is not None and current.label and _continues_block(current, row, lines):
            current.values.extend(row)
        else:
            blocks.append(Block("", first, list(row[1:])))
            current = None
    return blocks


def _heading_among_values(block: Block, row: list[Line]) -> bool:
    """Whether a row in the value column is a heading that ends an attendance list: one
    bold line among plain ones that is no label, no person and no row of column heads (a
    heading with no attendance under it, where a column of lists goes on: 'Offentlighet')."""
    line = row[0]
    if len(row) > 1 or not line.bold or group_of(block.label) is None:
        return False
    text = line.text.strip()
    return (
        any(not v.bold for v in block.values)
        and not is_label(text)
        and not _a_person(text)
        and not is_column_heads(row)
    )


# a party in a column of its own: 'S', 'MBP', '(KD)'
PARTY_CELL = re.compile(r"\(?[A-ZÅÄÖ]{1,5}\)?")


def _cells_left_of_values(left: list[Line], label_x: float) -> list[Line]:
    """The cells of a table of people that stand left of the value column: a party column
    ('C') or a name column ('Övriga | Bo Ek | Förvaltningschef') between the label and the
    values. A label's own line, at the label column, is none."""
    return [
        ln
        for k, ln in enumerate(left)
        if (k > 0 or abs(ln.x0 - label_x) > COLUMN_X_TOLERANCE)
        and (PARTY_CELL.fullmatch(ln.text.strip()) or _a_person(ln.text))
    ]


def _row_of_list(block: Block, label_text: str, row: list[Line]) -> bool:
    """Whether a row that starts at the label column is a row of the attendance list above
    it: a person ('Johan Lindgren | Gävle kommun', '- Jonas Ek, Ljusdal') or the heads of
    the list's columns ('Namn | Organisation')."""
    if group_of(block.label) is None or is_label(label_text):
        return False
    above = block.values[-1].text if block.values else block.inline
    return (
        _a_person(party_named(BULLET.sub("", label_text))[1])  # 'Moderaterna: Bo Ek, …'
        or is_column_heads(row)
        or _wrapped_cell(block, row)
        or bool(above and _wraps_into(above, label_text))  # 'Övriga: …, Bo Ek,' / 'sekreterare'
    )


def _wraps_into(above: str, text: str) -> bool:
    """Whether text is the rest of a list entry that wrapped at the end of the line above:
    one that ends in a comma or a word that needs more ('och', 'för', 'ersätter'), or in a
    first name whose surname and party begin text ('… tjg ersättare för Rolf' / 'Hed (S)')."""
    above = above.strip()
    return bool(
        _OPEN_END.search(above)
        or (_ENDS_IN_FIRST_NAME.search(above) and _WRAPPED_PERSON.match(text))
    )


# the end of a list line that the next line must go on from
_OPEN_END = re.compile(r"(?:,|;|\boch|\bsamt|\bför|\bersätter|–|-)$")


def _wrapped_cell(block: Block, row: list[Line]) -> bool:
    """Whether a row holds only the rest of cells that wrapped in the table row above it
    ('Anna Ek | Hörsel- och' / 'Synförbundet'): each line starts at a cell of that row
    other than its first."""
    if not block.values:
        return False
    last = block.values[-1]
    cells = [ln for ln in block.values if same_row(ln, last)]
    later = [ln.x0 for ln in cells if ln.x0 > min(c.x0 for c in cells) + COLUMN_X_TOLERANCE]
    return all(any(abs(ln.x0 - x) <= COLUMN_X_TOLERANCE for x in later) for ln in row)


def is_column_head(word: str) -> bool:
    """Whether a word heads a column of a table of people ('Namn', 'Organisation',
    'Parti/organisation')."""
    parts = [p for p in (p.strip(" ,:-") for p in word.split("/")) if p]
    return bool(parts) and all(PEOPLE_COLUMN_HEAD.fullmatch(p) for p in parts)


def is_column_heads(row: list[Line]) -> bool:
    """Whether every word of a row heads a column of a table of people."""
    words = [w for line in row for w in line.text.split()]
    return bool(words) and all(is_column_head(w) for w in words)


def _continues_block(block: Block, row: list[Line], lines: list[Line] | None = None) -> bool:
    """Whether a row without a label belongs to the block above it.

    A bold line that is no label (a heading) ends a block, unless it heads the columns of
    a table of people under an attendance label ('Namn | Parti | Roll'). After an inline
    'Label: value' line, only a continuation follows: the value above ends in a
    comma, 'och' or 'kl.', or this line starts in lower case or with a digit, or with
    the rest of a name and its party (a list that wrapped inside a name: 'Erik' /
    'Lindqvist (M), …'). An attendance list in running text also goes on where the
    line above was wrapped (its next word would not have fitted: '…; Birgitta Ek, PRO'
    / 'Tranås, vice ordförande; …'), and where the line above ends in a role printed
    before its name ('…, socialsekreterare' / 'Johanna Lidén, …').
    """
    first = row[0]
    if first.bold:  # the heads of a table of people under its label go on ('Namn | Parti')
        return group_of(block.label) is not None and is_column_heads(row)
    if block.inline is None:
        return True
    above = block.values[-1].text if block.values else block.inline
    above_line = block.values[-1] if block.values else block.label_line
    return bool(
        re.search(r"(,|;|\boch|\bsamt|\bkl\.?|–|-)$", above.strip())
        or re.match(r"[a-zåäö0-9]", first.text.strip())
        or _WRAPPED_PERSON.match(first.text.strip())
        or (_ENDS_IN_FIRST_NAME.search(above.strip()) and _REST_OF_NAME.match(first.text))
        or (
            group_of(block.label) is not None
            and above_line is not None
            and not is_label(first.text.strip())
            and abs(above_line.x0 - first.x0) <= COLUMN_X_TOLERANCE
            and (
                _wrapped(above_line, first, lines or [])
                or (
                    re.match(r"[a-zåäö]", block.inline.strip()) is not None  # role first
                    and role_awaits_name(above)
                    and leading_name(first.text) is not None
                )
            )
        )
    )


# a list printed role first ('socialchef Maria Hedin, …') whose line ends in the next role
_ROLE_AWAITS_NAME = re.compile(r"[,;]\s*([a-zåäö][\w-]*)$")


def role_awaits_name(text: str) -> bool:
    m = _ROLE_AWAITS_NAME.search(text.strip())
    return m is not None and ROLE_WORDS.search(m.group(1)) is not None


def _wrapped(above: Line, line: Line, lines: list[Line]) -> bool:
    """Whether above was wrapped: the first word of line would not have fitted after it
    within the right edge of the lines that start where it starts."""
    if not line.words:
        return False
    column = [
        ln.x1
        for ln in lines
        if ln.page == above.page and abs(ln.x0 - above.x0) <= COLUMN_X_TOLERANCE
    ]
    word = line.words[0]
    return above.x1 + (word.x1 - word.x0) + SPACE_WIDTH >= max([*column, above.x1])


# A list that wraps inside a name without a party: '…, §§ 34–36, Tina' / 'Nyberg,
# miljöinspektör, …': a capitalised word ends the line above, the rest of a name and a
# comma begin this one.
_ENDS_IN_FIRST_NAME = re.compile(
    r"(?:^|[,;]\s*|\s)[A-ZÅÄÖÉ][a-zåäöéü'’]+(?:-[A-ZÅÄÖÉ]?[a-zåäöéü'’]+)*-?$"
)
_REST_OF_NAME = re.compile(r"\s*[A-ZÅÄÖÉ][\w'’-]*(?:\s+[A-ZÅÄÖÉ][\w'’-]*)?\s*,")
# The end of a person's name, or none of it, then a party in brackets as printed, typos
# included: "Lindqvist (M),", "Lindqvist ((M),", "Lindqvist (M,),"
_WRAPPED_PERSON = re.compile(rf"(?:[A-ZÅÄÖÉ][\w'’-]*\s+){{0,3}}{PARENTHESISED_PARTY.pattern}")
