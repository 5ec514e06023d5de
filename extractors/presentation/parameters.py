"""The thresholds the presentation extractor reads a deck by, named with their defaults in
one place (as pdfplumber names `x_tolerance`): each says what it measures and in which unit.

Units: points; sizes (a multiple of a line's font size); a share of the page's height;
counts; a score. The readers' own tolerances (how words join a row) are in
`extractors/readers/layout.py`; two of them are used here as well and named from there.
Every name is a plain module constant, imported by name where it is used.
"""

from __future__ import annotations

from extractors.readers.layout import BASELINE_TOLERANCE_EMS as BASELINE_TOLERANCE_EMS
from extractors.readers.layout import FALLBACK_SIZE as FALLBACK_SIZE

# -- slide or minutes (classify.py) -------------------------------------------------------

# score, 0 to 4: a PDF scoring at least this on the four layout signals is a slide deck
SLIDES_SCORE = 3.0
# words per page (median): this few is fully slide-like, this many not at all
FEW_WORDS, MANY_WORDS = 80, 200
# points: a body text this large is fully slide-like, this small not at all
LARGE_BODY, SMALL_BODY = 14.0, 11.0
# a page has a title when a line in the top PAGE_TITLE_ZONE of its height is set at
# least PAGE_TITLE_RATIO times the body size
PAGE_TITLE_RATIO = 1.4
PAGE_TITLE_ZONE = 0.3

# -- slides of a PDF export (slides.py) ---------------------------------------------------

# share of the page's height from the top: the title starts above it
TITLE_ZONE = 0.4
# ratio: the title is set at least this much larger than the body text
TITLE_RATIO = 1.2
# points: two sizes this close are one (the title's lines; a paragraph's lines)
SAME_SIZE = 0.5
# sizes: an empty strip this high separates two bands
BAND_GAP_EMS = 1.5
# sizes: an empty strip this wide separates two columns
COLUMN_GAP_EMS = 1.0
# sizes: baselines further apart than this start a paragraph
PARAGRAPH_PITCH = 1.45
# points: paragraph starts closer than this share an indentation step
INDENT_TOLERANCE = 4.0
# points: table cells whose first lines start this close share a row
CELL_ROW_TOLERANCE = 3.0
# ratio: a row with text this many times larger than its other text holds two
SIZE_STEP = 1.2
# sizes: a lone bullet glyph this near left of a text is its bullet
GLYPH_GAP_EMS = 3.0

# -- what is read from the slides ---------------------------------------------------------

# entries: a bulleted list, or a run of numbered items, has at least this many (a list
# under a period may have one)
MIN_LIST_ITEMS = 2
# phases: a timeline has at least this many
MIN_PHASES = 2
# words: a timeline phase's title has at most this many
MAX_PHASE_TITLE_WORDS = 8
# words: what a change verb's subject may be ('antalet vårdtillfällen minskar …') is at
# most this long
MAX_CHANGE_SUBJECT_WORDS = 6
