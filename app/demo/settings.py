"""The demo office's settings: its municipality's name, where none is set.

Written straight into the settings table in the demo's own transaction: the
service's set_setting needs an administrator and opens its own transaction,
and a demo is made before anyone has signed in as one. A value already set,
even blank, is the office's choice and stays.
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlmodel import Session

from app.domain.tables import SETTING
from app.services.office_settings import MUNICIPALITY_NAME

MUNICIPALITY_TITLE = "Botkyrka kommun"  # as the cover and the running title name it


def ensure_settings_in(session: Session) -> None:
    """Name the demo municipality unless the office has named one."""
    stored = session.execute(select(SETTING.c.key).where(SETTING.c.key == MUNICIPALITY_NAME))
    if stored.first() is None:
        session.execute(insert(SETTING).values(key=MUNICIPALITY_NAME, value=MUNICIPALITY_TITLE))
