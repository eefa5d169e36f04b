"""The editor's checker (Wagtail's userbar and the Checks panel of the page
editor) runs Balise's one axe configuration, keeps Wagtail's own rules, and
names problems in the editor's language."""

import json
import re

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.users.models import UserProfile

from accessibility.axe import configuration, script
from accessibility.axe.checker import BaliseContentChecker
from tests.factories import make_page, make_site, make_topic, make_user

CONFIGURATION = re.compile(
    r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', re.S)


@pytest.fixture
def page(db):
    return make_page(make_topic(make_site()), title="Demander une aide", slug="aide")


@pytest.fixture
def editor(db):
    return make_user("editor", superuser=True)


def axe_configuration(html):
    found = CONFIGURATION.search(html)
    assert found, "the checker's configuration is on the page"
    return json.loads(found.group(1))


def userbar_for(page, user):
    request = RequestFactory().get(page.url)
    request.user = user
    template = Template("{% load wagtailuserbar %}{% wagtailuserbar %}")
    return template.render(Context({"request": request, "page": page}))


def test_the_userbar_checks_with_balises_tags(page, editor):
    config = axe_configuration(userbar_for(page, editor))
    assert config["options"]["runOnly"] == configuration.run_only_tags()
    assert {"wcag22aa", "EN-301-549"} <= set(config["options"]["runOnly"])


def test_wagtails_own_rules_still_run_next_to_the_tags(page, editor):
    config = axe_configuration(userbar_for(page, editor))
    rules = config["options"]["rules"]
    assert rules["alt-text-quality"] == {"enabled": True}
    assert rules["p-as-heading"] == {"enabled": True}
    assert rules["heading-order"] == rules["empty-heading"] == {"enabled": True}
    assert "alt-text-quality" in {rule["id"] for rule in config["spec"]["rules"]}
    assert config["context"]["exclude"], "the userbar itself is not checked"


def test_the_checks_panel_of_the_page_editor_carries_the_configuration(client, page, editor):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    config = axe_configuration(response.content.decode())
    assert config["options"]["runOnly"] == configuration.run_only_tags()


def test_problems_are_named_in_the_editors_language(page, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    messages = axe_configuration(userbar_for(page, editor))["messages"]
    # Balise's own words for a rule an editor fixes in the content
    assert messages["image-alt"]["error_name"] == "Image sans texte alternatif"
    # axe's French catalogue for the others
    assert messages["label"]["error_name"] == script.axe_locale("fr")["rules"]["label"]["help"]
    assert messages["label"]["error_name"].startswith("Chaque élément de formulaire")
    # Wagtail's own, translated by Wagtail
    assert messages["empty-heading"]["error_name"] != "Empty heading found"


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Afbeelding zonder tekstalternatief"),
    ("de", "Bild ohne Textalternative"),
    ("en", "Image without a text alternative"),
])
def test_each_admin_language_has_its_own_messages(language, expected):
    with translation.override(language):
        messages = json.loads(json.dumps(
            BaliseContentChecker().get_axe_messages(None), default=str))
    assert messages["image-alt"]["error_name"] == expected


def test_every_message_is_a_pair_of_texts():
    with translation.override("de"):
        messages = BaliseContentChecker().get_axe_messages(None)
    assert len(messages) > 50, "axe's German catalogue is used"
    assert all(str(texts["error_name"]) and str(texts["help_text"])
               for texts in messages.values())
