"""Colours that read on the light and on the dark palette.

Qt follows the system's dark mode by handing widgets a dark QPalette (Fusion
does on Windows 10/11). Colours taken from the palette (`palette(text)` in a
style sheet, the palette's roles in code) follow by themselves; the few the
application picks itself (a muted note, an error, a tint) are declared here
once as a `Tone`, a light and a dark variant, each with a contrast of at least
4.5:1 (WCAG AA for text) against the palette's window and base colours.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA_TEXT = 4.5  # WCAG 2.x, normal text


def application_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette's windows are darker than their text (dark mode)."""
    palette = palette or application_palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


@dataclass(frozen=True)
class Tone:
    """A colour of the application's own, in a light and a dark variant."""

    light: str
    dark: str

    def name(self, palette: QPalette | None = None) -> str:
        """The variant for `palette` (the application's by default), as #rrggbb."""
        return self.dark if is_dark(palette) else self.light

    def color(self, palette: QPalette | None = None) -> QColor:
        return QColor(self.name(palette))


# Text
MUTED = Tone("#5b6470", "#aab3be")  # notes, secondary information
ERROR = Tone("#b3261e", "#ff8a80")
OVERDUE = Tone("#8c1d18", "#ff8a80")  # near-black in greyscale print
DONE = Tone("#5f6b5f", "#a8b5a8")
LINK = Tone("#1f4e79", "#8cc4f5")
NOTICE_TEXT = Tone("#4a3500", "#f6dfa4")
ERROR_TEXT_ON_TINT = Tone("#b3261e", "#ffb4ab")
# Backgrounds and lines (the palette's text colour is read on them)
ERROR_TINT = Tone("#fdecea", "#4c1f1c")
NOTICE_TINT = Tone("#fdf3e1", "#41330f")
DIFFERS_TINT = Tone("#fff4ce", "#4a3f12")  # as a highlighter marks a line
HOVER_TINT = Tone("#f3f7fb", "#26313d")
HEADER_TINT = Tone("#eef0f3", "#343a41")
EMPHASIS_TINT = Tone("#b9c0c8", "#59616b")
BORDER = Tone("#d4d8de", "#4b525b")
HEADER_LINE = Tone("#c4c9d0", "#5a616a")
HOVER_BORDER = Tone("#2f5d8a", "#7fb0e0")


def soft_highlight(palette: QPalette | None = None) -> QColor:
    """The palette's highlight blended into its window: a quiet mark for the current
    item that keeps the palette's own text colour readable on it."""
    palette = palette or application_palette()
    window = palette.color(QPalette.ColorRole.Window)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    share = 0.45 if is_dark(palette) else 0.28
    return QColor.fromRgbF(
        window.redF() + (highlight.redF() - window.redF()) * share,
        window.greenF() + (highlight.greenF() - window.greenF()) * share,
        window.blueF() + (highlight.blueF() - window.blueF()) * share,
    )


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
