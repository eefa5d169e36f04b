"""The parts every Balise app builds on: the settings accessor, the system
checks and the public form renderer."""

import pytest
from django import forms as django_forms
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.utils import translation

from pages import checks
from pages.conf import REQUIRED, AppSettings, app_settings


def test_an_app_setting_has_its_default_until_the_site_overrides_it():
    assert app_settings.SEARCH_RESULTS_PER_PAGE == 10
    with override_settings(BALISE_PAGES={"SEARCH_RESULTS_PER_PAGE": 25}):
        assert app_settings.SEARCH_RESULTS_PER_PAGE == 25
    with pytest.raises(AttributeError, match="BALISE_PAGES has no setting 'NOPE'"):
        getattr(app_settings, "NOPE")  # noqa: B009


def test_a_required_setting_names_what_to_add():
    accessor = AppSettings("BALISE_EXAMPLE", {"API_KEY": REQUIRED})
    with pytest.raises(ImproperlyConfigured, match=r"Add BALISE_EXAMPLE = \{'API_KEY'"):
        getattr(accessor, "API_KEY")  # noqa: B009


def ids(messages):
    return [message.id for message in messages]


def test_the_reference_site_passes_every_check():
    assert checks.check_languages(None) == [] and checks.check_apps(None) == []


def test_locale_middleware_missing_or_misplaced_is_reported(settings):
    middleware = list(settings.MIDDLEWARE)
    without = [m for m in middleware if m != checks.LOCALE_MIDDLEWARE]
    with override_settings(MIDDLEWARE=without):
        assert ids(checks.check_languages(None)) == ["balise_pages.E001"]
    with override_settings(MIDDLEWARE=[checks.LOCALE_MIDDLEWARE, *without]):
        assert ids(checks.check_languages(None)) == ["balise_pages.E002"]


def test_app_order_locales_admin_renderer_and_typos_are_reported(settings):
    apps = [app for app in settings.INSTALLED_APPS if app != "pages"]
    apps.insert(apps.index("wagtail.admin") + 1, "pages")
    assert ids(checks.installed_app_errors(apps)) == ["balise_pages.E007"]
    swapped = [app if app != "wagtail_localize.locales" else "wagtail.locales"
               for app in settings.INSTALLED_APPS]
    assert ids(checks.installed_app_errors(swapped)) == ["balise_pages.E005"]
    with override_settings(FORM_RENDERER="django.forms.renderers.DjangoTemplates",
                           BALISE_PAGES={"SEARCH_RESULT_PER_PAGE": 3}):
        assert ids(checks.check_apps(None)) == ["balise_pages.W001", "balise_pages.W002"]
    with override_settings(WAGTAIL_I18N_ENABLED=False, LANGUAGE_CODE="es"):
        assert ids(checks.check_languages(None)) == ["balise_pages.E003", "balise_pages.E004"]


class QuestionForm(django_forms.Form):
    email = django_forms.EmailField(label="E-mail")
    comment = django_forms.CharField(label="Comment", required=False,
                                     help_text="No <b>names</b>, please.")


def test_a_form_with_errors_starts_with_a_summary_linking_to_each_field():
    form = QuestionForm({"email": "not-an-address", "comment": ""})
    with translation.override("nl"):
        html = str(form)
    summary, fields = html.split("</div>", 1)
    assert 'class="error-summary" role="alert"' in summary and "Er is een probleem" in summary
    assert '<a href="#id_email">' in summary
    assert 'id="id_email_error"' in fields and 'aria-describedby="id_email_error"' in fields
    assert 'aria-invalid="true"' in fields
    assert "Fout:" in fields, "the error is announced as an error"


def test_fields_say_optional_keep_hints_escaped_and_leave_validation_to_the_server():
    with translation.override("en"):
        html = str(QuestionForm())
    assert "error-summary" not in html
    assert "(optional)" in html and "*" not in html
    assert 'aria-describedby="id_comment_helptext"' in html
    assert "No &lt;b&gt;names&lt;/b&gt;, please." in html, "help text is never marked safe"
    assert " required" not in html, "the browser's own messages would not be translated"
