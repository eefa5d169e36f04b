"""The run as JUnit XML, the format every CI server shows: a test suite per
language, a test case per address opened (and one per page for the content
rules, read from the stored page), a failure per active finding, an error
for an address that did not load. A dismissed finding does not fail: it is
listed in the test case's output, with its reason."""

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from django.utils.translation import pgettext

from ..results import labels
from .rows import dismissal_text, page_title
from .words import CSV_HEADINGS

# characters XML 1.0 cannot carry at all, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value):
    return _NOT_XML.sub("\ufffd", str(value or ""))


def _suite_name(locale):
    return locale or "shared"


class _Case:
    def __init__(self, name, classname):
        self.name, self.classname = name, classname
        self.findings, self.error = [], None


def _cases(summary):
    """{locale: {key: _Case}} in the order addresses were opened."""
    suites = defaultdict(dict)
    by_url = {}
    for address in summary.addresses:
        case = _Case(address.url, f"accessibility.{_suite_name(address.locale)}.{address.state}")
        if not address.loaded:
            case.error = address.reason or pgettext("accessibility report",
                                                    "The address did not load.")
        suites[address.locale][("url", address.url)] = case
        by_url.setdefault(address.url, case)
    for finding in summary.findings:
        case = by_url.get(finding.url) if finding.url else None
        if case is None:
            key = ("page", finding.page_id)
            case = suites[finding.locale].get(key)
            if case is None:
                if finding.page_id:
                    name = pgettext("accessibility report", "Content of page %(id)s %(title)s") % {
                        "id": finding.page_id, "title": page_title(finding)}
                else:
                    name = pgettext("accessibility report", "Shared templates")
                case = suites[finding.locale][key] = _Case(
                    name.strip(), f"accessibility.{_suite_name(finding.locale)}.content")
        case.findings.append(finding)
    return suites


def _failure_text(finding):
    lines = [f"{CSV_HEADINGS['location']}: {finding.location}"]
    if finding.snippet:
        lines.append(f"{CSV_HEADINGS['snippet']}: {finding.snippet}")
    hint = labels.rule_hint(finding)
    if hint:
        lines.append(f"{CSV_HEADINGS['hint']}: {hint}")
    if finding.wcag:
        lines.append(f"WCAG {finding.wcag}")
    return "\n".join(lines)


def build(summary):
    name = pgettext("accessibility report", "Accessibility audit")
    root = ET.Element("testsuites", name=_text(name))
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for locale, cases in sorted(_cases(summary).items()):
        suite = ET.SubElement(root, "testsuite", name=_text(_suite_name(locale)),
                              timestamp=summary.run.started_at.isoformat())
        counts = {"tests": 0, "failures": 0, "errors": 0}
        for case in cases.values():
            element = ET.SubElement(suite, "testcase", name=_text(case.name),
                                    classname=_text(case.classname))
            counts["tests"] += 1
            if case.error:
                ET.SubElement(element, "error", message=_text(case.error),
                              type="PageUnavailable")
                counts["errors"] += 1
            dismissed = []
            for finding in case.findings:
                if finding.is_dismissed:
                    dismissed.append(f"{finding.rule} ({finding.location}): "
                                     f"{dismissal_text(finding)}")
                    continue
                failure = ET.SubElement(element, "failure",
                                        message=_text(f"{finding.rule} ({finding.impact})"),
                                        type=_text(finding.rule))
                failure.text = _text(_failure_text(finding))
                counts["failures"] += 1
            if dismissed:
                ET.SubElement(element, "system-out").text = _text(
                    pgettext("accessibility report", "Dismissed:") + "\n" + "\n".join(dismissed))
        for name, number in counts.items():
            suite.set(name, str(number))
            totals[name] += number
    for name, number in totals.items():
        root.set(name, str(number))
    return root


def render(summary):
    return ET.tostring(build(summary), encoding="utf-8", xml_declaration=True)
