"""Audit runs and findings built with the ORM, as the audit stores them, for
the report's and the dismissals' tests."""

import datetime

from django.utils import timezone

from accessibility.findings import Finding
from accessibility.models import AuditedAddress, AuditFinding, AuditRun


def make_run(days_ago=0, **fields):
    started = timezone.now() - datetime.timedelta(days=days_ago, minutes=5)
    fields.setdefault("status", AuditRun.FINISHED)
    fields.setdefault("finished_at", started + datetime.timedelta(minutes=2))
    fields.setdefault("axe_version", "4.10.2")
    return AuditRun.objects.create(started_at=started, **fields)


def add_finding(run, rule="image-alt", impact="critical", location="main > img",
                snippet='<img src="logo.png">', page=None, source=AuditFinding.AXE,
                wcag="1.1.1", en_clause="9.1.1.1", anysurfer="images", **fields):
    fingerprint = Finding(rule=rule, impact=impact, location=location,
                          snippet=snippet).fingerprint
    return AuditFinding.objects.create(
        run=run, source=source, rule=rule, impact=impact, wcag=wcag, en_clause=en_clause,
        anysurfer=anysurfer, location=location, snippet=snippet, fingerprint=fingerprint,
        page=page, locale=page.locale.language_code if page else "",
        url=page.url if page else "", **fields)


def add_address(run, url, page=None, loaded=True, reason=""):
    return AuditedAddress.objects.create(run=run, url=url, page=page, loaded=loaded,
                                         reason=reason,
                                         locale=page.locale.language_code if page else "")
