"""The admin's "Accessibility" report (issue 12, points 3 and 5): the latest
full audit by page and by WCAG criterion, its trend, each finding with its
dismissals, the downloads, and the "Audit the site now" button.

Every screen checks its permission itself (``permissions``): the Reports
menu hides the entry from other staff, which protects nothing."""
