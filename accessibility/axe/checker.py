"""The editor's checker (Wagtail's userbar and the page editor's Checks panel)
on Balise's one axe configuration, so that editors, CI and audits apply the
same rules. Swapped in by ``accessibility.wagtail_hooks``.

Wagtail's checker takes ``runOnly`` as tags or as rule ids, never both: it
runs Balise's tags, and the rules Wagtail runs by default are switched on by
name in axe's ``rules`` option, which axe honours next to a tag list. Most of
them carry no WCAG tag (``heading-order`` and ``empty-heading`` are best
practices, ``p-as-heading`` is experimental, ``alt-text-quality`` and
``empty-meta-description`` are Wagtail's own), yet they are what an editor
can fix in the content, so the editor keeps them on top of the shared tags.

The content rules that can run in a browser (link text, headings, alt text,
bold used as a heading) run live too, as axe custom rules built here from
the audit's own definitions (``content_rules.definitions.browser_definitions``):
their selectors, impact, WCAG and EN 301 549 tags and word lists come from
Python, their messages are the rules' titles and hints in the editor's
language. axe takes no check logic from Python: each check's ``evaluate`` is
registered in the preview by ``static/balise_a11y/js/live_checks.js``
through the userbar's ``registerCheck``. They look at the content area
(``main``), where the page's blocks are.
"""

from django.forms import Media
from django.utils import translation
from wagtail.admin.userbar import ContentCheckerItem

from ..content_rules import definitions as d
from ..criteria import BY_NUMBER
from . import configuration
from .messages import editor_messages

# Wagtail's default rule list (button-name, empty-heading, heading-order, link-name,
# p-as-heading, alt-text-quality, empty-meta-description…)
WAGTAIL_RULES = tuple(ContentCheckerItem.axe_run_only)

LIVE_CHECKS_SCRIPT = "balise_a11y/js/live_checks.js"
CHECK_PREFIX = "balise-"
HEADINGS = ", ".join(f"main h{level}" for level in range(1, 7))
# The rules live_checks.js has a check for, and the elements each looks at
SELECTORS = {
    d.ALT_FILE_NAME: "main img[alt]",
    d.ALT_REDUNDANT: "main img[alt]",
    d.LINK_GENERIC: "main a[href]",
    d.LINK_URL: "main a[href]",
    d.HEADING_SKIPPED: HEADINGS,
    d.HEADING_H1: "main h1",
    d.HEADING_EMPTY: HEADINGS,
    d.BOLD_AS_HEADING: "main p",
}


def _flat(lists_by_language):
    return sorted({item for items in lists_by_language.values() for item in items})


def check_options(definitions):
    """What each check reads from the definitions (JSON-able)."""
    generic = _flat(definitions["generic_link_texts"])
    file_names = {"patterns": definitions["file_name_alt_patterns"]}
    return {
        d.ALT_FILE_NAME: file_names,
        d.ALT_REDUNDANT: {**file_names,
                          "prefixes": _flat(definitions["redundant_alt_prefixes"]),
                          "words": sorted(definitions["redundant_alt_words"])},
        d.LINK_GENERIC: {"texts": generic},
        d.LINK_URL: {"texts": generic, "pattern": definitions["url_text"]},
        d.HEADING_SKIPPED: {},
        d.HEADING_H1: {},
        d.HEADING_EMPTY: {},
        d.BOLD_AS_HEADING: {"max_characters": definitions["bold_heading_max_characters"]},
    }


def rule_tags(rule):
    """The tags axe's own rules carry for the same criterion, so a live
    finding reads like the audit's: ``wcag2a``/``wcag2aa``, ``wcag244``,
    ``EN-301-549``, ``EN-9.2.4.4``."""
    criterion = rule["wcag"].replace(".", "")
    known = BY_NUMBER.get(rule["wcag"])
    level = "wcag2aa" if known is not None and known.level == "AA" else "wcag2a"
    return ["balise", "cat.balise-content", level, f"wcag{criterion}", "EN-301-549",
            f"EN-{rule['en_clause']}"]


def live_rules(definitions=None):
    """(axe custom rules, axe custom checks, messages) of the content rules
    that run in the editor, in the active language."""
    definitions = definitions or d.browser_definitions()
    options = check_options(definitions)
    rules, checks, messages = [], [], {}
    for rule_id, rule in definitions["rules"].items():
        if rule_id not in SELECTORS:
            continue  # no check in live_checks.js for it: the audit alone runs it
        check_id = f"{CHECK_PREFIX}{rule_id}"
        rules.append({"id": rule_id, "impact": rule["impact"], "selector": SELECTORS[rule_id],
                      "tags": rule_tags(rule), "any": [check_id], "enabled": True})
        checks.append({"id": check_id, "options": options.get(rule_id, {})})
        messages[rule_id] = {"error_name": rule["title"], "help_text": rule["hint"]}
    return rules, checks, messages


class BaliseContentChecker(ContentCheckerItem):
    @property
    def media(self):
        """Rendered by the userbar after its own script: registers the
        content rules' checks before axe starts."""
        return Media(js=[LIVE_CHECKS_SCRIPT])

    def get_axe_run_only(self, request):
        return configuration.run_only_tags()

    def get_axe_rules(self, request):
        live = {rule["id"]: {"enabled": True} for rule in live_rules()[0]}
        return {**{rule: {"enabled": True} for rule in WAGTAIL_RULES}, **live,
                **super().get_axe_rules(request)}

    def get_axe_custom_rules(self, request):
        return [*super().get_axe_custom_rules(request), *live_rules()[0]]

    def get_axe_custom_checks(self, request):
        return [*super().get_axe_custom_checks(request), *live_rules()[1]]

    def get_axe_messages(self, request):
        # Wagtail renders the userbar in the editor's preferred admin language
        return {**editor_messages(translation.get_language(), super().get_axe_messages(request)),
                **live_rules()[2]}
