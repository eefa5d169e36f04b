"""The only exceptions the engine raises on bad input, so that a command, an
import or a view can catch one class and show its message, never a 500.

A rules file is checked completely before it is refused: ``RulesError``
carries every problem found, each naming the right (or question) and the
path of the condition inside its rule, so that an editor can find it."""

from typing import NamedTuple


class Problem(NamedTuple):
    where: str  # a right's slug, "question 'age'" or "rules" for the file itself
    path: str  # "all[2].any[0]"; empty for the whole rule, question or file
    message: str

    def __str__(self):
        if not self.path:
            return f"{self.where}: {self.message}"
        return f"{self.where}: {self.path}: {self.message}"


class RulesError(ValueError):
    """A rules file (questions and rights) that cannot be used as it is."""

    def __init__(self, problems):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class AnswerError(ValueError):
    """An answer that does not fit its question. ``code`` is stable (a view
    maps it to a translated message for the citizen); the text is for logs
    and commands."""

    def __init__(self, question, code, message):
        self.question = question
        self.code = code
        super().__init__(f"{question}: {message}")
