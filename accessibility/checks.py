"""System checks for the accessibility app's settings. Ids are stable:
``balise_a11y.E001`` always means the same mistake."""

from django.core import checks
from django.utils.module_loading import import_string

from .conf import app_settings, runner_setting
from .runners.base import AccessibilityRunner


@checks.register()
def check_runner(app_configs, **kwargs):
    return runner_errors()


def runner_errors():
    errors = []
    runner = app_settings.RUNNER
    if runner is not None and not isinstance(runner, dict):
        return [checks.Error(
            "BALISE_ACCESSIBILITY['RUNNER'] is not a dict.",
            hint="Give {'CLASS': 'dotted.path.Runner', 'OPTIONS': {...}}.",
            id="balise_a11y.E003",
        )]
    dotted = runner_setting()["CLASS"]
    try:
        runner_class = import_string(dotted)
    except ImportError as error:
        errors.append(checks.Error(
            f"The accessibility runner {dotted!r} cannot be imported: {error}",
            hint="Check BALISE_ACCESSIBILITY['RUNNER']['CLASS'] (a dotted path to a class).",
            id="balise_a11y.E001",
        ))
    else:
        if not (isinstance(runner_class, type) and issubclass(runner_class, AccessibilityRunner)):
            errors.append(checks.Error(
                f"The accessibility runner {dotted!r} is not a subclass of "
                "accessibility.runners.base.AccessibilityRunner.",
                hint="Subclass AccessibilityRunner and implement check().",
                id="balise_a11y.E002",
            ))
    if not isinstance(runner_setting()["OPTIONS"], dict):
        errors.append(checks.Error(
            "BALISE_ACCESSIBILITY['RUNNER']['OPTIONS'] is not a dict.",
            id="balise_a11y.E004",
        ))
    errors.extend(app_settings.unknown_name_warnings("accessibility", "balise_a11y.W001"))
    return errors
