"""What is counted: the kinds of event (defined beside the model that
stores their counts, ``pages.models.usage_counts``)."""

from ..models.usage_counts import (
    EXPLORER_RESULTS,
    FORM_STARTED,
    FORM_SUBMITTED,
    KIND_CHOICES,
    KINDS,
    PAGE_VIEW,
    TOP_TASK,
)

__all__ = ["EXPLORER_RESULTS", "FORM_STARTED", "FORM_SUBMITTED", "KINDS", "KIND_CHOICES",
           "PAGE_VIEW", "TOP_TASK"]
