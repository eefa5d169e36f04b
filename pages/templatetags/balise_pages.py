from django import template
from wagtail.models import Page

from .. import navigation
from ..feedback.views import feedback_context

register = template.Library()


def _page(value):
    """Templates of non-page views (search, errors) pass no page, or an empty
    string for an unknown variable."""
    return value if isinstance(value, Page) else None


@register.simple_tag(takes_context=True)
def locale_home(context, page=None):
    return navigation.locale_home(context["request"], _page(page))


@register.inclusion_tag("balise_pages/includes/main_menu.html", takes_context=True)
def main_menu(context, page=None):
    request, page = context["request"], _page(page)
    return {
        "menu": navigation.menu_pages(request, page),
        "current": page,
        "request": request,
    }


@register.inclusion_tag("balise_pages/includes/breadcrumb.html", takes_context=True)
def breadcrumb(context, page=None):
    request, page = context["request"], _page(page)
    return {"ancestors": navigation.breadcrumb(request, page), "page": page, "request": request}


@register.simple_tag(takes_context=True)
def organisation(context):
    return navigation.organisation(context["request"])


@register.filter
def hour(value):
    """9:00, 13:30: the way Belgian offices write times in every language."""
    return f"{value.hour}:{value.minute:02d}"


@register.simple_tag
def localized_channel(channel):
    """A contact channel chosen in French, shown in the reader's language."""
    return channel.localized if channel is not None else None


@register.inclusion_tag("balise_pages/includes/feedback.html", takes_context=True)
def feedback_box(context, page):
    """"Did this page help you?": the question, the comment form after an
    answer, or thanks. A view that shows the form again with its errors puts
    its own ``feedback_state`` in the context."""
    request = context.get("request")
    box = {"page": page, "request": request, "csrf_token": context.get("csrf_token")}
    if "feedback_state" in context:
        keys = ("feedback_state", "feedback_form", "feedback_token", "feedback_max_length")
        box.update({key: context.get(key) for key in keys})
    else:
        box.update(feedback_context(request, page))
    return box
