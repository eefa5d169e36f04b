"""Set ``FORM_RENDERER = "pages.form_rendering.renderer.BaliseFormRenderer"``.

Only ``{{ form }}`` and ``{{ field.as_field_group }}`` use these templates;
a widget rendered alone (``{{ field }}``, as Wagtail's admin does) keeps its
own markup, so the admin is not affected."""

from django.forms.boundfield import BoundField
from django.forms.renderers import DjangoTemplates


class BaliseBoundField(BoundField):
    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        # The browser's own "Please fill in this field" speaks the browser's
        # language and hides the error summary: the server says it instead.
        attrs.pop("required", None)
        return attrs


class BaliseFormRenderer(DjangoTemplates):
    form_template_name = "balise_pages/forms/form.html"
    field_template_name = "balise_pages/forms/field.html"
    bound_field_class = BaliseBoundField
