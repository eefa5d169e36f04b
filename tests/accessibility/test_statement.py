"""The accessibility statement page (issue 12, point 7): the EU model's
sections in the reader's language, the status from the manual audit, no
publishing from an unfinished audit, the footer link on every page and the
yearly review reminder."""

import datetime
from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

import accessibility.manual_audit.hooks  # noqa: F401 (until wagtail_hooks imports them)
import accessibility.statement_hooks  # noqa: F401
from accessibility.models import AccessibilityStatementPage, Assessment, AuditSample, ManualAudit
from accessibility.statement import compliance
from accessibility.statement_hooks import overdue_statements
from tests.factories import (
    make_organisation,
    make_page,
    make_site,
    make_user,
    publish,
    translate,
)

pytestmark = pytest.mark.django_db


def finished_audit(home, failing=()):
    audit = ManualAudit.objects.create(title="Audit", auditors="AnySurfer", method="third_party")
    AuditSample.objects.create(audit=audit, kind="home", page=home)
    for sample in audit.sample_choices():
        for criterion in audit.criteria():
            Assessment.objects.create(
                audit=audit, sample=sample, criterion=criterion.number,
                result=compliance.FAIL if criterion.number in failing else compliance.PASS,
                note="Grey on grey" if criterion.number in failing else "")
    return audit


@pytest.fixture
def site():
    home = make_site()
    make_organisation(home, email="info@cpas.example", phone="02 555 00 00")
    return home


def make_statement(home, audit=None, **fields):
    fields.setdefault("title", "Déclaration d'accessibilité")
    return make_page(home, AccessibilityStatementPage, slug="accessibilite", audit=audit,
                     **fields)


def test_the_statement_shows_the_eu_model_sections_in_french(client, site):
    statement = make_statement(site, finished_audit(site, failing=["1.4.3"]),
                               legal_basis="brussels")
    html = unescape(client.get(statement.url).content.decode())
    for heading in ("Notre engagement", "État de conformité", "Contenu non accessible",
                    "Établissement de cette déclaration", "Retour d'information et contact",
                    "Procédure de recours"):
        assert heading in html, heading
    assert "partiellement conforme" in html
    assert "Critère de succès 1.4.3 « Contraste (minimum) » (niveau AA)" in html
    # where it fails, in the reader's words; the auditor's working notes stay in the register
    assert "en-tête, menu et pied de page de chaque page, Accueil" in html
    assert "Grey on grey" not in html
    assert "ordonnance bruxelloise du 4 octobre 2018" in html.lower()
    assert "mailto:info@cpas.example" in html
    assert "ombudsman.brussels" in html


def test_a_fully_passed_audit_says_fully_compliant(client, site):
    statement = make_statement(site, finished_audit(site))
    html = unescape(client.get(statement.url).content.decode())
    assert "totalement conforme" in html
    assert "Contenu non accessible" not in html


def test_editor_items_list_burden_and_out_of_scope_with_reasons(client, site):
    statement = make_statement(site, finished_audit(site), non_accessible=[
        ("non_compliance", {"content": "Certains anciens PDF ne sont pas balisés",
                            "criterion": "1.3.1", "alternative": "Version web sur demande"}),
        ("burden", {"content": "Archives vidéo", "assessment": "Trop coûteux pour le CPAS",
                    "alternative": "Transcription sur demande"}),
        ("out_of_scope", {"content": "Carte du quartier", "reason": "maps",
                          "alternative": ""}),
    ])
    html = unescape(client.get(statement.url).content.decode())
    assert "Certains anciens PDF ne sont pas balisés (critère de succès 1.3.1)" in html
    assert "Charge disproportionnée" in html and "Trop coûteux pour le CPAS" in html
    assert "Carte du quartier" in html and "Cartes en ligne" in html


