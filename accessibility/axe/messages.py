"""What the editor's checker says about each rule, in the editor's language.

Wagtail shows a rule's ``error_name`` and ``help_text`` from ``axe_messages``
and falls back on axe's English ``help`` and ``description``. Here, in order of
precedence: Balise's own messages (below, gettext, for the rules an editor can
fix in the content), Wagtail's (gettext, for the rules it lists), then axe's own
catalogue for the language when one is kept (``script.axe_locale``).
"""

from django.utils.translation import gettext_lazy as _

from . import script

BALISE_MESSAGES = {
    "image-alt": {
        "error_name": _("Image without a text alternative"),
        "help_text": _("Describe the image in a few words, or mark it as decorative"),
    },
    "role-img-alt": {
        "error_name": _("Image without a text alternative"),
        "help_text": _("Describe the image in a few words, or mark it as decorative"),
    },
    "svg-img-alt": {
        "error_name": _("Image without a text alternative"),
        "help_text": _("Describe the image in a few words, or mark it as decorative"),
    },
    "input-image-alt": {
        "error_name": _("Image button without a text alternative"),
        "help_text": _("Say what the button does"),
    },
    "list": {
        "error_name": _("List that is not built as a list"),
        "help_text": _("Use the list buttons of the editor, not dashes or numbers typed by hand"),
    },
    "listitem": {
        "error_name": _("List that is not built as a list"),
        "help_text": _("Use the list buttons of the editor, not dashes or numbers typed by hand"),
    },
    "th-has-data-cells": {
        "error_name": _("Table header without cells"),
        "help_text": _("Each header cell must head a row or a column of data"),
    },
    "td-headers-attr": {
        "error_name": _("Table cell linked to a missing header"),
        "help_text": _("Give the table a header row or column"),
    },
    "link-in-text-block": {
        "error_name": _("Link that looks like plain text"),
        "help_text": _("Links in a paragraph must be underlined or stand out by more than "
                       "their colour"),
    },
    "valid-lang": {
        "error_name": _("Unknown language code"),
        "help_text": _("Use a language code such as fr, nl, de or en"),
    },
    "color-contrast": {
        "error_name": _("Text hard to read on its background"),
        "help_text": _("Choose colours with more contrast between text and background"),
    },
    "target-size": {
        "error_name": _("Link or button too small to tap"),
        "help_text": _("Make it at least 24 by 24 pixels, or leave more space around it"),
    },
    "frame-title": {
        "error_name": _("Embedded content without a title"),
        "help_text": _("Give the embedded video or map a title that says what it shows"),
    },
    "document-title": {
        "error_name": _("Page without a title"),
        "help_text": _("Give the page a title that says what it is about"),
    },
}


def axe_catalogue_messages(language):
    """Each rule's ``help`` and ``description`` from axe's catalogue for the
    language, in the shape of Wagtail's ``axe_messages``; empty without one."""
    catalogue = script.axe_locale(language) or {}
    return {
        rule: {"error_name": texts["help"], "help_text": texts["description"]}
        for rule, texts in catalogue.get("rules", {}).items()
        if texts.get("help") and texts.get("description")
    }


def editor_messages(language, wagtail_messages):
    return {**axe_catalogue_messages(language), **wagtail_messages, **BALISE_MESSAGES}
