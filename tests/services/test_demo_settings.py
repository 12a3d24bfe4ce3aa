"""The demo names its municipality, so that its briefing's cover and header say whose it
is, without touching a name the office has set (even a blank one)."""

from __future__ import annotations

import pytest

from app.demo.generate import generate
from app.services import office_settings, users
from app.storage.database import Database

pytestmark = pytest.mark.usefixtures("fixed_clock")


def test_the_demo_names_botkyrka_kommun(empty_db: Database) -> None:
    assert office_settings.get_setting(empty_db, office_settings.MUNICIPALITY_NAME) == ""
    generate(empty_db, incidents=50, seed=1)
    name = office_settings.get_setting(empty_db, office_settings.MUNICIPALITY_NAME)
    assert name == "Botkyrka kommun"
    generate(empty_db, incidents=50, seed=2)  # a second run adds only incidents
    assert office_settings.all_settings(empty_db)["municipality_name"] == "Botkyrka kommun"


@pytest.mark.parametrize("set_before", ["Huddinge kommun", ""])
def test_a_name_the_office_set_stays(empty_db: Database, set_before: str) -> None:
    generate(empty_db, incidents=0, seed=1)  # the administrator account comes with the demo
    users.sign_in(empty_db)
    office_settings.set_setting(empty_db, office_settings.MUNICIPALITY_NAME, set_before)
    generate(empty_db, incidents=50, seed=1)
    assert office_settings.get_setting(empty_db, office_settings.MUNICIPALITY_NAME) == set_before
