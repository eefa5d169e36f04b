"""The citizen's questionnaire: one question per screen, then the rights
grouped by outcome with the reasons.

Citizens answer on shared computers (at the CPAS, in public digital spaces):
their answers about income, health or residence travel only in a signed,
compressed value posted back with every form (DESIGN.md), never in a URL, a
cookie, the session or the database, and every response says ``no-store``.
The value carries a version of the rules, so answers given under rules that
have changed since are noticed and the journey starts again with a message.
It has no time limit: a citizen who pauses for an hour loses nothing."""

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property

from django.core import signing
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from pages.links import live_translation, live_translations

from . import rule_set
from .engine import (
    DONT_KNOW,
    LIKELY,
    POSSIBLE,
    UNLIKELY,
    AnswerError,
    Condition,
    RightRef,
    RulesError,
    evaluate,
    normalise_answers,
    parse,
    questions_to_ask,
)
from .journey_forms import AnswerForm, initial_for
from .questions import Question

SALT = "balise.rights_explorer.journey"
MAX_TOKEN = 20_000  # far more than every answer of a real rule set, compressed
QUESTION_TEMPLATE = "balise_rights/explorer_question.html"
RESULTS_TEMPLATE = "balise_rights/explorer_results.html"

STALE = _("The questions have changed since you started. Sorry: please answer them again.")
BROKEN = _("We could not read your answers. Please start again.")
NOT_ASKED = _("This question is no longer asked. Here is the next one.")

# The kind of a right (RightPage.kind) as the results page says it
KIND_IN_PLAIN_WORDS = {
    "E": _("A legal right: if the conditions are met, you get it."),
    "D": _("The CPAS decides case by case."),
    "N": _("You can always ask: the CPAS looks at what you need."),
    "E/D": _("A legal right, or else the CPAS decides case by case."),
    "D/N": _("The CPAS decides case by case, on what you need."),
}


class BadAnswers(Exception):
    def __init__(self, message):
        self.message = message


@dataclass
class State:
    version: str
    answers: dict = field(default_factory=dict)  # slug -> answer as JSON, in answering order
    show_all: bool = False

    def encode(self):
        data = {"v": self.version, "a": self.answers, "s": self.show_all}
        return signing.dumps(data, salt=SALT, compress=True)


