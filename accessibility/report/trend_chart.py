"""The findings of the last full audits as a stacked bar chart, drawn on
the server as SVG: one bar per run, one band per impact, most serious at
the bottom so that its trend reads against a flat base line.

No JavaScript and no chart library. Screen readers get it as one image
(``role="img"`` with a ``<title>`` and a ``<desc>``); the page puts the same
figures in a table beside it, the accessible alternative. Every text is
escaped here, so the result is safe to mark safe. Pure: no Django.
"""

from html import escape

from pages.reports.svg_frame import chart_start, grid, nice_maximum

WIDTH = 640
HEIGHT = 260
LEFT, RIGHT, TOP, BOTTOM = 44, 16, 16, 60
GRID_COLOUR = "#d0d0d0"
TEXT_COLOUR = "#333333"
# most serious first; each at least 3:1 against white (WCAG 1.4.11) and
# told apart by its place in the stack and the legend, not by colour alone
IMPACT_COLOURS = {
    "critical": "#8b1a1a",
    "serious": "#c2410c",
    "moderate": "#1d4ed8",
    "minor": "#4b5563",
}
STACK_ORDER = ("critical", "serious", "moderate", "minor")


def trend_chart(points, *, title, description, impact_labels, chart_id="a11y-trend"):
    """The SVG text. ``points``: (label, {impact: count}) per run, oldest
    first; ``impact_labels``: {impact: label} for the legend."""
    points = list(points)
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    totals = [sum(counts.get(impact, 0) for impact in STACK_ORDER) for _label, counts in points]
    top = nice_maximum(max(totals, default=0))
    slot = plot_width / max(1, len(points))
    bar_width = max(2.0, min(40.0, slot * 0.6))
    base = TOP + plot_height
    parts = chart_start(width=WIDTH, height=HEIGHT, title=title, description=description,
                        chart_id=chart_id, css_class="balise-a11y-trend-chart")
    parts += grid(left=LEFT, base=base, plot_width=plot_width, plot_height=plot_height,
                  top=top, line_colour=GRID_COLOUR, text_colour=TEXT_COLOUR)
    label_every = max(1, -(-len(points) // 8))
    for index, (label, counts) in enumerate(points):
        centre = LEFT + slot * index + slot / 2
        y = base
        for impact in STACK_ORDER:
            count = counts.get(impact, 0)
            if not count:
                continue
            height = plot_height * count / top
            y -= height
            parts.append(f'<rect x="{centre - bar_width / 2:.1f}" y="{y:.1f}" '
                         f'width="{bar_width:.1f}" height="{height:.1f}" '
                         f'fill="{IMPACT_COLOURS[impact]}"/>')
        if index % label_every == 0 or index == len(points) - 1:
            parts.append(f'<text x="{centre:.1f}" y="{base + 14}" text-anchor="middle" '
                         f'font-size="10" fill="{TEXT_COLOUR}">{escape(str(label))}</text>')
    legend_y = HEIGHT - 12
    x = LEFT
    for impact in STACK_ORDER:
        parts.append(f'<rect x="{x}" y="{legend_y - 9}" width="10" height="10" '
                     f'fill="{IMPACT_COLOURS[impact]}"/>')
        parts.append(f'<text x="{x + 14}" y="{legend_y}" font-size="11" fill="{TEXT_COLOUR}">'
                     f'{escape(str(impact_labels.get(impact, impact)))}</text>')
        x += plot_width // len(STACK_ORDER)
    parts.append("</svg>")
    return "\n".join(parts)
