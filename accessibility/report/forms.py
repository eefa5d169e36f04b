"""The form that dismisses a finding: a reason from the two the issue allows
and an explanation, required because the statement quotes it for the
"disproportionate burden" ones and the next auditor reads it for the others."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import FindingDismissal


class DismissForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason"), choices=FindingDismissal.REASON_CHOICES, widget=forms.RadioSelect,
        error_messages={"required": _("Choose why the finding is dismissed.")})
    explanation = forms.CharField(
        label=_("Explanation"), max_length=2000,
        help_text=_("Why this is not a problem, or why fixing it would be a disproportionate "
                    "burden. The statement quotes the explanation of a disproportionate "
                    "burden."),
        error_messages={"required": _("Explain why the finding is dismissed.")},
        widget=forms.Textarea(attrs={"rows": 4}))
