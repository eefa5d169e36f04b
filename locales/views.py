from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page, Site

from .languages import BY_CODE


def _locale_home(request, language_code):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    root = site.root_page
    home = (
        Page.objects.live()
        .filter(translation_key=root.translation_key, locale__language_code=language_code)
        .first()
    )
    return home or root


def switch_language(request, language_code):
    """Send the reader to the same page in another language, or to that
    language's home with a message when the page is not translated yet."""
    if language_code not in BY_CODE:
        raise Http404
    page_id = request.GET.get("page", "")
    source = Page.objects.filter(pk=int(page_id)).first() if page_id.isdigit() else None
    if source is not None:
        target = (
            Page.objects.live()
            .filter(translation_key=source.translation_key, locale__language_code=language_code)
            .first()
        )
        if target is not None:
            return redirect(target.get_url(request=request))
    home = _locale_home(request, language_code)
    if source is not None:
        with translation.override(language_code):
            messages.info(
                request,
                gettext(
                    "The page you were reading is not available in this language yet. "
                    "Here is the home page in %(language)s."
                )
                % {"language": BY_CODE[language_code].native_name},
            )
    if not Locale.objects.filter(language_code=language_code).exists():
        raise Http404
    return redirect(home.get_url(request=request))
