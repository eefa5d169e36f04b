"""A run's report as the files an auditor downloads (issue 12, point 3): CSV
that a spreadsheet shows as text, JSON in axe's result shape, JUnit XML a CI
server counts (read back with defusedxml), and an HTML page that escapes what the findings quote.
Dismissed findings are never failures and never counted."""

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from defusedxml.ElementTree import fromstring
from django.utils import translation

from accessibility.exports import FORMATS, export
from accessibility.models import AuditedAddress, AuditFinding, FindingDismissal
from accessibility.results.summary import run_summary
from tests.accessibility.test_results_summary import add_finding, dismiss, make_run
from tests.factories import make_page, make_site, translate

pytestmark = pytest.mark.django_db

SCRIPT = '<img src="x" onerror="alert(1)">'


@pytest.fixture
def summary():
    """Two full runs: the latest with an axe finding, a content-rule finding
    on a page whose title starts like a formula, a shared-template finding, a
    dismissed one, and an address that did not load."""
    home = make_site()
    formula = make_page(home, title="=HYPERLINK(\"http://evil.example\")")
    news = make_page(home, title="Nouvelles")
    dutch = translate(news, "nl", title="Nieuws")
    before, run = make_run(days_ago=7), make_run()
    add_finding(before, news, rule="gone", wcag="1.3.1")
    for address in (("/fr/formula/", formula, "fr", True), ("/fr/news/", news, "fr", True),
                    ("/nl/nieuws/", dutch, "nl", True), ("/nl/kapot/", None, "nl", False)):
        AuditedAddress.objects.create(run=run, url=address[0], page=address[1],
                                      locale=address[2], loaded=address[3],
                                      reason="" if address[3] else "Timed out after 30 s")
    add_finding(run, news, rule="image-alt", wcag="1.1.1", snippet=SCRIPT, url="/fr/news/",
                help_url="https://dequeuniversity.com/rules/axe/4.10/image-alt")
    add_finding(run, formula, rule="link-text-generic", wcag="2.4.4",
                source=AuditFinding.CONTENT, location="body[1] > paragraph",
                snippet="=cliquez ici", url="", impact="serious")
    add_finding(run, None, rule="region", wcag="", location="footer", shared=True,
                occurrences=3, url="/nl/nieuws/", locale="nl", impact="moderate")
    dismissed = add_finding(run, dutch, rule="color-contrast", wcag="1.4.3", url="/nl/nieuws/")
    dismiss(dismissed, reason=FindingDismissal.DISPROPORTIONATE_BURDEN,
            explanation="Logo of a partner; we cannot change it.")
    return run_summary(run)


def test_export_answers_bytes_a_content_type_and_a_file_name(summary):
    for format in FORMATS:
        content, content_type, filename = export(summary, format)
        assert isinstance(content, bytes) and content
        assert filename.startswith("accessibility-audit-") and f"-{summary.run.pk}." in filename
    assert export(summary, "junit")[2].endswith(".xml")
    with pytest.raises(ValueError):
        export(summary, "pdf")


def test_csv_has_one_row_per_finding_and_neutralises_formulas(summary):
    with translation.override("en"):
        content, content_type, _name = export(summary, "csv")
    assert content_type.startswith("text/csv")
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert len(rows) == 4
    generic = next(row for row in rows if row["Rule"] == "link-text-generic")
    assert generic["Page title"] == "'=HYPERLINK(\"http://evil.example\")"
    assert generic["Code or text"] == "'=cliquez ici"
    assert generic["WCAG success criterion"] == "2.4.4"
    assert generic["Address"] == "/fr/formula/"  # the page's own address
    assert generic["AnySurfer theme"] == ""
    contrast = next(row for row in rows if row["Rule"] == "color-contrast")
    assert "Disproportionate burden" in contrast["Dismissed (reason)"]
    assert "partner" in contrast["Dismissed (reason)"]
    assert {row["Rule"]: row["New since the previous run"] for row in rows}["image-alt"] == "yes"


def test_csv_headings_follow_the_auditors_language(summary):
    with translation.override("fr"):
        text = export(summary, "csv")[0].decode("utf-8")
    assert "Adresse" in text.splitlines()[0]


