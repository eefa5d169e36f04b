"""The e-mail typo suggester the site chose in its settings."""

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from forms.conf import app_settings

from .base import TypoSuggester

SETTING = 'BALISE_FORMS["EMAIL_TYPO_SUGGESTER"]'


def get_suggester():
    """A new suggester built from the settings (cheap; read each time, so
    ``override_settings`` works in tests)."""
    config = app_settings.EMAIL_TYPO_SUGGESTER
    if not isinstance(config, dict) or "CLASS" not in config:
        raise ImproperlyConfigured(f'{SETTING} must be a dict with a "CLASS" (a dotted path).')
    try:
        suggester_class = import_string(config["CLASS"])
    except ImportError as error:
        raise ImproperlyConfigured(f"{SETTING}: cannot import {config['CLASS']!r}.") from error
    if not (isinstance(suggester_class, type) and issubclass(suggester_class, TypoSuggester)):
        raise ImproperlyConfigured(
            f"{SETTING}: {config['CLASS']!r} is not a forms.typos.base.TypoSuggester."
        )
    try:
        return suggester_class(**(config.get("OPTIONS") or {}))
    except TypeError as error:
        raise ImproperlyConfigured(
            f"{SETTING}: wrong OPTIONS for {config['CLASS']!r}: {error}"
        ) from error
