"""What every server-side SVG chart of the reports shares: the image's
accessible name and description, the horizontal grid with its scale, and a
round top for the scale. Each chart (requests per week in the forms app,
audit findings per run in the accessibility app) draws its own marks on it.

Screen readers get a chart as one image (``role="img"``, ``<title>`` and
``<desc>``); the page shows the same figures in a table. Every text is
escaped here. Pure: no Django.
"""

from html import escape

GRID_FRACTIONS = (0, 0.25, 0.5, 0.75, 1)


def nice_maximum(value):
    """A top for the scale with four round steps (at least 4)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if value <= step * 4:
            return step * 4
    return 20000 * -(-value // 20000)


def attribute(value):
    return escape(str(value), quote=True)


def chart_start(*, width, height, title, description, chart_id, css_class):
    """The opening ``<svg>`` with its title and description (to be closed
    with ``</svg>``)."""
    title_id, desc_id = attribute(f"{chart_id}-title"), attribute(f"{chart_id}-desc")
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" style="max-width:100%;height:auto" '
        f'aria-labelledby="{title_id} {desc_id}" class="{attribute(css_class)}">',
        f'<title id="{title_id}">{escape(str(title))}</title>',
        f'<desc id="{desc_id}">{escape(str(description))}</desc>',
    ]


def grid(*, left, base, plot_width, plot_height, top, line_colour, text_colour):
    """Five horizontal lines from 0 to ``top``, each with its value on the left."""
    parts = []
    for fraction in GRID_FRACTIONS:
        y = base - plot_height * fraction
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_width}" y2="{y:.1f}" '
                     f'stroke="{line_colour}" stroke-width="1"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
                     f'fill="{text_colour}">{round(top * fraction)}</text>')
    return parts
