"""The reference site's accessibility statement and the manual audit it is
based on, for ``seed_demo`` (which calls ``build_demo_statement`` once the
homes are translated; this app never imports the reference site).

Idempotent like the rest of the demo: the audit, its samples and
assessments and the statement are found by stable keys and saved only when
they differ; the translations go through wagtail-localize with the texts
below, as a translator would fill them in.
"""

import datetime

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .models import AccessibilityStatementPage, Assessment, AuditSample, ManualAudit
from .statement import compliance, regions

AUDIT_TITLE = "Audit de démonstration (WCAG 2.2)"
STARTED_ON = datetime.date(2026, 11, 2)
ASSESSED_ON = datetime.date(2026, 11, 16)
PREPARED_ON = datetime.date(2026, 11, 20)
SLUG = "declaration-accessibilite"
# One failure, found on the content pages: what the statement then lists.
FAILED = {"1.3.1": "Anciens rapports annuels en PDF non balisés (liens en bas de page)."}
# Criteria that apply only where a form is: not applicable elsewhere.
FORM_ONLY = {"1.3.5", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.7", "3.3.8"}
# No audio, video or login on the demo site.
NOT_PRESENT = {"1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.4.2", "3.3.8"}

FRENCH = {
    "title": "Déclaration d'accessibilité",
    "intro": "Ce que nous faisons pour que chacun puisse utiliser ce site, et ce qui ne "
             "fonctionne pas encore.",
    "feedback_text": "Nous répondons dans les 5 jours ouvrables.",
}
NON_COMPLIANCE = {
    "content": "Certains anciens rapports annuels en PDF ne sont pas balisés : un lecteur "
               "d'écran ne peut pas les lire.",
    "criterion": "1.3.1",
    "alternative": "Demandez-nous la version web : nous vous l'envoyons dans les 5 jours "
                   "ouvrables.",
}
OUT_OF_SCOPE = {
    "content": "Les vidéos en direct des séances du conseil de l'action sociale",
    "reason": "live_media",
    "alternative": "Le procès-verbal de chaque séance est publié sur ce site.",
}
# French text -> {language: translation}; slugs are translated too.
TRANSLATIONS = {
    SLUG: {"nl": "toegankelijkheidsverklaring", "de": "erklaerung-barrierefreiheit",
           "en": "accessibility-statement"},
    FRENCH["title"]: {"nl": "Toegankelijkheidsverklaring",
                      "de": "Erklärung zur Barrierefreiheit", "en": "Accessibility statement"},
    FRENCH["intro"]: {
        "nl": "Wat wij doen zodat iedereen deze website kan gebruiken, en wat nog niet werkt.",
        "de": "Was wir tun, damit alle diese Website nutzen können, und was noch nicht "
              "funktioniert.",
        "en": "What we do so that everyone can use this website, and what does not work yet."},
    FRENCH["feedback_text"]: {"nl": "Wij antwoorden binnen 5 werkdagen.",
                              "de": "Wir antworten innerhalb von 5 Werktagen.",
                              "en": "We answer within 5 working days."},
    NON_COMPLIANCE["content"]: {
        "nl": "Sommige oudere jaarverslagen in pdf zijn niet getagd: een schermlezer kan ze "
              "niet lezen.",
        "de": "Einige ältere Jahresberichte im PDF-Format sind nicht getaggt: Ein Screenreader "
              "kann sie nicht lesen.",
        "en": "Some older annual reports in PDF are not tagged: a screen reader cannot read "
              "them."},
    NON_COMPLIANCE["criterion"]: {"nl": "1.3.1", "de": "1.3.1", "en": "1.3.1"},
    NON_COMPLIANCE["alternative"]: {
        "nl": "Vraag ons de webversie: wij sturen ze u binnen 5 werkdagen.",
        "de": "Fragen Sie uns nach der Webversion: Wir senden sie Ihnen innerhalb von "
              "5 Werktagen.",
        "en": "Ask us for the web version: we send it to you within 5 working days."},
    OUT_OF_SCOPE["content"]: {
        "nl": "De livevideo's van de vergaderingen van de raad voor maatschappelijk welzijn",
        "de": "Die Live-Videos der Sitzungen des Sozialhilferates",
        "en": "The live videos of the social welfare council's meetings"},
    OUT_OF_SCOPE["alternative"]: {
        "nl": "De notulen van elke vergadering worden op deze website gepubliceerd.",
        "de": "Das Protokoll jeder Sitzung wird auf dieser Website veröffentlicht.",
        "en": "The minutes of each meeting are published on this website."},
}


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
    audit, _created = ManualAudit.objects.get_or_create(title=AUDIT_TITLE, defaults={
        "started_on": STARTED_ON, "auditors": "Équipe communication du CPAS",
        "method": "self", "wcag_version": "2.2",
        "scope_note": "Échantillon AnySurfer, en français ; les traductions partagent les "
                      "mêmes modèles de page."})
    samples = [None]
    for order, (kind, page) in enumerate(_sample_pages(home)):
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


def _statement_fields(audit):
    return {**FRENCH, "audit": audit, "legal_basis": regions.WALLONIA,
            "prepared_on": PREPARED_ON}


def _stream():
    return [("non_compliance", NON_COMPLIANCE), ("out_of_scope", OUT_OF_SCOPE)]


def ensure_french_statement(home, audit):
    """The French statement under ``home``, published when new or changed."""
    fields = _statement_fields(audit)
    statement = AccessibilityStatementPage.objects.child_of(home).filter(slug=SLUG).first()
    if statement is None:
        statement = home.add_child(instance=AccessibilityStatementPage(
            slug=SLUG, locale_id=home.locale_id, non_accessible=_stream(), **fields))
        statement.save_revision().publish()
        return AccessibilityStatementPage.objects.get(pk=statement.pk)
    current = {name: getattr(statement, name) for name in fields}
    stream = [(block.block_type, dict(block.value)) for block in statement.non_accessible]
    if current != fields or stream != _stream() or not statement.live:
        for name, value in fields.items():
            setattr(statement, name, value)
        statement.non_accessible = _stream()
        statement.save_revision().publish()
        statement = AccessibilityStatementPage.objects.get(pk=statement.pk)
    return statement


def _fill(translation, language):
    changed = False
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context")
    for segment in segments:
        french = segment.string.data
        text = TRANSLATIONS.get(french, {}).get(language)
        if text is None:
            raise LookupError(f"accessibility/demo.py: no {language} text for {french!r}")
        _string, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string, locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL})
        if not created and _string.data != text:
            _string.data = text
            _string.save(update_fields=["data"])
            changed = True
        changed = changed or created
    return changed


