"""The admin's sign-in and password reset cannot be tried endlessly: an
account, and a client, are locked out after repeated failures, with a page
that says so; password reset mails are limited per client and per address."""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.test import Client

from tests.conftest import text_of

LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"


@pytest.fixture
def sign_in_guarded(settings, db):
    """django-axes as the reference site runs it (the test settings turn it off
    for Client.login)."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    cache.clear()
    yield settings
    cache.clear()


def staff(name):
    return get_user_model().objects.create_superuser(name, f"{name}@cpas.example", "right-pw")


def sign_in(client, name, password):
    return client.post(LOGIN, {"username": name, "password": password})


def signed_in(client):
    return "_auth_user_id" in client.session


def test_the_right_password_is_refused_after_too_many_wrong_ones(sign_in_guarded, caplog):
    staff("marie")
    client = Client(REMOTE_ADDR="198.51.100.7", HTTP_ACCEPT_LANGUAGE="en")
    for _ in range(3):
        sign_in(client, "marie", "wrong")
    with caplog.at_level(logging.WARNING):
        response = sign_in(client, "marie", "right-pw")
    assert response.status_code == 429
    assert not signed_in(client)
    assert "Too many wrong passwords" in text_of(response)
    assert "15 minutes" in text_of(response)
    assert any("AXES" in r.getMessage() and r.name.startswith("axes") for r in caplog.records)


def test_the_account_is_locked_from_another_device_too(sign_in_guarded):
    staff("marie")
    attacker = Client(REMOTE_ADDR="198.51.100.7")
    for _ in range(3):
        sign_in(attacker, "marie", "wrong")
    marie = Client(REMOTE_ADDR="203.0.113.20")
    assert sign_in(marie, "marie", "right-pw").status_code == 429
    assert not signed_in(marie)


def test_the_client_is_locked_for_every_account(sign_in_guarded):
    staff("marie"), staff("jan")
    attacker = Client(REMOTE_ADDR="198.51.100.7")
    for name in ("marie", "pieter", "anna"):
        sign_in(attacker, name, "wrong")
    assert sign_in(attacker, "jan", "right-pw").status_code == 429
    assert not signed_in(attacker)


def test_another_account_from_another_client_still_signs_in(sign_in_guarded):
    staff("marie"), staff("jan")
    attacker = Client(REMOTE_ADDR="198.51.100.7")
    for _ in range(5):
        sign_in(attacker, "marie", "wrong")
    jan = Client(REMOTE_ADDR="203.0.113.20")
    response = sign_in(jan, "jan", "right-pw")
    assert response.status_code == 302 and signed_in(jan)


def test_the_lock_out_page_is_in_the_staff_members_language(sign_in_guarded):
    staff("marie")
    client = Client(REMOTE_ADDR="198.51.100.7", HTTP_ACCEPT_LANGUAGE="nl")
    for _ in range(3):
        response = sign_in(client, "marie", "wrong")
    assert response.status_code == 429
    assert "Te veel verkeerde wachtwoorden" in text_of(response)


def test_a_failure_below_the_limit_is_the_usual_wrong_password_message(sign_in_guarded):
    staff("marie")
    response = sign_in(Client(REMOTE_ADDR="198.51.100.7", HTTP_ACCEPT_LANGUAGE="en"),
                       "marie", "wrong")
    assert response.status_code == 200 and "Too many" not in text_of(response)


def reset(client, address):
    return client.post(RESET, {"email": address})


def test_password_reset_mails_are_limited_per_address(db, settings):
    cache.clear()
    staff("marie")
    sent = [reset(Client(REMOTE_ADDR=f"198.51.100.{n}", HTTP_ACCEPT_LANGUAGE="en"),
                  "marie@cpas.example")
            for n in range(1, 6)]
    assert [r.status_code for r in sent] == [302, 302, 302, 429, 429]
    assert len(mail.outbox) == settings.BALISE_PASSWORD_RESET_THROTTLE["per_address"]
    assert "Too many password reset requests" in text_of(sent[-1])


def test_password_reset_requests_are_limited_per_client(db, settings, caplog):
    cache.clear()
    client = Client(REMOTE_ADDR="198.51.100.7")
    limit = settings.BALISE_PASSWORD_RESET_THROTTLE["per_client"]
    statuses = [reset(client, f"nobody{n}@example.org").status_code for n in range(limit)]
    assert set(statuses) == {302}
    with caplog.at_level(logging.WARNING):
        assert reset(client, "another@example.org").status_code == 429
    assert any("Password reset refused" in r.getMessage() for r in caplog.records)
    # another client is not held back
    assert reset(Client(REMOTE_ADDR="203.0.113.20"), "x@example.org").status_code == 302


def test_the_password_reset_form_still_opens_and_djangos_admin_is_gone(db, client):
    assert client.get(RESET).status_code == 200
    assert client.get("/django-admin/", follow=True).status_code == 404


def test_behind_a_proxy_the_client_is_the_address_the_proxy_saw(settings, rf):
    from config.admin_sign_in import client_address

    request = rf.get("/", REMOTE_ADDR="10.0.0.2",
                     HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7")  # first part made up
    assert client_address(request) == "10.0.0.2"
    settings.BALISE_PROXY_COUNT = 1
    assert client_address(request) == "198.51.100.7"
