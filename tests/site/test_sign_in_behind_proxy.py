"""Behind nginx every request comes from the proxy's address: the admin's
sign-in lock-out must still tell clients apart, from the address the proxy
appended to X-Forwarded-For, without trusting what a client writes there
itself (BALISE_TRUSTED_PROXIES)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

LOGIN = "/admin/login/"
PROXY = "127.0.0.1"
ATTACKER = "198.51.100.7"


@pytest.fixture
def sign_in_guarded(settings, db):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.BALISE_PROXY_COUNT = 0
    settings.BALISE_TRUSTED_PROXIES = [PROXY, "::1"]
    cache.clear()
    get_user_model().objects.create_superuser("jan", "jan@cpas.example", "right-pw")
    yield settings
    cache.clear()


def through_proxy(real_address, forged=""):
    """A client behind nginx: whatever it sent in X-Forwarded-For, followed by
    the address nginx saw ($proxy_add_x_forwarded_for)."""
    header = f"{forged}, {real_address}" if forged else real_address
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=header)


def sign_in(client, name, password):
    return client.post(LOGIN, {"username": name, "password": password})


def try_many_accounts(client_for_try):
    """Three wrong passwords, each on another account: only the client's
    counter can reach the limit."""
    for n in range(3):
        sign_in(client_for_try(n), f"nobody{n}", "wrong")


def test_an_attacker_forging_a_new_forwarded_address_each_time_is_still_locked_out(
        sign_in_guarded):
    try_many_accounts(lambda n: through_proxy(ATTACKER, forged=f"203.0.113.{n + 50}"))
    response = sign_in(through_proxy(ATTACKER, forged="192.0.2.99"), "jan", "right-pw")
    assert response.status_code == 429


def test_two_clients_behind_the_proxy_are_told_apart(sign_in_guarded):
    try_many_accounts(lambda n: through_proxy(ATTACKER))
    assert sign_in(through_proxy(ATTACKER), "jan", "right-pw").status_code == 429
    colleague = through_proxy("203.0.113.20")
    response = sign_in(colleague, "jan", "right-pw")
    assert response.status_code == 302
    assert "_auth_user_id" in colleague.session


def test_a_forwarded_header_from_a_client_that_is_not_the_proxy_is_ignored(sign_in_guarded):
    try_many_accounts(lambda n: Client(REMOTE_ADDR=ATTACKER,
                                       HTTP_X_FORWARDED_FOR=f"203.0.113.{n + 50}"))
    response = sign_in(Client(REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR="192.0.2.99"),
                       "jan", "right-pw")
    assert response.status_code == 429


def test_without_a_proxy_setting_the_forwarded_header_is_ignored(sign_in_guarded):
    sign_in_guarded.BALISE_TRUSTED_PROXIES = []
    try_many_accounts(lambda n: Client(REMOTE_ADDR=ATTACKER,
                                       HTTP_X_FORWARDED_FOR=f"203.0.113.{n + 50}"))
    response = sign_in(Client(REMOTE_ADDR=ATTACKER, HTTP_X_FORWARDED_FOR="192.0.2.99"),
                       "jan", "right-pw")
    assert response.status_code == 429


def test_a_chain_of_trusted_proxies_is_walked_from_the_right(settings, rf):
    from pages.throttle import client_address

    settings.BALISE_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    request = rf.get("/", REMOTE_ADDR="127.0.0.1",
                     HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7, 10.1.2.3")
    assert client_address(request) == "198.51.100.7"
