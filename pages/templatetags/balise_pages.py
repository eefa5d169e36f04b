from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.models import Page

from .. import links, navigation
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


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer (organisation, opening hours, emergency numbers): the same
    HTML for every reader of a site in one language, so rendered once per
    generation of the cached frame."""
    request = context.get("request")
    if request is None:
        return ""
    def render(org, links):
        return render_to_string("balise_pages/includes/footer_content.html",
                                {"org": org, "footer_links": links})

    return mark_safe(navigation.footer_html(request, render))  # noqa: S308


@register.filter
def hour(value):
    """9:00, 13:30: the way Belgian offices write times in every language."""
    return f"{value.hour}:{value.minute:02d}"


@register.simple_tag(takes_context=True)
def live_translation(context, obj):
    """A page or snippet chosen in French, in the reader's language: a page
    only when it is live and public there (else nothing), a snippet in the
    reader's language or else the source. ``{% live_translation x as y %}``."""
    return links.live_translation(obj, request=context.get("request"))


@register.simple_tag(takes_context=True)
def localized_channel(context, channel):
    """A contact channel chosen in French, shown in the reader's language."""
    return links.live_translation(channel, request=context.get("request"))


@register.simple_tag(takes_context=True)
def channel_promise(context, channel):
    """How fast a channel answers, with the site's promise in working days
    for e-mail, forms and video calls (``ContactChannel.promise``)."""
    request = context.get("request")
    site_settings = navigation.site_settings(request) if request is not None else None
    return channel.promise(site_settings)


@register.inclusion_tag("balise_pages/includes/feedback.html", takes_context=True)
def feedback_box(context, page):
    """"Did this page help you?": the question, the comment form after an
    answer, or thanks. A view that shows the box again (a comment with an
    error, too many answers) puts its own ``feedback_state`` in the context."""
    request = context.get("request")
    box = {"page": page, "request": request, **feedback_context(request, page)}
    for key in ("feedback_state", "feedback_form", "feedback_token"):
        if key in context:
            box[key] = context[key]
    return box
