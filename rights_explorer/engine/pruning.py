"""Which questions are still worth asking, so that editors do not have to
write every skip by hand.

A question is not asked when:

- its own "asked if" condition is false for the answers so far; or
- no answer to it could change any right's outcome. This is worked out from
  the rule trees: every condition on the question (and on questions whose
  answer would be dropped if it changed, through their "asked if") is given
  every truth value at once, each occurrence independently, and the possible
  truths are carried up the trees (sets of truth values, as bit masks) and
  through the rights that depend on other rights. If every right still has
  one possible truth, the answer cannot matter.

Taking each occurrence independently can only add possibilities, so the
analysis may keep a question that turns out not to matter, never drop one
that does: an answer to a pruned question never changes an outcome (a
property test checks this on random rule sets).

A question that decides whether a question still worth asking is asked
(has children → the children's ages) is kept too, because its answer can
spare the citizen that question.
"""

from .evaluate import evaluate_normalised, normalise_answers
from .rules import All, Condition, Not, RightRef, questions_in

EVERY = 0b111  # FALSE, UNKNOWN and TRUE all possible


def _table(combine):
    table = [[0] * 8 for _ in range(8)]
    for left in range(8):
        for right in range(8):
            for a in range(3):
                for b in range(3):
                    if left >> a & 1 and right >> b & 1:
                        table[left][right] |= 1 << combine(a, b)
    return table


_AND, _OR = _table(min), _table(max)
_NOT = [sum(1 << (2 - t) for t in range(3) if mask >> t & 1) for mask in range(8)]


def questions_to_ask(ruleset, raw_answers, *, show_all=False):
    """The questions not answered yet (``"dont_know"`` is an answer, a
    missing slug or ``None`` is not) that are asked and worth asking, in
    order. ``show_all`` keeps every question whose "asked if" allows it."""
    answers = normalise_answers(ruleset, raw_answers)
    open_questions = [question for question in ruleset.questions
                      if raw_answers.get(question.slug) is None and _asked(question, answers)]
    if show_all:
        return tuple(open_questions)
    worth, still_open = {}, {question.slug for question in open_questions}
    outcomes = _outcomes(ruleset, answers)
    for question in reversed(ruleset.question_order):
        # later questions first, so that those whose asked_if names this one are known
        if question.slug in still_open:
            worth[question.slug] = _matters(ruleset, answers, question.slug, outcomes) or any(
                worth.get(other.slug) for other in open_questions
                if other.asked_if is not None and question.slug in questions_in(other.asked_if))
    return tuple(question for question in open_questions if worth[question.slug])


def next_question(ruleset, raw_answers, *, show_all=False):
    remaining = questions_to_ask(ruleset, raw_answers, show_all=show_all)
    return remaining[0] if remaining else None


def is_asked(ruleset, raw_answers, slug):
    """False when the question's own "asked if" condition is false."""
    return _asked(ruleset.question_by_slug[slug], normalise_answers(ruleset, raw_answers))


def can_change_an_outcome(ruleset, raw_answers, slug):
    answers = normalise_answers(ruleset, raw_answers)
    return _matters(ruleset, answers, slug, _outcomes(ruleset, answers))


def _asked(question, answers):
    return question.asked_if is None or question.asked_if.truth(answers, {}, _Ignore()) != 0


def _outcomes(ruleset, answers):
    return {result.slug: result.truth for result in evaluate_normalised(ruleset, answers)}


def _matters(ruleset, answers, slug, outcomes):
    varying = {slug}
    for question in ruleset.question_order:  # answers that could be dropped as well
        if (question.slug in answers and question.asked_if is not None
                and questions_in(question.asked_if) & varying):
            varying.add(question.slug)
    masks = {slug: 1 << truth for slug, truth in outcomes.items()}
    for right in ruleset.order:
        if ruleset.questions_of_right[right.slug].isdisjoint(varying):
            continue  # its outcome cannot move: it keeps its current single truth
        mask = _mask(right.rule, answers, varying, masks)
        if mask & (mask - 1):
            return True
        masks[right.slug] = mask
    return False


def _mask(node, answers, varying, masks):
    if isinstance(node, Condition):
        if node.question in varying:
            return EVERY
        return 1 << node.truth(answers, {}, _Ignore())
    if isinstance(node, RightRef):
        return masks[node.right]
    if isinstance(node, Not):
        return _NOT[_mask(node.child, answers, varying, masks)]
    table, mask = (_AND, 0b100) if isinstance(node, All) else (_OR, 0b001)
    for child in node.children:
        mask = table[mask][_mask(child, answers, varying, masks)]
    return mask


class _Ignore:
    def __setitem__(self, index, value):
        pass
