"""A small trend chart drawn on the server as SVG: bars for the requests
received each week, a line for the share answered in time.

It needs no JavaScript and no chart library. It is an image to people using
a screen reader (``role="img"`` with a ``<title>`` and a ``<desc>``); the
page puts the same figures in a table next to it, which is the accessible
alternative. Every text is escaped here, so the result is safe to mark safe.
"""

from xml.sax.saxutils import escape

from pages.reports.svg_frame import GRID_FRACTIONS, chart_start, grid, nice_maximum

WIDTH = 640
HEIGHT = 240
LEFT, RIGHT, TOP, BOTTOM = 40, 44, 16, 40
BAR_COLOUR = "#2e5d8a"
LINE_COLOUR = "#b35900"
GRID_COLOUR = "#d0d0d0"
TEXT_COLOUR = "#333333"


def trend_chart(points, title, description, count_label, share_label, chart_id="trend"):
    """The SVG text. ``points``: (label, requests, share in % or None) per week."""
    points = list(points)
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    top_count = nice_maximum(max((count for _label, count, _share in points), default=0))
    slot = plot_width / max(1, len(points))
    bar_width = max(2.0, slot * 0.6)
    base = TOP + plot_height

    def y_count(count):
        return base - plot_height * count / top_count

    def y_share(share):
        return base - plot_height * share / 100

    parts = chart_start(width=WIDTH, height=HEIGHT, title=title, description=description,
                        chart_id=chart_id, css_class="balise-trend-chart")
    parts += grid(left=LEFT, base=base, plot_width=plot_width, plot_height=plot_height,
                  top=top_count, line_colour=GRID_COLOUR, text_colour=BAR_COLOUR)
    for fraction in GRID_FRACTIONS:  # the share's scale, on the right
        y = base - plot_height * fraction
        parts.append(f'<text x="{LEFT + plot_width + 4}" y="{y + 4:.1f}" font-size="11" '
                     f'fill="{LINE_COLOUR}">{round(100 * fraction)}%</text>')
    segments = [[]]  # the share line breaks where a week has no known share
    label_every = max(1, len(points) // 8)
    for index, (label, count, share) in enumerate(points):
        centre = LEFT + slot * index + slot / 2
        top = y_count(count)
        parts.append(f'<rect x="{centre - bar_width / 2:.1f}" y="{top:.1f}" '
                     f'width="{bar_width:.1f}" height="{base - top:.1f}" fill="{BAR_COLOUR}"/>')
        if share is None:
            segments.append([])
        else:
            segments[-1].append(f"{centre:.1f},{y_share(share):.1f}")
        if index % label_every == 0:
            parts.append(f'<text x="{centre:.1f}" y="{base + 14}" text-anchor="middle" '
                         f'font-size="10" fill="{TEXT_COLOUR}">{escape(str(label))}</text>')
    for segment in segments:
        if len(segment) > 1:
            parts.append(f'<polyline points="{" ".join(segment)}" fill="none" '
                         f'stroke="{LINE_COLOUR}" stroke-width="2"/>')
    for point in (point for segment in segments for point in segment):
        x, y = point.split(",")
        parts.append(f'<circle cx="{x}" cy="{y}" r="3" fill="{LINE_COLOUR}"/>')
    legend_y = HEIGHT - 8
    parts += [
        f'<rect x="{LEFT}" y="{legend_y - 9}" width="10" height="10" fill="{BAR_COLOUR}"/>',
        f'<text x="{LEFT + 14}" y="{legend_y}" font-size="11" fill="{TEXT_COLOUR}">'
        f'{escape(count_label)}</text>',
        f'<line x1="{LEFT + 260}" y1="{legend_y - 4}" x2="{LEFT + 280}" y2="{legend_y - 4}" '
        f'stroke="{LINE_COLOUR}" stroke-width="2"/>',
        f'<text x="{LEFT + 284}" y="{legend_y}" font-size="11" fill="{TEXT_COLOUR}">'
        f'{escape(share_label)}</text>',
        "</svg>",
    ]
    return "\n".join(parts)
