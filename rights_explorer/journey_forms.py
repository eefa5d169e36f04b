"""One form per type of question, for the explorer's one-question screens.

Each form has a single ``answer`` field (radios, checkboxes or a text box)
and always offers "I don't know / I'd rather not say". The engine's
``normalise_answer`` decides what is valid, so the form and the rules can
never disagree; its ``AnswerError`` codes become translated messages next to
the field and in the error summary."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .engine import DONT_KNOW, AnswerError, normalise_answer

NONE_OF_THESE = "_none"  # never a choice value: choice slugs start with a letter or digit
DONT_KNOW_LABEL = _("I don't know / I'd rather not say")

MESSAGES = {
    "missing": _("Choose an answer, or “I don't know / I'd rather not say”."),
    "missing_number": _("Enter a number, or tick “I don't know / I'd rather not say”."),
    "unknown_choice": _("Choose one of the answers shown."),
    "wrong_type": _("Enter a number with digits only, for example 1200."),
    "wrong_type_age": _("Enter your age in years with digits only, for example 34."),
    "out_of_range": _("Enter a number of 0 or more that is not too large."),
    "out_of_range_age": _("Enter an age from 0 to 130."),
}


class _DecidedByTheForm:
    """Required as far as the page says (no "(optional)"), but an empty box
    is fine once "I don't know" is ticked: ``AnswerForm.clean`` decides."""

    def validate(self, value):
        pass


class _NumberField(_DecidedByTheForm, forms.CharField):
    pass


class _DontKnowField(_DecidedByTheForm, forms.BooleanField):
    pass


class AnswerForm(forms.Form):
    """``cleaned_data["value"]`` is what the signed answers keep (JSON)."""

    def __init__(self, question, *args, label="", hint="", choices=(), unit="", **kwargs):
        self.question = question
        super().__init__(*args, **kwargs)
        self.add_answer_field(label, hint, list(choices), unit)

    def add_answer_field(self, label, hint, choices, unit):
        kind = self.question.type
        messages = {"required": MESSAGES["missing"], "invalid_choice": MESSAGES["unknown_choice"],
                    "invalid_list": MESSAGES["unknown_choice"]}
        dont_know = (DONT_KNOW, DONT_KNOW_LABEL)
        if kind == "boolean":
            self.fields["answer"] = forms.ChoiceField(
                label=label, help_text=hint, widget=forms.RadioSelect, error_messages=messages,
                choices=[("yes", _("Yes")), ("no", _("No")), dont_know])
        elif kind == "choice":
            self.fields["answer"] = forms.ChoiceField(
                label=label, help_text=hint, widget=forms.RadioSelect, error_messages=messages,
                choices=[*choices, dont_know])
        elif kind == "multi":
            self.fields["answer"] = forms.MultipleChoiceField(
                label=label, help_text=hint, widget=forms.CheckboxSelectMultiple,
                error_messages=messages,
                choices=[*choices, (NONE_OF_THESE, _("None of these")), dont_know])
        else:
            mode = "numeric" if kind == "age" else "decimal"
            suffix = f" ({unit})" if unit else ""
            self.fields["answer"] = _NumberField(
                label=f"{label}{suffix}", help_text=hint, max_length=40,
                error_messages={"max_length": MESSAGES["wrong_type"]},
                widget=forms.TextInput(attrs={"inputmode": mode, "autocomplete": "off",
                                              "spellcheck": "false", "class": "input--short"}))
            self.fields["dont_know"] = _DontKnowField(label=DONT_KNOW_LABEL)

    def clean(self):
        data = super().clean()
        if "answer" not in data:
            return data
        raw = data["answer"]
        kind = self.question.type
        if kind == "multi":
            if DONT_KNOW in raw:
                raw = DONT_KNOW
            else:
                raw = [item for item in raw if item != NONE_OF_THESE]
        elif kind in ("number", "age"):
            if data.get("dont_know"):
                raw = DONT_KNOW
            elif not raw.strip():
                self.add_error("answer", MESSAGES["missing_number"])
                return data
        elif kind == "boolean" and raw != DONT_KNOW:
            raw = raw == "yes"
        try:
            value = normalise_answer(self.question, raw)
        except AnswerError as error:
            suffix = "_age" if kind == "age" and error.code != "unknown_choice" else ""
            self.add_error("answer", MESSAGES.get(error.code + suffix, MESSAGES["unknown_choice"]))
            return data
        data["value"] = as_json(value)
        return data


def as_json(value):
    """A normalised answer as the signed value keeps it (``None`` is "I don't know")."""
    if value is None:
        return DONT_KNOW
    if isinstance(value, frozenset):
        return sorted(value)
    return value


def initial_for(question, value):
    """The form's initial data for an answer already given (to change it)."""
    if value is None:
        return {}
    if value == DONT_KNOW:
        return {"dont_know": True} if question.type in ("number", "age") else {
            "answer": [DONT_KNOW] if question.type == "multi" else DONT_KNOW}
    if question.type == "boolean":
        return {"answer": "yes" if value is True else "no"}
    if question.type == "multi":
        return {"answer": list(value) or [NONE_OF_THESE]}
    return {"answer": value}
