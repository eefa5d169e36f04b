"""The rule's textarea, with what the tree editor (rule-editor.js) needs
rendered beside it as a ``json_script``: the questions with their type and
choices, the other rights, the operators each question type allows and every
label in the editor's language. The JavaScript only ever rewrites the
textarea: the form posts the contract's JSON, checked on save as before, and
without JavaScript the textarea is the editor."""

import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .. import rule_set

# The operators offered for each type of question, in the order of the menu:
# the engine accepts a few more (``in`` on a number), which the editor still
# shows when a rule already uses them.
OPERATORS_BY_TYPE = {
    "boolean": ["eq", "ne"],
    "choice": ["eq", "ne", "in", "not_in"],
    "multi": ["contains", "in", "not_in", "eq", "ne"],
    "number": ["gte", "gt", "lte", "lt", "eq", "ne"],
    "age": ["gte", "gt", "lte", "lt", "eq", "ne"],
}

OPERATOR_LABELS = {
    "eq": pgettext_lazy("rule operator", "is"),
    "ne": pgettext_lazy("rule operator", "is not"),
    "in": pgettext_lazy("rule operator", "is one of"),
    "not_in": pgettext_lazy("rule operator", "is none of"),
    "lt": pgettext_lazy("rule operator", "is less than"),
    "lte": pgettext_lazy("rule operator", "is at most"),
    "gt": pgettext_lazy("rule operator", "is more than"),
    "gte": pgettext_lazy("rule operator", "is at least"),
    "contains": pgettext_lazy("rule operator", "includes"),
}

# On a question with several answers, the same operators read differently.
MULTI_OPERATOR_LABELS = {
    "eq": pgettext_lazy("rule operator, several answers", "is exactly"),
    "ne": pgettext_lazy("rule operator, several answers", "is not exactly"),
    "in": pgettext_lazy("rule operator, several answers", "includes at least one of"),
    "not_in": pgettext_lazy("rule operator, several answers", "includes none of"),
    "contains": pgettext_lazy("rule operator, several answers", "includes"),
}

LABELS = {
    "tree": _("Conditions of the rule"),
    "intro": _("Build the rule from groups and conditions. Every change rewrites the rule's "
               "text below, which is what is saved."),
    "kind": _("This group is true when"),
    "all": _("All of these"),
    "any": _("Any of these"),
    "not": _("Not this"),
    "kind_all": _("all of these conditions are true"),
    "kind_any": _("at least one of these conditions is true"),
    "kind_not": _("this condition is not true"),
    "question_leaf": _("Condition on a question"),
    "right_leaf": _("Condition on another right"),
    "unknown_leaf": _("Part of the rule the editor cannot show"),
    "unknown_help": _("Change it in the rule's text (show it with the button below the tree)."),
    "question": _("Question"),
    "choose_question": _("Choose a question"),
    "operator": _("Condition"),
    "value": _("Answer"),
    "values": _("Answers"),
    "yes": _("Yes"),
    "no": _("No"),
    "number_list": _("Numbers, separated by commas"),
    "right": _("Right"),
    "choose_right": _("Choose a right"),
    "right_help": _("True when the explorer says this right is likely; unknown when it is "
                    "possible."),
    "missing": _("(no longer exists)"),
    "sentences": _("Sentence the reader sees"),
    "sentences_help": _("The reason shown with the result, for example “You are 18 or older”. "
                        "Write it in every language: a language left empty shows the "
                        "French sentence, and without any sentence no reason is shown."),
    "right_sentences_help": _("Optional: without a sentence, the reader sees the right's "
                              "title."),
    "missing_sentences": _("Not written yet in: %(languages)s."),
    "place": _("Place in the rule: %(path)s"),
    "whole_rule": _("the whole rule"),
    "add_question": _("Add a condition on a question"),
    "add_right": _("Add a condition on another right"),
    "add_group": _("Add a group"),
    "move_up": _("Move up"),
    "move_down": _("Move down"),
    "remove": _("Remove"),
    "wrap": _("Put in a group"),
    "empty": _("The rule has no condition yet."),
    "empty_group": _("This group has no condition yet."),
    "not_full": _("A “not this” group holds a single condition: to hold several, put them in "
                  "a group inside it."),
    "show_json": _("Show the rule's text (JSON)"),
    "hide_json": _("Hide the rule's text (JSON)"),
    "problem": _("Problem: %(message)s"),
    "invalid_json": _("The rule's text is not valid JSON, so the tree cannot show it. Correct "
                      "the text, or remove it all to start again with the tree."),
}


# "slug: all[1].not: message", as ``Problem.__str__`` writes a save's problem
PROBLEM = re.compile(r"(?P<where>[^:]+): (?P<path>(?:all|any|not)[\w\[\].]*): (?P<message>.+)",
                     re.DOTALL)


def editor_data(current_right="", problems=()):
    """What rule-editor.js reads: plain JSON, labels in the editor's language,
    questions and rights as a save checks them (French, drafts included), and
    the problems of the refused save that name a condition of this rule."""
    return {
        "problems": _problems_at(problems, current_right),
        "languages": [{"code": code, "name": str(name)}
                      for code, name in settings.WAGTAIL_CONTENT_LANGUAGES],
        "questions": [_question(question) for question in rule_set.questions()],
        "rights": [{"slug": right.slug, "title": right.title}
                   for right in rule_set.rights() if right.slug != current_right],
        "operators": OPERATORS_BY_TYPE,
        "operator_labels": {key: str(label) for key, label in OPERATOR_LABELS.items()},
        "multi_operator_labels": {key: str(label)
                                  for key, label in MULTI_OPERATOR_LABELS.items()},
        "labels": {key: str(label) for key, label in LABELS.items()},
    }


def _problems_at(problems, current_right):
    """Each problem of this right with the place it names ("" for the whole
    rule); problems of other rights stay in the field's error list only."""
    found = []
    prefix = f"{current_right}: "
    for problem in map(str, problems):
        match = PROBLEM.fullmatch(problem)
        if current_right and match and match["where"] == current_right:
            found.append({"path": match["path"], "message": match["message"]})
        elif current_right and problem.startswith(prefix):
            found.append({"path": "", "message": problem.removeprefix(prefix)})
    return found


def _question(question):
    choices = []
    for item in question.choices or []:
        if isinstance(item, dict):
            label = item.get("label") or {}
            label = label.get("fr") or next(iter(label.values()), "") \
                if isinstance(label, dict) else str(label)
            choices.append({"value": item.get("value"), "label": label or item.get("value")})
        else:
            choices.append({"value": item, "label": item})
    return {"slug": question.slug, "type": question.type, "text": question.text,
            "unit": question.unit, "choices": choices}


class RuleEditorWidget(forms.Textarea):
    """The textarea is kept (and posted); the tree is drawn next to it."""

    template_name = "balise_rights/rule_editor/widget.html"

    class Media:
        js = ["balise_rights/rule-editor.js"]
        css = {"all": ["balise_rights/rule-editor.css"]}

    def __init__(self, attrs=None, current_right="", problems=()):
        super().__init__({"rows": 16, "class": "balise-rule-editor__text", **(attrs or {})})
        self.current_right = current_right
        self.problems = list(problems)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        base = context["widget"]["attrs"].get("id") or f"id_{name}"
        context["editor"] = {
            "id": base,
            "data_id": f"{base}-editor-data",
            "data": editor_data(self.current_right, self.problems),
        }
        return context
