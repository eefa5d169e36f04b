from django.urls import re_path

from . import views
from .languages import LANGUAGES

app_name = "balise_locales"

_codes = "|".join(language.code for language in LANGUAGES)

urlpatterns = [
    re_path(rf"^(?P<language_code>{_codes})/$", views.switch_language, name="switch"),
]
