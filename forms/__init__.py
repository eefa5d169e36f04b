"""Contact form pages, submissions with a reference, the working-day calendar
and the staff inbox."""
