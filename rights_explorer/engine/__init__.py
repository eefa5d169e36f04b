"""The rights explorer's rule engine: plain Python, no database, so that the
rules can be checked, evaluated and tested on their own (DESIGN.md, "Rights
rules"). Models, commands and views call it; it calls none of them."""

from .errors import AnswerError, Problem, RulesError
from .evaluate import (
    LIKELY,
    POSSIBLE,
    UNLIKELY,
    Evaluation,
    NodeStatus,
    RightResult,
    evaluate,
    evaluate_normalised,
    normalise_answers,
)
from .logic import FALSE, TRUE, UNKNOWN, Truth, all_of, any_of, negation
from .pruning import can_change_an_outcome, is_asked, next_question, questions_to_ask
from .questions import DONT_KNOW, TYPES, Question, normalise_answer
from .rules import All, Any, Condition, Not, RightRef, walk
from .ruleset import Right, RuleSet, parse
from .serialise import dumps, evaluation_as_json, evaluation_dumps, export, loads

__all__ = [
    "AnswerError", "Problem", "RulesError",
    "LIKELY", "POSSIBLE", "UNLIKELY", "Evaluation", "NodeStatus", "RightResult",
    "evaluate", "evaluate_normalised", "normalise_answers",
    "FALSE", "TRUE", "UNKNOWN", "Truth", "all_of", "any_of", "negation",
    "can_change_an_outcome", "is_asked", "next_question", "questions_to_ask",
    "DONT_KNOW", "TYPES", "Question", "normalise_answer",
    "All", "Any", "Condition", "Not", "RightRef", "walk",
    "Right", "RuleSet", "parse",
    "dumps", "evaluation_as_json", "evaluation_dumps", "export", "loads",
]
