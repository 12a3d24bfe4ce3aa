"""visual_words: the words of right-to-left runs in visual order, everything else as written."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, String

from app.briefing.rtl import MIRRORED, paragraph, shape_labels, shaped_line, visual_words
from app.briefing.styles import styles
from tests.briefing.pdf_support import needs_poppler, words

MUHAMMAD, ALI = "محمد", "العلي"


@pytest.mark.parametrize(
    "text",
    [
        "Åsa Öhman, Fältsekreterare",
        "Иван Петров",
        "Ελένη Παπαδοπούλου",
        "2026-11-26 14:00 – 12 händelser (−16 %)",
        "",
        "   ",
    ],
)
def test_left_to_right_text_is_unchanged(text: str) -> None:
    assert visual_words(text) == text
    assert shaped_line(text, styles().regular, 10) == text


@pytest.mark.parametrize(
    ("written", "visual"),
    [
        # one right-to-left word: HarfBuzz orders its letters
        (MUHAMMAD, MUHAMMAD),
        # two words: the first is read first, so it goes to the right
        (f"{MUHAMMAD} {ALI}", f"{ALI} {MUHAMMAD}"),
        ("שלום עולם", "עולם שלום"),  # Hebrew
        ("ܫܠܡܐ ܥܠܡܐ", "ܥܠܡܐ ܫܠܡܐ"),  # Syriac
        # inside left-to-right text only the run turns; spacing is kept
        (f"Namn: {MUHAMMAD} {ALI} och Åsa", f"Namn: {ALI} {MUHAMMAD} och Åsa"),
        (f"a  {MUHAMMAD}\n{ALI}  b", f"a  {ALI}\n{MUHAMMAD}  b"),
        (f"{MUHAMMAD} {ALI} och שלום עולם", f"{ALI} {MUHAMMAD} och עולם שלום"),
        # digits between or after right-to-left words belong to the run ...
        (f"شارع 12 {MUHAMMAD}", f"{MUHAMMAD} 12 شارع"),
        (f"{MUHAMMAD} 12 och", f"12 {MUHAMMAD} och"),
        # ... but not before it: they follow the left-to-right text
        (f"12 {MUHAMMAD}", f"12 {MUHAMMAD}"),
        # a dash between two right-to-left words is in the run, between runs it is not
        (f"{MUHAMMAD} – {ALI}", f"{ALI} – {MUHAMMAD}"),
        (f"Ansvarig – {MUHAMMAD} – Polisen", f"Ansvarig – {MUHAMMAD} – Polisen"),
        # punctuation at a run's edge shows outside it: HarfBuzz lays out each word
        # right to left (reversed, brackets mirrored), so it is put on the word's far side
        (f"{MUHAMMAD} {ALI}, Polisen", f"{ALI} ,{MUHAMMAD} Polisen"),
        (f"{MUHAMMAD}: Åsa", f":{MUHAMMAD} Åsa"),
        (f"({MUHAMMAD} {ALI})", f"{ALI}) ({MUHAMMAD}"),
        (f"({MUHAMMAD})", f"({MUHAMMAD})"),
        (f"«{MUHAMMAD} {ALI}».", f"{ALI}» .«{MUHAMMAD}"),
        # a word whose first strong letter is Latin is left to right
        (f"Ali-{MUHAMMAD} {ALI}", f"Ali-{MUHAMMAD} {ALI}"),
    ],
)
def test_right_to_left_runs_in_visual_order(written: str, visual: str) -> None:
    assert visual_words(written) == visual


LETTERS = st.sampled_from(
    [*"محمدالعليשלוםabcÅöЖ0123456789", " ", " ", "  ", ",", ".", ":", "(", ")", "«", "»", "–"]
)


@given(st.lists(LETTERS, max_size=40).map("".join))
def test_only_reorders(text: str) -> None:
    """The same characters come out (a bracket may be its mirror image, for HarfBuzz to
    mirror back), and text read without right-to-left letters stays put."""

    def kinds(s: str) -> Counter[str]:
        return Counter(min(c, MIRRORED.get(c, c)) for c in s)

    assert kinds(visual_words(text)) == kinds(text)
    latin = [w for w in text.split() if unicodedata.bidirectional(w[0]) == "L"]
    out = visual_words(text).split()
    assert all(w in out for w in latin)


def test_only_right_to_left_paragraphs_are_shaped() -> None:
    body = styles().body
    assert not paragraph("Polisstation first", body).style.shaping
    shaped = paragraph(f"{MUHAMMAD} {ALI}", body).style
    assert shaped.shaping and shaped.fontSize == body.fontSize and shaped.parent is body


@needs_poppler
def test_chart_labels_are_shaped_and_in_visual_order(tmp_path: Path) -> None:
    font = styles().regular
    drawing = Drawing(300, 40)
    drawing.add(Group(String(290, 10, f"{MUHAMMAD} {ALI}", fontName=font, textAnchor="end")))
    drawing.add(String(10, 10, "Fittja", fontName=font))
    shape_labels(drawing)
    path = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(path))
    found = {unicodedata.normalize("NFKC", w.text)[::-1]: w for w in words(path)}
    assert found[MUHAMMAD].x_min > found[ALI].x_max
    assert found[MUHAMMAD].x_max == pytest.approx(290, abs=1)  # anchored by its shaped width
    assert "ajttiF" in found  # Latin, reversed by the test's reading, is untouched
