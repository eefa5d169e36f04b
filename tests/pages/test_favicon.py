"""The browser tab and a phone's home screen show the site's icon: every page names icon
files that exist, so browsers need not ask for /favicon.ico (a 404 page on every visit)."""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

from tests import factories

ICON_LINK = re.compile(r'<link rel="(icon|apple-touch-icon)" href="([^"]+)"([^>]*)>')


def icon_files(html):
    icons = {}
    for rel, href, rest in ICON_LINK.findall(html):
        assert href.startswith(settings.STATIC_URL), href
        path = finders.find(href.removeprefix(settings.STATIC_URL))
        assert path, f"{href} is not a static file"
        icons[(rel, re.sub(r"\s+", " ", rest).strip())] = Path(path).read_bytes()
    return icons


def test_every_page_names_an_svg_icon_an_ico_fallback_and_a_home_screen_icon(client, db):
    home = factories.make_site()
    information_page = factories.make_page(factories.make_topic(home))
    for page in (home, information_page):
        icons = icon_files(client.get(page.url).content.decode())
        assert icons[("icon", 'type="image/svg+xml"')].lstrip().startswith(b"<svg")
        assert icons[("icon", 'sizes="32x32"')][:4] == b"\x00\x00\x01\x00"  # an ICO file
        assert icons[("apple-touch-icon", "")][:8] == b"\x89PNG\r\n\x1a\n"
