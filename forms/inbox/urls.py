"""The inbox's admin URLs (registered in ``forms.wagtail_hooks`` under
/admin/requests/). Each view module checks the permission itself."""

from django.urls import path

from . import actions, deletion, listing, recording, request_page

app_name = "balise_inbox"
urlpatterns = [
    path("", listing.inbox, name="index"),
    path("export/", listing.export, name="export"),
    path("new/", recording.record_request, name="record"),
    path("reassign/", actions.reassign, name="reassign"),
    path("<int:pk>/", request_page.request_page, name="detail"),
    path("<int:pk>/delete/", deletion.delete_request, name="delete"),
    path("<int:pk>/<slug:action>/", actions.act, name="act"),
]
