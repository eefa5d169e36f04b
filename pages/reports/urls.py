from django.urls import path


def report_urls(url, view, name):
    """The two URLs of a Wagtail report: the page, and its results alone
    (what the filters reload)."""
    return [
        path(url, view.as_view(), name=name),
        path(f"{url}results/", view.as_view(results_only=True), name=f"{name}_results"),
    ]
