"""Small charts drawn server-side as inline SVG: no JavaScript, no plugin, printable.

Every text from the database is escaped (markupsafe); the charts carry `<title>`
tooltips and an `aria-label`, and each bar or dot may link to a page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup, escape

# Colour-blind safe (Okabe–Ito), one per series.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999"]
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


@dataclass
class Bar:
    """One bar of a chart: a label and one value per series (stacked), maybe a link."""

    label: str
    parts: list[int]
    href: str | None = None


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _legend(series: list[str], y: int, x: int = 10) -> list[str]:
    out = []
    for k, name in enumerate(series):
        colour = PALETTE[k % len(PALETTE)]
        out.append(f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{x + 16}" y="{y}">{escape(name)}</text>')
        x += 30 + 7 * len(name)
    return out


def bar_chart(
    name: str, title: str, series: list[str], bars: list[Bar], width: int = 760
) -> Markup:
    """Horizontal (stacked) bars, one row per Bar, labelled on the left, total on the right."""
    label_width, row, top = 250, 22, 30 if len(series) > 1 else 8
    height = top + row * len(bars) + 10
    scale = (width - label_width - 60) / max([sum(b.parts) for b in bars] + [1])
    out = [
        f'<svg class="chart" id="chart-{escape(name)}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {FONT}>',
        f"<title>{escape(title)}</title>",
    ]
    if len(series) > 1:
        out += _legend(series, 16)
    for i, bar in enumerate(bars):
        y = top + i * row
        label = f'<text x="{label_width - 8}" y="{y + 14}" text-anchor="end">'
        label += f"{escape(_short(bar.label))}</text>"
        if bar.href:
            label = f'<a href="{escape(bar.href)}">{label}</a>'
        out.append(
            f'<g class="bar" data-label="{escape(bar.label)}" data-total="{sum(bar.parts)}">'
            f"<title>{escape(bar.label)}</title>{label}"
        )
        x = float(label_width)
        for k, value in enumerate(bar.parts):
            if value <= 0:
                continue
            w = value * scale
            tip = (
                f"{bar.label}: {series[k]} {value}" if len(series) > 1 else f"{bar.label}: {value}"
            )
            out.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" '
                f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(tip)}</title></rect>'
            )
            x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + 14}">{sum(bar.parts)}</text></g>')
    out.append("</svg>")
    return Markup("".join(out))


@dataclass
class Point:
    """One event on a timeline: a date (YYYY-MM-DD), its lane, a tooltip, maybe a link."""

    date: str
    lane: str
    label: str
    href: str | None = None


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except (TypeError, ValueError):
        return None


def timeline(
    name: str, title: str, lanes: list[str], points: list[Point], width: int = 760
) -> Markup:
    """Dots on a time axis, one lane per kind of event, with year ticks."""
    dated = [(d, p) for p in points if (d := _day(p.date)) is not None]
    label_width, lane_height, top = 130, 26, 10
    height = top + lane_height * len(lanes) + 30
    out = [
        f'<svg class="chart" id="chart-{escape(name)}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" {FONT}>',
        f"<title>{escape(title)}</title>",
    ]
    days = [d for d, _ in dated] or [dt.date.today()]
    first, last = min(days), max(days)
    first, last = dt.date(first.year, 1, 1), dt.date(last.year + 1, 1, 1)
    span = (last - first).days
    left, right = label_width + 10, width - 20

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / span

    axis_y = top + lane_height * len(lanes)
    for k, lane in enumerate(lanes):
        y = top + k * lane_height + lane_height / 2
        out.append(
            f'<text x="{label_width}" y="{y + 4:.1f}" text-anchor="end">{escape(lane)}</text>'
        )
        out.append(f'<line x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
    for year in range(first.year, last.year + 1):
        x = x_of(dt.date(year, 1, 1))
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{axis_y}" stroke="#bbb"/>')
        if year < last.year:
            mid = x_of(dt.date(year, 7, 1))
            out.append(f'<text x="{mid:.1f}" y="{axis_y + 18}" text-anchor="middle">{year}</text>')
    for day, point in dated:
        k = lanes.index(point.lane) if point.lane in lanes else 0
        y = top + k * lane_height + lane_height / 2
        dot = (
            f'<circle class="event" cx="{x_of(day):.1f}" cy="{y:.1f}" r="6" '
            f'fill="{PALETTE[k % len(PALETTE)]}" fill-opacity="0.8">'
            f"<title>{escape(point.label)}</title></circle>"
        )
        out.append(f'<a href="{escape(point.href)}">{dot}</a>' if point.href else dot)
    out.append("</svg>")
    return Markup("".join(out))
