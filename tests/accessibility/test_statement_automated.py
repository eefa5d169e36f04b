"""The statement filled from the latest full automated run (issue 12, point
7): the date and number of pages it checked, the WCAG criteria it still finds
problems with, and the findings an auditor dismissed as a disproportionate
burden, listed with the auditor's explanation until the dismissal is revoked."""

import datetime
from html import unescape

import pytest
from django.utils import timezone, translation

from accessibility.models import (
    AccessibilityStatementPage,
    AuditedAddress,
    AuditFinding,
    AuditRun,
    FindingDismissal,
)
from accessibility.statement_automated import latest_automated_summary
from tests.factories import make_page, make_site, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return make_site()


def make_run(pages, *, finished_at, findings=(), **fields):
    run = AuditRun.objects.create(status=AuditRun.FINISHED, finished_at=finished_at,
                                  addresses_checked=len(pages), **fields)
    for page in pages:
        AuditedAddress.objects.create(run=run, url=page.url, page=page, locale="fr")
    for rule, wcag, page, fingerprint in findings:
        AuditFinding.objects.create(run=run, source=AuditFinding.CONTENT, rule=rule,
                                    impact="serious", wcag=wcag, page=page, locale="fr",
                                    fingerprint=fingerprint, location="body/0")
    return run


def burden(page, fingerprint="b" * 16, rule="document-no-web-version", wcag="1.3.1",
           explanation="Les PDF de 2003 à 2010 sont numérisés : les refaire coûterait 40 000 €."):
    return FindingDismissal.objects.create(
        fingerprint=fingerprint, page=page, rule=rule, wcag=wcag, location="body/0",
        reason=FindingDismissal.DISPROPORTIONATE_BURDEN, explanation=explanation,
        dismissed_by=make_user("auditrice"))


def statement(home):
    return make_page(home, AccessibilityStatementPage, slug="accessibilite",
                     title="Déclaration d'accessibilité")


def test_no_full_run_yet_means_no_automated_part(site):
    make_run([site], finished_at=timezone.now(), locale="fr")  # a partial run does not count
    assert latest_automated_summary(site) is None


def test_the_statement_gives_the_latest_full_runs_date_pages_and_open_criteria(client, site):
    page = make_page(site, title="Aide au logement")
    make_run([site], finished_at=timezone.now() - datetime.timedelta(days=30),
             findings=[("heading-order", "1.3.1", site, "h" * 16)])
    make_run([site, page], finished_at=timezone.make_aware(datetime.datetime(2026, 11, 25, 9)),
             findings=[("link-text-generic", "2.4.4", page, "a" * 16),
                       ("link-text-generic", "2.4.4", site, "c" * 16),
                       ("region", "", site, "r" * 16)])
    page_statement = statement(site)
    html = unescape(client.get(page_statement.url).content.decode())
    assert "Un contrôle automatique de 2 pages, le 25 novembre 2026, complète l'audit manuel." \
        in html
    assert ("Critère de succès 2.4.4 « Fonction du lien (selon le contexte) » (niveau A) : "
            "2 problèmes trouvés par le contrôle automatique") in html
    assert "1.3.1" not in html  # only in the older run: fixed
    assert "region" not in html  # a best practice is no WCAG non-compliance


def test_a_burden_dismissal_is_listed_with_its_explanation_until_revoked(client, site):
    page = make_page(site, title="Rapports annuels")
    make_run([site, page], finished_at=timezone.now(),
             findings=[("document-no-web-version", "1.3.1", page, "b" * 16),
                       ("link-text-generic", "2.4.4", page, "f" * 16)])
    dismissal = burden(page)
    FindingDismissal.objects.create(
        fingerprint="f" * 16, page=page, rule="link-text-generic", wcag="2.4.4",
        reason=FindingDismissal.FALSE_POSITIVE, explanation="Le lien est clair ici.")
    page_statement = statement(site)
    html = unescape(client.get(page_statement.url).content.decode())
    burden_part = html[html.index("Charge disproportionnée"):]
    assert "sur : Rapports annuels (critère de succès 1.3.1) : Les PDF de 2003 à 2010" \
        in burden_part
    # neither dismissed finding counts as an open problem; a false positive is not mentioned
    assert "trouvé par le contrôle automatique" not in html
    assert "Le lien est clair ici." not in html

    dismissal.revoked_at = timezone.now()
    dismissal.save()
    html = unescape(client.get(page_statement.url).content.decode())
    assert "Les PDF de 2003 à 2010" not in html
    assert "1 problème trouvé par le contrôle automatique" in html


def test_a_burden_on_the_shared_templates_is_named_in_the_readers_language(site):
    make_run([site], finished_at=timezone.now())
    burden(None, rule="link-text-generic", wcag="2.4.4", explanation="Le logo de la Région.")
    with translation.override("nl"):
        summary = latest_automated_summary(site)
        item = summary.burden[0]
        assert item.place == "kop, menu en voettekst van elke pagina"
        assert item.explanation == "Le logo de la Région."
        assert item.criterion == "2.4.4" and item.content
