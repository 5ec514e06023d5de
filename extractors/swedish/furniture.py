"""Page furniture that Swedish minutes print in the text itself: the boxes for the
justerare's and the chair's signatures and the certification of an extract ('Just.sign.',
'Utdragsbestyrkande'), with their lines to sign on. (Furniture repeated from page to page
is found by position: `extractors/readers/layout.py`.)
"""

from __future__ import annotations

import re

# Page furniture that minutes print in the text itself (signature boxes, stamps), one or
# several on a line, with their lines to sign on: "Just.sign. …… Utdr.bestyrk. ……"
SIGNATURE_BOX = (
    r"(?:justerandes?\s+sign(?:atur)?|just\.?\s*sign|justerares\s+sign"
    r"|ordf(?:örandes|\.)?\s*sign|utdragsbestyrkande|utdr\.?\s*bestyrk|sekreterarens\s+sign)"
)
MINUTES_FURNITURE = re.compile(rf"^(?:{SIGNATURE_BOX}[\s_.…]*)+$", re.IGNORECASE)
