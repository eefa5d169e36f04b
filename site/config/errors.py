"""The site's error pages (400, 403, CSRF failure, 404, 500).

Django's own handlers render 400 and 500 without the request, so a template
in the site's design (header, language switcher, footer: all read from the
request and the database) cannot be used with them. These views render the
designed pages of ``pages`` (``balise_pages/errors/``) with the request, in
the language LocaleMiddleware activated for it, and fall back to a static
page that needs neither the database nor the template engine when the design
itself fails: a broken error page would hide the error it reports.
"""

import logging
from pathlib import Path

from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.template.loader import render_to_string

from forms.csrf import contact_form_csrf_failure
from locales.not_found import mark_not_found

logger = logging.getLogger(__name__)

FALLBACK_PAGE = Path(__file__).resolve().parent.parent / "templates" / "500.html"
# Read once at start-up: the fallback must not depend on anything that can fail later.
FALLBACK_HTML = FALLBACK_PAGE.read_text(encoding="utf-8")


def error_page(request, template, status):
    """The designed page for ``status``, or the static fallback if rendering fails."""
    try:
        html = render_to_string(f"balise_pages/errors/{template}.html", request=request)
    except Exception:
        logger.exception("The %s page could not be rendered: sent the static fallback", status)
        html = FALLBACK_HTML
    return HttpResponse(html, status=status)


def bad_request(request, exception=None):
    if isinstance(exception, DisallowedHost):
        # Every link of the design needs the host, which is the thing refused
        # (Django has logged it under django.security.DisallowedHost).
        return HttpResponse(FALLBACK_HTML, status=400)
    return error_page(request, "400", 400)


def permission_denied(request, exception=None):
    return error_page(request, "403", 403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: Django logs the reason (logger ``django.security.csrf``).
    A contact form comes back with every answer kept; anywhere else the reader
    is told how to send the form again."""
    response = contact_form_csrf_failure(request)
    if response is not None:
        return response
    return error_page(request, "403_csrf", 403)


def page_not_found(request, exception=None):
    mark_not_found(request)  # its language links must not lead to more 404s
    return error_page(request, "404", 404)


def server_error(request):
    return error_page(request, "500", 500)
