"""A chart of app.briefing.charts on screen: the very drawing the briefing prints.

The reportlab Drawing goes to SVG (chart_svg.py) and is painted by QSvgRenderer,
scaled uniformly into the widget. A click is mapped back through the same
scale into the drawing's coordinates (points, origin at the bottom left,
where Qt's is at the top left) and looked up among the chart's regions.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.situation.chart_svg import drawing_svg

if TYPE_CHECKING:  # reportlab is imported when the first chart is drawn, not at start-up
    from app.briefing.chart_types import Chart, Region

# Screen pixels per drawing point: the charts' 7-point labels read at about 11 px.
ZOOM = 1.55
REDRAW_DELAY_MS = 120

ChartMaker = Callable[[float, float], "Chart"]  # (width, height) in points -> Chart


@cache
def _screen_family() -> str:
    """Qt's family name of the briefing's embedded font (registered once)."""
    from app.briefing import fonts

    family = "DejaVu Sans"
    for name in (fonts.REGULAR, fonts.BOLD):
        found = QFontDatabase.addApplicationFont(str(fonts.fonts_dir() / f"{name}.ttf"))
        families = QFontDatabase.applicationFontFamilies(found) if found >= 0 else []
        family = families[0] if families else family
    return family


def svg_of(chart: Chart) -> bytes:
    """The chart as SVG, its reportlab font names turned into what Qt knows."""
    from app.briefing import fonts

    family = _screen_family()
    families = {fonts.REGULAR: (family, False), fonts.BOLD: (family, True)}
    return drawing_svg(chart.drawing, families).encode("utf-8")


class ChartView(QWidget):
    """Paints a chart scaled to fit; clicks on a bar announce its incident filter.

    The chart is made again (debounced) when the widget's shape changes, so
    that it fills the space instead of being stretched.

    Signals:
        region_clicked(IncidentFilter): the officer clicked a bar or segment.
    """

    region_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, min_height: int = 220) -> None:
        super().__init__(parent)
        self._make: ChartMaker | None = None
        self.chart: Chart | None = None
        self._renderer = QSvgRenderer(self)
        self._scale = 1.0
        self._origin = QPointF(0, 0)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_DELAY_MS)
        self._redraw.timeout.connect(self._make_chart)
        self.setMouseTracking(True)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def show_chart(self, make: ChartMaker | None) -> None:
        """Draw with `make(width, height)`; None empties the view."""
        self._make = make
        self._make_chart()

    # -- coordinates -----------------------------------------------------------

    def drawing_point(self, point: QPointF) -> tuple[float, float] | None:
        """A widget point in the drawing's coordinates (origin bottom left)."""
        if self.chart is None:
            return None
        x = (point.x() - self._origin.x()) / self._scale
        y_down = (point.y() - self._origin.y()) / self._scale
        return x, float(self.chart.drawing.height) - y_down

    def widget_point(self, x: float, y: float) -> QPointF:
        """The inverse of drawing_point: where a drawing point is painted."""
        height = float(self.chart.drawing.height) if self.chart else 0.0
        return QPointF(
            self._origin.x() + x * self._scale, self._origin.y() + (height - y) * self._scale
        )

    def region_at(self, point: QPointF) -> Region | None:
        spot = self.drawing_point(point)
        return self.chart.region_at(*spot) if self.chart and spot else None

    # -- Qt ----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width = float(self.chart.drawing.width) * self._scale
        height = float(self.chart.drawing.height) * self._scale
        self._renderer.render(painter, QRectF(self._origin.x(), self._origin.y(), width, height))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
        self._redraw.start()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        if region is None:
            self.unsetCursor()
            QToolTip.hideText()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), region.label, self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        region = self.region_at(event.position())
        if region is not None:
            self.region_clicked.emit(region.filter)

    # -- inside ------------------------------------------------------------------

    def _make_chart(self) -> None:
        self._redraw.stop()
        if self._make is None:
            self.chart = None
            self._renderer.load(QByteArray())
        else:
            width = max(self.width(), 200) / ZOOM
            height = max(self.height(), self.minimumHeight()) / ZOOM
            self.chart = self._make(width, height)
            self._renderer.load(QByteArray(svg_of(self.chart)))
        self._place()
        self.update()

    def _place(self) -> None:
        """The uniform scale and the offset that centre the drawing in the widget."""
        if self.chart is None:
            return
        width, height = float(self.chart.drawing.width), float(self.chart.drawing.height)
        self._scale = min(self.width() / width, self.height() / height) if width and height else 1
        self._origin = QPointF(
            (self.width() - width * self._scale) / 2, (self.height() - height * self._scale) / 2
        )
