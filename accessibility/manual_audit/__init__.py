"""The manual audit register's admin: the list of audits (a ModelViewSet),
the assessment screen per sample, the re-audit copy and the CSV export."""
