"""Settings of the contact forms, with their defaults (see ``pages.conf``).

A site overrides a value with, for example::

    BALISE_FORMS = {"EMAIL_TYPO_SUGGESTER": {"CLASS": "forms.typos.base.NoSuggestions"}}
"""

from django.utils.translation import gettext_lazy as _

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
    # Status lookups (forms.status_lookup): wrong pairs allowed per hour, per
    # client (generous: a public computer serves many people) and per
    # reference (tight: nobody can guess the e-mail or phone of a reference).
    "STATUS_LOOKUP_WRONG_TRIES_PER_CLIENT": 30,
    "STATUS_LOOKUP_WRONG_TRIES_PER_REFERENCE": 5,
    # Where attached documents are kept (forms.private_storage): outside the
    # public media. Empty: <BALISE_VAR_DIR>/private/documents.
    "DOCUMENTS_ROOT": "",
    # Named in the privacy notice of every form (GDPR art. 13(1)(b)): who
    # citizens write to to see, correct or delete their data. The demo value
    # is a placeholder: a site sets its own (check balise_forms.W001); an
    # empty name reads "our data protection officer" in the reader's language.
    "DATA_PROTECTION_OFFICER": {
        "name": _("our data protection officer"),
        "email": "dpo@example.org",
    },
})
