"""The header: the classification stays whole; the running title gives way beside it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.briefing.briefing_pdf import (
    ELLIPSIS,
    HEADER_GAP,
    MARKING_SIZE,
    TITLE_SIZE,
    Decoration,
    header_texts,
    shortened,
    write_briefing,
)
from app.briefing.styles import PAGE_MARGIN, styles
from tests.briefing.pdf_support import needs_poppler, words
from tests.briefing.test_briefing_pdf import data

LONG_MARKING = "Sekretess enligt 18 kap. 1 § OSL – endast för samverkansgruppens ledamöter"
TITLE = "Botkyrka kommun · Lägesbild · 29 oktober – 25 november 2026"
WIDTH = A4[0] - 2 * PAGE_MARGIN


def decoration(marking: str) -> Decoration:
    s = styles()
    return Decoration(marking, TITLE, "Skapad", "Sida {n} av {m}", s.regular, s.bold)


def test_a_short_marking_leaves_the_title_whole() -> None:
    marking, title = header_texts(decoration("Intern"), WIDTH)
    assert (marking, title) == ("INTERN", TITLE)


def test_a_long_marking_shortens_the_title_to_the_room_left() -> None:
    s = styles()
    marking, title = header_texts(decoration(LONG_MARKING), WIDTH)
    assert marking == LONG_MARKING.upper()  # the marking is never cut
    assert title.endswith(ELLIPSIS) and TITLE.startswith(title[:-1].rstrip())
    used = stringWidth(marking, s.bold, MARKING_SIZE) + HEADER_GAP
    assert used + stringWidth(title, s.regular, TITLE_SIZE) <= WIDTH


def test_shortened_cuts_at_a_word_and_gives_up_when_nothing_fits() -> None:
    font = styles().regular
    assert shortened("Lägesbild", font, 8, 1000) == "Lägesbild"
    cut = shortened("Botkyrka kommun Lägesbild november", font, 8, 80)
    assert cut.endswith(ELLIPSIS) and stringWidth(cut, font, 8) <= 80
    assert cut[:-1] in ("Botkyrka kommun", "Botkyrka")
    assert shortened("Lägesbild", font, 8, 2) == ""


@needs_poppler
def test_in_the_pdf_the_title_does_not_run_into_the_marking(tmp_path: Path) -> None:
    path = tmp_path / "b.pdf"
    write_briefing(data(classification=LONG_MARKING), path)
    header = [w for w in words(path) if w.page == 2 and w.y_min < 45]
    marking = [w for w in header if w.text.isupper() or w.text in ("18", "1", "§", "–")]
    title = [w for w in header if w not in marking]
    assert marking and title
    assert max(w.x_max for w in marking) + 10 < min(w.x_min for w in title)
    assert title[-1].text.endswith(ELLIPSIS)
