"""The runner is chosen in settings (a dotted class and its options), and
``manage.py check`` says so when the choice cannot work."""

import pytest
from django.core import checks

from accessibility.checks import runner_errors
from accessibility.conf import get_runner
from accessibility.runners.base import AccessibilityRunner
from accessibility.runners.chromium import ChromiumRunner


class RecordingRunner(AccessibilityRunner):
    """Checks nothing; says what it was asked."""

    def check(self, url, *, include=None):
        return {"url": url, "violations": [], "incomplete": [],
                "testEngine": {"name": "axe-core", "version": "0"}}


class NotARunner:
    pass


def ids(errors):
    return [error.id for error in errors]


def test_by_default_the_audit_runs_in_chromium():
    runner = get_runner()
    assert isinstance(runner, ChromiumRunner)
    assert runner.options["driver"] == "/usr/bin/chromedriver"
    assert runner_errors() == []


def test_a_site_chooses_its_runner_and_options_and_the_audit_adds_its_own(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": {
        "CLASS": f"{__name__}.RecordingRunner", "OPTIONS": {"timeout": 5, "colour": "blue"}}}
    runner = get_runner(timeout=9)
    assert isinstance(runner, RecordingRunner)
    assert runner.options == {"timeout": 9, "colour": "blue"}
    with runner as opened:
        assert opened.check("http://example.org/")["url"] == "http://example.org/"
    assert runner_errors() == []


def test_chromium_options_from_settings_override_its_defaults(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": {
        "CLASS": "accessibility.runners.chromium.ChromiumRunner",
        "OPTIONS": {"timeout": 12, "axe_locale": "fr"}}}
    runner = get_runner()
    assert runner.options["timeout"] == 12 and runner.options["axe_locale"] == "fr"
    assert runner.options["binary"] == "/usr/bin/chromium"


def test_a_class_that_cannot_be_imported_is_reported(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": {"CLASS": "accessibility.runners.firefox.Nope"}}
    errors = runner_errors()
    assert ids(errors) == ["balise_a11y.E001"]
    assert "accessibility.runners.firefox.Nope" in errors[0].msg
    assert errors[0].level == checks.ERROR


def test_a_class_that_is_not_a_runner_is_reported(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": {"CLASS": f"{__name__}.NotARunner"}}
    assert ids(runner_errors()) == ["balise_a11y.E002"]


def test_a_runner_setting_that_is_not_a_dict_is_reported(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": "accessibility.runners.chromium.ChromiumRunner"}
    assert ids(runner_errors()) == ["balise_a11y.E003"]


def test_options_that_are_not_a_dict_are_reported(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": {"OPTIONS": ["timeout", 5]}}
    assert ids(runner_errors()) == ["balise_a11y.E004"]


def test_a_misspelt_setting_is_reported(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNER": {}}
    assert ids(runner_errors()) == ["balise_a11y.W001"]


def test_the_check_runs_with_manage_py_check(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": {"CLASS": f"{__name__}.NotARunner"}}
    assert "balise_a11y.E002" in ids(checks.run_checks())


def test_the_base_runner_must_be_given_a_check():
    with pytest.raises(NotImplementedError):
        AccessibilityRunner().check("http://example.org/")
