"""``{% error_title_prefix form %}`` starts a page's ``<title>`` with
"Error:" when a form on it has errors: the title is the first thing a
screen reader announces after the page reloads."""

from django import template
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def error_title_prefix(*forms):
    if any(getattr(form, "errors", None) for form in forms):
        return gettext("Error:") + " "
    return ""
