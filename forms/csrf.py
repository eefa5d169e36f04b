"""A contact form sent with a missing or expired security token.

The contact forms of the reference site carry the cookie-free form token of
``pages.security.public_forms`` (its middleware lets such a post skip
Django's check and makes its own, with the same answer as below). A contact
form posted without that token still goes through Django's CSRF protection
(no ``csrf_exempt``), and a failure on a contact form page is not Django's
403 page: the form comes back with every answer kept, a fresh token and a message
in the error summary saying to send it again. Nothing is saved from such a
post. A citizen who paused for an hour, or whose cookies were cleared, loses
nothing; a forged cross-site post saves nothing.

Wagtail serves every page through one view, so a page cannot be exempted on
its own; the hook is ``CSRF_FAILURE_VIEW``. A site uses ``csrf_failure``
below, or calls ``contact_form_csrf_failure`` first from its own failure view
(it returns None for anything that is not a contact form).
"""

from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.translation import gettext_lazy as _
from django.views.csrf import csrf_failure as django_csrf_failure
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Page

from .models import ContactFormPage

SEND_AGAIN = _("Your answers were not sent: the page was open for a long time. Check them "
               "and send the form again")


def _routed_page(request):
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.func is not wagtail_views.serve:
        return None
    path = match.args[0] if match.args else match.kwargs.get("path", "")
    return Page.route_for_request(request, path)


def contact_form_csrf_failure(request):
    """The contact form again with the answers, or None when the failed
    post was not for a contact form page."""
    if request.method != "POST":
        return None
    route = _routed_page(request)
    if route is None or not isinstance(route[0], ContactFormPage):
        return None
    page, args, kwargs = route
    # What Wagtail's serve view checks first: a private page asks for its password.
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return page.serve_post(request, send_again=SEND_AGAIN)


def csrf_failure(request, reason=""):
    """A ``CSRF_FAILURE_VIEW`` for sites without their own."""
    response = contact_form_csrf_failure(request)
    if response is None:
        return django_csrf_failure(request, reason)
    return response
