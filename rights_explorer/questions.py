"""The questions the explorer may ask, as snippets with drafts and revisions,
so that a rule change and the questions it needs go live together.

A question is entered in French; its wording (text, hint) is translated with
wagtail-localize, while what the rules rely on (slug, type, choices, unit,
skip condition, order) is synchronised from French. The choice labels live in
the synchronised ``choices`` list as texts per language, like the reader's
sentences in a right's rule, so that a choice value can never differ between
languages."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from . import rule_set
from .engine.ruleset import SLUG

SLUG_MESSAGE = _("Use only lower-case letters without accents, digits, '-' and '_'.")

TYPE_CHOICES = [
    ("boolean", _("Yes or no")),
    ("choice", _("One choice")),
    ("multi", _("Several choices")),
    ("number", _("Number")),
    ("age", _("Age (in years)")),
]

CHOICES_HELP = _(
    'A list of choices, for "one choice" and "several choices" questions. Each is '
    '{"value": "a-stable-slug", "label": {"fr": "…", "nl": "…", "de": "…", "en": "…"}} '
    '(or just "a-stable-slug"). Example: [{"value": "alone", "label": {"fr": "Seul", '
    '"nl": "Alleen", "de": "Allein", "en": "Alone"}}]'
)
ASKED_IF_HELP = _(
    "Optional: ask this question only when this condition holds, in the same format as a "
    'right\'s rule. Example: {"question": "has_children", "op": "eq", "value": true}'
)


class Question(TranslatableMixin, DraftStateMixin, RevisionMixin, models.Model):
    """One question of the explorer; ``to_engine()`` gives what the engine reads."""

    slug = models.SlugField(
        _("Identifier"), max_length=100,
        help_text=_("Lower-case letters, digits, '-' and '_'. Rules name the question by it: "
                    "do not change it once rules use it."))
    text = models.CharField(_("Question"), max_length=255,
                            help_text=_("The question in plain words, as the reader sees it."))
    hint = models.TextField(_("Hint"), blank=True,
                            help_text=_("Optional: a short help shown under the question."))
    type = models.CharField(_("Type of answer"), max_length=10, choices=TYPE_CHOICES)
    unit = models.CharField(_("Unit"), max_length=30, blank=True,
                            help_text=_("For numbers, optional: EUR, EUR per month…"))
    allow_negative = models.BooleanField(_("Allow negative numbers"), default=False)
    choices = models.JSONField(_("Choices"), default=list, blank=True, help_text=CHOICES_HELP)
    asked_if = models.JSONField(_("Ask only if"), null=True, blank=True, help_text=ASKED_IF_HELP)
    sort_order = models.IntegerField(_("Order"), default=0,
                                     help_text=_("Questions are asked from the lowest number."))
    revisions = GenericRelation("wagtailcore.Revision", content_type_field="content_type",
                                object_id_field="object_id", for_concrete_model=False,
                                related_query_name="balise_question")

    panels = [
        FieldPanel("slug"), FieldPanel("text"), FieldPanel("hint"), FieldPanel("type"),
        FieldPanel("unit"), FieldPanel("allow_negative"), FieldPanel("choices"),
        FieldPanel("asked_if"), FieldPanel("sort_order"), PublishingPanel(),
    ]

    translatable_fields = [
        SynchronizedField("slug"),
        TranslatableField("text"),
        TranslatableField("hint"),
        SynchronizedField("type"),
        SynchronizedField("unit"),
        SynchronizedField("allow_negative"),
        SynchronizedField("choices"),
        SynchronizedField("asked_if"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Question")
        verbose_name_plural = _("Questions")
        ordering = ["sort_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"],
                                               name="balise_question_slug_per_locale")]

    def __str__(self):
        return self.text

    def to_engine(self, texts=None):
        """The engine's question object (the JSON of ``rights_export``);
        ``texts``, the wording per language, is added when known."""
        data = {"slug": self.slug, "type": self.type}
        if self.type in ("choice", "multi") or self.choices:
            data["choices"] = self.choices
        if self.allow_negative:
            data["allow_negative"] = True
        if self.asked_if is not None:
            data["asked_if"] = self.asked_if
        if texts:
            for key, values in texts.items():
                if any(values.values()):
                    data[key] = {code: text for code, text in values.items() if text}
        if self.unit:
            data["unit"] = self.unit
        return data

    def choice_labels(self):
        """(value, label) pairs in the reader's language, French or the value
        itself when a label is missing."""
        language = (get_language() or "fr").split("-")[0]
        pairs = []
        for item in self.choices or []:
            if isinstance(item, dict):
                labels = item.get("label") or {}
                if isinstance(labels, str):
                    labels = {"fr": labels}
                value = item.get("value")
                pairs.append((value, labels.get(language) or labels.get("fr") or value))
            else:
                pairs.append((item, item))
        return pairs

    def clean(self):
        super().clean()
        if not rule_set.is_source_locale(self.locale_id):
            return
        if not SLUG.fullmatch(self.slug or ""):
            raise ValidationError({"slug": SLUG_MESSAGE})
        problems = rule_set.problems_with(question=self)
        own = f"question '{self.slug}'"
        errors = {}
        for problem in problems:
            if problem.where == own and problem.path.startswith("asked_if"):
                field = "asked_if"
            elif problem.where == own and "choice" in problem.message:
                field = "choices"
            else:
                field = None
            errors.setdefault(field, []).append(str(problem))
        if errors:
            raise ValidationError(errors)
