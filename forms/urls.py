"""Public URLs of the contact forms, translated (/fr/suivi-demande/, ...):
include them inside ``i18n_patterns``, before Wagtail's own URLs."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import status_lookup, survey

app_name = "balise_forms"

urlpatterns = [
    path(pgettext_lazy("URL path", "request-status/"), status_lookup.status_lookup,
         name="status_lookup"),
    # The one-question survey after an answer (forms.survey); keep <str:token> when translating.
    path(pgettext_lazy("URL path", "survey/<str:token>/"), survey.survey, name="survey"),
]
