from django.urls import re_path

from . import views

app_name = "balise_locales"

# Any language-like code: the view answers 404 for one the site does not have,
# so the list of languages is read from the settings at request time.
urlpatterns = [
    re_path(r"^(?P<language_code>[a-z]{2,3}(?:-[a-z0-9]{2,8})?)/$", views.switch_language,
            name="switch"),
]
