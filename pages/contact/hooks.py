"""Admin registration of the contact snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ClosureDay, ContactChannel, OrganisationDetails


class ContactChannelViewSet(SnippetViewSet):
    model = ContactChannel
    icon = "mail"
    list_display = ["name", "kind", "response_time"]
    list_filter = ["kind"]


class ClosureDayViewSet(SnippetViewSet):
    """The organisation's own closure days: answer dates and "open now" skip them."""

    model = ClosureDay
    icon = "date"
    list_display = ["date", "closed_from", "label"]
    ordering = ["date"]


register_snippet(OrganisationDetails)
register_snippet(ClosureDayViewSet)
register_snippet(ContactChannelViewSet)
