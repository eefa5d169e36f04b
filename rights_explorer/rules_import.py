"""Loading a rules file (``rights_import``): every question and right is
checked first, with the rules already on the site, and only then written,
in one transaction, so that a file with one mistake changes nothing (the
rights are written with their checks off: the whole set was checked first).

Questions become published Question snippets (their wording per language
becomes the French question and its translations); rights become published
RightPages under the first French RightsExplorerPage, in the file's order.
Only the keys the site can keep are accepted, so that an export after an
import gives the file back byte for byte."""

import json

from django.db import transaction
from wagtail.models import Locale

from . import rule_set
from .engine import Problem, RulesError, loads, parse
from .questions import Question
from .right_page import KIND_CHOICES, RightPage, RightsExplorerPage

QUESTION_KEYS = {"slug", "type", "choices", "allow_negative", "asked_if", "text", "hint", "unit"}
RIGHT_KEYS = {"slug", "title", "rule", "kind"}
KINDS = {value for value, _label in KIND_CHOICES}
TEXT_LENGTH = Question._meta.get_field("text").max_length
UNIT_LENGTH = Question._meta.get_field("unit").max_length
TITLE_LENGTH = RightPage._meta.get_field("title").max_length


def import_rules(text):
    """Check then write the rules in ``text``; returns (questions, rights)
    counts. Raises ``RulesError`` (nothing written) when anything is wrong."""
    _check_on_its_own(text)
    data = json.loads(text)
    source = rule_set.source_locale()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    problems = _problems(data, locales)
    explorer = RightsExplorerPage.objects.filter(locale=source).order_by("path").first()
    if data["rights"] and explorer is None:
        problems.append(Problem("rules", "", "the site has no French rights explorer page "
                                             "to put the rights under"))
    if problems:
        raise RulesError(problems)
    parse(_merged(data))  # the file with the rules already on the site
    with transaction.atomic(), rule_set.checked_beforehand():
        for number, raw in enumerate(data["questions"]):
            write_question(raw, number, source, locales)
        pages = [_write_right(raw, source, explorer) for raw in data["rights"]]
        _in_file_order(pages, explorer)
    return len(data["questions"]), len(data["rights"])


def _check_on_its_own(text):
    """The engine's problems with the file alone, except rights and
    questions it names that only the site has (checked with the site's)."""
    try:
        loads(text)
    except RulesError as error:
        own = [problem for problem in error.problems
               if not problem.message.startswith(("no right ", "no question "))]
        if own:
            raise RulesError(own) from None


def _per_language(value):
    """A text, or texts per language, as texts per language."""
    if isinstance(value, str):
        return {"fr": value} if value else {}
    return dict(value or {})


def _problems(data, locales):
    problems = [Problem("rules", "", f"unknown key '{key}'") for key in sorted(data)
                if key not in ("questions", "rights")]
    for raw in data["questions"]:
        where = f"question '{raw['slug']}'"
        problems += [Problem(where, "", f"unknown key '{key}': the site cannot keep it")
                     for key in sorted(raw) if key not in QUESTION_KEYS]
        for key in ("text", "hint"):
            texts = raw.get(key)
            if texts is not None and not isinstance(texts, (str, dict)):
                problems.append(Problem(where, "", f"'{key}' is a text or texts per language"))
                continue
            for code, value in _per_language(texts).items():
                if code not in locales:
                    problems.append(Problem(where, "", f"'{key}': no language '{code}' on "
                                                       "this site"))
                elif not isinstance(value, str) or (key == "text" and len(value) > TEXT_LENGTH):
                    problems.append(Problem(where, "", f"'{key}' in '{code}' must be a text "
                                                       f"of at most {TEXT_LENGTH} characters"))
        if not _per_language(raw.get("text")).get("fr"):
            problems.append(Problem(where, "", "a question needs its 'text' in French"))
        unit = raw.get("unit", "")
        if not isinstance(unit, str) or len(unit) > UNIT_LENGTH:
            problems.append(Problem(where, "", f"'unit' is a text of at most {UNIT_LENGTH} "
                                               "characters"))
    for raw in data["rights"]:
        where = raw["slug"]
        problems += [Problem(where, "", f"unknown key '{key}': the site cannot keep it")
                     for key in sorted(raw) if key not in RIGHT_KEYS]
        if raw.get("kind", "") not in KINDS | {""}:
            problems.append(Problem(where, "", f"'kind' is one of {', '.join(sorted(KINDS))}"))
        title = _per_language(raw["title"]).get("fr")
        if not isinstance(title, str) or not title or len(title) > TITLE_LENGTH:
            problems.append(Problem(where, "", "a right needs its 'title' in French"))
    return problems


def _merged(data):
    """The rules on the site, with the file's questions and rights in place
    of those of the same slug."""
    current = rule_set.engine_data()
    new_questions = {raw["slug"] for raw in data["questions"]}
    new_rights = {raw["slug"] for raw in data["rights"]}
    return {
        "questions": [q for q in current["questions"] if q["slug"] not in new_questions]
        + data["questions"],
        "rights": [r for r in current["rights"] if r["slug"] not in new_rights]
        + data["rights"],
    }


def write_question(raw, number, source, locales):
    """Write and publish the question ``raw`` (the contract's JSON, already
    checked) in French and in each language it has a wording for; the demo's
    seeding uses it too."""
    texts = _per_language(raw.get("text"))
    hints = _per_language(raw.get("hint"))
    synchronised = {
        "type": raw["type"], "unit": raw.get("unit", ""), "choices": raw.get("choices", []),
        "allow_negative": raw.get("allow_negative", False), "asked_if": raw.get("asked_if"),
        "sort_order": number,
    }
    french = Question.objects.filter(locale=source, slug=raw["slug"]).first()
    if french is None:
        french = Question(locale=source, slug=raw["slug"])
    _publish(french, synchronised | {"text": texts["fr"], "hint": hints.get("fr", "")})
    for code in sorted((set(texts) | set(hints)) - {"fr"}):
        locale = locales[code]
        translation = Question.objects.filter(translation_key=french.translation_key,
                                              locale=locale).first()
        if translation is None:
            translation = french.copy_for_translation(locale)
        _publish(translation, synchronised | {"slug": raw["slug"],
                                              "text": texts.get(code, texts["fr"]),
                                              "hint": hints.get(code, "")})


def _publish(question, fields):
    for name, value in fields.items():
        setattr(question, name, value)
    question.save()
    question.save_revision().publish()


def _write_right(raw, source, explorer):
    fields = {"title": _per_language(raw["title"])["fr"], "rule": raw["rule"],
              "kind": raw.get("kind", "")}
    page = RightPage.objects.filter(locale=source, slug=raw["slug"]).first()
    if page is None:
        page = explorer.add_child(instance=RightPage(slug=raw["slug"], locale=source,
                                                     **fields))
    else:
        page = page.get_latest_revision_as_object()
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    return page


def _in_file_order(pages, explorer):
    """The explorer's rights in the file's order, so that an export lists
    them as the file did (rights exported in tree order)."""
    slugs = [page.slug for page in pages]
    under = [slug for slug in RightPage.objects.child_of(explorer).order_by("path")
             .values_list("slug", flat=True) if slug in slugs]
    if under == slugs:
        return
    for page in pages:
        RightPage.objects.get(pk=page.pk).move(explorer, pos="last-child")
