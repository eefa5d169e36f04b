"""A right and the questions its rule needs go live together.

An editor who adds a condition on a new question saves the question as a
draft, then writes the rule and publishes the right. Were the right to go
live alone, the published rule would name a question the citizen's
questionnaire does not have yet, and the explorer would stop working. So
publishing a French right also publishes the drafts of the questions its rule
and its questions' skip conditions name (and of their translations), right
after it and in the name of the same person, with the usual revision history."""

from django.db import transaction
from wagtail.signals import page_published

from . import rule_set
from .questions import Question
from .right_page import RightPage


def question_slugs(node, found=None):
    """Every question slug a rule tree names, in reading order."""
    found = [] if found is None else found
    if isinstance(node, dict):
        slug = node.get("question")
        if isinstance(slug, str) and slug not in found:
            found.append(slug)
        for key in ("all", "any"):
            for child in node.get(key) or []:
                question_slugs(child, found)
        if "not" in node:
            question_slugs(node["not"], found)
    return found


def _needed(rule):
    """The French questions the rule needs, with those their skip conditions
    need in turn (a question asked only if another one is answered)."""
    source = rule_set.source_locale()
    by_slug = {question.slug: question
               for question in Question.objects.filter(locale=source)}
    wanted = question_slugs(rule)
    needed = []
    while wanted:
        slug = wanted.pop(0)
        question = by_slug.get(slug)
        if question is None or question in needed:
            continue
        needed.append(question)
        latest = (question.get_latest_revision_as_object()
                  if question.latest_revision_id else question)
        wanted.extend(question_slugs(latest.asked_if))
    return needed


def _waiting(question):
    return question.latest_revision_id and (question.has_unpublished_changes or not question.live)


def publish_questions_of(right, user=None):
    """Publish the waiting drafts of the questions ``right`` needs; returns
    the French questions published."""
    published = []
    with transaction.atomic():
        for question in _needed(right.rule):
            family = Question.objects.filter(translation_key=question.translation_key)
            for member in family:
                if _waiting(member):
                    member.latest_revision.publish(user=user)
                    if member.pk == question.pk:
                        published.append(question)
    return published


def _on_publish(sender, instance, revision=None, **kwargs):
    if not rule_set.is_source_locale(instance.locale_id):
        return
    user = getattr(revision, "user", None)
    publish_questions_of(instance, user=user)


def connect():
    page_published.connect(_on_publish, sender=RightPage,
                           dispatch_uid="balise_rights_publish_questions_with_right")
