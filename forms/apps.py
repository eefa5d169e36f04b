from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    name = "forms"
    # The label is fixed before the first migration: templates, static files
    # and template-tag libraries are all named after it.
    label = "balise_forms"
    verbose_name = _("Contact forms")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 (registers the system checks)
