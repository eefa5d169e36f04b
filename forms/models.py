"""Contact form pages and what they store.

Built on ``wagtail.contrib.forms``: editors add their own questions with
Wagtail's form builder; the page adds the fixed parts (how to reply, the
typo suggestion, the honeypot: ``contact_form``), a reference and a due date
for every request, and Post/Redirect/Get, which Wagtail's own ``serve`` lacks
(it answers the POST itself, so refreshing the page sends the request again).
"""

import logging

from django.core import signing
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, OperationalError, models, transaction
from django.forms import RadioSelect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField, AbstractFormSubmission, FormMixin
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pages import navigation, prefill, throttle, usage
from pages.contact.models import working_calendar
from pages.frame.cache import shared
from pages.models import BalisePage, SiteSettings

from . import documents
from .callbacks import callback_data, callback_data_fields, callback_values, check_offered_modes
from .channels import BY_FORM, CHANNEL_CHOICES
from .conf import app_settings
from .contact_form import (
    BY_EMAIL,
    CALL_TIME_CHOICES,
    FIXED_FIELDS,
    HELPER_CHOICES,
    REPLY_CHOICES,
    ContactFormBuilder,
)
from .kinds import ANSWER_DAYS_SETTING, APPOINTMENT_MODE_CHOICES, FORM_KIND_CHOICES, QUESTION
from .private_storage import document_path, get_private_storage
from .references import unique_reference
from .tasks import queue_after_commit
from .topics import STEP_PARAMETER, TOPIC_PARAMETER, TopicChoiceForm, suggested_pages, topic_from

logger = logging.getLogger(__name__)
CONFIRMATION_SALT = "balise_forms.confirmation"
REFERENCE_ATTEMPTS = 5


class ContactFormField(TranslatableMixin, AbstractFormField):
    """An editor's question. Translated in wagtail-localize with its page:
    the label, help text, options and default value; ``clean_name`` stays the
    source's in every language, as it keys the stored answers and the export
    (a chosen option is stored as the citizen read it)."""

    page = ParentalKey("ContactFormPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"), TranslatableField("help_text"),
        TranslatableField("choices"), TranslatableField("default_value"),
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


def data_protection_officer():
    """The site's DPO; without a name, "our data protection officer"."""
    officer = app_settings.DATA_PROTECTION_OFFICER
    officer = officer if isinstance(officer, dict) else {}
    return {"name": officer.get("name") or _("our data protection officer"),
            "email": officer.get("email") or ""}


