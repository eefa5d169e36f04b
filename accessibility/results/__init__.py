"""What a stored audit run says to an auditor: its findings compared with the
previous run, grouped by page and by WCAG criterion, with the dismissals that
hold now (``summary``), and the pure comparison underneath (``comparison``)."""
