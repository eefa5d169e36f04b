"""The plain-language analyser: a pure-Python core (no ORM, no Django models)
that the page editor, the management commands and the reports all call, so
that staff, scripts and auditors see the same figures.
"""

from .analysis import Analysis, SentenceReport, analyse

__all__ = ["Analysis", "SentenceReport", "analyse"]
