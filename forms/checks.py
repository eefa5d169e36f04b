"""System checks for the contact forms. Ids are stable, so a site can
silence one on purpose (``SILENCED_SYSTEM_CHECKS``)."""

from django.core import checks

from .conf import app_settings


@checks.register()
def check_data_protection_officer(app_configs, **kwargs):
    """Every form's privacy notice names the DPO: the demo placeholder would
    send citizens' requests to nobody."""
    officer = app_settings.overrides().get("DATA_PROTECTION_OFFICER")
    if isinstance(officer, dict) and officer.get("email"):
        return []
    return [checks.Warning(
        "BALISE_FORMS['DATA_PROTECTION_OFFICER'] is not set: the privacy notice of every "
        "contact form shows a placeholder address.",
        hint="Set BALISE_FORMS = {'DATA_PROTECTION_OFFICER': {'email': ..., 'name': ...}} "
             "with your organisation's data protection officer.",
        id="balise_forms.W001",
    )]
