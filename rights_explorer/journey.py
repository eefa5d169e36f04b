"""The citizen's questionnaire: one question per screen, then the rights
grouped by outcome with the reasons.

Citizens answer on shared computers (at the CPAS, in public digital spaces):
their answers about income, health or residence travel only in a signed,
compressed value posted back with every form (DESIGN.md), never in a URL, a
cookie, the session or the database, and every response says ``no-store``.
The value carries a version of the rules, so answers given under rules that
have changed since are noticed and the journey starts again with a message.
It has no time limit: a citizen who pauses for an hour loses nothing.

From the results, the reader can open a summary to show a social worker,
open the contact form with the rights listed ("Ask us about these rights"),
and say that a result surprised them. Each results screen reached by an
answer adds to anonymous counters (``counting``), once: every value the
forms carry has a random nonce, and a nonce already used (a reload that
posts the same value again, a replayed "unexpected" post) counts nothing.
The cache keeps only that nonce, never an answer."""

import hashlib
import json
import logging
import secrets
from dataclasses import dataclass, field
from functools import cached_property

from django.apps import apps
from django.core import signing
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from pages import prefill, usage
from pages.links import live_translation, live_translations

from . import counting, rule_set
from .engine import (
    DONT_KNOW,
    LIKELY,
    POSSIBLE,
    UNKNOWN,
    UNLIKELY,
    AnswerError,
    Condition,
    Not,
    RightRef,
    RulesError,
    evaluate,
    normalise_answers,
    parse,
    questions_to_ask,
)
from .journey_forms import AnswerForm, initial_for
from .questions import Question

logger = logging.getLogger(__name__)

SALT = "balise.rights_explorer.journey"
MAX_TOKEN = 20_000  # far more than every answer of a real rule set, compressed
QUESTION_TEMPLATE = "balise_rights/explorer_question.html"
RESULTS_TEMPLATE = "balise_rights/explorer_results.html"
SUMMARY_TEMPLATE = "balise_rights/explorer_summary.html"
ONCE_SECONDS = 2 * 24 * 3600  # a used nonce is remembered this long
MAX_SURPRISING = 200  # ticked rights read from one post, at most

STALE = _("The questions have changed since you started. Sorry: please answer them again.")
BROKEN = _("We could not read your answers. Please start again.")
NOT_ASKED = _("This question is no longer asked. Here is the next one.")
# a condition that counts because it does not hold: "Not the case: You are a student"
NOT_THE_CASE = _("Not the case: %(sentence)s")
THANKS = _("Thank you. We count these answers, without anything about you, to improve "
           "the explorer.")

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
    surprise_sent: bool = False  # "unexpected result?" was sent for these answers
    nonce: str = ""  # of the posted value; every encoded value gets a new one

    def encode(self):
        data = {"v": self.version, "a": self.answers, "s": self.show_all,
                "n": secrets.token_urlsafe(12)}
        if self.surprise_sent:
            data["u"] = True
        return signing.dumps(data, salt=SALT, compress=True)


def first_use(kind, nonce):
    """True the first time a posted value's nonce is used for ``kind``."""
    if not isinstance(nonce, str) or not 8 <= len(nonce) <= 32:
        return False
    return cache.add(f"balise:rights:{kind}:{nonce}", 1, ONCE_SECONDS)


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
    nonce = data.get("n") if isinstance(data.get("n"), str) else ""
    return State(version, dict(data["a"]), data.get("s") is True, data.get("u") is True, nonce)


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


def serve_refused_post(page, request, message):
    """A post refused by ``pages.security.public_forms`` (sent from another
    site, or a page open too long): the screen the answers lead to, with the
    message; the action asked for is not done and nothing is counted."""
    journey = Journey(page, request)
    try:
        state = decode(request.POST.get("state", ""), journey.ruleset, journey.version)
    except BadAnswers:
        state = State(journey.version)
    response = journey.next(state, notice=message)
    response["Cache-Control"] = "private, no-store"
    return response


