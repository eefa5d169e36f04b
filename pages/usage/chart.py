"""Page views per day, one line per language, drawn on the server as SVG
on the reports' shared frame (``pages.reports.svg_frame``).

Lines differ by colour and by dash pattern, and the legend names each, so
the chart does not rely on colour alone; screen readers get it as one image
with a title and a description, and the page shows the same figures in a
table. Every text is escaped here. Pure: no Django."""

from html import escape

from ..reports.svg_frame import chart_start, grid, nice_maximum

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 16, 16, 56
GRID_COLOUR = "#d0d0d0"
TEXT_COLOUR = "#333333"
# (colour, dash pattern) per line: contrast of at least 3:1 on white
STYLES = [("#1f4e79", ""), ("#a33a00", "6 3"), ("#2d6a2d", "2 3"), ("#6b2d83", "10 3 2 3"),
          ("#444444", "1 2")]


def views_chart(series, day_labels, title, description, chart_id="usage-trend"):
    """``series``: [(language name, [views per day])]; ``day_labels``: one per day."""
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM
    base = TOP + plot_height
    top = nice_maximum(max((value for _name, values in series for value in values), default=0))
    days = max(1, len(day_labels))
    step = plot_width / max(1, days - 1)

    def x(index):
        return LEFT + (step * index if days > 1 else plot_width / 2)

    parts = chart_start(width=WIDTH, height=HEIGHT, title=title, description=description,
                        chart_id=chart_id, css_class="balise-usage-chart")
    parts += grid(left=LEFT, base=base, plot_width=plot_width, plot_height=plot_height,
                  top=top, line_colour=GRID_COLOUR, text_colour=TEXT_COLOUR)
    label_every = max(1, days // 7)
    for index, label in enumerate(day_labels):
        if index % label_every == 0:
            parts.append(f'<text x="{x(index):.1f}" y="{base + 14}" text-anchor="middle" '
                         f'font-size="10" fill="{TEXT_COLOUR}">{escape(str(label))}</text>')
    for number, (name, values) in enumerate(series):
        colour, dash = STYLES[number % len(STYLES)]
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        points = " ".join(f"{x(index):.1f},{base - plot_height * value / top:.1f}"
                          for index, value in enumerate(values))
        if len(values) == 1:
            cx, cy = points.split(",")
            parts.append(f'<circle cx="{cx}" cy="{cy}" r="3" fill="{colour}"/>')
        elif values:
            parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" '
                         f'stroke-width="2"{dashes}/>')
        legend_x = LEFT + number * 150
        legend_y = HEIGHT - 10
        parts.append(f'<line x1="{legend_x}" y1="{legend_y - 4}" x2="{legend_x + 24}" '
                     f'y2="{legend_y - 4}" stroke="{colour}" stroke-width="2"{dashes}/>')
        parts.append(f'<text x="{legend_x + 28}" y="{legend_y}" font-size="11" '
                     f'fill="{TEXT_COLOUR}">{escape(str(name))}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
