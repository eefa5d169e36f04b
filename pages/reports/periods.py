"""The period a report covers, chosen by staff with two dates.

Every report over time (service levels, the explorer's counts...) takes the
same two fields with the same limits, so that a wrong period reads the same
everywhere and no report can be asked to add up decades of rows."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.functional import cached_property
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


class PeriodReportMixin:
    """The chosen period of a report view, and one more choice of its form
    (``choice_field``: a grouping, an order, a language), read from the
    query string; an invalid or empty form falls back to the defaults, so a
    wrong date never empties a report. By default the period is the last
    ``default_days`` days, today included; a report with another default
    overrides ``default_period(today)``."""

    period_form_class = PeriodForm
    choice_field = None
    choice_default = ""
    default_days = 30

    def default_period(self, today):
        return today - datetime.timedelta(days=self.default_days - 1), today

    @cached_property
    def today(self):
        return timezone.localdate()

    @cached_property
    def period_form(self):
        start, end = self.default_period(self.today)
        asked = {"start", "end", self.choice_field} & set(self.request.GET)
        return self.period_form_class(
            self.request.GET if asked else None,
            initial={"start": start, "end": end, self.choice_field: self.choice_default})

    @cached_property
    def period(self):
        """(start, end, choice)."""
        start, end = self.default_period(self.today)
        choice = self.choice_default
        form = self.period_form
        if form.is_bound and form.is_valid():
            start = form.cleaned_data["start"] or start
            end = form.cleaned_data["end"] or end
            if start > end:
                start, end = self.default_period(self.today)
            choice = form.cleaned_data.get(self.choice_field) or choice
        return start, end, choice
