"""axe's result becomes Balise's findings: what an auditor reads for each
flagged element (criterion, EN clause, AnySurfer theme, where, the code, how
to fix it), from a result captured in a real Chromium run
(``axe_result_sample.json``: a link with no text and a field with no label)."""

import json
from pathlib import Path

import pytest

from accessibility.audit.axe_findings import (
    engine_version,
    findings_of,
    help_urls,
    location_of,
)

SAMPLE = json.loads((Path(__file__).parent / "axe_result_sample.json").read_text())


def by_rule(findings):
    return {finding.rule: finding for finding in findings}


def test_each_flagged_element_is_one_finding_with_its_criterion_clause_and_theme():
    found = by_rule(findings_of(SAMPLE, page_id=7, locale="fr", revision_id=70))
    assert set(found) == {"label", "link-name"}
    link = found["link-name"]
    assert (link.wcag, link.en_clause, link.anysurfer) == ("2.4.4", "9.2.4.4", "links")
    assert (link.impact, link.location) == ("serious", "a")
    assert link.snippet == '<a href="https://example.org/aide"></a>'
    assert link.hint == "Links must have discernible text"
    assert (link.page_id, link.locale, link.revision_id) == (7, "fr", 70)
    label = found["label"]
    assert (label.wcag, label.en_clause, label.impact) == ("4.1.2", "9.4.1.2", "critical")
    assert label.anysurfer == "code"


def test_the_rules_help_pages_and_the_engine_version_are_kept():
    assert help_urls(SAMPLE)["label"].startswith("https://dequeuniversity.com/rules/axe/")
    assert engine_version(SAMPLE) == "4.10.2"


def test_two_digit_criteria_and_a_missing_impact_are_read():
    result = {"violations": [{
        "id": "target-size", "impact": None, "tags": ["wcag22aa", "wcag258", "EN-9.2.5.8"],
        "help": "Touch targets must have sufficient size", "nodes": [
            {"target": ["#menu > button"], "html": "<button>x</button>", "impact": None}]},
        {"id": "focus-not-obscured", "tags": ["wcag2411"], "help": "…",
         "nodes": [{"target": ["a"], "html": "<a>"}]}]}
    size, focus = findings_of(result)
    assert (size.wcag, size.en_clause, size.impact) == ("2.5.8", "9.2.5.8", "moderate")
    assert focus.wcag == "2.4.11"


def test_a_best_practice_has_no_criterion_and_no_theme():
    result = {"violations": [{"id": "region", "impact": "moderate",
                              "tags": ["cat.keyboard", "best-practice"], "help": "…",
                              "nodes": [{"target": ["p"], "html": "<p>"}]}]}
    [finding] = findings_of(result)
    assert (finding.wcag, finding.en_clause, finding.anysurfer) == ("", "", "")


@pytest.mark.parametrize(("target", "location"), [
    (["img"], "img"),
    (["iframe", "img"], "iframe >> img"),  # an element inside a frame
    ([["my-widget", "button"]], "my-widget >>> button"),  # inside a shadow root
    ("main > p", "main > p"),
])
def test_where_an_element_is_reads_on_one_line(target, location):
    assert location_of(target) == location


def test_the_same_element_gives_the_same_fingerprint_in_every_run():
    first = by_rule(findings_of(SAMPLE, page_id=7))
    again = by_rule(findings_of(json.loads(json.dumps(SAMPLE)), page_id=7))
    assert first["label"].fingerprint == again["label"].fingerprint
    assert first["label"].fingerprint != first["link-name"].fingerprint
