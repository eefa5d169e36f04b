"""The citizens' forms without a cookie.

Django's CSRF protection needs a ``csrftoken`` cookie, set as soon as a page
renders ``{% csrf_token %}``: every reader of a page with a contact form or
the rights explorer got a cookie without posting anything. The public forms
carry instead a signed, time-limited token naming the address the form is
sent to (``{% public_form_token %}``, in ``balise_security``), and a post
with that token is accepted only if the browser says it comes from this
site (``Origin``, ``Sec-Fetch-Site``: sent by every current browser on a
POST). A post that fails either check saves nothing: the page shows the
form again with every answer kept and says why (``serve_refused_post`` on
the page type), or the designed "send again" page (``CSRF_FAILURE_VIEW``).

Only pages Wagtail serves can use the token; the admin and every other view
keep Django's CSRF protection unchanged. Views already exempted from it
(the feedback box, the status lookup, the survey: each with its own signed
value) get the same-site check too.
"""

import logging
from urllib.parse import urlsplit

from django.core import signing
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page

from .conf import app_settings

logger = logging.getLogger("django.security.csrf")

FIELD = "balise_form_token"
SALT = "balise.public-form"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}

CROSS_SITE = _("Your answers were not sent: the form was sent from another website. "
               "Check your answers below and send the form again from this page.")
TOO_OLD = _("Your answers were not sent: the page was open for a long time. Check them "
            "and send the form again")


def form_path(action):
    """The path a form posts to, from a URL or a path."""
    return urlsplit(str(action)).path or "/"


def make_token(action):
    """A token valid for posts to ``action`` (a URL or a path) only: one salt per form."""
    return signing.dumps(True, salt=f"{SALT}:{form_path(action)}", compress=False)


def token_is_valid(token, path):
    try:
        signing.loads(token, salt=f"{SALT}:{path}",
                      max_age=app_settings.FORM_TOKEN_MAX_AGE)
    except signing.BadSignature:  # tampered, made for another form, or expired
        return False
    return True


def _routed_page(request, callback_args, callback_kwargs):
    path = callback_args[0] if callback_args else callback_kwargs.get("path", "")
    route = Page.route_for_request(request, path)
    if route is None:
        return None, (), {}
    return route


def refused_page_response(request, page, args, kwargs, message):
    """The page's own answer to a refused post (its form with the answers
    kept), or None when its type has none."""
    handler = getattr(page, "serve_refused_post", None)
    if handler is None:
        return None
    # what Wagtail's serve view checks first: a private page asks for its password
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return handler(request, message)


class PublicFormCsrfMiddleware(CsrfViewMiddleware):
    """The cookie-free check for the public forms, placed just before Django's
    ``CsrfViewMiddleware`` in ``MIDDLEWARE``: a post it accepts is marked as
    checked (Django's then lets it through), one it refuses gets its answer
    here, and every other request goes on to Django's check unchanged. It
    reuses Django's origin check and failure view, and has no cookie of its own."""

    def process_request(self, request):
        return None

    def process_response(self, request, response):
        return response

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if request.method not in UNSAFE_METHODS or getattr(request, "csrf_processing_done",
                                                           False):
            return None
        if getattr(callback, "csrf_exempt", False):
            if self._comes_from_elsewhere(request):
                return self._reject(request, "Cross-site post to a public form.")
            return None
        if callback is wagtail_views.serve and FIELD in request.POST:
            return self._check_public_form(request, callback_args, callback_kwargs)
        return None

    def _comes_from_elsewhere(self, request):
        """True when the browser says the post was sent by another site.
        A client that sends neither header (an old browser, a script) is
        judged by the signed token alone."""
        if request.headers.get("Sec-Fetch-Site") == "cross-site":
            return True
        if "Origin" in request.headers:
            return not self._origin_verified(request)
        return False

    def _check_public_form(self, request, callback_args, callback_kwargs):
        if self._comes_from_elsewhere(request):
            reason, message = "Cross-site post to a public form.", CROSS_SITE
        elif not token_is_valid(request.POST.get(FIELD, ""), request.path):
            reason, message = "Public form token missing, changed or expired.", TOO_OLD
        else:
            return self._accept(request)
        page, args, kwargs = _routed_page(request, callback_args, callback_kwargs)
        response = None
        if page is not None:
            response = refused_page_response(request, page, args, kwargs, message)
        if response is None:
            return self._reject(request, reason)  # logs it, then CSRF_FAILURE_VIEW
        logger.warning("Forbidden (%s): %s", reason, request.path,
                       extra={"status_code": 403, "request": request})
        return response
