"""The thresholds the minutes extractor reads a page by, named with their defaults in one
place (as pdfplumber names `x_tolerance`): each says what it measures and in which unit.

Units: points (1/72 inch, as the readers give boxes); sizes or line heights (a multiple
of a line's font size); a share of the page's height; counts of words, characters, lines
or rows; ratios from 0 to 1. Two literals that meant the same have one name here; one
number that meant two things has two. The readers' own tolerances (how characters join
into words and words into lines) are in `extractors/readers/layout.py`; the language's
(names, labels, decisions) in `extractors/swedish/`.

Every name is a plain module constant, imported by name where it is used: no lookup in a
hot loop.
"""

from __future__ import annotations

from extractors.readers.layout import Y_TOLERANCE

# -- rows and columns --------------------------------------------------------------------

# points: lines whose bottoms are closer than this share a row (the cells of one table
# row, a label beside its value); the readers' y tolerance, by which words join a line
ROW_TOLERANCE = Y_TOLERANCE
# lines on either side of a table's "Beslut" head cell looked at for the cells of its row
TABLE_ROW_NEIGHBOURS = 4
# points: lines (or words) whose left edges are this close start one column (of labels,
# of values, of a table's cells); not layout.X_TOLERANCE, the gap inside a word
COLUMN_X_TOLERANCE = 6.0
# points: a word that starts this close to the value column's x, with the word before it
# ending before it (by no more than this), begins a header's value
VALUE_START_TOLERANCE = 1.5
# points: the width of a space, when asking whether a word would have fitted at the end
# of the line above (a line that was wrapped)
SPACE_WIDTH = 3.0
# points: two labels on one row at least this far apart head two columns of lists;
# closer, they are sub-headings of one label's value ('Beslutande | Ledamöter')
MIN_SIDE_BY_SIDE_GAP = 100
# the label of a right column may stand this many rows below the left column's (rows)
LOWER_LABEL_ROWS = 2

# -- pages set in two text columns (columns.py) -------------------------------------------

# shares of the page's width: the right text column starts within this band
TEXT_COLUMN_BAND = (0.3, 0.7)
# points: the least gap between the two columns (the gutter), and between two words that
# the reader joined across it
COLUMN_GUTTER = 8.0
# lines: each of the two columns holds at least this many (and so many start at the
# right column's x)
MIN_COLUMN_LINES = 6
# ratio to the body text's size: a line set smaller than this is no text to read (the
# rotated characters of a vertical margin text, given as tiny words)
MIN_TEXT_SIZE = 0.5

# -- a header's label column -------------------------------------------------------------

# words and characters: a row's first cell this short may be a label of a two-column header
MAX_LABEL_CELL_WORDS = 6
MAX_LABEL_CELL_CHARS = 60
# score: a known label counts this much more than any short text at the label column
KNOWN_LABEL_BONUS = 2
# score: the label column needs this much (one known label with a value is not enough)
MIN_LABEL_COLUMN_SCORE = 3
# ratio: labels are set flush right when rows agree this many times more on their right
# edge than on their left
FLUSH_RIGHT_MAJORITY = 2
# words: a label (a header's, an attendance heading) has at most this many; a longer text
# is a sentence or an entry
MAX_LABEL_WORDS = 4
# characters and edits: a label key this long may have lost or swapped this many glyphs
# to a damaged text layer ('Sammanträdcstkd' for 'Sammanträdestid') and still be the label
MIN_FUZZY_LABEL = 10
MAX_LABEL_EDITS = 2

# -- headings and titles -----------------------------------------------------------------

# points above the body text's size: a line set larger is in a heading's size
HEADING_SIZE_STEP = 0.4
# times a line's size: a word set this much larger is no part of its text (a watermark's
# letter the reader put on the line: "§ 12 Rubrik K" under a diagonal stamp "KOPIA")
OUTSIZED_WORD = 3.0
# points: two lines whose sizes differ by less than this are set in one style
SAME_SIZE = 0.3
# points right of the left margin: a heading starts at most this far in
MARGIN_TOLERANCE = 30.0
# characters: a styled line that opens with a number and is longer than this is a
# paragraph of text, not a heading
MAX_HEADING_CHARS = 140
# words: a title has at most this many; a longer line is running text (under a bare
# number, in a list of items, as a heading without a number)
MAX_TITLE_WORDS = 12
# line heights: the most a title (under a bare '§ 26') or a contents page's leader dots
# lie below the heading's line
NEAR_LINE_GAP = 2
# font sizes (the label's): the most a value lies below its label in a grid header
# ('Datum | Tid | Plats' over a row of values)
LABEL_ABOVE_VALUE_GAP = 1.5
# lines: read under a heading for the leader dots of a table of contents
CONTENTS_LOOKAHEAD = 4
# lines: read under a title for its wrapped lines, and how many it may wrap onto
TITLE_LOOKAHEAD = 4
MAX_TITLE_CONTINUATIONS = 2
# sizes: the most the next line of a wrapped title lies below the line above it
TITLE_LINE_GAP = 0.7
# points: the lines of one wrapped title start this close
TITLE_INDENT_TOLERANCE = 3
# lines: under an unnumbered heading, those that must not be header labels
UNNUMBERED_LOOKAHEAD = 3
# share of the page's height from the top: page one's body name is looked for above it
BODY_NAME_ZONE = 0.45
# words: a line naming the body has at most this many
MAX_BODY_NAME_WORDS = 9
# ratio: two spellings of the body's name this alike are one (a damaged text layer's
# 'Tekniska nämdnen' and the running header's intact 'Tekniska nämnden')
SAME_NAME_RATIO = 0.8
# lines: page one's first lines, the letterhead and title that name the body
TITLE_LINES = 6
# share of the page's height from the top: an agenda's document word stands above it
AGENDA_WORD_ZONE = 0.3

