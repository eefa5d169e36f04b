"""The accessibility app's models: the manual audit register and the
accessibility statement page."""

from .audits import Assessment, AuditSample, ManualAudit
from .statement import AccessibilityStatementPage

__all__ = ["AccessibilityStatementPage", "Assessment", "AuditSample", "ManualAudit"]
