"""A briefing chart (a reportlab Drawing) as compact SVG for QSvgRenderer.

reportlab's own renderSVG builds an xml.dom tree node by node: about 140 ms
for the weekly chart of a year (2,500 shapes), most of the situation page's
time on screen. The charts use four shapes only (Group, Rect, Line, String),
so they are written here straight as text, in a few milliseconds, and
without the clip path that QtSvg fills black instead of clipping with.

Not drawn with QPainter calls from Python on purpose: one call per shape is
thousands of calls per chart, where QtSvg draws the same in C++.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


def drawing_svg(drawing: Drawing, families: dict[str, tuple[str, bool]]) -> str:
    """The drawing as SVG; `families` maps reportlab font names to (Qt family, bold)."""
    width, height = float(drawing.width), float(drawing.height)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{_n(width)}" '
        f'height="{_n(height)}" viewBox="0 0 {_n(width)} {_n(height)}">',
        # reportlab's origin is at the bottom left: flip once around the middle.
        f'<g transform="matrix(1 0 0 -1 0 {_n(height)})">',
    ]
    _group(drawing, parts, families)
    parts.append("</g></svg>")
    return "".join(parts)


def _group(group: Any, parts: list[str], families: dict[str, tuple[str, bool]]) -> None:
    from reportlab.graphics.shapes import Group, Line, Rect, String

    transform = tuple(getattr(group, "transform", (1, 0, 0, 1, 0, 0)))
    moved = transform != (1, 0, 0, 1, 0, 0)
    if moved:
        parts.append(f'<g transform="matrix({" ".join(_n(v) for v in transform)})">')
    for node in group.contents:
        if isinstance(node, Group):
            _group(node, parts, families)
        elif isinstance(node, Rect):
            parts.append(
                f'<rect x="{_n(node.x)}" y="{_n(node.y)}" width="{_n(node.width)}" '
                f'height="{_n(node.height)}"{_corners(node)}{_paint(node, filled=True)}/>'
            )
        elif isinstance(node, Line):
            parts.append(
                f'<line x1="{_n(node.x1)}" y1="{_n(node.y1)}" x2="{_n(node.x2)}" '
                f'y2="{_n(node.y2)}"{_paint(node, filled=False)}/>'
            )
        elif isinstance(node, String):
            parts.append(_text(node, families))
        else:  # a shape the charts do not use: say so rather than draw it wrongly
            raise TypeError(f"cannot draw {type(node).__name__} on screen")
    if moved:
        parts.append("</g>")


def _text(node: Any, families: dict[str, tuple[str, bool]]) -> str:
    family, bold = families.get(node.fontName, (node.fontName, False))
    anchor = {"middle": "middle", "end": "end"}.get(node.textAnchor, "start")
    weight = ' font-weight="bold"' if bold else ""
    fill = f'fill="{_colour(node.fillColor)}"{_opacity("fill", node.fillColor)}'
    # Text is flipped back upright about its own baseline point.
    return (
        f'<text transform="matrix(1 0 0 -1 {_n(node.x)} {_n(node.y)})" '
        f'font-family="\'{family}\'"{weight} font-size="{_n(node.fontSize)}" '
        f'text-anchor="{anchor}" {fill}>'
        f"{_escape(node.text)}</text>"
    )


def _paint(node: Any, *, filled: bool) -> str:
    fill = node.fillColor if filled else None
    stroke = node.strokeColor
    out = f' fill="{_colour(fill)}"{_opacity("fill", fill)}'
    if stroke is None or not node.strokeWidth:
        return out + ' stroke="none"'
    out += (
        f' stroke="{_colour(stroke)}"{_opacity("stroke", stroke)}'
        f' stroke-width="{_n(node.strokeWidth)}"'
    )
    cap = {1: "round", 2: "square"}.get(getattr(node, "strokeLineCap", 0) or 0)
    if cap:
        out += f' stroke-linecap="{cap}"'
    dashes = getattr(node, "strokeDashArray", None)
    if dashes:
        out += f' stroke-dasharray="{" ".join(_n(d) for d in dashes)}"'
    return out


def _corners(node: Any) -> str:
    rx, ry = node.rx or 0, node.ry or 0
    return f' rx="{_n(rx)}" ry="{_n(ry)}"' if rx or ry else ""


def _colour(colour: Any) -> str:
    if colour is None:
        return "none"
    red, green, blue = (round(float(c) * 255) for c in (colour.red, colour.green, colour.blue))
    return f"#{red:02x}{green:02x}{blue:02x}"


def _opacity(kind: str, colour: Any) -> str:
    alpha = float(getattr(colour, "alpha", 1) or 0) if colour is not None else 1.0
    return f' {kind}-opacity="{_n(alpha)}"' if alpha < 1 else ""


def _n(value: float) -> str:
    """A coordinate, short: two decimals are a hundredth of a point."""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _escape(words: str) -> str:
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