class ContactFormTopic(TranslatableMixin, Orderable):
    """What a question can be about: who answers it, and pages that may
    already answer it (shown before the form). Translated in wagtail-localize
    with its page; the answer pages stay the source's, shown in the reader's
    language (``topics.suggested_pages``)."""

    page = ParentalKey("ContactFormPage", on_delete=models.CASCADE, related_name="topics")
    label = models.CharField(_("Topic"), max_length=120,
                             help_text=_("As citizens would say it, for example \"Rent and "
                                         "energy bills\"."))
    service = models.CharField(
        _("Service that answers"), max_length=150, blank=True,
        help_text=_("Leave empty for the form's own service."))
    routed_to = models.ForeignKey(
        "balise_forms.Service", verbose_name=_("Requests go to"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("The service whose staff answer this topic. Choose the French version. "
                    "Empty: the form's service."))
    answer_page_1 = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("A page that may already answer"), null=True,
        blank=True, on_delete=models.SET_NULL, related_name="+")
    answer_page_2 = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("A second page that may already answer"),
        null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    answer_page_3 = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("A third page that may already answer"),
        null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    panels = [FieldPanel("label"), FieldPanel("service"), FieldPanel("routed_to"),
              FieldPanel("answer_page_1"),
              FieldPanel("answer_page_2"), FieldPanel("answer_page_3")]

    translatable_fields = [
        TranslatableField("label"), TranslatableField("service"),
        SynchronizedField("routed_to", overridable=False),
        SynchronizedField("answer_page_1", overridable=False),
        SynchronizedField("answer_page_2", overridable=False),
        SynchronizedField("answer_page_3", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Topic")

    def __str__(self):
        return self.label

    def chosen_pages(self):
        return [page for page in (self.answer_page_1, self.answer_page_2, self.answer_page_3)
                if page is not None]

    def answering_service(self):
        """The name the citizen reads: the topic's own, else the translated
        name of the service it routes to, else the form's."""
        if self.service:
            return self.service
        if self.routed_to is not None:
            return self.routed_to.name_in(self.page.locale_id)
        return self.page.service_name()


class ContactFormPage(FormMixin, BalisePage):
    """A contact form: the editor's questions, how to reply, who answers and by when."""

    answering_service = models.CharField(
        _("Service that answers"), max_length=150, blank=True,
        help_text=_("As citizens know it, for example \"The social service\". Leave empty "
                    "to show the name of the service requests go to."),
    )
    routed_to = models.ForeignKey(
        "balise_forms.Service", verbose_name=_("Requests go to"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("The service whose staff answer this form's requests, unless a topic "
                    "names another. Choose the French version. Empty: the front office "
                    "assigns each request."))
    front_office_group = models.ForeignKey(
        "auth.Group", verbose_name=_("Front office"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Members may read everything this form receives and pass each request "
                    "to the right service."))
    kind = models.CharField(
        _("Kind of form"), max_length=10, choices=FORM_KIND_CHOICES, default=QUESTION,
        help_text=_("Each kind has its own wording and answer time: a complaint explains the "
                    "complaints procedure, a callback asks how and when to meet."))
    answer_days = models.PositiveSmallIntegerField(
        _("Answer time in working days"), null=True, blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("Leave empty for the site's time for this kind of form (Settings → Site "
                    "settings), so that every page promises the same. Weekends, public "
                    "holidays and closure days are not counted."),
    )
    show_urgent_notice = models.BooleanField(
        _("Say that this form is not for urgent questions"), default=True,
    )
    notify_address = models.EmailField(
        _("Notify this address of new requests"), blank=True,
        help_text=_("The answering service's shared mailbox. The e-mail gives the reference "
                    "and a link to the request, never the citizen's message. Leave empty "
                    "for no e-mail."),
    )
    offer_desk = models.BooleanField(_("Offer an appointment at the desk"), default=True)
    offer_phone = models.BooleanField(_("Offer a phone call"), default=True)
    offer_video = models.BooleanField(_("Offer a video call"), default=False)
    allow_documents = models.BooleanField(
        _("Let citizens attach documents"), default=False,
        help_text=_("Off by default. The files are kept outside the public website, only the "
                    "answering service can open them, and they are deleted with the request."))
    max_documents = models.PositiveSmallIntegerField(
        _("Most documents per request"), default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)])
    max_document_mb = models.PositiveSmallIntegerField(
        _("Largest document (MB)"), default=5,
        validators=[MinValueValidator(1), MaxValueValidator(20)])
    retention_days = models.PositiveSmallIntegerField(
        _("Keep requests for (days)"), default=365,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_("Counted from the day the request is closed. The privacy notice on the "
                    "form says this period."),
    )

    # Routing uses the French service for every language (``routed_service``), so the
    # translations keep the same one instead of waiting for its translation.
    override_translatable_fields = [SynchronizedField("routed_to", overridable=False),
                                    SynchronizedField("front_office_group", overridable=False)]

    form_builder = ContactFormBuilder
    template = "balise_forms/contact_form_page.html"
    landing_page_template = "balise_forms/contact_form_confirmation.html"

    content_panels = [
        *BalisePage.content_panels,
        FieldPanel("kind"),
        MultiFieldPanel([FieldPanel("answering_service"), FieldPanel("routed_to"),
                         FieldPanel("front_office_group"), FieldPanel("answer_days"),
                         FieldPanel("show_urgent_notice"), FieldPanel("notify_address")],
                        heading=_("Who answers and when")),
        MultiFieldPanel([FieldPanel("offer_desk"), FieldPanel("offer_phone"),
                         FieldPanel("offer_video")],
                        heading=_("For a callback or an appointment"),
                        help_text=_("Only used when the kind of form is a callback or an "
                                    "appointment: the ways to meet that citizens can choose.")),
        InlinePanel("topics", label=_("Topics"), heading=_("What is your question about?")),
        FieldPanel("retention_days"),
        MultiFieldPanel([FieldPanel("allow_documents"), FieldPanel("max_documents"),
                         FieldPanel("max_document_mb")], heading=_("Documents")),
        InlinePanel("form_fields", label=_("Your own questions")),
    ]

    parent_page_types = ["balise_pages.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Contact form page")

    # What it stores: one register for the four translations of a form

    def get_submission_class(self):
        return ContactSubmission

    def get_submissions(self):
        return ContactSubmission.objects.filter(translation_key=self.translation_key)

    def get_submissions_list_view_class(self):
        """Wagtail's list, narrowed to the requests the user may read
        (``forms.submissions_view``; its deletion view is installed over
        Wagtail's address in ``forms.wagtail_hooks``). Named by its path: that
        module builds on the models (``forms.access``)."""
        return import_string("forms.submissions_view.ContactSubmissionsListView")

    def get_data_fields(self):
        return [
            ("reference", _("Reference")),
            ("topic", _("Topic")),
            *super().get_data_fields(),
            ("reply_by", _("Reply by")),
            ("email", _("E-mail address")),
            ("phone", _("Phone number")),
            ("call_times", _("Preferred call times")),
            *callback_data_fields(),
            ("helper", _("Helper")),
            ("due_date", _("Answer due")),
            *documents.data_fields(self),
        ]

    def clean(self):
        super().clean()
        check_offered_modes(self)  # a callback form offers at least one way to meet

    def promised_days(self, request=None):
        """The form's own answer time, or the site's for this kind of form:
        the e-mail channel and every form without its own time promise the
        same (``SiteSettings``)."""
        if self.answer_days:
            return self.answer_days
        setting = ANSWER_DAYS_SETTING.get(self.kind, ANSWER_DAYS_SETTING[QUESTION])
        site_settings = self.site_settings(request)
        if site_settings is None:
            return SiteSettings._meta.get_field(setting).default
        return getattr(site_settings, setting)

    def site_settings(self, request=None):
        """Read, never created by a reader's visit; with a request, read
        with the page frame (a change to the settings makes it new)."""
        if request is not None:
            return navigation.site_settings(request)
        site = self.get_site()
        return SiteSettings.objects.filter(site_id=site.pk).first() if site else None

    def due_date(self, received_at=None, request=None):
        calendar = (shared(request, "working-calendar", working_calendar) if request
                    else working_calendar())
        return calendar.due_date(received_at or timezone.now(), self.promised_days(request))

    @cached_property
    def has_topics(self):
        return self.topics.exists()

    def service_name(self):
        """Who answers, as citizens read it: the form's text, else the
        translated name of the service its requests go to."""
        if self.answering_service or self.routed_to is None:
            return self.answering_service
        return self.routed_to.name_in(self.locale_id)

    def routed_service(self, topic=None):
        """The (French) service a new request goes to: the topic's, else the
        form's, else none (the front office assigns it)."""
        service = (topic.routed_to if topic is not None and topic.routed_to_id
                   else self.routed_to)
        return service.source() if service is not None else None

    def process_form_submission(self, form):
        """Saved in its own transaction, with a new reference when two
        requests drew the same one at once (the unique constraint decides)."""
        data = form.cleaned_data
        received_at = timezone.now()
        topic = data.get("topic")
        fields = {
            "topic": topic.label if topic else "",
            "service": topic.answering_service() if topic else self.service_name(),
            "assigned_to": self.routed_service(topic),
            "form_data": form.editor_data(),
            "page": self,
            "reply_by": data["reply_by"],
            "email": data.get("reply_email", ""),
            "phone": data.get("reply_phone", ""),
            "call_times": data.get("call_times") or [],
            **callback_values(self, data),
            "helper_kind": data.get("helper_kind", ""),
            "helper_name": data.get("helper_name", ""),
            "helper_relation": data.get("helper_relation", ""),
            "due_date": self.due_date(received_at, getattr(form, "request", None)),
            "locale_id": self.locale_id,
            "translation_key": self.translation_key,
        }
        # Committed with its documents, or not at all (forms.documents).
        return create_with_reference(fields, lambda submission: documents.store_documents(
            submission, data.get(documents.FIELD_NAME) or []))

    # Serving

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.serve_post(request)
        submission = self.submission_from_token(request.GET.get("done"))
        if submission is not None:
            return self.render_landing_page(request, submission)
        if STEP_PARAMETER not in request.GET:  # the form's first screen: counted as a start
            usage.record_request(request, usage.FORM_STARTED, page=self)
        if self.has_topics:
            return self.serve_topic_step(request)
        return self.render_form(request, self.get_form(page=self, user=request.user))

    def serve_topic_step(self, request):
        """First the topic (and the pages that may answer), then the form."""
        topic = topic_from(self, request.GET.get(TOPIC_PARAMETER))
        if topic is None:
            chosen = STEP_PARAMETER in request.GET or TOPIC_PARAMETER in request.GET
            topic_form = TopicChoiceForm(request.GET if chosen else None,
                                         topics=self.topics.all())
            context = self.get_context(request)
            context.update(form=topic_form, choosing_topic=True)
            return TemplateResponse(request, self.get_template(request), context)
        form = self.get_form(page=self, user=request.user, initial={"topic": topic.pk})
        return self.render_form(request, form, topic=topic)

    def serve_post(self, request, send_again=None):
        """``send_again``: a reason not to save (``forms.csrf``): the form
        comes back with every answer kept and the reason in the error summary."""
        prefilled = self.serve_prefilled(request)
        if prefilled is not None:
            return prefilled
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        topic = topic_from(self, request.POST.get(TOPIC_PARAMETER))
        if topic is None and "topic" in form.fields:
            # Only a changed page sends no topic: back to the first step.
            return redirect(self.get_url(request))
        if form.is_spam:
            # A robot: nothing stored, nothing said that it could learn from.
            return redirect(self.get_url(request))
        if send_again is not None:
            form.add_error(None, send_again)
        if not form.is_valid():
            return self.render_form(request, form, topic=topic)
        if throttle.over_limit("contact_form", throttle.client_address(request),
                               app_settings.SUBMISSIONS_PER_HOUR, 3600):
            return self.render_form(request, form, topic=topic, status=429, notice=_(
                "We received many requests from your connection in the last hour. Your "
                "answers are kept below: send them again later, or call us."))
        form.request = request  # for the settings and calendar cached with the frame
        try:
            submission = self.process_form_submission(form)
        except OperationalError:
            return self.serve_not_saved(request, form, topic)
        usage.record_request(request, usage.FORM_SUBMITTED, page=self)
        queue_after_commit(submission)  # the e-mails, once the request is stored
        return redirect(self.confirmation_url(request, submission))

    def serve_not_saved(self, request, form, topic):
        """The database could not take the request: on SQLite, another writer
        kept its lock longer than ``DATABASES``' timeout (the connection has
        already been trying again all that time); elsewhere, a server that
        did not answer. Nothing was saved: the form comes back with every
        answer, and the citizen sends it again rather than meeting an error."""
        logger.exception("Contact request not saved: the database was not available")
        response = self.render_form(request, form, topic=topic, status=503, notice=_(
            "The server is very busy and could not save your request. Nothing was lost: "
            "your answers are still here. Please send the form again in a minute."))
        response["Retry-After"] = "60"
        return response

    def serve_refused_post(self, request, message):
        """A post refused by ``pages.security.public_forms`` (sent from another
        site, or with a token too old): the form again, answers kept, nothing saved."""
        return self.serve_post(request, send_again=message)

    def serve_prefilled(self, request):
        """The form opened from another page with its message written in (the
        rights explorer's "Ask us about these rights"): a POST with a signed
        text (``pages.prefill``) and none of the form's own fields, or None
        for anything else. Nothing is saved and no error is shown; a text
        whose signature does not hold is left out (the empty form). The topic
        is chosen in the form itself: the text must not go into an address."""
        if prefill.FIELD not in request.POST or any(name in request.POST
                                                   for name in FIXED_FIELDS):
            return None
        text = prefill.unsign(request.POST.get(prefill.FIELD))
        own = list(self.get_form_fields())
        message = (next((field for field in own if field.field_type == "multiline"), None)
                   or next((field for field in own if field.field_type == "singleline"), None))
        initial = {message.clean_name: text} if text and message is not None else {}
        topic = self.topics.first() if self.has_topics else None
        if topic is not None:
            initial["topic"] = topic.pk  # shown and changeable: a sent form needs one
        form = self.get_form(page=self, user=request.user, initial=initial)
        if "topic" in form.fields:
            field = form.fields["topic"]
            field.empty_label = None
            field.label = TopicChoiceForm.base_fields["topic"].label
            field.widget = RadioSelect(choices=field.choices)
        response = self.render_form(request, form)
        response["Cache-Control"] = "private, no-store"
        return response

    def render_form(self, request, form, status=200, notice=None, topic=None):
        if form.is_bound:
            documents.ask_to_select_again(form)
        context = self.get_context(request)
        context.update(form=form, notice=notice, topic=topic,
                       answering_service=topic.answering_service() if topic
                       else self.service_name(),
                       suggested_pages=suggested_pages(topic, request))
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["answer_by"] = self.due_date(request=request)
        context.setdefault("answering_service", self.service_name())
        context["data_protection_officer"] = data_protection_officer()
        return context

    # The confirmation (Post/Redirect/Get): a bookmark or a refresh shows it
    # again and sends nothing

    def confirmation_url(self, request, submission):
        token = signing.dumps(submission.reference, salt=CONFIRMATION_SALT)
        return f"{self.get_url(request)}?done={token}"

    def submission_from_token(self, token):
        if not token or not isinstance(token, str) or len(token) > 200:
            return None
        try:
            reference = signing.loads(token, salt=CONFIRMATION_SALT)
        except signing.BadSignature:
            return None
        if not isinstance(reference, str):
            return None
        return ContactSubmission.objects.filter(
            reference=reference, translation_key=self.translation_key).first()

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.render_form(request, self.get_form(page=self, user=request.user))


def create_with_reference(fields, then=None):
    """A new request with a new reference, in its own transaction with what
    ``then(submission)`` stores beside it; drawn again when two requests drew
    the same one at once (the unique constraint decides)."""
    for attempt in range(REFERENCE_ATTEMPTS):
        reference = unique_reference(
            lambda ref: ContactSubmission.objects.filter(reference=ref).exists())
        try:
            with transaction.atomic():
                submission = ContactSubmission.objects.create(reference=reference, **fields)
                if then is not None:
                    then(submission)
                return submission
        except IntegrityError:
            if attempt == REFERENCE_ATTEMPTS - 1:
                raise
    return None  # not reached


class ContactSubmission(AbstractFormSubmission):
    """One request: committed before anything else happens with it."""

    class Status(models.TextChoices):
        """What the citizen sees on the status page (``forms.status_lookup``)."""

        RECEIVED = "received", _("Received")
        IN_PROGRESS = "in_progress", _("Being handled")
        ANSWERED = "answered", _("Answered")
        CLOSED = "closed", _("Closed")

    # Waiting for an answer: what can be late, what the digest and the inbox chase.
    WAITING = (Status.RECEIVED, Status.IN_PROGRESS)

    status = models.CharField(_("Status"), max_length=20, choices=Status.choices,
                              default=Status.RECEIVED)
    citizen_note = models.TextField(
        _("Note for the citizen"), blank=True, max_length=1000,
        help_text=_("Shown to the citizen on the status page. Write nothing they may not "
                    "read."))
    reference = models.CharField(_("Reference"), max_length=11)
    topic = models.CharField(_("Topic"), max_length=120, blank=True)
    service = models.CharField(_("Service that answers"), max_length=150, blank=True)
    reply_by = models.CharField(_("Reply by"), max_length=10, choices=REPLY_CHOICES,
                                default=BY_EMAIL)
    email = models.CharField(_("E-mail address"), max_length=254, blank=True)
    phone = models.CharField(_("Phone number"), max_length=20, blank=True)
    call_times = models.JSONField(
        _("Preferred call times"), default=list, blank=True,
        help_text=_("Morning, afternoon, or both. Empty: any time suits."))
    helper_kind = models.CharField(_("Who filled in the form"), max_length=10, blank=True,
                                   default="", choices=HELPER_CHOICES)
    helper_name = models.CharField(_("Name of the helper"), max_length=150, blank=True)
    helper_relation = models.CharField(_("Helper's relation to the person asking"),
                                       max_length=100, blank=True)
    due_date = models.DateField(_("Answer due"))
    assigned_to = models.ForeignKey(
        "balise_forms.Service", verbose_name=_("Assigned to"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="requests",
        help_text=_("The (French) service whose staff answer it. Empty: the front office "
                    "has not passed it on yet."))
    channel = models.CharField(_("Received by"), max_length=10, choices=CHANNEL_CHOICES,
                               default=BY_FORM)
    first_answered_at = models.DateTimeField(_("First answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("Closed"), null=True, blank=True, db_index=True)
    outcome = models.TextField(_("Outcome"), blank=True, max_length=2000,
                               help_text=_("What the answer was, in a few words. Asked when "
                                           "the request is closed."))
    kind = models.CharField(_("Kind of form"), max_length=10, choices=FORM_KIND_CHOICES,
                            default=QUESTION)
    appointment_mode = models.CharField(_("Meet how"), max_length=10, blank=True,
                                        choices=APPOINTMENT_MODE_CHOICES)
    preferred_days = models.JSONField(
        _("Preferred days"), default=list, blank=True,
        help_text=_("Days of the week (0 is Monday). Empty: any day suits."))
    video_consent = models.BooleanField(_("Agreed to a video call"), default=False)
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+")
    translation_key = models.UUIDField(db_index=True)

    class Meta:
        verbose_name = _("Contact request")
        verbose_name_plural = _("Contact requests")
        constraints = [
            models.UniqueConstraint(fields=["reference"], name="balise_forms_unique_reference"),
        ]
        indexes = [
            # The inbox: open requests by due date, per service.
            models.Index(fields=["status", "due_date"], name="balise_forms_open_by_due"),
            models.Index(fields=["assigned_to", "status", "due_date"],
                         name="balise_forms_service_due"),
            # ... and the rest of the inbox, walked in due-date order.
            models.Index(fields=["due_date"], name="balise_forms_due"),
        ]

    def __str__(self):
        return self.reference

    @classmethod
    def late_on(cls, day):
        """The requests still waiting whose answer was due before ``day``
        (a ``Q``: the inbox, its filter, the digest and the report agree)."""
        return models.Q(status__in=cls.WAITING, due_date__lt=day)

    def is_late_on(self, day):
        return self.status in self.WAITING and self.due_date < day

    def get_data(self):
        return {
            **super().get_data(),
            "reference": self.reference,
            "topic": self.topic,
            "reply_by": self.get_reply_by_display(),
            "email": self.email,
            "phone": self.phone,
            "call_times": self.call_times_display(),
            **callback_data(self),
            "helper": self.helper_display(),
            "due_date": self.due_date,
            "documents": documents.DocumentLinks(self),
        }

    def call_times_display(self):
        labels = dict(CALL_TIME_CHOICES)
        return ", ".join(str(labels[value]) for value in self.call_times or []
                         if value in labels)

    def helper_display(self):
        """For staff: who helped, so that the answer can be addressed well."""
        if not self.helper_kind:
            return ""
        return f"{self.get_helper_kind_display()}: {self.helper_name} ({self.helper_relation})"


class ContactDocument(models.Model):
    """A file a citizen attached: kept outside the public media, served only
    to the answering staff, deleted with its request."""

    submission = models.ForeignKey(ContactSubmission, on_delete=models.CASCADE,
                                   related_name="documents")
    file = models.FileField(_("File"), storage=get_private_storage,
                            upload_to=document_path,
                            max_length=200)
    name = models.CharField(_("File name"), max_length=120,
                            help_text=_("As the citizen named it, made safe."))
    content_type = models.CharField(_("Type"), max_length=50)
    size = models.PositiveIntegerField(_("Size (bytes)"))
    uploaded_at = models.DateTimeField(_("Received"), default=timezone.now)

    class Meta:
        verbose_name = _("Attached document")
        verbose_name_plural = _("Attached documents")
        ordering = ["pk"]

    def __str__(self):
        return self.name


# The other models of this app
from .email_log import OutgoingEmail  # noqa: E402, F401
from .history import RequestEvent  # noqa: E402, F401
from .satisfaction import SatisfactionAnswer, UsedSurveyLink  # noqa: E402, F401
from .saved_replies import SavedReply  # noqa: E402, F401
from .services import Service  # noqa: E402, F401
