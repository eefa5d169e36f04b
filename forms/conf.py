"""Settings of the contact forms, with their defaults (see ``pages.conf``).

A site overrides a value with, for example::

    BALISE_FORMS = {"EMAIL_TYPO_SUGGESTER": {"CLASS": "forms.typos.base.NoSuggestions"}}
"""

from pages.conf import AppSettings

app_settings = AppSettings("BALISE_FORMS", {
    # "Did you mean …@gmail.com?": a dotted class (a forms.typos.base.TypoSuggester)
    # and the keyword arguments it takes. The default works offline from an
    # ordered list of providers, Belgian ones first; OPTIONS {"domains": [...]}
    # replaces that list (keep it ordered: the order breaks ties).
    "EMAIL_TYPO_SUGGESTER": {
        "CLASS": "forms.typos.providers.ProviderTypoSuggester",
        "OPTIONS": {},
    },
    # Requests one client may send per hour, across all contact forms (no IP
    # address is stored: pages.throttle). A public computer or a reception
    # desk helping many people needs room: keep it generous.
    "SUBMISSIONS_PER_HOUR": 20,
})
