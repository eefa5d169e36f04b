"""The report's addresses, under /admin/accessibility/report/."""

from django.urls import path

from . import views

app_name = views.NAMESPACE

urlpatterns = [
    path("", views.OverviewView.as_view(), name="overview"),
    path("runs/", views.RunListView.as_view(), name="runs"),
    path("runs/<int:run_id>/", views.RunView.as_view(), name="run"),
    path("runs/<int:run_id>/criteria/<str:code>/", views.FindingsView.as_view(),
         name="criterion_findings"),
    path("runs/<int:run_id>/pages/<str:key>/", views.FindingsView.as_view(),
         name="page_findings"),
    path("runs/<int:run_id>/findings/<int:finding_id>/", views.FindingView.as_view(),
         name="finding"),
    path("runs/<int:run_id>/findings/<int:finding_id>/dismiss/", views.DismissView.as_view(),
         name="dismiss"),
    path("runs/<int:run_id>/download/<str:file_format>/", views.DownloadView.as_view(),
         name="download"),
    path("dismissed/", views.DismissedView.as_view(), name="dismissed"),
    path("dismissed/<int:dismissal_id>/revoke/", views.RevokeView.as_view(), name="revoke"),
    path("audit/", views.AuditNowView.as_view(), name="audit_now"),
]
