"""The language switcher's landing view."""

import re

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, Site

from .languages import is_site_language, native_name
from .local_urls import local_url

# ASCII digits only (str.isdigit() also accepts "²" and "٣"), and few enough
# to fit the database's integer.
PAGE_ID = re.compile(r"[0-9]{1,18}")


def _requested_page(request):
    value = request.GET.get("page", "")
    if not PAGE_ID.fullmatch(value):
        return None
    return Page.objects.live().filter(pk=int(value)).first()


def _readable_url(request, site, page):
    """The local URL of ``page`` when it is a page of this site that the
    reader may open; None for another site's page, the tree root or a page
    behind a password, login or group they have not passed."""
    if page is None:
        return None
    url_parts = page.get_url_parts(request=request)
    if url_parts is None or url_parts[0] != site.pk:
        return None
    if any(not restriction.accept_request(request)
           for restriction in page.get_view_restrictions()):
        return None
    return local_url(page.get_url(request=request), request)


def _translation(page, language_code):
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=language_code)
        .first()
    )


def switch_language(request, language_code):
    """Send the reader to the same page in another language, or to that
    language's home with a message when the page is not translated yet.

    The page id comes from a query string anyone can write: whatever it is,
    the answer is a redirect to a path on this site, or a 404."""
    site = Site.find_for_request(request)
    if not is_site_language(language_code) or site is None:
        raise Http404
    source = _requested_page(request)
    if _readable_url(request, site, source) is None:
        source = None
    if source is not None:
        target_url = _readable_url(request, site, _translation(source, language_code))
        if target_url is not None:
            return redirect(target_url)
    home = _translation(site.root_page, language_code)
    if home is None:
        # No home in that language yet: the site's own home, without a
        # message that would name a language it does not show.
        home, source = site.root_page, None
    home_url = _readable_url(request, site, home)
    if home_url is None:
        raise Http404
    if source is not None:
        with translation.override(language_code):
            messages.info(
                request,
                gettext(
                    "The page you were reading is not available in this language yet. "
                    "Here is the home page in %(language)s."
                )
                % {"language": native_name(language_code)},
            )
    return redirect(home_url)
