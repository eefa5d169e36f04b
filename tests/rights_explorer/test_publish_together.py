"""Publishing a right whose rule needs a question still in draft publishes
that question too, so the citizen's questionnaire never names a question it
does not have."""

import pytest
from wagtail.models import ModelLogEntry

from rights_explorer.models import Question, RightPage
from rights_explorer.rule_set import current
from tests.factories import locales, make_user, translate
from tests.rights_explorer.rights_factories import AGE_18, make_explorer, make_question

pytestmark = pytest.mark.django_db

CHILDREN = {"question": "has_children", "op": "eq", "value": True,
            "text": {"fr": "Vous avez un enfant", "nl": "U hebt een kind",
                     "de": "Sie haben ein Kind", "en": "You have a child"}}


def draft_question(slug, type="boolean", **fields):
    question = Question(locale=locales()["fr"], slug=slug, type=type, text=f"{slug} ?",
                        live=False, **fields)
    question.save()
    question.save_revision()
    return question


def draft_right(explorer, slug, rule):
    right = RightPage(title=slug, slug=slug, rule=rule, live=False)
    explorer.add_child(instance=right)
    return right


def test_publishing_a_right_publishes_the_draft_questions_its_rule_needs():
    make_question("age", "age")
    explorer = make_explorer()
    children = draft_question("has_children")
    right = draft_right(explorer, "allocations", {"all": [AGE_18, CHILDREN]})
    editor = make_user("editor", superuser=True)

    right.save_revision(user=editor).publish(user=editor)

    children.refresh_from_db()
    assert children.live and not children.has_unpublished_changes
    published_by = ModelLogEntry.objects.filter(
        object_id=str(children.pk), action="wagtail.publish").values_list("user", flat=True)
    assert list(published_by) == [editor.pk]
    assert [item.slug for item in current().rights] == ["allocations"]


def test_a_question_needed_by_a_skip_condition_goes_live_too():
    explorer = make_explorer()
    children = draft_question("has_children")
    ages = draft_question("children_ages", "number",
                          asked_if={"question": "has_children", "op": "eq", "value": True})
    right = draft_right(explorer, "supplement", {"question": "children_ages", "op": "gte",
                                                 "value": 1})

    right.save_revision().publish()

    assert Question.objects.get(pk=ages.pk).live
    assert Question.objects.get(pk=children.pk).live


def test_a_changed_question_goes_live_with_the_right_and_other_drafts_stay_drafts():
    explorer = make_explorer()
    situation = make_question("situation", "choice", choices=["worker"])
    unrelated = draft_question("unrelated")
    situation.choices = ["worker", "student"]
    situation.save_revision()  # a draft with a new choice
    right = draft_right(explorer, "etudiant", {"question": "situation", "op": "eq",
                                               "value": "student"})

    right.save_revision().publish()

    situation.refresh_from_db()
    assert situation.choices == ["worker", "student"]
    assert not situation.has_unpublished_changes
    assert not Question.objects.get(pk=unrelated.pk).live


def test_publishing_a_translation_leaves_the_questions_to_the_french_right():
    explorer = make_explorer()
    make_question("has_children")
    right = draft_right(explorer, "allocations", CHILDREN)
    right.save_revision().publish()
    children = Question.objects.get(slug="has_children")
    children.text = "Avez-vous des enfants ?"
    children.save_revision()  # a new draft, after the right went live

    translate(right, "nl").save_revision().publish()

    children.refresh_from_db()
    assert children.has_unpublished_changes
