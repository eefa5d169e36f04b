"""The Reports menu entry of a Balise report, shown only to the users its
view lets in; the dashboard's Reports panel lists the same entries."""

from django.urls import reverse
from wagtail.admin.menu import MenuItem


class ReportMenuItem(MenuItem):
    def __init__(self, view_class, label, url_name, **kwargs):
        super().__init__(label, reverse(url_name), **kwargs)
        self.view_class = view_class

    def is_shown(self, request):
        return self.view_class.user_can_view(request.user)

    def summary(self, user):
        return self.view_class.summary(user)
