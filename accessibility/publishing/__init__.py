"""Accessibility at the point of writing (issue 12, point 6): publishing a
page audits it in the background (``signals``), its latest result shows in
the page explorer and in the editor's Checks panel (``status``,
``explorer``), and the content rules that can run in a browser run live in
the editor (``accessibility.axe.checker`` and ``static/balise_a11y/js``)."""