def test_json_is_axe_results_per_address_without_dismissed_findings(summary):
    data = json.loads(export(summary, "json")[0])
    by_url = {result["url"]: result for result in data}
    assert set(by_url) == {"/fr/formula/", "/fr/news/", "/nl/nieuws/", "/nl/kapot/"}
    for result in data:
        assert {"url", "timestamp", "testEngine", "violations", "balise"} <= set(result)
        assert result["testEngine"] == {"name": "axe-core", "version": "4.10.2"}
        for violation in result["violations"]:
            assert {"id", "impact", "tags", "help", "helpUrl", "nodes"} <= set(violation)
            for node in violation["nodes"]:
                assert {"target", "html", "impact"} <= set(node)
    [image] = by_url["/fr/news/"]["violations"]
    assert image["id"] == "image-alt" and image["nodes"][0]["html"] == SCRIPT
    assert image["tags"][:2] == ["wcag2a", "wcag111"]
    [generic] = by_url["/fr/formula/"]["violations"]
    assert generic["id"] == "link-text-generic"
    assert "wcag2a" in generic["tags"] and "wcag244" in generic["tags"]
    dutch = by_url["/nl/nieuws/"]
    assert [violation["id"] for violation in dutch["violations"]] == ["region"]
    assert dutch["violations"][0]["tags"] == ["best-practice"]
    assert dutch["balise"]["dismissed"] == 1
    assert by_url["/nl/kapot/"]["balise"]["loaded"] is False


def test_junit_fails_on_active_findings_and_errs_on_addresses_not_loaded(summary):
    with translation.override("en"):
        root = fromstring(export(summary, "junit")[0])
    assert root.tag == "testsuites"
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert set(suites) == {"fr", "nl"}
    failures = [failure.get("message") for failure in root.iter("failure")]
    assert sorted(failures) == ["image-alt (serious)", "link-text-generic (serious)",
                                "region (moderate)"]
    assert root.get("failures") == "3" and root.get("errors") == "1"
    # one test case per address opened, and one per page the content rules read
    assert root.get("tests") == "5"
    content = next(case for case in suites["fr"].iter("testcase")
                   if case.get("classname") == "accessibility.fr.content")
    assert [failure.get("type") for failure in content.iter("failure")] == ["link-text-generic"]
    [error] = root.iter("error")
    assert "Timed out" in error.get("message")
    dutch_page = next(case for case in suites["nl"].iter("testcase")
                      if case.get("name") == "/nl/nieuws/")
    assert [failure.get("type") for failure in dutch_page.iter("failure")] == ["region"]
    assert "color-contrast" in dutch_page.find("system-out").text
    image = next(f for f in root.iter("failure") if f.get("type") == "image-alt")
    assert SCRIPT in image.text  # escaped in the file, read back as it was


def test_a_dismissal_removes_the_failure_from_junit(summary):
    finding = next(f for f in summary.findings if f.rule == "image-alt")
    dismiss(finding)
    root = fromstring(export(run_summary(summary.run), "junit")[0])
    assert root.get("failures") == "2"
    assert "image-alt" not in [failure.get("type") for failure in root.iter("failure")]


def test_junit_carries_no_character_xml_forbids(summary):
    finding = summary.findings[0]
    finding.snippet = "bell\x07 and nul\x00"
    root = fromstring(export(summary, "junit")[0])
    assert any("bell" in (failure.text or "") for failure in root.iter("failure"))


class Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings, self.scripts, self.lang = [], 0, None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag in ("h1", "h2", "h3", "h4"):
            self.headings.append(int(tag[1]))
        if tag == "script" or any(name.startswith("on") for name, _value in attrs):
            self.scripts += 1


def test_html_report_is_standalone_escaped_and_in_the_active_language(summary):
    with translation.override("nl"):
        content, content_type, _name = export(summary, "html")
    html = content.decode("utf-8")
    assert content_type.startswith("text/html")
    outline = Outline()
    outline.feed(html)
    assert outline.lang == "nl"
    assert outline.scripts == 0, "a finding's snippet is shown, never run"
    assert "&lt;img src=&quot;x&quot; onerror=&quot;alert(1)&quot;&gt;" in html
    assert outline.headings.count(1) == 1 and outline.headings[0] == 1
    assert all(b - a <= 1 for a, b in zip(outline.headings, outline.headings[1:], strict=False))
    assert "<link" not in html and "src=\"http" not in html
    assert "Logo of a partner" in html  # dismissed, with the reason
    assert html.index("Logo of a partner") > html.index('id="dismissed"')
    assert "Timed out after 30 s" in html


def test_a_run_without_findings_exports_in_every_format():
    empty = run_summary(make_run())
    for format in FORMATS:
        assert export(empty, format)[0]
    assert json.loads(export(empty, "json")[0]) == []
    assert fromstring(export(empty, "junit")[0]).get("failures") == "0"


def test_json_tags_name_the_wcag_version_and_level_of_each_criterion():
    run = make_run()
    for number in ("2.5.8", "1.3.5", "1.4.3"):
        add_finding(run, None, rule=f"rule-{number}", wcag=number, url="/fr/")
    [result] = json.loads(export(run_summary(run), "json")[0])
    tags = {violation["id"]: violation["tags"] for violation in result["violations"]}
    assert tags["rule-2.5.8"][:2] == ["wcag22aa", "wcag258"]
    assert tags["rule-1.3.5"][:2] == ["wcag21aa", "wcag135"]
    assert tags["rule-1.4.3"] == ["wcag2aa", "wcag143", "EN-301-549", "EN-9.1.4.3"]