def translate_statement(statement, languages=None):
    """The statement's translations through wagtail-localize, for every
    language whose home exists. Returns {language: page}."""
    home = statement.get_parent()
    locales = Locale.objects.exclude(pk=statement.locale_id)
    if languages is not None:
        locales = locales.filter(language_code__in=languages)
    result = {}
    for locale in locales:
        if home.get_translation_or_none(locale) is None:
            continue
        with transaction.atomic():
            known = TranslationSource.objects.filter(
                object_id=statement.translation_key, locale_id=statement.locale_id,
            ).values_list("last_updated_at", flat=True).first()
            source, created = TranslationSource.update_or_create_from_instance(statement)
            record, new = Translation.objects.get_or_create(source=source, target_locale=locale)
            changed = _fill(record, locale.language_code)
            target = statement.get_translation_or_none(locale)
            current = target is not None and target.live and not target.has_unpublished_changes
            if new or created or changed or source.last_updated_at != known or not current:
                record.save_target(publish=True)
        result[locale.language_code] = statement.get_translation(locale)
    return result


def build_demo_statement(home):
    """The demo's manual audit and its statement in every language of the
    site: ``home`` is the French home, its translations already made."""
    audit = ensure_demo_audit(home.specific)
    statement = ensure_french_statement(home, audit)
    pages = {Locale.objects.get(pk=statement.locale_id).language_code: statement}
    pages.update(translate_statement(statement))
    return pages
