from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessibilityConfig(AppConfig):
    name = "accessibility"
    # The label is fixed before the first migration: templates, static files
    # and template-tag libraries are all named after it.
    label = "balise_a11y"
    verbose_name = _("Accessibility")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 (registers the system checks)
        from .publishing import signals

        signals.connect()  # publishing a page audits it in the background
