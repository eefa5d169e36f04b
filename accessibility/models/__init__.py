"""The accessibility app's models: the manual audit register, the
automated runs and their findings, and the accessibility statement page."""

from .audits import Assessment, AuditSample, ManualAudit
from .runs import AuditedAddress, AuditFinding, AuditRun, FindingDismissal, PageAuditStatus
from .statement import AccessibilityStatementPage

__all__ = ["AccessibilityStatementPage", "Assessment", "AuditFinding", "AuditRun",
           "AuditSample", "AuditedAddress", "FindingDismissal", "ManualAudit",
           "PageAuditStatus"]
