"""The assessment screen's form: one row per WCAG criterion for one sample,
plain HTML controls (a select, a text area, a check box, a file field), so
it works with the keyboard and without JavaScript."""

from django import forms as django_forms
from django.utils.translation import gettext_lazy as _

from ..models.audits import RESULT_CHOICES
from ..statement.compliance import NOT_ASSESSED

MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024


class AssessmentRowForm(django_forms.Form):
    # Not required: a row left out of the request keeps what is stored.
    result = django_forms.ChoiceField(label=_("Result"), choices=RESULT_CHOICES, required=False)
    note = django_forms.CharField(label=_("Note"), required=False, max_length=2000,
                                  widget=django_forms.Textarea(attrs={"rows": 2}))
    easy_to_fix = django_forms.BooleanField(label=_("Easy to fix"), required=False)
    screenshot = django_forms.ImageField(label=_("Screenshot"), required=False)
    remove_screenshot = django_forms.BooleanField(label=_("Remove the screenshot"),
                                                  required=False)

    def __init__(self, *args, criterion, assessment=None, **kwargs):
        self.criterion = criterion
        self.assessment = assessment
        if assessment is not None:
            kwargs.setdefault("initial", {"result": assessment.result, "note": assessment.note,
                                          "easy_to_fix": assessment.easy_to_fix})
        super().__init__(*args, **kwargs)

    @property
    def submitted(self):
        """Whether the request carried this row (a browser sends every row)."""
        return self.is_bound and self.add_prefix("result") in self.data

    def clean_result(self):
        result = self.cleaned_data.get("result")
        if result:
            return result
        return self.assessment.result if self.assessment is not None else NOT_ASSESSED

    def clean_screenshot(self):
        image = self.cleaned_data.get("screenshot")
        if image and image.size > MAX_SCREENSHOT_BYTES:
            raise django_forms.ValidationError(_("The screenshot is too large (at most 5 MB)."))
        return image


def row_forms(criteria, assessments, data=None, files=None):
    """One ``AssessmentRowForm`` per criterion, prefixed with its number."""
    return [AssessmentRowForm(data, files, prefix=f"c{criterion.number.replace('.', '_')}",
                              criterion=criterion, assessment=assessments.get(criterion.number))
            for criterion in criteria]