def version_of(data):
    """A short fingerprint of what the answers depend on (questions, rules)."""
    kept = {"questions": data["questions"],
            "rights": [{"slug": item["slug"], "rule": item["rule"]} for item in data["rights"]]}
    text = json.dumps(kept, sort_keys=True, ensure_ascii=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def decode(token, ruleset, version):
    """The ``State`` in a posted value, or ``BadAnswers`` with the message to show."""
    if not isinstance(token, str) or len(token) > MAX_TOKEN:
        raise BadAnswers(BROKEN)
    try:
        data = signing.loads(token, salt=SALT)  # no max_age: no timeout
    except (signing.BadSignature, ValueError, TypeError, OverflowError):
        raise BadAnswers(BROKEN) from None
    if not isinstance(data, dict) or not isinstance(data.get("a"), dict):
        raise BadAnswers(BROKEN)
    if data.get("v") != version:
        raise BadAnswers(STALE)
    try:
        normalise_answers(ruleset, data["a"])
    except AnswerError:
        raise BadAnswers(STALE) from None
    return State(version, dict(data["a"]), data.get("s") is True)


def serve(page, request):
    """What ``RightsExplorerPage.serve`` answers: the introduction on GET,
    the next step on POST."""
    if request.method == "POST":
        response = Journey(page, request).step()
    else:
        response = TemplateResponse(request, QUESTION_TEMPLATE,
                                    {**page.get_context(request), "intro": True})
    response["Cache-Control"] = "private, no-store"
    return response


class Journey:
    def __init__(self, page, request):
        self.page = page
        self.request = request
        data = rule_set.engine_data(drafts=False)
        try:
            self.ruleset = parse(data)
        except RulesError:
            self.ruleset = parse({"questions": [], "rights": []})
        self.version = version_of(data)

    def step(self):
        post = self.request.POST
        token = post.get("state")
        if not token:  # "Start" and "Start again": nothing is carried over
            return self.next(State(self.version))
        try:
            state = decode(token, self.ruleset, self.version)
        except BadAnswers as error:
            return self.next(State(self.version), notice=error.message)
        action = post.get("action")
        slug = post.get("question")
        question = self.ruleset.question_by_slug.get(slug) if isinstance(slug, str) else None
        if action == "back":
            if not state.answers:
                return self.render(QUESTION_TEMPLATE, intro=True)
            last = list(state.answers)[-1]
            previous = state.answers.pop(last)
            return self.ask(state, self.ruleset.question_by_slug[last], initial=previous)
        if action == "show_all":
            state.show_all = True
            return self.next(state)
        if action == "change" and question is not None and question.slug in state.answers:
            return self.ask(state, question, initial=state.answers[question.slug],
                            changing=True)
        if action == "answer":
            if question is None or not self.is_open(state, question):
                return self.next(state, notice=NOT_ASKED)
            form = self.form(question, data=post)
            if not form.is_valid():
                return self.ask(state, question, form=form,
                                changing=question.slug in state.answers)
            state.answers[question.slug] = form.cleaned_data["value"]
        return self.next(state)

    def is_open(self, state, question):
        """Asked for these answers (its own skip condition), answered or not."""
        others = {slug: value for slug, value in state.answers.items() if slug != question.slug}
        answers = normalise_answers(self.ruleset, others)
        return question.asked_if is None or question.asked_if.truth(answers, {}, {}) != 0

    def remaining(self, state):
        return questions_to_ask(self.ruleset, state.answers, show_all=state.show_all)

    def next(self, state, notice=None):
        remaining = self.remaining(state)
        if remaining:
            return self.ask(state, remaining[0], notice=notice, remaining=remaining)
        return self.results(state, notice)

    # Screens

    def render(self, template, **extra):
        context = self.page.get_context(self.request)
        context.update(extra)
        return TemplateResponse(self.request, template, context)

    @cached_property
    def wording(self):
        """slug -> the Question snippet in the reader's language (else French)."""
        found = {}
        rows = Question.objects.filter(live=True).select_related("locale")
        for row in rows:
            if row.locale_id == self.page.locale_id or row.slug not in found:
                found[row.slug] = row
        return found

    def form(self, question, data=None, initial=None):
        row = self.wording.get(question.slug)
        labels = dict(row.choice_labels()) if row is not None else {}
        choices = [(value, labels.get(value) or value) for value in question.choices]
        return AnswerForm(question, data, initial=initial_for(question, initial),
                          label=row.text if row else question.slug, hint=row.hint if row else "",
                          choices=choices, unit=row.unit if row else "")

    def ask(self, state, question, form=None, initial=None, notice=None, remaining=None,
            changing=False):
        if remaining is None:
            remaining = () if changing else self.remaining(state)
        number = len(state.answers) + 1
        return self.render(
            QUESTION_TEMPLATE, form=form or self.form(question, initial=initial),
            question=question, state=state.encode(), notice=notice, changing=changing,
            show_all=state.show_all, number=number,
            total=max(number, len(state.answers) + len(remaining)))

    def results(self, state, notice=None):
        evaluation = evaluate(self.ruleset, state.answers, drop_unknown=True)
        french = {page.slug: page for page in rule_set.rights(drafts=False)}
        slugs = [slug for slug in evaluation.results if slug in french]
        pages = dict(zip(slugs, live_translations([french[slug] for slug in slugs],
                                                  request=self.request), strict=True))
        language = (get_language() or "fr").split("-")[0]
        groups = {LIKELY: [], POSSIBLE: [], UNLIKELY: []}
        for result in evaluation:
            page = pages.get(result.slug)
            title = page.title if page else _title(result.right.title, language)
            reasons = [_sentence(status.node, language, pages) for status in result.reasons]
            item = {"page": page, "title": title, "reasons": [text for text in reasons if text]}
            if result.outcome != UNLIKELY and page is not None:
                item.update(_next_steps(page.specific, self.request))
            groups[result.outcome].append(item)
        wording = self.wording
        answered = [{"slug": slug, "text": wording[slug].text if slug in wording else slug,
                     "answer": _shown(self.ruleset.question_by_slug[slug], value,
                                      wording.get(slug))}
                    for slug, value in state.answers.items()
                    if slug in self.ruleset.question_by_slug
                    and self.is_open(state, self.ruleset.question_by_slug[slug])]
        return self.render(RESULTS_TEMPLATE, likely=groups[LIKELY], possible=groups[POSSIBLE],
                           unlikely=groups[UNLIKELY], answered=answered, state=state.encode(),
                           notice=notice)


def _next_steps(page, request):
    """What a reader does next about a likely or possible right: the first
    steps, the documents, where to go (in the reader's language) and its kind."""
    where = None
    if getattr(page, "partner", None) is not None:
        where = live_translation(page.partner, request=request)
    if where is None and getattr(page, "contact_channel", None) is not None:
        where = live_translation(page.contact_channel, request=request)
    return {"steps": [block.value for block in getattr(page, "how_to_apply", None) or ()],
            "documents": [block.value for block in getattr(page, "documents", None) or ()],
            "where": where, "kind": KIND_IN_PLAIN_WORDS.get(getattr(page, "kind", ""), "")}


def _title(title, language):
    if isinstance(title, dict):
        return title.get(language) or title.get("fr") or next(iter(title.values()), "")
    return str(title)


def _sentence(node, language, pages):
    text = node.extra.get("text") if isinstance(node, (Condition, RightRef)) else None
    if isinstance(text, dict):
        return text.get(language) or text.get("fr") or ""
    if isinstance(text, str):
        return text
    if isinstance(node, RightRef) and pages.get(node.right) is not None:
        return pages[node.right].title
    return ""


def _shown(question, value, row):
    """An answer as the reader reads it on the results page."""
    if value == DONT_KNOW:
        return _("I don't know / I'd rather not say")
    if question.type == "boolean":
        return _("Yes") if value is True else _("No")
    labels = dict(row.choice_labels()) if row is not None else {}
    if question.type == "choice":
        return labels.get(value, value)
    if question.type == "multi":
        return ", ".join(str(labels.get(item, item)) for item in value) or _("None of these")
    unit = f" {row.unit}" if row is not None and row.unit else ""
    return f"{value}{unit}"
