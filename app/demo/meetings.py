"""Demo joint meetings: a year of monthly meetings of the chiefs, with agendas,
decisions and action items, around the clock's today.

The attendees are the people flagged `joint_meeting` in the roster, so the
roster is seeded first. Running it again adds nothing: every demo meeting has
a UID derived from its month, and the standalone items are looked up by text.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlmodel import Session

from app.clock import now, to_local, to_utc
from app.domain.tables import ACTION_ITEM, AGENDA_ITEM, MEETING, MEETING_ATTENDEE, PERSON
from app.i18n import translate
from app.i18n.formats import integer

TITLE = "Samverkansmöte – chefer polis, räddningstjänst och kommun"
PLACES = ("Kommunalhuset, Tumba, sal Tumba", "Polishuset Flemingsberg, konferensrum Ekholmen")
MONTHS_BACK, MONTHS_AHEAD = 9, 2  # twelve meetings with this one
_UID_NAMESPACE = uuid.UUID("1f0e5b1c-6d7a-4c0e-9a41-5a3b8f2d0c11")

# (title, decision asked, what a past meeting decided, or noted on an item to discuss)
REGULAR_ITEMS: tuple[tuple[str, bool, str], ...] = (
    ("Lägesbild sedan förra mötet", False, "Lägesbilden gicks igenom och godkändes."),
    ("Skjutningar och vedergällning", False, "Polisen redovisade läget; hög beredskap kvarstår."),
    ("Fordonsbränder", False, "Räddningstjänsten följer upp bränderna i Alby och Fittja."),
    ("Trygghetsvandringar", False, "Nästa vandring i Hallunda centrum, bostadsbolaget deltar."),
)
CLOSING_ITEM = (
    "Beslut om gemensamma insatser",
    True,
    "gemensam helgnärvaro med polis, fältassistenter och väktare i de utsatta områdena.",
)
SEASONAL: dict[int, tuple[str, str]] = {
    3: ("Påsklov inför", "fritidsgårdarna håller kvällsöppet under påsklovet."),
    4: ("Valborg inför", "extra insatser vid brasorna, ordningsvakter vid Lida."),
    5: ("Nationaldagen och skolavslutning inför", "samordnad närvaro vid skolorna."),
    6: ("Sommarlov inför", "sommarjobb och kvällsöppna mötesplatser."),
    8: ("Skolstart inför", "trafikvärdar och vuxennärvaro första veckan."),
    10: ("Halloween och höstlov inför", "förebyggande information om fyrverkerier."),
    12: ("Nyår inför", "gemensam ledningsplats på nyårsafton."),
}
ACTION_TEXTS = (
    "Ta fram fördjupad lägesbild för Alby och Fittja",
    "Boka trygghetsvandring med bostadsbolaget",
    "Följa upp belysningen i gångtunneln vid Tumba station",
    "Sammanställa fordonsbränderna per område",
    "Informera skolorna om helgens insatser",
    "Ta fram underlag om kameraövervakning vid Hallunda torg",
    "Kontakta fältassistenterna om kvällsnärvaro",
    "Återkoppla till kommunstyrelsen om gemensamma insatser",
)
STANDALONE = (
    ("Uppdatera kontaktlistan för krisledningen", 10),
    ("Revidera handlingsplanen enligt lagen om kommunernas brottsförebyggande ansvar", 45),
)


@dataclass(frozen=True)
class DemoMeetings:
    meetings: int
    actions: int
    message: str

    def __str__(self) -> str:
        return self.message


def ensure_meetings(session: Session, *, seed: int = 7) -> DemoMeetings:
    """Add the demo meetings that are missing; needs people flagged joint_meeting."""
    chiefs = list(
        session.execute(
            select(PERSON.c.id)
            .where(PERSON.c.joint_meeting.is_(True), PERSON.c.active.is_(True))
            .order_by(PERSON.c.id)
        ).scalars()
    )
    if not chiefs:
        return DemoMeetings(
            0,
            0,
            translate("demo", "no demo meetings: nobody in the roster sits in the joint meeting"),
        )
    rng = random.Random(seed)
    today = to_local(now()).date()
    have = set(session.execute(select(MEETING.c.uid)).scalars())
    meetings = actions = 0
    for offset in range(-MONTHS_BACK, MONTHS_AHEAD + 1):
        day = _first_thursday(_add_months(today.replace(day=1), offset))
        uid = f"samverkan-meeting-{uuid.uuid5(_UID_NAMESPACE, day.isoformat())}@demo.botkyrka"
        if uid in have:
            continue
        meetings += 1
        actions += _add_meeting(session, rng, uid, day, today, chiefs)
    actions += _add_standalone(session, today, chiefs)
    session.flush()
    message = translate(
        "demo", "added %Ln demo meeting(s) and {actions} action items", None, meetings
    )
    return DemoMeetings(meetings, actions, message.format(actions=integer(actions)))


def _add_meeting(
    session: Session, rng: random.Random, uid: str, day: date, today: date, chiefs: list[int]
) -> int:
    held = day < today
    starts = to_utc(datetime(day.year, day.month, day.day, 9, 0))
    meeting_id = session.execute(
        insert(MEETING)
        .values(
            title=TITLE,
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            place=PLACES[0] if day.month % 4 else PLACES[1],
            notes="Kaffe från 08.45." if held else "Underlag skickas ut en vecka före mötet.",
            uid=uid,
            version=1,
        )
        .returning(MEETING.c.id)
    ).scalar_one()
    session.execute(
        insert(MEETING_ATTENDEE), [{"meeting_id": meeting_id, "person_id": p} for p in chiefs]
    )
    items = list(REGULAR_ITEMS)
    season = SEASONAL.get(day.month)  # what comes before the next meeting
    if season:
        items.append((season[0], True, season[1]))
    items.append(CLOSING_ITEM)
    session.execute(
        insert(AGENDA_ITEM),
        [
            {
                "meeting_id": meeting_id,
                "position": position,
                "title": title,
                "notes": outcome if held and not asked else "",
                "decision_asked": asked,
                "decision": outcome if held and asked else "",
            }
            for position, (title, asked, outcome) in enumerate(items)
        ],
    )
    if not held:
        return 0
    rows = []
    for what in rng.sample(ACTION_TEXTS, 3):
        due = day + timedelta(days=rng.choice((14, 21, 28)))
        # Most of what is long past is done; the recent items are still open,
        # some of them late.
        done = due < today - timedelta(days=10) and rng.random() < 0.8
        rows.append(
            {
                "meeting_id": meeting_id,
                "what": what,
                "owner_id": rng.choice(chiefs),
                "due": due,
                "status": "done" if done else "open",
                "done_on": due - timedelta(days=rng.randint(0, 6)) if done else None,
                "version": 1,
            }
        )
    session.execute(insert(ACTION_ITEM), rows)
    return len(rows)


def _add_standalone(session: Session, today: date, chiefs: list[int]) -> int:
    have = set(
        session.execute(
            select(ACTION_ITEM.c.what).where(ACTION_ITEM.c.meeting_id.is_(None))
        ).scalars()
    )
    rows = [
        {
            "meeting_id": None,
            "what": what,
            "owner_id": chiefs[-1],
            "due": today + timedelta(days=days),
            "status": "open",
            "done_on": None,
            "version": 1,
        }
        for what, days in STANDALONE
        if what not in have
    ]
    if rows:
        session.execute(insert(ACTION_ITEM), rows)
    return len(rows)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _first_thursday(first: date) -> date:
    return first + timedelta(days=(3 - first.weekday()) % 7)
