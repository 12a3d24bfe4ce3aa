"""The situation page: what the office knows about the municipality for a period.

Top down, in the order an officer reads it in the morning: the counts with
their changes, the key points, the overdue action items, the two charts of
the briefing (the very same drawings), incidents by category, the district ×
category table, and the notable incidents. A click on a count, a bar or a
cell emits `show_incidents` with exactly that incident filter; the main
window opens the incident log on it.

The situation is gathered off the UI thread (see gathering.py): when the page
is first shown, when the period changes, and when incidents change (debounced;
only marked stale while the page is hidden, and gathered when it shows again).
"""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.briefing import numbers, texts
from app.clock import now, to_local
from app.i18n.formats import clock_time
from app.services import situation as situation_service
from app.services.incident_types import IncidentFilter
from app.services.situation_types import Situation
from app.storage.database import Database
from ui.situation.cards import Card, CountTile, link_colour, muted_label
from ui.situation.chart_view import ChartView
from ui.situation.gathering import Gatherer
from ui.situation.lists import NotableList, OverdueList
from ui.situation.period_picker import PeriodChoice, PeriodPicker, resolve
from ui.situation.tables import ChangeTable, MatrixTable
from ui.widgets.forms import page_heading
from ui.widgets.keyboard import tab_chain
from ui.widgets.language import language
from ui.widgets.texts import fill

NOTABLE_SHOWN = 12  # the latest notable incidents on screen; the heading counts all
REFRESH_DELAY_MS = 800  # incidents saved in a row are gathered once
# Shown again after this long: gathered again, for changes made elsewhere (action
# items on the meetings page, colleagues' incidents). A month gathers in ~30 ms.
STALE_AFTER_S = 30


