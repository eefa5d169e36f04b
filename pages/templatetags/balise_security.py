"""``{% public_form_token page %}``: the hidden field that replaces
``{% csrf_token %}`` in the citizens' forms (``pages.security.public_forms``)."""

from django import template
from django.utils.html import format_html

from ..security.public_forms import FIELD, make_token

register = template.Library()


@register.simple_tag(takes_context=True)
def public_form_token(context, action=None):
    """``action``: where the form is sent, a page or a URL; by default the
    address of the page being shown."""
    request = context.get("request")
    if hasattr(action, "get_url"):
        action = action.get_url(request=request)
    if not action:
        action = request.path if request is not None else "/"
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, make_token(action))
