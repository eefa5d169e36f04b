"""wagtail-localize's own Translations report lists every translation
record: only staff who may submit translations open it."""

import pytest
from django.urls import reverse

from tests import factories


@pytest.mark.parametrize("url_name", ["wagtail_localize:translations_report",
                                      "wagtail_localize:translations_report_results"])
def test_a_user_who_may_only_enter_the_admin_cannot_read_the_translation_records(
        client, db, url_name):
    client.force_login(factories.make_user(permissions=["wagtailadmin.access_admin"]))
    response = client.get(reverse(url_name), headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 403
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtail_localize:translations_report") not in menu


def test_translators_still_open_it(client, db):
    translator = factories.make_user(permissions=["wagtailadmin.access_admin",
                                                  "wagtail_localize.submit_translation"])
    client.force_login(translator)
    assert client.get(reverse("wagtail_localize:translations_report")).status_code == 200
