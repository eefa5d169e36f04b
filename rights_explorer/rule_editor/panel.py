"""``RuleFieldPanel("rule")``: a ``FieldPanel`` whose widget is the tree
editor, told which right it edits (so that a right is never offered as a
condition of itself) and the save's problems (so that each shows next to its
condition in the tree, as well as in the field's error list)."""

from wagtail.admin.panels import FieldPanel

from .widget import RuleEditorWidget


class RuleFieldPanel(FieldPanel):
    def __init__(self, field_name, *args, **kwargs):
        kwargs.setdefault("widget", RuleEditorWidget)
        super().__init__(field_name, *args, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            widget = getattr(self.bound_field, "field", None) and self.bound_field.field.widget
            if isinstance(widget, RuleEditorWidget):  # a copy per form: safe to set
                widget.current_right = getattr(self.instance, "slug", "") or ""
                widget.problems = [str(error) for error in self.bound_field.errors]
