from django.urls import path
from django.utils.translation import pgettext_lazy

from .feedback import views as feedback
from .search import views as search

urlpatterns = [
    path(pgettext_lazy("URL path", "search/"), search.search, name="search"),
    path("search-suggestions/", search.suggestions, name="search_suggestions"),
    path("feedback/<int:page_id>/", feedback.page_feedback, name="page_feedback"),
    path("feedback/<int:page_id>/comment/", feedback.page_feedback_comment,
         name="page_feedback_comment"),
]
