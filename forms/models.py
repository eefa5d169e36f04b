"""Models arrive with this app's own issue; the app is installed now so that its
label, migrations folder and catalogues exist from the start."""
