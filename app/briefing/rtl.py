"""Right-to-left text (Arabic, Hebrew, Syriac, Thaana …) in the briefing's left-to-right pages.

reportlab has no bidi algorithm without `rlbidi` (not on the package index),
but with `uharfbuzz` installed it shapes each word: the letters of an Arabic
word are joined and laid out right to left. What it cannot do is order the
WORDS of a right-to-left run: "محمد العلي" would print with محمد at the left,
where a reader starts at the right. `visual_words` puts those words in visual
order before the text reaches reportlab, and leaves everything else alone.

Where it applies: `markup` (instead of escape) for every Paragraph's text and
`paragraph` (instead of Paragraph), which shapes only paragraphs holding
right-to-left letters, so Latin text prints exactly as before; `shaped_line`
and `shape_labels` for what the canvas draws (chart labels, upright headings),
which reportlab shapes only through rlbidi.

It is the word-level part of the Unicode bidi algorithm for a left-to-right
paragraph, which is what every briefing page is:
- a run starts at a word whose first strong character is right-to-left and
  goes on over right-to-left words and words without strong characters
  (numbers, dashes); it ends at its last right-to-left word or number, so
  that a dash or colon before a left-to-right word stays outside it;
- punctuation at the outer edges of a run ("(", ",", ":") stays where the
  left-to-right text around it expects it.
Each word is shaped by HarfBuzz in right-to-left direction, which reverses
and mirrors its characters; punctuation that must show at a run's visual
edge is therefore put on the far side of the edge word, reversed and with
brackets swapped, so that HarfBuzz draws it where it belongs.

Limits, accepted for the briefing's names and short texts: the reordering
happens before reportlab wraps lines, so a right-to-left run longer than a
line wraps with its last words on the first line; digits written inside a
right-to-left word (no space) come out reversed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import String
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.platypus import Paragraph

RIGHT_TO_LEFT = frozenset({"R", "AL"})
NUMBER = frozenset({"EN", "AN"})
# Characters HarfBuzz mirrors in right-to-left text; what is moved across a word
# is swapped beforehand so that the mirroring gives back the character written.
MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_SPACES = re.compile(r"(\s+)")
_FIRST_RTL = 0x0590  # nothing below Hebrew is right-to-left: a fast way out


def has_right_to_left(text: str) -> bool:
    return any(ord(c) >= _FIRST_RTL and unicodedata.bidirectional(c) in RIGHT_TO_LEFT for c in text)


def visual_words(text: str) -> str:
    """`text` with the words of each right-to-left run in visual order (left to right
    as printed), for a renderer that shapes each word with HarfBuzz; left-to-right
    text comes back unchanged."""
    if not has_right_to_left(text):
        return text
    parts = _SPACES.split(text)  # words at even indexes, the spaces between at odd
    words = parts[0::2]
    kinds = [_kind(w) for w in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        if kinds[i] != "R":
            out += [words[i], *parts[2 * i + 1 : 2 * i + 2]]
            i += 1
            continue
        end = i
        k = i + 1
        while k < len(words) and kinds[k] in ("R", "N", "D"):
            if kinds[k] in ("R", "D"):
                end = k
            k += 1
        out += [_run(parts[2 * i : 2 * end + 1]), *parts[2 * end + 1 : 2 * end + 2]]
        i = end + 1
    return "".join(out)


def markup(text: str) -> str:
    """Text for a Paragraph: in visual word order, with &, < and > escaped."""
    return escape(visual_words(text))


def paragraph(marked_up: str, style: ParagraphStyle, **kwargs: Any) -> Paragraph:
    """A Paragraph of `markup` text, shaped by HarfBuzz when it holds right-to-left
    letters. Only then: shaping kerns the Latin letters too, and text without
    right-to-left letters reads well (and faster) as reportlab draws it unshaped."""
    if has_right_to_left(marked_up):
        style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return Paragraph(marked_up, style, **kwargs)


def shaped_line(text: str, font: str, size: float) -> str:
    """A one-line text for the canvas (chart labels, headings drawn upright): reportlab
    shapes canvas strings only through rlbidi, so right-to-left text is shaped here,
    word by word in visual order, into a string the canvas draws glyph by glyph.
    Text without right-to-left letters comes back as it is."""
    if not has_right_to_left(text):
        return text
    shaped: str = ""
    for piece in _SPACES.split(visual_words(text)):
        if piece:
            shaped += shapeStr(piece, font, size, force=True)
    return shaped


def shape_labels(drawing: Any) -> None:
    """Shape the right-to-left labels of a Drawing (or Group) in place, for the PDF.
    The charts are shared with the screen, where Qt lays out text itself: only the
    PDF's copy of a drawing may be shaped."""
    for child in getattr(drawing, "contents", ()):
        if isinstance(child, String):
            child.text = shaped_line(child.text, child.fontName, child.fontSize)
        else:
            shape_labels(child)


def _no_optional_ligatures() -> None:
    """reportlab shapes with the OpenType features kern, liga and dlig; in DejaVu Sans
    those turn "fi" and "st" in Latin words into single ligature glyphs (which also
    copy and search as "ﬁ" and "ﬆ"). Arabic needs neither: its joining forms and
    lam-alef are required features HarfBuzz always applies. reportlab offers no
    setting, so its default feature set (a dict, shared by every call) is edited once."""
    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None) or ()
    features = defaults[0] if defaults else None
    if isinstance(features, dict):
        features.update(liga=False, dlig=False)


_no_optional_ligatures()


def _kind(word: str) -> str:
    """R(ight-to-left), L(eft-to-right), D(igits, no strong letter) or N(either)."""
    digits = False
    for c in word:
        kind = unicodedata.bidirectional(c)
        if kind in RIGHT_TO_LEFT:
            return "R"
        if kind == "L":
            return "L"
        digits = digits or kind in NUMBER
    return "D" if digits else "N"


def _run(parts: list[str]) -> str:
    """The words (even indexes) and spaces (odd) of one run, in visual order."""
    first, last = parts[0], parts[-1]
    before = _edge(first, leading=True)
    after = _edge(last, leading=False)
    if len(parts) == 1:
        core = first[len(before) : len(first) - len(after)]
        return _across(after) + core + _across(before)
    parts = [first[len(before) :], *parts[1:-1], last[: len(last) - len(after)]]
    visual = parts[::-1]
    # The run's logical last word is now at the visual left, its first at the right.
    visual[0] = visual[0] + _across(before)
    visual[-1] = _across(after) + visual[-1]
    return "".join(visual)


def _edge(word: str, *, leading: bool) -> str:
    """The characters at a word's outer edge that are neither letters nor digits."""
    chars = word if leading else word[::-1]
    n = 0
    for c in chars:
        if unicodedata.bidirectional(c) in RIGHT_TO_LEFT | NUMBER | {"L"}:
            break
        n += 1
    edge = chars[:n]
    return edge if leading else edge[::-1]


def _across(chars: str) -> str:
    """Punctuation to be shaped inside a right-to-left word yet read left to right."""
    return "".join(MIRRORED.get(c, c) for c in reversed(chars))
