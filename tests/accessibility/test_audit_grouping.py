"""A problem in the shared templates (header, menu, footer) is reported once
with the number of addresses where it was seen, not on every page; a
problem of one page stays with that page, once however many of its states
showed it."""

from accessibility.audit.grouping import Seen, group
from accessibility.findings import Finding


def finding(rule="link-name", location="footer > a", page_id=1, locale="fr"):
    return Finding(rule=rule, impact="serious", location=location, snippet="<a></a>",
                   page_id=page_id, locale=locale, revision_id=page_id * 10)


def test_the_same_problem_on_two_pages_is_one_shared_finding_with_its_count():
    seen = [Seen(finding(page_id=1), "/fr/", "page"),
            Seen(finding(page_id=2), "/fr/a/", "page"),
            Seen(finding(page_id=3), "/fr/b/", "page")]
    [shared] = group(seen)
    assert shared.shared and shared.occurrences == 3
    assert shared.finding.page_id is None and shared.finding.revision_id is None
    assert shared.finding.locale == "fr" and shared.url == "/fr/"


def test_a_shared_problem_across_languages_has_no_language():
    [shared] = group([Seen(finding(page_id=1, locale="fr"), "/fr/"),
                      Seen(finding(page_id=2, locale="nl"), "/nl/")])
    assert shared.finding.locale == ""


def test_a_problem_of_one_page_stays_with_it_once_for_all_its_states():
    seen = [Seen(finding(location="main > a", page_id=4), "/fr/form/", "page"),
            Seen(finding(location="main > a", page_id=4), "/fr/form/", "form_errors"),
            Seen(finding(page_id=1), "/fr/", "page"),
            Seen(finding(page_id=2), "/fr/a/", "page")]
    grouped = group(seen)
    assert [item.shared for item in grouped] == [True, False]
    own = grouped[1]
    assert own.finding.page_id == 4 and own.state == "page"
    assert own.occurrences == 1  # one address, seen in two states


def test_different_problems_are_never_merged():
    seen = [Seen(finding(rule="link-name", page_id=1), "/fr/"),
            Seen(finding(rule="image-alt", page_id=2), "/fr/a/")]
    assert [(item.finding.rule, item.shared) for item in group(seen)] == [
        ("link-name", False), ("image-alt", False)]
