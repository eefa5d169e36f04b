"""Every right's outcome for one set of answers, with the status of each
condition so that a page can say why.

Rights are evaluated in dependency order, so ``{"right": slug}`` reads the
outcome already computed for that right. An answer to a question whose
"asked if" condition is false is dropped first (the citizen said "no
children", then the ages of the children no longer count), in the order of
those conditions, so the result never depends on stale answers.
"""

from dataclasses import dataclass
from types import MappingProxyType

from .errors import AnswerError
from .logic import FALSE, TRUE, UNKNOWN, Truth
from .questions import normalise_answer
from .rules import LEAVES, All, Not

LIKELY, POSSIBLE, UNLIKELY = "likely", "possible", "unlikely"
OUTCOMES = {TRUE: LIKELY, UNKNOWN: POSSIBLE, FALSE: UNLIKELY}


@dataclass(frozen=True, slots=True)
class NodeStatus:
    node: object  # a Condition, RightRef, All, Any or Not
    truth: Truth

    @property
    def path(self):
        return self.node.path


@dataclass(frozen=True, slots=True)
class RightResult:
    right: object  # the Right
    truth: Truth
    truths: tuple  # the truth of each node of the rule, by node index

    @property
    def slug(self):
        return self.right.slug

    @property
    def outcome(self):
        return OUTCOMES[self.truth]

    @property
    def statuses(self):
        """Every node of the rule with its truth, in pre-order."""
        return tuple(NodeStatus(node, Truth(truth))
                     for node, truth in zip(self.right.nodes, self.truths, strict=True))

    @property
    def conditions(self):
        """The leaves (questions and rights) with their truth, in pre-order."""
        return tuple(status for status in self.statuses if isinstance(status.node, LEAVES))

    @property
    def reasons(self):
        """The leaves that explain the outcome: for a likely right, the
        conditions that make it true; for an unlikely one, those that make
        it false (what would have to change); for a possible one, the
        unknown answers that leave it open. A condition inside a "not"
        without a sentence of its own comes with the opposite truth of the
        outcome: the reader must be told it is *not* the case."""
        found = []
        self._explain(self.right.rule, found)
        return tuple(found)

    def _explain(self, node, found):
        truth = self.truths[node.index]
        if isinstance(node, LEAVES):
            found.append(NodeStatus(node, Truth(truth)))
        elif isinstance(node, Not) and node.extra.get("text"):
            # its own sentence ("You are not a student") says it best
            found.append(NodeStatus(node, Truth(truth)))
        elif isinstance(node, Not):
            self._explain(node.child, found)
        else:
            everything = (truth == TRUE) if isinstance(node, All) else (truth == FALSE)
            for child in node.children:
                if everything or self.truths[child.index] == truth:
                    self._explain(child, found)


@dataclass(frozen=True, slots=True)
class Evaluation:
    results: MappingProxyType  # right slug -> RightResult, in the rules' order
    answers: MappingProxyType  # the normalised answers that counted

    def __getitem__(self, slug):
        return self.results[slug]

    def __iter__(self):
        return iter(self.results.values())

    def outcomes(self):
        return {slug: result.outcome for slug, result in self.results.items()}


def normalise_answers(ruleset, raw_answers, *, drop_unknown=False):
    """The answers that count, normalised: answers that do not fit raise
    ``AnswerError``, and so do answers to questions the rules do not have,
    unless ``drop_unknown`` (a question deleted since the citizen answered
    it); "dont_know" and answers to questions not asked (their asked_if is
    false) are left out."""
    if not isinstance(raw_answers, dict):
        raise AnswerError("answers", "wrong_type", "the answers must be an object")
    for slug in raw_answers:
        if slug not in ruleset.question_by_slug and not drop_unknown:
            raise AnswerError(str(slug)[:100], "unknown_question", "no such question")
    answers = {}
    for question in ruleset.question_order:
        value = normalise_answer(question, raw_answers.get(question.slug))
        if value is None:
            continue
        if question.asked_if is not None and question.asked_if.truth(answers, {}, _Scratch()) \
                == FALSE:
            continue
        answers[question.slug] = value
    return answers


def evaluate(ruleset, raw_answers, *, drop_unknown=False):
    """Every right's ``RightResult`` for these answers (raw, as posted)."""
    return evaluate_normalised(ruleset, normalise_answers(ruleset, raw_answers,
                                                          drop_unknown=drop_unknown))


def evaluate_normalised(ruleset, answers):
    outcomes, results = {}, {}
    for right in ruleset.order:
        truths = [None] * len(right.nodes)
        truth = right.rule.truth(answers, outcomes, truths)
        outcomes[right.slug] = truth
        results[right.slug] = RightResult(right, truth, tuple(truths))
    ordered = {right.slug: results[right.slug] for right in ruleset.rights}
    return Evaluation(MappingProxyType(ordered), MappingProxyType(answers))


class _Scratch:
    """Where an asked_if condition writes its node truths: nobody reads them."""

    def __setitem__(self, index, value):
        pass

