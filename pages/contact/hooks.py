"""Admin registration of the contact snippets."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactChannel, OrganisationDetails


class ContactChannelViewSet(SnippetViewSet):
    model = ContactChannel
    icon = "mail"
    list_display = ["name", "kind", "response_time"]
    list_filter = ["kind"]


register_snippet(OrganisationDetails)
register_snippet(ContactChannelViewSet)
