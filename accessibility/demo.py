"""The manual audit behind the reference site's accessibility statement, for
``seed_demo`` (this app never imports the reference site: ``seed_demo``
calls ``ensure_demo_audit`` once the French pages are published, then
publishes the statement, whose texts and translations are the demo's data
files, like every other demo page).

Idempotent like the rest of the demo: the audit, its samples and
assessments are found by stable keys and saved only when they differ. The
audit is the auditors' working record, kept in French and never translated.
"""

import datetime

from wagtail.models import Page

from .models import Assessment, AuditSample, ManualAudit
from .statement import compliance

AUDIT_TITLE = "Audit de démonstration (WCAG 2.2)"
STARTED_ON = datetime.date(2026, 11, 2)
ASSESSED_ON = datetime.date(2026, 11, 16)
# One failure, found on the content pages: what the statement then lists.
FAILED = {"1.3.1": "Anciens rapports annuels en PDF non balisés (liens en bas de page)."}
# Criteria that apply only where a form is: not applicable elsewhere.
FORM_ONLY = {"1.3.5", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.7", "3.3.8"}
# No audio, video or login on the demo site.
NOT_PRESENT = {"1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.4.2", "3.3.8"}


def _first(home, app_label, model):
    return (Page.objects.descendant_of(home).live()
            .filter(content_type__app_label=app_label, content_type__model=model)
            .order_by("path").first())


def _sample_pages(home):
    """(kind, page) pairs: AnySurfer's sample as far as the site has them."""
    found = [("home", home)]
    contact = getattr(home, "contact_page", None)
    if contact is not None:
        found.append(("contact", contact))
    form = _first(home, "balise_forms", "contactformpage")
    if form is not None:
        found.append(("form", form))
    explorer = _first(home, "balise_rights", "rightsexplorerpage")
    if explorer is not None:
        found.append(("explorer", explorer))
    content = (Page.objects.descendant_of(home).live()
               .filter(content_type__app_label="balise_pages",
                       content_type__model="informationpage").order_by("path")[:2])
    found += [("content", page) for page in content]
    return found


def _result(criterion, kind):
    if criterion in NOT_PRESENT or (criterion in FORM_ONLY and kind not in ("form", "explorer")):
        return compliance.NOT_APPLICABLE, ""
    if criterion in FAILED and kind == "content":
        return compliance.FAIL, FAILED[criterion]
    return compliance.PASS, ""


def ensure_demo_audit(home):
    """The finished manual audit of ``home``'s published pages (the French
    home): every criterion assessed, one failure, so the statement built on
    it says "partially compliant" and can be published."""
    audit, _created = ManualAudit.objects.get_or_create(title=AUDIT_TITLE, defaults={
        "started_on": STARTED_ON, "auditors": "Équipe communication du CPAS",
        "method": "self", "wcag_version": "2.2",
        "scope_note": "Échantillon AnySurfer, en français ; les traductions partagent les "
                      "mêmes modèles de page."})
    samples = [None]
    for order, (kind, page) in enumerate(_sample_pages(home.specific)):
        sample, _created = AuditSample.objects.get_or_create(
            audit=audit, page=page, defaults={"kind": kind, "sort_order": order})
        samples.append(sample)
    recorded = {(row.sample_id, row.criterion): row for row in audit.assessments.all()}
    new = []
    for sample in samples:
        kind = "shared" if sample is None else sample.kind
        for criterion in audit.criteria():
            result, note = _result(criterion.number, kind)
            row = recorded.get((getattr(sample, "pk", None), criterion.number))
            if row is None:
                new.append(Assessment(audit=audit, sample=sample, criterion=criterion.number,
                                      result=result, note=note, assessed_on=ASSESSED_ON,
                                      easy_to_fix=False))
            elif (row.result, row.note) != (result, note):
                row.result, row.note, row.assessed_on = result, note, ASSESSED_ON
                row.save(update_fields=["result", "note", "assessed_on"])
    Assessment.objects.bulk_create(new)
    return audit
