"""The e-mails a contact request causes: an acknowledgement to the citizen,
a notification to the service, sent in the background, never twice, and
never lost when the mail server is down."""

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone, translation

from forms.models import ContactSubmission, OutgoingEmail
from forms.tasks import MAX_ATTEMPTS, send_email
from tests.factories import make_organisation, make_site, make_user, translate
from tests.forms.test_contact_form import answers, make_form_page

pytestmark = pytest.mark.django_db

SERVICE_ADDRESS = "service.social@cpas.example"
MESSAGE = "Mon loyer est en retard, que faire ?"


class MailServerDown(BaseEmailBackend):
    """What Django's SMTP backend does when nothing answers on the port."""

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


MAIL_SERVER_DOWN = "tests.forms.test_emails.MailServerDown"


@pytest.fixture
def home():
    home = make_site()
    make_organisation(home, email="contact@cpas.example")
    return home


@pytest.fixture
def form_page(home):
    return make_form_page(home, notify_address=SERVICE_ADDRESS)


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """Post a request as a browser does, running what waits for the commit."""
    def post(page, data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(page.url, data)
    return post


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_one_request_sends_a_dutch_acknowledgement_and_a_notification(submit, form_page):
    dutch = translate(form_page, "nl", title="Een vraag stellen", slug="vraag",
                      answering_service="De sociale dienst")
    response = submit(dutch, answers(votre_question=MESSAGE))
    assert response.status_code == 302
    submission = ContactSubmission.objects.get()
    assert len(mail.outbox) == 2

    [acknowledgement] = sent_to("jan.peeters@example.org")
    assert submission.reference in acknowledgement.subject
    assert "Uw aanvraag" in acknowledgement.subject
    assert "De sociale dienst beantwoordt uw vraag." in acknowledgement.body
    assert "U krijgt uiterlijk op" in acknowledgement.body
    assert "02 555 00 00" in acknowledgement.body
    assert acknowledgement.reply_to == ["contact@cpas.example"]
    with translation.override("nl"):
        assert reverse("balise_forms:status_lookup") in acknowledgement.body

    [notification] = sent_to(SERVICE_ADDRESS)
    assert submission.reference in notification.subject
    # The link opens the request in the inbox, which checks who reads it
    assert f"http://testserver/admin/requests/{submission.pk}/" in notification.body
    assert "Néerlandais" in notification.body  # the language to answer in
    for private in (MESSAGE, "jan.peeters", "Jan.Peeters", "example.org"):
        assert private not in notification.body
    assert set(OutgoingEmail.objects.values_list("kind", "status")) == {
        ("acknowledgement", "sent"), ("notification", "sent")}


def test_a_form_without_a_service_address_sends_only_the_acknowledgement(submit, home):
    page = make_form_page(home)
    submit(page, answers())
    assert [message.to for message in mail.outbox] == [["jan.peeters@example.org"]]


def test_a_phone_only_request_sends_no_acknowledgement(submit, form_page):
    submit(form_page, answers(reply_by="phone", reply_email="", reply_email_again="",
                              reply_phone="0470 12 34 56"))
    assert ContactSubmission.objects.count() == 1
    assert [message.to for message in mail.outbox] == [[SERVICE_ADDRESS]]
    assert "+32470123456" not in mail.outbox[0].body


@override_settings(EMAIL_BACKEND=MAIL_SERVER_DOWN)
def test_a_mail_server_down_keeps_the_request_and_the_retry_sends_each_email_once(
        submit, form_page):
    response = submit(form_page, answers())
    assert response.status_code == 302
    assert ContactSubmission.objects.count() == 1
    emails = OutgoingEmail.objects.all()
    assert {email.status for email in emails} <= {"failed", "queued"}
    assert all("ConnectionRefusedError" in email.last_error for email in emails)
    assert [email.attempts for email in emails] == [1, 1]  # no retry storm without a queue

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        call_command("send_pending_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
        call_command("send_pending_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
        for email in emails:
            send_email.enqueue(email.pk)  # a retry queued twice
    assert sorted(message.to[0] for message in mail.outbox) == [
        "jan.peeters@example.org", SERVICE_ADDRESS]
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {"sent"}


@override_settings(EMAIL_BACKEND=MAIL_SERVER_DOWN)
def test_with_a_queue_a_failed_message_is_tried_again_later(submit, form_page):
    submit(form_page, answers())
    email = OutgoingEmail.objects.get(kind="acknowledgement")
    OutgoingEmail.objects.filter(pk=email.pk).update(status="queued")
    with override_settings(TASKS={"default": {
            "BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        send_email.call(email.pk)
        [retry] = send_email.get_backend().results
    assert retry.args == [email.pk]
    assert retry.task.run_after > timezone.now()
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("failed", 2)


@override_settings(EMAIL_BACKEND=MAIL_SERVER_DOWN)
def test_a_message_that_failed_too_often_waits_for_an_explicit_retry(submit, form_page):
    submit(form_page, answers())
    OutgoingEmail.objects.update(attempts=MAX_ATTEMPTS)
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        call_command("send_pending_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
        assert mail.outbox == []
        call_command("send_pending_emails", "--all", "--now",
                     stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 2


def test_an_address_with_a_line_break_is_refused_and_nothing_is_sent(submit, form_page):
    hostile = "jan@example.org\nBcc: everyone@example.net"
    response = submit(form_page, answers(reply_email=hostile, reply_email_again=hostile))
    assert response.status_code == 200
    assert ContactSubmission.objects.count() == 0
    assert mail.outbox == []


def test_a_line_break_in_a_logged_address_never_reaches_a_header(submit, form_page):
    submit(form_page, answers())
    mail.outbox.clear()
    acknowledgement = OutgoingEmail.objects.get(kind="acknowledgement")
    OutgoingEmail.objects.filter(pk=acknowledgement.pk).update(
        status="queued", to="jan@example.org\nBcc: everyone@example.net")
    send_email.call(acknowledgement.pk)
    acknowledgement.refresh_from_db()
    assert mail.outbox == []
    assert acknowledgement.status == "failed"
    assert "BadHeaderError" in acknowledgement.last_error


def test_html_typed_in_the_request_never_reaches_an_email(submit, form_page):
    hostile = '<script>alert("x")</script><b>gras</b>'
    submit(form_page, answers(votre_question=hostile))
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert "<script" not in message.body
        assert "<b>" not in message.body
        assert not getattr(message, "alternatives", [])


def test_staff_with_the_permission_see_the_failed_emails(client, submit, form_page):
    with override_settings(EMAIL_BACKEND=MAIL_SERVER_DOWN):
        submit(form_page, answers())
    reference = ContactSubmission.objects.get().reference
    client.force_login(make_user(permissions=["wagtailadmin.access_admin"]))
    assert client.get("/admin/reports/outgoing-emails/").status_code in {302, 403}
    client.force_login(make_user(permissions=["wagtailadmin.access_admin",
                                              "balise_forms.view_outgoingemail"]))
    page = client.get("/admin/reports/outgoing-emails/?status=failed").content.decode()
    assert reference in page
    assert "ConnectionRefusedError" in page
    assert "jan.peeters" not in page
    sent_only = client.get("/admin/reports/outgoing-emails/?status=sent").content.decode()
    assert reference not in sent_only
