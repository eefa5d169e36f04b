"""The accessibility app's settings, read through one accessor
(``pages.conf.AppSettings``)::

    BALISE_ACCESSIBILITY = {
        "RUNNER": {
            "CLASS": "accessibility.runners.chromium.ChromiumRunner",
            "OPTIONS": {"timeout": 30},
        },
        # publishing a page audits it in the background (axe and the content
        # rules; ``accessibility.publishing``): False turns it off, for a site
        # without a task worker or a test suite that publishes many pages
        "AUDIT_ON_PUBLISH": True,
    }

The runner is chosen like wagtail-localize's machine translators: a dotted
class, subclass of ``accessibility.runners.base.AccessibilityRunner``, and
the keyword arguments it is built with.
"""

from django.utils.module_loading import import_string

from pages.conf import AppSettings

DEFAULT_RUNNER = "accessibility.runners.chromium.ChromiumRunner"

app_settings = AppSettings("BALISE_ACCESSIBILITY", {
    "RUNNER": {"CLASS": DEFAULT_RUNNER, "OPTIONS": {}},
    "AUDIT_ON_PUBLISH": True,
})


def runner_setting():
    """The RUNNER setting with its parts filled in."""
    runner = app_settings.RUNNER or {}
    return {"CLASS": runner.get("CLASS") or DEFAULT_RUNNER,
            "OPTIONS": runner.get("OPTIONS") or {}}


def runner_class():
    return import_string(runner_setting()["CLASS"])


def get_runner(**options):
    """A new runner of the configured class, with the configured options
    (``options`` given here win: the audit passes its per-page timeout)."""
    setting = runner_setting()
    return runner_class()(**{**setting["OPTIONS"], **options})
