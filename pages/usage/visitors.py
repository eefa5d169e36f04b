"""Which requests count: a person reading the public site. Robots (an
obvious user agent, or none), link previews and prefetches, signed-in staff
and previews are left out. The headers are read here to decide, never kept."""

import re

# Words in the user agent of crawlers, monitors, link previews and scripts.
ROBOT = re.compile(
    r"bot|crawl|spider|slurp|archiver|fetch|monitor|uptime|pingdom|checker|validator|"
    r"preview|facebookexternalhit|embedly|whatsapp|skypeuripreview|lighthouse|pagespeed|"
    r"headless|phantomjs|curl|wget|python|httpx|aiohttp|go-http|java/|okhttp|libwww|"
    r"scrapy|node-fetch|axios|postman|insomnia",
    re.IGNORECASE)


def is_robot(request):
    agent = request.headers.get("User-Agent", "")
    return not agent.strip() or bool(ROBOT.search(agent))


def is_prefetch(request):
    """A page fetched ahead by the browser, which the reader may never see."""
    purpose = (request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose", ""))
    return "prefetch" in purpose.lower() or "prerender" in purpose.lower()


def is_staff_or_preview(request):
    if getattr(request, "is_preview", False):
        return True
    user = getattr(request, "user", None)  # absent when a cached copy answered early
    return user is not None and user.is_authenticated


def is_person(request):
    """A GET or a POST from a person who is not signed in (whether the
    answer counts is decided apart: only a 200 page)."""
    return (request.method in ("GET", "POST") and not is_robot(request)
            and not is_prefetch(request) and not is_staff_or_preview(request))
