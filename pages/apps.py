from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    # The label is fixed before the first migration: templates, static files
    # and template-tag libraries are all named after it.
    label = "balise_pages"
    verbose_name = _("Pages")
    default_auto_field = "django.db.models.BigAutoField"
