"""Table columns for admin listings and reports."""

from wagtail.admin.ui.tables import BooleanColumn


class YesNoColumn(BooleanColumn):
    """A true/false field as a tick or a cross with "Yes" / "No" written
    beside it in the admin's language (Wagtail's own boolean column says
    "True" / "False" in English to screen readers)."""

    cell_template_name = "balise_pages/admin/yes_no_cell.html"
