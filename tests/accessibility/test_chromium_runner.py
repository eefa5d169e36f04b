"""The default runner in a real headless Chromium: it checks inside frames,
speaks the auditor's language when axe has a catalogue for it, and a page it
cannot check is reported as such instead of stopping the audit."""

import pytest

from accessibility.axe import configuration, script
from accessibility.runners.base import PageUnavailable
from accessibility.runners.chromium import ChromiumRunner

from .pages_to_check import RELEASE_SLOW_PAGE

pytestmark = pytest.mark.browser

TIMEOUT = 15


@pytest.fixture(scope="module")
def runner():
    with ChromiumRunner(timeout=TIMEOUT) as opened:
        yield opened


@pytest.fixture
def site(live_server, settings):
    settings.ROOT_URLCONF = "tests.accessibility.pages_to_check"
    return live_server.url


def test_a_clean_page_has_no_violation_and_says_which_engine_checked_it(runner, site):
    result = runner.check(site + "/clean/")
    assert result["violations"] == []
    assert result["url"] == site + "/clean/"
    assert result["testEngine"]["version"] == script.axe_version()
    assert result["toolOptions"]["runOnly"]["values"] == configuration.run_only_tags()
    assert "incomplete" in result


def test_a_defect_inside_a_frame_is_found(runner, site):
    result = runner.check(site + "/with-frame/")
    found = {violation["id"]: violation for violation in result["violations"]}
    assert "image-alt" in found, result["violations"]
    node = found["image-alt"]["nodes"][0]
    assert node["target"][0] == "iframe" and node["target"][-1] == "img"
    assert "1.1.1" in configuration.success_criteria(found["image-alt"]["tags"])
    assert "9.1.1.1" in configuration.en_clauses(found["image-alt"]["tags"])
    # every frame was checked: none is left "to review" for want of axe in it
    assert "frame-tested" not in {item["id"] for item in result["incomplete"]}


def test_a_page_checked_only_in_part_reports_only_that_part(runner, site):
    result = runner.check(site + "/with-frame/", include="h1")
    assert result["violations"] == []


def test_messages_follow_the_auditors_language(site):
    with ChromiumRunner(timeout=TIMEOUT, axe_locale="fr") as french:
        result = french.check(site + "/with-frame/")
    found = {violation["id"]: violation for violation in result["violations"]}
    assert found["image-alt"]["help"] == "Les images doivent avoir une alternative textuelle"


def test_a_page_that_answers_404_is_unavailable(runner, site):
    with pytest.raises(PageUnavailable) as raised:
        runner.check(site + "/missing/")
    assert raised.value.url == site + "/missing/"
    assert "404" in raised.value.reason


def test_a_page_too_slow_to_load_is_unavailable_and_the_next_page_is_checked(runner, site):
    try:
        with pytest.raises(PageUnavailable) as raised:
            runner.check(site + "/slow/")
    finally:
        RELEASE_SLOW_PAGE.set()
    assert f"{TIMEOUT} s" in raised.value.reason
    assert runner.check(site + "/clean/")["violations"] == []


def test_a_server_that_cannot_be_reached_is_unavailable(runner):
    with pytest.raises(PageUnavailable):
        runner.check("http://127.0.0.1:9/")
