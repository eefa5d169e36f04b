"""Public pages load nothing from another origin: no web fonts, analytics,
CDN or embedded player. Reading a page tells no other site about it, so no
consent banner is needed. Links (``<a href>``) to partner sites are fine:
nothing is fetched until the reader follows one."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
APPS = ("pages", "forms", "rights_explorer", "accessibility", "locales")
URL_IN_CSS = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")
LOADING_LINKS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "prefetch",
                 "modulepreload", "preconnect", "dns-prefetch", "manifest", "mask-icon"}


class LoadedResources(HTMLParser):
    """Every address a browser would fetch by itself while showing the page."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.urls = []
        self._in_style = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "img", "iframe", "source", "video", "audio", "track", "embed",
                   "input", "frame"}:
            self.urls.append(attrs.get("src"))
        if tag in {"img", "source"} and attrs.get("srcset"):
            self.urls.extend(part.split()[0] for part in attrs["srcset"].split(",")
                             if part.strip())
        if tag == "video":
            self.urls.append(attrs.get("poster"))
        if tag == "object":
            self.urls.append(attrs.get("data"))
        if tag == "link" and LOADING_LINKS & set((attrs.get("rel") or "").lower().split()):
            self.urls.append(attrs.get("href"))
        if attrs.get("style"):
            self.urls.extend(filter(None, sum(URL_IN_CSS.findall(attrs["style"]), ())))
        self._in_style = tag == "style"

    def handle_data(self, data):
        if self._in_style:
            self.urls.extend(filter(None, sum(URL_IN_CSS.findall(data), ())))

    def handle_endtag(self, tag):
        self._in_style = False


def foreign(urls):
    """Addresses with a host of their own (``https://…``, ``//…``): another origin
    for the test client, which serves the site as ``testserver``."""
    return [url for url in urls if url and urlsplit(url).netloc not in ("", "testserver")
            and not url.startswith("data:")]


def test_no_live_demo_page_loads_anything_from_another_origin(demo_pages, client):
    checked = 0
    for page in demo_pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        resources = LoadedResources(response.content.decode()).urls
        assert foreign(resources) == [], page.url
        checked += len([url for url in resources if url])
    assert checked > len(demo_pages)  # stylesheets, scripts, icons were found


def test_balises_stylesheets_import_nothing_from_another_origin():
    sheets = [path for app in APPS for path in (ROOT / app / "static").rglob("*.css")]
    assert sheets
    for path in sheets:
        found = [url for pair in URL_IN_CSS.findall(path.read_text(encoding="utf-8"))
                 for url in pair if url]
        assert foreign(found) == [], path


def test_the_check_notices_a_web_font_or_an_analytics_script():
    html = ('<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Inter">'
            '<script src="//www.googletagmanager.com/gtag/js"></script>'
            '<a href="https://www.partner.example/">a partner</a>'
            '<img src="/media/x.png" srcset="/media/x.png 1x, https://cdn.example/x.png 2x">')
    assert foreign(LoadedResources(html).urls) == [
        "https://fonts.googleapis.com/css?family=Inter", "//www.googletagmanager.com/gtag/js",
        "https://cdn.example/x.png"]
