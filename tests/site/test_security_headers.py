"""Every response tells the browser to run only this site's scripts, to
send nothing about the page to other sites, to use no camera, microphone or
location, and not to show the page inside another site's frame: public
pages, the admin, error pages and static files alike."""

import pytest
from django.http import HttpResponse
from django.test import Client

from pages.security.content_policy import ContentSecurityPolicyMiddleware
from tests.conftest import LANGUAGES

OFF = ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort")


def directives(response):
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_secure_headers(response, admin=False):
    policy = directives(response)
    assert ("'unsafe-inline'" in policy["script-src"]) is admin, policy
    assert ("'unsafe-inline'" in policy["style-src"]) is admin, policy
    assert policy["script-src"][0] == "'self'" and len(policy["script-src"]) == 1 + admin
    assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    features = dict(item.split("=") for item in response["Permissions-Policy"].split(", "))
    assert all(features[name] == "()" for name in OFF), features


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_public_page_forbids_inline_scripts_and_other_origins(demo_pages, client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert_secure_headers(response)


def test_every_live_demo_page_carries_the_headers(demo_pages, client):
    for page in demo_pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert_secure_headers(response)


def test_the_404_page_and_a_refused_post_carry_the_headers(demo_pages, client):
    assert_secure_headers(client.get("/fr/cette-page-n-existe-pas/"))
    refused = Client(enforce_csrf_checks=True).post("/fr/", {"anything": "1"})
    assert refused.status_code == 403
    assert_secure_headers(refused)


def test_only_the_admin_allows_the_inline_code_wagtail_still_needs(db, client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_secure_headers(response, admin=True)
    assert_secure_headers(client.get("/fr/cette-page-n-existe-pas/"), admin=False)


def test_a_static_file_carries_the_headers(settings, db):
    from pathlib import Path

    path = Path(settings.STATIC_ROOT) / "security-test.css"
    path.write_text("body { color: black; }\n")
    try:
        response = Client().get("/static/security-test.css")  # a new client: whitenoise sees it
        assert response.status_code == 200
        assert "Content-Security-Policy" in response
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "camera=()" in response["Permissions-Policy"]
    finally:
        path.unlink()


def test_wagtails_preview_may_be_framed_by_the_site_itself_only(rf):
    def preview(request):
        response = HttpResponse("preview")
        response["X-Frame-Options"] = "SAMEORIGIN"  # what Wagtail's preview views send
        return response

    response = ContentSecurityPolicyMiddleware(preview)(rf.get("/admin/pages/3/edit/preview/"))
    assert directives(response)["frame-ancestors"] == ["'self'"]
