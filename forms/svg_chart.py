"""A small trend chart drawn on the server as SVG: bars for the requests
received each week, a line for the share answered in time.

It needs no JavaScript and no chart library. It is an image to people using
a screen reader (``role="img"`` with a ``<title>`` and a ``<desc>``); the
page puts the same figures in a table next to it, which is the accessible
alternative. Every text is escaped here, so the result is safe to mark safe.
"""

from xml.sax.saxutils import escape

WIDTH = 640
HEIGHT = 240
LEFT, RIGHT, TOP, BOTTOM = 40, 44, 16, 40
BAR_COLOUR = "#2e5d8a"
LINE_COLOUR = "#b35900"
GRID_COLOUR = "#d0d0d0"
TEXT_COLOUR = "#333333"


def _nice_maximum(value):
    """A top for the requests axis with four round steps (at least 4)."""
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        step = candidate
        if value <= step * 4:
            return step * 4
    return step * 4 * -(-value // (step * 4))


def trend_chart(points, title, description, count_label, share_label, chart_id="trend"):
    """The SVG text. ``points``: (label, requests, share in % or None) per week."""
    points = list(points)
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    top_count = _nice_maximum(max((count for _label, count, _share in points), default=0))
    slot = plot_width / max(1, len(points))
    bar_width = max(2.0, slot * 0.6)
    base = TOP + plot_height

    def y_count(count):
        return base - plot_height * count / top_count

    def y_share(share):
        return base - plot_height * share / 100

    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" style="max-width:100%;height:auto" '
        f'aria-labelledby="{title_id} {desc_id}" class="balise-trend-chart">',
        f'<title id="{title_id}">{escape(title)}</title>',
        f'<desc id="{desc_id}">{escape(description)}</desc>',
    ]
    for fraction in (0, 0.25, 0.5, 0.75, 1):
        y = base - plot_height * fraction
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + plot_width}" y2="{y:.1f}" '
                     f'stroke="{GRID_COLOUR}" stroke-width="1"/>')
        parts.append(f'<text x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
                     f'fill="{BAR_COLOUR}">{round(top_count * fraction)}</text>')
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
