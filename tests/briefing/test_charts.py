"""The charts: every region carries the filter and value of its bar; SVG for the screen."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from reportlab.graphics import renderSVG

from app.briefing.charts import district_chart, weekly_chart
from tests.briefing.factory import WEEKLY, situation


def test_weekly_regions_are_the_bar_segments_with_their_filters() -> None:
    s = situation()
    chart = weekly_chart(s, "sv", 480, 200)
    expected = {
        (c, w) for c, series in enumerate(WEEKLY) for w, value in enumerate(series) if value
    }
    assert len(chart.regions) == len(expected)
    for region in chart.regions:
        matches = [(c, w) for c, w in expected if s.weekly.filters[c][w] == region.filter]
        assert len(matches) == 1
        c, w = matches[0]
        week = s.weekly.weeks[w].isocalendar().week
        title = s.weekly.categories[c].title("sv")
        assert region.label == f"Vecka {week}, {title}: {WEEKLY[c][w]}"
    # Heights are proportional to the values: one point per incident at the same scale.
    scale = {round(r.height / int(r.label.rsplit(" ", 1)[1]), 6) for r in chart.regions}
    assert len(scale) == 1


def test_a_click_in_a_segment_finds_its_region() -> None:
    chart = weekly_chart(situation(), "en", 480, 200)
    region = chart.regions[0]
    found = chart.region_at(region.x + region.width / 2, region.y + region.height / 2)
    assert found == region
    assert chart.region_at(1, 1) is None


def test_district_regions_carry_the_district_filters_and_counts() -> None:
    s = situation()
    chart = district_chart(s, "en", 480, 120)
    assert [r.filter for r in chart.regions] == [
        line.change.current.filter for line in s.by_district
    ]
    for region, line in zip(chart.regions, s.by_district, strict=True):
        assert region.filter.districts == (line.key,)
        assert region.label.startswith(f"{line.key}: {line.change.current.value} ")
    widths = [
        r.width / line.change.current.value
        for r, line in zip(chart.regions, s.by_district, strict=True)
    ]
    assert max(widths) - min(widths) < 1e-6


def test_charts_render_to_valid_svg_with_the_words_in_it() -> None:
    s = situation()
    for chart in (weekly_chart(s, "sv", 480, 200), district_chart(s, "sv", 480, 120)):
        svg = renderSVG.drawToString(chart.drawing)
        root = ElementTree.fromstring(svg.encode("utf-8") if isinstance(svg, str) else svg)
        assert root.tag.endswith("svg")
    weekly_svg = renderSVG.drawToString(weekly_chart(s, "sv", 480, 200).drawing)
    assert "Skadegörelse / klotter" in weekly_svg


def test_an_empty_period_draws_without_regions() -> None:
    from dataclasses import replace

    s = situation()
    empty = replace(
        s,
        weekly=replace(s.weekly, values=tuple(tuple(0 for _ in row) for row in s.weekly.values)),
    )
    assert weekly_chart(empty, "sv", 300, 150).regions == ()


def test_axis_ticks_are_written_as_the_labels_are() -> None:
    from app.briefing.charts import tick_text

    assert tick_text(1250.0, "sv") == "1\u00a0250"
    assert tick_text(1250.0, "en") == "1,250"
    assert tick_text(2.5, "sv") == "2,5" and tick_text(2.5, "en") == "2.5"
    assert tick_text(0.0, "sv") == "0"


def _strings(drawing: object) -> list[str]:
    from reportlab.graphics.shapes import Group, String

    found: list[str] = []
    for item in getattr(drawing, "contents", []):
        if isinstance(item, String):
            found.append(item.text)
        elif isinstance(item, Group):
            found += _strings(item)
    return found


def test_a_big_district_chart_has_grouped_ticks() -> None:
    from dataclasses import replace

    from app.services.situation_types import Change, Count

    s = situation()
    big = tuple(
        replace(line, change=Change(Count(1040 + 100 * i, line.change.current.filter), 900, 20))
        for i, line in enumerate(s.by_district)
    )
    texts = _strings(district_chart(replace(s, by_district=big), "sv", 480, 120).drawing)
    assert "1\u00a0040" in texts  # a bar's label
    assert "1\u00a0000" in texts  # an axis tick, written the same way
    assert not any(t.isdigit() and len(t) > 3 for t in texts)


def test_a_long_category_name_is_cut_short_in_the_legend_and_whole_in_the_labels() -> None:
    from dataclasses import replace

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.briefing.charts import FONT_SIZE
    from app.briefing.styles import styles

    s = situation()
    long_name = "Informationssäkerhet / personuppgiftsincident med lång beskrivning"
    first = replace(s.weekly.categories[0], title_sv=long_name)
    weekly = replace(s.weekly, categories=(first, *s.weekly.categories[1:]))
    chart = weekly_chart(replace(s, weekly=weekly), "sv", 300, 200)
    texts = _strings(chart.drawing)
    assert long_name not in texts
    cut = [t for t in texts if t.endswith("\u2026")]  # the other long names too, so narrow
    assert any(long_name.startswith(t[:-1]) for t in cut)
    assert all(stringWidth(t, styles().regular, FONT_SIZE) < 300 * 0.34 for t in cut)
    assert any(long_name in region.label for region in chart.regions)