# -- lists -------------------------------------------------------------------------------

# entries: a list (of checkboxes, of items under a list heading, of a contents page, of
# a decision's clauses) has at least this many; fewer is a box or a number in a text
MIN_LIST_ENTRIES = 2
# line heights: the most two rows of one list of items lie apart
ITEM_LIST_ROW_GAP = 2.5
# characters: a longer row under a list heading is running text, not a list's row
MAX_ENTRY_CHARS = 200
# points right of a list's number column: a row starting there continues the title above
CONTINUATION_INDENT = 20.0
# line heights: the most two rows of checkboxes lie apart
CHECKBOX_ROW_GAP = 3.0
# font sizes: a name starts at most this far right of the "X" in a drawn square before
# it (a wider gap is a table's column: "närv. | x | Ek Stina")
MARK_GAP_EMS = 1.5
# points: marks, names and heads of one column of drawn squares start at most this far apart
SAME_COLUMN = 3.0
# points: a box belongs to the column whose head starts at most this far right of it
BOX_HEAD_REACH = 20.0
# lines above the first row of checkboxes read for the column heads, which lie at most
# HEAD_GAP_SIZES line heights and HEAD_GAP_POINTS points above it
HEAD_LOOKBACK = 4
HEAD_GAP_SIZES = 2
HEAD_GAP_POINTS = 4
# words: the heading of an attendance list table ('Närvarolista') has at most this many
MAX_LIST_HEADING_WORDS = 8
# rows: captions allowed between an attendance list's heading and its header row
MAX_CAPTION_ROWS = 4
# words: a column head an attendance list does not know ('Nr', 'Närvarande som'), at most
MAX_UNKNOWN_HEAD_WORDS = 2

# -- signatures, decisions, the next meeting ---------------------------------------------

# rows read under an e-signature heading before giving up
E_SIGNATURE_ROWS = 4
# rows between a signature's caption and the names it stands over (a line to sign on)
CLOSING_GAP_ROWS = 2
# words: a longer 'sentence' is lines run together (a list, labels), not a sentence
MAX_SENTENCE_WORDS = 40
# characters before a name read for the title of the chair ('ordförande Bo Berg')
CHAIR_REACH = 60
# items whose text is read for the chair and the justerare, chosen as a meeting opens
OPENING_ITEMS = 3
# sentences: an item's text longer than this is more than its decision (a report, the
# item's history); there only the body deciding in so many words decides
MAX_PROSE_SENTENCES = 8
# lines: a line opening with 'Nästa sammanträde' and those below it read for the date
NEXT_MEETING_LINES = 3
# characters after a 'nästa möte' phrase elsewhere read for the date
NEXT_MEETING_REACH = 300
# lines under the adjustment notice's heading that belong to it
NOTICE_LINES = 12

# -- paragraphs (decisions) ------------------------------------------------------------------
# font sizes: a paragraph's first line stands this much further below the line above it
# than the lines of a paragraph stand below each other
PARAGRAPH_SPACE = 0.25
# points: a line after a decision's sentence set this much smaller than the decision's
# first line is a note under it (a remark on an appendix), no part of it
NOTE_SIZE_STEP = 1.0
# font sizes: the distances between a paragraph's lines are rounded to this
PITCH_STEP = 0.05
# font sizes: distances between two lines of one paragraph are below this
MAX_LINE_PITCH = 3
# points: the lines of one paragraph start at most this far apart
PARAGRAPH_EDGE_TOLERANCE = 3

# -- captions over item numbers ('Tekniska nämnden 11.6.2024' / '54 §') -----------------------
# words: a caption is a body's name and a date, no longer
MAX_CAPTION_WORDS = 8
# the same caption over at least this many headings (one over one heading may be the only
# place the meeting's date is printed)
MIN_CAPTIONS = 2
