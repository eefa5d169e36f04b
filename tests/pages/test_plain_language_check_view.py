"""The live check behind the editor's plain-language panel answers a
malformed post with 400 (the panel keeps its last result), never with a
server error, whoever crafts the post."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

from pages.models import InformationPage
from tests.factories import make_editor_group, make_page, make_site, make_user

LONG = ("Cette phrase est beaucoup trop longue parce que nous avons voulu y mettre toutes les "
        "informations utiles en une seule fois sans jamais nous arrêter pour respirer un peu.")


@pytest.fixture
def home(db):
    return make_site()


@pytest.fixture
def page(home):
    return make_page(home, title="Le revenu", intro="Une phrase courte.")


@pytest.fixture
def editor_client(client, home):
    group = make_editor_group(home, permissions=("add", "change", "publish"))
    client.force_login(make_user(groups=[group]))
    return client


def check_url(page):
    return reverse("balise_plain_language_check", args=[page.pk])


def create_url(parent, model="informationpage"):
    return reverse("balise_plain_language_check_new", args=["balise_pages", model, parent.pk])


def valid_form(**fields):
    data = {"title": "Le revenu", "slug": "le-revenu", "intro": LONG, "body-count": "1",
            "body-0-type": "paragraph", "body-0-order": "0", "body-0-deleted": "",
            "body-0-id": "4a1c51a6-7c1b-4e8f-9f0e-7c5ad4d3b001",
            "body-0-value": '{"blocks":[{"key":"a","text":"Venez au guichet.","type":'
                            '"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[]}],'
                            '"entityMap":{}}'}
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def test_a_well_formed_post_gets_the_panel_with_the_typed_text(editor_client, page):
    response = editor_client.post(check_url(page), valid_form())
    assert response.status_code == 200
    assert 'data-rule="long_sentence"' in response.content.decode()


MALFORMED = {
    "an empty post": {},
    "a stream count that is not a number": valid_form(**{"body-count": "abc"}),
    "more blocks counted than sent": valid_form(**{"body-count": "5"}),
    "a block order that is not a number": valid_form(**{"body-0-order": "first"}),
    "blocks without their management form": valid_form(**{"body-count": None}),
    "a block without its deleted flag": valid_form(**{"body-0-deleted": None}),
    "rich text that is not JSON": valid_form(**{"body-0-value": "{not json"}),
    "rich text JSON of the wrong shape": valid_form(**{"body-0-value": '[1, 2, {"a": null}]'}),
    "a text far longer than any page": valid_form(**{"body-0-value": (
        '{"blocks":[{"key":"a","text":"' + "mot " * 60_000 + '","type":"unstyled","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}')}),
}
# Posts Wagtail's own forms read without fault: the check answers as usual.
TOLERATED = {
    "a block type that does not exist": valid_form(**{"body-0-type": "nope"}),
    "a negative count": valid_form(**{"body-count": "-1"}),
    "an unknown field with a huge count": valid_form(**{"intro-count": str(10**18)}),
    "an intro over its length limit": valid_form(intro="mot " * 60_000),
}


@pytest.mark.parametrize("data", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_post_to_the_check_of_a_page_gets_a_400(editor_client, page, data):
    assert editor_client.post(check_url(page), data).status_code == 400


@pytest.mark.parametrize("data", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_post_to_the_check_of_a_new_page_gets_a_400(editor_client, home, data):
    assert editor_client.post(create_url(home), data).status_code == 400


@pytest.mark.parametrize("data", TOLERATED.values(), ids=TOLERATED.keys())
def test_odd_but_readable_posts_get_the_panel(editor_client, page, data):
    response = editor_client.post(check_url(page), data)
    assert response.status_code == 200 and "balise-pl-results" in response.content.decode()


def not_found(client, url):
    # The reference site's LocaleMiddleware first tries the language-prefixed
    # path, as for any URL that is not found.
    return client.post(url, valid_form(), follow=True).status_code == 404


def test_a_missing_page_or_parent_or_page_type_is_not_found(editor_client, home):
    assert not_found(editor_client, reverse("balise_plain_language_check", args=[999_999]))
    assert not_found(editor_client, create_url(Page(pk=999_999)))
    assert not_found(editor_client, create_url(home, model="nosuchpage"))


def test_a_page_type_the_checker_does_not_read_gets_a_400(editor_client, home):
    plain = home.add_child(instance=Page(title="Une page Wagtail", slug="wagtail"))
    assert editor_client.post(check_url(plain), valid_form()).status_code == 400
    url = reverse("balise_plain_language_check_new", args=["wagtailcore", "page", home.pk])
    assert editor_client.post(url, valid_form()).status_code == 400
    # A model that is not a page at all, posted as if it were a new page.
    assert not_found(editor_client, reverse("balise_plain_language_check_new",
                                            args=["auth", "user", home.pk]))


def test_someone_who_may_not_edit_the_page_is_refused(client, page):
    client.force_login(make_user(groups=[make_editor_group(make_page(page))]))
    response = client.post(check_url(page), valid_form())
    # Wagtail's admin answers a refusal by going back to the dashboard.
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_the_check_only_answers_posts(editor_client, page):
    assert editor_client.get(check_url(page)).status_code == 405


FIELD_NAMES = st.sampled_from([
    "title", "slug", "intro", "body-count", "body-0-type", "body-0-order", "body-0-deleted",
    "body-0-id", "body-0-value", "body-0-value-text", "body-0-value-level",
    "body-0-value-items-count", "body-0-value-items-0-value", "body-1-type", "last_reviewed",
    "review_interval", "content_owner", "comments-TOTAL_FORMS", "comments-INITIAL_FORMS",
    "seo_title", "search_description", "locale",
])
FIELD_VALUES = st.one_of(
    st.text(max_size=200), st.integers().map(str), st.sampled_from(
        ["", "0", "1", "-1", "paragraph", "subheading", "steps", "{}", "[]", "null", "nope",
         '{"blocks": []}', "2024-02-30", "x" * 5000]),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.dictionaries(FIELD_NAMES | st.text(max_size=30), FIELD_VALUES, max_size=12))
def test_random_form_data_never_causes_a_server_error(editor_client, page, data):
    for url in (check_url(page), create_url(page.get_parent())):
        response = editor_client.post(url, data)
        assert response.status_code in (200, 400), (data, response.status_code)


def test_the_check_of_a_new_page_reads_the_typed_text(editor_client, home):
    response = editor_client.post(create_url(home), valid_form())
    assert response.status_code == 200
    assert 'data-rule="long_sentence"' in response.content.decode()
    assert not InformationPage.objects.filter(slug="le-revenu").exists(), "nothing is saved"
