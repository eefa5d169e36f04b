"""The "top tasks" suggestion: the pages of a language most visited over
the period beside the home page's current top tasks. Pure: rows in, advice
out, so that the rule is easy to read and to test.

- to add: among the ``size`` most visited pages (home pages left out), those
  that are not a top task yet;
- rarely used: current top tasks that are not even among the ``2 × size``
  most visited pages.
"""

from dataclasses import dataclass, field


@dataclass
class Suggestion:
    language: str
    most_visited: list = field(default_factory=list)  # rows, most visited first
    to_add: list = field(default_factory=list)  # rows
    rarely_used: list = field(default_factory=list)  # (page id, title, views, top task clicks)


def suggest(language, rows, current_tasks, size=8):
    """``rows``: the language's page rows (``figures.PageRow``);
    ``current_tasks``: [(page id, title)] of its home's top tasks, in order."""
    visited = sorted((row for row in rows if not row.is_home and row.views > 0),
                     key=lambda row: (-row.views, row.title.lower()))
    current_ids = {page_id for page_id, _title in current_tasks}
    rank = {row.page_id: position for position, row in enumerate(visited)}
    by_id = {row.page_id: row for row in visited}
    rarely = []
    for page_id, title in current_tasks:
        if rank.get(page_id, len(visited) + size * 2) >= 2 * size:
            row = by_id.get(page_id)
            rarely.append((page_id, title, row.views if row else 0,
                           row.top_task_clicks if row else 0))
    return Suggestion(language, most_visited=visited[:size],
                      to_add=[row for row in visited[:size] if row.page_id not in current_ids],
                      rarely_used=rarely)
