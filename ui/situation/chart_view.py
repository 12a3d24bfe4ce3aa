"""A chart of app.briefing.charts on screen: the very drawing the briefing prints.

The reportlab Drawing goes to SVG (chart_svg.py) and is painted by QSvgRenderer,
scaled uniformly into the widget. A click is mapped back through the same
scale into the drawing's coordinates (points, origin at the bottom left,
where Qt's is at the top left) and looked up among the chart's regions.

By keyboard the chart takes the focus like a list: the arrow keys move from
region to region (outlined, its label written beside it and given as the
accessible description), Enter or Space opens it as a click does.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontDatabase,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.situation.chart_svg import drawing_svg

if TYPE_CHECKING:  # reportlab is imported when the first chart is drawn, not at start-up
    from app.briefing.chart_types import Chart, Region

# Screen pixels per drawing point: the charts' 7-point labels read at about 11 px.
ZOOM = 1.55
REDRAW_DELAY_MS = 120

ChartMaker = Callable[[float, float], "Chart"]  # (width, height) in points -> Chart

PAPER = QColor("#ffffff")
INK = QColor("#000000")
ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select)
STEPS = {
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
}


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
        region_clicked(IncidentFilter): the officer clicked a bar or segment, or pressed
            Enter on the one chosen with the arrow keys.
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
        self.current: int | None = None  # the region the arrow keys chose
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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

    def region_rect(self, region: Region) -> QRectF:
        """Where a region is painted, in widget coordinates."""
        top_left = self.widget_point(region.x, region.y + region.height)
        bottom_right = self.widget_point(region.x + region.width, region.y)
        return QRectF(top_left, bottom_right).normalized()

    def current_region(self) -> Region | None:
        regions = self.chart.regions if self.chart else ()
        if self.current is None or not 0 <= self.current < len(regions):
            return None
        return regions[self.current]

    def choose(self, index: int) -> None:
        """Make region `index` the keyboard's current one (clamped to the regions)."""
        regions = self.chart.regions if self.chart else ()
        if not regions:
            self.current = None
            self.setAccessibleDescription(self.tr("No bars to show."))
            self.update()
            return
        self.current = max(0, min(index, len(regions) - 1))
        region = regions[self.current]
        self.setAccessibleDescription(
            self.tr("%1. Enter shows these incidents.").replace("%1", region.label)
        )
        self.update()

    # -- Qt ----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width = float(self.chart.drawing.width) * self._scale
        height = float(self.chart.drawing.height) * self._scale
        place = QRectF(self._origin.x(), self._origin.y(), width, height)
        # The briefing's drawing is made for paper: black words on no background.
        # It keeps its paper in dark mode too, or its words would vanish.
        painter.fillRect(place, PAPER)
        self._renderer.render(painter, place)
        if self.hasFocus():
            self._paint_focus(painter)
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
        if region is not None and self.chart is not None:
            self.current = self.chart.regions.index(region)
            self.region_clicked.emit(region.filter)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = len(self.chart.regions) if self.chart else 0
        region = self.current_region()
        if key in ACTIVATE_KEYS and region is not None:
            self.region_clicked.emit(region.filter)
        elif key in STEPS and count:
            self.choose(((self.current or 0) + STEPS[Qt.Key(key)]) % count)
        elif key == Qt.Key.Key_Home and count:
            self.choose(0)
        elif key == Qt.Key.Key_End and count:
            self.choose(count - 1)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.choose(self.current or 0)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

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
        if self.current is not None:
            self.choose(self.current)  # the same place in the new drawing, if still there
        self.update()

    def _paint_focus(self, painter: QPainter) -> None:
        """A frame round the chart and round the chosen region, in the highlight colour."""
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(highlight, 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        region = self.current_region()
        if region is None:
            return
        box = self.region_rect(region).adjusted(-2, -2, 2, 2)
        painter.setPen(QPen(INK, 2))  # on the chart's paper, whatever the palette
        painter.drawRect(box)
        self._paint_caption(painter, region.label, box)

    def _paint_caption(self, painter: QPainter, text: str, near: QRectF) -> None:
        """The region's label in a tooltip's colours, above the region (below if no room),
        kept inside the widget: what the mouse's tooltip says, for the keyboard."""
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 6
        x = min(max(near.center().x() - width / 2, 2.0), max(self.width() - width - 2, 2.0))
        y = near.top() - height - 4
        if y < 2:
            y = min(near.bottom() + 4, self.height() - height - 2)
        caption = QRectF(x, y, width, height)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.ToolTipText), 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.ToolTipBase))
        painter.drawRoundedRect(caption, 3, 3)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, text)

    def _place(self) -> None:
        """The uniform scale and the offset that centre the drawing in the widget."""
        if self.chart is None:
            return
        width, height = float(self.chart.drawing.width), float(self.chart.drawing.height)
        self._scale = min(self.width() / width, self.height() / height) if width and height else 1
        self._origin = QPointF(
            (self.width() - width * self._scale) / 2, (self.height() - height * self._scale) / 2
        )
