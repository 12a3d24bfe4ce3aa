"""What a chart is, for paper and for the screen alike.

A chart is a reportlab.graphics Drawing (vector: it goes into the PDF as it
is, and to the screen as SVG through QtSvg) together with its clickable
regions: the rectangle of each bar or cell and the incident-log filter of the
incidents it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing

from app.services.incident_types import IncidentFilter


@dataclass(frozen=True)
class Region:
    """A rectangle in the drawing's coordinates (points; origin at the bottom left)."""

    x: float
    y: float
    width: float
    height: float
    filter: IncidentFilter
    label: str  # what a tooltip says: "Week 47, Vehicle fire: 12"

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


@dataclass(frozen=True)
class Chart:
    drawing: Drawing
    regions: tuple[Region, ...]

    def region_at(self, x: float, y: float) -> Region | None:
        return next((r for r in self.regions if r.contains(x, y)), None)
