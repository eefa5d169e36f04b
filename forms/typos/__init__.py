"""Suggestions for mistyped e-mail domains ("Did you mean …@gmail.com?").

A suggestion is never a block: the citizen chooses the suggestion or keeps
what they typed. The suggester is a backend chosen in the settings
(``BALISE_FORMS["EMAIL_TYPO_SUGGESTER"]``: a dotted ``CLASS`` and its
``OPTIONS``) against the small base class in ``base``; the default,
``providers.ProviderTypoSuggester``, works offline from an ordered list of
providers. ``loading.get_suggester()`` builds the configured one.

This package module imports nothing, so that the pure modules can be used
without Django's settings.
"""