class SituationPage(QWidget):
    """Signals:
    status_message(str): a passing notice for the status bar.
    show_incidents(IncidentFilter): list exactly these incidents in the incident log.
    gathered(Situation): a newly gathered situation is on screen (tests wait for it).
    """

    status_message = Signal(str)
    show_incidents = Signal(object)
    gathered = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.situation: Situation | None = None
        self.dialog: QWidget | None = None
        self._stale = True
        self._gathered_at = 0.0
        self._gatherer = Gatherer(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.picker = PeriodPicker(self)
        self._make_actions()
        self._make_parts()
        self._lay_out()
        self._connect()

    # -- what the main window uses --------------------------------------------

    @property
    def title(self) -> str:
        return self.tr("Situation")

    def file_actions(self) -> list[QAction | None]:
        """Actions for the File menu; None is a separator."""
        return [self.briefing_action, None, self.refresh_action]

    # -- actions ---------------------------------------------------------------

    def refresh(self) -> None:
        """Gather the situation again for the chosen period, in the background."""
        self._refresh_timer.stop()
        self._stale = False
        choice = self.picker.choice()
        self._gatherer.start(partial(self._gather, choice))

    def incidents_changed(self) -> None:
        """Incidents were saved, deleted or imported: gather again (soon, or when shown)."""
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def open_briefing(self) -> QWidget:
        """The briefing dialog (window-modal, does not block)."""
        from ui.briefing.dialog import BriefingDialog

        dialog = BriefingDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.status_message.connect(self.status_message)
        dialog.open()
        self.dialog = dialog
        return dialog

    @property
    def busy(self) -> bool:
        return self._gatherer.busy

    # -- Qt ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        old = time.monotonic() - self._gathered_at > STALE_AFTER_S
        if (self._stale or old) and not self._gatherer.busy:
            # After this event: the window paints first, then the work starts.
            QTimer.singleShot(0, self.refresh)

    # -- inside ------------------------------------------------------------------

    def _gather(self, choice: PeriodChoice) -> Situation:
        """On the worker thread (which also pays for importing reportlab, once)."""
        from app.briefing import charts  # noqa: F401

        period = resolve(self._db, choice)
        return situation_service.gather(self._db, period, notable_limit=NOTABLE_SHOWN)

    def _make_actions(self) -> None:
        self.briefing_action = QAction(self.tr("&Briefing PDF…"), self)
        self.briefing_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.briefing_action.triggered.connect(self.open_briefing)
        self.refresh_action = QAction(self.tr("&Refresh situation"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        for act in (self.briefing_action, self.refresh_action):
            self.addAction(act)

    def _make_parts(self) -> None:
        self.heading = page_heading(self.tr("Situation"), self)
        # It may wrap (muted_label does): on one line it alone would make the page
        # wider than a laptop's screen at 150 % scaling.
        self.period_label = muted_label("", self)
        self.state_label = muted_label(self.tr("Gathering…"), self)
        self.state_label.setWordWrap(False)
        self.briefing_button = QPushButton(self.tr("Briefing PDF…"), self)
        self.briefing_button.clicked.connect(self.briefing_action.trigger)

        self.total_tile = CountTile(self, large=True)
        self.area_tiles: list[CountTile] = []
        self.tiles_row = QHBoxLayout()
        self.tiles_row.setSpacing(10)
        self.tiles_row.addWidget(self.total_tile, 1)

        self.key_points_card = Card(self.tr("Key points"), self)
        self.key_points = LinkLabel(self.key_points_card)
        self.key_points.setWordWrap(True)
        self.key_points.setTextFormat(Qt.TextFormat.RichText)
        self.key_points.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.key_points_card.body.addWidget(self.key_points, 1)

        self.actions_card = Card(self.tr("Overdue action items"), self)
        self.overdue = OverdueList(self.actions_card)
        self.overdue.setAccessibleName(self.actions_card.title.text())
        self.no_overdue = muted_label(self.tr("No action item is overdue."), self.actions_card)
        self.actions_card.body.addWidget(self.overdue)
        self.actions_card.body.addWidget(self.no_overdue)
        self.actions_card.body.addStretch(1)

        self.weekly_card = Card(self.tr("Incidents per week and category"), self)
        self.weekly_chart = ChartView(self.weekly_card, min_height=260)
        self.weekly_chart.setAccessibleName(self.weekly_card.title.text())
        self.weekly_card.body.addWidget(self.weekly_chart, 1)
        self.district_card = Card(self.tr("Incidents per district"), self)
        self.district_chart = ChartView(self.district_card, min_height=260)
        self.district_chart.setAccessibleName(self.district_card.title.text())
        self.district_card.body.addWidget(self.district_chart, 1)

        self.categories_card = Card(self.tr("Incidents by category"), self)
        self.categories = ChangeTable(self.categories_card)
        self.categories.setAccessibleName(self.categories_card.title.text())
        self.categories_card.body.addWidget(self.categories)
        self.categories_card.body.addStretch(1)
        self.matrix_card = Card(self.tr("District and category"), self)
        self.matrix = MatrixTable(self.matrix_card)
        self.matrix.setAccessibleName(self.matrix_card.title.text())
        self.matrix_card.body.addWidget(self.matrix)
        self.matrix_card.body.addStretch(1)

        self.notable_card = Card(self.tr("Notable incidents"), self)
        self.notable_link = LinkLabel(self.notable_card)
        self.notable_link.setTextFormat(Qt.TextFormat.RichText)
        self.notable = NotableList(self.notable_card)
        self.notable.setAccessibleName(self.notable_card.title.text())
        self.no_notable = muted_label(
            self.tr("No incident of high or critical severity in the period."), self.notable_card
        )
        self.notable_card.body.addWidget(self.notable_link)
        self.notable_card.body.addWidget(self.notable)
        self.notable_card.body.addWidget(self.no_notable)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.period_label)
        top.addLayout(titles, 1)  # the room there is: the period wraps only when short of it
        top.addWidget(self.state_label)
        top.addSpacing(12)
        top.addWidget(self.picker)
        top.addWidget(self.briefing_button)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.addLayout(self.tiles_row, 0, 0, 1, 2)
        grid.addWidget(self.key_points_card, 1, 0)
        grid.addWidget(self.actions_card, 1, 1)
        grid.addWidget(self.weekly_card, 2, 0)
        grid.addWidget(self.district_card, 2, 1)
        grid.addWidget(self.matrix_card, 3, 0)
        grid.addWidget(self.categories_card, 3, 1)
        grid.addWidget(self.notable_card, 4, 0, 1, 2)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(1, 9)

        content = QWidget(self)
        content.setObjectName("situation_content")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 4, 8)
        inner.addLayout(grid)
        inner.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setWidget(content)
        # Its parts take the focus one by one (and it scrolls to each); the frame
        # itself is no stop of its own.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.scroller, 1)

    def _connect(self) -> None:
        self.picker.choice_changed.connect(lambda _choice: self.refresh())
        self._gatherer.gathered.connect(self._show)
        self._gatherer.failed.connect(self._failed)
        self._gatherer.busy_changed.connect(self._busy_changed)
        for source in (
            self.total_tile.clicked,
            self.weekly_chart.region_clicked,
            self.district_chart.region_clicked,
            self.categories.count_clicked,
            self.matrix.count_clicked,
            self.notable.incident_clicked,
        ):
            source.connect(self.show_incidents)
        self.key_points.linkActivated.connect(self._key_point_clicked)
        self.notable_link.linkActivated.connect(self._notable_clicked)

    # -- showing the gathered situation -----------------------------------------

    def _show(self, situation: Situation) -> None:
        from app.briefing import charts  # reportlab: loaded after start-up, not before

        self.situation = situation
        self._gathered_at = time.monotonic()
        lang = language()
        self._show_header(situation, lang)
        self._show_tiles(situation, lang)
        self._show_key_points(situation, lang)
        overdue = [a for a in situation.open_actions if a.overdue]
        self.overdue.show_actions(overdue, lang)
        self.overdue.setVisible(bool(overdue))
        self.no_overdue.setVisible(not overdue)
        self.actions_card.set_note(
            self.tr("%Ln of %1 open action items is past its due date.", "", len(overdue)).replace(
                "%1", numbers.integer(len(situation.open_actions), lang)
            )
            if overdue
            else ""
        )
        self.weekly_chart.show_chart(lambda w, h: charts.weekly_chart(situation, lang, w, h))
        self.district_chart.show_chart(lambda w, h: charts.district_chart(situation, lang, w, h))
        self.district_card.set_note(texts.per_district_note(lang))
        self.categories.show_lines(situation.by_category, self.tr("Category"), lang)
        self.categories_card.set_note(texts.changes_note(lang))
        self.matrix.show_matrix(situation.matrix, lang, texts.no_district(lang))
        self.matrix_card.set_note(texts.matrix_note(lang))
        self._show_notable(situation, lang)
        self.gathered.emit(situation)

    def _show_header(self, situation: Situation, lang: str) -> None:
        self.period_label.setText(
            fill(
                self.tr("%1  ·  compared with %2 and with the same period a year ago"),
                numbers.period(situation.period, lang),
                numbers.period(situation.previous, lang),
            )
        )
        moment = situation.generated_at or now()
        self.state_label.setText(self.tr("Updated %1").replace("%1", clock_time(to_local(moment))))

    def _show_tiles(self, situation: Situation, lang: str) -> None:
        self.total_tile.show_change(self.tr("All incidents"), situation.total, lang)
        while len(self.area_tiles) < len(situation.by_area):
            tile = CountTile(self)
            tile.clicked.connect(self.show_incidents)
            self.area_tiles.append(tile)
            self.tiles_row.addWidget(tile, 1)
        for tile, line in zip(self.area_tiles, situation.by_area, strict=False):
            tile.show_change(line.title(lang), line.change, lang)
        for index, tile in enumerate(self.area_tiles):
            tile.setVisible(index < len(situation.by_area))
        # Tab goes along the tiles as they are read, left to right, then on to the points.
        tab_chain([self.total_tile, *self.area_tiles, self.key_points])

    def _show_key_points(self, situation: Situation, lang: str) -> None:
        if not situation.key_points:
            self.key_points.setText(_escape(texts.no_key_points(lang)))
            return
        # A link after a key point: it lists the incidents the sentence speaks of.
        show = _escape(self.tr("Show ›")).replace(" ", "&nbsp;")
        items = []
        for index, point in enumerate(situation.key_points):
            sentence = _escape(point.text(lang))
            if point.filter is not None:
                sentence += (
                    f' <a href="{index}" style="color: {link_colour()}; text-decoration: none;">'
                    f"{show}</a>"
                )
            items.append(f"<li style='margin-bottom: 6px;'>{sentence}</li>")
        self.key_points.setText(
            "<ul style='margin-left: -18px; -qt-list-indent: 1;'>" + "".join(items) + "</ul>"
        )

    def _show_notable(self, situation: Situation, lang: str) -> None:
        notable = situation.notable
        count = situation.notable_count.value if situation.notable_count else len(notable)
        self.notable.show_incidents(notable, lang)
        self.notable.setVisible(bool(notable))
        self.no_notable.setVisible(not notable)
        note = self.tr("High or critical severity; incidents flagged secret are left out.")
        if count > len(notable):
            latest = self.tr("The latest %1 of %2 are listed.")
            note += " " + fill(
                latest, numbers.integer(len(notable), lang), numbers.integer(count, lang)
            )
        self.notable_card.set_note(note)
        self.notable_link.setText(
            f'<a href="all" style="color: {link_colour()}; text-decoration: none;">'
            + _escape(self.tr("Show all %Ln in the incident log ›", "", count))
            + "</a>"
        )
        self.notable_link.setVisible(count > 0)

    def _key_point_clicked(self, href: str) -> None:
        if self.situation is None:
            return
        flt = self.situation.key_points[int(href)].filter
        if flt is not None:
            self.show_incidents.emit(flt)

    def _notable_clicked(self, _href: str) -> None:
        situation = self.situation
        if situation is not None:
            flt: IncidentFilter = (
                situation.notable_count.filter
                if situation.notable_count
                else situation_service.notable_filter(situation.period)
            )
            self.show_incidents.emit(flt)

    def _failed(self, message: str) -> None:
        self.state_label.setText(self.tr("Could not gather: %1").replace("%1", message))
        self.status_message.emit(message)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.state_label.setText(self.tr("Gathering…"))


class LinkLabel(QLabel):
    """A label whose links Tab reaches one by one; Enter opens the marked one.

    Qt marks no link when Tab enters the label (a stop where Enter does nothing);
    here the first link (the last, with Shift+Tab) is marked at once.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        by_tab = reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if by_tab and not self.selectedText():
            self.focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)


def _escape(words: str) -> str:
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
