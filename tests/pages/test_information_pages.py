"""Information, topic and contact pages as citizens read them, and the rules
the editor enforces on their blocks."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from pages.blocks.information import DocumentBlock, ImageBlock, InformationBodyBlock, TableBlock
from pages.contact.opening_hours import status_at
from pages.models import ContactChannel, InformationPage
from pages.models.information import add_months
from tests.conftest import LANGUAGES, outline, text_of
from tests.factories import (
    locales,
    localize,
    make_channel,
    make_page,
    make_reach_us,
    make_site,
    make_topic,
    make_user,
    translate,
    translate_snippet,
)

Document = get_document_model()

INCOME = {
    "fr": {"title": "Demander le revenu d'intégration", "slug": "revenu-integration",
           "intro": "Le revenu d'intégration est de l'argent que nous vous donnons chaque mois.",
           "caption": "Le montant le plus haut par mois"},
    "nl": {"title": "Een leefloon aanvragen", "slug": "leefloon",
           "intro": "Het leefloon is geld dat wij u elke maand geven.",
           "caption": "Het hoogste bedrag per maand"},
    "de": {"title": "Das Eingliederungseinkommen beantragen", "slug": "eingliederungseinkommen",
           "intro": "Das Eingliederungseinkommen ist Geld, das wir Ihnen jeden Monat geben.",
           "caption": "Der höchste Betrag pro Monat"},
    "en": {"title": "Applying for the living wage", "slug": "living-wage",
           "intro": "The living wage is money we give you every month.",
           "caption": "The highest amount per month"},
}


def income_body(caption):
    """What the demo's income page has first: a sub-heading, the table of
    amounts, then the steps to apply."""
    return [
        {"type": "subheading", "value": {"text": "Combien ?", "level": "h2"}},
        {"type": "table", "value": {
            "caption": caption, "header": ["Votre situation", "Par mois"],
            "rows": [{"cells": ["Vous vivez avec quelqu'un", "876,13 euros"]},
                     {"cells": ["Vous vivez seul", "1 314,20 euros"]}]}},
        {"type": "steps", "value": {"steps": [
            "Appelez-nous ou venez au guichet pour prendre rendez-vous.",
            "Nous vous donnons notre réponse dans les 30 jours."]}},
    ]


def versions(fields):
    return {key: value for key, value in fields.items() if key != "caption"}


@pytest.fixture
def home(db):
    return make_site()


@pytest.fixture
def income(home):
    """The income page in the four languages, checked on 12 October 2026."""
    topic = make_topic(home, title="Argent et dettes", slug="argent-dettes")
    page = make_page(topic, **versions(INCOME["fr"]), body=income_body(INCOME["fr"]["caption"]),
                     last_reviewed=datetime.date(2026, 10, 12))
    for language in LANGUAGES[1:]:
        translate(page, language, **versions(INCOME[language]),
                  body=income_body(INCOME[language]["caption"]))
    return page


def test_in_short_is_first_and_the_review_date_is_shown_in_the_readers_language(
        client, income):
    expected = {"fr": "Vérifié le 12 octobre 2026", "nl": "Nagekeken op 12 oktober 2026",
                "de": "Geprüft am 12. Oktober 2026", "en": "Checked on 12 October 2026"}
    for language in LANGUAGES:
        page = InformationPage.objects.get(locale__language_code=language,
                                           translation_key=income.translation_key)
        text = text_of(client.get(page.url))
        assert text.index(page.intro) < text.index(page.body[1].value["caption"]), language
        assert expected[language] in text, language


FIRST_MEETING_BODY = [
    {"type": "callout", "value": {"kind": "important", "text": "<p>Venez avec vos papiers.</p>"}},
    {"type": "callout", "value": {"kind": "warning", "text": "<p>Le rendez-vous est gratuit.</p>"}},
    {"type": "questions", "value": {"questions": [
        {"question": "Je peux venir avec quelqu'un ?", "answer": "<p>Oui.</p>"}]}},
    {"type": "checklist", "value": {"items": ["votre carte d'identité", "votre contrat de bail"]}},
]


def test_callouts_questions_steps_and_tables_have_their_accessible_markup(client, income):
    html = client.get(income.url).content.decode()
    assert '<table class="data-table">' in html and "<caption>" in html
    assert '<th scope="col">' in html and '<th scope="row">' in html
    assert '<ol class="steps">' in html
    first_meeting = make_page(income.get_parent(), title="Préparer votre premier rendez-vous",
                              body=FIRST_MEETING_BODY)
    translate(first_meeting, "nl", title="Uw eerste afspraak voorbereiden", slug="eerste-afspraak")
    pages = InformationPage.objects.filter(locale__language_code="nl")
    all_html = "".join(client.get(page.url).content.decode() for page in pages)
    assert '<span class="visually-hidden">Belangrijk: </span>' in all_html \
        and '<span class="visually-hidden">Let op: </span>' in all_html
    assert "<details class=\"question\">" in all_html and "<summary>" in all_html
    assert '<ul class="checklist">' in all_html


def test_a_topic_lists_its_information_pages_in_the_readers_language(client, home):
    french_topic = make_topic(home, title="Argent et dettes", slug="argent-dettes")
    for number in range(4):
        translate(make_page(french_topic, slug=f"page-fr-{number}"), "de",
                  title=f"Seite {number}", slug=f"seite-{number}")
    make_page(french_topic, title="Pas encore traduite")
    topic = french_topic.get_translation(locales()["de"])
    response = client.get(topic.url)
    links = [link["href"] for link in outline(response).links]
    children = InformationPage.objects.child_of(topic).live()
    assert children.count() == 4
    assert all(child.url in links for child in children)
    assert "Pas encore traduite" not in text_of(response)


def channel_texts(name, do_not_share="", wheelchair_access=""):
    return {"name": name, "do_not_share": do_not_share, "wheelchair_access": wheelchair_access}


def period(weekday, opens, closes):
    return {"type": "period", "value": {"weekday": weekday, "opens": opens, "closes": closes}}


WEEKDAYS = [period(str(day), "09:00:00", "12:00:00") for day in range(5)]


def test_the_contact_page_puts_desk_and_phone_first_and_says_if_each_is_open(client, home):
    english = {
        "email": channel_texts("By e-mail", "Do not send your national number."),
        "video": channel_texts("By video call", "Do not show your bank card."),
        "phone": channel_texts("By phone", "Never give your secret codes."),
        "desk": channel_texts("At the desk", wheelchair_access="The desk has no step."),
    }
    for kind in ("email", "video", "phone", "desk"):  # desk and phone made last
        french = make_channel(kind, email="cpas@example.org" if kind == "email" else "",
                              hours=[] if kind == "email" else WEEKDAYS)
        translate_snippet(french, "en", **english[kind])
    page = translate(make_reach_us(home, title="Nous contacter"), "en", title="Contact us")
    html = client.get(page.url).content.decode()
    kinds = [chunk.split('"')[0] for chunk in html.split('class="channel channel--')[1:]]
    assert kinds[:2] == ["desk", "phone"] and set(kinds) == {"desk", "phone", "email", "video"}
    assert html.count('class="open-status') == 3, "every channel with hours says open or closed"
    assert "Wheelchair access" in html and "Do not share here" in html


def test_open_now_and_the_next_opening_time():
    periods = [{"weekday": "0", "opens": datetime.time(9), "closes": datetime.time(12)},
               {"weekday": "2", "opens": datetime.time(13, 30), "closes": datetime.time(16)}]
    monday = datetime.datetime(2026, 11, 23)
    assert status_at(periods, monday.replace(hour=10)).until == datetime.time(12)
    early = status_at(periods, monday.replace(hour=8))
    assert (early.is_open, early.days_ahead, early.next_opens) == (False, 0, datetime.time(9))
    noon = status_at(periods, monday.replace(hour=12))
    with translation.override("en"):
        assert (noon.is_open, noon.days_ahead, noon.next_day_name) == (False, 2, "Wednesday")
    wednesday_night = status_at(periods, monday.replace(day=25, hour=20))
    assert (wednesday_night.days_ahead, wednesday_night.next_weekday) == (5, 0)
    assert status_at([], monday) is None


def test_channels_of_a_language_are_translated_with_the_same_hours(db):
    desk = make_channel("desk", hours=[period("0", "09:00:00", "12:00:00"),
                                       period("2", "13:30:00", "16:00:00")])
    phone = make_channel("phone", hours=WEEKDAYS)
    for channel in (desk, phone):
        localize(channel, ["nl"], texts={"nl": {"Au guichet": "Aan het loket",
                                                "Par téléphone": "Telefonisch"}})
    french = {c.kind: c for c in ContactChannel.objects.filter(locale__language_code="fr")}
    dutch = {c.kind: c for c in ContactChannel.objects.filter(locale__language_code="nl")}
    assert set(french) == set(dutch)
    assert french["desk"].name != dutch["desk"].name
    assert french["desk"].periods() == dutch["desk"].periods()


def test_review_due_date_and_overdue_pages(db):
    assert add_months(datetime.date(2026, 8, 31), 6) == datetime.date(2027, 2, 28)
    page = InformationPage(last_reviewed=datetime.date(2026, 5, 1), review_interval=6)
    assert page.review_due == datetime.date(2026, 11, 1)
    assert page.is_overdue(datetime.date(2026, 11, 2))
    assert not page.is_overdue(datetime.date(2026, 10, 31))
    assert InformationPage(last_reviewed=None).is_overdue(), "never reviewed: to review"


def test_in_short_sentences_are_counted_as_the_checker_counts_them_and_drafts_may_run_over(db):
    count = InformationPage.count_in_short("Un. Deux ? Trois…\r\nQuatre 02 555 12 34\n\n5.")
    assert (count.sentences, count.limit) == (4, 3) and count.too_many_sentences
    assert count.characters == len("Un. Deux ? Trois…\nQuatre 02 555 12 34\n\n5.")
    assert not InformationPage.count_in_short("Un. Deux. Trois.").too_many_sentences
    page = InformationPage(title="Test", slug="t", intro="Un. Deux. Trois. Quatre.")
    page.clean()  # the limit is a publishing rule (pages/page_form.py), not a model one


def _stream(*children):
    block = InformationBodyBlock()
    return block, block.to_python([{"type": kind, "value": value} for kind, value in children])


def test_sub_heading_levels_may_not_be_skipped():
    block, value = _stream(("subheading", {"text": "A", "level": "h2"}),
                           ("subheading", {"text": "B", "level": "h4"}))
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert list(error.value.block_errors) == [1]
    block, value = _stream(("subheading", {"text": "A", "level": "h2"}),
                           ("subheading", {"text": "B", "level": "h3"}),
                           ("subheading", {"text": "C", "level": "h2"}))
    block.clean(value)


@pytest.mark.django_db
@translation.override("en")
def test_an_image_needs_a_real_text_alternative_unless_it_is_decorative():
    image = Image.objects.create(title="Guichet", file=get_test_image_file())
    block = ImageBlock()
    for alt, message in (("", "Decorative"), ("IMG_2041.jpg", "file name"),
                         ("photo-3", "file name"), ("guichet_final", "file name")):
        with pytest.raises(ValidationError) as error:
            block.clean(block.to_python({"image": image.pk, "alt_text": alt}))
        assert message in str(error.value.block_errors["alt_text"]), alt
    block.clean(block.to_python({"image": image.pk, "alt_text": "Le guichet, au rez-de-chaussée"}))
    block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))


@pytest.mark.django_db
def test_a_pdf_needs_a_web_version_or_an_explicit_no_web_version(home):
    pdf = Document.objects.create(title="Formulaire", file=ContentFile(b"%PDF-1.4", "form.pdf"))
    block = DocumentBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"document": pdf.pk}))
    web = make_page(home, title="Demander le revenu d'intégration")
    block.clean(block.to_python({"document": pdf.pk, "web_version": web.pk}))
    block.clean(block.to_python({"document": pdf.pk, "no_web_version": True}))


def test_a_table_needs_a_caption_and_rows_no_wider_than_its_header():
    block = TableBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"caption": "", "header": ["A"], "rows": [{"cells": ["1"]}]}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"caption": "Montants", "header": ["A"],
                                     "rows": [{"cells": ["1", "2"]}]}))
    block.clean(block.to_python({"caption": "Montants", "header": ["A", "B"],
                                 "rows": [{"cells": ["1", "2"]}]}))


def test_a_pdf_ticked_no_web_version_shows_up_in_the_documents_report(client, home):
    pdf = Document.objects.create(title="Formulaire à signer",
                                  file=ContentFile(b"%PDF-1.4", "signer.pdf"))
    page = make_page(home, title="Préparer votre premier rendez-vous", body=[
        {"type": "paragraph", "value": "<p>Venez au guichet.</p>"}])
    page.body.append(("document", {"document": pdf, "web_version": None,
                                   "no_web_version": True}))
    page.save_revision().publish()
    client.force_login(make_user("audit", superuser=True))
    text = text_of(client.get(reverse("balise_documents_report")))
    assert "Formulaire à signer" in text and page.title in text
    html = client.get(page.url).content.decode()
    assert "signer.pdf" in html or "Formulaire à signer" in html
