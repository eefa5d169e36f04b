"""The rights explorer's demo data that are not pages: its questions (the
contract's JSON in rights/questions.json, their wording in four languages)
and the editors' test personas (rights/personas.json).

The rights are pages (pages/a-quoi-ai-je-droit/), seeded with the others;
their rules and the questions are checked here as one set before anything is
written, so a mistake in the data stops the seed with the right and the
condition it is in, and the pages can then be written in the menu's order
(a right may name another that comes later).

Like the rest of the seed, only what differs from the files is written: a
second run publishes no question and saves no persona.
"""

from rights_explorer.engine import RulesError, parse
from rights_explorer.personas import Persona, PersonaExpectation
from rights_explorer.questions import Question
from rights_explorer.rules_import import write_question

from . import data_files
from .data_files import DemoDataError

RIGHT_PAGE_TYPE = "balise_rights.RightPage"


def right_pages(all_pages):
    return [data for data in all_pages if data.type == RIGHT_PAGE_TYPE]


def check_rules(all_pages):
    """The demo's questions and every right page's rule, checked as the
    engine reads them (``rights_export`` prints the same set)."""
    rights = []
    for data in right_pages(all_pages):
        right = {"slug": data.fields["slug"], "title": data.fields["title"],
                 "rule": data.fields.get("rule")}
        if data.fields.get("kind"):
            right["kind"] = data.fields["kind"]
        rights.append(right)
    try:
        parse({"questions": data_files.rights_questions(), "rights": rights})
    except RulesError as error:
        raise DemoDataError(f"rights/questions.json and the right pages' rules do not "
                            f"hold:\n{error}") from None


def _texts(value):
    if isinstance(value, str):
        return {"fr": value} if value else {}
    return dict(value or {})


def _wanted(raw, number):
    return {"type": raw["type"], "unit": raw.get("unit", ""), "choices": raw.get("choices", []),
            "allow_negative": raw.get("allow_negative", False),
            "asked_if": raw.get("asked_if"), "sort_order": number}


def _is_current(question, fields):
    return (question is not None and question.live and not question.has_unpublished_changes
            and all(getattr(question, name) == value for name, value in fields.items()))


def _question_is_current(raw, number, stored):
    """Whether the French question and each translation the file words
    are published as the file says."""
    texts, hints = _texts(raw.get("text")), _texts(raw.get("hint"))
    synchronised = _wanted(raw, number) | {"slug": raw["slug"]}
    french = stored.get(("fr", raw["slug"]))
    if not _is_current(french, synchronised | {"text": texts["fr"],
                                               "hint": hints.get("fr", "")}):
        return False
    for code in (set(texts) | set(hints)) - {"fr"}:
        translation = stored.get((code, raw["slug"]))
        if translation is None or translation.translation_key != french.translation_key:
            return False
        if not _is_current(translation, synchronised | {"text": texts.get(code, texts["fr"]),
                                                        "hint": hints.get(code, "")}):
            return False
    return True


def ensure_questions(locales):
    """The explorer's questions, published in French and translated. Returns
    how many were written."""
    stored = {(question.locale.language_code, question.slug): question
              for question in Question.objects.select_related("locale")}
    written = 0
    for number, raw in enumerate(data_files.rights_questions()):
        if not _question_is_current(raw, number, stored):
            write_question(raw, number, locales[data_files.SOURCE_LANGUAGE], locales)
            written += 1
    return written


def _expectations(data):
    return [(item["right"], item["outcome"]) for item in data.get("expectations", [])]


def ensure_personas():
    """The editors' test personas, each found by its name (personas an
    editor added in the admin are kept). Returns how many were saved."""
    existing = {persona.name: persona
                for persona in Persona.objects.prefetch_related("expectations")}
    saved = 0
    for data in data_files.personas():
        persona = existing.get(data["name"]) or Persona(name=data["name"])
        wanted = _expectations(data)
        stored = [(item.right, item.outcome) for item in persona.expectations.all()]
        description, answers = data.get("description", ""), data.get("answers", {})
        if (persona.pk and persona.description == description and persona.answers == answers
                and stored == wanted):
            continue
        persona.description, persona.answers = description, answers
        persona.expectations = [PersonaExpectation(right=right, outcome=outcome,
                                                   sort_order=index)
                                for index, (right, outcome) in enumerate(wanted)]
        persona.save()
        saved += 1
    return saved
