"""Free text typed by officers is printed with identity numbers masked, even when older
data holds one that the services of today would refuse."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from app.briefing.briefing_data import RiskDateLine
from app.briefing.briefing_pdf import write_briefing
from app.services.meeting_types import AgendaItemDraft
from tests.briefing.factory import action
from tests.briefing.pdf_support import flowing, needs_poppler
from tests.briefing.test_briefing_pdf import IDENTITY, data

pytestmark = needs_poppler
MASKED = "XXXXXXXX-XXXX"


def test_every_printed_free_text_is_masked(tmp_path: Path) -> None:
    base = data()
    assert base.meeting is not None
    situation = replace(
        base.situation,
        open_actions=(action(1, f"Ring vårdnadshavare till {IDENTITY}", date(2026, 12, 1)),),
        done_actions=(action(2, f"Klart om {IDENTITY}", date(2026, 11, 10), done=True),),
    )
    briefing = replace(
        base,
        situation=situation,
        meeting=replace(base.meeting, title=f"Möte om {IDENTITY}", place=f"Hos {IDENTITY}"),
        agenda=(
            AgendaItemDraft(f"Ärende {IDENTITY}", notes=f"Anteckning {IDENTITY}"),
            AgendaItemDraft(f"Beslut om {IDENTITY}", decision_asked=True),
        ),
        risk_dates=(RiskDateLine(date(2026, 12, 31), f"Fest {IDENTITY}", note=f"Not {IDENTITY}"),),
    )
    path = tmp_path / "b.pdf"
    write_briefing(briefing, path)
    text = flowing(path)
    assert IDENTITY not in text and "1212-1212" not in text
    for shown in (
        f"Ring vårdnadshavare till {MASKED}",
        f"Klart om {MASKED}",
        f"Möte om {MASKED}",
        f"Hos {MASKED}",
        f"Ärende {MASKED}",
        f"Anteckning {MASKED}",
        f"Beslut om {MASKED}",
        f"Fest {MASKED}",
        f"Not {MASKED}",
    ):
        assert shown in text, shown
