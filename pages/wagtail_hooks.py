from wagtail.snippets.models import register_snippet

from .models import OrganisationDetails

register_snippet(OrganisationDetails)
