"""The office's settings: kept or refused by key, all or none when several change.

Normalisation: a value is stripped; the logo's path is made absolute. The
retention period is a whole number of years from 1 to 20; digits of other
scripts that Python reads as a number ("٣") are kept as typed and read as 3.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services import office_settings as settings_service
from app.services.office_settings import (
    BACKUPS_KEPT,
    CLASSIFICATION_MARKING,
    LOGO_PATH,
    MUNICIPALITY_NAME,
    RETENTION_YEARS,
)
from app.storage.database import Database
from tests.input.strategies import BOUNDED, check_refusal, fields, text_refused, texts, tried
from tests.services.case_support import sign_in_tester

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def admin(db: Database, fixed_clock: datetime) -> Database:
    sign_in_tester(db)
    return db


@BOUNDED
@given(key=st.sampled_from((MUNICIPALITY_NAME, CLASSIFICATION_MARKING)), value=texts)
def test_a_text_setting_is_kept_or_refused(admin: Database, key: str, value: str) -> None:
    tried()
    before = settings_service.all_settings(admin)
    try:
        settings_service.set_setting(admin, key, value)
    except ValidationError as error:
        assert text_refused(value.strip(), 120, identity=False)
        check_refusal(error, key)
        assert settings_service.all_settings(admin) == before
        return
    assert not text_refused(value.strip(), 120, identity=False)
    assert settings_service.get_setting(admin, key) == value.strip()


@BOUNDED
@given(
    years=st.integers(-5, 30).map(str) | st.text(alphabet="0123456789 -+.,xe٣", max_size=5),
    name=texts,
)
def test_several_settings_change_all_or_none(admin: Database, years: str, name: str) -> None:
    tried()
    before = settings_service.all_settings(admin)
    # Whole numbers in ASCII digits only: "٣" is a digit to isdigit(), not to the service.
    digits = years.strip()
    good_years = digits.isascii() and digits.isdigit() and 1 <= int(digits) <= 20
    good_name = not text_refused(name.strip(), 120, identity=False)
    try:
        settings_service.set_settings(admin, {RETENTION_YEARS: years, MUNICIPALITY_NAME: name})
    except ValidationError as error:
        assert not (good_years and good_name)
        assert set(error.errors) == fields(
            **{RETENTION_YEARS: not good_years, MUNICIPALITY_NAME: not good_name}
        )
        assert settings_service.all_settings(admin) == before  # neither was written
        return
    assert good_years and good_name
    assert settings_service.get_setting(admin, RETENTION_YEARS) == years.strip()
    assert settings_service.retention_years(admin) == int(years)
    assert settings_service.get_setting(admin, MUNICIPALITY_NAME) == name.strip()


@pytest.mark.parametrize(
    "file_name", ["logga 🚒.png", "\u202eloggan.png", "a\u030a.png", "'; DROP TABLE x;--.png"]
)
def test_a_logo_path_with_any_characters_is_kept(
    admin: Database, tmp_path: Path, file_name: str
) -> None:
    tried()
    path = tmp_path / file_name
    path.write_bytes(PNG)
    settings_service.set_setting(admin, LOGO_PATH, f"  {path}  ")
    assert settings_service.get_setting(admin, LOGO_PATH) == str(path)
    assert settings_service.logo_path(admin) == path


@pytest.mark.parametrize("value", ["/tmp/a\x00.png", "/tmp/\ud800.png", "/" + "a" * 1001])
def test_a_logo_path_that_cannot_be_stored_is_refused(admin: Database, value: str) -> None:
    tried()
    with pytest.raises(ValidationError) as refused:
        settings_service.set_setting(admin, LOGO_PATH, value)
    check_refusal(refused.value, LOGO_PATH)


@pytest.mark.parametrize("key", [RETENTION_YEARS, BACKUPS_KEPT])
@pytest.mark.parametrize("value", ["²", "①", "٣", "３", "1" * 5000, "0" * 5000 + "3"])
def test_a_digit_int_cannot_read_is_refused(admin: Database, key: str, value: str) -> None:
    """Superscripts, circled and Arabic-Indic or full-width digits pass str.isdigit();
    5,000 digits are more than int() reads."""
    tried()
    before = settings_service.get_setting(admin, key)
    with pytest.raises(ValidationError) as refused:
        settings_service.set_setting(admin, key, value)
    check_refusal(refused.value, key)
    assert settings_service.get_setting(admin, key) == before