def test_the_page_cannot_be_published_from_an_unfinished_audit(client, site):
    unfinished = ManualAudit.objects.create(title="Half done", auditors="Ana")
    AuditSample.objects.create(audit=unfinished, kind="home", page=site)
    Assessment.objects.create(audit=unfinished, sample=None, criterion="1.1.1", result="pass")
    statement = make_statement(site, live=False)
    client.force_login(make_user(superuser=True))
    url = reverse("wagtailadmin_pages:edit", args=[statement.pk])
    data = {"title": statement.title, "slug": statement.slug, "legal_basis": "federal",
            "prepared_on": "2026-11-30", "audit": unfinished.pk,
            "non_accessible-count": "0", "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0", "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000"}
    with translation.override("fr"):
        response = client.post(url, {**data, "action-publish": "1"})
    assert response.status_code == 200
    assert "terminez-le avant de publier la déclaration" in unescape(response.content.decode())
    statement.refresh_from_db()
    assert not statement.live
    # a draft may be saved
    response = client.post(url, data)
    assert response.status_code == 302
    # once the audit is finished, it publishes
    for sample in unfinished.sample_choices():
        for criterion in unfinished.criteria():
            Assessment.objects.update_or_create(
                audit=unfinished, sample=sample, criterion=criterion.number,
                defaults={"result": "pass"})
    response = client.post(url, {**data, "action-publish": "1"})
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.live


def test_every_page_links_the_statement_in_its_footer_once_published(client, site):
    other = make_page(site, title="Logement")
    assert "/accessibilite/" not in client.get(other.url).content.decode()
    statement = make_statement(site, finished_audit(site))
    html = client.get(other.url).content.decode()
    footer = html[html.index("<footer"):]
    assert f'href="{statement.url}"' in footer and ">Accessibilité<" in footer
    statement.unpublish()
    assert statement.url not in client.get(other.url).content.decode()


def test_each_language_links_its_own_statement(client, site):
    statement = make_statement(site, finished_audit(site))
    translate(site, "nl", title="Startpagina")
    dutch = translate(statement, "nl", title="Toegankelijkheidsverklaring",
                      slug="toegankelijkheid")
    dutch_home = site.get_translation(dutch.locale).specific
    html = client.get(dutch_home.url).content.decode()
    assert f'href="{dutch.url}"' in html and ">Toegankelijkheid<" in html
    page = client.get(dutch.url).content.decode()
    assert "Toegankelijkheidsverklaring" in page and "Beroepsprocedure" in page


def test_the_admin_reminds_of_a_statement_not_reviewed_for_a_year(client, site):
    admin = make_user(superuser=True)
    statement = make_statement(site, finished_audit(site),
                               prepared_on=datetime.date.today() - datetime.timedelta(days=400))
    assert overdue_statements(admin) == [statement]
    client.force_login(admin)
    dashboard = unescape(client.get(reverse("wagtailadmin_home")).content.decode())
    assert "Déclaration d'accessibilité à revoir" in dashboard
    assert reverse("wagtailadmin_pages:edit", args=[statement.pk]) in dashboard
    statement.reviewed_on = datetime.date.today()
    publish(statement)
    assert overdue_statements(admin) == []
    dashboard = unescape(client.get(reverse("wagtailadmin_home")).content.decode())
    assert "Déclaration d'accessibilité à revoir" not in dashboard


def test_a_review_before_the_preparation_is_refused(site):
    from django.core.exceptions import ValidationError

    statement = make_statement(site, finished_audit(site))
    statement.reviewed_on = statement.prepared_on - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        statement.full_clean()
    assert "reviewed_on" in error.value.message_dict


def test_an_audit_without_sample_pages_cannot_back_a_statement(site):
    from accessibility.models.statement import publish_problem

    audit = ManualAudit.objects.create(title="Only the shared parts", auditors="Ana")
    for criterion in audit.criteria():
        Assessment.objects.create(audit=audit, sample=None, criterion=criterion.number,
                                  result="pass")
    assert audit.is_complete()
    assert "pas de pages dans son échantillon" in str(publish_problem(audit))
    assert publish_problem(None) is not None
    assert publish_problem(finished_audit(site)) is None


def test_bulk_publishing_from_the_page_listing_checks_the_audit_too(client, site):
    unfinished = ManualAudit.objects.create(title="Half done", auditors="Ana")
    AuditSample.objects.create(audit=unfinished, kind="home", page=site)
    statement = make_statement(site, unfinished, live=False)
    client.force_login(make_user(superuser=True))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={statement.pk}&next=/admin/", {"include_descendants": ""})
    assert response.status_code == 302
    statement.refresh_from_db()
    assert not statement.live
    finished = finished_audit(site)
    statement.audit = finished
    statement.save_revision()
    client.post(f"{url}?id={statement.pk}&next=/admin/", {"include_descendants": ""})
    statement.refresh_from_db()
    assert statement.live
