"""One form renderer for every public form (``FORM_RENDERER``), so the
feedback box, the contact forms and the rights explorer all give citizens
the same markup: an error summary at the top linking to each field, the
hint and the error named in ``aria-describedby``, "(optional)" instead of
asterisks, and the server's translated messages instead of the browser's
own (which speak the browser's language, not the page's)."""
