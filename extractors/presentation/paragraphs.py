"""The paragraph model of a slide, shared by the PPTX and PDF paths.

A slide is a title, paragraphs (text with a bullet level; a table row keeps its cells)
and speaker notes. Lists, figures and the timeline are read from this model only, so a
deck reads the same whether it comes as PPTX or as a PDF export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Bullet glyphs as they appear in slide text (literal, or drawn by PowerPoint).
BULLETS = "➢➤►▶▸•▪▫■□●○◦‣✓✔❖◆◇∙·*"
BULLET = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s*")
NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")
CELL_SEPARATOR = " | "


def clean(text: str) -> str:
    """Whitespace folded to single spaces."""
    return " ".join(text.split())


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text, count=1).strip()


def is_bullet(text: str) -> bool:
    return BULLET.match(text) is not None


@dataclass
class Paragraph:
    text: str
    level: int = 0
    bold: bool = False
    cells: list[str] = field(default_factory=list)  # a table row: its cells, left to right

    @property
    def bullet(self) -> bool:
        return is_bullet(self.text)

    @property
    def plain(self) -> str:
        """The text without its bullet glyph."""
        return strip_bullet(self.text)


@dataclass
class SlideContent:
    number: int
    title: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    notes: str = ""

    def text(self) -> str:
        return "\n".join("  " * p.level + p.text for p in self.paragraphs)
