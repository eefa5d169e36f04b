"""The content rules that run live in the editor are built from the audit's
own definitions: every rule the definitions mark as runnable in a browser
reaches the editor's checker, with its message in the editor's language, and
the preview the checker runs on carries it (visitors never do)."""

import json
import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.users.models import UserProfile

from accessibility.axe import checker, configuration
from accessibility.axe.checker import BaliseContentChecker
from accessibility.content_rules import definitions
from tests.factories import make_page, make_site, make_topic, make_user

SCRIPT = Path(checker.__file__).parents[1] / "static" / checker.LIVE_CHECKS_SCRIPT
CONFIGURATION = re.compile(
    r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', re.S)


def in_browser_rules():
    return {rule.id for rule in definitions.RULES.values() if rule.in_browser}


def test_every_rule_the_definitions_run_in_a_browser_reaches_the_editor():
    rules, checks, messages = checker.live_rules()
    assert {rule["id"] for rule in rules} == in_browser_rules()
    assert {"link-text-generic", "heading-skipped-level", "alt-file-name",
            "bold-as-heading"} <= in_browser_rules()
    assert {check["id"] for check in checks} == {
        f"balise-{rule_id}" for rule_id in in_browser_rules()}
    assert set(messages) == in_browser_rules()


def test_the_browser_has_a_check_for_each_rule():
    """axe takes no check logic from Python: the script must register one
    for each rule sent, or axe stops on the first page."""
    registered = set(re.findall(r'"(balise-[a-z0-9-]+)": function', SCRIPT.read_text()))
    assert registered == {check["id"] for check in checker.live_rules()[1]}


def test_a_live_rule_reads_like_the_audits():
    rules = {rule["id"]: rule for rule in checker.live_rules()[0]}
    link = rules[definitions.LINK_GENERIC]
    assert link["impact"] == definitions.RULES[definitions.LINK_GENERIC].impact
    assert {"wcag2a", "wcag244", "EN-9.2.4.4"} <= set(link["tags"])
    assert link["selector"] == "main a[href]"
    options = {check["id"]: check["options"] for check in checker.live_rules()[1]}
    texts = options["balise-link-text-generic"]["texts"]
    assert {"cliquez ici", "lees meer", "hier klicken", "click here"} <= set(texts)
    assert options["balise-link-text-url"]["pattern"] == definitions.URL_TEXT


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "Le texte du lien ne dit rien seul"),
    ("nl", "De linktekst zegt op zich niets"),
    ("de", "Der Linktext sagt allein nichts aus"),
    ("en", "Link text says nothing on its own"),
])
def test_live_findings_are_named_in_the_editors_language(language, expected):
    with translation.override(language):
        messages = json.loads(json.dumps(BaliseContentChecker().get_axe_messages(None),
                                         default=str))
    assert messages[definitions.LINK_GENERIC]["error_name"] == expected
    assert messages[definitions.LINK_GENERIC]["help_text"]


def test_the_live_rules_run_next_to_balises_tags():
    item = BaliseContentChecker()
    options = item.get_axe_options(None)
    assert options["runOnly"] == configuration.run_only_tags()
    assert all(options["rules"][rule_id] == {"enabled": True} for rule_id in in_browser_rules())
    spec = item.get_axe_spec(None)
    ids = {rule["id"] for rule in spec["rules"]}
    assert {"alt-text-quality", "empty-meta-description"} <= ids, "Wagtail's own are kept"
    assert in_browser_rules() <= ids


# The preview carries the userbar (and the script); the live site does not.

@pytest.fixture
def page(db):
    return make_page(make_topic(make_site()), title="Demander une aide", slug="aide")


def test_the_userbar_loads_the_live_checks_after_its_own_script(page):
    request = RequestFactory().get(page.url)
    request.user = make_user(superuser=True)
    html = Template("{% load wagtailuserbar %}{% wagtailuserbar %}").render(
        Context({"request": request, "page": page}))
    assert html.index("userbar.js") < html.index("balise_a11y/js/live_checks.js")
    config = json.loads(CONFIGURATION.search(html).group(1))
    assert definitions.LINK_GENERIC in {rule["id"] for rule in config["spec"]["rules"]}


def preview_for(page, user, client):
    """The page as the editor's preview panel renders it, for ``user``."""
    client.force_login(user)
    request = RequestFactory().get(page.url, {"in_preview_panel": "true"},
                                   HTTP_COOKIE=f"sessionid={client.cookies['sessionid'].value}")
    response = page.make_preview_request(
        request, page.default_preview_mode,
        extra_request_attrs={"in_preview_panel": True, "is_editing": True})
    return response.content.decode()


def test_the_editors_preview_runs_the_checker(client, page):
    editor = make_user(superuser=True)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    html = preview_for(page, editor, client)
    assert "<wagtail-userbar>" in html
    assert "balise_a11y/js/live_checks.js" in html
    config = json.loads(CONFIGURATION.search(html).group(1))
    assert config["messages"][definitions.HEADING_SKIPPED]["error_name"] == \
        "Le titre saute un niveau"


def test_visitors_and_staff_on_the_live_site_never_get_the_checker(client, page):
    assert "wagtail-userbar" not in client.get(page.url).content.decode()
    client.force_login(make_user(superuser=True))
    assert "wagtail-userbar" not in client.get(page.url).content.decode()
