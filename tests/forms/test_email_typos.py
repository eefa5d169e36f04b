"""A domain that looks like a misspelt provider gets "Did you mean …?"; any
other domain, never; the same address always gets the same suggestion."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st

from forms.email_addresses import clean_typed
from forms.typos.base import NoSuggestions, TypoSuggester
from forms.typos.loading import get_suggester
from forms.typos.providers import ProviderTypoSuggester, edit_distance

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def suggester():
    return ProviderTypoSuggester()


@pytest.mark.parametrize(("typed", "suggested"), [
    ("marc@gmial.com", "marc@gmail.com"),
    ("marc@hotmial.com", "marc@hotmail.com"),
    ("marc@telenet.bee", "marc@telenet.be"),
    ("marc@skynet.b", "marc@skynet.be"),
    ("marc@yahoo.fe", "marc@yahoo.fr"),
    ("marc@voo.eb", "marc@voo.be"),
    ("marc@proxmus.be", "marc@proximus.be"),
    ("marc@gmail.con", "marc@gmail.com"),
    ("marc@outlok.be", "marc@outlook.be"),
    ("marc@hotmai.co", "marc@hotmail.com"),
    ("marc@GMIAL.COM", "marc@gmail.com"),
])
def test_a_misspelt_provider_gets_a_suggestion(suggester, typed, suggested):
    assert suggester.suggest(typed) == suggested


def test_the_suggestion_keeps_the_name_as_typed(suggester):
    assert suggester.suggest(" Marc.Dubois@Gmial.com\u200b ") == "Marc.Dubois@gmail.com"


def test_a_tie_goes_to_the_provider_listed_first(suggester):
    # hotmail.fe is one letter from both hotmail.be and hotmail.fr.
    assert suggester.suggest("marc@hotmail.fe") == "marc@hotmail.be"
    reordered = ProviderTypoSuggester(domains=["hotmail.fr", "hotmail.be"])
    assert reordered.suggest("marc@hotmail.fe") == "marc@hotmail.fr"


@pytest.mark.parametrize("address", [
    "marc@telenet.be", "marc@skynet.be", "marc@proximus.be", "marc@voo.be",
    "marc@scarlet.be", "marc@base.be", "marc@gmail.com", "marc@hotmail.com",
    "marc@hotmail.be", "marc@outlook.com", "marc@outlook.be", "marc@live.be",
    "marc@yahoo.com", "marc@yahoo.fr", "marc@icloud.com", "Marc@GMAIL.COM",
    "marc@mail.com", "marc@ymail.com",
])
def test_an_address_at_a_provider_gets_no_suggestion(suggester, address):
    assert suggester.suggest(address) is None


@pytest.mark.parametrize("address", [
    "marc@cpas-valmont.be", "marc@ocmw.gent.be", "marc@kuleuven.be", "marc@example.org",
    "marc@vub.be", "marc@belnet.be", "marc@ugent.be", "marc@uliege.be", "marc@gent.be",
    "marc@belgium.be", "marc@ibz.fgov.be", "marc@cpas.lu", "marc@ex.ch", "marc@lu.lu",
])
def test_an_organisation_domain_is_never_corrected(suggester, address):
    assert suggester.suggest(address) is None


@pytest.mark.parametrize("typed", ["", "gmial.com", "@gmial.com", "marc@", "marc", None,
                                   "marc@" + "g" * 300 + ".com"])
def test_what_is_not_an_address_gets_no_suggestion(suggester, typed):
    assert suggester.suggest(typed) is None


@given(st.text(max_size=300))
def test_any_text_gets_a_suggestion_or_none_without_failing(typed):
    suggestion = ProviderTypoSuggester().suggest(typed)
    assert suggestion is None or suggestion.rpartition("@")[2] in ProviderTypoSuggester().domains


@given(st.text(min_size=1, max_size=40).filter(lambda local: "@" not in local),
       st.sampled_from(["gmial.com", "telenet.bee", "voo.eb", "yahoo.fe", "skynet.b"]))
def test_a_suggestion_only_ever_changes_the_domain(local, domain):
    suggestion = ProviderTypoSuggester().suggest(f"{local}@{domain}")
    name_as_typed = clean_typed(local + "@").removesuffix("@")
    if name_as_typed:
        assert suggestion.rpartition("@")[0] == name_as_typed
    else:
        assert suggestion is None


DETERMINISM_SCRIPT = """
import json, sys
from forms.typos.providers import ProviderTypoSuggester
addresses = json.loads(sys.stdin.read())
print(json.dumps([ProviderTypoSuggester().suggest(a) for a in addresses]))
"""
TRICKY = ["a@hotmail.fe", "a@yahoo.fe", "a@hotmail.ce", "a@live.fe", "a@outlook.fe",
          "a@gmail.co", "a@voo.b", "a@base.b", "a@hotmail.b", "a@outlook.c", "a@live.c",
          "a@yahoo.f", "a@telenet.b", "a@skynet.fr", "a@gmial.com", "a@hotmal.co"]


def suggestions_with_hash_seed(seed):
    result = subprocess.run(
        [sys.executable, "-c", DETERMINISM_SCRIPT], input=json.dumps(TRICKY),
        capture_output=True, text=True, check=True, cwd=PROJECT,
        env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(PROJECT)},
    )
    return json.loads(result.stdout)


def test_the_same_address_gets_the_same_suggestion_in_every_process():
    first, second = suggestions_with_hash_seed(1), suggestions_with_hash_seed(4242)
    assert first == second
    assert first == [ProviderTypoSuggester().suggest(address) for address in TRICKY]
    assert any(suggestion is not None for suggestion in first)


def test_an_unordered_list_of_domains_is_refused():
    with pytest.raises(TypeError):
        ProviderTypoSuggester(domains={"gmail.com", "hotmail.com"})


def test_one_swap_of_neighbours_counts_as_one_edit():
    assert edit_distance("gmial.com", "gmail.com", 2) == 1
    assert edit_distance("vub.be", "voo.be", 1) == 2


def test_the_default_suggester_is_the_provider_list():
    assert isinstance(get_suggester(), ProviderTypoSuggester)
    assert get_suggester().suggest("marc@gmial.com") == "marc@gmail.com"


@override_settings(BALISE_FORMS={"EMAIL_TYPO_SUGGESTER": {
    "CLASS": "forms.typos.providers.ProviderTypoSuggester",
    "OPTIONS": {"domains": ["cpas-valmont.be"]},
}})
def test_a_site_can_give_its_own_ordered_list():
    suggester = get_suggester()
    assert suggester.suggest("marc@cpas-valmont.bee") == "marc@cpas-valmont.be"
    assert suggester.suggest("marc@gmial.com") is None


@override_settings(BALISE_FORMS={"EMAIL_TYPO_SUGGESTER": {
    "CLASS": "forms.typos.base.NoSuggestions"}})
def test_a_site_can_turn_suggestions_off():
    assert isinstance(get_suggester(), NoSuggestions)
    assert get_suggester().suggest("marc@gmial.com") is None


@pytest.mark.parametrize("config", [
    {"CLASS": "forms.typos.nowhere.Missing"},
    {"CLASS": "forms.email_addresses.same_address"},
    {"CLASS": "forms.typos.base.NoSuggestions", "OPTIONS": {"domains": []}},
    {"OPTIONS": {}},
])
def test_a_wrong_setting_names_the_setting_to_fix(config):
    with override_settings(BALISE_FORMS={"EMAIL_TYPO_SUGGESTER": config}):
        with pytest.raises(ImproperlyConfigured, match="EMAIL_TYPO_SUGGESTER"):
            get_suggester()


def test_the_base_class_leaves_suggest_to_its_subclasses():
    with pytest.raises(NotImplementedError):
        TypoSuggester().suggest("marc@gmial.com")
