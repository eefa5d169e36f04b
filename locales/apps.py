from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocalesConfig(AppConfig):
    name = "locales"
    # The label is fixed before the first migration: templates, static files
    # and template-tag libraries are all named after it.
    label = "balise_locales"
    verbose_name = _("Languages")
    default_auto_field = "django.db.models.BigAutoField"
