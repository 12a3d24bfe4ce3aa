"""The briefing drawn from hand-made data: sections, header and footer, fonts, metadata."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.briefing.briefing_data import (
    AgencyContact,
    Appendix,
    AppendixRow,
    BriefingData,
    MeetingInfo,
    MemberContact,
    RiskDateLine,
)
from app.briefing.briefing_pdf import BriefingCancelled, write_briefing
from app.briefing.rtl import has_right_to_left
from app.services.meeting_types import AgendaItemDraft, PersonRef
from tests.briefing.factory import situation
from tests.briefing.pdf_support import (
    Word,
    flowing,
    fonts,
    info,
    needs_poppler,
    page_count,
    pages,
    words,
)

pytestmark = needs_poppler

CYRILLIC = "Иван Петров"
ARABIC = "محمد العلي"
IDENTITY = "19121212-1212"  # Skatteverket's test number: a valid date and check digit


def data(language: str = "sv", **changes: object) -> BriefingData:
    base = BriefingData(
        language=language,
        situation=situation(notable_summary=f"Hot mot personal, anmälare {IDENTITY}"),
        municipality="Botkyrka kommun",
        classification="Intern – ej för publicering",
        prepared_by="Åsa Öhman",
        generated_at=datetime(2026, 11, 26, 13, 0, tzinfo=UTC),
        meeting=MeetingInfo(
            3, "Samverkansmöte december", datetime(2026, 12, 3, 8, tzinfo=UTC), "Tumba"
        ),
        agenda=(
            AgendaItemDraft("Lägesbild"),
            AgendaItemDraft("Nyårsafton: gemensam insats", decision_asked=True),
        ),
        attendees=(
            PersonRef(1, CYRILLIC, "Kommunpolis", "Polisen"),
            PersonRef(2, ARABIC, "Fältsekreterare", "Botkyrka kommun"),
        ),
        risk_dates=(RiskDateLine(date(2026, 12, 31), "Nyårsafton", note="Fyrverkerier"),),
        risk_until=date(2027, 1, 7),
        agencies=(AgencyContact("Polisen", "010-123 45 67", "114 14"),),
        members=(
            MemberContact(
                "Johan Åkesson",
                "Lokalpolisområdeschef",
                "Polisen",
                "010-111 22 33",
                "070-123 45 67",
                "Sara Berg",
                "Biträdande",
                "070-765 43 21",
            ),
        ),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def swedish(tmp_path: Path) -> Path:
    path = tmp_path / "lagesbild.pdf"
    assert write_briefing(data(), path) == page_count(path)
    return path


def test_every_page_has_the_classification_and_page_n_of_m(swedish: Path) -> None:
    texts = pages(swedish)
    total = len(texts)
    assert total >= 4
    for number, page in enumerate(texts, start=1):
        assert "INTERN – EJ FÖR PUBLICERING" in page
        assert f"Sida {number} av {total}" in page
        assert "Skapad 2026-11-26 14:00" in page  # local time of generation


def test_sections_come_in_the_issues_order(swedish: Path) -> None:
    text = flowing(swedish)
    headings = [
        "Lägesbild",
        "1 I korthet",
        "2 Diagram",
        "3 Allvarliga händelser",
        "4 Insatsgrupper",
        "5 Åtgärdspunkter",
        "6 Dagordning",
        "7 Kommande riskdatum",
        "8 Bilaga: kontaktuppgifter",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "Samverkansmöte december" in text and "Nyårsafton" in text
    assert "Beslut som mötet ombeds fatta" in text
    assert "010-123 45 67" in text and "070-765 43 21" in text


def test_identity_numbers_are_masked_even_if_the_service_missed_one(swedish: Path) -> None:
    text = flowing(swedish)
    assert IDENTITY not in text and "1212-1212" not in text
    assert "Hot mot personal, anmälare" in text


def test_swedish_letters_and_cyrillic_names_come_out_as_written(swedish: Path) -> None:
    text = flowing(swedish)
    assert "Åsa Öhman" in text and "Skadegörelse" in text and "Johan Åkesson" in text
    assert CYRILLIC in text


def arabic_words(path: Path) -> list[Word]:
    """The words holding Arabic letters (shaped: in presentation forms)."""
    return [w for w in words(path) if has_right_to_left(unicodedata.normalize("NFKC", w.text))]


def logical(word: Word) -> str:
    """A shaped right-to-left word as written: pdftotext gives the glyphs as they lie
    on the page, left to right, in Arabic presentation forms; NFKC folds those back
    to the letters, and reversed they are in the order they are read."""
    return unicodedata.normalize("NFKC", word.text)[::-1].strip(",")


def forms(word: Word) -> list[str]:
    """The presentation form of each letter, in reading order ("ISOLATED" for a letter
    drawn with its plain code point)."""
    found = re.compile(r"(ISOLATED|INITIAL|MEDIAL|FINAL) FORM")
    names = [unicodedata.name(c) for c in reversed(word.text)]
    return [m.group(1) if (m := found.search(n)) else "ISOLATED" for n in names]


def test_arabic_names_read_right_to_left_joined(swedish: Path) -> None:
    first, second = ARABIC.split()
    found = arabic_words(swedish)
    assert sorted(logical(w) for w in found) == sorted([first, second])
    by_text = {logical(w): w for w in found}
    one, two = by_text[first], by_text[second]
    assert (one.page, round(one.y_min)) == (two.page, round(two.y_min))  # one line
    assert one.x_min > two.x_max  # the first word is read first: at the right
    # Joined: each letter of محمد drawn in the form that links it to its neighbours.
    assert forms(one) == ["INITIAL", "MEDIAL", "MEDIAL", "FINAL"]


def test_right_to_left_text_in_a_sentence_a_cell_and_the_appendix(tmp_path: Path) -> None:
    path = tmp_path / "rtl.pdf"
    summary = f"Hot mot {ARABIC}, Polisstation first"
    row = AppendixRow(
        "2026-0500", datetime(2026, 11, 3, 9, tzinfo=UTC), "x", "Alby", 2, "", summary
    )
    write_briefing(
        data(situation=situation(notable_summary=summary), appendix=Appendix([row], 0)), path
    )
    first, second = ARABIC.split()
    lines: dict[tuple[int, int], dict[str, Word]] = {}
    for w in arabic_words(path):
        lines.setdefault((w.page, round(w.y_min)), {})[logical(w)] = w
    # The attendee, the notable incident's summary, the appendix's row.
    assert len(lines) == 3
    for line in lines.values():
        assert set(line) == {first, second}
        assert line[first].x_min > line[second].x_max
    text = flowing(path)
    # Latin words beside shaped text keep their letters: no "ﬁ" or "ﬆ" ligatures.
    assert text.count(", Polisstation first") == 2 and "\ufb01" not in text


def test_dejavu_is_embedded_and_nothing_else_is_used(swedish: Path) -> None:
    used = fonts(swedish)
    assert {f[0].split("+")[-1] for f in used} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(f[-5] == "yes" for f in used)  # the "emb" column


def test_metadata_names_the_office_and_no_person_or_path(swedish: Path, tmp_path: Path) -> None:
    meta = info(swedish)
    assert meta["Title"] == "Lägesbild 29 oktober – 25 november 2026"
    assert meta["Author"] == "Botkyrka kommun"
    assert meta["Creator"] == "Samverkan"
    assert meta["Subject"] == "Lägesbild inför samverkansmöte"
    everything = " ".join(meta.values())
    assert "Åsa" not in everything and str(tmp_path) not in everything
    raw = swedish.read_bytes()
    assert str(tmp_path).encode() not in raw


def test_english_briefing(tmp_path: Path) -> None:
    path = tmp_path / "briefing.pdf"
    total = write_briefing(data("en"), path)
    texts = pages(path)
    assert all(f"Page {n} of {total}" in page for n, page in enumerate(texts, start=1))
    text = flowing(path)
    assert "1 Key points" in text and "Vehicle fires rose by 5" in text
    assert "29 October – 25 November 2026" in text
    assert info(path)["Subject"] == "Situation briefing for the joint meeting"


def test_counts_and_changes_of_the_breakdowns(swedish: Path) -> None:
    text = flowing(swedish)
    # Total 82 against 98 before (−16 %) and 120 a year ago (−32 %), once, in the table.
    assert "Totalt 82 98 −16 % 120 −32 %" in text
    assert "händelser under perioden" not in text  # no sentence repeating the first point
    # Övrigt: 5 against 2: a small count, said as a count.
    assert "Övrigt 5 2 +3" in text


def test_a_cancel_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "cancelled.pdf"
    with pytest.raises(BriefingCancelled):
        write_briefing(data(), path, progress=lambda done, total: done < 2)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "lagesbild.pdf"
    path.write_bytes(b"the old one")
    with pytest.raises(BriefingCancelled):
        write_briefing(data(), path, progress=lambda done, total: False)
    assert path.read_bytes() == b"the old one"
    assert [p.name for p in tmp_path.iterdir()] == ["lagesbild.pdf"]
