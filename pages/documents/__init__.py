"""Documents a CPAS publishes (forms, leaflets, regulations): Balise's own
Wagtail document model, with a description and the text of the file, so that
the public search finds a document by what it says, not only by its title."""
