"""Admin-side tags of the plain-language panel (kept apart from the public
tags so the public templates never load admin code)."""

from django import template
from wagtail.models import Page

from ..plain_language.editor import RESULTS_TEMPLATE, check_url_for, results_context

register = template.Library()


@register.inclusion_tag("balise_pages/admin/plain_language_panel.html", takes_context=True)
def plain_language_panel(context, page=None):
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return {"enabled": False}
    return {
        "enabled": True,
        "check_url": check_url_for(request, page),
        "results_template": RESULTS_TEMPLATE,
        **results_context(page),
    }
