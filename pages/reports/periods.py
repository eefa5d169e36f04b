"""The period a report covers, chosen by staff with two dates.

Every report over time (service levels, the explorer's counts...) takes the
same two fields with the same limits, so that a wrong period reads the same
everywhere and no report can be asked to add up decades of rows."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

MAX_DAYS = 3 * 366


class PeriodForm(forms.Form):
    """From and To (both optional: the report's default period fills the
    gaps); subclasses add their own choices (grouping, order)."""

    start = forms.DateField(label=pgettext_lazy("period", "From"), required=False,
                            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    end = forms.DateField(label=pgettext_lazy("period", "To"), required=False,
                          widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise forms.ValidationError(_("The start of the period must be before its end."))
        if start and end and (end - start).days > MAX_DAYS:
            raise forms.ValidationError(_("Choose a period of three years or less."))
        return data
