"""A social right as a page: what it is, who can get it, what you get, how
to apply, where to go, and the rule the explorer evaluates.

The rule is the contract's JSON (DESIGN.md, "Rights rules"). It is
synchronised from the French page to its translations, and the sentence each
condition shows the reader is stored inside it for every language
(``"text": {"fr": …, "nl": …, "de": …, "en": …}``), so a condition and its
wording can never drift apart between languages. A save is refused when the
whole rule set, with this rule, does not hold (unknown question or right,
wrong value for a question, a right depending on itself)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pages.models import BalisePage

from . import rule_set
from .engine.ruleset import SLUG
from .partners import ThemesField
from .rule_editor.panel import RuleFieldPanel

SLUG_MESSAGE = _("Rules name a right by its slug: use only lower-case letters without accents, "
                 "digits, '-' and '_'.")

KIND_CHOICES = [
    ("E", _("Legal entitlement")),
    ("D", _("Case-by-case decision of the CPAS")),
    ("N", _("Need only: you can always ask")),
    ("E/D", _("Legal entitlement or case-by-case decision")),
    ("D/N", _("Case-by-case decision, on need only")),
]

RULE_HELP = _(
    "Who is likely to have this right, as JSON. Groups: {\"all\": […]}, {\"any\": […]}, "
    "{\"not\": …}; a condition: {\"question\": \"age\", \"op\": \"gte\", \"value\": 18, "
    "\"text\": {\"fr\": \"Vous avez 18 ans ou plus\", \"nl\": \"U bent 18 jaar of ouder\", "
    "\"de\": \"Sie sind 18 Jahre oder älter\", \"en\": \"You are 18 or older\"}}; another "
    "right: {\"right\": \"revenu-integration\"}. Operators: eq, ne, in, not_in, lt, lte, gt, "
    "gte, contains."
)


class AmountBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("For whom"), help_text=_("For example: a single person"))
    amount = blocks.CharBlock(label=_("Amount"), help_text=_("For example: €1,314.20 a month"))
    applies_from = blocks.DateBlock(label=_("Applies from"))

    class Meta:
        icon = "tag"
        label = _("Amount")
        template = "balise_rights/blocks/amount.html"


class RightPage(BalisePage):
    """One right; its ``rule`` decides whether the explorer says "likely",
    "possible" or "unlikely"."""

    what_it_is = RichTextField(_("What it is"), blank=True,
                               features=["bold", "italic", "link", "ol", "ul"])
    who_can_get_it = RichTextField(_("Who can get it"), blank=True,
                                   features=["bold", "italic", "link", "ol", "ul"],
                                   help_text=_("In plain words, for the reader."))
    what_you_get = StreamField([
        ("amount", AmountBlock()),
        ("text", blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])),
    ], blank=True, verbose_name=_("What you get"))
    how_to_apply = StreamField([
        ("step", blocks.TextBlock(label=_("Step"))),
    ], blank=True, verbose_name=_("How to apply"))
    documents = StreamField([
        ("document", blocks.CharBlock(label=_("Document"))),
    ], blank=True, verbose_name=_("Documents to bring"))
    partner = models.ForeignKey(
        "balise_rights.PartnerOrganisation", verbose_name=_("Where: a partner organisation"),
        null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    contact_channel = models.ForeignKey(
        "balise_pages.ContactChannel", verbose_name=_("Where: a contact channel"),
        null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    topic = models.ForeignKey(
        "balise_pages.TopicPage", verbose_name=_("Listed on the topic page"),
        null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The theme page (money, housing, health...) that lists this right."))
    themes = ThemesField(
        _("Who can help: themes"), blank=True,
        help_text=_("The page links to the organisations of these themes in the directory."))
    legal_source = models.CharField(_("Legal source"), max_length=255, blank=True)
    legal_source_url = models.URLField(_("Legal source address"), blank=True)
    kind = models.CharField(_("Kind of right"), max_length=3, choices=KIND_CHOICES,
                            blank=True)
    last_reviewed = models.DateField(_("Last reviewed"), null=True, blank=True)
    rule = models.JSONField(_("Rule"), default=dict, help_text=RULE_HELP)

    content_panels = [
        *BalisePage.content_panels,
        FieldPanel("what_it_is"),
        FieldPanel("who_can_get_it"),
        FieldPanel("what_you_get"),
        FieldPanel("how_to_apply"),
        FieldPanel("documents"),
        MultiFieldPanel([FieldPanel("partner"), FieldPanel("contact_channel"),
                         FieldPanel("themes")], heading=_("Where to go")),
        FieldPanel("topic"),
        MultiFieldPanel([FieldPanel("legal_source"), FieldPanel("legal_source_url"),
                         FieldPanel("kind"), FieldPanel("last_reviewed")],
                        heading=_("Legal basis")),
        # a tree of conditions over the JSON textarea (the textarea alone without JS)
        RuleFieldPanel("rule"),
    ]
    search_fields = [*BalisePage.search_fields, index.SearchField("what_it_is"),
                     index.SearchField("who_can_get_it")]
    plain_language_fields = ["intro", "what_it_is", "who_can_get_it"]

    override_translatable_fields = [
        SynchronizedField("rule"),
        SynchronizedField("kind"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("legal_source_url"),
        # chosen once, in French; pages show the reader's translation (.localized)
        SynchronizedField("partner"),
        SynchronizedField("contact_channel"),
        SynchronizedField("topic"),
        SynchronizedField("themes"),
        TranslatableField("legal_source"),
    ]

    parent_page_types = ["balise_rights.RightsExplorerPage"]
    subpage_types = []
    # the same for every reader who is not signed in: kept whole in the cache (pages.caching)
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("Right")
        verbose_name_plural = _("Rights")

    def to_engine(self):
        data = {"slug": self.slug, "title": self.title, "rule": self.rule}
        if self.kind:
            data["kind"] = self.kind
        return data

    def clean(self):
        super().clean()
        if not rule_set.is_source_locale(self.locale_id):
            return
        if not SLUG.fullmatch(self.slug or ""):
            raise ValidationError({"slug": SLUG_MESSAGE})
        problems = rule_set.problems_with(right=self)
        if problems:
            raise ValidationError({"rule": [str(problem) for problem in problems]})

    def condition_texts(self):
        """The reader's sentences of the rule's conditions, in the reader's
        language (French when one is missing)."""
        language = (get_language() or "fr").split("-")[0]
        found = []
        _collect_texts(self.rule, language, found)
        return found


def _collect_texts(node, language, found):
    if isinstance(node, dict):
        text = node.get("text")
        if isinstance(text, dict) and (text.get(language) or text.get("fr")):
            found.append(text.get(language) or text.get("fr"))
        for key in ("all", "any"):
            for child in node.get(key) or []:
                _collect_texts(child, language, found)
        if "not" in node:
            _collect_texts(node["not"], language, found)


class RightsExplorerPage(BalisePage):
    """The explorer's home: the introduction, then the questionnaire
    (``journey``) and its results, with the rights below it in the reader's
    language."""

    ask_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("\"Ask us about these rights\" opens"),
        null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The contact form that opens with the list of rights filled in."))

    content_panels = [*BalisePage.content_panels, FieldPanel("ask_page")]
    override_translatable_fields = [SynchronizedField("ask_page")]

    parent_page_types = ["balise_pages.HomePage"]
    subpage_types = ["balise_rights.RightPage"]
    plain_language_fields = ["intro"]

    class Meta:
        verbose_name = _("Rights explorer page")

    def rights(self):
        return RightPage.objects.child_of(self).live().public().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rights"] = self.rights()
        return context

    def serve(self, request, *args, **kwargs):
        """The questionnaire (``journey``): the introduction on GET, each next
        step on POST; the answers travel only in a signed value in the forms."""
        from . import journey  # it builds on this module
        return journey.serve(self, request)

    def serve_refused_post(self, request, message):
        """A post refused by ``pages.security.public_forms``: answers kept."""
        from . import journey
        return journey.serve_refused_post(self, request, message)
