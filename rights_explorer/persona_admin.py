"""Test personas in the admin (Snippets → Test personas): the answers as
JSON checked question by question with the engine, each expected outcome
with a right chosen from a list, and a listing that says whether each
persona still holds against the published rules."""

import json

from django import forms
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from pages.reports.menu import ReportMenuItem

from . import persona_check, rule_set
from .engine import AnswerError, RulesError, normalise_answer
from .persona_views import CheckPersonasView
from .personas import Persona

ANSWER_FORMATS = {
    "boolean": _("Answer true or false."),
    "choice": _("Answer one of these values: %(choices)s."),
    "multi": _("Answer a list of some of these values: %(choices)s (or [] for none)."),
    "number": _("Answer a number, for example 1200 (0 or more unless the question allows "
                "negative numbers)."),
    "age": _("Answer an age in whole years, from 0 to 130."),
}


def known_questions():
    """The questions a persona may answer: the latest drafts (a persona can
    be written for a question that is not published yet), else the
    published ones; ``None`` when neither set of rules holds."""
    for drafts in (True, False):
        try:
            return persona_check.rules(drafts=drafts).question_by_slug
        except RulesError:
            continue
    return None


def right_choices():
    """(slug, "Title (slug)") of every right, drafts included, by title."""
    found = sorted(rule_set.rights(drafts=True), key=lambda right: right.title.lower())
    return [(right.slug, f"{right.title} ({right.slug})") for right in found]


class RightSelect(forms.Select):
    """The rights as they are when the form is shown; a slug the rules no
    longer have stays visible, marked, so that the editor sees it."""

    def get_context(self, name, value, attrs):
        choices = [("", "---------"), *right_choices()]
        if value and value not in {slug for slug, _label in choices}:
            choices.append((value, _("%(slug)s (no such right)") % {"slug": value}))
        self.choices = choices
        return super().get_context(name, value, attrs)


QUESTION_KINDS = {
    "boolean": _("true or false"),
    "choice": _("one of: %(choices)s"),
    "multi": _("a list of: %(choices)s"),
    "number": _("a number"),
    "age": _("an age"),
}


class AnswersField(forms.JSONField):
    """The answers one per line, easier to read and edit than one long line."""

    def prepare_value(self, value):
        if isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False, indent=2, cls=self.encoder)
        return super().prepare_value(value)


def questions_help(questions):
    """"age: an age; situation: one of: alone, couple; …" for the editor."""
    return "; ".join(
        f"{slug}: " + str(QUESTION_KINDS[question.type] % {"choices": ", ".join(question.choices)})
        for slug, question in questions.items())


class PersonaForm(WagtailAdminModelForm):
    """Refuses answers and expectations the rules could not use, saying
    which question or right is wrong and what would fit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("answers")
        if field is None:
            return
        self.fields["answers"] = AnswersField(
            label=field.label, required=False, widget=field.widget,
            help_text=field.help_text)
        questions = known_questions()
        if questions:
            self.fields["answers"].help_text = format_lazy(
                "{} {}", field.help_text,
                _("The questions: %(list)s.") % {"list": questions_help(questions)})

    def clean_answers(self):
        answers = self.cleaned_data.get("answers")
        if answers in (None, ""):
            return {}
        if not isinstance(answers, dict):
            raise forms.ValidationError(_('Write the answers as an object: {"age": 34, '
                                          '"has_children": true}.'))
        questions = known_questions()
        if questions is None:
            return answers  # the rules themselves do not hold: their own pages say why
        errors = []
        for slug, value in answers.items():
            question = questions.get(slug)
            if question is None:
                errors.append(forms.ValidationError(
                    _("“%(slug)s” is not a question of the explorer. Questions: %(known)s."),
                    params={"slug": slug, "known": ", ".join(sorted(questions))}))
                continue
            try:
                normalise_answer(question, value)
            except AnswerError:
                errors.append(forms.ValidationError(
                    _("The answer to “%(slug)s” does not fit that question. %(format)s"),
                    params={"slug": slug, "format": ANSWER_FORMATS[question.type] % {
                        "choices": ", ".join(question.choices)}}))
        if errors:
            raise forms.ValidationError(errors)
        return answers

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("expectations")
        if formset is None:
            return cleaned
        known = {slug for slug, _label in right_choices()}
        for form in formset.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            right = form.cleaned_data.get("right")
            if right and right not in known:
                form.add_error("right", _("“%(slug)s” is not a right of the explorer: choose "
                                          "one in the list.") % {"slug": right})
        return cleaned


class PersonaIndexView(IndexView):
    """The listing, with each persona checked once against the published
    rules, and a button to the full check."""

    def get_table(self, object_list):
        items = list(object_list)
        _ruleset, checks, problem = _checks_for([item.pk for item in items])
        for item in items:
            check = checks.get(item.pk)
            if problem:
                item.balise_status = problem
            elif check is None:
                item.balise_status = ""
            elif check.holds:
                item.balise_status = _("Holds")
            else:
                item.balise_status = _("%(count)s broken") % {"count": len(check.broken)}
        return super().get_table(items)

    @cached_property
    def header_buttons(self):
        return [*super().header_buttons,
                HeaderButton(_("Check personas"), url=reverse("balise_rights_check_personas"),
                             icon_name="tasks")]


def _checks_for(keys):
    """(rule set, {persona pk: PersonaCheck}, problem text) for the listing."""
    try:
        ruleset, checks = persona_check.check()
    except RulesError:
        return None, {}, _("The published rules do not hold")
    return ruleset, {item.persona.key: item for item in checks if item.persona.key in keys}, ""


class PersonaViewSet(SnippetViewSet):
    model = Persona
    icon = "user"
    menu_order = 300
    index_view_class = PersonaIndexView
    list_display = [
        "name",
        Column("expectation_count", label=_("Expected outcomes"),
               accessor=lambda persona: persona.expectations.count()),
        Column("balise_status", label=_("Status against the published rules")),
    ]
    search_fields = ["name", "description"]
    ordering = ["name"]
    edit_handler = ObjectList([
        FieldPanel("name"),
        FieldPanel("description", widget=forms.Textarea(attrs={"rows": 3})),
        FieldPanel("answers", widget=forms.Textarea(attrs={"rows": 14, "cols": 60})),
        InlinePanel("expectations", heading=_("Expected outcomes"), label=_("Expected outcome"),
                    panels=[FieldPanel("right", widget=RightSelect()), FieldPanel("outcome")]),
    ], base_form_class=PersonaForm)


@hooks.register("register_admin_urls")
def check_personas_urls():
    return [path("rights/personas/check/", CheckPersonasView.as_view(),
                 name="balise_rights_check_personas")]


@hooks.register("register_reports_menu_item")
def check_personas_menu_item():
    return ReportMenuItem(CheckPersonasView, _("Check personas"), "balise_rights_check_personas",
                          name="check-personas", icon_name="tasks", order=1300)