class Journey:
    def __init__(self, page, request):
        self.page = page
        self.request = request
        # the French rights, read once: the rules and the results use them
        self.french_rights = rule_set.rights(drafts=False)
        data = rule_set.engine_data(drafts=False, found_rights=self.french_rights)
        try:
            self.ruleset = parse(data)
        except RulesError as error:
            # the published rules do not hold together (a publish the checks
            # could not see): say so in the log, ask nothing rather than wrong
            logger.error("The published rights explorer rules do not hold: %s", error)
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
        if action == "summary":
            return self.summary(state)
        if action == "unexpected":
            return self.unexpected(state, post.getlist("surprising")[:MAX_SURPRISING])
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
            value = form.cleaned_data["value"]
            changed = question.slug not in state.answers or state.answers[question.slug] != value
            if changed:
                state.surprise_sent = False  # new results: a new "unexpected?" may be sent
            state.answers[question.slug] = value
            return self.next(state, count=changed)
        return self.next(state)

    def is_open(self, state, question):
        """Asked for these answers (its own skip condition), answered or not."""
        others = {slug: value for slug, value in state.answers.items() if slug != question.slug}
        answers = normalise_answers(self.ruleset, others)
        return question.asked_if is None or question.asked_if.truth(answers, {}, {}) != 0

    def remaining(self, state):
        return questions_to_ask(self.ruleset, state.answers, show_all=state.show_all)

    def next(self, state, notice=None, count=False):
        """The next question, or the results; ``count``: the results follow
        a new or changed answer, so they count as shown."""
        remaining = self.remaining(state)
        if remaining:
            return self.ask(state, remaining[0], notice=notice, remaining=remaining)
        return self.results(state, notice, count=count)

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

    def findings(self, state):
        """The rights by outcome with their reasons, and the answers given
        that still count, as the results and the summary show them."""
        evaluation = evaluate(self.ruleset, state.answers, drop_unknown=True)
        french = {page.slug: page for page in self.french_rights}
        slugs = [slug for slug in evaluation.results if slug in french]
        pages = dict(zip(slugs, live_translations([french[slug] for slug in slugs],
                                                  request=self.request), strict=True))
        next_steps = _next_steps_of([pages[result.slug] for result in evaluation
                                     if result.outcome != UNLIKELY and pages.get(result.slug)],
                                    self.request)
        language = (get_language() or "fr").split("-")[0]
        groups = {LIKELY: [], POSSIBLE: [], UNLIKELY: []}
        outcomes = {}
        for result in evaluation:
            page = pages.get(result.slug)
            title = page.title if page else _title(result.right.title, language)
            reasons = [_reason(status, result.truth, language, pages)
                       for status in result.reasons]
            item = {"slug": result.slug, "page": page, "title": title,
                    # one sentence once, where several conditions share it
                    "reasons": list(dict.fromkeys(text for text in reasons if text)),
                    # synchronised: the French page's kind is every translation's
                    "kind": KIND_IN_PLAIN_WORDS.get(getattr(french.get(result.slug), "kind",
                                                            ""), "")}
            if result.outcome != UNLIKELY and page is not None:
                item.update(next_steps.get(page.pk, {}))
            groups[result.outcome].append(item)
            outcomes[result.slug] = result.outcome
        wording = self.wording
        answered = [{"slug": slug, "text": wording[slug].text if slug in wording else slug,
                     "answer": _shown(self.ruleset.question_by_slug[slug], value,
                                      wording.get(slug))}
                    for slug, value in state.answers.items()
                    if slug in self.ruleset.question_by_slug
                    and self.is_open(state, self.ruleset.question_by_slug[slug])]
        return {"likely": groups[LIKELY], "possible": groups[POSSIBLE],
                "unlikely": groups[UNLIKELY], "answered": answered, "outcomes": outcomes}

    def results(self, state, notice=None, count=False):
        found = self.findings(state)
        if count and first_use("shown", state.nonce):
            counting.count_shown(found["outcomes"])
            usage.record_request(self.request, usage.EXPLORER_RESULTS, page=self.page)
        return self.render(RESULTS_TEMPLATE, **found, state=state.encode(), notice=notice,
                           surprise_sent=state.surprise_sent,
                           ask=self.ask_us(found["likely"] + found["possible"]))

    def summary(self, state):
        """One printable page for a social worker: the answers in plain
        words, the rights by group with their reasons, the date."""
        if self.remaining(state):
            return self.next(state)
        return self.render(SUMMARY_TEMPLATE, **self.findings(state), state=state.encode(),
                           today=timezone.localdate())

    def unexpected(self, state, ticked):
        """Counts the ticked rights (all of them when none is ticked) as
        surprising, once per results screen, then the results with a thank
        you. The outcomes come from the signed answers, never from the post."""
        if self.remaining(state):
            return self.next(state)
        if not state.surprise_sent and first_use("unexpected", state.nonce):
            outcomes = self.findings(state)["outcomes"]
            chosen = {slug: outcomes[slug] for slug in ticked if slug in outcomes}
            counting.count_unexpected(chosen or outcomes)
        state.surprise_sent = True
        return self.results(state, notice=THANKS)

    def ask_us(self, items):
        """The contact form to open with these rights listed, in the reader's
        language (else the form chosen), or None when there is none."""
        chosen = self.page.ask_page
        if chosen is None or not items:
            return None
        if not hasattr(chosen.specific_class, "serve_prefilled"):  # not a contact form
            return None
        target = (live_translation(chosen, request=self.request)
                  or live_translation(chosen, locale=chosen.locale, request=self.request))
        if target is None:
            return None
        text = gettext("I would like to know more about these rights: %(titles)s") % {
            "titles": ", ".join(str(item["title"]) for item in items)}
        return {"url": target.get_url(self.request), "field": prefill.FIELD,
                "value": prefill.sign(text)}


def _next_steps_of(pages, request):
    """What a reader does next about each likely or possible right, by page
    id: the first steps, the documents, where to go (in the reader's
    language) and its kind; a few queries whatever the number of rights."""
    model = apps.get_model("balise_rights", "RightPage")  # its module serves this one
    rights = model.objects.filter(pk__in=[page.pk for page in pages]) \
        .select_related("partner", "contact_channel").in_bulk()
    places = [right.partner or right.contact_channel for right in rights.values()]
    translated = dict(zip(rights, live_translations(places, request=request), strict=True))
    return {pk: {"steps": [block.value for block in right.how_to_apply or ()],
                 "documents": [block.value for block in right.documents or ()],
                 "where": translated[pk], "kind": KIND_IN_PLAIN_WORDS.get(right.kind, "")}
            for pk, right in rights.items()}


def _title(title, language):
    if isinstance(title, dict):
        return title.get(language) or title.get("fr") or next(iter(title.values()), "")
    return str(title)


def _reason(status, outcome_truth, language, pages):
    """A reason as the reader reads it. A condition under a "not" that has
    no sentence of its own holds the opposite of what the outcome needs
    ("You are a student" is why a right for non-students is likely only
    when it is false): it is shown as not being the case."""
    sentence = _sentence(status.node, language, pages)
    if sentence and status.truth != outcome_truth and status.truth != UNKNOWN \
            and outcome_truth != UNKNOWN:
        return NOT_THE_CASE % {"sentence": sentence}
    return sentence


def _sentence(node, language, pages):
    text = node.extra.get("text") if isinstance(node, (Condition, RightRef, Not)) else None
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
